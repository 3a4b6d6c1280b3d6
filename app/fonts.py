"""Where the CJK TrueType font is: WenQuanYi Micro Hei draws Chinese on screen and embeds in
PDFs (reportlab refuses Noto CJK's CFF outlines; STSong-Light is not embedded and shows blank)."""

from __future__ import annotations

import sys
from pathlib import Path

CANDIDATES = [
    Path(getattr(sys, "_MEIPASS", "")) / "fonts" / "wqy-microhei.ttc",  # the packaged app
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),  # Debian, UOS, Kylin
    Path("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"),  # Fedora-likes
]


def find_cjk_font() -> Path | None:
    for path in CANDIDATES:
        if path.is_file():
            return path
    return None
