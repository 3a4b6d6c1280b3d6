"""Finding a teacher or a school in the hub: by name, by the last 4 of the 身份证号 or the whole
number (never by a fragment from its middle), on the demo county; the index grows with each
import from the rows it brings, and a hub from before the index gets it when opened."""

from __future__ import annotations

import sqlite3

import pytest

from sync.base import migrate
from sync.county import people_search
from sync.county.hub import Hub
from sync.county.measures import key_of
from sync.county.teacher_rows import teacher_rows
from sync.demo import county as county_demo
from sync.demo.simulate import DEMO_PIN, simulate
from sync.laptop.outbox import export_bundle
from tests.support.county import COUNTY
from tests.support.ids import valid_id


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    built = county_demo.build(tmp_path_factory.mktemp("county") / "demo", scale=0.001)
    hub = Hub.open(built.hub_path)
    catalog, rules = hub.content()
    rows = teacher_rows(hub, catalog, rules, None)
    yield hub, rows
    hub.close()


def find(hub, query, rows):
    return people_search.find(hub.conn, query, rows)


def test_a_teacher_is_found_by_name_at_the_teacher_level(demo):
    hub, rows = demo
    one = rows[len(rows) // 2]
    found = find(hub, one.name, rows)
    assert found and all(one.name in f.name for f in found if f.level == "teacher")
    mine = next(f for f in found if f.key == key_of(one, "teacher"))
    assert (mine.level, mine.school, mine.masked_id) == ("teacher", one.school, one.masked_id)
    assert mine.key == (one.district, one.township, one.school, one.id_number)


def test_the_last_4_or_the_whole_number_finds_the_teacher(demo):
    hub, rows = demo
    one = rows[0]
    by_last4 = find(hub, one.id_number[-4:], rows)
    assert key_of(one, "teacher") in [f.key for f in by_last4]
    assert all(f.key[-1].endswith(one.id_number[-4:]) for f in by_last4)
    (exact,) = find(hub, one.id_number, rows)
    assert exact.key == key_of(one, "teacher")
    (masked,) = [f for f in find(hub, one.masked_id, rows) if f.key == exact.key]


def test_a_fragment_from_the_middle_of_an_id_number_finds_nobody(demo):
    hub, rows = demo
    one = rows[0]
    for fragment in (one.id_number[6:14], one.id_number[3:17], one.id_number[:17]):
        assert find(hub, fragment, rows) == [], fragment
    birth_year = one.id_number[6:10]  # 4 digits: only ever a last-4 match, never the middle
    assert all(f.key[-1].endswith(birth_year) for f in find(hub, birth_year, rows))


def test_a_school_is_found_by_part_of_its_name_at_the_school_level(demo):
    hub, rows = demo
    school = rows[0].school
    part = school[:3]
    found = [f for f in find(hub, part, rows) if f.level == "school"]
    assert key_of(rows[0], "school") in [f.key for f in found]
    assert all(part in f.name for f in found)
    assert find(hub, "没有这所学校", rows) == []


def test_the_second_import_adds_its_new_teachers_and_only_them(laptop, tmp_path, hub):
    simulate(laptop, teachers=3, days=5, seed=7)
    laptop.add_trust(COUNTY.public)
    hub.enrol(laptop.journal.device_id, laptop.journal.device.public_bytes)
    hub.import_paths(export_bundle(laptop, tmp_path / "usb").paths, COUNTY)
    before = hub.conn.execute(
        "SELECT id, id_number, name FROM search_people ORDER BY id"
    ).fetchall()
    assert len(before) == 3
    new = laptop.teachers.enrol(
        "欧阳晓梅", valid_id(seq="777"), "岳池县新场小学", "primary", "数学", pin=DEMO_PIN
    )
    hub.import_paths(export_bundle(laptop, tmp_path / "usb").paths, COUNTY)
    after = hub.conn.execute("SELECT id, id_number, name FROM search_people ORDER BY id").fetchall()
    assert after[:3] == before  # the earlier rows untouched: added to, not rebuilt
    assert after[3][1:] == (new.id_number, "欧阳晓梅")
    catalog, rules = hub.content()
    rows = teacher_rows(hub, catalog, rules, None)
    for query in ("欧阳晓梅", "晓梅", new.id_number[-4:]):
        assert [f.key[-1] for f in find(hub, query, rows) if f.level == "teacher"] == [
            new.id_number
        ], query
    assert [f.name for f in find(hub, "新场", rows) if f.level == "school"] == ["岳池县新场小学"]
    # A name changed on the laptop is found too once its event is imported.
    laptop.teachers.change_profile(new.id, name="欧阳晓兰")
    hub.import_paths(export_bundle(laptop, tmp_path / "usb").paths, COUNTY)
    rows = teacher_rows(hub, catalog, rules, None)
    assert [f.key[-1] for f in find(hub, "欧阳晓兰", rows)] == [new.id_number]


def test_a_hub_from_before_the_index_gets_it_when_opened(laptop, tmp_path, hub):
    simulate(laptop, teachers=2, days=3, seed=5)
    laptop.add_trust(COUNTY.public)
    hub.enrol(laptop.journal.device_id, laptop.journal.device.public_bytes)
    hub.import_paths(export_bundle(laptop, tmp_path / "usb").paths, COUNTY)
    hub.close()
    old = sqlite3.connect(tmp_path / "hub.db", isolation_level=None)
    for name in ("search_people_ai", "search_people_ad", "search_people_au"):
        old.execute(f"DROP TRIGGER {name}")
    old.execute("DROP TABLE search_people_fts")
    old.execute("DROP TABLE search_people")
    old.execute("DROP TABLE certificates")  # a version 7 hub had no later tables either
    old.execute("PRAGMA user_version=7")
    old.close()
    reopened = Hub.open(tmp_path / "hub.db")
    try:
        latest = migrate.steps(migrate.package_dir("county/migrations"))[-1][0]
        assert reopened.conn.execute("PRAGMA user_version").fetchone()[0] == latest
        catalog, rules = reopened.content()
        rows = teacher_rows(reopened, catalog, rules, None)
        for t in laptop.teachers.all():
            assert key_of(next(r for r in rows if r.id_number == t.id_number), "teacher") in [
                f.key for f in find(reopened, t.name, rows)
            ]
    finally:
        reopened.close()
