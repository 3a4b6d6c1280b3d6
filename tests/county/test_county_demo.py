"""The demo county: built through the real parts, and what its laptops show equals what the
hub shows, county decisions included, and the schools' plans (整校推进) reach it."""

from __future__ import annotations

import pytest

from content.targets import guangan_targets
from sync.county import school_documents
from sync.county.hub import Hub
from sync.county.teacher_rows import teacher_rows
from sync.demo import county as county_demo
from sync.laptop.laptop import Laptop
from tests.support.cli import songpei


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return county_demo.build(tmp_path_factory.mktemp("county") / "demo", scale=0.001)


def test_the_demo_county_has_the_districts_evidence_decisions_and_flags(demo):
    with Hub.open(demo.hub_path) as hub:
        real = {t.district: t for t in guangan_targets()}
        targets = hub.targets()
        assert [t.district for t in targets] == list(real)
        assert targets[2].teachers_total == round(real["岳池县"].teachers_total * 0.001)
        catalog, rules = hub.content()
        rows = teacher_rows(hub, catalog, rules)
        assert {r.district for r in rows} <= set(real) and "" not in {r.district for r in rows}
        assert any(r.township for r in rows)
        assert hub.evidence_submissions("decided") and hub.evidence_submissions("pending")
        plans = school_documents.documents(hub)  # 整校推进: schools' plans, some rated
        assert plans and all(p.present for p in plans)
        assert {p.school for p in plans} <= school_documents.known_schools(hub)
        assert any(p.rating for p in plans) and any(p.rating is None for p in plans)
        assert [f.kind for f in hub.flags()] == ["clock-skew"]
        (held,) = hub.quarantined()
        assert held.reason == "unknown-device"
        before = hub.checksums()
    again = county_demo.build(demo.folder, scale=0.5)  # already built: found, not rebuilt
    assert again == demo
    with Hub.open(demo.hub_path) as hub:
        assert hub.checksums() == before


def test_each_demo_laptop_shows_what_the_hub_shows(demo):
    with Hub.open(demo.hub_path) as hub:
        catalog, rules = hub.content()
        rows = {r.id_number: r for r in teacher_rows(hub, catalog, rules)}
        held = {q.device_id for q in hub.quarantined()}
        decided = {d.submission_id: d for d in hub.decisions()}
    seen_decisions = 0
    for folder in sorted((demo.folder / "laptops").iterdir()):
        with Laptop.open(folder) as laptop:
            if laptop.journal.device_id in held:
                assert laptop.county_decisions() == []
                continue
            for d in laptop.county_decisions():
                assert (d.level, d.recognised) == (
                    decided[d.submission_id].level,
                    decided[d.submission_id].recognised,
                )
                seen_decisions += 1
            for t in laptop.teachers.all():
                mine, theirs = laptop.progress(t.id), rows[t.id_number]
                assert mine.online_hours == pytest.approx(theirs.online_hours)
                assert mine.practice_hours == theirs.practice_hours
                assert mine.met == theirs.met
    assert seen_decisions == len(decided) > 0


def test_the_command_line_builds_and_finds_the_demo(demo, tmp_path):
    r = songpei("hub", "demo", demo.folder)
    assert r.returncode == 0 and r.stdout.strip() == str(demo.hub_path), r.stderr
    assert "演示县" in r.stderr
    (tmp_path / "mine.txt").write_text("x")
    r = songpei("hub", "demo", tmp_path)
    assert r.returncode == 1 and "不是演示县数据" in r.stderr and (tmp_path / "mine.txt").exists()
