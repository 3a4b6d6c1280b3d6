from __future__ import annotations

from pathlib import Path

import pytest

from content.rules import bundled_rules
from sync.base.errors import UnknownTeacher
from sync.laptop import evidence
from sync.laptop.evidence import EvidenceRefused, PointsRefused, RatingRefused
from tests.support.evidence import HOURS, enrol, install_points_pack


@pytest.fixture
def school(laptop, tmp_path):
    install_points_pack(laptop, tmp_path)
    teacher = enrol(laptop, "王芳", "011")
    head = enrol(laptop, "李校长", "023", school_team=True)
    evidence.choose_points(laptop, teacher.id, ["A1", "A3", "A5"])
    return laptop, teacher, head


def store_files(laptop) -> list[Path]:
    store = laptop.data_dir / "evidence"
    return sorted(p for p in store.rglob("*") if p.is_file()) if store.exists() else []


def nothing_written(laptop, before_seq: int) -> bool:
    return laptop.journal.last_seq() == before_seq and store_files(laptop) == []


def test_points_come_from_the_pack_and_the_programme_sets_how_many(school):
    laptop, teacher, _ = school
    assert laptop.rules.min_ability_points == 3 == bundled_rules().min_ability_points
    assert evidence.chosen_points(laptop, teacher.id) == ["A1", "A3", "A5"]
    with pytest.raises(PointsRefused) as err:
        evidence.choose_points(laptop, teacher.id, ["A1", "A3"])
    assert err.value.args_["reason"] == "too_few" and err.value.args_["minimum"] == 3
    with pytest.raises(PointsRefused) as err:
        evidence.choose_points(laptop, teacher.id, ["A1", "A3", "B9"])
    assert err.value.args_ == {"reason": "unknown_point", "code": "B9"}
    with pytest.raises(UnknownTeacher):
        evidence.choose_points(laptop, "t-nobody", ["A1", "A3", "A5"])


@pytest.mark.parametrize(
    "case, reason",
    [
        ("too_large", "too_large"),
        ("wrong_type", "wrong_type"),
        ("missing", "missing"),
        ("media_typed", "file_needed"),
        ("too_long", "too_long"),
        ("unknown_slot", "unknown_slot"),
    ],
)
def test_a_bad_slot_is_refused_and_nothing_is_written(school, tmp_path, case, reason):
    laptop, teacher, _ = school
    big = tmp_path / "clip.mp4"
    big.write_bytes(b"v" * 3001)  # the media slot allows 3000 bytes
    exe = tmp_path / "clip.exe"
    exe.write_bytes(b"MZ")
    slots = {"plan": "我的设计", "reflection": "我的反思", "media": tmp_path / "ok.jpg"}
    (tmp_path / "ok.jpg").write_bytes(b"\xff\xd8" * 10)
    slots |= {
        "too_large": {"media": big},
        "wrong_type": {"media": exe},
        "missing": {"reflection": "  "},
        "media_typed": {"media": "a video"},
        "too_long": {"plan": "字" * 1500},  # 4500 bytes > 4000
        "unknown_slot": {"extra": "x"},
    }[case]
    before = laptop.journal.last_seq()
    with pytest.raises(EvidenceRefused) as err:
        evidence.submit(laptop, teacher.id, "A1", slots)
    a = err.value.args_
    assert a["reason"] == reason and a["point"] == "A1"
    assert a.get("title") == {"media": "课堂片段", "plan": "设计方案", "reflection": "反思"}.get(
        a["slot"]
    )
    assert (
        a["slot"]
        == {
            "too_large": "media",
            "wrong_type": "media",
            "missing": "reflection",
            "media_typed": "media",
            "too_long": "plan",
            "unknown_slot": "extra",
        }[case]
    )
    if case == "too_large":
        assert (a["limit"], a["size"], a["name"]) == (3000, 3001, "clip.mp4")
    if case == "wrong_type":
        assert a["types"] == ["mp4", "jpg"]
    assert nothing_written(laptop, before)


def test_a_point_not_chosen_cannot_take_evidence(laptop, tmp_path):
    install_points_pack(laptop, tmp_path)
    teacher = enrol(laptop, "王芳", "011")
    with pytest.raises(PointsRefused) as err:
        evidence.submit(laptop, teacher.id, "A1", {"plan": "x", "reflection": "y"})
    assert err.value.args_["reason"] == "not_chosen"


def test_a_submission_stores_files_by_hash_and_writes_one_event(school, tmp_path):
    laptop, teacher, _ = school
    import hashlib

    clip = tmp_path / "课堂.mp4"
    clip.write_bytes(b"\0\0\0\x18ftypmp42" + b"x" * 2000)
    plan = tmp_path / "设计.PDF"  # extensions compare without case
    plan.write_bytes(b"%PDF-1.4 plan")
    before = laptop.journal.last_seq()
    ev = evidence.submit(
        laptop, teacher.id, "A1", {"plan": plan, "media": clip, "reflection": " 学生反应很好。 "}
    )
    assert laptop.journal.last_seq() == before + 1
    assert ev.type == "evidence.submitted" and ev.teacher_id == teacher.id
    sha = hashlib.sha256(clip.read_bytes()).hexdigest()
    assert ev.data == {
        "point": "A1",
        "slots": {
            "media": {"sha256": sha, "size": 2012, "name": "课堂.mp4"},
            "plan": {
                "sha256": hashlib.sha256(b"%PDF-1.4 plan").hexdigest(),
                "size": 13,
                "name": "设计.PDF",
            },
            "reflection": "学生反应很好。",
        },
    }
    stored = evidence.stored_path(laptop, sha)
    assert stored == laptop.data_dir / "evidence" / sha[:2] / sha
    assert stored.read_bytes() == clip.read_bytes()
    # The same file again is kept once; no temporary files are left behind.
    evidence.submit(laptop, teacher.id, "A3", {"plan": "方案", "media": clip, "reflection": "r"})
    assert len(store_files(laptop)) == 2
    (sub1, sub2) = evidence.submissions(laptop, teacher.id)
    assert (sub1.id, sub1.point, sub2.point, sub1.rating) == (ev.id, "A1", "A3", None)


def test_only_the_school_team_rates_and_never_their_own(school):
    laptop, teacher, head = school
    other = enrol(laptop, "张老师", "035")
    sub = evidence.submit(laptop, teacher.id, "A1", {"plan": "方案", "reflection": "反思"})
    with pytest.raises(RatingRefused) as err:
        evidence.rate(laptop, other.id, sub.id, "合格")
    assert err.value.args_["reason"] == "not_school_team"
    evidence.choose_points(laptop, head.id, ["A1", "A3", "A5"])
    own = evidence.submit(laptop, head.id, "A1", {"plan": "方案", "reflection": "反思"})
    with pytest.raises(RatingRefused) as err:
        evidence.rate(laptop, head.id, own.id, "优秀")
    assert err.value.args_["reason"] == "own_submission"
    with pytest.raises(RatingRefused) as err:
        evidence.rate(laptop, head.id, sub.id, "很好")
    assert err.value.args_["reason"] == "bad_level"
    with pytest.raises(RatingRefused) as err:
        evidence.rate(laptop, head.id, "no-such-event", "合格")
    assert err.value.args_["reason"] == "unknown_submission"
    assert [s.id for s in evidence.to_rate(laptop, head.id)] == [sub.id]

    rated = evidence.rate(laptop, head.id, sub.id, "优秀", " 设计清楚 ")
    assert rated.teacher_id == teacher.id  # the fact is about the submitter
    assert rated.data == {
        "submission": sub.id,
        "point": "A1",
        "level": "excellent",
        "comment": "设计清楚",
        "rater": head.id,
    }
    (s,) = evidence.submissions(laptop, teacher.id)
    assert (s.rating.level, s.rating.rater_id) == ("excellent", head.id)
    # Membership is a profile change, and withdrawing it stops the ratings.
    laptop.teachers.set_school_team(head.id, False)
    assert not laptop.teachers.get(head.id).school_team
    with pytest.raises(RatingRefused):
        evidence.rate(laptop, head.id, sub.id, "合格")


def test_practice_hours_follow_the_latest_rating(school):
    laptop, teacher, head = school
    base = laptop.progress(teacher.id).practice_hours
    sub = evidence.submit(laptop, teacher.id, "A1", {"plan": "方案", "reflection": "反思"})
    assert laptop.progress(teacher.id).practice_hours == base
    evidence.rate(laptop, head.id, sub.id, "不合格", "缺少数据")
    assert laptop.progress(teacher.id).practice_hours == base
    again = evidence.submit(laptop, teacher.id, "A1", {"plan": "新方案", "reflection": "反思"})
    evidence.rate(laptop, head.id, again.id, "合格")
    assert laptop.progress(teacher.id).practice_hours == base + HOURS["A1"]
    evidence.rate(laptop, head.id, sub.id, "excellent")  # the first one, rated again
    assert laptop.progress(teacher.id).practice_hours == base + HOURS["A1"]  # once per point


def test_evidence_is_submitted_again_only_after_a_fail(school):
    laptop, teacher, head = school
    slots = {"plan": "方案", "reflection": "反思"}
    assert evidence.may_resubmit(laptop, teacher.id, "A1")
    first = evidence.submit(laptop, teacher.id, "A1", slots)
    assert not evidence.may_resubmit(laptop, teacher.id, "A1")  # waiting for its rating
    before = laptop.journal.last_seq()
    with pytest.raises(PointsRefused) as refused:
        evidence.submit(laptop, teacher.id, "A1", slots)
    assert refused.value.args_["reason"] == "already_submitted"
    assert laptop.journal.last_seq() == before
    evidence.rate(laptop, head.id, first.id, "不合格", "缺少数据")
    assert evidence.may_resubmit(laptop, teacher.id, "A1")
    second = evidence.submit(laptop, teacher.id, "A1", {"plan": "新方案", "reflection": "反思"})
    assert second.id != first.id
    kept = evidence.submissions(laptop, teacher.id)
    assert [s.id for s in kept] == [first.id, second.id]  # a new event; the first is untouched
    assert kept[0].slots["plan"] == "方案" and kept[0].rating.level == "fail"
    assert evidence.latest_submission(laptop, teacher.id, "A1").id == second.id
    evidence.rate(laptop, head.id, second.id, "合格")
    assert not evidence.may_resubmit(laptop, teacher.id, "A1")


def test_school_documents_are_filed_by_the_school_team(school, tmp_path):
    laptop, teacher, head = school
    plan = tmp_path / "发展规划.pdf"
    plan.write_bytes(b"%PDF-1.4 plan")
    with pytest.raises(RatingRefused):
        evidence.file_school_document(laptop, teacher.id, "development_plan", plan)
    with pytest.raises(RatingRefused):
        evidence.file_school_document(laptop, head.id, "budget", plan)
    ev = evidence.file_school_document(laptop, head.id, "development_plan", plan)
    assert ev.type == "school.document_filed" and ev.data["kind"] == "development_plan"
    assert evidence.stored_path(laptop, ev.data["file"]["sha256"]).read_bytes() == b"%PDF-1.4 plan"


def test_a_file_that_grew_after_its_check_is_refused_and_leaves_nothing(school, tmp_path):
    laptop, _, _ = school
    grown = tmp_path / "grown.mp4"
    grown.write_bytes(b"g" * 5000)

    def refuse(reason, **more):
        return EvidenceRefused(reason=reason, **more)

    with pytest.raises(EvidenceRefused) as err:
        evidence.store_file(laptop, grown, 3000, refuse)
    assert err.value.args_["reason"] == "too_large" and err.value.args_["limit"] == 3000
    with pytest.raises(EvidenceRefused) as err:
        evidence.store_file(laptop, tmp_path / "gone.mp4", 3000, refuse)
    assert err.value.args_["reason"] == "unreadable"
    assert list((laptop.data_dir / "evidence").iterdir()) == []  # no temporary left
