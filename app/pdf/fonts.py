"""The CJK font PDFs embed: WenQuanYi Micro Hei (reportlab refuses Noto CJK's CFF outlines;
STSong-Light is not embedded and shows blank)."""

from __future__ import annotations

from sync.base.errors import SongpeiError

from .. import fonts

FONT = "WenQuanYiMicroHei"  # the name PDFs embed it under


class CjkFontMissing(SongpeiError):
    """No CJK TrueType font to embed (expected=...): the PDF would print blank boxes."""


def pdf_font() -> str:
    """Register the CJK font with reportlab (once) and give its name; refuse, before any PDF
    work, when it is missing. reportlab is imported here, so the app starts without it."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    path = fonts.find_cjk_font()  # looked up at call time, on its module
    if path is None:
        raise CjkFontMissing(expected="wqy-microhei.ttc (fonts-wqy-microhei)")
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(path), subfontIndex=0))
    return FONT
