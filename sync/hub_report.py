"""What the county sees: one row per teacher (a person is a 身份证号, whatever laptops they
used), with hours computed by the same content.rules.compute_progress the laptops run, fed
with sums the database makes (summing first and capping after gives the same hours)."""

from __future__ import annotations

import csv
import io
import json
import time
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from content.catalog import Catalog
from content.rules import (
    ACCEPTED_LEVELS,
    ATTENDANCE,
    LESSON_SESSION,
    ProgrammeRules,
    Progress,
    compute_progress,
)
from content.targets import DistrictTarget, district_of, township_of

from . import idcard
from .durable import atomic_write_bytes
from .hub import YEAR_OF, Hub
from .hub_office import (
    EVIDENCE_QUERY,
    POINTS_CHOSEN,
    RATED,
    SUBMITTED,
    CountyDecision,
    latest_decisions,
    profiles,
)


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
    online_hours: float
    practice_hours: float
    met: bool
    district: str = ""          # content.targets.district_of against the hub's targets
    township: str = ""          # 乡 / 镇 / 街道 from the school's name
    points_chosen: int = 0
    points_rated: int = 0       # ability points the school rated 合格 or 优秀
    evidence_pending: int = 0   # submissions the county has not decided on
    started: bool = False       # any study at all (by the end of the year asked)
    active: bool = False        # studied in the year asked (any time without a year)
    year_online_hours: float = 0.0
    year_practice_hours: float = 0.0
    met_in_year: bool = False   # met by the end of the year, not by the end of the one before

    @property
    def masked_id(self) -> str:
        return idcard.mask(self.id_number)

    @property
    def total_hours(self) -> float:
        return self.online_hours + self.practice_hours

    @property
    def status(self) -> str:
        """The programme's words: 未参训 (no study at all), 在训, 结业 (requirements met)."""
        return "结业" if self.met else "在训" if self.started else "未参训"


def _year_of(ms: int) -> int:
    """The calendar year of a wall-clock time in China (UTC+8), as the hub's SQL reckons it."""
    return time.gmtime(ms // 1000 + 8 * 3600).tm_year


@dataclass
class _Person:
    teacher_ids: list[str] = field(default_factory=list)
    # lesson → counted seconds by the end of the year asked, and by the end of the one before
    upto: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    before: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    lesson_years: set[int] = field(default_factory=set)  # the year asked / an earlier one
    attendance: list[tuple[str, int, float]] = field(default_factory=list)
    ratings: list[tuple[int, dict]] = field(default_factory=list)  # (year, payload)
    submissions: dict[str, tuple[int, str]] = field(default_factory=dict)  # id → (year, point)
    chosen: list[tuple[int, int, int]] = field(default_factory=list)  # (wall_ms, year, points)

    def years(self) -> set[int]:
        """The years in which anything that counts toward hours happened."""
        return (self.lesson_years | {y for _, y, _h in self.attendance} | {y for y, _ in self.ratings}
                | {y for y, _ in self.submissions.values()})


def _progress(person: _Person, upto: int | None, asked: int | None,
              decided: Mapping[str, CountyDecision], catalog: Catalog, rules: ProgrammeRules,
              hours: Mapping[str, float]) -> Progress:
    """The person's progress from everything up to the end of `upto` (all, if None), which
    is the year asked or the one before it."""
    lessons = person.upto if upto == asked else person.before
    events: list[tuple[str, Mapping]] = [(LESSON_SESSION, {"lesson": k, "active_seconds": v})
                                         for k, v in lessons.items() if v]
    events += [(ATTENDANCE, {"category": c, "hours": h})
               for c, y, h in person.attendance if upto is None or y <= upto]
    events += [(RATED, d) for y, d in person.ratings if upto is None or y <= upto]
    county = {s: (decided[s].point, decided[s].recognised)
              for s, (y, _) in person.submissions.items()
              if s in decided and (upto is None or y <= upto)}
    return compute_progress(events, catalog, rules, hours, county)


def _did_study(person: _Person, when) -> bool:
    return (any(when(y) for y in person.lesson_years)
            or any(when(y) for _, y, _h in person.attendance)
            or any(when(y) for y, _ in person.submissions.values()))


def teacher_rows(hub: Hub, catalog: Catalog, rules: ProgrammeRules, year: int | None = None,
                 point_hours: Mapping[str, float] | None = None) -> list[TeacherRow]:
    """One row per person (身份证号). Hours come from the one compute_progress, fed with the
    sums kept at import (lessons per year), attendance, the school's ratings and the county's
    latest decisions. A fact belongs to the year of its wall clock (China time); a county
    decision to the year of the submission it judges."""
    conn = hub.conn
    people_of = profiles(conn)
    person_of = {t: p["id_number"] for t, (_, p) in people_of.items()}
    hours = hub.point_hours() if point_hours is None else point_hours
    targets = [t.district for t in hub.targets()]
    people: dict[str, _Person] = defaultdict(_Person)
    for teacher_id, id_number in person_of.items():
        people[id_number].teacher_ids.append(teacher_id)

    # The year split happens in SQLite's C: per teacher and lesson, the seconds by the end of
    # the year asked and of the year before, and whether any fell in it or earlier.
    last = 9999 if year is None else year
    for teacher_id, lesson, upto, before, in_year, earlier in conn.execute(
            "SELECT teacher_id, lesson, sum(seconds), sum(CASE WHEN year < ?1 THEN seconds "
            "ELSE 0 END), max(year = ?1 AND seconds > 0), max(year < ?1 AND seconds > 0) "
            "FROM lesson_year_sums WHERE year <= ?1 GROUP BY 1, 2", (last,)):
        if teacher_id in person_of:
            # One person's sums from several laptops merge before the cap: a lesson studied
            # twice is never counted twice.
            person = people[person_of[teacher_id]]
            person.upto[lesson] += upto or 0
            person.before[lesson] += before or 0
            if in_year:
                person.lesson_years.add(last)
            if earlier:
                person.lesson_years.add(last - 1)  # stands for "some year before"
    for teacher_id, category, y, h in conn.execute(
            f"SELECT teacher_id, json_extract(payload, '$.category'), {YEAR_OF}, "
            f"sum(json_extract(payload, '$.hours')) FROM events WHERE type='{ATTENDANCE}' "
            "GROUP BY 1, 2, 3"):
        if teacher_id in person_of:
            people[person_of[teacher_id]].attendance.append((category, y, h or 0))
    for teacher_id, _dev, ev_id, type_, payload, wall in conn.execute(EVIDENCE_QUERY):
        if teacher_id not in person_of:
            continue
        person = people[person_of[teacher_id]]
        data = json.loads(payload)
        if type_ == SUBMITTED:
            person.submissions[ev_id] = (_year_of(wall), str(data.get("point", "")))
        elif type_ == RATED:
            person.ratings.append((_year_of(wall), data))
        elif type_ == POINTS_CHOSEN:
            person.chosen.append((wall, _year_of(wall), len(data.get("points", []))))
    decided = latest_decisions(conn)

    rows = []
    places: dict[str, tuple[str, str]] = {}  # school → (district, township)
    empty = compute_progress([], catalog, rules)
    for id_number, person in people.items():
        if year is None:
            p, before = _progress(person, None, None, decided, catalog, rules, hours), None
        else:  # a year with nothing in it changes nothing: one computation, or none, will do
            years = person.years()
            p = (_progress(person, year, year, decided, catalog, rules, hours)
                 if any(y <= year for y in years) else empty)
            before = (p if year not in years else
                      _progress(person, year - 1, year, decided, catalog, rules, hours)
                      if any(y < year for y in years) else empty)
        studied = _did_study(person, lambda y: year is None or y <= year)
        active = _did_study(person, lambda y: year is None or y == year)
        rated: dict[str, tuple[str, str]] = {}
        for y, d in person.ratings:
            if year is None or y <= year:
                rated[str(d.get("submission"))] = (str(d.get("point")), str(d.get("level")))
        pending = sum(1 for s, (y, _) in person.submissions.items()
                      if s not in decided and (year is None or y <= year))
        choices = sorted(c for c in person.chosen if year is None or c[1] <= year)
        chosen = choices[-1][2] if choices else 0
        _, prof = people_of[person.teacher_ids[-1]]
        if prof["school"] not in places:
            d = district_of(prof["school"], targets)
            places[prof["school"]] = (d, township_of(prof["school"], d))
        district, township = places[prof["school"]]
        rows.append(TeacherRow(
            id_number, prof["name"], prof["school"], prof["stage"], prof["subject"],
            len({people_of[t][0] for t in person.teacher_ids}), p.online_hours,
            p.practice_hours, p.met, district, township, chosen,
            len({pt for pt, lv in rated.values() if lv in ACCEPTED_LEVELS}), pending,
            studied, active,
            p.online_hours - (before.online_hours if before else 0.0),
            p.practice_hours - (before.practice_hours if before else 0.0),
            p.met and not (before.met if before else False)))
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
