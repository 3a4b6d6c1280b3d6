"""The demo county: built through the real parts, and what its laptops show equals what the
hub shows, county decisions included, and the schools' plans (整校推进) reach it; a 2.0
county (2019–2023, 2.0 targets and rules) whose teachers teach what their schools teach."""

from __future__ import annotations

import json
import time

import pytest

from content.pack import MANIFEST
from content.school_stages import PRIMARY, SUBJECTS, fits, stages_of
from content.targets import demo_targets
from sync.county import rosters, school_documents
from sync.county.hub import Hub
from sync.county.measures import summary, years
from sync.county.teacher_rows import teacher_rows
from sync.demo import county as county_demo
from sync.laptop.laptop import Laptop
from tests.support.cli import songpei

PROGRAMME_YEARS = {2019, 2020, 2021, 2022, 2023}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return county_demo.build(tmp_path_factory.mktemp("county") / "demo", scale=0.001)


def test_the_demo_county_has_the_districts_evidence_decisions_and_flags(demo):
    with Hub.open(demo.hub_path) as hub:
        real = {t.district: t for t in demo_targets()}
        targets = hub.targets()
        assert [t.district for t in targets] == list(real)
        assert targets[2].teachers_total == round(real["岳池县"].teachers_total * 0.001)
        assert {y for t in targets for y in t.targets} == PROGRAMME_YEARS
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


def test_a_demo_county_of_an_earlier_edition_is_not_taken_for_built(demo, tmp_path):
    """One built before the demo became a 2.0 county (its marker names no edition, the 1.0
    table and dates inside) is not shown as it was: the next start builds it afresh."""
    assert county_demo.built(demo.folder) == demo
    old = tmp_path / "old"
    old.mkdir()
    (old / county_demo.MARKER).write_text(f"done {demo.laptops} {demo.teachers}\n", "utf-8")
    assert county_demo.built(old) is None


def test_the_command_line_builds_and_finds_the_demo(demo, tmp_path):
    r = songpei("hub", "demo", demo.folder)
    assert r.returncode == 0 and r.stdout.strip() == str(demo.hub_path), r.stderr
    assert "演示县" in r.stderr
    (tmp_path / "mine.txt").write_text("x")
    r = songpei("hub", "demo", tmp_path)
    assert r.returncode == 1 and "不是演示县数据" in r.stderr and (tmp_path / "mine.txt").exists()


def _year(wall_ms: int) -> int:
    return time.gmtime(wall_ms // 1000 + 8 * 3600).tm_year  # China time, as the hub reckons


def test_every_date_of_the_demo_county_is_within_the_2_0_years(demo):
    """The pack, every event the hub holds and every laptop's own journal are dated 2019–2023,
    but for the one laptop whose dead clock battery the hub flagged: all of its are before
    any kit existed."""
    (built,) = (demo.folder / "packs").iterdir()
    created = json.loads((built / MANIFEST).read_text("utf-8"))["created"]
    assert int(created[:4]) in PROGRAMME_YEARS
    with Hub.open(demo.hub_path) as hub:
        (flag,) = hub.flags()
        assert flag.kind == "clock-skew"
        by_device: dict[str, set[int]] = {}
        for device_id, wall_ms in hub.conn.execute("SELECT device_id, wall_ms FROM events"):
            by_device.setdefault(device_id, set()).add(_year(wall_ms))
    assert set(by_device.pop(flag.device_id)) <= set(range(2000, 2015))
    assert by_device and all(found <= PROGRAMME_YEARS for found in by_device.values())
    seen = set()
    for folder in sorted((demo.folder / "laptops").iterdir()):
        with Laptop.open(folder) as laptop:
            if laptop.journal.device_id == flag.device_id:
                continue
            found = {_year(e.wall_ms) for e in laptop.journal.events()}
            assert found <= PROGRAMME_YEARS, folder
            seen |= found
    assert len(seen) >= 3  # the schools' years spread over the programme


def test_each_teacher_teaches_a_subject_her_school_teaches(demo):
    with Hub.open(demo.hub_path) as hub:
        rows = teacher_rows(hub, *hub.content())
    assert rows
    for r in rows:
        assert stages_of(r.school), r.school  # the name says which 学段
        assert fits(r.school, r.stage, r.subject), (r.school, r.stage, r.subject)
    stages = {r.stage for r in rows}
    assert PRIMARY in stages and len(stages) >= 2
    assert not {r.subject for r in rows if r.stage == PRIMARY} - set(SUBJECTS[PRIMARY])


def test_the_dashboard_reports_against_the_2_0_targets(demo):
    scaled = {t.district: t for t in county_demo._scaled(demo_targets(), 0.001)}
    with Hub.open(demo.hub_path) as hub:
        catalog, rules = hub.content()
        assert (rules.id, rules.goal_hours, rules.practice_required) == ("national-2.0", 50, 25)
        assert years(hub) == sorted(PROGRAMME_YEARS)  # the dead clock's year is not offered
        rows = teacher_rows(hub, catalog, rules, 2023)
        districts = summary(hub, 2023, "district", rows=rows)
        (county,) = summary(hub, 2023, "county", rows=rows)
    assert [(d.name, d.teachers_total, d.target) for d in districts] == [
        (name, t.teachers_total, t.targets[2023]) for name, t in scaled.items()
    ]
    assert county.target == sum(t.targets[2023] for t in scaled.values())
    assert county.active > 0 and county.finished <= county.active
    r = songpei("hub", "progress", demo.hub_path, "--year", "2023")
    assert r.returncode == 0 and "2023 年目标" in r.stdout, r.stderr


def test_each_year_of_study_has_its_project_and_list(demo):
    """名额到校、通知到人: each year's project lists the teachers who study that year; those on
    the laptop the county has not approved yet have not reported (报到) as far as it knows."""
    with Hub.open(demo.hub_path) as hub:
        found = rosters.projects(hub)
        assert sorted(p.year for p in found) == sorted(
            y for y in years(hub) if any(s.enrolled for s in summary(hub, y, "district"))
        )
        assert all(p.selected > 0 and p.reported <= p.selected for p in found)
    with Laptop.open(demo.folder / "laptops" / "0002", writing=False) as waiting:
        not_known = len(waiting.teachers.all())
    assert sum(p.selected for p in found) == sum(p.reported for p in found) + not_known


def test_a_teacher_enrolled_on_two_laptops_is_on_the_years_list_once(hub):
    """At full size the simulation draws a few ID numbers twice (one person on two laptops, as
    a real county has them): the year's list names that person once, not a failed build."""
    wang = rosters.Selected("51160219800101002X", "王芳", "广安区第一小学")
    li = rosters.Selected("511602198502020031", "李明", "广安区第二小学")
    county_demo._projects(hub, {2021: [wang, li, wang]})
    (project,) = rosters.projects(hub)
    assert (project.year, project.selected) == (2021, 2)
