"""The county's annual projects and rosters at the hub (migration 0013): the school roster that
places each school in its 区县 and 乡镇, the projects of a year (承训单位, dates, kind), the
teachers each project selected (选送) and those excused for a year (免训).

Every import replaces its list whole in one transaction, so importing the same file again
changes nothing and a refused file (sync.county.roster_files) leaves the hub as it was. People
are kept by the pseudonym of their 身份证号, as `identities` keeps them, so a selected teacher
who has enrolled on a laptop is found by an index."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable
from dataclasses import dataclass

from content.targets import district_of, simplified, township_of
from sync.base import idcard
from sync.base.errors import SongpeiError
from sync.base.rows import named
from sync.county.hub import Hub, _tx
from sync.county.import_tables import person_name, pseudonym_key
from sync.county.roster_files import School, Selected

MAX_TEXT = 200
EARLIEST_YEAR, LATEST_YEAR = 2000, 2100
# The kinds of project the programme runs (提升工程 2.0's words), kept as these codes.
KINDS = ("online", "face-to-face", "school-based", "mixed")


class ProjectRefused(SongpeiError):
    """A project, selection or exemption the hub will not record (reason='empty'|'too-long'|
    'bad-year'|'bad-date'|'dates-order'|'bad-kind'|'duplicate'|'unknown-project', field=...,
    value=...); nothing was written."""


@dataclass(frozen=True)
class Project:
    id: int
    year: int
    name: str
    provider: str  # 承训单位
    starts: str  # ISO dates
    ends: str
    kind: str  # one of KINDS
    selected: int = 0
    reported: int = 0  # of the selected, enrolled on a laptop (报到)


@dataclass(frozen=True)
class Placed:
    """A selected or excused teacher, placed at (区县, 乡镇, 学校) as the teachers' rows are."""

    key: tuple[str, str, str]
    enrolled: bool = False


@dataclass(frozen=True)
class YearLists:
    """Who the year's projects selected (None: no project that year) and who is excused."""

    selected: list[Placed] | None
    exempt: list[Placed]


class Places:
    """Where a school lies: the roster's 区县 and 乡镇 where it lists the school, else guessed
    from the name against the targets' districts (content.targets), as before any roster."""

    def __init__(self, roster: Iterable[School], districts: list[str]) -> None:
        self.listed = {simplified(s.name): s for s in roster}
        self.districts = districts
        self._guessed: dict[str, tuple[str, str]] = {}

    def of(self, school: str) -> tuple[str, str]:
        found = self.listed.get(simplified(school))
        if found is not None:
            return found.district, found.township
        if school not in self._guessed:
            district = district_of(school, self.districts)
            self._guessed[school] = (district, township_of(school, district))
        return self._guessed[school]

    def unlisted(self, schools: Iterable[str]) -> list[str]:
        """The schools among `schools` the roster does not list, each once, in order."""
        return sorted({s for s in schools if simplified(s) not in self.listed})


def _text(value: str, field: str, required: bool = True) -> str:
    value = " ".join(value.split())
    if required and not value:
        raise ProjectRefused(reason="empty", field=field, value="")
    if len(value) > MAX_TEXT:
        raise ProjectRefused(reason="too-long", field=field, value=value[:40])
    return value


# --- the school roster -----------------------------------------------------------------------
def set_roster(hub: Hub, schools: list[School]) -> None:
    """Replace the roster whole (a new list from the county supersedes the old)."""
    with _tx(hub.conn):
        hub.conn.execute("DELETE FROM schools")
        hub.conn.executemany(
            "INSERT INTO schools VALUES (?,?,?,?,?)",
            [(s.code, s.name, s.district, s.township, s.stage) for s in schools],
        )


def roster(hub: Hub) -> list[School]:
    return [
        School(r["code"], r["name"], r["district"], r["township"], r["stage"])
        for r in named(hub.conn, "SELECT * FROM schools ORDER BY district, township, name")
    ]


def places(hub: Hub) -> Places:
    return Places(roster(hub), [t.district for t in hub.targets()])


# --- projects --------------------------------------------------------------------------------
def _date(value: str, field: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise ProjectRefused(reason="bad-date", field=field, value=value) from None


def add_project(
    hub: Hub, year: int, name: str, provider: str, starts: str, ends: str, kind: str
) -> Project:
    """Record a project of `year`; a project's name is unique within its year."""
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise ProjectRefused(reason="bad-year", field="year", value=str(year))
    name, provider = _text(name, "name"), _text(provider, "provider")
    first, last = _date(starts, "starts"), _date(ends, "ends")
    if last < first:
        raise ProjectRefused(reason="dates-order", field="ends", value=ends)
    if kind not in KINDS:
        raise ProjectRefused(reason="bad-kind", field="kind", value=kind)
    with _tx(hub.conn):
        if hub.conn.execute(
            "SELECT 1 FROM projects WHERE year=? AND name=?", (year, name)
        ).fetchone():
            raise ProjectRefused(reason="duplicate", field="name", value=name)
        cur = hub.conn.execute(
            "INSERT INTO projects (year, name, provider, starts, ends, kind) VALUES (?,?,?,?,?,?)",
            (year, name, provider, first.isoformat(), last.isoformat(), kind),
        )
    return project(hub, int(cur.lastrowid or 0))


def _project(r) -> Project:
    return Project(
        r["id"],
        r["year"],
        r["name"],
        r["provider"],
        r["starts"],
        r["ends"],
        r["kind"],
        r["selected"],
        r["reported"],
    )


def projects(hub: Hub, year: int | None = None) -> list[Project]:
    where, args = ("WHERE p.year = ?", (year,)) if year is not None else ("", ())
    return [
        _project(r)
        for r in named(
            hub.conn,
            "SELECT p.*, count(DISTINCT s.person) AS selected, count(DISTINCT i.person) AS "
            "reported FROM projects p LEFT JOIN selections s ON s.project_id = p.id "
            f"LEFT JOIN identities i ON i.person = s.person {where} "
            "GROUP BY p.id ORDER BY p.year, p.id",
            args,
        )
    ]


def project(hub: Hub, project_id: int) -> Project:
    found = [p for p in projects(hub) if p.id == project_id]
    if not found:
        raise ProjectRefused(reason="unknown-project", field="project", value=str(project_id))
    return found[0]


# --- who is selected, who is excused ---------------------------------------------------------
def set_selection(hub: Hub, project_id: int, people: list[Selected]) -> int:
    """Replace the project's selected teachers whole; returns how many are selected."""
    project(hub, project_id)
    key = pseudonym_key(hub.conn)
    with _tx(hub.conn):
        hub.conn.execute("DELETE FROM selections WHERE project_id=?", (project_id,))
        hub.conn.executemany(
            "INSERT INTO selections VALUES (?,?,?,?,?)",
            [
                (
                    project_id,
                    person_name(key, p.id_number),
                    p.name,
                    idcard.mask(p.id_number),
                    p.school,
                )
                for p in people
            ],
        )
    return len(people)


def exempt(hub: Hub, id_number: str, year: int, school: str, reason: str) -> None:
    """Excuse a teacher for `year` (免训: retiring, long leave …); again, with a new reason,
    replaces the old one. The school places them, as the teachers' rows are placed."""
    number = idcard.normalise(id_number)
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise ProjectRefused(reason="bad-year", field="year", value=str(year))
    school, reason = _text(school, "school"), _text(reason, "reason")
    person = person_name(pseudonym_key(hub.conn), number)
    with _tx(hub.conn):
        hub.conn.execute(
            "INSERT INTO exemptions VALUES (?,?,?,?,?,?) ON CONFLICT (person, year) DO UPDATE "
            "SET school=excluded.school, reason=excluded.reason, decided_ms=excluded.decided_ms",
            (person, year, idcard.mask(number), school, reason, time.time_ns() // 1_000_000),
        )


def year_lists(hub: Hub, year: int, where: Places | None = None) -> YearLists:
    """The year's selected teachers (each once, whatever projects chose them) and those
    excused, placed as the dashboard places teachers."""
    where = where or places(hub)

    def placed(school: str, enrolled: bool = False) -> Placed:
        return Placed((*where.of(school), school), enrolled)

    has_project = hub.conn.execute("SELECT 1 FROM projects WHERE year=?", (year,)).fetchone()
    selected = None
    if has_project:
        selected = [
            placed(school, bool(enrolled))
            for school, enrolled in hub.conn.execute(
                "SELECT min(s.school), EXISTS (SELECT 1 FROM identities i WHERE i.person = "
                "s.person) FROM selections s JOIN projects p ON p.id = s.project_id "
                "WHERE p.year = ? GROUP BY s.person",
                (year,),
            )
        ]
    exempt_people = [
        placed(school)
        for (school,) in hub.conn.execute("SELECT school FROM exemptions WHERE year=?", (year,))
    ]
    return YearLists(selected, exempt_people)
