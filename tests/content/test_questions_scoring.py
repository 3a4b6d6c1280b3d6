"""Scoring: the documented rules on worked examples, and properties over generated questions."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from content.errors import InvalidResponse
from content.gift import import_gift
from content.questions import Choice, Pair, Question, ShortAnswer, Text
from content.scoring import mark, matched_answer, score
from tests.support.questions import (
    GIFT_BANK,
    matching,
    multiple,
    ordering,
    short,
    single,
    t,
    truefalse,
)

# "学情数据" from the GIFT bank: 纸笔小卷 50 %, 网上问卷 -100 %, 举手 50 %, 期末总分 -100 %
(COLLECT,) = (
    q for q in import_gift(GIFT_BANK.read_bytes(), GIFT_BANK.name).questions if q.name == "学情数据"
)
PAPER, ONLINE, HANDS, TERM_TOTAL = range(4)


@pytest.mark.parametrize(
    ("chosen", "expected"),
    [
        ({PAPER, HANDS}, 1.0),  # all the right options
        ({PAPER}, 0.5),  # half of what is right
        ({PAPER, HANDS, ONLINE}, 0.0),  # 0.5 + 0.5 - 1: a wrong tick costs its fraction
        ({PAPER, ONLINE}, 0.0),  # 0.5 - 1 = -0.5, clamped to 0
        ({PAPER, ONLINE, HANDS, TERM_TOTAL}, 0.0),  # ticking every box earns nothing here
        (set(), 0.0),
    ],
)
def test_multiple_choice_is_the_sum_of_chosen_fractions_clamped(chosen, expected):
    assert score(COLLECT, chosen) == expected


def test_multiple_choice_partial_penalty_is_not_all_or_nothing():
    q = multiple((0.5, 0.5, -0.25, 0.0))
    assert score(q, [0, 1, 2]) == 0.75  # 0.5 + 0.5 - 0.25
    assert score(q, [0, 2]) == 0.25  # 0.5 - 0.25
    assert score(q, [0, 1, 3]) == 1.0  # a 0 % option costs nothing
    assert score(q, (0, 0, 1)) == 1.0  # repeats count once
    assert score(q, None) == 0.0


def test_moodle_thirds_make_a_whole():
    q = multiple((0.3333333, 0.3333333, 0.3333333, -1.0))
    assert score(q, [0, 1, 2]) == 1.0
    assert score(q, [0, 1]) == 0.666667


def test_single_choice_and_true_false():
    q = single((1.0, 0.5, -0.5))
    assert [score(q, i) for i in (0, 1, 2, None)] == [1.0, 0.5, 0.0, 0.0]
    assert (score(truefalse(False), False), score(truefalse(False), True)) == (1.0, 0.0)
    assert score(truefalse(True), None) == 0.0


def test_ordering_gradings():
    q = ordering(("a", "b", "c", "d"))
    assert score(q, [0, 1, 2, 3]) == 1.0
    assert score(q, [1, 0, 2, 3]) == 0.0  # all or nothing by default
    pos = ordering(("a", "b", "c", "d"), grading="absolute_position")
    assert score(pos, [1, 0, 2, 3]) == 0.5  # c and d in place
    assert score(pos, [3, 0, 1, 2]) == 0.0
    nxt = ordering(("a", "b", "c", "d"), grading="relative_next")
    assert score(nxt, [3, 0, 1, 2]) == 0.666667  # a→b and b→c of three links
    assert score(nxt, [1, 0, 2, 3]) == 0.333333  # only c→d


def test_matching_is_the_share_of_right_pairs():
    q = matching(
        (("A1", "学情分析"), ("A3", "演示文稿"), ("A5", "课堂导入"), ("A6", "课堂讲授")),
        distractors=("家校沟通",),
    )
    assert score(q, ["学情分析", "演示文稿", "课堂导入", "课堂讲授"]) == 1.0
    assert score(q, ["学情分析", "家校沟通", "课堂讲授", "课堂导入"]) == 0.25
    assert score(q, ["学情分析", None, None, " 课堂讲授 "]) == 0.5


def test_short_answer_best_match_wildcard_and_case():
    q = Question(
        id="sa",
        type="short",
        text=t("Which is the best animal?"),
        answers=(
            ShortAnswer("Frog", 1.0, Text("Good!")),
            ShortAnswer("Cat", 0.5),
            ShortAnswer("*", 0.0, Text("Completely wrong")),
        ),
    )
    assert score(q, "frog") == 1.0
    assert score(q, "  FROG ") == 1.0
    assert score(q, "Cat") == 0.5
    assert score(q, "dog") == 0.0
    assert matched_answer(q, "dog").feedback.text == "Completely wrong"
    assert matched_answer(q, "   ") is None  # blank matches nothing, not even *
    # the best matching answer wins even when a weaker one is listed first
    weak_first = short((("*课件*", 0.5), ("多媒体课件", 1.0)))
    assert score(weak_first, "多媒体课件") == 1.0
    assert score(weak_first, "做课件") == 0.5


def test_short_answer_folds_full_width_and_spaces_and_can_be_case_sensitive():
    q = short((("PPT 2010", 1.0),))
    assert score(q, "ＰＰＴ　２０１０") == 1.0  # full-width letters, digits and space
    assert score(q, "ppt   2010") == 1.0
    strict = short((("pH", 1.0),), case_sensitive=True)
    assert (score(strict, "pH"), score(strict, "PH")) == (1.0, 0.0)


def test_short_answer_star_is_a_wildcard_and_backslash_star_a_star():
    q = short((("A*", 1.0), ("5\\*3", 1.0)))
    assert score(q, "A1 技术支持的学情分析") == 1.0
    assert score(q, "5*3") == 1.0
    assert score(q, "5x3") == 0.0
    assert score(q, "a.b") == 1.0 and score(short((("a.b", 1.0),)), "axb") == 0.0


def test_case_is_the_mean_of_its_parts_weighted_by_marks():
    q = Question(
        id="c",
        type="case",
        text=t("情境"),
        parts=(single(qid="p1", default_mark=2.0), truefalse(qid="p2"), ordering(qid="p3")),
    )
    assert score(q, [0, True, [0, 1, 2, 3]]) == 1.0
    assert score(q, [0, False, None]) == 0.5  # 2 of 4 marks
    assert score(q, [1, True, [0, 1, 2, 3]]) == 0.5
    assert score(q, None) == 0.0
    assert (
        mark(
            Question(id="c", type="case", text=t("情境"), default_mark=10.0, parts=q.parts),
            [0, True, None],
        )
        == 7.5
    )


@pytest.mark.parametrize(
    ("question", "response"),
    [
        (single(), 3),
        (single(), True),
        (single(), "0"),
        (COLLECT, 0),
        (COLLECT, "01"),
        (COLLECT, [9]),
        (truefalse(), 1),
        (ordering(), [0, 1, 2]),
        (ordering(), [0, 0, 1, 2]),
        (matching(), ["学情分析"]),
        (matching(), "abc"),
        (short(), 42),
        (Question(id="c", type="case", text=t("情境"), parts=(single(),)), [0, 1]),
    ],
)
def test_a_response_that_does_not_fit_is_refused(question, response):
    with pytest.raises(InvalidResponse) as info:
        score(question, response)
    assert info.value.fields["question"] == question.id


# --- properties -------------------------------------------------------------------------------

FRACTIONS = st.sampled_from([-1.0, -0.5, -0.3333333, 0.0, 0.1, 0.25, 0.5, 0.9, 1.0])
WORDS = st.text(alphabet="abcXYZ 学情分析*", min_size=1, max_size=8).filter(lambda s: s.strip())


@st.composite
def single_q(draw):
    fractions = draw(st.lists(FRACTIONS, min_size=1, max_size=5)) + [1.0]
    draw(st.randoms()).shuffle(fractions)
    return single(tuple(fractions), qid=draw(st.uuids()).hex)


@st.composite
def multiple_q(draw):
    k = draw(st.integers(1, 7))  # k right options sharing the mark as Moodle writes it
    fractions = [round(1 / k, 7)] * k + draw(
        st.lists(st.sampled_from([-1.0, -0.5, 0.0]), max_size=4)
    )
    draw(st.randoms()).shuffle(fractions)
    if len(fractions) < 2:
        fractions.append(0.0)
    return multiple(tuple(fractions), qid=draw(st.uuids()).hex)


@st.composite
def ordering_q(draw):
    items = draw(st.lists(st.integers(0, 999), min_size=2, max_size=6, unique=True))
    grading = draw(st.sampled_from(["all_or_nothing", "absolute_position", "relative_next"]))
    return ordering(tuple(f"step {i}" for i in items), qid=draw(st.uuids()).hex, grading=grading)


@st.composite
def matching_q(draw):
    answers = draw(st.lists(WORDS, min_size=2, max_size=5))
    return Question(
        id=draw(st.uuids()).hex,
        type="matching",
        text=t("Match"),
        pairs=tuple(Pair(t(f"prompt {i}"), a) for i, a in enumerate(answers)),
        distractors=tuple(draw(st.lists(WORDS, max_size=2))),
    )


@st.composite
def short_q(draw):
    others = draw(st.lists(st.tuples(WORDS, st.sampled_from([0.0, 0.5, 0.9])), max_size=3))
    answers = [(draw(WORDS), 1.0), *others]
    draw(st.randoms()).shuffle(answers)
    return short(tuple(answers), qid=draw(st.uuids()).hex, case_sensitive=draw(st.booleans()))


PLAIN = st.one_of(
    single_q(),
    multiple_q(),
    st.builds(truefalse, st.booleans()),
    ordering_q(),
    matching_q(),
    short_q(),
)


@st.composite
def case_q(draw):
    parts = draw(st.lists(PLAIN, min_size=1, max_size=4, unique_by=lambda q: q.id))
    marks = draw(
        st.lists(st.sampled_from([0.5, 1.0, 2.0, 5.0]), min_size=len(parts), max_size=len(parts))
    )
    parts = [
        Question.from_dict({**p.to_dict(), "default_mark": m})
        for p, m in zip(parts, marks, strict=True)
    ]
    return Question(id="case", type="case", text=t("情境"), parts=tuple(parts))


QUESTIONS = st.one_of(PLAIN, case_q())


def right_response(q: Question):
    """Written from the rules, not from the scorer: what a teacher who knows the answer gives."""
    if q.type == "single":
        return next(i for i, c in enumerate(q.choices) if c.fraction == 1.0)
    if q.type == "multiple":
        return {i for i, c in enumerate(q.choices) if c.fraction > 0}
    if q.type == "truefalse":
        return q.choices[0].fraction == 1.0
    if q.type == "ordering":
        return list(range(len(q.items)))
    if q.type == "matching":
        return [p.answer for p in q.pairs]
    if q.type == "short":
        return next(a.text for a in q.answers if a.fraction == 1.0)
    return [right_response(p) for p in q.parts]


@st.composite
def any_response(draw, q: Question):
    if draw(st.integers(0, 9)) == 0:
        return None
    if q.type == "single":
        return draw(st.integers(0, len(q.choices) - 1))
    if q.type == "multiple":
        return draw(st.sets(st.integers(0, len(q.choices) - 1)))
    if q.type == "truefalse":
        return draw(st.booleans())
    if q.type == "ordering":
        return draw(st.permutations(range(len(q.items))))
    if q.type == "matching":
        offered = [p.answer for p in q.pairs] + list(q.distractors)
        return draw(
            st.lists(
                st.one_of(st.none(), st.sampled_from(offered)),
                min_size=len(q.pairs),
                max_size=len(q.pairs),
            )
        )
    if q.type == "short":
        return draw(st.one_of(st.text(max_size=10), st.sampled_from([a.text for a in q.answers])))
    return [draw(any_response(p)) for p in q.parts]


@settings(max_examples=300, deadline=None)
@given(st.data(), QUESTIONS)
def test_score_is_always_between_0_and_1(data, q):
    s = score(q, data.draw(any_response(q)))
    assert 0.0 <= s <= 1.0


@settings(max_examples=300, deadline=None)
@given(QUESTIONS)
def test_the_right_response_scores_1(q):
    assert score(q, right_response(q)) == 1.0


@settings(max_examples=200, deadline=None)
@given(QUESTIONS)
def test_json_round_trip_of_any_question(q):
    assert Question.from_dict(q.to_dict()) == q


@settings(max_examples=200, deadline=None)
@given(multiple_q(), st.data())
def test_adding_a_wrong_option_never_raises_a_multiple_choice_score(q, data):
    chosen = data.draw(st.sets(st.integers(0, len(q.choices) - 1)))
    wrong = [i for i, c in enumerate(q.choices) if c.fraction < 0 and i not in chosen]
    if wrong:
        assert score(q, chosen | {wrong[0]}) <= score(q, chosen)


def test_choice_fractions_are_used_as_given():
    q = Question(
        id="q", type="single", text=t("?"), choices=(Choice(t("a"), 0.25), Choice(t("b"), 1.0))
    )
    assert score(q, 0) == 0.25
