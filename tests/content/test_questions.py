"""The question model: what makes a question broken, and its JSON form (format 1)."""

from __future__ import annotations

import json

import pytest

from content.errors import InvalidQuestion
from content.questions import (
    Choice,
    Pair,
    Question,
    ShortAnswer,
    Source,
    Tags,
    Text,
    bank_from_dict,
    bank_to_dict,
)
from tests.support.questions import matching, multiple, ordering, short, single, t, truefalse


def code_of(build) -> tuple[str, dict]:
    with pytest.raises(InvalidQuestion) as info:
        build()
    return info.value.code, info.value.fields


def test_a_valid_question_of_each_type_builds():
    case = Question(
        id="c1",
        type="case",
        text=t("投影仪在上课中途坏了。"),
        parts=(single(qid="c1.1"), truefalse(qid="c1.2", default_mark=2.0)),
    )
    for q in (
        single(),
        multiple((0.5, 0.5, -1.0)),
        truefalse(),
        ordering(),
        matching(),
        short(),
        case,
    ):
        assert q.id and q.type


def test_single_choice_without_a_full_credit_option_is_broken():
    code, fields = code_of(lambda: single((0.0, 0.0, 0.0)))
    assert (code, fields["question"]) == ("no_full_credit", "s1")
    # partial options are allowed, but one option must be worth the whole mark
    assert code_of(lambda: single((0.9, 0.5, 0.0)))[0] == "no_full_credit"
    assert single((1.0, 0.5, -0.5)).choices[2].fraction == -0.5


def test_errors_name_the_question_by_its_name_when_it_has_one():
    code, fields = code_of(lambda: single((0.0, 0.0), name="颜色"))
    assert fields["question"] == "颜色"


def test_multiple_choice_positive_fractions_must_add_up_to_one():
    assert code_of(lambda: multiple((0.5, 0.0, -1.0)))[0] == "positive_sum_not_one"
    assert code_of(lambda: multiple((0.0, 0.0)))[0] == "positive_sum_not_one"
    code, fields = code_of(lambda: multiple((0.5, 0.5, 0.5)))
    assert (code, fields["value"]) == ("positive_sum_not_one", 1.5)
    # three thirds as Moodle writes them (33.33333 %) are accepted
    assert multiple((0.3333333, 0.3333333, 0.3333333, -1.0)).type == "multiple"


def test_fractions_stay_within_minus_one_and_one():
    code, fields = code_of(lambda: single((1.0, 1.5)))
    assert (code, fields["index"], fields["value"]) == ("fraction_out_of_range", 1, 1.5)
    assert code_of(lambda: single((1.0, -2.0)))[0] == "fraction_out_of_range"
    assert code_of(lambda: single((1.0, float("nan"))))[0] == "fraction_out_of_range"
    # short answers earn 0..1: Moodle has no negative short-answer grade
    assert code_of(lambda: short((("Frog", 1.0), ("Cat", -0.5))))[0] == "fraction_out_of_range"


def test_choice_questions_need_two_options_with_text():
    assert code_of(lambda: single((1.0,)))[0] == "too_few_choices"
    empty = (Choice(t("yes"), 1.0), Choice(t("  "), 0.0))
    code, fields = code_of(lambda: Question(id="e", type="single", text=t("?"), choices=empty))
    assert (code, fields["index"]) == ("empty_choice", 1)


def test_true_false_has_exactly_true_then_false_and_one_right_answer():
    backwards = (Choice(t("false"), 1.0), Choice(t("true"), 0.0))
    assert (
        code_of(lambda: Question(id="tf", type="truefalse", text=t("?"), choices=backwards))[0]
        == "truefalse_choices"
    )
    both = (Choice(t("true"), 1.0), Choice(t("false"), 1.0))
    assert (
        code_of(lambda: Question(id="tf", type="truefalse", text=t("?"), choices=both))[0]
        == "truefalse_choices"
    )
    none = (Choice(t("true"), 0.0), Choice(t("false"), 0.0))
    assert (
        code_of(lambda: Question(id="tf", type="truefalse", text=t("?"), choices=none))[0]
        == "no_full_credit"
    )


def test_matching_needs_two_pairs():
    code, fields = code_of(lambda: matching((("A1", "学情分析"),)))
    assert (code, fields["count"]) == ("too_few_pairs", 1)
    assert code_of(lambda: matching((("A1", "学情分析"), ("A3", " "))))[0] == "empty_pair"


def test_ordering_needs_two_distinct_items_and_a_known_grading():
    assert code_of(lambda: ordering(("only",)))[0] == "too_few_items"
    # equal items would make two orders right
    code, fields = code_of(lambda: ordering(("record", "edit", "Record")))
    assert (code, fields["index"]) == ("duplicate_items", 2)
    assert code_of(lambda: ordering(grading="longest_subset"))[0] == "unknown_grading"


def test_short_answer_needs_a_full_credit_answer():
    assert code_of(lambda: short((("Cat", 0.5),)))[0] == "no_full_credit"
    assert code_of(lambda: short(()))[0] == "no_answers"
    assert code_of(lambda: short((("", 1.0),)))[0] == "empty_answer"


def test_a_case_holds_parts_that_are_not_cases():
    inner = Question(id="c0", type="case", text=t("scenario"), parts=(single(),))
    assert (
        code_of(lambda: Question(id="c1", type="case", text=t("scenario"), parts=(inner,)))[0]
        == "nested_case"
    )
    assert code_of(lambda: Question(id="c1", type="case", text=t("scenario")))[0] == "no_parts"
    assert (
        code_of(
            lambda: Question(id="c1", type="case", text=t("scenario"), parts=(single(), single()))
        )[0]
        == "duplicate_id"
    )


def test_common_checks():
    assert code_of(lambda: single(qid=" "))[0] == "empty_id"
    assert code_of(lambda: Question(id="q", type="essay", text=t("?")))[0] == "unknown_type"
    assert (
        code_of(
            lambda: Question(id="q", type="short", text=t(""), answers=(ShortAnswer("a", 1.0),))
        )[0]
        == "empty_text"
    )
    assert code_of(lambda: single(default_mark=0))[0] == "bad_mark"
    code, fields = code_of(lambda: single(general_feedback=Text("x", "rtf")))
    assert (code, fields["field"]) == ("unknown_text_format", "general_feedback")
    # a field that belongs to another type is a mistake, not something to ignore
    code, fields = code_of(lambda: single(pairs=(Pair(t("a"), "b"),)))
    assert (code, fields["field"]) == ("bad_field", "pairs")


def test_tags_carry_the_1_0_dimension_and_the_2_0_ability_point():
    q = single(tags=Tags(dimension="planning", level="I", ability_point="A5"))
    assert (q.tags.dimension, q.tags.ability_point) == ("planning", "A5")
    assert code_of(lambda: single(tags=Tags(dimension="计划")))[0] == "unknown_dimension"
    assert code_of(lambda: single(tags=Tags(level="III")))[0] == "unknown_level"
    for bad in ("a1", "A", "A0", "AA1", "A123"):
        assert code_of(lambda b=bad: single(tags=Tags(ability_point=b)))[0] == "bad_ability_point"


def full_case() -> Question:
    return Question(
        id="case-10",
        type="case",
        name="设备故障",
        text=Text("<p>上课中途投影仪坏了。</p>", "html"),
        parts=(
            single((1.0, 0.0, -0.5), qid="case-10.1", default_mark=2.0),
            ordering(qid="case-10.2", grading="relative_next"),
            matching(qid="case-10.3", distractors=("家校沟通",), shuffle=False),
            short((("备*案", 1.0), ("预案", 0.5)), qid="case-10.4", case_sensitive=True),
            multiple((0.5, 0.5, -1.0), qid="case-10.5"),
            truefalse(False, qid="case-10.6"),
        ),
        general_feedback=Text("教学预案应包含设备故障的应对。", "plain"),
        default_mark=4.0,
        tags=Tags(
            dimension="organising",
            level="I",
            ability_point="A6",
            category=("1.0", "组织与管理"),
            labels=("情境",),
        ),
        source=Source("bank.gift", 12),
    )


def test_json_round_trip_keeps_everything():
    q = full_case()
    d = json.loads(json.dumps(q.to_dict(), ensure_ascii=False))
    assert d["format"] == 1 and "format" not in d["parts"][0]
    assert Question.from_dict(d) == q
    bank = json.loads(json.dumps(bank_to_dict([q, single()])))
    assert bank_from_dict(bank) == (q, single())


def test_json_form_is_the_documented_one():
    d = single((1.0, 0.0), name="设备", tags=Tags(ability_point="A1")).to_dict()
    assert d == {
        "format": 1,
        "id": "s1",
        "type": "single",
        "name": "设备",
        "text": {"text": "Which one?", "format": "plain"},
        "choices": [
            {
                "text": {"text": "option 0", "format": "plain"},
                "fraction": 1.0,
                "feedback": {"text": "", "format": "plain"},
            },
            {
                "text": {"text": "option 1", "format": "plain"},
                "fraction": 0.0,
                "feedback": {"text": "", "format": "plain"},
            },
        ],
        "shuffle": True,
        "general_feedback": {"text": "", "format": "plain"},
        "default_mark": 1.0,
        "tags": {
            "dimension": None,
            "level": None,
            "ability_point": "A1",
            "category": [],
            "labels": [],
        },
        "source": None,
    }


def test_from_dict_accepts_bare_strings_as_plain_text_and_fills_defaults():
    q = Question.from_dict(
        {
            "format": 1,
            "id": "s",
            "type": "short",
            "text": "几个学时？",
            "answers": [{"text": "50", "fraction": 1}],
        }
    )
    assert q == Question(
        id="s", type="short", text=Text("几个学时？", "plain"), answers=(ShortAnswer("50", 1.0),)
    )


def test_from_dict_refuses_other_formats_unknown_keys_and_wrong_types():
    good = single().to_dict()
    assert code_of(lambda: Question.from_dict({**good, "format": 2}))[0] == "unsupported_format"
    assert (
        code_of(lambda: Question.from_dict({k: v for k, v in good.items() if k != "format"}))[0]
        == "unsupported_format"
    )
    code, fields = code_of(lambda: Question.from_dict({**good, "choises": []}))
    assert (code, fields["field"]) == ("bad_field", "choises")
    bad_fraction = json.loads(json.dumps(good))
    bad_fraction["choices"][0]["fraction"] = "100"
    assert code_of(lambda: Question.from_dict(bad_fraction))[1]["field"] == "fraction"
    assert code_of(lambda: Question.from_dict({**good, "shuffle": "yes"}))[1]["field"] == "shuffle"
    assert code_of(lambda: Question.from_dict({**good, "default_mark": True}))[0] == "bad_field"
    assert code_of(lambda: Question.from_dict([good]))[0] == "bad_field"
    # and a well-formed dict of a broken question is broken, not half-loaded
    broken = json.loads(json.dumps(good))
    broken["choices"][0]["fraction"] = 0.0
    assert code_of(lambda: Question.from_dict(broken))[0] == "no_full_credit"


def test_a_bank_refuses_repeated_ids_and_other_formats():
    d = bank_to_dict([single(), single()])
    code, fields = code_of(lambda: bank_from_dict(d))
    assert (code, fields["question"]) == ("duplicate_id", "s1")
    assert code_of(lambda: bank_from_dict({**d, "format": 0}))[0] == "unsupported_format"
    assert code_of(lambda: bank_from_dict({"format": 1}))[0] == "bad_field"


def test_error_carries_code_and_fields_for_the_app_to_word():
    with pytest.raises(InvalidQuestion) as info:
        matching((("A1", "学情分析"),), qid="m-7")
    e = info.value
    assert e.code == "too_few_pairs"
    assert e.fields == {"question": "m-7", "count": 1}
    assert e.args_ == {"code": "too_few_pairs", "question": "m-7", "count": 1}
