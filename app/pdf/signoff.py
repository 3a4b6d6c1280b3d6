"""The sign-off lines an official sheet ends with (审核人 / 单位盖章 / 日期): a label and a
blank line to sign or stamp on, side by side. The transcript and the county report share it."""

from __future__ import annotations

from typing import Any


def signoff(font: str, labels: list[str], width_mm: float, size: float = 10.5):
    """A one-row table: each label followed by a ruled blank, the row `width_mm` wide, tall
    enough for a signature and with room above for a seal."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Table, TableStyle

    share = width_mm / len(labels)
    label_mm = [min(share * 0.6, stringWidth(f"{text}：", font, size) / mm + 3) for text in labels]
    widths = [w for lab in label_mm for w in (lab, share - lab)]
    t = Table(
        [[cell for text in labels for cell in (f"{text}：", "")]],
        colWidths=[w * mm for w in widths],
        rowHeights=[16 * mm],
        hAlign="LEFT",
    )
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("ALIGN", (0, 0), (-1, -1), "RIGHT"),
    ]
    style += [("LINEBELOW", (k, 0), (k, 0), 0.6, colors.black) for k in range(1, len(widths), 2)]
    t.setStyle(TableStyle(style))
    return t
