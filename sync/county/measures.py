"""The county dashboard's numbers for one year, per 区县 / 乡镇 / school / teacher, all added up
from teacher_rows (one way to compute hours), and set against the targets table.

A place is named by its key: (district,), (district, township), (district, township, school)
and, for a teacher, (district, township, school, 身份证号); "" stands for "not known" (a school
whose name matches no district, or names no 乡 / 镇 / 街道). `parent` is the key of the level
above (or any prefix of it), so the window can drill down."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from content.figures import hours_value, tenths
from content.targets import DistrictTarget
from sync.county import rosters
from sync.county.hub import EARLIEST_PLAUSIBLE_MS, Hub
from sync.county.rosters import Placed, YearLists
from sync.county.teacher_rows import TeacherRow, teacher_rows

EARLIEST_YEAR = time.gmtime(EARLIEST_PLAUSIBLE_MS // 1000).tm_year  # 2015

LEVELS = ("district", "township", "school", "teacher")


@dataclass(frozen=True)
class SummaryRow:
    """The county's measures for one place (or teacher) in one year: the one definition the
    dashboard, the PDF report and `songpei hub progress` print (docs/formats.md, County hub)."""

    level: str  # district | township | school | teacher, or county (the total)
    key: tuple[str, ...]
    name: str  # the district, township or school, or the teacher's name
    enrolled: int  # teachers known to the hub
    active: int  # 参训: of them, studied in the year
    online_hours: float  # gained in the year (capped as the laptops cap), summed from
    practice_hours: float  # each teacher's counted tenths (content.figures), as printed
    points_rated: int  # ability points rated 合格 or 优秀 (county decision, else school)
    met: int  # 结业: requirements met by the end of the year
    met_active: int  # of the active ones
    finished: int  # 结业 in the year: met by its end, not by the year before's
    evidence_pending: int  # submissions waiting for the county's decision
    teachers_total: int | None  # 专任教师总数 (district: the targets table; county: see total)
    target: int | None  # the year's target (district and county level)
    teacher: TeacherRow | None = None  # at teacher level
    qualified: int = 0  # 合格 (校本应用考核): enough points rated by the end of the year
    qualified_active: int = 0  # of the active ones
    tests_passed: int = 0  # teachers who passed at least one self-test
    face_to_face_hours: float = 0.0  # 集中培训 / 送教, gained in the year, like the others
    selected: int | None = None  # 选送: selected by the year's projects (None: no project)
    reported: int = 0  # 报到: of the selected, enrolled on a laptop
    exempt: int = 0  # 免训: excused for the year

    @property
    def participation_rate(self) -> float | None:
        """参训率: active ÷ 专任教师总数, the targets' count, at every level; None where the
        targets give no count for the place (never another denominator)."""
        return self.active / self.teachers_total if self.teachers_total else None

    @property
    def selection_rate(self) -> float | None:
        """选送率: selected ÷ (专任教师总数 − excused); None without a project in the year or
        without the targets' count for the place."""
        if self.selected is None or not self.teachers_total:
            return None
        base = self.teachers_total - self.exempt
        return self.selected / base if base > 0 else None

    @property
    def report_rate(self) -> float | None:
        """报到率: of the selected, how many have enrolled on a laptop."""
        return self.reported / self.selected if self.selected else None

    @property
    def pass_rate(self) -> float | None:
        """合格率: of those active in the year, how many passed the 校本应用考核."""
        return self.qualified_active / self.active if self.active else None

    @property
    def completion_rate(self) -> float | None:
        """结业率: of those active in the year, how many have met the requirements."""
        return self.met_active / self.active if self.active else None

    @property
    def target_rate(self) -> float | None:
        """The year's target reached: finished in the year ÷ the target."""
        return self.finished / self.target if self.target else None

    @property
    def behind(self) -> int | None:
        """How many more must finish this year to reach the target."""
        return max(self.target - self.finished, 0) if self.target is not None else None

    @property
    def total_hours(self) -> float:
        return hours_value(self.online_hours + self.face_to_face_hours + self.practice_hours)


def _sum(hours: Iterable[float]) -> float:
    """Counted hours added up in whole tenths, so a column's total is its rows' sum."""
    return sum(tenths(h) for h in hours) / 10


def key_of(row: TeacherRow, level: str) -> tuple[str, ...]:
    full = (row.district, row.township, row.school, row.id_number)
    return full[: LEVELS.index(level) + 1]


def matches(row: TeacherRow, search: str) -> bool:
    """A name, part of a name, the masked ID as shown (or part of it), or the whole ID."""
    s = search.strip()
    return not s or s in row.name or s in row.masked_id or s.upper() == row.id_number


def summary(
    hub: Hub,
    year: int,
    level: str,
    parent: tuple[str, ...] = (),
    search: str = "",
    rows: list[TeacherRow] | None = None,
) -> list[SummaryRow]:
    """Rows for `level` under `parent` in `year`. `search` keeps only the teachers it matches
    (and the places that hold them). Pass `rows` (teacher_rows for the same year) to avoid
    computing them again when drilling down. Level "county" gives one row, the total."""
    if rows is None:
        catalog, rules = hub.content()
        rows = teacher_rows(hub, catalog, rules, year)
    lists = rosters.year_lists(hub, year)
    return summarise(rows, hub.targets(), year, level, parent, search, lists)


def summarise(
    rows: Sequence[TeacherRow],
    targets: Sequence[DistrictTarget],
    year: int | None,
    level: str,
    parent: tuple[str, ...] = (),
    search: str = "",
    lists: YearLists | None = None,
) -> list[SummaryRow]:
    """summary() over rows already read and a targets table (the PDF and the benchmark);
    `lists`: the year's selected and excused teachers (sync.county.rosters.year_lists)."""
    if level == "county":
        return [_total(summarise(rows, targets, year, "district", (), search, lists))]
    if level not in LEVELS:
        raise ValueError(f"level: one of {LEVELS} or 'county', not {level!r}")
    parent = tuple(parent)
    chosen = (
        [r for r in rows if key_of(r, level)[: len(parent)] == parent and matches(r, search)]
        if parent or search.strip()
        else rows  # the whole county: nothing to leave out
    )
    groups: dict[tuple[str, ...], list[TeacherRow]] = defaultdict(list)
    for r in chosen:
        groups[key_of(r, level)].append(r)
    picked: dict[tuple[str, ...], list[Placed]] = defaultdict(list)
    excused: dict[tuple[str, ...], list[Placed]] = defaultdict(list)
    if lists is not None and level != "teacher":
        depth = LEVELS.index(level) + 1
        for found, people in ((picked, lists.selected or []), (excused, lists.exempt)):
            for p in people:
                if p.key[: len(parent)] == parent:
                    found[p.key[:depth]].append(p)
        if not search.strip():  # a place with selected teachers, none enrolled yet, is shown
            for key in picked:
                groups.setdefault(key, [])
    by_name = {t.district: t for t in targets}
    if level == "district" and not parent and not search.strip():
        for district in by_name:  # a district with no teacher yet is still behind
            groups.setdefault((district,), [])
    out = []
    for key, members in groups.items():
        t = by_name.get(key[0]) if level == "district" else None
        out.append(
            SummaryRow(
                level,
                key,
                members[0].name if level == "teacher" else key[-1],
                len(members),
                sum(r.active for r in members),
                _sum(r.year_online_hours for r in members),
                _sum(r.year_practice_hours for r in members),
                sum(r.points_rated for r in members),
                sum(r.met for r in members),
                sum(r.met and r.active for r in members),
                sum(r.met_in_year for r in members),
                sum(r.evidence_pending for r in members),
                t.teachers_total if t else None,
                t.targets.get(year) if t and year is not None else None,
                members[0] if level == "teacher" else None,
                qualified=sum(r.qualified for r in members),
                qualified_active=sum(r.qualified and r.active for r in members),
                tests_passed=sum(r.tests_passed > 0 for r in members),
                face_to_face_hours=_sum(r.year_face_to_face_hours for r in members),
                selected=(
                    len(picked[key]) if lists is not None and lists.selected is not None else None
                ),
                reported=sum(p.enrolled for p in picked[key]),
                exempt=len(excused[key]),
            )
        )
    order = {d: i for i, d in enumerate(by_name)}  # the targets table's order of districts
    # Districts in the targets table's order, then by name, "not known" last; teachers by name.
    return sorted(
        out,
        key=lambda s: (
            order.get(s.key[0], len(order)),
            tuple((k == "", k) for k in s.key[:3]),
            s.name,
            s.key,
        ),
    )


def _total(districts: list[SummaryRow]) -> SummaryRow:
    """The county: the districts added up. Its 专任教师总数 is the sum of the targets' counts,
    and only when every district holding a teacher (enrolled, selected or excused) has one:
    otherwise its teachers would be counted against a base that leaves them out, so the
    county's 参训率 and 选送率 are "not known" (None). Its target is the sum of theirs."""

    def add(name: str) -> int:
        return sum(getattr(d, name) for d in districts)

    targets = [d.target for d in districts if d.target is not None]
    counted = all(d.teachers_total for d in districts if d.enrolled or d.selected or d.exempt)
    selected = [d.selected for d in districts if d.selected is not None]
    return SummaryRow(
        "county",
        (),
        "",
        add("enrolled"),
        add("active"),
        _sum(d.online_hours for d in districts),
        _sum(d.practice_hours for d in districts),
        add("points_rated"),
        add("met"),
        add("met_active"),
        add("finished"),
        add("evidence_pending"),
        (sum(d.teachers_total or 0 for d in districts) or None) if counted else None,
        sum(targets) if targets else None,
        qualified=add("qualified"),
        qualified_active=add("qualified_active"),
        tests_passed=add("tests_passed"),
        face_to_face_hours=_sum(d.face_to_face_hours for d in districts),
        selected=sum(selected) if selected else None,
        reported=add("reported"),
        exempt=add("exempt"),
    )


def years(hub: Hub) -> list[int]:
    """The years the dashboard can be asked about: those with study in the hub (lesson sums),
    a target in the table or a project, in order. A year before any kit existed is a laptop's
    wrong clock (flagged at import), not a year to report on: its hours still count in every
    later year's totals."""
    found = {
        y
        for (y,) in hub.conn.execute(
            "SELECT DISTINCT year FROM lesson_year_sums WHERE year >= ?", (EARLIEST_YEAR,)
        )
    }
    found |= {y for t in hub.targets() for y in t.targets}
    found |= {y for (y,) in hub.conn.execute("SELECT DISTINCT year FROM projects")}
    return sorted(found)
