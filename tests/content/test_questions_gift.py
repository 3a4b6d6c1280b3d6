"""GIFT import: the project's own bank (tests/fixtures/questions/bank.gift.txt) question by
question, the syntax it does not exercise, and broken input."""

from __future__ import annotations

import pytest

from content.errors import QuestionFileError
from content.gift import import_gift
from content.question_import import Problem
from content.questions import Choice, Pair, ShortAnswer, Source, Text
from content.scoring import score
from tests.support.questions import GIFT_BANK

GIFT = GIFT_BANK.name
M, H, P, MD = "moodle", "html", "plain", "markdown"  # text formats, GIFT's default first
A3 = ("提升工程 2.0", "A3 演示文稿设计与制作")
WEIKE = (*A3, "微课")


@pytest.fixture(scope="module")
def bank():
    result = import_gift(GIFT_BANK.read_bytes(), str(GIFT_BANK))
    return {q.name: q for q in result.questions}, result


def test_bank_imports_ten_questions_with_their_lines_and_categories(bank):
    _, result = bank
    # read from the file by eye: the first line of each block that is not a comment
    assert [(q.name, q.type, q.source.line, q.tags.category) for q in result.questions] == [
        ("课堂导入", "single", 9, ("提升工程 2.0",)),
        ("学情数据", "multiple", 17, ("提升工程 2.0",)),
        ("实践学时", "truefalse", 27, ("提升工程 2.0",)),
        ("改课件", "matching", 40, A3),
        ("离线放映", "truefalse", 49, A3),
        ("离线放映", "truefalse", 52, A3),
        ("微课时长", "short", 57, WEIKE),
        ("1 学时按 _____ 分钟计算。", "short", 64, WEIKE),
        ("表格报错:除数", "single", 70, WEIKE),
        ("智慧环境", "truefalse", 78, WEIKE),
    ]
    assert all(q.source == Source(GIFT, q.source.line) for q in result.questions)
    assert all(q.default_mark == 1.0 for q in result.questions)


def test_bank_reports_essay_numerical_and_description_by_name_and_line(bank):
    _, result = bank
    assert result.problems == (
        Problem("教学反思", 2, "unsupported", "essay"),
        Problem("五年学时", 32, "unsupported", "numerical"),
        Problem("A3 说明", 35, "not_a_question", "description"),
        Problem("一学时", 67, "unsupported", "numerical"),
    )  # {#40..50}


def test_bank_single_choice_with_feedback_general_feedback_tags_and_id(bank):
    q = bank[0]["课堂导入"]
    assert (q.id, q.type) == ("a5-01", "single")  # [id:a5-01] in the comment above it
    assert q.text == Text("上课开始时，用<b>一段 2 分钟的视频</b>引出新课，练的是哪个微能力点？", H)
    # an unmarked choice or feedback takes the question's format (html here)
    assert q.choices == (
        Choice(Text("技术支持的课堂导入", H), 1.0, Text("对：视频用来激发兴趣、引出新课。", H)),
        Choice(Text("演示文稿设计与制作", P), 0.0, Text("那是 A3，说的是课件本身。", H)),
        Choice(Text("技术支持的学情分析", H), 0.0, Text("学情分析（A1）是在*课前*了解学生。", MD)),
    )
    assert q.general_feedback == Text("**A5** 关注的是一节课开头的几分钟。", MD)
    assert (q.tags.ability_point, q.tags.dimension, q.tags.labels) == (
        "A5",
        "organising",
        ("乡村学校",),
    )
    assert [score(q, i) for i in range(3)] == [1.0, 0.0, 0.0]


def test_bank_multiple_choice_with_weights(bank):
    q = bank[0]["学情数据"]
    assert q.text == Text("学校没有网络，下列哪些办法能在课前收集到学情数据？", M)
    assert q.choices == (
        Choice(Text("纸笔小卷", M), 0.5, Text("对：不需要网络和设备。", M)),
        Choice(Text("请学生回家用手机填写网上问卷", M), -1.0, Text("学生<b>没有</b>设备。", H)),
        Choice(Text("课前请学生举手", M), 0.5, Text("对：当场就有数据。", M)),
        Choice(Text("只看上学期的期末总分", P), -1.0, Text("总分看不出具体知识点。", M)),
    )
    assert q.general_feedback == Text("", M)
    assert (score(q, {0, 2}), score(q, {0}), score(q, {0, 1})) == (1.0, 0.5, 0.0)


def test_bank_true_false_with_both_feedbacks_general_feedback_and_text_after_the_block(bank):
    q = bank[0]["实践学时"]
    # The block is followed by a stray "；" (pasted from a chat). GIFT reads text after the block
    # as the rest of a missing-word sentence, as Moodle does.
    assert q.text == Text("提升工程 2.0 中，实践应用学时可以少于总学时的一半。_____；", M)
    # {FALSE#if wrong#if right}: answering true is wrong and gets the first feedback
    assert q.choices == (
        Choice(Text("true", P), 0.0, Text("实践应用学时不少于总学时的一半。", M)),
        Choice(Text("false", P), 1.0, Text("答对了。", M)),
    )
    assert q.general_feedback == Text("50 学时里，实践应用至少 25 学时。", M)
    assert (score(q, False), score(q, True)) == (1.0, 0.0)


def test_bank_matching_with_a_format_per_prompt_and_a_distractor(bank):
    q = bank[0]["改课件"]
    assert q.text == Text("把幻灯片的<b>毛病</b>与改法配对。", H)
    # each prompt has its own format marker; the unmarked default is the question's (html)
    assert q.pairs == (
        Pair(Text("字太小，后排看不清", H), "放大正文字号"),
        Pair(Text("一页写满整段课文", M), "只留关键词"),
        Pair(Text("背景图太花，文字看不清", P), "换成浅色纯色背景"),
        Pair(Text("动画*太多*，分散注意力", MD), "只给重点加动画"),
    )
    assert q.distractors == ("多用艺术字",)  # "= -> 多用艺术字": an extra answer with no prompt
    assert q.general_feedback == Text("", H)


def test_bank_true_written_as_t_and_as_true(bank):
    t_short, t_long = (q for q in bank[1].questions if q.name == "离线放映")
    for q in (t_short, t_long):
        assert q.text == Text("保存在本机的演示文稿，没有网络也能放映。", M)
        assert q.choices == (
            Choice(Text("true", P), 1.0, Text("", M)),
            Choice(Text("false", P), 0.0, Text("", M)),
        )
        assert q.general_feedback == Text("", M)
    # the same question twice still gets two ids
    assert t_long.id == t_short.id + "-2"
    q = bank[0]["智慧环境"]  # {F}
    assert [c.fraction for c in q.choices] == [0.0, 1.0]


def test_bank_short_answer_with_weight_wildcard_and_feedback(bank):
    q = bank[0]["微课时长"]
    assert q.text == Text("一节微课一般不超过多少分钟？只写数字。", M)
    assert q.answers == (
        ShortAnswer("10", 1.0, Text("对：微课短小，只讲一个知识点。", M)),
        ShortAnswer("15", 0.5, Text("长了一些：一般不超过 10 分钟。", M)),
        ShortAnswer("*", 0.0, Text("微课一般在 5 到 10 分钟。", M)),
    )
    assert q.case_sensitive is False
    assert (score(q, "10"), score(q, "１５"), score(q, "30")) == (1.0, 0.5, 0.0)


def test_bank_missing_word_question_has_no_name_but_its_text(bank):
    q = bank[0]["1 学时按 _____ 分钟计算。"]
    assert q.text == Text("1 学时按 _____ 分钟计算。", M)
    assert q.answers == (
        ShortAnswer("45", 1.0, Text("", M)),
        ShortAnswer("四十五", 0.5, Text("请写阿拉伯数字", M)),
    )


def test_bank_escapes_become_what_they_stand_for(bank):
    q = bank[0]["表格报错:除数"]  # \: in the name
    assert q.text == Text("单元格里的公式 =B2/C2 显示 #DIV/0!，原因是什么？", M)
    assert q.choices == (
        Choice(Text("除数为 0，比如 C2 是空的", M), 1.0, Text("对: 先检查分母。", P)),
        Choice(Text("公式少了 { } 花括号", M), 0.0, Text("表格公式不用花括号。", M)),
        # \#\#\#\# is text, not the "####" that starts the general feedback; \n a line break
        Choice(
            Text("列宽不够 ~ 数字太长", M),
            0.0,
            Text("列宽不够时显示的是 ####。\n调宽这一列就好。", M),
        ),
        Choice(Text("文件存在 D:\\课件 文件夹里", M), 0.0, Text("和存放位置无关。", M)),
    )
    assert q.general_feedback == Text("", M)


def gift(text: str, name: str = "bank.gift"):
    return import_gift(text.encode("utf-8"), name)


def test_escapes_and_format_markers():
    result = gift(
        "::Esc\\:ape::[html]<p>Is 1 \\= 1 \\{really\\}?</p>{\n"
        "=yes \\# sure \\~ ok#[plain]right\\: of course\n"
        "~no\\\\way#wrong\\nline two\n"
        "####[markdown]*Equal* is equal.}\n"
    )
    (q,) = result.questions
    assert q.name == "Esc:ape"
    assert q.text == Text("<p>Is 1 = 1 {really}?</p>", H)
    assert q.choices == (
        Choice(Text("yes # sure ~ ok", H), 1.0, Text("right: of course", P)),
        Choice(Text("no\\way", H), 0.0, Text("wrong\nline two", H)),
    )
    assert q.general_feedback == Text("*Equal* is equal.", MD)


def test_true_false_forms_and_feedback():
    result = gift(
        "::a::Sky is blue{T#No, it is.#Yes.}\n\n::b::Grass is red{F}\n\n"
        "::c::Posting scores with names is fine{FALSE#Privacy!####PIPL protects them.}\n"
    )
    a, b, c = result.questions
    assert a.choices == (
        Choice(Text("true", P), 1.0, Text("Yes.", M)),
        Choice(Text("false", P), 0.0, Text("No, it is.", M)),
    )
    assert [ch.fraction for ch in b.choices] == [0.0, 1.0]
    assert c.choices[0].feedback == Text("Privacy!", M)
    assert c.general_feedback == Text("PIPL protects them.", M)


def test_short_answer_weights_and_missing_word():
    result = gift("1 学时是 {=45 =%50%四十五#写数字} 分钟。\n")
    (q,) = result.questions
    assert q.type == "short"
    assert q.text == Text("1 学时是 _____ 分钟。", M)
    assert q.answers == (
        ShortAnswer("45", 1.0, Text("", M)),
        ShortAnswer("四十五", 0.5, Text("写数字", M)),
    )
    assert q.name == "1 学时是 _____ 分钟。"  # no ::name::: the start of the text


def test_categories_tags_and_ids_from_comments():
    result = gift(
        "$CATEGORY: $course$/top/2.0/A1\n\n"
        "// [tag:ability_point:A1] [tag:dimension:assessment] [tag:乡村]\n"
        "// [id:a1-007]\n"
        "::Tools::Which tool fits a school without student devices?{\n"
        "=a paper quiz tallied in a spreadsheet\n~an online questionnaire}\n"
    )
    (q,) = result.questions
    assert (q.id, q.source.line) == ("a1-007", 5)
    assert q.tags.category == ("2.0", "A1")
    assert (q.tags.ability_point, q.tags.dimension, q.tags.labels) == (
        "A1",
        "assessment",
        ("乡村",),
    )


def test_every_other_kind_is_reported_with_its_line():
    result = gift(
        "// essay\n::E::Reflect on your lesson.{}\n\n"
        "::N::How many 学时 is the goal?{#50}\n\n"
        "::D::Read the case below first.\n\n"
        "::Range::{#1..5}\n"
    )
    assert result.questions == ()
    assert result.problems == (
        Problem("E", 2, "unsupported", "essay"),
        Problem("N", 4, "unsupported", "numerical"),
        Problem("D", 6, "not_a_question", "description"),
        Problem("Range", 8, "unsupported", "numerical"),
    )


def test_unclosed_brace_is_broken_at_its_line_and_the_next_question_still_imports():
    result = gift(
        "::Good::One {T}\n\n"
        "// a comment line\n"
        "::Unclosed::Which device {\n=projector\n~cloud document\n\n"
        "::After::Still read {F}\n"
    )
    assert [q.name for q in result.questions] == ["Good", "After"]
    assert result.problems == (Problem("Unclosed", 4, "broken", "", "unclosed_brace"),)


def test_other_brace_mistakes_are_broken():
    result = gift(
        "::Open::Which } one {=a ~b}\n\n::Two::A {=a ~b} and {=c ~d}\n\n::Close::No opening }\n"
    )
    assert [(p.name, p.line, p.reason) for p in result.problems] == [
        ("Open", 1, "unopened_brace"),
        ("Two", 3, "stray_brace"),
        ("Close", 5, "unopened_brace"),
    ]


def test_a_choice_question_with_no_right_answer_is_broken():
    result = gift(
        "::None right::Which is correct?{~a ~b ~c}\n\n"
        "::Half only::Which is correct?{=%50%a ~b}\n\n"
        "::Weights::Pick{~%150%a ~b}\n\n::Typo::Pick{~%fifty%a ~b}\n"
    )
    assert result.questions[0].name == "Half only"  # "=" gives full credit whatever follows
    assert [(p.name, p.line, p.kind, p.type, p.reason) for p in result.problems] == [
        ("None right", 1, "broken", "multichoice", "positive_sum_not_one"),
        ("Weights", 5, "broken", "multichoice", "fraction_out_of_range"),
        ("Typo", 7, "broken", "multichoice", "bad_weight"),
    ]


def test_matching_with_one_pair_or_no_arrow_is_broken():
    result = gift(
        "::One::Match {=A1 -> 学情分析 = -> 家校沟通}\n\n::Arrow::Match {=A1 -> x =A3 y}\n"
    )
    assert [(p.name, p.reason) for p in result.problems] == [
        ("One", "too_few_pairs"),
        ("Arrow", "matching_format"),
    ]


def test_crlf_line_ends_and_byte_order_mark():
    data = "\ufeff// c\r\n::A::x{T}\r\n\r\n::B::y{F}\r\n".encode()
    result = import_gift(data, "win.txt")
    assert [(q.name, q.source.line) for q in result.questions] == [("A", 2), ("B", 4)]


def test_not_utf8_is_refused_with_its_line():
    data = "::A::x{T}\n\n::B::分钟{F}\n".encode("gbk")
    with pytest.raises(QuestionFileError) as info:
        import_gift(data, "gbk.txt")
    assert (info.value.code, info.value.fields) == ("not_utf8", {"file": "gbk.txt", "line": 3})


def test_a_5_mb_file_repeating_the_bank_imports_every_copy_with_its_own_id_and_line():
    one = GIFT_BANK.read_bytes() + b"\n\n"
    copies = 5_000_000 // len(one) + 1
    single = import_gift(one, "bank.gift")
    result = import_gift(one * copies, "big.gift")
    assert len(result.questions) == copies * len(single.questions)
    assert len(result.problems) == copies * len(single.problems)
    ids = [q.id for q in result.questions]
    assert len(set(ids)) == len(ids)  # repeats numbered -2, -3 …, none lost
    first = single.questions[0].id
    assert f"{first}-{copies}" in ids and f"{first}-{copies + 1}" not in ids
    lines_per_copy = one.count(b"\n")
    assert result.questions[-1].source.line == (
        (copies - 1) * lines_per_copy + single.questions[-1].source.line
    )
