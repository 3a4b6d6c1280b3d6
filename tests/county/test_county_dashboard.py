"""The county dashboard per year and per place, on a real hub fed by real bundles."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from content.keys import generate
from content.rules import bundled_rules
from content.targets import guangan_targets, township_of
from sync.county.hub import Hub
from sync.county.measures import summary, years
from sync.county.teacher_rows import teacher_rows
from sync.demo.simulate import simulate
from sync.laptop import evidence
from sync.laptop.laptop import Laptop
from sync.laptop.outbox import export_bundle
from tests.support.evidence import enrol, install_points_pack
from tests.support.packs import PUBLISHER

COUNTY = generate("county", "广安市教师发展中心")
YUECHI = ["岳池县花桥镇中心小学", "岳池县第一中学"]
WUSHENG = ["武胜县观塘镇初级中学"]


@pytest.mark.parametrize(
    "school, district, township",
    [
        ("岳池县花桥镇中心小学", "岳池县", "花桥镇"),
        ("岳池縣花橋鎮中心小學", "岳池县", "花桥镇"),  # as the traditional targets table writes
        ("广安区北辰街道第二小学", "广安区", "北辰街道"),
        ("华蓥市永兴镇中心小学", "", "永兴镇"),
        ("广安市岳池县花桥镇中心小学", "", "花桥镇"),
        ("岳池县第一中学", "岳池县", ""),
        ("岳池县乡村小学", "岳池县", ""),
        ("邻水县甘坝乡中心校", "邻水县", "甘坝乡"),
    ],
)
def test_township_from_the_school_name(school, district, township):
    assert township_of(school, district) == township


def _year(ms: int) -> int:
    return time.gmtime(ms // 1000 + 8 * 3600).tm_year


def _laptop(tmp_path, name, schools, start, seed) -> Laptop:
    lp = Laptop.open(tmp_path / name)
    simulate(lp, teachers=4, days=30, seed=seed, start=start, schools=schools)
    lp.add_trust(COUNTY.public)
    return lp


@pytest.fixture
def county(tmp_path):
    """岳池县 studied in spring 2016, 武胜县 in spring 2017, both imported from real bundles."""
    a = _laptop(tmp_path, "a", YUECHI, dt.date(2016, 3, 1), 3)
    b = _laptop(tmp_path, "b", WUSHENG, dt.date(2017, 3, 1), 4)
    hub = Hub.init(tmp_path / "hub.db", COUNTY, tmp_path / "k")
    hub.set_targets(guangan_targets())
    for lp in (a, b):
        hub.enrol(lp.journal.device_id, lp.journal.device.public_bytes)
        (r,) = hub.import_paths(export_bundle(lp, tmp_path / "usb").paths, COUNTY)
        assert r.status == "imported"
    yield hub, a, b
    for x in (hub, a, b):
        x.close()


def _active_in(lp: Laptop, year: int) -> set[str]:
    return {
        e.teacher_id
        for e in lp.journal.events(types=("lesson.session",))
        if _year(e.wall_ms) == year
    }


def test_districts_per_year_against_the_targets(county):
    hub, a, b = county
    assert years(hub) == [2014, 2015, 2016, 2017]
    rows = summary(hub, 2016, "district")
    assert [r.name for r in rows] == [t.district for t in guangan_targets()]
    yc = next(r for r in rows if r.name == "岳池县")
    ws = next(r for r in rows if r.name == "武胜县")
    assert (yc.enrolled, yc.teachers_total, yc.target) == (4, 7228, 2600)
    assert yc.active == len(_active_in(a, 2016)) > 0
    assert yc.participation_rate == yc.active / 7228
    # summed as the exports print each teacher's hours (one decimal)
    laptop_hours = round(sum(round(a.progress(t.id).online_hours, 1) for t in a.teachers.all()), 1)
    assert yc.online_hours == laptop_hours
    assert (yc.finished, yc.behind, yc.target_rate) == (0, 2600, 0.0)
    assert yc.completion_rate == 0.0  # active, nobody has met the requirements yet
    assert yc.pass_rate == 0.0  # nor had ability points rated
    assert (ws.enrolled, ws.active, ws.online_hours, ws.pass_rate) == (4, 0, 0.0, None)

    later = {r.name: r for r in summary(hub, 2017, "district")}
    assert later["武胜县"].active == len(_active_in(b, 2017)) > 0
    assert later["岳池县"].active == 0 and later["岳池县"].online_hours == 0  # studied in 2016
    catalog, rules = hub.content()
    before = {r.id_number: r for r in teacher_rows(hub, catalog, rules, 2015)}
    assert all(r.status == "未参训" and r.total_hours == 0 for r in before.values())
    upto = {r.id_number: r for r in teacher_rows(hub, catalog, rules, 2017)}
    for t in a.teachers.all():  # by the end of 2017 everything of 2016 counts
        assert upto[t.id_number].online_hours == pytest.approx(a.progress(t.id).online_hours)
        assert upto[t.id_number].status == "在训"


def test_drilling_down_to_townships_schools_and_teachers(county):
    hub, a, _ = county
    rows = teacher_rows(hub, *hub.content(), 2016)
    towns = summary(hub, 2016, "township", parent=("岳池县",), rows=rows)
    assert [r.key for r in towns] == [("岳池县", "花桥镇"), ("岳池县", "")]
    assert sum(r.enrolled for r in towns) == 4
    assert all(r.teachers_total is None and r.target is None and r.behind is None for r in towns)
    for r in towns:  # the targets count no 专任教师 below a district: 参训率 is not known,
        assert r.active and r.participation_rate is None  # never over another base
    schools = summary(hub, 2016, "school", parent=("岳池县", "花桥镇"), rows=rows)
    assert [r.name for r in schools] == ["岳池县花桥镇中心小学"]
    people = summary(hub, 2016, "teacher", parent=schools[0].key, rows=rows)
    assert {p.name for p in people} == {
        t.name for t in a.teachers.all() if t.school == "岳池县花桥镇中心小学"
    }
    one = people[0].teacher
    assert summary(hub, 2016, "teacher", search=one.name, rows=rows)[0].teacher == one
    found = summary(hub, 2016, "teacher", search=one.masked_id, rows=rows)
    assert [r.teacher for r in found] == [one]
    assert summary(hub, 2016, "teacher", search=one.id_number, rows=rows)[0].teacher == one
    assert summary(hub, 2016, "teacher", search="没有这个人", rows=rows) == []
    with pytest.raises(ValueError):
        summary(hub, 2016, "province", rows=rows)


def test_a_county_still_reporting_1_0_loads_its_rules_and_table(tmp_path, laptop):
    """A 1.0 pack (programme national-1.0) on the laptop and at the hub, the real 2014–2017
    table: a teacher whose two practice tasks were rated finishes under 1.0 (the hours alone),
    where 2.0 would want a third ability point."""
    pack = install_points_pack(laptop, tmp_path, {"A1": 25, "A5": 25}, "national-1.0")
    head = enrol(laptop, "李校长", "901", school_team=True)
    t = enrol(laptop, "王芳", "902")
    evidence.choose_points(laptop, t.id, ["A1", "A5"])
    for code in ("A1", "A5"):
        sub = evidence.submit(laptop, t.id, code, {"plan": "方案", "reflection": "反思"})
        evidence.rate(laptop, head.id, sub.id, "合格")
    assert laptop.rules.id == "national-1.0" and laptop.progress(t.id).met
    laptop.add_trust(COUNTY.public)
    hub = Hub.init(tmp_path / "hub.db", COUNTY, tmp_path / "k")
    try:
        hub.add_publisher(PUBLISHER.public)
        hub.install_pack(pack)
        hub.set_targets(guangan_targets())
        hub.enrol(laptop.journal.device_id, laptop.journal.device.public_bytes)
        (r,) = hub.import_paths(export_bundle(laptop, tmp_path / "usb").paths, COUNTY)
        assert r.status == "imported"
        catalog, rules = hub.content()
        assert rules == bundled_rules("national-1.0")
        assert years(hub)[:4] == [2014, 2015, 2016, 2017]
        row = next(x for x in teacher_rows(hub, catalog, rules) if x.name == "王芳")
        assert (row.practice_hours, row.met, row.status) == (50, True, "结业")
        as_2_0 = teacher_rows(hub, catalog, bundled_rules("national-2.0"))
        assert not next(x for x in as_2_0 if x.name == "王芳").met
    finally:
        hub.close()
