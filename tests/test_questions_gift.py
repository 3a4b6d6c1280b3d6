"""GIFT import: Moodle's own fixture question by question, the syntax it does not exercise, and
broken input."""

from __future__ import annotations

import pytest

from content.errors import QuestionFileError
from content.gift import import_gift
from content.question_import import Problem
from content.questions import Choice, Pair, ShortAnswer, Source, Text
from content.scoring import score
from tests.questions_support import moodle_fixture

GIFT = "questions.gift.txt"
M, H, P, MD = "moodle", "html", "plain", "markdown"  # text formats, GIFT's default first


@pytest.fixture(scope="module")
def fixture():
    path = moodle_fixture(GIFT)
    result = import_gift(path.read_bytes(), str(path))
    return {q.name: q for q in result.questions}, result


def test_fixture_imports_seven_and_reports_two_of_its_nine_questions(fixture):
    by_name, result = fixture
    assert [(q.name, q.source.line) for q in result.questions] == [
        ("Moodle activities", 5), ("Q2", 14), ("colours", 22), ("Shortanswer", 34), ("Q1", 41),
        ("2-08 TSL", 46), ("2-08 TSL", 49)]
    assert all(q.source == Source(GIFT, q.source.line) for q in result.questions)
    assert all(q.tags.category == () and q.default_mark == 1.0 for q in result.questions)


def test_fixture_unsupported_essay_and_numerical_by_name_and_line(fixture):
    _, result = fixture
    assert result.problems == (Problem("Q8", 2, "unsupported", "essay"),
                               Problem("Q5", 31, "unsupported", "numerical"))


def test_fixture_matching(fixture):
    q = fixture[0]["Moodle activities"]
    assert q.type == "matching"
    assert q.text == Text("Match the <b>activity</b> to the description.", H)
    # each prompt has its own format marker; the unmarked default is the question's (html)
    assert q.pairs == (
        Pair(Text("An activity supporting asynchronous discussions.", H), "Forum"),
        Pair(Text("A teacher asks a question and specifies a choice of multiple responses.", M),
             "Choice"),
        Pair(Text("A bank of record entries which participants can add to.", P), "Database"),
        Pair(Text("A collection of web pages that anyone can add to or edit.", MD), "Wiki"))
    assert q.distractors == ("Chat",)  # "= -> Chat": an extra answer with no prompt
    assert q.general_feedback == Text("", H)


def test_fixture_single_choice_with_feedback(fixture):
    q = fixture[0]["Q2"]
    assert q.type == "single"
    assert q.text == Text("What's between orange and green in the spectrum?", M)
    assert q.choices == (
        Choice(Text("yellow", M), 1.0, Text("right; good!", M)),
        Choice(Text("red", M), 0.0, Text("wrong, it's yellow", H)),
        Choice(Text("blue", P), 0.0, Text("wrong, it's yellow", M)))
    assert q.general_feedback == Text("", M)
    assert [score(q, i) for i in range(3)] == [1.0, 0.0, 0.0]


def test_fixture_multiple_choice_with_weights(fixture):
    q = fixture[0]["colours"]
    assert q.type == "multiple"
    assert q.text == Text("What's between orange and green in the spectrum?", M)
    assert q.choices == (
        Choice(Text("yellow", M), 0.5, Text("right; good!", M)),
        Choice(Text("red", M), -1.0, Text("wrong", H)),
        Choice(Text("off-beige", M), 0.5, Text("right; good!", M)),
        Choice(Text("blue", P), -1.0, Text("wrong", M)))
    assert q.general_feedback == Text("", M)
    assert (score(q, {0, 2}), score(q, {0}), score(q, {0, 1})) == (1.0, 0.5, 0.0)


def test_fixture_short_answer(fixture):
    q = fixture[0]["Shortanswer"]
    assert q.type == "short"
    assert q.text == Text("Which is the best animal?", M)
    assert q.answers == (
        ShortAnswer("Frog", 1.0, Text("Good!", M)),
        ShortAnswer("Cat", 0.5, Text("What is it with Moodlers and cats?", M)),
        ShortAnswer("*", 0.0, Text("Completely wrong", M)))
    assert q.case_sensitive is False
    assert q.general_feedback == Text("", M)
    assert (score(q, "frog"), score(q, "Cat"), score(q, "dog")) == (1.0, 0.5, 0.0)


def test_fixture_true_false_with_both_feedbacks_and_general_feedback(fixture):
    q = fixture[0]["Q1"]
    assert q.type == "truefalse"
    # The fixture has a stray `";` after the closing brace (copied from a PHP string). GIFT
    # reads text after the block as the rest of a missing-word sentence, as Moodle does.
    assert q.text == Text('42 is the Absolute Answer to everything._____";', M)
    # {FALSE#if wrong#if right}: answering true is wrong and gets the first feedback
    assert q.choices == (Choice(Text("true", P), 0.0, Text("42 is the Ultimate Answer.", M)),
                         Choice(Text("false", P), 1.0, Text("You gave the right answer.", M)))
    assert q.general_feedback == Text(
        "This is, of course, a Hitchiker's Guide to the Galaxy reference.", M)
    assert (score(q, False), score(q, True)) == (1.0, 0.0)


def test_fixture_true_written_as_t_and_as_true(fixture):
    _, result = fixture
    t_short, t_long = (q for q in result.questions if q.name == "2-08 TSL")
    for q in (t_short, t_long):
        assert q.type == "truefalse"
        assert q.text == Text("TSL is blablabla.", M)
        assert q.choices == (Choice(Text("true", P), 1.0, Text("", M)),
                             Choice(Text("false", P), 0.0, Text("", M)))
        assert q.general_feedback == Text("", M)
    # the same question twice still gets two ids
    assert t_short.id != t_long.id


def gift(text: str, name: str = "bank.gift"):
    return import_gift(text.encode("utf-8"), name)


def test_escapes_and_format_markers():
    result = gift(
        "::Esc\\:ape::[html]<p>Is 1 \\= 1 \\{really\\}?</p>{\n"
        "=yes \\# sure \\~ ok#[plain]right\\: of course\n"
        "~no\\\\way#wrong\\nline two\n"
        "####[markdown]*Equal* is equal.}\n")
    (q,) = result.questions
    assert q.name == "Esc:ape"
    assert q.text == Text("<p>Is 1 = 1 {really}?</p>", H)
    assert q.choices == (Choice(Text("yes # sure ~ ok", H), 1.0, Text("right: of course", P)),
                         Choice(Text("no\\way", H), 0.0, Text("wrong\nline two", H)))
    assert q.general_feedback == Text("*Equal* is equal.", MD)


def test_true_false_forms_and_feedback():
    result = gift("::a::Sky is blue{T#No, it is.#Yes.}\n\n::b::Grass is red{F}\n\n"
                  "::c::Posting scores with names is fine{FALSE#Privacy!####PIPL protects them.}\n")
    a, b, c = result.questions
    assert a.choices == (Choice(Text("true", P), 1.0, Text("Yes.", M)),
                         Choice(Text("false", P), 0.0, Text("No, it is.", M)))
    assert [ch.fraction for ch in b.choices] == [0.0, 1.0]
    assert c.choices[0].feedback == Text("Privacy!", M)
    assert c.general_feedback == Text("PIPL protects them.", M)


def test_short_answer_weights_and_missing_word():
    result = gift("1 学时是 {=45 =%50%四十五#写数字} 分钟。\n")
    (q,) = result.questions
    assert q.type == "short"
    assert q.text == Text("1 学时是 _____ 分钟。", M)
    assert q.answers == (ShortAnswer("45", 1.0, Text("", M)),
                         ShortAnswer("四十五", 0.5, Text("写数字", M)))
    assert q.name == "1 学时是 _____ 分钟。"  # no ::name::: the start of the text


def test_categories_tags_and_ids_from_comments():
    result = gift("$CATEGORY: $course$/top/2.0/A1\n\n"
                  "// [tag:ability_point:A1] [tag:dimension:assessment] [tag:乡村]\n"
                  "// [id:a1-007]\n"
                  "::Tools::Which tool fits a school without student devices?{\n"
                  "=a paper quiz tallied in a spreadsheet\n~an online questionnaire}\n")
    (q,) = result.questions
    assert (q.id, q.source.line) == ("a1-007", 5)
    assert q.tags.category == ("2.0", "A1")
    assert (q.tags.ability_point, q.tags.dimension, q.tags.labels) == ("A1", "assessment",
                                                                       ("乡村",))


def test_every_other_kind_is_reported_with_its_line():
    result = gift("// essay\n::E::Reflect on your lesson.{}\n\n"
                  "::N::How many 学时 is the goal?{#50}\n\n"
                  "::D::Read the case below first.\n\n"
                  "::Range::{#1..5}\n")
    assert result.questions == ()
    assert result.problems == (
        Problem("E", 2, "unsupported", "essay"),
        Problem("N", 4, "unsupported", "numerical"),
        Problem("D", 6, "not_a_question", "description"),
        Problem("Range", 8, "unsupported", "numerical"))


def test_unclosed_brace_is_broken_at_its_line_and_the_next_question_still_imports():
    result = gift("::Good::One {T}\n\n"
                  "// a comment line\n"
                  "::Unclosed::Which device {\n=projector\n~cloud document\n\n"
                  "::After::Still read {F}\n")
    assert [q.name for q in result.questions] == ["Good", "After"]
    assert result.problems == (Problem("Unclosed", 4, "broken", "", "unclosed_brace"),)


def test_other_brace_mistakes_are_broken():
    result = gift("::Open::Which } one {=a ~b}\n\n::Two::A {=a ~b} and {=c ~d}\n\n"
                  "::Close::No opening }\n")
    assert [(p.name, p.line, p.reason) for p in result.problems] == [
        ("Open", 1, "unopened_brace"), ("Two", 3, "stray_brace"), ("Close", 5, "unopened_brace")]


def test_a_choice_question_with_no_right_answer_is_broken():
    result = gift("::None right::Which is correct?{~a ~b ~c}\n\n"
                  "::Half only::Which is correct?{=%50%a ~b}\n\n"
                  "::Weights::Pick{~%150%a ~b}\n\n::Typo::Pick{~%fifty%a ~b}\n")
    assert result.questions[0].name == "Half only"  # "=" gives full credit whatever follows
    assert [(p.name, p.line, p.kind, p.type, p.reason) for p in result.problems] == [
        ("None right", 1, "broken", "multichoice", "positive_sum_not_one"),
        ("Weights", 5, "broken", "multichoice", "fraction_out_of_range"),
        ("Typo", 7, "broken", "multichoice", "bad_weight")]


def test_matching_with_one_pair_or_no_arrow_is_broken():
    result = gift("::One::Match {=A1 -> 学情分析 = -> 家校沟通}\n\n::Arrow::Match {=A1 -> x =A3 y}\n")
    assert [(p.name, p.reason) for p in result.problems] == [("One", "too_few_pairs"),
                                                            ("Arrow", "matching_format")]


def test_crlf_line_ends_and_byte_order_mark():
    data = "\ufeff// c\r\n::A::x{T}\r\n\r\n::B::y{F}\r\n".encode()
    result = import_gift(data, "win.txt")
    assert [(q.name, q.source.line) for q in result.questions] == [("A", 2), ("B", 4)]


def test_not_utf8_is_refused_with_its_line():
    data = "::A::x{T}\n\n::B::分钟{F}\n".encode("gbk")
    with pytest.raises(QuestionFileError) as info:
        import_gift(data, "gbk.txt")
    assert (info.value.code, info.value.fields) == ("not_utf8", {"file": "gbk.txt", "line": 3})
