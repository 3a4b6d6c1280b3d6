"""Where the CJK TrueType font is: WenQuanYi Micro Hei draws Chinese on screen and embeds in
PDFs (reportlab refuses Noto CJK's CFF outlines; STSong-Light is not embedded and shows blank)."""

from __future__ import annotations

from pathlib import Path

from sync.base.errors import SongpeiError

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


FONT = "WenQuanYiMicroHei"  # the name PDFs embed it under


class CjkFontMissing(SongpeiError):
    """No CJK TrueType font to embed (expected=...): the PDF would print blank boxes."""


def pdf_font() -> str:
    """Register the CJK font with reportlab (once) and give its name; refuse, before any PDF
    work, when it is missing. reportlab is imported here, so the app starts without it."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    path = find_cjk_font()
    if path is None:
        raise CjkFontMissing(expected="wqy-microhei.ttc (fonts-wqy-microhei)")
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(path), subfontIndex=0))
    return FONT
