"""`check_file`: the report behind `songpei questions check FILE`."""

from __future__ import annotations

import shutil

import pytest

from content.errors import QuestionFileError
from content.question_check import GIFT, MOODLE_XML, check_file
from tests.support.questions import GIFT_BANK, XML_BANK

NONE = {
    "single": 0,
    "multiple": 0,
    "truefalse": 0,
    "ordering": 0,
    "matching": 0,
    "short": 0,
    "case": 0,
}


def test_moodle_xml_bank_report():
    report = check_file(XML_BANK)
    assert (report.format, report.file) == (MOODLE_XML, str(XML_BANK))
    assert report.counts == {
        **NONE,
        "single": 1,
        "multiple": 1,
        "truefalse": 2,
        "ordering": 1,
        "matching": 1,
        "short": 1,
    }
    assert [(p.name, p.line, p.kind, p.type, p.reason) for p in report.problems] == [
        ("五年学时", 132, "unsupported", "numerical", ""),
        ("学情分析方案", 246, "unsupported", "essay", ""),
        ("A3 说明", 285, "not_a_question", "description", ""),
        ("看图改课件", 302, "unsupported", "multichoice", "embedded_files"),
        ("微课时长填空", 381, "unsupported", "cloze", ""),
        ("拖放：三类环境", 397, "unsupported", "ddwtos", ""),
    ]
    assert (report.imported, report.has_broken) == (7, False)


def test_gift_bank_report():
    report = check_file(GIFT_BANK)
    assert report.format == GIFT
    assert report.counts == {
        **NONE,
        "single": 2,
        "multiple": 1,
        "truefalse": 4,
        "matching": 1,
        "short": 2,
    }
    assert [(p.name, p.line, p.kind, p.type) for p in report.problems] == [
        ("教学反思", 2, "unsupported", "essay"),
        ("五年学时", 32, "unsupported", "numerical"),
        ("A3 说明", 35, "not_a_question", "description"),
        ("一学时", 67, "unsupported", "numerical"),
    ]
    assert (report.imported, report.has_broken) == (10, False)


def test_a_broken_question_makes_the_report_fail(tmp_path):
    path = tmp_path / "bank.gift"
    path.write_text(
        "::OK::Sky is blue{T}\n\n::Broken::Which {=a ~b\n\n::Intro::Read the case first.\n",
        encoding="utf-8",
    )
    report = check_file(path)
    assert report.counts == {**NONE, "truefalse": 1}
    assert [(p.name, p.line, p.kind, p.reason) for p in report.problems] == [
        ("Broken", 3, "broken", "unclosed_brace"),
        ("Intro", 5, "not_a_question", ""),
    ]
    assert report.has_broken is True


def test_unsupported_and_descriptions_alone_do_not_fail_the_check(tmp_path):
    path = tmp_path / "bank.gift"
    path.write_text("::Intro::Read first.\n\n::E::Reflect.{}\n", encoding="utf-8")
    report = check_file(path)
    assert (report.imported, len(report.problems), report.has_broken) == (0, 2, False)


def test_format_is_detected_by_content_then_by_name(tmp_path):
    xml_as_txt = tmp_path / "export.txt"
    shutil.copy(XML_BANK, xml_as_txt)
    assert check_file(xml_as_txt).format == MOODLE_XML
    assert check_file(xml_as_txt).imported == 7
    gift_any_name = tmp_path / "bank.questions"
    gift_any_name.write_text("::A::x{T}\n", encoding="utf-8")
    assert check_file(gift_any_name).format == GIFT
    html_gift = tmp_path / "bank.txt"
    html_gift.write_text("<b>Projector</b> is a device{T}\n", encoding="utf-8")
    assert check_file(html_gift).format == GIFT
    assert check_file(html_gift).counts["truefalse"] == 1
    gift_as_xml = tmp_path / "bank.xml"
    gift_as_xml.write_text("::A::x{T}\n", encoding="utf-8")
    with pytest.raises(QuestionFileError) as info:
        check_file(gift_as_xml)
    assert (info.value.code, info.value.fields) == (
        "not_xml",
        {"file": str(gift_as_xml), "line": 1},
    )


def test_files_that_cannot_be_read_are_structured_errors(tmp_path):
    cases = [(tmp_path / "missing.xml", "missing"), (tmp_path, "is_directory")]
    for path, reason in cases:
        with pytest.raises(QuestionFileError) as info:
            check_file(path)
        assert (info.value.code, info.value.fields) == (
            "unreadable",
            {"file": str(path), "reason": reason},
        )


def test_a_truncated_file_names_file_and_line(tmp_path):
    source = XML_BANK.read_bytes()
    path = tmp_path / "cut.xml"
    # stops inside the first question, before its first answer (line 35)
    path.write_bytes(source[: source.index(b"<answer fraction")])
    with pytest.raises(QuestionFileError) as info:
        check_file(path)
    assert (info.value.code, info.value.fields["file"], info.value.fields["line"]) == (
        "malformed_xml",
        str(path),
        35,
    )


def test_a_file_too_big_to_be_a_question_bank_is_refused(tmp_path, monkeypatch):
    from content import question_check

    monkeypatch.setattr(question_check, "MAX_BYTES", 100)
    path = tmp_path / "big.gift"
    path.write_bytes(b"::A::x{T}\n\n" * 20)
    with pytest.raises(QuestionFileError) as info:
        check_file(path)
    assert (info.value.code, info.value.fields["maximum"]) == ("too_large", 100)
