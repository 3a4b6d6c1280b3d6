"""Pure quiz logic: drawing an attempt's questions, grading it, attempt limits, time limits and
the 1.0 diagnostic grid. No clock, no journal, no Qt: callers pass times and past attempts in.

Drawing: with a seed, the same bank and the same count always give the same questions in the
same order, so an attempt recorded with its seed can be shown again exactly as it was asked.

Time limit: every answer carries the second (since the attempt started) it was last changed.
An answer last changed after the deadline is not counted: grading treats it as unanswered. The
dialog stops taking answers at the deadline and submits, so this only matters when the laptop
stalled or slept through the deadline; the rule keeps the record honest either way."""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .catalog import Catalog, Lesson
from .questions import CASE, DIMENSIONS, LEVELS, TRUEFALSE, Question
from .scoring import part_responses, score

PASS_MARK = 60.0
RED, YELLOW, GREEN, UNTESTED = "red", "yellow", "green", "untested"
YELLOW_FROM, GREEN_FROM = 60.0, 80.0  # percent: 不合格 below 60, 合格 to 80, 优秀 from 80


# --- drawing ----------------------------------------------------------------------------------


def draw(bank: Sequence[Question], count: int | None, seed: int) -> tuple[Question, ...]:
    """`count` questions of `bank` (all when None or more than the bank holds).

    When the bank has categories (tags.category), each category is a section and the count is
    shared between sections in proportion to their size (largest remainders first), so a short
    attempt still covers every part of the course; questions keep their sections in bank order
    and are shuffled within each. Without categories the draw is from the whole bank. A question
    the bank holds twice (see `distinct`) is drawn at most once."""
    rng = random.Random(seed)
    bank = distinct(bank)
    n = len(bank) if count is None else max(0, min(count, len(bank)))
    sections: dict[tuple[str, ...], list[Question]] = {}
    for q in bank:
        sections.setdefault(q.tags.category, []).append(q)
    shares = _shares([len(s) for s in sections.values()], n)
    drawn: list[Question] = []
    for questions, share in zip(sections.values(), shares, strict=True):
        drawn.extend(rng.sample(questions, share))  # a sample comes shuffled
    return tuple(drawn)


def distinct(bank: Sequence[Question]) -> tuple[Question, ...]:
    """The bank with each question once: a later one with the id or the wording (type, text and
    what is answered) of an earlier one is the same question asked again (an author pasted it into two
    sections, or two files merged) and would show one attempt the same question twice."""
    seen: set[object] = set()
    kept: list[Question] = []
    for q in bank:
        wording = (
            q.type,
            " ".join(q.text.text.split()),
            repr((q.choices, q.answers, q.items, q.pairs, q.distractors, q.parts)),
        )
        if q.id in seen or wording in seen:
            continue
        seen.update((q.id, wording))
        kept.append(q)
    return tuple(kept)


def _shares(sizes: list[int], n: int) -> list[int]:
    total = sum(sizes)
    if total == 0:
        return [0] * len(sizes)
    exact = [s * n / total for s in sizes]
    shares = [int(x) for x in exact]
    # the largest remainders get the seats left; ties go to the earlier (larger) section
    order = sorted(range(len(sizes)), key=lambda i: (-(exact[i] - shares[i]), -sizes[i], i))
    for i in order[: n - sum(shares)]:
        shares[i] += 1
    return shares


def option_order(question: Question, seed: int) -> list[int]:
    """The order a choice question's options are shown in: shuffled when the question allows
    it, the same for the same seed. Responses keep the bank's indices, so the order shown never
    reaches grading."""
    order = list(range(len(question.choices)))
    if question.shuffle and question.type != TRUEFALSE:
        random.Random(f"{seed}:{question.id}").shuffle(order)
    return order


def matching_answers(question: Question, seed: int) -> list[str]:
    """The answers a matching question offers each prompt (each once, distractors included),
    shuffled like options when the question allows it."""
    answers = list(dict.fromkeys([p.answer for p in question.pairs] + list(question.distractors)))
    if question.shuffle:
        random.Random(f"{seed}:{question.id}").shuffle(answers)
    return answers


def start_order(question: Question, seed: int) -> list[int]:
    """An ordering question's items as first shown: shuffled, never already right."""
    n = len(question.items)
    order = list(range(n))
    rng = random.Random(f"{seed}:{question.id}")
    while order == list(range(n)) and n > 1:
        rng.shuffle(order)
    return order


# --- grading ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Answer:
    response: object  # the shape content.scoring expects for the question's type
    at_s: float = 0.0  # seconds since the attempt started, when it was last changed


@dataclass(frozen=True)
class ItemResult:
    question_id: str
    fraction: float  # 0..1 of the question's mark
    mark: float  # the question's default mark (its weight)
    counted: bool  # False: unanswered, or answered after the deadline

    @property
    def right(self) -> bool:
        return self.fraction >= 1.0


@dataclass(frozen=True)
class Result:
    items: tuple[ItemResult, ...]
    score: float  # out of 100, rounded to 2 decimals
    passed: bool
    timed_out: bool


def in_time(answer: Answer | None, time_limit_s: float | None) -> bool:
    return answer is not None and (time_limit_s is None or answer.at_s <= time_limit_s)


def grade(
    questions: Sequence[Question],
    answers: Mapping[str, Answer],
    pass_mark: float = PASS_MARK,
    time_limit_s: float | None = None,
    finished_s: float | None = None,
) -> Result:
    """Each question's fraction (content.scoring) weighted by its default mark (a case by its
    own mark, its parts sharing it by theirs), as a score out of 100."""
    items = []
    for q in questions:
        a = answers.get(q.id)
        counted = in_time(a, time_limit_s) and a.response is not None  # type: ignore[union-attr]
        fraction = score(q, a.response) if counted else 0.0  # type: ignore[union-attr]
        items.append(ItemResult(q.id, fraction, q.default_mark, bool(counted)))
    total = sum(i.mark for i in items)
    earned = sum(i.fraction * i.mark for i in items)
    pct = round(100.0 * earned / total, 2) if total else 0.0
    timed_out = time_limit_s is not None and finished_s is not None and finished_s > time_limit_s
    return Result(tuple(items), pct, pct >= pass_mark - 1e-9, timed_out)


# --- attempt limits ---------------------------------------------------------------------------


def attempts_left(limit: int | None, used: int) -> int | None:
    """None: unlimited. Attempts used are counted from the journal's events, never stored."""
    return None if limit is None else max(0, limit - used)


def may_start(limit: int | None, used: int) -> bool:
    left = attempts_left(limit, used)
    return left is None or left > 0


# --- the 1.0 diagnostic grid ------------------------------------------------------------------

Cell = tuple[str, str]  # (dimension code, level)
CELLS: tuple[Cell, ...] = tuple((d, lv) for lv in LEVELS for d in DIMENSIONS)


@dataclass(frozen=True)
class CellResult:
    earned: float
    possible: float
    question_ids: tuple[str, ...]

    @property
    def percent(self) -> float | None:
        return None if not self.possible else round(100.0 * self.earned / self.possible, 2)

    @property
    def colour(self) -> str:
        return colour(self.percent)


def colour(percent: float | None) -> str:
    if percent is None:
        return UNTESTED
    if percent >= GREEN_FROM:
        return GREEN
    return YELLOW if percent >= YELLOW_FROM else RED


def _tagged_pieces(q: Question, response: object) -> Iterable[tuple[Question, float, float]]:
    """(the question carrying the tags, marks possible, marks earned). A case's parts may sit in
    other cells than the scenario, so each part counts in its own cell with its share of the
    case's mark; an untagged part falls back to the case's tags."""
    if q.type != CASE:
        yield q, q.default_mark, (0.0 if response is None else score(q, response)) * q.default_mark
        return
    parts_total = sum(p.default_mark for p in q.parts)
    for p, r in zip(q.parts, part_responses(q, response), strict=True):
        weight = q.default_mark * p.default_mark / parts_total
        carrier = p if p.tags.dimension and p.tags.level else q
        yield carrier, weight, (0.0 if r is None else score(p, r)) * weight


def diagnose(
    questions: Sequence[Question], answers: Mapping[str, Answer], time_limit_s: float | None = None
) -> dict[Cell, CellResult]:
    """The 5 × 2 grid (dimension × level) of a diagnostic attempt. Questions without both tags
    count toward the score but not the grid; a cell no question tested is UNTESTED."""
    acc: dict[Cell, list] = {c: [0.0, 0.0, []] for c in CELLS}
    for q in questions:
        a = answers.get(q.id)
        response = a.response if in_time(a, time_limit_s) else None  # type: ignore[union-attr]
        for carrier, possible, earned in _tagged_pieces(q, response):
            cell = (carrier.tags.dimension, carrier.tags.level)
            if cell in acc:
                acc[cell][0] += earned
                acc[cell][1] += possible
                if q.id not in acc[cell][2]:
                    acc[cell][2].append(q.id)
    return {c: CellResult(round(e, 6), round(p, 6), tuple(ids)) for c, (e, p, ids) in acc.items()}


def weak_cells(grid: Mapping[Cell, CellResult]) -> list[Cell]:
    """Cells below 优秀 that were tested, weakest first (red before yellow)."""
    weak = [c for c in CELLS if grid[c].colour in (RED, YELLOW)]
    return sorted(weak, key=lambda c: grid[c].percent)  # type: ignore[arg-type, return-value]


def recommend(
    grid: Mapping[Cell, CellResult], questions: Sequence[Question], catalog: Catalog
) -> list[Lesson]:
    """Lessons for the weak cells, weakest cell first, each lesson once. A lesson matches a cell
    when its course's ability point, its course id or its own id is named by a question tested
    in that cell (tags.ability_point, or a label: banks may label items with a lesson or course
    id, or a 1.0 topic such as T15 when a pack's lessons use those ids)."""
    by_id = {q.id: q for q in questions}
    out: list[Lesson] = []
    for cell in weak_cells(grid):
        names: set[str] = set()
        for qid in grid[cell].question_ids:
            q = by_id[qid]
            for carrier in (q, *q.parts):
                if (carrier.tags.dimension, carrier.tags.level) in (cell, (None, None)):
                    names.update(filter(None, (carrier.tags.ability_point,)))
                    names.update(carrier.tags.labels)
        for course in catalog.courses:
            course_hit = course.id in names or (course.ability_point in names)
            for lesson in course.lessons:
                if (course_hit or lesson.id in names) and lesson not in out:
                    out.append(lesson)
    return out


@dataclass(frozen=True)
class CellChange:
    before: float | None
    after: float | None
    before_colour: str
    after_colour: str

    @property
    def change(self) -> float | None:
        """Percentage points gained (negative: lost); None when either test left it untested."""
        if self.before is None or self.after is None:
            return None
        return round(self.after - self.before, 2)


def compare(
    pre: Mapping[Cell, CellResult], post: Mapping[Cell, CellResult]
) -> dict[Cell, CellChange]:
    """The post-test against the pre-test, cell by cell."""
    return {
        c: CellChange(pre[c].percent, post[c].percent, pre[c].colour, post[c].colour) for c in CELLS
    }
