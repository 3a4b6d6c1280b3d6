"""What every Songpei package carries besides the source, made here once for all of them: the
compiled translations (app/translations/*.qm), the signed demo pack and the CJK font that PDFs
embed (both in app/bundled/, which git ignores). The wheel and the sdist
(packaging/songpei_build.py) and the onedir app (packaging/songpei.spec) take them from these
places, and the installed app finds them beside its code (app/i18n/, app/demo.py,
app/fonts.py), so a `pip install` speaks Chinese, has its demo and prints PDFs.

    python packaging/shipped.py      make or refresh them; nothing is redone while unchanged

Making them needs a checkout: pyside6-lrelease, cryptography and python-vlc in this Python (see
build_requirements), ffmpeg, espeak-ng, libvlc and fonts-wqy-microhei on the system
(packaging/setup.sh installs them), and Python >= 3.11 for the demo videos. The font is
$SONGPEI_CJK_FONT when set (Windows), the system's wqy-microhei.ttc otherwise. An sdist holds
all three made already, so building a wheel from it needs none of that.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "app" / "translations"
BUNDLED = ROOT / "app" / "bundled"
DEMO_PACK = BUNDLED / "demo-pack"
FONT = BUNDLED / "fonts" / "wqy-microhei.ttc"
SYSTEM_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")  # fonts-wqy-microhei
# The project's own dependencies that making them needs in the build's Python: lrelease comes
# with PySide6-Essentials, the demo pack is signed with cryptography and its videos timed with
# libvlc. Their versions are read from pyproject.toml, not repeated here.
MAKERS = ("PySide6-Essentials", "cryptography", "python-vlc")


class NotMade(SystemExit):
    """A part is missing and cannot be made here; the message names it and what to do."""


def in_sdist() -> bool:
    """An sdist has PKG-INFO at its top and carries the parts made; a checkout makes them."""
    return (ROOT / "PKG-INFO").is_file()


def qm_files() -> list[Path]:
    """The compiled translation of every language kept in git (not the pseudo locale's)."""
    return [ts.with_suffix(".qm") for ts in sorted(TRANSLATIONS.glob("songpei_*.ts"))]


def demo_packs() -> list[Path]:
    return sorted(DEMO_PACK.glob("*.songpack"))


def missing() -> list[str]:
    """The parts not there yet, as paths relative to the top of the tree."""
    gone = [q for q in qm_files() if not q.is_file()]
    gone += [] if demo_packs() else [DEMO_PACK / "*.songpack"]
    gone += [] if FONT.is_file() else [FONT]
    return [str(p.relative_to(ROOT)) for p in gone]


def font_source() -> Path:
    return Path(os.environ.get("SONGPEI_CJK_FONT") or SYSTEM_FONT)


def build_requirements() -> list[str]:
    """What the build frontend must install before make() can run: nothing for an sdist."""
    if in_sdist():
        return []
    try:
        import tomllib
    except ModuleNotFoundError:
        raise NotMade(
            "building Songpei from a checkout needs Python >= 3.11 (the demo videos "
            "use tomllib); an sdist builds with 3.10 too"
        ) from None
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "dependencies"
    ]
    return [d for d in deps if re.match(r"[A-Za-z0-9._-]+", d).group(0) in MAKERS]


def _run(*args: str) -> None:
    r = subprocess.run([sys.executable, *args], cwd=ROOT)
    if r.returncode != 0:
        raise NotMade(f"{' '.join(args)} failed (exit {r.returncode})")


def _copy_font() -> None:
    src = font_source()
    if not src.is_file():
        raise NotMade(
            f"the CJK font {src} is missing: apt-get install fonts-wqy-microhei, or "
            "set SONGPEI_CJK_FONT to a copy of wqy-microhei.ttc"
        )
    if FONT.is_file() and FONT.read_bytes() == src.read_bytes():
        return
    FONT.parent.mkdir(parents=True, exist_ok=True)
    tmp = FONT.with_suffix(".tmp")
    shutil.copyfile(src, tmp)
    os.replace(tmp, FONT)


def make() -> None:
    """Make or refresh every part in a checkout; in an sdist, check that they are all there."""
    if not in_sdist():
        _run("-m", "app.i18n.build", "release")
        _run(str(ROOT / "packaging" / "demo_pack" / "build_demo_pack.py"), "--out", str(DEMO_PACK))
        _copy_font()
    gone = missing()
    if gone:
        raise NotMade(
            f"missing from {ROOT}: {', '.join(gone)} (an sdist must be built from a "
            "checkout, where packaging/shipped.py makes them)"
        )


if __name__ == "__main__":
    make()
    print(f"translations, demo pack and font ready in {ROOT / 'app'}")
