"""The county's progress report as a PDF: the whole county at a glance, two charts (finished
teachers against the year's target, hours by district), a table per district with 参训率,
合格率 and 结业率, every school, and every teacher still short of the hours.

The figures are sync.county.measures's SummaryRows (through sync.county.report_figures): the very
numbers the county window shows, its hours summed from the per-teacher hours as the CSV and
Excel exports print them, so the report and the spreadsheets agree to the digit. The words go
through Qt translation like every other text of the program (Chinese unless the person chose
English). WenQuanYi Micro Hei is embedded, as in the transcript: a county office PC may have no
CJK font for PDFs.

Size: a county has up to ~10,000 teachers. Every table is a repeating-header table that breaks
across pages; the list of teachers behind is the long one (about 45 per page), kept because it
is what a district officer phones schools about. The same list, sortable, is the Excel file."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from content.figures import hours_text, score_text
from sync.base.durable import atomic_write_bytes
from sync.county.report_figures import CountyFigures, covers_districts

from ..messages import CHINA_TIME, tr
from .fonts import CjkFontMissing, pdf_font  # noqa: F401 (re-exported)
from .text import cut, para

translate = QCoreApplication.translate
BLUE, ORANGE, GREEN = "#3b6ea5", "#e08a2c", "#4c9a5b"


def rate_text(rate: float | None) -> str:
    """How the report prints a rate: one decimal of a percent; "—" when there is no base."""
    return "—" if rate is None else f"{rate * 100:.1f}%"


def _n(v: int | None) -> str:
    return "—" if v is None else str(v)


_h = hours_text  # content.figures: the one rounding rule


def _fit(text: str, font: str, width: float, size: float = 8) -> str:
    """Plain cells do not wrap (a paragraph per cell would triple the time of a 10,000-row
    list): a text too wide for its column is cut with an ellipsis rather than overflow."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def drop_empty_columns(rows: list[list], widths: list[float], keep: int = 1):
    """Leave out the columns (after the first `keep`) that hold no figure for anyone ("—" or
    blank on every row); their width goes to the first column, where names wrap."""
    if len(rows) < 2:
        return rows, widths
    empty = {
        i
        for i in range(keep, len(rows[0]))
        if all(str(r[i]).strip() in ("", "—") for r in rows[1:])
    }
    if not empty:
        return rows, widths
    freed = sum(widths[i] for i in empty)
    widths = [w for i, w in enumerate(widths) if i not in empty]
    widths[0] += freed
    return [[c for i, c in enumerate(r) if i not in empty] for r in rows], widths


def _district(name: str) -> str:
    return name or translate("CountyReport", "(not matched to a district)")


def _bar_chart(
    font: str,
    title: str,
    names: list[str],
    series: list[tuple[str, str, list]],
    stacked: bool = False,
    labels: str | None = None,
):
    """A titled bar chart with a legend; `series`: (label, colour, values)."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors
    from reportlab.lib.units import mm

    width, height = 174 * mm, 80 * mm
    d = Drawing(width, height)
    d.add(String(0, height - 12, title, fontName=font, fontSize=11))
    chart = VerticalBarChart()
    chart.x, chart.y = 34, 40
    # reportlab takes any number here; its stubs say int
    chart.width, chart.height = width - 44, height - 80  # type: ignore[assignment]
    chart.data = [list(v) for _, _, v in series] or [[0]]
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.categoryAxis.labels.angle = 30 if len(names) > 6 else 0
    chart.categoryAxis.labels.dy = -2
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = True
    top = (
        max((sum(col) if stacked else max(col)) for col in zip(*chart.data, strict=True))
        if names
        else 0
    )
    if not top:
        chart.valueAxis.valueMax = 10  # an empty county still gets an axis, not a crash
    if stacked:
        chart.categoryAxis.style = "stacked"
    if labels:  # the numbers on the bars: a short bar beside a tall one is still readable
        chart.barLabelFormat = labels
        chart.barLabels.fontName, chart.barLabels.fontSize = font, 6
        chart.barLabels.nudge = 5
    chart.barSpacing = 1
    chart.groupSpacing = 8
    for i, (_, colour, _) in enumerate(series):
        chart.bars[i].fillColor = colors.HexColor(colour)
        chart.bars[i].strokeColor = None
    d.add(chart)
    legend = Legend()
    # reportlab takes any number here; its stubs say int
    legend.x, legend.y = width - 4, height - 6  # type: ignore[assignment]
    legend.alignment = "right"
    legend.boxAnchor = "ne"
    legend.columnMaximum = 1
    legend.fontName, legend.fontSize = font, 8
    legend.colorNamePairs = [(colors.HexColor(c), label) for label, c, _ in series]
    legend.dxTextSpace = 4
    legend.deltax = 70
    d.add(legend)
    return d


def render_pdf(figures: CountyFigures, county: str, project: str, generated: dt.datetime) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepTogether,
        LongTable,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        TableStyle,
    )

    font = pdf_font()
    base = ParagraphStyle("base", fontName=font, fontSize=9.5, leading=13, wordWrap="CJK")
    cell = ParagraphStyle("cell", parent=base, fontSize=8, leading=10)
    header = ParagraphStyle("header", parent=cell, alignment=1)  # headers wrap, never overflow
    words = ParagraphStyle("words", parent=header, wordWrap=None)  # English: between words
    title = ParagraphStyle("title", parent=base, fontSize=17, leading=24, alignment=1)
    sub = ParagraphStyle("sub", parent=base, alignment=1, textColor=colors.HexColor("#444444"))
    head = ParagraphStyle(
        "head", parent=base, fontSize=12.5, leading=18, spaceBefore=10, spaceAfter=4
    )
    f = figures

    def table(rows, widths, total_row=False, wrap=(0,), left=None):
        """A table that breaks across pages, repeating its header; columns in `wrap` are
        paragraphs (long school names wrap), the rest plain strings, right-aligned numbers."""
        rows, widths = drop_empty_columns(rows, widths)
        # A header's line breaks are the translation's own ("专任\n教师"): never mid-word.
        body: list[list[Paragraph | str]] = [
            [
                Paragraph(
                    para(c).replace("\n", "<br/>"),
                    words if " " in str(c) or "\n" in str(c) else header,
                )
                for c in rows[0]
            ]
        ]
        room = [w * mm - 5 for w in widths]  # less the cell padding
        body += [
            [
                Paragraph(para(c), cell) if i in wrap else _fit(cut(c), font, room[i])
                for i, c in enumerate(row)
            ]
            for row in rows[1:]
        ]
        t = LongTable(body, colWidths=[w * mm for w in widths], repeatRows=1, hAlign="LEFT")
        style: list[tuple[Any, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), font),
            ("FONTSIZE", (0, 0), (-1, -1), 8),
            ("LEADING", (0, 0), (-1, -1), 10),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
        for i in wrap if left is None else left:
            style.append(("ALIGN", (i, 1), (i, -1), "LEFT"))
        if total_row:
            style.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f3f3f3")))
        t.setStyle(TableStyle(style))
        return t

    c = f.county
    year = str(f.year) if f.year is not None else "—"
    city = covers_districts([d.name for d in f.districts])
    # Two lines, each a whole phrase: a long title never breaks in the middle of a word.
    story = [
        Paragraph(para(county, 60), title),
        Paragraph(
            translate("CountyReport", "Teacher IT-ability programme: progress report"), title
        ),
        Paragraph(
            tr(
                translate("CountyReport", "Programme: %1 · figures of %2 · made %3"),
                para(project, 80),
                year,
                generated.strftime("%Y-%m-%d %H:%M"),
            ),
            sub,
        ),
        Spacer(1, 5 * mm),
        Paragraph(
            translate("CountyReport", "The city at a glance")
            if city
            else translate("CountyReport", "The county at a glance"),
            head,
        ),
        table(
            [
                [
                    translate("CountyReport", "Figure"),
                    translate("CountyReport", "Value"),
                    translate("CountyReport", "Figure"),
                    translate("CountyReport", "Value"),
                ],
                [
                    translate("CountyReport", "Full-time teachers"),
                    _n(c.teachers_total),
                    translate("CountyReport", "Teachers known to the county"),
                    str(c.enrolled),
                ],
                [
                    tr(translate("CountyReport", "Taking part in %1"), year),
                    str(c.active),
                    translate("CountyReport", "Participation rate"),
                    rate_text(c.participation_rate),
                ],
                [
                    translate("CountyReport", "Passed the school-based assessment"),
                    str(c.qualified_active),
                    translate("CountyReport", "Pass rate"),
                    rate_text(c.pass_rate),
                ],
                [
                    translate("CountyReport", "Finished (hours met and qualified)"),
                    str(c.met_active),
                    translate("CountyReport", "Completion rate"),
                    rate_text(c.completion_rate),
                ],
                [
                    translate("CountyReport", "Passed a self-test"),
                    str(c.tests_passed),
                    translate("CountyReport", "Ability points rated"),
                    str(c.points_rated),
                ],
                [
                    tr(translate("CountyReport", "Online study hours in %1"), year),
                    _h(c.online_hours),
                    tr(translate("CountyReport", "Practice hours in %1"), year),
                    _h(c.practice_hours),
                ],
                [
                    tr(translate("CountyReport", "Face-to-face hours in %1"), year),
                    _h(c.face_to_face_hours),
                    tr(translate("CountyReport", "Hours in %1"), year),
                    _h(c.total_hours),
                ],
                [
                    tr(translate("CountyReport", "Target for %1"), year),
                    _n(c.target),
                    tr(translate("CountyReport", "Finished in %1"), year),
                    str(c.finished),
                ],
                [
                    translate("CountyReport", "Target reached"),
                    rate_text(c.target_rate),
                    translate("CountyReport", "Still to finish for the target"),
                    _n(c.behind),
                ],
            ],
            [42, 40, 52, 40],
            wrap=(0, 2),
        ),
    ]
    names = [_district(d.name) for d in f.districts]
    if f.districts:
        story += [
            Spacer(1, 4 * mm),
            _bar_chart(
                font,
                tr(
                    translate(
                        "CountyReport", "Finished teachers against the %1 target, by district"
                    ),
                    year,
                ),
                names,
                [
                    (
                        translate("CountyReport", "Target"),
                        BLUE,
                        [d.target or 0 for d in f.districts],
                    ),
                    (
                        translate("CountyReport", "Finished"),
                        GREEN,
                        [d.finished for d in f.districts],
                    ),
                ],
                labels="%d",
            ),
            Spacer(1, 2 * mm),
            _bar_chart(
                font,
                tr(translate("CountyReport", "Hours in %1 by district"), year),
                names,
                [
                    (
                        translate("CountyReport", "Online study"),
                        BLUE,
                        [d.online_hours for d in f.districts],
                    ),
                    (
                        translate("CountyReport", "Face-to-face"),
                        GREEN,
                        [d.face_to_face_hours for d in f.districts],
                    ),
                    (
                        translate("CountyReport", "Practice"),
                        ORANGE,
                        [d.practice_hours for d in f.districts],
                    ),
                ],
                stacked=True,
            ),
        ]
    rows = [
        [
            translate("CountyReport", "District"),
            translate("CountyReport", "Teachers"),
            translate("CountyReport", "Taking part"),
            translate("CountyReport", "Participation"),
            translate("CountyReport", "Passed"),
            translate("CountyReport", "Pass rate"),
            translate("CountyReport", "Finished"),
            translate("CountyReport", "Completion"),
            translate("CountyReport", "Hours"),
            translate("CountyReport", "Target"),
            tr(translate("CountyReport", "Finished\nin %1"), year),
            translate("CountyReport", "Behind"),
        ]
    ]
    for d in [*f.districts, c]:
        total = (
            translate("CountyReport", "City total")
            if city
            else translate("CountyReport", "County total")
        )
        name = _district(d.name) if d is not c else total
        rows.append(
            [
                name,
                _n(d.teachers_total),
                str(d.active),
                rate_text(d.participation_rate),
                str(d.qualified_active),
                rate_text(d.pass_rate),
                str(d.met_active),
                rate_text(d.completion_rate),
                _h(d.total_hours),
                _n(d.target),
                str(d.finished),
                _n(d.behind),
            ]
        )
    story += [
        KeepTogether(
            [
                Paragraph(translate("CountyReport", "Districts"), head),
                table(rows, [20, 14, 13, 15, 13, 15, 13, 15, 15, 13, 15, 13], total_row=True),
            ]
        )
    ]
    story.append(
        Paragraph(
            translate("CountyReport", "Schools (lowest completion first within each district)"),
            head,
        )
    )
    rows = [
        [
            translate("CountyReport", "School"),
            translate("CountyReport", "District"),
            translate("CountyReport", "Enrolled"),
            translate("CountyReport", "Taking part"),
            translate("CountyReport", "Passed"),
            translate("CountyReport", "Pass rate"),
            translate("CountyReport", "Finished"),
            translate("CountyReport", "Completion"),
            translate("CountyReport", "Hours"),
        ]
    ]
    for s in f.schools:
        rows.append(
            [
                s.name,
                _district(s.key[0]),
                str(s.enrolled),
                str(s.active),
                str(s.qualified_active),
                rate_text(s.pass_rate),
                str(s.met_active),
                rate_text(s.completion_rate),
                _h(s.total_hours),
            ]
        )
    story.append(
        table(rows, [46, 22, 14, 14, 13, 16, 13, 17, 17], wrap=(0, 1))
        if f.schools
        else Paragraph(translate("CountyReport", "No teacher has sent any learning yet."), base)
    )
    story.append(
        Paragraph(
            tr(
                translate("CountyReport", "Teachers who have not finished (%1)"),
                str(len(f.behind)),
            ),
            head,
        )
    )
    rows = [
        [
            translate("CountyReport", "Name"),
            translate("CountyReport", "ID card number"),
            translate("CountyReport", "School"),
            translate("CountyReport", "Online"),
            translate("CountyReport", "Face-to-face"),
            translate("CountyReport", "Practice"),
            translate("CountyReport", "Total"),
            translate("CountyReport", "Best score"),
            translate("CountyReport", "Tests passed"),
        ]
    ]
    for r in f.behind:
        rows.append(
            [
                r.name,
                r.masked_id,
                r.school,
                _h(r.online_hours),
                _h(r.face_to_face_hours),
                _h(r.practice_hours),
                _h(r.total_hours),
                "—" if r.best_score is None else score_text(r.best_score),
                str(r.tests_passed),
            ]
        )
    story.append(
        table(rows, [18, 31, 41, 13, 13, 13, 13, 13, 15], wrap=(), left=(0, 1, 2))
        if f.behind
        else Paragraph(
            translate("CountyReport", "Every teacher taking part has met the hours."), base
        )
    )

    # Signed and stamped before it goes to the platform or the education bureau.
    sign = ParagraphStyle("sign", parent=base, fontSize=10.5, leading=16)
    story.append(
        KeepTogether(
            [
                Spacer(1, 12 * mm),
                Paragraph(
                    translate("CountyReport", "Checked by: ____________    Date: ____________"),
                    sign,
                ),
                Spacer(1, 6 * mm),
                Paragraph(translate("CountyReport", "Unit (seal): ______________________"), sign),
            ]
        )
    )

    footer = translate("CountyReport", "%1 · page %2")

    def page(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.setFillColor(colors.HexColor("#666666"))
        canvas.drawCentredString(A4[0] / 2, 10 * mm, tr(footer, cut(county, 60), doc.page))
        canvas.restoreState()

    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=tr(translate("CountyReport", "%1 county progress report"), cut(county, 60)),
        author="Songpei",
        invariant=1,
        initialFontName=font,
    )
    doc.build(story, onFirstPage=page, onLaterPages=page)
    return out.getvalue()


def write_county_report(
    figures: CountyFigures,
    county: str,
    project: str,
    out: Path,
    generated: dt.datetime | None = None,
) -> None:
    """Render, then write atomically: a failure leaves no half PDF behind."""
    generated = generated or dt.datetime.now(CHINA_TIME)
    atomic_write_bytes(Path(out), render_pdf(figures, county, project, generated))


__all__ = ["rate_text", "render_pdf", "write_county_report"]
