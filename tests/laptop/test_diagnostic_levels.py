"""The demo pack's diagnostic test can place a teacher at every level in every cell: with three
one-mark items a cell reads 未掌握 (0 or 1 right), 基本掌握 (2 right: 67 %) or 熟练 (3 right),
where two items allowed only 0, 50 or 100 % and 基本掌握 (60 to 80 %) never came. Attempts
are answered and recorded on a real journal and read back from it."""

from __future__ import annotations

import uuid
from collections import defaultdict

import pytest

from content import quiz
from content.demo_key import demo_publisher
from content.questions import Question
from content.quiz import GREEN, RED, YELLOW, Answer
from sync.laptop import diagnostic
from sync.laptop.laptop import DEMO_MARKER
from tests.support.questions import right_response
from tests.support.quiz import enrol

SEED = 7
# right answers per cell in each attempt → the level every cell then shows
ATTEMPTS = ((0, RED), (1, RED), (2, YELLOW), (3, GREEN))


@pytest.fixture
def demo(laptop, demo_pack):
    (laptop.data_dir / DEMO_MARKER).touch()  # the demo key signs packs for demo profiles only
    laptop.add_trust(demo_publisher(), demo_only=True)
    laptop.install_pack(demo_pack)
    return laptop, enrol(laptop)


def wrong_response(q: Question) -> object:
    """A response that earns nothing (the diagnostic bank asks single and true/false items)."""
    if q.type == "single":
        return min(range(len(q.choices)), key=lambda i: q.choices[i].fraction)
    assert q.type == "truefalse", q.id
    return not right_response(q)


def take(laptop, teacher, loaded, items, right_per_cell: int) -> None:
    """Answer the first `right_per_cell` items of each cell right and the others wrong, hand
    the attempt in as the laptop does."""
    seen: dict[quiz.Cell, int] = defaultdict(int)
    answers = {}
    for q in items:
        cell = (q.tags.dimension, q.tags.level)
        right = seen[cell] < right_per_cell
        seen[cell] += 1
        answers[q.id] = Answer(right_response(q) if right else wrong_response(q), 5.0)
    result = quiz.grade(items, answers, time_limit_s=loaded.spec.time_limit_s)
    payload = diagnostic.make_payload(loaded, SEED, items, answers, result, 0, 600_000)
    diagnostic.record(laptop.journal, teacher.id, payload, str(uuid.uuid4()))


def test_every_level_can_be_reached_in_every_cell(demo):
    laptop, teacher = demo
    loaded = diagnostic.load(laptop)
    items = quiz.draw(loaded.bank, loaded.spec.draw, SEED)
    per_cell = defaultdict(int)
    for q in items:
        per_cell[(q.tags.dimension, q.tags.level)] += q.default_mark
    assert set(per_cell) == set(quiz.CELLS) and set(per_cell.values()) == {3.0}

    for right, _ in ATTEMPTS:
        take(laptop, teacher, loaded, items, right)

    done = diagnostic.attempts(laptop.journal, teacher.id)
    assert [a.phase for a in done] == ["pre", "post", "post", "post"]
    for attempt, (right, colour) in zip(done, ATTEMPTS, strict=True):
        for cell in quiz.CELLS:
            got = attempt.grid[cell]
            assert (got.earned, got.possible, got.colour) == (right, 3.0, colour), (right, cell)
    # the last post-test against the pre-test: every cell from 未掌握 to 熟练
    report = diagnostic.report(laptop.journal, teacher.id, loaded.bank, laptop.catalog)
    assert report is not None and report.changes is not None
    assert {(c.before_colour, c.after_colour, c.change) for c in report.changes.values()} == {
        (RED, GREEN, 100.0)
    }
    assert report.lessons == []  # nothing left to recommend
