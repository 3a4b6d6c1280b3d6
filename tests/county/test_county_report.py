"""The county PDF at county size: thousands of teachers paginate with the table header on every
page, nobody is lost or listed twice, long names do not spill, an empty county still prints,
and without the CJK font nothing is written."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import subprocess

import pytest

from app import fonts
from app.pdf import county_report
from content.targets import parse_targets
from sync.county.report_figures import county_figures
from sync.county.teacher_rows import TeacherRow
from tests.support.county import TARGETS

DISTRICTS = ["广安区", "华蓥市", "岳池县", "武胜县", "邻水县", "前锋区"]
LONG = "附属实验学校幼儿园分部第二校区东校区"
WHEN = dt.datetime(2026, 11, 25, 9, 30)


def _rows(n: int) -> list[TeacherRow]:
    rng = random.Random(7)
    return [
        TeacherRow(
            f"511621198001{i:06d}",
            f"教师{i}",
            f"{DISTRICTS[i % 6]}第{i % 30}小学" + (LONG if i % 50 == 0 else ""),
            "primary",
            "数学",
            1,
            rng.uniform(0, 15),
            rng.choice([0.0, 7.0, 35.0]),
            i % 5 == 1,
            district=DISTRICTS[i % 6],
            active=True,
            best_score=rng.choice([None, 58.5, 91.25]),
            tests_passed=i % 3,
        )
        for i in range(n)
    ]


def _pages(path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")[:-1]


def test_thousands_of_teachers_paginate_and_none_is_lost(zh_app, tmp_path):
    rows = _rows(3000)
    targets = parse_targets(TARGETS.read_bytes(), str(TARGETS))
    figures = county_figures(rows, targets, 2016)
    out = tmp_path / "县级报告.pdf"
    county_report.write_county_report(figures, "广安市", "提升工程 2.0", out, WHEN)
    pages = _pages(out)
    assert len(pages) > 20
    for n, page in enumerate(pages, start=1):
        assert f"广安市 · 第 {n} 页" in page
    first = next(i for i, p in enumerate(pages) if "尚未结业的教师（2400 人）" in p)
    listed = []
    for page in pages[first:]:
        assert "姓名" in page and "身份证号" in page  # the header repeats on every page
        listed += [ln.split()[1] for ln in page.splitlines() if "*" * 11 in ln]
    behind = [r for r in rows if not r.met]
    assert sorted(listed) == sorted(r.masked_id for r in behind)  # each once, none lost
    long_school = next(ln for p in pages[first:] for ln in p.splitlines() if "附属实验" in ln)
    assert "…" in long_school and LONG not in long_school  # cut, not spilled over
    assert "生成于 2026-11-25 09:30" in pages[0] and "全市概况" in pages[0]  # 区县 under a 市


def test_an_empty_county_still_prints(zh_app, tmp_path):
    targets = parse_targets(TARGETS.read_bytes(), str(TARGETS))
    out = tmp_path / "r.pdf"
    county_report.write_county_report(county_figures([], targets, 2016), "岳池县", "x", out, WHEN)
    text = "".join(_pages(out))
    assert "尚无教师的学习记录送达。" in text and "全市合计" in text
    county_report.write_county_report(county_figures([], [], None), "岳池县", "x", out, WHEN)
    text = "".join(_pages(out))
    assert "—" in text and "全县概况" in text  # no targets: no rates, no crash; one 县


def test_without_the_cjk_font_nothing_is_written(tmp_path, monkeypatch):
    monkeypatch.setattr(fonts, "find_cjk_font", lambda: None)
    out = tmp_path / "r.pdf"
    with pytest.raises(county_report.CjkFontMissing):
        county_report.write_county_report(
            county_figures(_rows(3), [], None), "岳池县", "x", out, WHEN
        )
    assert list(tmp_path.iterdir()) == []


def test_markup_in_names_is_text_and_a_4000_character_school_name_still_reports(zh_app, tmp_path):
    rows = _rows(4)
    hostile = {
        0: ('<font color="red">王</font>', "校" * 4000),
        1: ('<a href="http://example.com">李</a>', "<br/>二小"),
        2: ('<img src="x.png"/>', "三小 & <b>四小</b>"),
    }
    for i, (name, school) in hostile.items():
        rows[i] = dataclasses.replace(rows[i], name=name, school=school, met=False)
    figures = county_figures(rows, [], 2016)
    out = tmp_path / "r.pdf"
    county_report.write_county_report(figures, "<font size=80>岳池县</font>", "x", out, WHEN)
    text = "".join("".join(_pages(out)).split())
    for name, _school in hostile.values():
        assert (
            "".join(name.split())[:3] in text
        )  # the narrow name column cuts, but prints the tag as text
    assert "<br/>二小" in text and "三小&<b>四小</b>" in text
    assert "<fontsize=80>岳池县</font>" in text
    assert "校" * 10 in text and text.count("校") < 1000  # cut with an ellipsis, report made


def test_the_report_reads_as_an_official_document(zh_app, tmp_path):
    rows = [dataclasses.replace(r, best_score=None) for r in _rows(40)]  # nobody took a test
    targets = parse_targets(TARGETS.read_bytes(), str(TARGETS))
    out = tmp_path / "r.pdf"
    name = "广安市教师发展中心（演示）"
    county_report.write_county_report(county_figures(rows, targets, 2016), name, "x", out, WHEN)
    pages = _pages(out)
    lines = [ln.strip() for ln in pages[0].splitlines() if ln.strip()]
    # The title is two whole phrases, never a word cut at the line's end.
    assert lines[0] == name and lines[1] == "教师信息技术应用能力提升工程进展报告"
    # Headers wrap between words: each part of a header is a whole word.
    district_head = next(i for i, p in enumerate(pages) if "各区县情况" in p)
    words = " ".join(pages[district_head].split())
    assert "专任 参训" in words or "专任" in words.split()
    assert "专任教" not in words and "参训人" not in words
    # A column with no figure for anyone is left out; the 0s of a real column stay.
    behind = "".join(pages[1:])
    assert "最高成绩" not in behind and "最高" not in behind.split()
    assert "合格数" in behind
    # Lines to sign and stamp at the end.
    assert "审核人：" in pages[-1] and "单位（盖章）：" in pages[-1]
