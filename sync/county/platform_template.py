"""The platform's 学时 import template: which columns, in which order, under which headers.

Provinces' platforms differ in their headers and columns, so the template is data: a small JSON
file naming, per column, the header text and a field from the fixed set below. The CSV and the
Excel export both lay out their rows through `table`, so the two never disagree. Headers are
data for another system, not words for people, so they are not translated.

    {"format": 1, "columns": [{"header": "姓名", "field": "name"}, ...]}"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from content.figures import hours_value, score_value
from content.json_text import loads as json_loads
from content.keys import read_file
from sync.base.errors import SongpeiError
from sync.county.teacher_details import Details, Extras

if TYPE_CHECKING:
    from sync.county.teacher_rows import TeacherRow

FORMAT = 1
STAGES = {
    "preschool": "幼儿园",
    "primary": "小学",
    "junior": "初中",
    "senior": "高中",
    "vocational": "中职",
    "special": "特殊教育",
}
Value = str | int | float | None


# field → how a teacher's row gives the cell (the project's title is the one shared value)
FIELDS: dict[str, Callable[[TeacherRow, str], Value]] = {
    "name": lambda r, p: r.name,
    "id_number": lambda r, p: r.id_number,
    "masked_id": lambda r, p: r.masked_id,
    "school": lambda r, p: r.school,
    "stage": lambda r, p: STAGES.get(r.stage, r.stage),
    "subject": lambda r, p: r.subject,
    "project": lambda r, p: p,
    # 学时 with one decimal, counted in tenths (content.figures): the parts add up to the total
    "online_hours": lambda r, p: hours_value(r.online_hours),
    "face_to_face_hours": lambda r, p: hours_value(r.face_to_face_hours),
    "practice_hours": lambda r, p: hours_value(r.practice_hours),
    "total_hours": lambda r, p: hours_value(r.total_hours),
    "best_score": lambda r, p: None if r.best_score is None else score_value(r.best_score),
    "qualified": lambda r, p: "合格" if r.qualified else "未合格",
    "tests_passed": lambda r, p: r.tests_passed,
    "status": lambda r, p: "已结业" if r.met else "未结业",
    "devices": lambda r, p: r.devices,
}
# Fields that need more than the hours (sync.county.teacher_details): read from the hub only
# when a template names one of them.
DETAIL_FIELDS: dict[str, Callable[[TeacherRow, Extras, Details], Value]] = {
    # 考核结果: 未考核 until a submission is rated or decided, then the rules' 合格 or not
    "assessment": lambda r, x, d: "合格" if r.qualified else "不合格" if d.assessed else "未考核",
    "points_assessed": lambda r, x, d: d.points_text,  # 能力点及评定: "A1 合格；A3 优秀"
    "first_study_date": lambda r, x, d: d.first_day,
    "last_study_date": lambda r, x, d: d.last_day,
    "recognised_date": lambda r, x, d: d.recognised_day,  # 认定日期
    "training_provider": lambda r, x, d: x.training_provider,  # 承训单位
    "certificate_number": lambda r, x, d: d.certificate,  # 证书编号
    "credits": lambda r, x, d: x.credits(hours_value(r.total_hours)),  # 学分
}
NAMES = (*FIELDS, *DETAIL_FIELDS)


class TemplateInvalid(SongpeiError):
    """A column template that cannot be used (path=..., reason='not-json'|
    'unknown-format'|'no-columns'|'bad-column'|'unknown-field', column=N, field=...)."""


@dataclass(frozen=True)
class Column:
    header: str
    field: str


@dataclass(frozen=True)
class Template:
    columns: tuple[Column, ...]
    source: str = "default"

    @property
    def headers(self) -> list[str]:
        return [c.header for c in self.columns]

    @property
    def needs_details(self) -> bool:
        """Whether a column asks for more than the hours (sync.county.teacher_details)."""
        return any(c.field in DETAIL_FIELDS for c in self.columns)


DEFAULT = Template(
    tuple(
        Column(h, f)
        for h, f in [
            ("姓名", "name"),
            ("身份证号", "id_number"),
            ("学校", "school"),
            ("学段", "stage"),
            ("学科", "subject"),
            ("项目名称", "project"),
            ("网络研修学时", "online_hours"),
            ("集中培训学时", "face_to_face_hours"),
            ("实践应用学时", "practice_hours"),
            ("总学时", "total_hours"),
            ("成绩", "best_score"),
            ("校本应用考核", "qualified"),
            ("结业状态", "status"),
        ]
    )
)


def parse_template(data: bytes, source: str) -> Template:
    """A template from its JSON bytes; refused whole, naming the column and the field."""
    try:
        doc = json_loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        raise TemplateInvalid(path=source, reason="not-json", column=0, field="") from None
    if not isinstance(doc, dict) or doc.get("format", FORMAT) != FORMAT:
        raise TemplateInvalid(path=source, reason="unknown-format", column=0, field="")
    cols = doc.get("columns")
    if not isinstance(cols, list) or not cols:
        raise TemplateInvalid(path=source, reason="no-columns", column=0, field="")
    out = []
    for n, c in enumerate(cols, start=1):
        if (
            not isinstance(c, dict)
            or not isinstance(c.get("header"), str)
            or not c["header"].strip()
            or not isinstance(c.get("field"), str)
        ):
            raise TemplateInvalid(path=source, reason="bad-column", column=n, field="")
        if c["field"] not in NAMES:
            raise TemplateInvalid(path=source, reason="unknown-field", column=n, field=c["field"])
        out.append(Column(c["header"].strip(), c["field"]))
    return Template(tuple(out), source)


def load_template(path: Path) -> Template:
    return parse_template(read_file(path), str(path))


def table(
    rows: Sequence[TeacherRow], template: Template, project: str, extras: Extras | None = None
) -> list[list[Value]]:
    """One list of cell values per teacher, in the template's column order; `extras` is
    needed when the template names a detail field (Template.needs_details)."""
    if template.needs_details and extras is None:
        raise ValueError("this template needs the teachers' details")
    x = extras or Extras()
    none = Details()
    getters = [
        (lambda r, g=FIELDS[c.field]: g(r, project))
        if c.field in FIELDS
        else (lambda r, g=DETAIL_FIELDS[c.field]: g(r, x, x.details.get(r.id_number, none)))
        for c in template.columns
    ]
    return [[g(r) for g in getters] for r in rows]
