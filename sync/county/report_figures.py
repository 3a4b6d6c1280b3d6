"""What the county PDF report prints, taken whole from sync.county.measures's SummaryRow (the one
definition of 参训率, 合格率, 结业率, hours and "behind"): the county, each 区县, each school, and
the teachers who have not met the requirements by the end of the year, from the same rows.
Nothing here computes a measure; it only picks the rows and orders them for the page."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from content.targets import DistrictTarget
from sync.county.measures import SummaryRow, summarise
from sync.county.teacher_rows import TeacherRow


@dataclass(frozen=True)
class CountyFigures:
    year: int | None
    county: SummaryRow
    districts: list[SummaryRow]
    schools: list[SummaryRow]  # lowest 结业率 first within each district
    behind: list[TeacherRow]  # not met by the end of the year, by district, school and name


def covers_districts(names: Sequence[str]) -> bool:
    """Whether the figures cover a 市 (its units are 区 / 县) rather than one 县 (its units are
    乡镇 or schools): every output names its level by this one rule (全市 / 全县)."""
    return any(n.endswith(("区", "县")) for n in names if n)


def target_years(targets: Sequence[DistrictTarget]) -> list[int]:
    """The years the targets table sets targets for, earliest first."""
    return sorted({y for t in targets for y in t.targets})


def latest_year(targets: Sequence[DistrictTarget]) -> int | None:
    years = target_years(targets)
    return years[-1] if years else None


def county_figures(
    rows: Sequence[TeacherRow], targets: Sequence[DistrictTarget], year: int | None
) -> CountyFigures:
    """`rows`: teacher_rows for `year` (hours, 结业 and 合格 by its end, activity in it)."""
    (county,) = summarise(rows, targets, year, "county")
    districts = summarise(rows, targets, year, "district")
    order = {d.key: i for i, d in enumerate(districts)}
    schools = sorted(
        summarise(rows, targets, year, "school"),
        key=lambda s: (order.get(s.key[:1], len(order)), s.completion_rate or 0.0, s.name),
    )
    people = summarise(rows, targets, year, "teacher")  # in the districts' order, by school
    behind = [p.teacher for p in people if p.teacher is not None and not p.met]
    return CountyFigures(year, county, districts, schools, behind)
