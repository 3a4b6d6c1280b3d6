"""The platform's table with the fields beyond the hours (考核结果, 能力点及评定, dates, 承训单位,
证书编号, 学分), for a hub built through the real import, exported through the command line
and read back as a county officer reads it: each value checked against what the laptop
journal, the county's decisions and the certificate register say."""

from __future__ import annotations

import datetime as dt
import json

import openpyxl

from content.rules import bundled_programme
from sync.base.events import ATTENDANCE_SIGNED, EVIDENCE_SUBMITTED, LESSON_SESSION
from sync.county import certificates
from sync.county.xlsx import read_xlsx
from tests.support.cli import songpei
from tests.support.county import COUNTY, POINT_HOURS, county_hub

CHINA = dt.timezone(dt.timedelta(hours=8))
PROVIDER = "岳池县教师发展中心"
COLUMNS = [
    ("身份证号", "id_number"),
    ("姓名", "name"),
    ("总学时", "total_hours"),
    ("考核结果", "assessment"),
    ("能力点及评定", "points_assessed"),
    ("首次学习日期", "first_study_date"),
    ("最近学习日期", "last_study_date"),
    ("认定日期", "recognised_date"),
    ("承训单位", "training_provider"),
    ("证书编号", "certificate_number"),
    ("学分", "credits"),
]


def _day(ms):
    return dt.datetime.fromtimestamp(ms / 1000, CHINA).date().isoformat()


def test_the_extra_fields_say_what_the_journal_the_county_and_the_register_say(laptop, tmp_path):
    programme = bundled_programme("national-2.0") | {
        "training_provider": PROVIDER,
        "hours_per_credit": 10,
    }
    hub, truth = county_hub(laptop, tmp_path, teachers=9, programme=programme)
    # One teacher whose three points the school rated 合格: the county rates A1 优秀,
    # refuses A3, recognises A5; then issues the certificate (nothing of theirs pending).
    items = hub.evidence_submissions()
    rated = sorted({i.teacher_id for i in items})
    judged = rated[0]
    decided_ms = []
    for item in items:
        if item.teacher_id != judged:
            continue
        level, ok, why = {
            "A1": ("优秀", True, ""),
            "A3": ("不合格", False, "课堂片段无法打开"),
        }.get(item.point, ("合格", True, ""))
        decided_ms.append((ok, hub.decide_evidence(item.submission_id, level, ok, why, "李审核")))
    judged_id = next(t.id_number for t in laptop.teachers.all() if t.id == judged)
    cert = certificates.issue(hub, COUNTY, judged_id, "李审核").certificate
    hub.close()

    template = tmp_path / "平台模板.json"
    template.write_text(
        json.dumps(
            {"format": 1, "columns": [{"header": h, "field": f} for h, f in COLUMNS]},
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    out = tmp_path / "学时.xlsx"
    r = songpei(
        "hub", "report", tmp_path / "hub.db", "--format", "xlsx", "--template", template,
        "--out", out,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    header, *lines = read_xlsx(out.read_bytes(), str(out))
    assert header == [h for h, _ in COLUMNS]
    got = {line[0]: dict(zip(header, line, strict=True)) for line in lines}
    assert set(got) == set(truth)

    ws = openpyxl.load_workbook(out).active  # as Excel sees it: dates and 学分 as written
    assert [c.value for c in ws[1]] == header
    assert all(isinstance(c.value, int | float) for c in ws["K"][1:])  # 学分 sum in Excel

    teachers = {t.id_number: t for t in laptop.teachers.all()}
    for id_number, row in got.items():
        t = teachers[id_number]
        me = truth[id_number]
        # the county's refusal of A3 takes its 12 学时 away from what the laptop counted
        total = me["total"] - (POINT_HOURS["A3"] if t.id == judged else 0)
        assert row["总学时"] == total
        # 学分: total ÷ the programme's 10 学时 a credit; 承训单位 from the programme's data
        assert row["学分"] == round(total / 10, 1), row
        assert row["承训单位"] == PROVIDER
        studied = [
            e.wall_ms
            for e in laptop.journal.events(
                t.id, types=(LESSON_SESSION, ATTENDANCE_SIGNED, EVIDENCE_SUBMITTED)
            )
            if e.type != LESSON_SESSION or e.data.get("active_seconds", 0) > 0
        ]
        assert row["首次学习日期"] == (_day(min(studied)) if studied else "")
        assert row["最近学习日期"] == (_day(max(studied)) if studied else "")
        if t.id == judged:
            assert row["能力点及评定"] == "A1 优秀；A3 不合格；A5 合格"
            assert row["考核结果"] == "不合格"  # two points accepted, the programme wants three
            assert row["认定日期"] == _day(max(d.decided_ms for ok, d in decided_ms if ok))
            assert row["证书编号"] == cert.number
        elif t.id in rated:
            assert row["能力点及评定"] == "A1 合格；A3 合格；A5 合格"
            assert row["考核结果"] == "合格"
            assert row["认定日期"] == "" and row["证书编号"] == ""
        else:
            assert row["能力点及评定"] == "" and row["考核结果"] == "未考核"
            assert row["认定日期"] == "" and row["证书编号"] == ""
    assert {r["考核结果"] for r in got.values()} == {"合格", "不合格", "未考核"}
    assert any(r["首次学习日期"] != r["最近学习日期"] for r in got.values())

    # the CSV of the same template says the same
    r = songpei(
        "hub", "report", tmp_path / "hub.db", "--format", "csv", "--template", template,
        "--out", tmp_path / "学时.csv",
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    text = (tmp_path / "学时.csv").read_text("utf-8-sig")
    assert "A1 优秀；A3 不合格；A5 合格" in text and cert.number in text


def test_without_a_credit_rate_or_provider_those_cells_stay_empty(laptop, tmp_path):
    hub, truth = county_hub(laptop, tmp_path, teachers=3)  # the shipped national-2.0
    hub.close()
    template = tmp_path / "t.json"
    template.write_text(
        '{"columns": [{"header": "身份证号", "field": "id_number"}, '
        '{"header": "学分", "field": "credits"}, {"header": "承训单位", "field": "training_provider"}]}',
        encoding="utf-8",
    )
    out = tmp_path / "t.xlsx"
    r = songpei("hub", "report", tmp_path / "hub.db", "--format", "xlsx", "--template", template,
                "--out", out)  # fmt: skip
    assert r.returncode == 0, r.stderr
    _, *lines = read_xlsx(out.read_bytes(), str(out))
    assert {line[0] for line in lines} == set(truth)
    assert all(line[1:] == ["", ""] for line in lines)
