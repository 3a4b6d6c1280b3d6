"""Moodle XML import: the project's own bank (tests/fixtures/questions/bank.moodle.xml) question
by question, the other question types, and files that must be refused."""

from __future__ import annotations

import pytest

from content.errors import QuestionFileError
from content.moodle_xml import import_moodle_xml
from content.question_import import Problem
from content.questions import Choice, Pair, ShortAnswer, Source, Text
from content.scoring import score
from tests.support.questions import XML_BANK

XML = XML_BANK.name
H, M, P, MD = "html", "moodle", "plain", "markdown"  # text formats, Moodle's default first
NO_FEEDBACK = Text("", H)  # Moodle writes an empty html <feedback> for every answer


@pytest.fixture(scope="module")
def bank():
    result = import_moodle_xml(XML_BANK.read_bytes(), str(XML_BANK))
    return {q.name: q for q in result.questions}, result


def test_bank_imports_seven_questions_in_file_order_with_their_lines(bank):
    _, result = bank
    # read from the file by eye: the line of each <question type="...">
    assert [(q.name, q.type, q.source) for q in result.questions] == [
        ("村小的教学环境", "single", Source(XML, 18)),
        ("环境的代号", "matching", Source(XML, 61)),
        ("实践学时", "truefalse", Source(XML, 103)),
        ("没有网络时收集学情", "multiple", Source(XML, 171)),
        ("求平均的函数", "short", Source(XML, 216)),
        ("微课制作的步骤", "ordering", Source(XML, 346)),
        ("技术素养", "truefalse", Source(XML, 438)),
    ]


def test_bank_reports_every_question_it_leaves_out_by_name_and_line(bank):
    _, result = bank
    assert result.problems == (
        Problem("五年学时", 132, "unsupported", "numerical"),
        Problem("学情分析方案", 246, "unsupported", "essay"),
        Problem("A3 说明", 285, "not_a_question", "description"),
        # a supported type, but it shows a picture we do not carry
        Problem("看图改课件", 302, "unsupported", "multichoice", "embedded_files"),
        # Moodle exports a multianswer (Cloze) question as type "cloze"
        Problem("微课时长填空", 381, "unsupported", "cloze"),
        Problem("拖放：三类环境", 397, "unsupported", "ddwtos"),
    )


def test_bank_categories_nest_and_lose_their_context_and_top(bank):
    _, result = bank
    a1 = ("提升工程 2.0", "A1 技术支持的学情分析")
    assert [q.tags.category for q in result.questions] == [
        ("提升工程 2.0",),
        ("提升工程 2.0",),
        ("提升工程 2.0",),
        a1,
        a1,
        ("提升工程 2.0", "A3 演示文稿设计与制作", "微课"),
        ("能力标准 1.0/2.0 对照",),
    ]  # "$system$/top/能力标准 1.0//2.0 对照": // is a slash


def test_bank_single_choice_with_feedback_tags_mark_and_id(bank):
    q = bank[0]["村小的教学环境"]
    assert (q.id, q.default_mark, q.shuffle) == ("env-01", 2.0, True)
    assert q.text == Text(
        "<p>村小教室里只有一台电脑和一台投影仪，学生没有终端。这属于哪一类教学环境？</p>", H
    )
    assert q.choices == (
        Choice(Text("多媒体教学环境", H), 1.0, Text("对：一台电脑加投影，师生共用一块屏幕。", H)),
        Choice(Text("混合学习环境", H), 0.0, Text("混合学习环境里学生有自己的终端。", P)),
        Choice(Text("智慧学习环境", H), 0.0, NO_FEEDBACK),
    )
    assert q.general_feedback == Text(
        "<p>提升工程 2.0 把教学环境分为多媒体教学环境、混合学习环境和智慧学习环境三类。</p>", H
    )
    # "能力点:a1" and "维度:计划与准备" become programme tags; "乡村学校" stays a label
    assert (q.tags.ability_point, q.tags.dimension, q.tags.level, q.tags.labels) == (
        "A1",
        "planning",
        None,
        ("乡村学校",),
    )
    assert [score(q, i) for i in range(3)] == [1.0, 0.0, 0.0]


def test_bank_matching_with_formats_and_a_distractor(bank):
    q = bank[0]["环境的代号"]
    assert q.text == Text("<p>把微能力点代号的字母与它所属的教学环境配对。</p>", H)
    assert q.pairs == (
        Pair(Text("<p>A（如 A1、A3）</p>", H), "多媒体教学环境"),
        Pair(Text("**B**（如 B1）", MD), "混合学习环境"),
        Pair(Text("C（如 C1）", P), "智慧学习环境"),
    )
    assert q.distractors == ("网络研修环境",)  # the subquestion with an empty text
    assert (q.shuffle, q.default_mark, q.general_feedback) == (False, 3.0, NO_FEEDBACK)
    assert score(q, ["多媒体教学环境", "网络研修环境", "智慧学习环境"]) == round(2 / 3, 6)


def test_bank_true_false_whose_right_answer_is_false(bank):
    q = bank[0]["实践学时"]
    assert q.text == Text("提升工程 2.0 中，实践应用学时可以少于总学时的一半。", M)
    assert q.choices == (
        Choice(Text("true", P), 0.0, Text("实践应用学时不少于总学时的一半。", H)),
        Choice(Text("false", P), 1.0, Text("答对了。", H)),
    )
    assert q.general_feedback == Text("50 学时里，实践应用至少 25 学时。", M)
    assert (score(q, False), score(q, True)) == (1.0, 0.0)


def test_bank_multiple_choice_in_thirds_with_a_penalty(bank):
    q = bank[0]["没有网络时收集学情"]
    assert q.text == Text(
        "<p>学校没有网络，学生也没有电脑。下列哪些办法能在课前收集到学情数据？</p>", H
    )
    # Moodle writes thirds as 33.33333 %, and a wrong option here as -100 %
    assert q.choices == (
        Choice(Text("发一张纸笔小卷，收回后用电子表格统计", H), 0.3333333, Text("对", H)),
        Choice(Text("上课前请学生举手，当场记下人数", M), 0.3333333, Text("也对", H)),
        Choice(Text("翻看学生上一单元的作业", P), 0.3333334, NO_FEEDBACK),
        Choice(Text("请学生回家用手机填写网上问卷", H), -1.0, Text("学生*没有*设备", MD)),
    )
    assert q.general_feedback == Text("方法要适合学校的条件。", P)
    assert (q.shuffle, q.tags.ability_point, q.tags.dimension) == (False, "A1", "assessment")
    assert (score(q, {0, 1, 2}), score(q, {0}), score(q, {0, 1, 2, 3})) == (1.0, 0.333333, 0.0)


def test_bank_short_answer_ignores_case_and_takes_a_wildcard(bank):
    q = bank[0]["求平均的函数"]
    assert (q.id, q.case_sensitive) == ("a1-fn", False)
    assert q.text == Text("在 WPS 表格里求 B2:B41 的平均值，用哪个函数？只写函数名。", M)
    assert q.answers == (
        ShortAnswer("AVERAGE", 1.0, Text("对：=AVERAGE(B2:B41)", H)),
        ShortAnswer("AVG*", 0.5, Text("差一点：表格里写作 AVERAGE。", H)),
    )
    assert (score(q, "average"), score(q, "AVG"), score(q, "SUM")) == (1.0, 0.5, 0.0)


def test_bank_ordering_items_come_out_in_the_right_order(bank):
    q = bank[0]["微课制作的步骤"]
    assert (q.id, q.grading, q.default_mark) == ("weike-steps", "absolute_position", 2.0)
    # the file lists them 写脚本 (2), 剪辑 (4), 选定 (1), 录制 (3): a fraction is a place
    assert q.items == (
        Text("选定一个知识点", M),
        Text("写脚本", M),
        Text("录制讲解", P),
        Text("剪辑并加字幕", H),
    )
    assert q.general_feedback == Text("<p>先定选题，再写脚本，然后录制，最后剪辑。</p>", H)
    assert (score(q, [0, 1, 2, 3]), score(q, [1, 0, 2, 3])) == (1.0, 0.5)


def test_bank_markdown_true_false_with_level_and_dimension_tags(bank):
    q = bank[0]["技术素养"]
    assert q.text == Text("**技术素养**是 2014 年能力标准的五个维度之一。", MD)
    assert q.choices == (
        Choice(Text("true", P), 1.0, NO_FEEDBACK),
        Choice(
            Text("false", P),
            0.0,
            Text("另外四个是计划与准备、组织与管理、评估与诊断、学习与发展。", MD),
        ),
    )
    assert (q.tags.dimension, q.tags.level) == ("literacy", "I")


def test_imported_ids_are_unique_and_stable(bank):
    _, result = bank
    again = import_moodle_xml(XML_BANK.read_bytes(), "elsewhere/" + XML)
    ids = [q.id for q in result.questions]
    assert len(set(ids)) == 7
    assert ids[0] == "env-01" and ids[1].startswith("q-")  # the author's id, else a digest
    assert [q.id for q in again.questions] == ids


def quiz(*questions: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n' + "\n".join(questions) + "\n</quiz>\n"
    ).encode("utf-8")


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
        Choice(Text("red", "html"), -1.0, Text("*no*", "markdown")),
    )
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
    assert sa.answers == (
        ShortAnswer("45", 1.0, Text("对", "html")),
        ShortAnswer("4*", 0.5, Text("", "html")),
    )
    assert (ma.type, ma.source.line, ma.shuffle) == ("matching", 11, False)
    assert ma.pairs == (
        Pair(Text("A1", "html"), "学情分析"),
        Pair(Text("A3", "markdown"), "演示文稿"),
    )
    assert ma.distractors == ("家校沟通",)
    # an ordering answer's fraction is its place: the items come out in the right order
    assert (od.id, od.type, od.grading, od.source.line) == (
        "ord-1",
        "ordering",
        "absolute_position",
        19,
    )
    assert od.items == (
        Text("choose a point", "moodle"),
        Text("script", "moodle"),
        Text("record", "html"),
    )


UNSUPPORTED = [
    ("numerical", "How many hours?"),
    ("calculated", "Compute"),
    ("ddwtos", "Drag words"),
    ("multianswer", "Cloze"),
    ("essay", "Reflect"),
    ("randomsamatch", "Random"),
]


def test_every_unsupported_type_and_description_is_reported_with_its_line():
    blocks = [
        f'<question type="{t}">\n<name><text>{n}</text></name>\n'
        f"<questiontext><text>x</text></questiontext>\n</question>"
        for t, n in UNSUPPORTED
    ]
    blocks.append(
        '<question type="description">\n<name><text>Intro</text></name>\n'
        "<questiontext><text>Read this first.</text></questiontext>\n</question>"
    )
    result = import_moodle_xml(quiz(*blocks), "b.xml")
    assert result.questions == ()
    assert result.problems == (
        Problem("How many hours?", 3, "unsupported", "numerical"),
        Problem("Compute", 7, "unsupported", "calculated"),
        Problem("Drag words", 11, "unsupported", "ddwtos"),
        Problem("Cloze", 15, "unsupported", "multianswer"),
        Problem("Reflect", 19, "unsupported", "essay"),
        Problem("Random", 23, "unsupported", "randomsamatch"),
        Problem("Intro", 27, "not_a_question", "description"),
    )


def test_broken_questions_are_reported_and_the_rest_imported():
    one_pair = MATCHING.replace(
        '<subquestion format="markdown"><text>A3</text><answer><text>演示文稿</text></answer>'
        "</subquestion>",
        "",
    )
    bad_fraction = SHORTANSWER.replace('fraction="50"', 'fraction="half"')
    result = import_moodle_xml(quiz(SINGLE_NO_RIGHT, MULTICHOICE, one_pair, bad_fraction), "b.xml")
    assert [q.name for q in result.questions] == ["颜色"]
    assert result.problems == (
        Problem("No right answer", 3, "broken", "multichoice", "no_full_credit"),
        Problem("Points", 28, "broken", "matching", "too_few_pairs", {"count": 1}),
        Problem(
            "学时", 36, "broken", "shortanswer", "bad_field", {"field": "fraction", "value": "half"}
        ),
    )


def test_what_we_cannot_follow_is_unsupported_not_dropped():
    picture = MULTICHOICE.replace("<p>What's", '<p><img src="@@PLUGINFILE@@/a.png">What\'s')
    subset = ORDERING.replace(
        "<selecttype>ALL</selecttype>", "<selecttype>RANDOM</selecttype>"
    ).replace("<selectcount>0</selectcount>", "<selectcount>2</selectcount>")
    longest = ORDERING.replace("ABSOLUTE_POSITION", "LONGEST_ORDERED_SUBSET")
    result = import_moodle_xml(quiz(picture, subset, longest), "b.xml")
    assert result.questions == ()
    assert [(p.name, p.line, p.kind, p.type, p.reason) for p in result.problems] == [
        ("颜色", 3, "unsupported", "multichoice", "embedded_files"),
        ("Micro-lesson", 21, "unsupported", "ordering", "selecttype"),
        ("Micro-lesson", 33, "unsupported", "ordering", "gradingtype"),
    ]


def test_category_paths_drop_the_context_and_top_and_keep_escaped_slashes():
    cat = '<question type="category"><category><text>{}</text></category></question>'
    tf = (
        '<question type="truefalse"><name><text>{}</text></name><questiontext><text>?'
        '</text></questiontext><answer fraction="100"><text>true</text></answer>'
        '<answer fraction="0"><text>false</text></answer></question>'
    )
    result = import_moodle_xml(
        quiz(
            tf.format("none"),
            cat.format("$course$/top/1.0//2.0/A"),
            tf.format("deep"),
            cat.format("$system$/top"),
            tf.format("top"),
        ),
        "b.xml",
    )
    assert [q.tags.category for q in result.questions] == [(), ("1.0/2.0", "A"), ()]


# --- files that must be refused -----------------------------------------------------------------


def refused(data: bytes, name: str = "bad.xml") -> QuestionFileError:
    with pytest.raises(QuestionFileError) as info:
        import_moodle_xml(data, name)
    return info.value


def test_truncated_file_is_refused_with_its_line():
    lines = XML_BANK.read_bytes().splitlines(keepends=True)
    e = refused(b"".join(lines[:30]), "cut.xml")
    # the file ends after line 30: expat finds no closing </quiz> at the start of line 31
    assert (e.code, e.fields["file"], e.fields["line"]) == ("malformed_xml", "cut.xml", 31)
    # the last 20 bytes gone: the last "</question>" (line 468) is cut to "<"
    e = refused(b"".join(lines)[:-20])
    assert (e.code, e.fields["line"]) == ("malformed_xml", 468)


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


def test_a_5_mb_file_repeating_the_questions_imports_every_copy():
    text = XML_BANK.read_text("utf-8")
    start, end = text.index("<question"), text.rindex("</quiz>")
    body = text[start:end]
    copies = 5_000_000 // len(body.encode()) + 1
    single = import_moodle_xml(XML_BANK.read_bytes(), XML)
    big = (text[:start] + body * copies + text[end:]).encode()
    assert len(big) > 5_000_000
    result = import_moodle_xml(big, "big.xml")
    assert len(result.questions) == copies * len(single.questions)
    assert len(result.problems) == copies * len(single.problems)
    assert len({q.id for q in result.questions}) == len(result.questions)
