"""What the county sees: one row per teacher (a person is a 身份证号, whatever laptops they
used), with hours computed by the same content.rules.compute_progress the laptops run, fed
with sums the database makes (summing first and capping after gives the same hours)."""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from content.ability_points import AbilityPoint
from content.catalog import Catalog
from content.figures import hours_text
from content.rules import ProgrammeRules, Progress, compute_progress
from sync.base import idcard
from sync.base.durable import atomic_write_bytes
from sync.base.events import (
    ATTENDANCE_SIGNED,
    EVIDENCE_POINTS_CHOSEN,
    EVIDENCE_RATED,
    EVIDENCE_SUBMITTED,
    QUIZ_ATTEMPT,
)
from sync.base.receipt import CountyDecision
from sync.county import rosters, xlsx
from sync.county.decisions import (
    EVIDENCE_TYPES,
    latest_decisions,
    profiles,
)
from sync.county.hub import Hub
from sync.county.import_tables import YEAR_OF
from sync.county.platform_template import DEFAULT, Template, table
from sync.county.teacher_details import Extras


@dataclass(frozen=True)
class TeacherRow:
    """One person as the county sees them. With a year asked, hours, `met` and the evidence
    counts are as at the end of that year; `active` and the year_* hours are that year's."""

    id_number: str
    name: str
    school: str
    stage: str
    subject: str
    devices: int
    online_hours: float  # counted tenths (content.figures), as compute_progress gives them
    practice_hours: float
    met: bool  # 结业: the hours and, where the programme requires it, 合格
    district: str = ""  # the school roster's, else guessed from the school's name
    township: str = ""  # (sync.county.rosters.Places)
    points_chosen: int = 0
    points_rated: int = 0  # ability points accepted (rated 合格 or 优秀 by the school and not
    # refused by the county, or recognised by it), by the year's end
    evidence_pending: int = 0  # submissions the county has not decided on
    started: bool = False  # any study at all (by the end of the year asked)
    active: bool = False  # studied in the year asked (any time without a year)
    year_online_hours: float = 0.0
    year_practice_hours: float = 0.0
    met_in_year: bool = False  # met by the end of the year, not by the end of the one before
    best_score: float | None = None  # best self-test score, 0–100; None: no self-test taken
    tests_passed: int = 0  # distinct self-tests passed
    qualified: bool = False  # 校本应用考核合格 as the programme rules define it
    face_to_face_hours: float = 0.0  # 集中培训 / 送教
    year_face_to_face_hours: float = 0.0

    @property
    def masked_id(self) -> str:
        return idcard.mask(self.id_number)

    @property
    def total_hours(self) -> float:
        return round(self.online_hours + self.face_to_face_hours + self.practice_hours, 1)

    @property
    def year_total_hours(self) -> float:
        return round(
            self.year_online_hours + self.year_face_to_face_hours + self.year_practice_hours, 1
        )

    @property
    def status(self) -> str:
        """The programme's words: 未参训 (no study at all), 在训, 结业 (requirements met)."""
        return "结业" if self.met else "在训" if self.started else "未参训"


@dataclass
class _Person:
    teacher_ids: list[str] = field(default_factory=list)
    # lesson → counted seconds by the end of the year asked, and by the end of the one before
    upto: dict[str, int] = field(default_factory=dict)
    before: dict[str, int] = field(default_factory=dict)
    lesson_years: set[int] = field(default_factory=set)  # the year asked / an earlier one
    attendance: list[tuple[int, dict]] = field(default_factory=list)  # (year, payload)
    ratings: list[tuple[int, dict]] = field(default_factory=list)  # (year, payload)
    submissions: dict[str, tuple[int, str]] = field(default_factory=dict)  # id → (year, point)
    chosen: list[tuple[int, int, int]] = field(default_factory=list)  # (wall_ms, year, points)

    def study_years(self) -> set[int]:
        """The years in which the teacher studied: lessons, attendance, evidence submitted."""
        return (
            self.lesson_years
            | {y for y, _ in self.attendance}
            | {y for y, _ in self.submissions.values()}
        )


@dataclass(frozen=True)
class _Points:
    """The published ability points as compute_progress takes them, made once per table."""

    hours: Mapping[str, float]  # code → practice hours
    dimensions: Mapping[str, str]  # code → dimension

    @classmethod
    def of(cls, points: Mapping[str, AbilityPoint]) -> _Points:
        return cls(
            {code: p.practice_hours for code, p in points.items()},
            {code: p.dimension for code, p in points.items()},
        )


def _progress(
    person: _Person,
    upto: int | None,
    asked: int | None,
    decided: Mapping[str, CountyDecision],
    catalog: Catalog,
    rules: ProgrammeRules,
    points: _Points,
) -> Progress:
    """The person's progress from everything up to the end of `upto` (all, if None), which
    is the year asked or the one before it. The lessons go in as the sums kept at import."""
    events: list[tuple[str, Mapping]] = [
        (ATTENDANCE_SIGNED, d) for y, d in person.attendance if upto is None or y <= upto
    ]
    events += [(EVIDENCE_RATED, d) for y, d in person.ratings if upto is None or y <= upto]
    county = {
        s: (decided[s].point, decided[s].recognised)
        for s, (y, _) in person.submissions.items()
        if s in decided and (upto is None or y <= upto)
    }
    return compute_progress(
        events,
        catalog,
        rules,
        points.hours,
        county,
        points.dimensions,
        lesson_seconds=person.upto if upto == asked else person.before,
    )


def _gained(p: Progress, before: Progress | None, tenths: str) -> float:
    """Hours gained in the year: the difference of the counted tenths, so a year's column
    adds up exactly as the totals do."""
    return (getattr(p, tenths) - (getattr(before, tenths) if before else 0)) / 10


def teacher_rows(
    hub: Hub,
    catalog: Catalog,
    rules: ProgrammeRules,
    year: int | None = None,
    points: Mapping[str, AbilityPoint] | None = None,
) -> list[TeacherRow]:
    """One row per person (身份证号). Hours come from the one compute_progress, fed with the
    sums kept at import (lessons per year), attendance, the school's ratings and the county's
    latest decisions. A fact belongs to the year of its wall clock (China time); a county
    decision to the year of the submission it judges."""
    conn = hub.conn
    people_of = profiles(conn)
    person_of = {t: p["id_number"] for t, (_, p) in people_of.items()}
    hours = _Points.of(hub.ability_points() if points is None else points)
    where = rosters.places(hub)
    people: dict[str, _Person] = defaultdict(_Person)

    # Best score and passed self-tests, per quiz lesson (partial index hub_events_quiz), up
    # to the end of the year asked.
    best: dict[str, float] = {}
    passed: dict[str, set[str]] = defaultdict(set)
    for teacher_id, lesson, score, ok in conn.execute(
        "SELECT teacher_id, json_extract(payload, '$.lesson'), "
        "max(json_extract(payload, '$.score')), max(json_extract(payload, '$.passed')) "
        f"FROM events WHERE type='{QUIZ_ATTEMPT}' AND {YEAR_OF} <= ? GROUP BY 1, 2",
        (9999 if year is None else year,),
    ):
        person_id = person_of.get(teacher_id)
        if person_id is None:
            continue
        if score is not None:
            best[person_id] = max(best.get(person_id, 0.0), float(score))
        if ok:
            passed[person_id].add(lesson)
    for teacher_id, id_number in person_of.items():
        people[id_number].teacher_ids.append(teacher_id)

    # The year split happens in SQLite's C: per teacher, each lesson's seconds by the end of
    # the year asked and of the year before (as JSON objects: one row a teacher, not one a
    # lesson), and whether any study fell in it or earlier.
    last = 9999 if year is None else year
    for teacher_id, upto, before, in_year, earlier in conn.execute(
        "SELECT teacher_id, json_group_object(lesson, upto), json_group_object(lesson, before), "
        "max(in_year), max(earlier) FROM (SELECT teacher_id, lesson, sum(seconds) AS upto, "
        "sum(CASE WHEN year < ?1 THEN seconds ELSE 0 END) AS before, "
        "max(year = ?1 AND seconds > 0) AS in_year, max(year < ?1 AND seconds > 0) AS earlier "
        "FROM lesson_year_sums WHERE year <= ?1 GROUP BY 1, 2) GROUP BY 1",
        (last,),
    ):
        if teacher_id not in person_of:
            continue
        person = people[person_of[teacher_id]]
        # One person's sums from several laptops merge before the cap: a lesson studied
        # twice is never counted twice.
        if not person.upto:  # the person's first (usually only) laptop
            person.upto, person.before = json.loads(upto), json.loads(before)
        else:
            for kept, found in ((person.upto, upto), (person.before, before)):
                for lesson, seconds in json.loads(found).items():
                    kept[lesson] = kept.get(lesson, 0) + seconds
        if in_year:
            person.lesson_years.add(last)
        if earlier:
            person.lesson_years.add(last - 1)  # stands for "some year before"
    # Attendance events whole (a few per teacher): compute_progress reads the trainer-signed
    # statement for the session's day, which the per-day cap needs.
    for teacher_id, y, payload in conn.execute(
        f"SELECT teacher_id, {YEAR_OF}, payload FROM events WHERE type='{ATTENDANCE_SIGNED}'"
    ):
        if teacher_id in person_of:
            people[person_of[teacher_id]].attendance.append((y, json.loads(payload)))
    # The evidence in journal order (a later rating replaces an earlier one), with only the
    # fields the hours need read out of each payload by SQLite.
    for teacher_id, ev_id, type_, wall, y, point, submission, level, how_many in conn.execute(
        "SELECT teacher_id, id, type, wall_ms, "
        f"{YEAR_OF}, json_extract(payload, '$.point'), json_extract(payload, '$.submission'), "
        "json_extract(payload, '$.level'), json_array_length(payload, '$.points') "
        f"FROM events WHERE {EVIDENCE_TYPES} ORDER BY device_id, seq"
    ):
        if teacher_id not in person_of:
            continue
        person = people[person_of[teacher_id]]
        if type_ == EVIDENCE_SUBMITTED:
            person.submissions[ev_id] = (y, "" if point is None else str(point))
        elif type_ == EVIDENCE_RATED:
            rating = {"submission": submission, "point": point, "level": level}
            person.ratings.append((y, rating))
        elif type_ == EVIDENCE_POINTS_CHOSEN:
            person.chosen.append((wall, y, how_many or 0))
    decided = latest_decisions(conn)

    rows = []
    empty = compute_progress([], catalog, rules)
    for id_number, person in people.items():
        study = person.study_years()
        if year is None:
            p, before = _progress(person, None, None, decided, catalog, rules, hours), None
        else:  # a year with nothing in it changes nothing: one computation, or none, will do
            years = study | {y for y, _ in person.ratings}
            p = (
                _progress(person, year, year, decided, catalog, rules, hours)
                if any(y <= year for y in years)
                else empty
            )
            before = (
                p
                if year not in years
                else _progress(person, year - 1, year, decided, catalog, rules, hours)
                if any(y < year for y in years)
                else empty
            )
        studied = bool(study) if year is None else any(y <= year for y in study)
        active = bool(study) if year is None else year in study
        pending = sum(
            1
            for s, (y, _) in person.submissions.items()
            if s not in decided and (year is None or y <= year)
        )
        latest = max((c for c in person.chosen if year is None or c[1] <= year), default=None)
        chosen = latest[2] if latest else 0
        _, prof = people_of[person.teacher_ids[-1]]
        district, township = where.of(prof["school"])
        met = p.met  # a property over the hours and points: worked out once a Progress
        met_before = False if before is None else met if before is p else before.met
        rows.append(
            TeacherRow(
                id_number,
                prof["name"],
                prof["school"],
                prof["stage"],
                prof["subject"],
                len({people_of[t][0] for t in person.teacher_ids}),
                p.online_hours,
                p.practice_hours,
                met,
                district,
                township,
                chosen,
                p.points_accepted,
                pending,
                studied,
                active,
                _gained(p, before, "online_tenths"),
                _gained(p, before, "practice_tenths"),
                met and not met_before,
                best.get(id_number),
                len(passed.get(id_number, ())),
                p.qualified,
                p.face_to_face_hours,
                _gained(p, before, "face_to_face_tenths"),
            )
        )
    return sorted(rows, key=lambda r: (r.school, r.name))


# The platform's 学时 import template (sync.county.platform_template): data for another system.
COLUMNS = DEFAULT.headers
SHEET = "学时"


def _cell(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return hours_text(v)
    text = str(v)
    # Names are typed on laptops; Excel runs a CSV cell starting with = + - @ as a formula.
    # No real name or school starts so, so such a cell is quoted as text (the .xlsx needs
    # nothing: its strings are never formulas).
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def write_csv(
    rows: list[TeacherRow],
    path: Path,
    project: str,
    template: Template = DEFAULT,
    extras: Extras | None = None,
) -> None:
    """UTF-8 with a BOM, so Excel on a county PC opens it without garbling the Chinese.
    `extras`: the details a template's detail fields need (sync.county.teacher_details)."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(template.headers)
    w.writerows([_cell(v) for v in line] for line in table(rows, template, project, extras))
    atomic_write_bytes(path, "\ufeff".encode() + out.getvalue().encode("utf-8"))


def write_xlsx(
    rows: list[TeacherRow],
    path: Path,
    project: str,
    template: Template = DEFAULT,
    extras: Extras | None = None,
) -> None:
    """The same table as write_csv, as an Excel workbook (numbers stored as numbers)."""
    xlsx.write_xlsx(path, template.headers, table(rows, template, project, extras), SHEET)
