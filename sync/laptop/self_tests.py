"""Quiz attempts in the journal: each finished attempt is ONE `quiz.attempt` event.

Attempts used are the count of those events for the teacher and lesson; there is no separate
counter to drift from the record. The payload keeps what is needed to show the attempt again
and to re-grade it (seed, drawn ids, answers with their times), and what the county reads
without the bank (fractions, score, passed):

    lesson, pack, pack_version, seed, items [question ids, as drawn],
    answers [{response, at_s} | null, per item], fractions [0..1 per item],
    score (out of 100), passed, pass_mark, started_mono_ms, finished_mono_ms, duration_s,
    time_limit_s, timed_out

Times are the monotonic clock (comparable within the event's boot_id), so a wrong wall clock
cannot stretch or shrink an attempt."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from content import quiz
from content.catalog import Lesson, Quiz
from content.errors import InvalidQuestion
from content.json_text import loads as json_loads
from content.pack import FILES, MAX_BANK
from content.questions import Question, bank_from_dict
from content.quiz import Answer, Result, attempts_left
from sync.base import library
from sync.base.errors import SongpeiError
from sync.base.events import COLUMNS, Event
from sync.base.events import QUIZ_ATTEMPT as EVENT
from sync.laptop.journal import Journal, Tx

if TYPE_CHECKING:
    from sync.laptop.laptop import Laptop


class QuizUnavailable(SongpeiError):
    """The lesson's question bank cannot be found or read (lesson=...,
    reason='not_a_quiz'|'not_installed'|'damaged')."""


class AttemptsExhausted(SongpeiError):
    """Every allowed attempt at this quiz has been used (lesson=..., limit=...)."""


@dataclass(frozen=True)
class LoadedQuiz:
    lesson: Lesson
    spec: Quiz
    pack_id: str
    pack_version: int
    bank: tuple[Question, ...]


@dataclass(frozen=True)
class Attempt:
    """One recorded attempt, read back from its event."""

    event_id: str
    seq: int
    wall_ms: int
    lesson: str
    pack: str
    pack_version: int
    seed: int
    items: tuple[str, ...]
    answers: tuple[Answer | None, ...]
    fractions: tuple[float, ...]
    score: float
    passed: bool
    duration_s: float
    timed_out: bool
    time_limit_s: float | None = None

    @classmethod
    def from_event(cls, ev: Event) -> Attempt:
        d = ev.data
        answers = tuple(
            None if a is None else Answer(a["response"], a["at_s"]) for a in d["answers"]
        )
        return cls(
            ev.id,
            ev.seq,
            ev.wall_ms,
            d["lesson"],
            d["pack"],
            d["pack_version"],
            d["seed"],
            tuple(d["items"]),
            answers,
            tuple(d["fractions"]),
            d["score"],
            d["passed"],
            d["duration_s"],
            d["timed_out"],
            d.get("time_limit_s"),
        )


def load_quiz(laptop: Laptop, lesson: Lesson) -> LoadedQuiz:
    """The lesson's quiz spec and bank, read from the installed pack its course came from."""
    if lesson.quiz is None:
        raise QuizUnavailable(lesson=lesson.id, reason="not_a_quiz")
    course = next(
        (c for c in laptop.catalog.courses if c.id == lesson.course_id and lesson in c.lessons),
        None,
    )
    pack = next(
        (
            p
            for p in library.installed(laptop.data_dir)
            if course is not None and p.id == course.pack
        ),
        None,
    )
    if pack is None:
        raise QuizUnavailable(lesson=lesson.id, reason="not_installed")
    path = library.library_dir(laptop.data_dir) / pack.folder / FILES / lesson.quiz.bank
    return LoadedQuiz(lesson, lesson.quiz, pack.id, pack.version, read_bank(path, lesson.id))


def read_bank(path: Path, lesson_id: str) -> tuple[Question, ...]:
    try:
        with open(path, "rb") as fh:
            return bank_from_dict(json_loads(fh.read(MAX_BANK + 1).decode("utf-8")))
    except (OSError, UnicodeDecodeError, ValueError, InvalidQuestion):
        # checked at install; failing now means the file changed on disk since
        raise QuizUnavailable(lesson=lesson_id, reason="damaged") from None


def _jsonable(response: object) -> object:
    """Responses as JSON: sets (multiple choice) become sorted lists, tuples lists."""
    if isinstance(response, (set, frozenset)):
        return sorted(response)
    if isinstance(response, (list, tuple)):
        return [_jsonable(x) for x in response]
    return response


def make_payload(
    quiz: LoadedQuiz,
    seed: int,
    items: Sequence[Question],
    answers: Mapping[str, Answer],
    result: Result,
    started_mono_ms: int,
    finished_mono_ms: int,
) -> dict:
    return {
        "lesson": quiz.lesson.id,
        "pack": quiz.pack_id,
        "pack_version": quiz.pack_version,
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
        "passed": result.passed,
        "pass_mark": quiz.spec.pass_mark,
        "started_mono_ms": started_mono_ms,
        "finished_mono_ms": finished_mono_ms,
        "duration_s": round((finished_mono_ms - started_mono_ms) / 1000, 3),
        "time_limit_s": quiz.spec.time_limit_s,
        "timed_out": result.timed_out,
    }


def _events(conn, teacher_id: str, lesson_id: str) -> list[Event]:
    rows = conn.execute(
        f"SELECT {COLUMNS} FROM events WHERE teacher_id = ? AND type = ? ORDER BY seq",
        (teacher_id, EVENT),
    )
    return [ev for ev in (Event(*r) for r in rows) if ev.data.get("lesson") == lesson_id]


def attempts(journal: Journal, teacher_id: str, lesson_id: str) -> list[Attempt]:
    """The teacher's recorded attempts at a quiz lesson, oldest first."""
    with journal.reader() as conn:
        return [Attempt.from_event(ev) for ev in _events(conn, teacher_id, lesson_id)]


def attempts_used(journal: Journal, teacher_id: str, lesson_id: str) -> int:
    with journal.reader() as conn:
        return len(_events(conn, teacher_id, lesson_id))


def record(
    journal: Journal, teacher_id: str, payload: dict, limit: int | None, attempt_id: str
) -> Event:
    """Write the attempt once. The limit is checked in the same transaction as the write, so
    two windows cannot both use the last attempt; `attempt_id` (chosen when the attempt began)
    is the event id, so submitting the same attempt again returns the event already written."""

    def write(tx: Tx) -> Event:
        existing = _events(tx.conn, teacher_id, payload["lesson"])
        for ev in existing:
            if ev.id == attempt_id:
                return ev
        if attempts_left(limit, len(existing)) == 0:
            raise AttemptsExhausted(lesson=payload["lesson"], limit=limit)
        return tx.append(teacher_id, EVENT, payload, event_id=attempt_id)

    return journal.transact(write)


def attempt_grid(attempt: Attempt, bank: Sequence[Question]) -> dict[quiz.Cell, quiz.CellResult]:
    """A recorded attempt on the 1.0 diagnostic grid, from its stored answers. Questions a
    newer version of the pack no longer holds are left out."""
    by_id = {q.id: q for q in bank}
    items = [by_id[i] for i in attempt.items if i in by_id]
    answers = {i: a for i, a in zip(attempt.items, attempt.answers, strict=True) if a is not None}
    return quiz.diagnose(items, answers, attempt.time_limit_s)


def compare_attempts(
    pre: Attempt, post: Attempt, bank: Sequence[Question]
) -> dict[quiz.Cell, quiz.CellChange]:
    """Pre-test against post-test, cell by cell (both graded against the same bank)."""
    return quiz.compare(attempt_grid(pre, bank), attempt_grid(post, bank))
