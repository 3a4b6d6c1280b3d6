"""What the county sees: one row per teacher (a person is a 身份证号, whatever laptops they
used), with hours computed by the same content.rules.compute_progress the laptops run, fed
with sums the database makes (summing first and capping after gives the same hours)."""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from content.catalog import Catalog
from content.rules import ATTENDANCE, LESSON_SESSION, ProgrammeRules, compute_progress
from content.targets import DistrictTarget, district_of

from . import idcard
from .durable import atomic_write_bytes
from .hub import Hub
from .teachers import ENROLLED, PROFILE_CHANGED, PROFILE_FIELDS


@dataclass(frozen=True)
class TeacherRow:
    id_number: str
    name: str
    school: str
    stage: str
    subject: str
    devices: int
    online_hours: float
    practice_hours: float
    met: bool

    @property
    def masked_id(self) -> str:
        return idcard.mask(self.id_number)

    @property
    def total_hours(self) -> float:
        return self.online_hours + self.practice_hours


def teacher_rows(hub: Hub, catalog: Catalog, rules: ProgrammeRules) -> list[TeacherRow]:
    conn = hub.conn
    profiles: dict[str, dict] = {}
    device_of: dict[str, str] = {}
    # Literal types, so the partial index hub_events_profiles serves this query.
    for teacher_id, device_id, type_, payload in conn.execute(
            f"SELECT teacher_id, device_id, type, payload FROM events WHERE type IN "
            f"('{ENROLLED}', '{PROFILE_CHANGED}') ORDER BY device_id, seq"):
        data = json.loads(payload)
        if type_ == ENROLLED:
            profiles[teacher_id] = {k: data[k] for k in PROFILE_FIELDS}
            device_of[teacher_id] = device_id
        elif teacher_id in profiles:
            profiles[teacher_id].update({k: v for k, v in data.items() if k in PROFILE_FIELDS})
    person_of = {t: p["id_number"] for t, p in profiles.items()}

    sums: dict[str, list[tuple[str, dict]]] = defaultdict(list)
    for teacher_id, lesson, seconds in conn.execute(
            "SELECT teacher_id, lesson, seconds FROM lesson_sums"):
        if teacher_id in person_of:
            sums[person_of[teacher_id]].append(
                (LESSON_SESSION, {"lesson": lesson, "active_seconds": seconds or 0}))
    for teacher_id, category, hours in conn.execute(
            "SELECT teacher_id, json_extract(payload, '$.category'), "
            "sum(json_extract(payload, '$.hours')) FROM events "
            f"WHERE type='{ATTENDANCE}' "
            "GROUP BY teacher_id, json_extract(payload, '$.category')"):
        if teacher_id in person_of:
            sums[person_of[teacher_id]].append((ATTENDANCE, {"category": category,
                                                             "hours": hours or 0}))

    people: dict[str, list[str]] = defaultdict(list)
    for teacher_id, id_number in person_of.items():
        people[id_number].append(teacher_id)
    rows = []
    for id_number, teacher_ids in people.items():
        # Per-lesson sums of one person on several laptops merge here before the cap, so
        # the same lesson studied twice is never counted twice.
        merged: dict[str, int] = defaultdict(int)
        events: list[tuple[str, dict]] = []
        for type_, data in sums[id_number]:
            if type_ == LESSON_SESSION:
                merged[data["lesson"]] += int(data["active_seconds"])
            else:
                events.append((type_, data))
        events += [(LESSON_SESSION, {"lesson": k, "active_seconds": v}) for k, v in merged.items()]
        p = compute_progress(events, catalog, rules)
        prof = profiles[teacher_ids[-1]]
        rows.append(TeacherRow(id_number, prof["name"], prof["school"], prof["stage"],
                               prof["subject"], len({device_of[t] for t in teacher_ids}),
                               p.online_hours, p.practice_hours, p.met))
    return sorted(rows, key=lambda r: (r.school, r.name))


# The platform's 学时 import template: data for another system, so these are not UI strings.
COLUMNS = ["姓名", "身份证号", "学校", "学段", "学科", "项目名称", "网络研修学时", "实践应用学时",
           "总学时", "结业状态"]
STAGES = {"preschool": "幼儿园", "primary": "小学", "junior": "初中", "senior": "高中",
          "vocational": "中职", "special": "特殊教育"}


def write_csv(rows: list[TeacherRow], path: Path, project: str) -> None:
    """UTF-8 with a BOM, so Excel on a county PC opens it without garbling the Chinese."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(COLUMNS)
    for r in rows:
        w.writerow([r.name, r.id_number, r.school, STAGES.get(r.stage, r.stage), r.subject,
                    project, f"{r.online_hours:.1f}", f"{r.practice_hours:.1f}",
                    f"{r.total_hours:.1f}", "已结业" if r.met else "未结业"])
    atomic_write_bytes(path, "\ufeff".encode() + out.getvalue().encode("utf-8"))


@dataclass(frozen=True)
class DistrictRow:
    district: str  # "" for schools no district name matches
    teachers_total: int | None
    target: int | None  # teachers to train in the year asked for
    enrolled: int
    met: int

    @property
    def behind(self) -> int:
        return max((self.target or 0) - self.met, 0)


def district_rows(rows: list[TeacherRow], targets: list[DistrictTarget],
                  year: int) -> list[DistrictRow]:
    """Per 区县: enrolled and finished teachers against that year's target."""
    names = [t.district for t in targets]
    enrolled: dict[str, int] = defaultdict(int)
    met: dict[str, int] = defaultdict(int)
    for r in rows:
        d = district_of(r.school, names)
        enrolled[d] += 1
        met[d] += r.met
    out = [DistrictRow(t.district, t.teachers_total, t.targets.get(year), enrolled[t.district],
                       met[t.district]) for t in targets]
    if enrolled.get(""):
        out.append(DistrictRow("", None, None, enrolled[""], met[""]))
    return out
