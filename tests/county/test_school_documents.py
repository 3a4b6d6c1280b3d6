"""整校推进 at the county: a school's 信息化发展规划 and 校本研修方案, filed on a real laptop by
its 信息化管理团队, travel in a real bundle into a real hub, are listed under their school with
their file, and the county's 合格 / 不合格 is kept with who rated and when, as history."""

from __future__ import annotations

import sqlite3

import pytest

from sync.base import migrate
from sync.county import school_documents as docs
from sync.county.decisions import CountyActionRefused
from sync.county.hub import Hub
from sync.laptop import evidence
from tests.support.cli import songpei
from tests.support.evidence import enrol
from tests.support.packs import minimal_pdf
from tests.support.school_documents import OTHER_SCHOOL, SCHOOL, sync, two_schools

OFFICER = "县教师发展中心 李老师"


@pytest.fixture
def filed(laptop, hub, tmp_path):
    head, plan, training = two_schools(laptop, hub, tmp_path)
    return laptop, hub, head, plan, training


def test_filed_documents_reach_the_county_under_their_school(filed, tmp_path):
    laptop, hub, head, plan, training = filed
    found = docs.documents(hub)
    assert [(d.school, d.kind, d.name, d.filer_name) for d in found] == [
        (SCHOOL, "development_plan", "信息化发展规划.pdf", "李校长"),
        (SCHOOL, "training_plan", "校本研修方案.txt", "李校长"),
    ]
    for doc, source in zip(found, (plan, training), strict=True):
        assert doc.present and doc.device_id == laptop.journal.device_id
        assert hub.evidence_path(doc.sha256).read_bytes() == source.read_bytes()
        assert doc.rating is None
    # Every school is listed, the one that filed nothing too.
    rows = docs.by_school(found, docs.known_schools(hub))
    assert [(r.school, {k: bool(d) for k, d in r.latest.items()}) for r in rows] == [
        (SCHOOL, {"development_plan": True, "training_plan": True}),
        (OTHER_SCHOOL, {"development_plan": False, "training_plan": False}),
    ]
    # The same bundle again adds nothing; a plan filed anew is the latest, the first kept.
    sync(laptop, hub, tmp_path / "usb")
    assert len(docs.documents(hub)) == 2
    plan.write_bytes(minimal_pdf("development plan, revised"))
    evidence.file_school_document(laptop, head.id, "development_plan", plan)
    sync(laptop, hub, tmp_path / "usb")
    (row,) = [r for r in docs.by_school(docs.documents(hub, SCHOOL), []) if r.school == SCHOOL]
    newest = row.latest["development_plan"]
    assert newest is not None
    assert hub.evidence_path(newest.sha256).read_bytes() == plan.read_bytes()
    assert [d.kind for d in row.earlier] == ["development_plan"]
    assert row.earlier[0].sha256 != newest.sha256


def test_the_countys_rating_is_kept_with_its_history(filed):
    _laptop, hub, *_ = filed
    plan = docs.documents(hub)[0]
    with pytest.raises(CountyActionRefused) as refused:
        docs.rate(hub, plan.event_id, "不合格", "  ", OFFICER)
    assert refused.value.reason == "comment-required"
    with pytest.raises(CountyActionRefused) as refused:
        docs.rate(hub, plan.event_id, "优秀", "", OFFICER)  # a plan is 合格 or 不合格
    assert refused.value.reason == "bad-document-level"
    with pytest.raises(CountyActionRefused) as refused:
        docs.rate(hub, plan.event_id, "合格", "", " ")
    assert refused.value.reason == "officer-required"
    with pytest.raises(CountyActionRefused) as refused:
        docs.rate(hub, "no-such-event", "合格", "", OFFICER)
    assert refused.value.reason == "unknown-document"
    assert docs.ratings(hub, plan.event_id) == []  # nothing refused was written

    first = docs.rate(hub, plan.event_id, "不合格", "缺少年度目标与分工", OFFICER)
    again = docs.rate(hub, plan.event_id, "fail", "缺少年度目标与分工", "另一位老师")
    assert again == first  # the same rating word for word writes nothing
    second = docs.rate(hub, plan.event_id, "合格", "已补充年度目标", OFFICER)
    history = docs.ratings(hub, plan.event_id)
    assert [(r.level, r.comment, r.officer) for r in history] == [
        ("fail", "缺少年度目标与分工", OFFICER),
        ("pass", "已补充年度目标", OFFICER),
    ]
    assert history[0].rated_ms <= history[1].rated_ms and history[1] == second
    listed = {d.event_id: d for d in docs.documents(hub)}
    assert listed[plan.event_id].rating == second
    assert all(d.rating is None for k, d in listed.items() if k != plan.event_id)


def test_a_hub_from_before_the_table_lists_documents_it_already_holds(filed, tmp_path):
    _laptop, hub, *_ = filed
    before = docs.documents(hub)
    hub.close()
    old = sqlite3.connect(tmp_path / "hub.db", isolation_level=None)
    old.execute("DROP TABLE school_document_ratings")
    old.execute("DROP TABLE school_documents")
    old.execute("PRAGMA user_version=13")
    old.close()
    reopened = Hub.open(tmp_path / "hub.db")
    try:
        latest = migrate.steps(migrate.package_dir("county/migrations"))[-1][0]
        assert reopened.conn.execute("PRAGMA user_version").fetchone()[0] == latest
        assert docs.documents(reopened) == before
    finally:
        reopened.close()


def test_only_the_school_team_files_and_only_known_kinds(laptop, tmp_path):
    teacher = enrol(laptop, "王芳", "011")
    head = enrol(laptop, "李校长", "023", school_team=True)
    plan = tmp_path / "plan.pdf"
    plan.write_bytes(minimal_pdf())
    with pytest.raises(evidence.RatingRefused):
        evidence.file_school_document(laptop, teacher.id, "development_plan", plan)
    picture = tmp_path / "plan.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n")
    with pytest.raises(evidence.EvidenceRefused) as refused:
        evidence.file_school_document(laptop, head.id, "development_plan", picture)
    assert (refused.value.reason, refused.value.args_["slot"]) == ("wrong_type", "development_plan")
    assert evidence.school_documents(laptop) == []
    ev = evidence.file_school_document(laptop, head.id, "training_plan", plan)
    (doc,) = evidence.school_documents(laptop)
    assert (doc.id, doc.kind, doc.name, doc.filed_by) == (
        ev.id,
        "training_plan",
        "plan.pdf",
        head.id,
    )


def test_the_command_line_lists_each_schools_plans(filed, tmp_path):
    _laptop, hub, *_ = filed
    plan = docs.documents(hub)[0]
    docs.rate(hub, plan.event_id, "不合格", "缺少年度目标", OFFICER)
    r = songpei("hub", "school-documents", tmp_path / "hub.db")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].split() == [
        "学校",
        "文档",
        "提交时间",
        "文件",
        "电脑",
        "县级评定",
        "评定人、时间、意见",
    ]
    (mine,) = [line for line in lines if "信息化发展规划" in line and SCHOOL in line]
    assert "信息化发展规划.pdf" in mine and "不合格" in mine and "缺少年度目标" in mine
    assert "李老师" in mine
    (training,) = [line for line in lines if "校本研修方案" in line and SCHOOL in line]
    assert "尚未评定" in training
    assert len([line for line in lines if OTHER_SCHOOL in line and "尚未收到" in line]) == 2
    one = songpei("hub", "school-documents", tmp_path / "hub.db", "--school", OTHER_SCHOOL)
    assert one.returncode == 0 and SCHOOL not in one.stdout and "尚未收到" in one.stdout
