"""The county office on a real hub fed by real bundles: evidence reaches the county's hours,
the county decides (学时认定), the decision travels back in the signed receipt and the laptop
counts it exactly as the hub does; flags and quarantine are worked through with notes."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from content.keys import generate
from sync.base import library
from sync.county.decisions import CountyActionRefused
from sync.county.hub import Hub
from sync.county.mail import write_mail
from sync.county.teacher_rows import teacher_rows
from sync.demo.simulate import simulate
from sync.laptop import evidence
from sync.laptop.inbox import receive
from sync.laptop.outbox import export_bundle
from tests.support.evidence import HOURS, enrol, install_points_pack
from tests.support.packs import PUBLISHER

COUNTY = generate("county", "岳池县教师发展中心")
OFFICER = "县教师发展中心 李老师"


def _hub_rows(hub):
    catalog, rules = hub.content()
    return {r.name: r for r in teacher_rows(hub, catalog, rules)}


@pytest.fixture
def county(laptop, tmp_path):
    """A school whose 王芳 submitted A1 (rated 合格 by the school) and A3 (not rated yet),
    exported and imported at a hub that knows the same pack."""
    install_points_pack(laptop, tmp_path)
    laptop.add_trust(COUNTY.public)
    teacher = enrol(laptop, "王芳", "011")
    head = enrol(laptop, "李校长", "023", school_team=True)
    evidence.choose_points(laptop, teacher.id, ["A1", "A3", "A5"])
    a1 = evidence.submit(laptop, teacher.id, "A1", {"plan": "学情分析方案", "reflection": "反思"})
    evidence.submit(
        laptop, teacher.id, "A3", {"plan": "方案", "media": _clip(tmp_path), "reflection": "反思"}
    )
    evidence.rate(laptop, head.id, a1.id, "合格", "材料完整")
    hub = Hub.init(tmp_path / "hub.db", COUNTY, tmp_path / "county.key")
    hub.add_publisher(PUBLISHER.public)
    (pack,) = library.find_packs(tmp_path / "out")
    hub.install_pack(pack)
    hub.enrol(laptop.journal.device_id, laptop.journal.device.public_bytes)
    drive = tmp_path / "usb"
    (r,) = hub.import_paths(export_bundle(laptop, drive).paths, COUNTY)
    assert r.status == "imported"
    yield laptop, hub, teacher, a1, drive
    hub.close()


def _clip(tmp_path):
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 100)
    return clip


def test_school_ratings_reach_the_county_as_on_the_laptop(county):
    laptop, hub, teacher, _, _ = county
    row = _hub_rows(hub)["王芳"]
    mine = laptop.progress(teacher.id)
    assert mine.practice_hours == HOURS["A1"] == row.practice_hours
    assert (row.points_chosen, row.points_rated, row.evidence_pending) == (3, 1, 2)
    assert row.status == "在训" and row.started
    assert _hub_rows(hub)["李校长"].status == "未参训"
    pending = hub.evidence_submissions("pending")
    assert [(s.teacher_name, s.point, s.school_level) for s in pending] == [
        ("王芳", "A1", "pass"),
        ("王芳", "A3", None),
    ]
    assert hub.evidence_submissions("decided") == []


def test_a_county_refusal_travels_back_and_both_sides_drop_the_hours(county):
    laptop, hub, teacher, a1, drive = county
    d = hub.decide_evidence(a1.id, "不合格", False, "课例与能力点不符", OFFICER)
    again = hub.decide_evidence(a1.id, "不合格", False, "课例与能力点不符", OFFICER)
    assert again.decision_id == d.decision_id and len(hub.decision_history(a1.id)) == 1
    row = _hub_rows(hub)["王芳"]
    assert row.practice_hours == 0 and row.evidence_pending == 1
    assert [s.point for s in hub.evidence_submissions("decided")] == ["A1"]

    assert laptop.progress(teacher.id).practice_hours == HOURS["A1"]  # before the mail
    write_mail(hub, drive, COUNTY)
    assert receive(laptop, drive).status == "applied"
    (seen,) = laptop.county_decisions(teacher.id)
    assert (seen.submission_id, seen.level, seen.recognised, seen.reason) == (
        a1.id,
        "fail",
        False,
        "课例与能力点不符",
    )
    assert seen.officer == ""  # no names travel in receipts
    assert laptop.progress(teacher.id).practice_hours == 0 == row.practice_hours

    with laptop.journal.reader() as conn:
        before = conn.execute("SELECT * FROM county_decisions").fetchall()
    assert receive(laptop, drive).status == "already"
    with laptop.journal.reader() as conn:
        assert conn.execute("SELECT * FROM county_decisions").fetchall() == before

    # The county changes its mind: a new decision, the history kept, the latest wins.
    hub.decide_evidence(a1.id, "优秀", True, "", OFFICER)
    assert [h.level for h in hub.decision_history(a1.id)] == ["fail", "excellent"]
    assert _hub_rows(hub)["王芳"].practice_hours == HOURS["A1"]
    write_mail(hub, drive, COUNTY)
    assert receive(laptop, drive).status == "applied"
    assert [d.level for d in laptop.county_decisions(teacher.id)] == ["excellent"]
    assert laptop.progress(teacher.id).practice_hours == HOURS["A1"]


def test_the_county_can_recognise_what_the_school_has_not_rated(county):
    laptop, hub, teacher, _, drive = county
    (a3,) = [s for s in hub.evidence_submissions("pending") if s.point == "A3"]
    hub.decide_evidence(a3.submission_id, "合格", True, "县级抽查合格", OFFICER)
    assert _hub_rows(hub)["王芳"].practice_hours == HOURS["A1"] + HOURS["A3"]
    write_mail(hub, drive, COUNTY)
    receive(laptop, drive)
    assert laptop.progress(teacher.id).practice_hours == HOURS["A1"] + HOURS["A3"]


def test_decisions_that_make_no_sense_are_refused_and_change_nothing(county):
    _, hub, _, a1, _ = county
    before = hub.checksums()
    for args, reason in [
        ((a1.id, "良好", True, "", OFFICER), "bad-level"),
        ((a1.id, "不合格", True, "", OFFICER), "fail-recognised"),
        ((a1.id, "合格", False, "  ", OFFICER), "reason-required"),
        ((a1.id, "合格", True, "", " "), "officer-required"),
        (("no-such-submission", "合格", True, "", OFFICER), "unknown-submission"),
    ]:
        with pytest.raises(CountyActionRefused) as err:
            hub.decide_evidence(*args)
        assert err.value.reason == reason
    assert hub.checksums() == before


def test_flags_are_closed_with_a_note(laptop, tmp_path):
    # A laptop whose clock battery died: its sessions say 2013.
    simulate(laptop, teachers=2, days=3, seed=4, start=dt.date(2013, 3, 1))
    laptop.add_trust(COUNTY.public)
    with Hub.init(tmp_path / "hub.db", COUNTY, tmp_path / "k") as hub:
        hub.enrol(laptop.journal.device_id, laptop.journal.device.public_bytes)
        hub.import_paths(export_bundle(laptop, tmp_path / "usb").paths, COUNTY)
        (flag,) = hub.flags()
        names = {t.name for t in laptop.teachers.all()}
        assert flag.kind == "clock-skew" and flag.teacher_name in names
        assert flag.device_id == laptop.journal.device_id
        with pytest.raises(CountyActionRefused) as err:
            hub.close_flag(flag.id, "   ")
        assert err.value.reason == "note-required" and hub.flags() == [flag]
        hub.close_flag(flag.id, "电话核实：学校笔记本时钟电池失效，学时属实")
        assert hub.flags() == []
        (closed,) = hub.flags(open_only=False)
        assert closed.note.startswith("电话核实") and closed.closed_ms
        with pytest.raises(CountyActionRefused) as err:
            hub.close_flag(flag.id, "again")
        assert err.value.reason == "already-closed"
        with pytest.raises(CountyActionRefused) as err:
            hub.close_flag(999, "x")
        assert err.value.reason == "unknown-flag"


def test_a_dismissed_quarantine_item_is_dropped_for_good(laptop, tmp_path):
    simulate(laptop, teachers=2, days=3, seed=8)
    laptop.add_trust(COUNTY.public)
    with Hub.init(tmp_path / "hub.db", COUNTY, tmp_path / "k") as hub:
        (r,) = hub.import_paths(export_bundle(laptop, tmp_path / "usb").paths, COUNTY)
        assert r.status == "quarantined"
        (item,) = hub.quarantined()
        assert item.reason == "unknown-device" and item.device_id == laptop.journal.device_id
        assert set(item.schools) == {t.school for t in laptop.teachers.all()}
        # kept under a name the hub computed (the signed trailers' SHA-256), not the bundle id
        (digest,) = hub.conn.execute("SELECT trailer_sha256 FROM bundles").fetchone()
        (stored,) = (hub.files_dir / "quarantine").iterdir()
        assert stored.name == digest and stored.is_dir()
        with pytest.raises(CountyActionRefused):
            hub.dismiss_quarantine(item.id, "")
        hub.dismiss_quarantine(item.id, "不是本县学校的电脑")
        assert hub.quarantined() == [] and not stored.exists()
        (done,) = hub.quarantined(open_only=False)
        assert (done.resolution, done.note) == ("dismissed", "不是本县学校的电脑")
        assert hub.approve(laptop.journal.device_id, COUNTY) == []  # nothing left to import
        assert hub.conn.execute("SELECT count(*) FROM events").fetchone()[0] == 0


def test_a_signed_receipt_with_a_malformed_decision_is_refused_whole(county):
    import json

    from content.keys import b64
    from sync.base.events import canonical_json
    from sync.base.receipt import DOMAIN, ReceiptRefused

    laptop, hub, teacher, a1, drive = county
    hub.decide_evidence(a1.id, "不合格", False, "课例与能力点不符", OFFICER)
    (path,) = write_mail(hub, drive, COUNTY)
    body = json.loads(json.loads(path.read_bytes())["body"])
    body["decisions"][0]["level"] = "great"
    body["receipt_id"] = "x" * 32
    raw = canonical_json(body)
    path.write_text(
        json.dumps(
            {"body": raw, "signature": b64(COUNTY.sign(DOMAIN, raw.encode()))}, ensure_ascii=False
        ),
        encoding="utf-8",
    )
    with pytest.raises(ReceiptRefused) as err:
        receive(laptop, drive)
    assert err.value.args_["reason"] == "damaged"
    assert laptop.acked_seq() == 0 and laptop.county_decisions() == []
    assert laptop.progress(teacher.id).practice_hours == HOURS["A1"]


def test_after_a_county_refusal_the_teacher_submits_again_and_only_once(county):
    laptop, hub, teacher, a1, drive = county
    assert not evidence.may_resubmit(laptop, teacher.id, "A1")  # rated 合格, not yet decided
    hub.decide_evidence(a1.id, "不合格", False, "课例与能力点不符", OFFICER)
    write_mail(hub, drive, COUNTY)
    assert receive(laptop, drive).status == "applied"
    assert evidence.may_resubmit(laptop, teacher.id, "A1")
    assert not evidence.may_resubmit(laptop, teacher.id, "A3")  # neither rated nor decided

    # Two windows (or a double click) submit at the same moment: one lands, one is refused.
    outcomes: list[object] = []

    def send() -> None:
        try:
            outcomes.append(
                evidence.submit(
                    laptop, teacher.id, "A1", {"plan": "新方案", "reflection": "新反思"}
                )
            )
        except evidence.PointsRefused as exc:
            outcomes.append(exc)

    threads = [threading.Thread(target=send) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    landed = [o for o in outcomes if not isinstance(o, Exception)]
    assert len(landed) == 1 and len(outcomes) == 2
    latest = evidence.latest_submission(laptop, teacher.id, "A1")
    assert latest.id == landed[0].id != a1.id  # a new event; the refused one is kept
    assert not evidence.may_resubmit(laptop, teacher.id, "A1")
