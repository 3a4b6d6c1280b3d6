"""Translation housekeeping: `update` (lupdate the sources into the .ts files), `release`
(lrelease them into .qm, run by the setup step), `check` (list unfinished zh_CN strings),
`todo` (the unfinished ones as a JSON skeleton) and `fill` (apply such a JSON file, so a
translator can work in a plain text file instead of Qt Linguist).

    python -m app.i18n.build update|release|check
    python -m app.i18n.build todo > zh.json;  python -m app.i18n.build fill zh.json
    python -m app.i18n.build fill --replace fixes.json   (corrects finished translations too)

The JSON file maps context -> source -> translation; empty translations are skipped.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent  # app/: the sources, and translations/ in it
TS_FILES = [HERE / "translations" / "songpei_zh_CN.ts"]


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    return str(exe) if exe.exists() else (shutil.which(name) or name)


def sources() -> list[str]:
    return sorted(str(p.relative_to(HERE.parent)) for p in HERE.rglob("*.py"))


def update() -> None:
    for ts in TS_FILES:
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *sources(),
                "-no-obsolete",
                "-ts",
                str(ts.relative_to(HERE.parent)),
            ],
            check=True,
            cwd=HERE.parent,
        )


def release() -> None:
    for ts in TS_FILES:
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    missing = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name", "")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if (
                tr is None
                or tr.get("type") in ("unfinished", "vanished", "obsolete")
                or not ((tr.text or "").strip() or tr.find("numerusform") is not None)
            ):
                missing.append((name, msg.findtext("source", "")))
    return missing


def todo(ts: Path) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for ctx, src in unfinished(ts):
        out.setdefault(ctx, {})[src] = ""
    return out


def fill(ts: Path, table: dict[str, dict[str, str]], replace: bool = False) -> int:
    """Write the table's translations into the .ts file; the number of messages filled. Only
    missing ones, unless `replace` (a translator correcting finished translations)."""
    tree = ET.parse(ts)
    filled = 0
    for ctx in tree.getroot().iter("context"):
        wanted = table.get(ctx.findtext("name") or "", {})
        for msg in ctx.iter("message"):
            text = wanted.get(msg.findtext("source") or "")
            tr = msg.find("translation")
            if not text or tr is None or tr.find("numerusform") is not None:
                continue
            if replace or tr.get("type") == "unfinished" or not (tr.text or "").strip():
                tr.text = text
                tr.attrib.pop("type", None)
                filled += 1
    # lupdate's own spelling of empty elements, so a fill and an update write the same file
    body = ET.tostring(tree.getroot(), encoding="unicode").replace(" />", "/>")
    body = re.sub(
        r">([^<]*)<",
        lambda m: ">" + m.group(1).replace("'", "&apos;").replace('"', "&quot;") + "<",
        body,
    )
    # ElementTree drops the DOCTYPE that Qt's tools write; put it back so diffs stay small.
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return filled


def main(argv: list[str]) -> int:
    cmd = argv[0] if argv else "release"
    if cmd == "update":
        update()
    elif cmd == "release":
        release()
    elif cmd == "check":
        bad = [(ts, m) for ts in TS_FILES for m in unfinished(ts)]
        for ts, (ctx, src) in bad:
            print(f"{ts.name}: [{ctx}] {src!r} is not translated")
        return 1 if bad else 0
    elif cmd == "todo":
        json.dump(todo(TS_FILES[0]), sys.stdout, ensure_ascii=False, indent=1)
        print()
    elif cmd == "fill" and len(argv) in (2, 3) and argv[1:-1] in ([], ["--replace"]):
        table = json.loads(Path(argv[-1]).read_text(encoding="utf-8"))
        print(f"{fill(TS_FILES[0], table, replace=len(argv) == 3)} translations filled")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
