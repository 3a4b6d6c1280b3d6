"""A pseudo locale for layout testing: every source string about 40 % longer, letters accented
and the whole in brackets, so a clipped or hard-coded string shows on a screenshot at once.

    python packaging/pseudo_ts.py            -> app/translations/songpei_pseudo.qm
    xvfb-run -a -s "-screen 0 1366x768x24" python packaging/screenshots.py OUT --lang pseudo

Placeholders (%1, %n, %(name)s, {name}), HTML tags, entities and the "&" of a keyboard
mnemonic are kept as they are. The .qm is not kept in git (it is made in a second)."""

from __future__ import annotations

import math
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.i18n.build import TS_FILES, _tool  # noqa: E402

KEEP = re.compile(
    r"(%L?\d+|%n|%\([a-z_]+\)[sdr]|%[sdr%]|\{[^{}]*\}|<[^>]+>|&[a-z]+;|&&|&(?=\w)|\n)"
)
ACCENTS = str.maketrans("aceinorsuyzACEINORSUYZ", "áçéîñøŕšûýžÁÇÉÎÑØŔŠÛÝŽ")
GROWTH = 0.4


def pseudo(text: str) -> str:
    """The pseudo translation of one source string."""
    parts = KEEP.split(text)
    letters = sum(len(p) for i, p in enumerate(parts) if i % 2 == 0)
    out = "".join(p if i % 2 else p.translate(ACCENTS) for i, p in enumerate(parts))
    pad = "·" * max(1, math.ceil(letters * GROWTH) - 2)
    if not text.strip():
        return text
    return f"[{out} {pad}]"


def make_ts(source_ts: Path, out_ts: Path) -> int:
    tree = ET.parse(source_ts)
    root = tree.getroot()
    root.set("language", "en_ZW")  # a locale no one uses: Qt's own dialogs stay English
    count = 0
    for msg in root.iter("message"):
        src = msg.findtext("source") or ""
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        for child in list(tr):
            tr.remove(child)
        tr.attrib.pop("type", None)
        if msg.get("numerus") == "yes":
            tr.text = None
            for _ in range(2):
                ET.SubElement(tr, "numerusform").text = pseudo(src)
        else:
            tr.text = pseudo(src)
        count += 1
    out_ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        + ET.tostring(root, encoding="unicode")
        + "\n",
        encoding="utf-8",
    )
    return count


def main() -> int:
    qm = TS_FILES[0].with_name("songpei_pseudo.qm")
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "songpei_pseudo.ts"
        count = make_ts(TS_FILES[0], ts)
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    print(f"{qm}: {count} strings")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
