"""Quiz attempts in the journal: one event each, counted for the limit, read back whole."""

from __future__ import annotations

import time

import pytest

from content import quiz
from content.quiz import Answer
from sync.laptop import self_tests as qa
from tests.support.ids import valid_id
from tests.support.questions import right_response
from tests.support.quiz import enrol, install_quiz


def attempt(lp, teacher, lesson, seed: int, right: bool = True, attempt_id: str | None = None):
    loaded = qa.load_quiz(lp, lesson)
    items = quiz.draw(loaded.bank, loaded.spec.draw, seed)
    answers = {x.id: Answer(right_response(x), 2.0) for x in items} if right else {}
    result = quiz.grade(items, answers, loaded.spec.pass_mark)
    start = time.monotonic_ns() // 1_000_000
    payload = qa.make_payload(loaded, seed, items, answers, result, start, start + 90_000)
    return qa.record(
        lp.journal, teacher.id, payload, loaded.spec.attempts, attempt_id or f"attempt-{seed}"
    )


def test_an_attempt_is_one_event_read_back_whole(laptop, tmp_path):
    lesson = install_quiz(laptop, tmp_path)
    teacher = enrol(laptop)
    before = laptop.journal.last_seq()
    attempt(laptop, teacher, lesson, seed=5)
    assert laptop.journal.last_seq() == before + 1
    (a,) = qa.attempts(laptop.journal, teacher.id, "a1-t1")
    assert (a.lesson, a.pack, a.pack_version, a.seed) == ("a1-t1", "quiz-test", 1, 5)
    assert list(a.items) == [x.id for x in quiz.draw(qa.load_quiz(laptop, lesson).bank, 12, 5)]
    assert a.score == 100.0 and a.passed and not a.timed_out and a.duration_s == 90.0
    assert all(f == 1.0 for f in a.fractions)
    # the record re-grades to the same score from the bank and the stored answers
    bank = {x.id: x for x in qa.load_quiz(laptop, lesson).bank}
    again = quiz.grade([bank[i] for i in a.items], dict(zip(a.items, a.answers, strict=True)))
    assert again.score == a.score


def test_the_same_attempt_submitted_twice_is_written_once(laptop, tmp_path):
    lesson = install_quiz(laptop, tmp_path)
    teacher = enrol(laptop)
    first = attempt(laptop, teacher, lesson, seed=1, attempt_id="same")
    second = attempt(laptop, teacher, lesson, seed=1, attempt_id="same")
    assert first.seq == second.seq
    assert qa.attempts_used(laptop.journal, teacher.id, "a1-t1") == 1


def test_the_limit_counts_events_and_refuses_one_more(laptop, tmp_path):
    lesson = install_quiz(laptop, tmp_path)
    teacher = enrol(laptop)
    for seed in range(3):
        attempt(laptop, teacher, lesson, seed=seed, right=False)
    assert qa.attempts_used(laptop.journal, teacher.id, "a1-t1") == 3
    with pytest.raises(qa.AttemptsExhausted):
        attempt(laptop, teacher, lesson, seed=9)
    assert [a.passed for a in qa.attempts(laptop.journal, teacher.id, "a1-t1")] == [False] * 3
    other = laptop.teachers.enrol("李老师", valid_id(seq="003"), "x", "primary", "数学", pin="1357")
    assert qa.attempts_used(laptop.journal, other.id, "a1-t1") == 0


def test_a_lesson_without_an_installed_bank_is_unavailable(laptop):
    lesson = laptop.catalog.lessons[0]  # the demo catalogue: no pack, no quiz
    with pytest.raises(qa.QuizUnavailable):
        qa.load_quiz(laptop, lesson)


def test_recorded_attempts_map_onto_the_grid_and_compare(laptop, tmp_path):
    lesson = install_quiz(laptop, tmp_path)
    teacher = enrol(laptop)
    attempt(laptop, teacher, lesson, seed=1, right=False)
    attempt(laptop, teacher, lesson, seed=2, right=True)
    pre, post = qa.attempts(laptop.journal, teacher.id, "a1-t1")
    bank = qa.load_quiz(laptop, lesson).bank
    grid = qa.attempt_grid(pre, bank)
    assert grid[("assessment", "I")].colour == quiz.RED
    assert grid[("literacy", "II")].colour == quiz.UNTESTED
    assert qa.attempt_grid(post, bank)[("planning", "I")].colour == quiz.GREEN
    change = qa.compare_attempts(pre, post, bank)[("assessment", "I")]
    assert (change.before, change.after, change.change) == (0.0, 100.0, 100.0)
