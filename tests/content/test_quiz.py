"""The pure quiz logic: drawing, grading every type, limits, deadlines, the 1.0 grid."""

from __future__ import annotations

import json

from content import quiz
from content.catalog import Catalog, Course, Lesson
from content.questions import Question, bank_from_dict
from content.quiz import Answer
from tests.support.paths import ROOT
from tests.support.questions import right_response

BANK_PATH = ROOT / "content" / "demo_pack" / "quizzes" / "a1-t1.json"


def demo_bank() -> tuple[Question, ...]:
    return bank_from_dict(json.loads(BANK_PATH.read_text("utf-8")))


def wrong_response(q: Question) -> object:
    if q.type == "single":
        return min(range(len(q.choices)), key=lambda i: q.choices[i].fraction)
    if q.type == "multiple":
        return {i for i, c in enumerate(q.choices) if c.fraction < 0}
    if q.type == "truefalse":
        return q.choices[0].fraction != 1.0
    if q.type == "ordering":
        return list(range(len(q.items)))[::-1]
    if q.type == "matching":
        return [None] * len(q.pairs)
    if q.type == "short":
        return "SUM"
    return [wrong_response(p) for p in q.parts]


def q(
    qid: str,
    dimension: str | None = None,
    level: str | None = None,
    mark: float = 1.0,
    category: list[str] | None = None,
    point: str | None = None,
    labels: list[str] | None = None,
) -> Question:
    return Question.from_dict(
        {
            "format": 1,
            "id": qid,
            "type": "truefalse",
            "text": f"{qid}?",
            "default_mark": mark,
            "choices": [{"text": "true", "fraction": 1.0}, {"text": "false", "fraction": 0.0}],
            "tags": {
                "dimension": dimension,
                "level": level,
                "ability_point": point,
                "category": category or [],
                "labels": labels or [],
            },
        }
    )


# --- drawing -----------------------------------------------------------------------------


def test_the_same_seed_draws_the_same_items_and_others_differ():
    bank = demo_bank()
    first = [x.id for x in quiz.draw(bank, 5, seed=42)]
    assert first == [x.id for x in quiz.draw(bank, 5, seed=42)]
    draws = {tuple(x.id for x in quiz.draw(bank, 5, seed=s)) for s in range(20)}
    assert len(draws) > 10


def test_the_draw_count_is_respected_and_capped_by_the_bank():
    bank = demo_bank()
    for n in (1, 5, 12):
        drawn = quiz.draw(bank, n, seed=7)
        assert len(drawn) == n and len({x.id for x in drawn}) == n
    assert len(quiz.draw(bank, 50, seed=7)) == len(bank)
    assert len(quiz.draw(bank, None, seed=7)) == len(bank)


def _bank_with_sections() -> list[Question]:
    return (
        [q(f"a{i}", category=["A"]) for i in range(6)]
        + [q(f"b{i}", category=["B"]) for i in range(3)]
        + [q("c0", category=["C"])]
    )


def test_an_attempt_never_draws_the_same_question_twice():
    banks = {"demo": demo_bank(), "sections": _bank_with_sections()}
    for path in sorted((ROOT / "content" / "demo_pack" / "quizzes").glob("*.json")):
        banks[path.name] = bank_from_dict(json.loads(path.read_text("utf-8")))
    for name, bank in banks.items():
        for seed in range(300):
            for count in (1, len(bank) // 2, len(bank) - 1, len(bank), None):
                ids = [x.id for x in quiz.draw(bank, count, seed)]
                assert len(ids) == len(set(ids)), (name, seed, count, ids)


def test_a_question_the_bank_holds_twice_is_drawn_once():
    """Pasted into two sections (a new id, the same wording), or listed twice (the same id)."""
    bank = _bank_with_sections()
    pasted = Question.from_dict({**bank[0].to_dict(), "id": "a0-copy", "tags": {"category": ["B"]}})
    twice = [*bank, pasted, bank[3]]
    for seed in range(200):
        drawn = quiz.draw(twice, None, seed)
        texts = [x.text.text for x in drawn]
        assert len(texts) == len(set(texts)) == len(bank), (seed, texts)
        assert len(quiz.draw(twice, 10, seed)) == 10
    assert quiz.distinct(twice) == tuple(bank)


def test_categories_are_sections_sharing_the_count():
    bank = (
        [q(f"a{i}", category=["A"]) for i in range(6)]
        + [q(f"b{i}", category=["B"]) for i in range(3)]
        + [q("c0", category=["C"])]
    )
    for seed in range(10):
        ids = [x.id for x in quiz.draw(bank, 5, seed)]
        assert sum(i.startswith("a") for i in ids) == 3
        assert sum(i.startswith("b") for i in ids) == 2  # the tie goes to the larger section
        # sections keep their order: every a before every b before c
        kinds = [i[0] for i in ids]
        assert kinds == sorted(kinds)
    assert quiz._shares([6, 3, 1], 5) == [3, 2, 0]
    assert quiz._shares([6, 3, 1], 10) == [6, 3, 1]


def test_option_and_item_orders_are_seeded():
    bank = {x.id: x for x in demo_bank()}
    assert quiz.option_order(bank["a1-q01"], 3) == quiz.option_order(bank["a1-q01"], 3)
    assert sorted(quiz.option_order(bank["a1-q01"], 3)) == [0, 1, 2, 3]
    assert quiz.option_order(bank["a1-q06"], 3) == [0, 1]  # true stays before false
    order = quiz.start_order(bank["a1-q09"], 3)
    assert sorted(order) == list(range(6)) and order != list(range(6))
    answers = quiz.matching_answers(bank["a1-q10"], 3)
    assert len(answers) == 5 and "把这道题从下次测验中删掉" in answers


# --- grading -----------------------------------------------------------------------------


def test_every_type_graded_right_scores_100():
    bank = demo_bank()
    assert {x.type for x in bank} == {
        "single",
        "multiple",
        "truefalse",
        "ordering",
        "matching",
        "short",
        "case",
    }
    answers = {x.id: Answer(right_response(x), 1.0) for x in bank}
    result = quiz.grade(bank, answers)
    assert result.score == 100.0 and result.passed
    assert all(i.fraction == 1.0 and i.counted for i in result.items)


def test_wrong_answers_fail_and_weights_are_the_marks():
    bank = demo_bank()
    result = quiz.grade(bank, {x.id: Answer(wrong_response(x)) for x in bank})
    assert result.score < 60 and not result.passed
    # only the case (mark 3 of 18) right: 3 / 18
    case = next(x for x in bank if x.type == "case")
    result = quiz.grade(bank, {case.id: Answer(right_response(case))})
    total = sum(x.default_mark for x in bank)
    assert result.score == round(100 * 3 / total, 2)
    # a case half right by its parts' marks earns half its own mark
    half = quiz.grade([case], {case.id: Answer([0, None, None])})
    assert half.score == round(100 / 3, 2)


def test_partial_credit_comes_from_content_scoring():
    bank = {x.id: x for x in demo_bank()}
    multiple = bank["a1-q04"]
    r = quiz.grade([multiple], {multiple.id: Answer({0, 1})})
    assert r.items[0].fraction == 0.666667
    ordering = bank["a1-q09"]  # relative_next: 4 of 5 neighbours right
    r = quiz.grade([ordering], {ordering.id: Answer([1, 2, 3, 4, 5, 0])})
    assert r.items[0].fraction == 0.8
    matching = bank["a1-q10"]
    r = quiz.grade([matching], {matching.id: Answer([matching.pairs[0].answer, None, None, None])})
    assert r.items[0].fraction == 0.25


def test_the_pass_mark_comes_from_the_pack():
    bank = [q("x"), q("y")]
    answers = {"x": Answer(True)}
    assert quiz.grade(bank, answers).passed is False  # 50 < 60
    assert quiz.grade(bank, answers, pass_mark=50).passed is True


def test_answers_after_the_deadline_do_not_count():
    bank = [q("x"), q("y")]
    answers = {"x": Answer(True, at_s=59.0), "y": Answer(True, at_s=61.0)}
    result = quiz.grade(bank, answers, time_limit_s=60, finished_s=61.5)
    assert [i.counted for i in result.items] == [True, False]
    assert result.score == 50.0 and result.timed_out
    assert not quiz.grade(bank, answers, time_limit_s=None, finished_s=61.5).timed_out


def test_attempt_limits():
    assert quiz.attempts_left(3, 0) == 3
    assert quiz.attempts_left(3, 3) == 0 and not quiz.may_start(3, 3)
    assert quiz.attempts_left(None, 99) is None and quiz.may_start(None, 99)


# --- the 1.0 grid --------------------------------------------------------------------------


def test_grid_colours_per_cell():
    bank = (
        [q(f"l{i}", "literacy", "I") for i in range(5)]
        + [q(f"p{i}", "planning", "I") for i in range(5)]
        + [q(f"o{i}", "organising", "II") for i in range(5)]
    )
    answers = {f"l{i}": Answer(True) for i in range(4)}  # 80 % → green
    answers |= {f"p{i}": Answer(True) for i in range(3)}  # 60 % → yellow
    answers |= {"o0": Answer(True)}  # 20 % → red
    grid = quiz.diagnose(bank, answers)
    assert grid[("literacy", "I")].colour == quiz.GREEN
    assert grid[("planning", "I")].colour == quiz.YELLOW
    assert grid[("organising", "II")].colour == quiz.RED
    assert grid[("assessment", "I")].colour == quiz.UNTESTED
    assert len(grid) == 10
    assert quiz.weak_cells(grid) == [("organising", "II"), ("planning", "I")]
    assert quiz.colour(59.99) == quiz.RED and quiz.colour(79.99) == quiz.YELLOW


def test_case_parts_count_in_their_own_cells():
    bank = demo_bank()
    case = next(x for x in bank if x.type == "case")
    grid = quiz.diagnose([case], {case.id: Answer([0, 1, True])})  # p2 (planning) wrong
    assert grid[("planning", "I")].percent == 0.0
    assert grid[("assessment", "I")].percent == 100.0
    assert grid[("assessment", "I")].possible == 2.0 and grid[("planning", "I")].possible == 1.0


def test_recommendations_follow_the_weak_cells():
    bank = [
        q("l1", "literacy", "I", point="A3"),
        q("p1", "planning", "I", point="A1"),
        q("d1", "development", "I", labels=["t25"]),
    ]
    lessons = {
        cid: (Lesson(f"{cid}-l1", "", cid, 1, "online"), Lesson(f"{cid}-l2", "", cid, 1, "online"))
        for cid in ("a1", "a3")
    }
    catalog = Catalog(
        "c",
        "",
        (
            Course("a1", "", lessons["a1"], "A1"),
            Course("a3", "", lessons["a3"], "A3"),
            Course("x", "", (Lesson("t25", "", "x", 1, "online"),)),
        ),
    )
    grid = quiz.diagnose(bank, {"l1": Answer(True)})  # planning and development red
    ids = [x.id for x in quiz.recommend(grid, bank, catalog)]
    assert ids == ["a1-l1", "a1-l2", "t25"]


def test_the_post_test_shows_the_change_per_cell():
    bank = [q(f"p{i}", "planning", "I") for i in range(5)]
    pre = quiz.diagnose(bank, {"p0": Answer(True)})
    post = quiz.diagnose(bank, {f"p{i}": Answer(True) for i in range(4)})
    change = quiz.compare(pre, post)
    c = change[("planning", "I")]
    assert (c.before, c.after, c.change) == (20.0, 80.0, 60.0)
    assert (c.before_colour, c.after_colour) == (quiz.RED, quiz.GREEN)
    assert change[("literacy", "II")].change is None
