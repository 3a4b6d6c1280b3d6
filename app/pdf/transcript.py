"""A teacher's transcript (学时证明) as a PDF: profile, hours by category, courses, self-tests,
ability points with their school ratings, and a verification code the county can recompute.

The facts come from the journal through the same functions the screens and the county use
(content.rules.compute_progress); the PDF only lays them out. The certificate is Chinese
whatever the interface language, as the county files it. The CJK font is embedded (WenQuanYi
Micro Hei): a PDF relying on a viewer's CJK fonts prints blank boxes in a village office."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

from content.figures import hours_text, score_text
from sync.base.durable import atomic_write_bytes
from sync.laptop.laptop import Laptop
from sync.laptop.transcript_facts import county_confirmed, laptop_facts, verification_code

from ..messages import CHINA_TIME
from .fonts import FONT, CjkFontMissing, pdf_font  # noqa: F401 (re-exported)
from .text import cut, para

UNCONFIRMED = "本机记录，待县级认定"
CONFIRMED = "县级已确认收到"
STAGES = {
    "preschool": "学前",
    "primary": "小学",
    "junior": "初中",
    "senior": "高中",
    "vocational": "职业学校",
    "special": "特殊教育",
}
# Signed by whoever reviewed the hours and stamped by their unit, as the county report is.
SIGNOFF = ("审核人：____________　　日期：____________", "单位（盖章）：______________________")
LEVELS = {"excellent": "优秀", "pass": "合格", "fail": "不合格"}
# Spoken to the teacher who hands the paper in: what to do with it, not how it is computed.
VERIFY_NOTE = (
    "如何核验：请把本证明交给县（区）教师发展中心。工作人员在县级平台输入上面的设备编号，"
    "按本机前 {seq} 条学习记录重新计算学时、自测与评价；算出的核验码与本证明上的相同，"
    "即说明本证明真实、未被改动。"
)


def required_text(hours: float) -> str:
    """A category's minimum, or 不限 where the programme sets none."""
    return hours_text(hours) if hours > 0 else "不限"


def status_text(h: dict, prog: dict) -> str:
    """结业 as the programme defines it, and what is missing when not yet."""
    if h["met"]:
        return "已结业：学时达到要求" + (
            "，校本应用考核合格。" if prog["completion_requires_qualified"] else "。"
        )
    missing = [] if h["hours_met"] else ["学时尚未达到要求"]
    if prog["completion_requires_qualified"] and not h["qualified"]:
        missing.append(
            f"校本应用考核尚未合格（需至少 {prog['min_ability_points']} 个能力点评为合格或优秀"
            + (f"，覆盖至少 {prog['min_dimensions']} 个维度" if prog["min_dimensions"] else "")
            + "）"
        )
    return "尚未结业：" + "；".join(missing) + "。"


# --- the facts (sync.laptop.transcript_facts: the county recomputes them) ------------------------------


def transcript_facts(laptop: Laptop, teacher_id: str) -> dict:
    """Everything the transcript states, as plain data; the verification code is computed
    over exactly this (not over the generation time or the county's confirmation, which the
    county cannot recompute from the events)."""
    return laptop_facts(laptop, teacher_id)


# --- the PDF -----------------------------------------------------------------------------------


def render_pdf(facts: dict, confirmed: bool, generated: dt.datetime) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    font = pdf_font()
    base = ParagraphStyle(
        "base", fontName=font, fontSize=10.5, leading=15, wordWrap="CJK", bulletFontName=font
    )
    small = ParagraphStyle(
        "small", parent=base, fontSize=8.5, leading=12, textColor=colors.HexColor("#444444")
    )
    title = ParagraphStyle("title", parent=base, fontSize=18, leading=26, alignment=1)
    head = ParagraphStyle("head", parent=base, fontSize=12.5, leading=20, spaceBefore=8)
    sign = ParagraphStyle("sign", parent=base, fontSize=10.5, leading=16)
    mark_style = ParagraphStyle(
        "mark",
        parent=base,
        fontSize=12,
        alignment=1,
        textColor=colors.HexColor("#1b5e20" if confirmed else "#b71c1c"),
    )

    def table(rows, widths, header=True):
        cells = [[Paragraph(para(c), base) for c in row] for row in rows]
        t = Table(cells, colWidths=[w * mm for w in widths], hAlign="LEFT")
        style: list[tuple[Any, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), font),  # not Helvetica: unembedded
            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")))
        t.setStyle(TableStyle(style))
        return t

    t, h, prog = facts["teacher"], facts["hours"], facts["programme"]
    mark = Table(
        [[Paragraph(CONFIRMED if confirmed else UNCONFIRMED, mark_style)]], colWidths=[170 * mm]
    )
    mark.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("BOX", (0, 0), (-1, -1), 1.2, mark_style.textColor),
            ]
        )
    )
    code = verification_code(facts)
    story = [
        Paragraph("中小学教师信息技术应用能力提升工程 2.0", head),
        Paragraph("学时证明（成绩单）", title),
        mark,
        Spacer(1, 4 * mm),
        Paragraph("教师信息", head),
        table(
            [
                ["姓名", t["name"], "身份证号", t["masked_id"]],
                [
                    "学校",
                    t["school"],
                    "学段 / 学科",
                    f"{STAGES.get(t['stage'], t['stage'])} / {t['subject']}",
                ],
            ],
            [22, 55, 28, 65],
            header=False,
        ),
        Paragraph(f"学时（{para(prog['title'])}）", head),
        table(
            [
                ["类别", "已获学时", "要求"],
                ["网络研修", hours_text(h["online"]), required_text(prog["online_required"])],
                [
                    "集中培训 / 送教",
                    hours_text(h["face_to_face"]),
                    required_text(prog["face_to_face_required"]),
                ],
                ["实践应用", hours_text(h["practice"]), required_text(prog["practice_required"])],
                ["合计", hours_text(h["total"]), hours_text(prog["goal"])],
            ],
            [60, 55, 55],
        ),
        Paragraph(status_text(h, prog), base),
        Paragraph("学时明细", head),
    ]
    # Every row in its category's column: each column adds up to the table above.
    rows = [["来源", "网络研修", "集中培训 / 送教", "实践应用"]]
    rows += [[c["title"], hours_text(c["online"]), "", ""] for c in facts["courses"]]
    if h["face_to_face"]:
        days = facts["face_to_face_days"]
        rows.append([f"送教活动（培训者签到，{days} 天）", "", hours_text(h["face_to_face"]), ""])
    rows += [
        [f"能力点 {p['code']} {p['name']}（考核合格）", "", "", hours_text(p["hours"])]
        for p in facts["practice"]
    ]
    story.append(table(rows, [85, 28, 29, 28]) if len(rows) > 1 else Paragraph("暂无学时。", base))
    if facts["quizzes"]:
        story.append(Paragraph("自测成绩（每项取最高分）", head))
        story.append(
            table(
                [["自测", "最高分", "结果"]]
                + [
                    [q["title"], score_text(q["score"]), "合格" if q["passed"] else "未合格"]
                    for q in facts["quizzes"]
                ],
                [100, 35, 35],
            )
        )
    story.append(Paragraph("能力点与校本考核", head))
    if facts["points"]:
        story.append(
            table(
                [["能力点", "名称", "实践学时", "校本考核"]]
                + [
                    [
                        p["code"],
                        p["name"],
                        hours_text(p["practice_hours"]),
                        (
                            LEVELS.get(p["level"], p["level"])
                            + (f"（{p['rater']}）" if p["rater"] else "")
                        )
                        if p["level"]
                        else ("待评价" if p["submitted"] else "未提交"),
                    ]
                    for p in facts["points"]
                ],
                [20, 80, 25, 45],
            )
        )
    else:
        story.append(Paragraph("尚未选择能力点。", base))
    last = facts["last_event"]
    story += [
        Spacer(1, 6 * mm),
        table(
            [
                ["设备编号", facts["device_id"]],
                ["生成时间", generated.strftime("%Y-%m-%d %H:%M")],
                ["核验码", code],
            ],
            [30, 140],
            header=False,
        ),
        Spacer(1, 2 * mm),
        Paragraph(VERIFY_NOTE.format(seq=last["seq"]), small),
        Spacer(1, 4 * mm),
        Paragraph(CONFIRMED if confirmed else UNCONFIRMED, mark_style),
        KeepTogether(
            [
                Spacer(1, 10 * mm),
                Paragraph(SIGNOFF[0], sign),
                Spacer(1, 6 * mm),
                Paragraph(SIGNOFF[1], sign),
            ]
        ),
    ]
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=f"学时证明 {cut(t['name'])}",
        author="Songpei",
        invariant=1,  # no random document id
        # Pages start in the canvas's font (else Helvetica, not embedded).
        initialFontName=font,
    )
    doc.build(story)
    return out.getvalue()


def write_transcript(laptop: Laptop, teacher_id: str, out: Path) -> dict:
    """Write the teacher's transcript to `out` atomically; returns the facts it states plus
    `code` and `confirmed`."""
    pdf_font()  # refuse before any work when the font is missing
    facts = transcript_facts(laptop, teacher_id)
    confirmed = county_confirmed(laptop, facts)
    generated = dt.datetime.fromtimestamp(laptop.journal.now_ms() / 1000, CHINA_TIME)
    atomic_write_bytes(Path(out), render_pdf(facts, confirmed, generated))
    return facts | {"code": verification_code(facts), "confirmed": confirmed}
