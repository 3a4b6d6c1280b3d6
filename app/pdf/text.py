"""People's text (names, schools, comments, titles from packs) as ReportLab paragraph text.

A Paragraph parses a small markup language: `<font>`, `<a href>`, `<img src>`, `<br/>` and
entities would act in a name typed at a school, or make the parser refuse the whole report.
Every Paragraph built from outside text goes through `para()`: it escapes the markup so it
prints literally, and cuts a very long text with an ellipsis — one table cell higher than the
page makes the layout engine give up, so a 4,000-character school name would cost the report."""

from __future__ import annotations

from xml.sax.saxutils import escape

LONGEST = 160  # characters: a long real school name is ~40; more is a typing accident


def cut(text: object, longest: int = LONGEST) -> str:
    """The text, cut with an ellipsis when longer than `longest` characters."""
    s = str(text)
    return s if len(s) <= longest else s[: longest - 1] + "…"


def para(text: object, longest: int = LONGEST) -> str:
    """Paragraph markup that prints `text` literally, cut to `longest` characters."""
    return escape(cut(text, longest))
