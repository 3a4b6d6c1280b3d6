"""Moodle XML import: Moodle's own fixture question by question, the other question types,
and files that must be refused."""

from __future__ import annotations

import pytest

from content.errors import QuestionFileError
from content.moodle_xml import import_moodle_xml
from content.question_import import Problem
from content.questions import Choice, Pair, ShortAnswer, Source, Text
from content.scoring import score
from tests.questions_support import moodle_fixture

NESTED = "nested_categories_with_questions.xml"


@pytest.fixture(scope="module")
def nested():
    path = moodle_fixture(NESTED)
    return import_moodle_xml(path.read_bytes(), str(path))


# Read from the fixture by eye: name, <question> line, question text, category path.
NESTED_TRUEFALSE = [
    ("Iota Question", 15, "<p>Testing Iota Question</p>", ("Iota",)),
    ("Kappa Question", 83, "<p>Testing Kappa Question</p>", ("Iota", "Kappa")),
    ("Lambda Question", 123, "<p>Testing Lambda Question</p>", ("Iota", "Kappa", "Lambda")),
    ("Mu Question", 163, "<p>Testing Mu Question</p>", ("Iota", "Mu")),
]


def test_nested_fixture_imports_four_questions_in_file_order(nested):
    assert [q.name for q in nested.questions] == [n for n, *_ in NESTED_TRUEFALSE]


@pytest.mark.parametrize(("name", "line", "text", "category"), NESTED_TRUEFALSE)
def test_nested_fixture_true_false_question(nested, name, line, text, category):
    q = next(q for q in nested.questions if q.name == name)
    assert q.type == "truefalse"
    assert q.source == Source(NESTED, line)
    assert q.text == Text(text, "html")
    # <answer fraction="100"><text>true</text> with an empty html feedback, then false at 0
    assert q.choices == (Choice(Text("true", "plain"), 1.0, Text("", "html")),
                         Choice(Text("false", "plain"), 0.0, Text("", "html")))
    assert q.general_feedback == Text("", "html")
    assert q.default_mark == 1.0
    assert q.tags.category == category
    assert score(q, True) == 1.0 and score(q, False) == 0.0


def test_nested_fixture_reports_the_essay_by_name_and_line(nested):
    assert nested.problems == (Problem("Kappa Essay Question", 55, "unsupported", "essay"),)


def test_imported_ids_are_unique_and_stable(nested):
    path = moodle_fixture(NESTED)
    again = import_moodle_xml(path.read_bytes(), "elsewhere/" + NESTED)
    assert len({q.id for q in nested.questions}) == 4
    assert [q.id for q in again.questions] == [q.id for q in nested.questions]


def quiz(*questions: str) -> bytes:
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n" + "\n".join(questions)
            + "\n</quiz>\n").encode("utf-8")


MULTICHOICE = """  <question type="multichoice">
    <name><text>颜色</text></name>
    <questiontext format="html"><text><![CDATA[<p>What's between orange and green?</p>]]></text></questiontext>
    <generalfeedback format="plain_text"><text>Yellow lies between them.</text></generalfeedback>
    <defaultgrade>2.0000000</defaultgrade>
    <idnumber>mc-7</idnumber>
    <single>false</single>
    <shuffleanswers>1</shuffleanswers>
    <answer fraction="33.33333" format="html"><text>yellow</text>
      <feedback format="html"><text>right</text></feedback></answer>
    <answer fraction="33.33333" format="moodle_auto_format"><text>amber</text>
      <feedback format="html"><text>also right</text></feedback></answer>
    <answer fraction="33.33334" format="plain_text"><text>gold</text></answer>
    <answer fraction="-100" format="html"><text>red</text>
      <feedback format="markdown"><text>*no*</text></feedback></answer>
    <tags><tag><text>ability_point:a3</text></tag><tag><text>维度:计划与准备</text></tag>
      <tag><text>色彩</text></tag></tags>
  </question>"""


def test_multichoice_with_percentages_feedback_formats_and_tags():
    result = import_moodle_xml(quiz(MULTICHOICE), "bank.xml")
    assert result.problems == ()
    (q,) = result.questions
    assert (q.id, q.type, q.name, q.source) == ("mc-7", "multiple", "颜色", Source("bank.xml", 3))
    assert q.text == Text("<p>What's between orange and green?</p>", "html")
    assert q.choices == (
        Choice(Text("yellow", "html"), 0.3333333, Text("right", "html")),
        Choice(Text("amber", "moodle"), 0.3333333, Text("also right", "html")),
        Choice(Text("gold", "plain"), 0.3333334, Text("", "html")),
        Choice(Text("red", "html"), -1.0, Text("*no*", "markdown")))
    assert q.general_feedback == Text("Yellow lies between them.", "plain")
    assert (q.default_mark, q.shuffle) == (2.0, True)
    assert (q.tags.ability_point, q.tags.dimension, q.tags.labels) == ("A3", "planning", ("色彩",))
    assert score(q, {0, 1, 2}) == 1.0 and score(q, {0, 3}) == 0.0


SINGLE_NO_RIGHT = """  <question type="multichoice">
    <name><text>No right answer</text></name>
    <questiontext format="html"><text>Pick one</text></questiontext>
    <single>true</single>
    <answer fraction="50"><text>half</text></answer>
    <answer fraction="0"><text>none</text></answer>
  </question>"""

SHORTANSWER = """  <question type="shortanswer">
    <name><text>学时</text></name>
    <questiontext format="moodle_auto_format"><text>1 学时是多少分钟？</text></questiontext>
    <usecase>0</usecase>
    <answer fraction="100" format="moodle_auto_format"><text>45</text>
      <feedback format="html"><text>对</text></feedback></answer>
    <answer fraction="50"><text>4*</text></answer>
  </question>"""

MATCHING = """  <question type="matching">
    <name><text>Points</text></name>
    <questiontext format="html"><text>Match the point to its name.</text></questiontext>
    <shuffleanswers>false</shuffleanswers>
    <subquestion format="html"><text>A1</text><answer><text>学情分析</text></answer></subquestion>
    <subquestion format="markdown"><text>A3</text><answer><text>演示文稿</text></answer></subquestion>
    <subquestion format="html"><text></text><answer><text>家校沟通</text></answer></subquestion>
  </question>"""

ORDERING = """  <question type="ordering">
    <name><text>Micro-lesson</text></name>
    <questiontext format="html"><text>Put the steps in order.</text></questiontext>
    <idnumber>ord-1</idnumber>
    <layouttype>VERTICAL</layouttype>
    <selecttype>ALL</selecttype>
    <selectcount>0</selectcount>
    <gradingtype>ABSOLUTE_POSITION</gradingtype>
    <answer fraction="2.0000000" format="moodle_auto_format"><text>script</text></answer>
    <answer fraction="1.0000000" format="moodle_auto_format"><text>choose a point</text></answer>
    <answer fraction="3.0000000" format="html"><text>record</text></answer>
  </question>"""


def test_shortanswer_matching_and_ordering():
    result = import_moodle_xml(quiz(SHORTANSWER, MATCHING, ORDERING), "b.xml")
    assert result.problems == ()
    sa, ma, od = result.questions
    assert (sa.type, sa.source.line, sa.case_sensitive) == ("short", 3, False)
    assert sa.text == Text("1 学时是多少分钟？", "moodle")
    assert sa.answers == (ShortAnswer("45", 1.0, Text("对", "html")),
                          ShortAnswer("4*", 0.5, Text("", "html")))
    assert (ma.type, ma.source.line, ma.shuffle) == ("matching", 11, False)
    assert ma.pairs == (Pair(Text("A1", "html"), "学情分析"), Pair(Text("A3", "markdown"), "演示文稿"))
    assert ma.distractors == ("家校沟通",)
    # an ordering answer's fraction is its place: the items come out in the right order
    assert (od.id, od.type, od.grading, od.source.line) == ("ord-1", "ordering",
                                                           "absolute_position", 19)
    assert od.items == (Text("choose a point", "moodle"), Text("script", "moodle"),
                        Text("record", "html"))


UNSUPPORTED = [
    ("numerical", "How many hours?"), ("calculated", "Compute"), ("ddwtos", "Drag words"),
    ("multianswer", "Cloze"), ("essay", "Reflect"), ("randomsamatch", "Random"),
]


def test_every_unsupported_type_and_description_is_reported_with_its_line():
    blocks = [f'<question type="{t}">\n<name><text>{n}</text></name>\n'
              f'<questiontext><text>x</text></questiontext>\n</question>' for t, n in UNSUPPORTED]
    blocks.append('<question type="description">\n<name><text>Intro</text></name>\n'
                  '<questiontext><text>Read this first.</text></questiontext>\n</question>')
    result = import_moodle_xml(quiz(*blocks), "b.xml")
    assert result.questions == ()
    assert result.problems == (
        Problem("How many hours?", 3, "unsupported", "numerical"),
        Problem("Compute", 7, "unsupported", "calculated"),
        Problem("Drag words", 11, "unsupported", "ddwtos"),
        Problem("Cloze", 15, "unsupported", "multianswer"),
        Problem("Reflect", 19, "unsupported", "essay"),
        Problem("Random", 23, "unsupported", "randomsamatch"),
        Problem("Intro", 27, "not_a_question", "description"))


def test_broken_questions_are_reported_and_the_rest_imported():
    one_pair = MATCHING.replace(
        '<subquestion format="markdown"><text>A3</text><answer><text>演示文稿</text></answer>'
        '</subquestion>', "")
    bad_fraction = SHORTANSWER.replace('fraction="50"', 'fraction="half"')
    result = import_moodle_xml(quiz(SINGLE_NO_RIGHT, MULTICHOICE, one_pair, bad_fraction), "b.xml")
    assert [q.name for q in result.questions] == ["颜色"]
    assert result.problems == (
        Problem("No right answer", 3, "broken", "multichoice", "no_full_credit"),
        Problem("Points", 28, "broken", "matching", "too_few_pairs", {"count": 1}),
        Problem("学时", 36, "broken", "shortanswer", "bad_field",
                {"field": "fraction", "value": "half"}))


def test_what_we_cannot_follow_is_unsupported_not_dropped():
    picture = MULTICHOICE.replace("<p>What's", '<p><img src="@@PLUGINFILE@@/a.png">What\'s')
    subset = ORDERING.replace("<selecttype>ALL</selecttype>", "<selecttype>RANDOM</selecttype>") \
        .replace("<selectcount>0</selectcount>", "<selectcount>2</selectcount>")
    longest = ORDERING.replace("ABSOLUTE_POSITION", "LONGEST_ORDERED_SUBSET")
    result = import_moodle_xml(quiz(picture, subset, longest), "b.xml")
    assert result.questions == ()
    assert [(p.name, p.line, p.kind, p.type, p.reason) for p in result.problems] == [
        ("颜色", 3, "unsupported", "multichoice", "embedded_files"),
        ("Micro-lesson", 21, "unsupported", "ordering", "selecttype"),
        ("Micro-lesson", 33, "unsupported", "ordering", "gradingtype")]


def test_category_paths_drop_the_context_and_top_and_keep_escaped_slashes():
    cat = '<question type="category"><category><text>{}</text></category></question>'
    tf = ('<question type="truefalse"><name><text>{}</text></name><questiontext><text>?'
          '</text></questiontext><answer fraction="100"><text>true</text></answer>'
          '<answer fraction="0"><text>false</text></answer></question>')
    result = import_moodle_xml(quiz(tf.format("none"), cat.format("$course$/top/1.0//2.0/A"),
                                    tf.format("deep"), cat.format("$system$/top"),
                                    tf.format("top")), "b.xml")
    assert [q.tags.category for q in result.questions] == [(), ("1.0/2.0", "A"), ()]


# --- files that must be refused -----------------------------------------------------------------


def refused(data: bytes, name: str = "bad.xml") -> QuestionFileError:
    with pytest.raises(QuestionFileError) as info:
        import_moodle_xml(data, name)
    return info.value


def test_truncated_file_is_refused_with_its_line():
    lines = moodle_fixture(NESTED).read_bytes().splitlines(keepends=True)
    e = refused(b"".join(lines[:30]), "cut.xml")
    # the file ends after line 30: expat finds no closing </quiz> at the start of line 31
    assert (e.code, e.fields["file"], e.fields["line"]) == ("malformed_xml", "cut.xml", 31)
    e = refused(b"".join(lines)[:-20])
    assert (e.code, e.fields["line"]) == ("malformed_xml", 189)


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE quiz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<quiz><question type="essay"><name><text>&lol3;</text></name></question></quiz>
"""


def test_doctype_and_entities_are_refused():
    e = refused(BILLION_LAUGHS, "laughs.xml")
    assert (e.code, e.fields) == ("dtd_refused", {"file": "laughs.xml", "line": 2})
    external = b'<?xml version="1.0"?>\n\n<!DOCTYPE quiz SYSTEM "file:///etc/passwd">\n<quiz/>'
    assert (refused(external).code, refused(external).fields["line"]) == ("dtd_refused", 3)


def test_undeclared_entities_are_malformed_not_expanded():
    e = refused(quiz('<question type="essay"><name><text>&xxe;</text></name></question>'))
    assert (e.code, e.fields["line"]) == ("malformed_xml", 3)


def test_not_utf8_not_xml_and_not_moodle_are_refused():
    gbk = quiz(MULTICHOICE).replace(b'encoding="UTF-8"', b'encoding="GBK"')
    gbk = gbk.decode("utf-8").encode("gbk")
    e = refused(gbk)
    assert (e.code, e.fields["line"]) == ("not_utf8", 4)  # 颜色 is on the question's line 2
    assert refused(b"::Q1:: GIFT, not XML {T}").code == "not_xml"
    e = refused(b'<?xml version="1.0"?>\n<html><body/></html>')
    assert (e.code, e.fields["detail"]) == ("not_moodle_xml", "html")


def test_a_utf8_byte_order_mark_is_accepted():
    result = import_moodle_xml(b"\xef\xbb\xbf" + quiz(SHORTANSWER), "bom.xml")
    assert [q.name for q in result.questions] == ["学时"]
