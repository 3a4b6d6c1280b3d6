"""`songpei questions check` as an author runs it, on the project's own banks and on broken
ones."""

from __future__ import annotations

from tests.support.cli import songpei
from tests.support.questions import GIFT_BANK, XML_BANK


def test_banks_report_what_imports_and_what_does_not():
    gift = songpei("questions", "check", GIFT_BANK)
    assert gift.returncode == 0, gift.stderr
    out = gift.stdout.splitlines()
    assert out[0].endswith("bank.gift.txt（GIFT）：可导入 10 道题。")
    assert out[1].split("；")[:6] == [
        "  单选题 2",
        "多选题 1",
        "判断题 4",
        "排序题 0",
        "匹配题 1",
        "简答题 2",
    ]
    assert out[2:] == [
        "暂不支持（未导入）：",
        "  第 2 行“教学反思”：问答题",
        "  第 32 行“五年学时”：数值题",
        "  第 67 行“一学时”：数值题",
        "不是题目（已跳过）：",
        "  第 35 行“A3 说明”：说明文字",
    ]
    xml = songpei("questions", "check", XML_BANK)
    assert xml.returncode == 0, xml.stderr
    assert "（Moodle XML）：可导入 7 道题。" in xml.stdout and "排序题 1" in xml.stdout
    for line in (
        "第 132 行“五年学时”：数值题",
        "第 246 行“学情分析方案”：问答题",
        "第 302 行“看图改课件”：选择题：含有图片或附件",
        "第 381 行“微课时长填空”：嵌入式填空题（完形）",
        "第 397 行“拖放：三类环境”：拖放到文本",
        "第 285 行“A3 说明”：说明文字",
    ):
        assert line in xml.stdout


def test_broken_question_names_its_line_and_fails(tmp_path):
    bank = tmp_path / "bank.gift"
    bank.write_text("::ok:: 1+1=2 {T}\n\n::bad:: Which? {=a ~b\n", encoding="utf-8")
    r = songpei("questions", "check", bank)
    assert r.returncode == 1
    assert "第 3 行“bad”：“{”没有闭合" in r.stdout and "可导入 1 道题" in r.stdout


def test_hostile_and_unreadable_files_are_refused_with_a_reason(tmp_path):
    bomb = tmp_path / "bomb.xml"
    bomb.write_text('<?xml version="1.0"?>\n<!DOCTYPE q [<!ENTITY a "aaaa">]>\n<quiz>&a;</quiz>\n')
    r = songpei("questions", "check", bomb)
    assert r.returncode == 1 and "含有 DTD 或实体定义" in r.stderr and "第 2 行" in r.stderr
    gbk = tmp_path / "gbk.gift"
    gbk.write_bytes("::题:: 信息技术是什么？{T}".encode("gbk"))
    r = songpei("questions", "check", gbk)
    assert r.returncode == 1 and "不是 UTF-8 文本" in r.stderr
    r = songpei("questions", "check", tmp_path / "missing.xml")
    assert r.returncode == 1 and "无法读取" in r.stderr and "Traceback" not in r.stderr
