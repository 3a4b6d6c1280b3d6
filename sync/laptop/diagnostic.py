"""The 1.0 diagnostic test (诊断测评) in the journal: each finished attempt is ONE
`diagnostic.attempt` event.

The first attempt a teacher hands in is her pre-test (前测); every later one is a post-test
(后测), compared cell by cell with the pre-test. Which one an attempt is, is decided in the
transaction that writes it, so two windows cannot both write a pre-test. The payload keeps
what a quiz attempt keeps (seed, drawn ids, answers with their times, fractions, score) and the
grid itself, each cell as [earned, possible] marks, so the comparison and the county read it
without the bank (a newer pack may have changed the bank):

    pack, pack_version, phase ("pre" | "post"), seed, items, answers, fractions, score,
    grid {"<dimension>/<level>": [earned, possible]}, started_mono_ms, finished_mono_ms,
    duration_s, time_limit_s, timed_out"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from content import quiz
from content.catalog import Catalog, Diagnostic, Lesson
from content.pack import FILES
from content.questions import Question
from content.quiz import Answer, Cell, CellResult, Result
from sync.base import library
from sync.base.errors import SongpeiError
from sync.base.events import COLUMNS, Event
from sync.base.events import DIAGNOSTIC_ATTEMPT as EVENT
from sync.laptop.journal import Journal, Tx
from sync.laptop.self_tests import QuizUnavailable, _jsonable, read_bank

if TYPE_CHECKING:
    from sync.laptop.laptop import Laptop

PRE, POST = "pre", "post"


class DiagnosticUnavailable(SongpeiError):
    """No installed pack has a diagnostic test, or its bank cannot be read
    (reason='none_installed'|'damaged')."""


@dataclass(frozen=True)
class LoadedDiagnostic:
    spec: Diagnostic
    pack_id: str
    pack_version: int
    bank: tuple[Question, ...]


@dataclass(frozen=True)
class DiagnosticAttempt:
    """One recorded attempt, read back from its event."""

    event_id: str
    wall_ms: int
    phase: str
    pack: str
    items: tuple[str, ...]
    score: float
    grid: dict[Cell, CellResult]

    @classmethod
    def from_event(cls, ev: Event) -> DiagnosticAttempt:
        d = ev.data
        return cls(
            ev.id,
            ev.wall_ms,
            d["phase"],
            d["pack"],
            tuple(d["items"]),
            d["score"],
            grid_from_payload(d["grid"]),
        )


def cell_key(cell: Cell) -> str:
    return f"{cell[0]}/{cell[1]}"


def grid_from_payload(stored: Mapping[str, Sequence[float]]) -> dict[Cell, CellResult]:
    out = {}
    for cell in quiz.CELLS:
        earned, possible = stored.get(cell_key(cell), (0.0, 0.0))
        out[cell] = CellResult(float(earned), float(possible), ())
    return out


def load(laptop: Laptop) -> LoadedDiagnostic:
    """The diagnostic of the latest installed pack that has one."""
    for pack in reversed(library.installed(laptop.data_dir)):
        manifest = library.installed_manifest(laptop.data_dir, pack)
        if manifest.diagnostic is None:
            continue
        path = library.library_dir(laptop.data_dir) / pack.folder / FILES / manifest.diagnostic.bank
        try:
            bank = read_bank(path, "diagnostic")
        except QuizUnavailable:
            raise DiagnosticUnavailable(reason="damaged", path=str(path)) from None
        return LoadedDiagnostic(manifest.diagnostic, pack.id, pack.version, bank)
    raise DiagnosticUnavailable(reason="none_installed")


def make_payload(
    diag: LoadedDiagnostic,
    seed: int,
    items: Sequence[Question],
    answers: Mapping[str, Answer],
    result: Result,
    started_mono_ms: int,
    finished_mono_ms: int,
) -> dict:
    grid = quiz.diagnose(items, answers, diag.spec.time_limit_s)
    return {
        "pack": diag.pack_id,
        "pack_version": diag.pack_version,
        "seed": seed,
        "items": [q.id for q in items],
        "answers": [
            None
            if (a := answers.get(q.id)) is None or a.response is None
            else {"response": _jsonable(a.response), "at_s": round(a.at_s, 3)}
            for q in items
        ],
        "fractions": [i.fraction for i in result.items],
        "score": result.score,
        "grid": {cell_key(c): [r.earned, r.possible] for c, r in grid.items() if r.possible},
        "started_mono_ms": started_mono_ms,
        "finished_mono_ms": finished_mono_ms,
        "duration_s": round((finished_mono_ms - started_mono_ms) / 1000, 3),
        "time_limit_s": diag.spec.time_limit_s,
        "timed_out": result.timed_out,
    }


def _events(conn, teacher_id: str) -> list[Event]:
    rows = conn.execute(
        f"SELECT {COLUMNS} FROM events WHERE teacher_id = ? AND type = ? ORDER BY seq",
        (teacher_id, EVENT),
    )
    return [Event(*r) for r in rows]


def attempts(journal: Journal, teacher_id: str) -> list[DiagnosticAttempt]:
    """The teacher's diagnostic attempts, oldest (the pre-test) first."""
    with journal.reader() as conn:
        return [DiagnosticAttempt.from_event(ev) for ev in _events(conn, teacher_id)]


def record(journal: Journal, teacher_id: str, payload: dict, attempt_id: str) -> Event:
    """Write the attempt once (`attempt_id`, chosen when it began, is the event id: handing
    the same attempt in again returns the event already written), as the pre-test when the
    teacher has none yet, else as a post-test."""

    def write(tx: Tx) -> Event:
        existing = _events(tx.conn, teacher_id)
        for ev in existing:
            if ev.id == attempt_id:
                return ev
        phase = POST if existing else PRE
        return tx.append(teacher_id, EVENT, payload | {"phase": phase}, event_id=attempt_id)

    return journal.transact(write)


@dataclass(frozen=True)
class Report:
    """What the teacher sees: the latest grid, the change since the pre-test (post-tests
    only) and the lessons recommended for the weak cells."""

    latest: DiagnosticAttempt
    pre: DiagnosticAttempt
    changes: dict[Cell, quiz.CellChange] | None
    lessons: list[Lesson]


def report(
    journal: Journal, teacher_id: str, bank: Sequence[Question], catalog: Catalog
) -> Report | None:
    done = attempts(journal, teacher_id)
    if not done:
        return None
    pre, latest = done[0], done[-1]
    changes = quiz.compare(pre.grid, latest.grid) if latest is not pre else None
    # Which question sat in which cell comes from the bank, for the recommendations.
    by_id = {q.id: q for q in bank}
    asked = [by_id[i] for i in latest.items if i in by_id]
    located = quiz.diagnose(asked, {})
    grid = {
        c: CellResult(latest.grid[c].earned, latest.grid[c].possible, located[c].question_ids)
        for c in quiz.CELLS
    }
    return Report(latest, pre, changes, quiz.recommend(grid, asked, catalog))
