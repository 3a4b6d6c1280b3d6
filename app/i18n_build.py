"""Translation housekeeping: `update` (lupdate the sources into the .ts files), `release`
(lrelease them into .qm, run by the setup step) and `check` (list unfinished zh_CN strings).

    python -m app.i18n_build update|release|check
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).parent
TS_FILES = [HERE / "translations" / "songpei_zh_CN.ts"]


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    return str(exe) if exe.exists() else (shutil.which(name) or name)


def sources() -> list[str]:
    return sorted(str(p.relative_to(HERE.parent)) for p in HERE.rglob("*.py"))


def update() -> None:
    for ts in TS_FILES:
        subprocess.run([_tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-ts",
                        str(ts.relative_to(HERE.parent))], check=True, cwd=HERE.parent)


def release() -> None:
    for ts in TS_FILES:
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                       check=True)


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    missing = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") or not (
                (tr.text or "").strip() or tr.find("numerusform") is not None
            ):
                missing.append((name, msg.findtext("source")))
    return missing


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
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
