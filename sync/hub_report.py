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

from . import idcard, xlsx
from .durable import atomic_write_bytes
from .export_template import DEFAULT, Template, table
from .hub import Hub
from .teachers import ENROLLED, PROFILE_CHANGED, PROFILE_FIELDS

QUIZ_ATTEMPT = "quiz.attempt"  # payload: lesson, score (out of 100), passed (quiz_attempts)


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
    best_score: float | None = None  # best self-test score, 0–100; None: no self-test taken
    tests_passed: int = 0  # distinct self-tests passed

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

    # Best score and passed self-tests, per quiz lesson (partial index hub_events_quiz).
    best: dict[str, float] = {}
    passed: dict[str, set[str]] = defaultdict(set)
    for teacher_id, lesson, score, ok in conn.execute(
            "SELECT teacher_id, json_extract(payload, '$.lesson'), "
            "max(json_extract(payload, '$.score')), max(json_extract(payload, '$.passed')) "
            f"FROM events WHERE type='{QUIZ_ATTEMPT}' GROUP BY 1, 2"):
        person = person_of.get(teacher_id)
        if person is None:
            continue
        if score is not None:
            best[person] = max(best.get(person, 0.0), float(score))
        if ok:
            passed[person].add(lesson)

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
                               p.online_hours, p.practice_hours, p.met, best.get(id_number),
                               len(passed[id_number])))
    return sorted(rows, key=lambda r: (r.school, r.name))


# The platform's 学时 import template (sync.export_template): data for another system.
COLUMNS = DEFAULT.headers
SHEET = "学时"


def _cell(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:.1f}"
    text = str(v)
    # Names are typed on laptops; Excel runs a CSV cell starting with = + - @ as a formula.
    # No real name or school starts so, so such a cell is quoted as text (the .xlsx needs
    # nothing: its strings are never formulas).
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def write_csv(rows: list[TeacherRow], path: Path, project: str,
              template: Template = DEFAULT) -> None:
    """UTF-8 with a BOM, so Excel on a county PC opens it without garbling the Chinese."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(template.headers)
    w.writerows([_cell(v) for v in line] for line in table(rows, template, project))
    atomic_write_bytes(path, "\ufeff".encode() + out.getvalue().encode("utf-8"))


def write_xlsx(rows: list[TeacherRow], path: Path, project: str,
               template: Template = DEFAULT) -> None:
    """The same table as write_csv, as an Excel workbook (numbers stored as numbers)."""
    xlsx.write_xlsx(path, template.headers, table(rows, template, project), SHEET)


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
