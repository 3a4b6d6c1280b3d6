"""The county report's figures, per 区县 and per school, from the per-teacher rows.

参训率 = teachers taking part / 专任教师总数 (from the targets table);
合格率 = teachers who passed at least one self-test / teachers taking part;
结业率 = teachers who met the programme's hours / teachers taking part;
behind = that year's target − teachers who met it (never below 0).
Hours are summed from each teacher's hours as the exports print them (one decimal), so a
total in the PDF equals the sum of the column in the spreadsheet, to the digit."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from content.targets import DistrictTarget, district_of

from .export_template import hours_cell
from .hub_report import TeacherRow


def _rate(part: int, whole: int | None) -> float | None:
    return part / whole if whole else None


@dataclass(frozen=True)
class Figures:
    """One district, one school, or the whole county ("" names: not matched / the total)."""

    name: str
    district: str
    teachers_total: int | None  # 专任教师总数 (districts and the county only)
    target: int | None  # teachers to finish in the year asked for
    enrolled: int
    qualified: int
    met: int
    online_hours: float
    practice_hours: float

    @property
    def total_hours(self) -> float:
        return round(self.online_hours + self.practice_hours, 1)

    @property
    def participation(self) -> float | None:
        return _rate(self.enrolled, self.teachers_total)

    @property
    def pass_rate(self) -> float | None:
        return _rate(self.qualified, self.enrolled)

    @property
    def completion(self) -> float | None:
        return _rate(self.met, self.enrolled)

    @property
    def behind(self) -> int | None:
        return None if self.target is None else max(self.target - self.met, 0)


@dataclass(frozen=True)
class CountyFigures:
    year: int | None
    county: Figures
    districts: list[Figures]
    schools: list[Figures]
    behind: list[TeacherRow]  # teachers who have not met the hours, by school and name
    district_of: dict[str, str]  # id_number → district ("" when no name matched)


def _sum(name: str, district: str, rows: Sequence[TeacherRow], total: int | None,
         target: int | None) -> Figures:
    return Figures(name, district, total, target, len(rows),
                   sum(1 for r in rows if r.tests_passed > 0), sum(1 for r in rows if r.met),
                   round(sum(hours_cell(r.online_hours) for r in rows), 1),
                   round(sum(hours_cell(r.practice_hours) for r in rows), 1))


def latest_year(targets: Sequence[DistrictTarget]) -> int | None:
    years = {y for t in targets for y in t.targets}
    return max(years) if years else None


def county_figures(rows: Sequence[TeacherRow], targets: Sequence[DistrictTarget],
                   year: int | None) -> CountyFigures:
    names = [t.district for t in targets]
    of = {r.id_number: district_of(r.school, names) for r in rows}
    by_district: dict[str, list[TeacherRow]] = defaultdict(list)
    by_school: dict[tuple[str, str], list[TeacherRow]] = defaultdict(list)
    for r in rows:
        by_district[of[r.id_number]].append(r)
        by_school[(of[r.id_number], r.school)].append(r)
    districts = [_sum(t.district, t.district, by_district[t.district], t.teachers_total,
                      t.targets.get(year) if year is not None else None) for t in targets]
    if by_district.get(""):
        districts.append(_sum("", "", by_district[""], None, None))
    order = {d: i for i, d in enumerate(names + [""])}
    schools = sorted((_sum(school, d, members, None, None)
                      for (d, school), members in by_school.items()),
                     key=lambda f: (order[f.district], f.completion or 0.0, f.name))
    totals = [t.teachers_total for t in targets]
    goals = [t.targets.get(year) for t in targets] if year is not None else []
    county = _sum("", "", list(rows), sum(totals) if totals else None,
                  sum(g for g in goals if g is not None) if any(g is not None for g in goals)
                  else None)
    behind = sorted((r for r in rows if not r.met), key=lambda r: (r.school, r.name, r.id_number))
    return CountyFigures(year, county, districts, schools, behind, of)
