"""`songpei questions check` as an author runs it, on Moodle's own files and on broken ones."""

from __future__ import annotations

from tests.questions_support import MOODLE_FIXTURES as FIXTURES
from tests.test_cli import songpei


def test_moodle_fixtures_report_what_imports_and_what_does_not():
    gift = songpei("questions", "check", FIXTURES / "questions.gift.txt")
    assert gift.returncode == 0
    assert "可导入 7 道题" in gift.stdout and "判断题 3" in gift.stdout
    assert "第 2 行“Q8”：问答题" in gift.stdout and "第 31 行“Q5”：数值题" in gift.stdout
    xml = songpei("questions", "check", FIXTURES / "nested_categories_with_questions.xml")
    assert xml.returncode == 0 and "“Kappa Essay Question”：问答题" in xml.stdout


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
