"""A certificate (结业证书 / 学时证明) as a one-page A4 PDF: the county's words, the hours by
category and the 学分, the 审核人 and the issuing unit with room for its seal, and the QR code
carrying the county-signed summary (sync.base.certificate).

Chinese whatever the interface language, as the county files it (like the transcript). The QR
code is drawn as vector squares (sharp at any print or scan resolution); the same signed text
is also the PDF's keywords, so `songpei certificate verify` reads a PDF without rendering it.
The CJK font is embedded (app.pdf.fonts)."""

from __future__ import annotations

import io
import re
from pathlib import Path

from content.catalog import FACE_TO_FACE, ONLINE, PRACTICE
from sync.base.certificate import Certificate, in_order
from sync.base.durable import atomic_write_bytes

from .fonts import pdf_font
from .text import cut

TITLES = {"completion": "结业证书", "hours": "学时证明"}
CATEGORIES = {ONLINE: "网络研修", FACE_TO_FACE: "集中培训", PRACTICE: "实践应用"}
RED = "#8b1a1a"
QR_MM = 55  # a version-15 code: 0.65 mm a module, read by a phone or a 150 dpi scan
BODY_SIZE = 14.5
NO_START = set("，。、；：？！）》」』”’・…%")  # closing marks: never the first on a line
NO_END = set("（《「『“‘")  # opening marks: never the last on a line
_TOKENS = re.compile(r"[A-Za-z0-9.*%/\-]+| |.")
VERIFY_NOTE = (
    "二维码内容由县级密钥签名，可离线核验：songpei certificate verify（本文件、照片或扫描件）。"
    "核验结果以二维码中的签名内容为准。"
)


def _hours(value: float) -> str:
    return f"{value:.1f}"


def _date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{int(y)} 年 {int(m)} 月 {int(d)} 日"


def wrap_lines(text: str, font: str, size: float, width: float, indent: float = 0) -> list[str]:
    """Greedy line breaking with the Chinese rules reportlab's CJK wrapping does not keep
    here: a number or a Latin word is never split, closing punctuation never starts a line
    (it hangs at the end of the one before) and an opening mark never ends one."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    line, room = "", width - indent
    for token in _TOKENS.findall(text):
        if line and stringWidth(line + token, font, size) > room and token not in NO_START:
            carried = ""
            while line and line[-1] in NO_END:
                line, carried = line[:-1], line[-1] + carried
            lines.append(line)
            line, room = carried, width
            if token == " ":
                continue
        line += token
    return lines + [line] if line else lines


def body_text(cert: Certificate) -> str:
    """The certificate's sentence, as the county's words (plain text, drawn literally)."""
    parts = "，".join(f"{CATEGORIES.get(k, k)} {_hours(v)} 学时" for k, v in in_order(cert.hours))
    credits = f"，折合 {cert.credits:g} 学分" if cert.credits is not None else ""
    if cert.kind == "completion":
        end = "，达到培训学时要求，准予结业。特发此证。"
    else:
        end = f"（截至 {_date(cert.issued)}）。特此证明。"
    return (
        f"兹证明 {cut(cert.name, 40)}（身份证号 {cut(cert.masked_id, 20)}）参加"
        f"“{cut(cert.programme)}”培训，经{cut(cert.issuer, 60)}审核认定，累计获得 "
        f"{_hours(cert.total_hours)} 学时（{parts}）{credits}{end}"
    )


def render_pdf(cert: Certificate, code: str) -> bytes:
    import segno
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph, Table, TableStyle

    font = pdf_font()
    width, height = landscape(A4)
    out = io.BytesIO()
    # Pages start in our font, not in Helvetica, which would be named but not embedded (the
    # stubs type initialFontName as a number; reportlab takes the font's name).
    c = Canvas(out, pagesize=(width, height), invariant=1, initialFontName=font)  # type: ignore[arg-type]
    c.setTitle(f"{TITLES[cert.kind]} {cut(cert.name, 40)} {cert.number}")
    c.setAuthor(cut(cert.issuer, 60))
    c.setSubject(TITLES[cert.kind])
    c.setKeywords(code)  # the signed summary, read back by the verifier without rendering
    red = colors.HexColor(RED)

    # Frame: a heavy outer line and a fine inner one, as printed certificates have.
    c.setStrokeColor(red)
    c.setLineWidth(3)
    c.rect(9 * mm, 9 * mm, width - 18 * mm, height - 18 * mm)
    c.setLineWidth(0.8)
    c.rect(12.5 * mm, 12.5 * mm, width - 25 * mm, height - 25 * mm)

    c.setFillColor(colors.black)
    c.setFont(font, 10)
    c.drawRightString(width - 22 * mm, height - 22 * mm, f"证书编号：{cert.number}")
    c.setFont(font, 13)
    c.drawCentredString(width / 2, height - 34 * mm, cut(cert.programme, 60))
    c.setFillColor(red)
    c.setFont(font, 34)
    c.drawCentredString(width / 2, height - 52 * mm, " ".join(TITLES[cert.kind]))

    c.setFillColor(colors.black)
    c.setFont(font, BODY_SIZE)
    indent = 2 * BODY_SIZE  # two characters, as a Chinese paragraph starts
    lines = wrap_lines(body_text(cert), font, BODY_SIZE, width - 70 * mm, indent)
    for n, line in enumerate(lines[:5]):  # names and titles are cut: five lines always fit
        c.drawString(35 * mm + (indent if n == 0 else 0), height - 75 * mm - n * 27, line)

    # The hours by category, the total and the 学分, as a small table on the left.
    cell = ParagraphStyle(
        "cell", fontName=font, bulletFontName=font, fontSize=10.5, leading=14, alignment=1
    )
    rows = [["类别", "学时"]]
    rows += [[CATEGORIES.get(k, k), _hours(v)] for k, v in in_order(cert.hours)]
    rows.append(["合计", _hours(cert.total_hours)])
    rows.append(["学分", f"{cert.credits:g}" if cert.credits is not None else "—"])
    table = Table([[Paragraph(x, cell) for x in r] for r in rows], colWidths=[32 * mm, 24 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),  # not Helvetica: unembedded
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f3e9e9")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    _, th = table.wrap(0, 0)
    table.drawOn(c, 35 * mm, 26 * mm + QR_MM * mm - th)

    # The QR code, bottom centre-left, as vector modules.
    qr = segno.make(code, error="m")
    cells = list(qr.matrix_iter(border=4))
    module = QR_MM * mm / len(cells)
    x0, y0 = 100 * mm, 26 * mm
    c.setFillColor(colors.black)
    for r, modules in enumerate(cells):
        for k, dark in enumerate(modules):
            if dark:
                c.rect(x0 + k * module, y0 + (len(cells) - 1 - r) * module, module, module, 0, 1)
    c.setFont(font, 8)
    c.drawCentredString(x0 + QR_MM * mm / 2, y0 - 4 * mm, "扫码核验")

    # Signatures: the officer who reviewed, the unit and its seal, the date.
    right = width - 35 * mm
    c.setFont(font, 13)
    c.drawRightString(right, 66 * mm, f"审核人：{cut(cert.officer, 20) or '________'}")
    c.drawRightString(right, 54 * mm, f"发证单位（盖章）：{cut(cert.issuer, 30)}")
    c.drawRightString(right, 42 * mm, _date(cert.issued))
    c.setStrokeColor(red)
    c.setDash(2, 2)
    c.setLineWidth(0.6)
    c.circle(right - 22 * mm, 50 * mm, 19 * mm)  # where the seal goes
    c.setDash()

    note = ParagraphStyle(
        "note",
        fontName=font,
        bulletFontName=font,
        fontSize=8,
        leading=11,
        wordWrap="CJK",
        textColor=colors.grey,
    )
    p = Paragraph(VERIFY_NOTE, note)
    p.wrap(width - 70 * mm, 20 * mm)
    p.drawOn(c, 35 * mm, 15 * mm)
    c.showPage()
    c.save()
    return out.getvalue()


def write_certificate(cert: Certificate, code: str, out: Path) -> None:
    pdf_font()  # refuse before any work when the font is missing
    atomic_write_bytes(Path(out), render_pdf(cert, code))
