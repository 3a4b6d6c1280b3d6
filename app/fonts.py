"""Where the CJK TrueType font is: WenQuanYi Micro Hei draws Chinese on screen (gui.style), is
checked by the doctor and embeds in PDFs (pdf.fonts)."""

from __future__ import annotations

from pathlib import Path

CANDIDATES = [
    Path(__file__).resolve().with_name("bundled") / "fonts" / "wqy-microhei.ttc",  # wheel, app
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),  # Debian, UOS, Kylin
    Path("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"),  # Fedora-likes
]


def find_cjk_font() -> Path | None:
    for path in CANDIDATES:
        if path.is_file():
            return path
    return None
