"""The county's numbers equal the laptops' numbers (one compute_progress for both)."""

from __future__ import annotations

import csv

from sync.county import xapi
from sync.county.hub import Hub
from sync.county.teacher_rows import teacher_rows, write_csv
from sync.demo.simulate import simulate
from sync.laptop.outbox import export_bundle
from tests.support.cli import songpei
from tests.support.county import COUNTY, TARGETS
from tests.support.packs import PUBLISHER, built_pack


def test_hub_hours_equal_laptop_hours_and_the_csv_opens_in_excel(laptop, tmp_path):
    simulate(laptop, teachers=4, days=40, seed=17)
    laptop.add_trust(COUNTY.public)
    hub = Hub.init(tmp_path / "hub.db", COUNTY, tmp_path / "k")
    hub.enrol(laptop.journal.device_id, laptop.journal.device.public_bytes)
    hub.import_paths(export_bundle(laptop, tmp_path / "usb").paths, COUNTY)
    catalog, rules = hub.content()
    rows = {r.id_number: r for r in teacher_rows(hub, catalog, rules)}
    assert len(rows) == 4
    for t in laptop.teachers.all():
        mine = laptop.progress(t.id)
        assert abs(rows[t.id_number].online_hours - mine.online_hours) < 1e-9
        assert rows[t.id_number].practice_hours == mine.practice_hours
    out = tmp_path / "学时.csv"
    write_csv(list(rows.values()), out, rules.title)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert table[0][:3] == ["姓名", "身份证号", "学校"] and len(table) == 5
    hub.close()


def test_the_hub_caps_hours_with_the_published_pack(tmp_path):
    pw = tmp_path / "pw"
    pw.write_text("county passphrase\n")
    assert (
        songpei(
            "keys", "new", "--role", "county", "--out", tmp_path, "--passphrase-file", pw
        ).returncode
        == 0
    )
    hub = tmp_path / "hub.db"
    assert (
        songpei(
            "hub", "init", hub, "--county-key", tmp_path / "county.key", "--passphrase-file", pw
        ).returncode
        == 0
    )
    (tmp_path / "pub.pub").write_bytes(PUBLISHER.public.to_bytes())
    assert songpei("hub", "publisher", hub, tmp_path / "pub.pub").returncode == 0
    r = songpei("hub", "pack", hub, built_pack(tmp_path))
    assert r.returncode == 0 and "现按" in r.stdout, r.stderr
    with Hub.open(hub) as h:
        catalog, _ = h.content()
        assert [c.title for c in catalog.courses] == ["A5 课堂导入"]
    rep = songpei("hub", "report", hub, "--out", tmp_path / "r.csv")
    assert rep.returncode == 0 and "共 0 位教师" in rep.stdout


def test_targets_from_the_real_guangan_table_and_who_is_behind(tmp_path):
    pw = tmp_path / "pw"
    pw.write_text("county passphrase\n")
    songpei("keys", "new", "--role", "county", "--out", tmp_path, "--passphrase-file", pw)
    hub = tmp_path / "hub.db"
    songpei("hub", "init", hub, "--county-key", tmp_path / "county.key", "--passphrase-file", pw)
    r = songpei("hub", "targets", hub, TARGETS)
    assert r.returncode == 0 and "10 个区县" in r.stdout, r.stderr
    p = songpei("hub", "progress", hub, "--year", "2016")
    lines = p.stdout.splitlines()
    assert p.returncode == 0 and "2016 年目标" in lines[0]
    # traditional 岳池縣 matched; nobody has studied: no 合格率 or 结业率 without a base
    assert "岳池县 | 7228 | 2600 | 0 | 0.0% | — | — | 0 | 2600" in lines
    with Hub.open(hub) as h:
        total = sum(t.teachers_total for t in h.targets())
        goal = sum(t.targets[2016] for t in h.targets())
    # the real table lists 区 and 县: the total is the 市's
    assert lines[-1] == f"全市合计 | {total} | {goal} | 0 | 0.0% | — | — | 0 | {goal}"


def test_a_targets_file_with_a_wrong_column_changes_nothing(tmp_path):
    pw = tmp_path / "pw"
    pw.write_text("county passphrase\n")
    songpei("keys", "new", "--role", "county", "--out", tmp_path, "--passphrase-file", pw)
    hub = tmp_path / "hub.db"
    songpei("hub", "init", hub, "--county-key", tmp_path / "county.key", "--passphrase-file", pw)
    good = tmp_path / "good.csv"
    good.write_text("区县,专任教师总数,2016年目标\n岳池县,7228,2600\n", encoding="utf-8")
    assert songpei("hub", "targets", hub, good).returncode == 0
    for content, expect in [
        ("district,teachers,target_2016\n岳池县,7228,2600\n", "缺少“full_time_teachers”列"),
        ("区县,专任教师总数,2016年目标,备注\n岳池县,7228,2600,x\n", "“备注”列不是"),
        ("区县,专任教师总数,2016年目标\n岳池县,七千,2600\n", "第 2 行"),
        (  # 27 digits: a pasted number, beyond SQLite's integers
            "区县,专任教师总数,2016年目标\n岳池县,7228,123456789012345678901234567\n",
            "bad.csv，第 2 行：“2016年目标”中的数字太大",
        ),
        ("区县,专任教师总数,2016年目标\n岳池县,7228,²\n", "“2016年目标”不是整数"),
    ]:
        bad = tmp_path / "bad.csv"
        bad.write_text(content, encoding="utf-8")
        r = songpei("hub", "targets", hub, bad)
        assert r.returncode == 1 and expect in r.stderr and "未作任何改动" in r.stderr, r.stderr
    with Hub.open(hub) as h:
        assert [(t.district, t.targets) for t in h.targets()] == [("岳池县", {2016: 2600})]
    gbk = tmp_path / "gbk.csv"
    gbk.write_bytes("区县,专任教师总数,2016年目标\n岳池县,7228,2600\n".encode("gbk"))
    r = songpei("hub", "targets", hub, gbk)
    assert r.returncode == 1 and "CSV UTF-8" in r.stderr


def test_the_sums_cache_rebuilds_from_the_events(laptop, tmp_path):
    """lesson_year_sums is a cache: the migration's rebuild gives what imports keep."""
    from sync.base import migrate

    simulate(laptop, teachers=3, days=30, seed=29)
    laptop.add_trust(COUNTY.public)
    hub = Hub.init(tmp_path / "hub.db", COUNTY, tmp_path / "k")
    hub.enrol(laptop.journal.device_id, laptop.journal.device.public_bytes)
    hub.import_paths(export_bundle(laptop, tmp_path / "usb").paths, COUNTY)
    kept = sorted(hub.conn.execute("SELECT * FROM lesson_year_sums"))
    assert kept and {r[2] for r in kept} == {2026}
    hub.rebuild_sums()
    assert sorted(hub.conn.execute("SELECT * FROM lesson_year_sums")) == kept
    sql = dict(migrate.steps(migrate.package_dir("county/migrations")))[5]
    start = sql.index("INSERT INTO lesson_year_sums")
    rebuild = sql[start : sql.index(";", start)]
    with hub.conn:  # the migration builds the same cache for a hub that had none
        hub.conn.execute("DELETE FROM lesson_year_sums")
        hub.conn.execute(rebuild)
    assert sorted(hub.conn.execute("SELECT * FROM lesson_year_sums")) == kept
    hub.close()


def test_a_version_4_hub_gains_yearly_sums_and_the_county_office_tables(laptop, tmp_path):
    """An existing hub opened by this version: backed up, then migrated; the yearly sums come
    from its events and equal what imports keep."""
    from sync.base import migrate

    simulate(laptop, teachers=3, days=20, seed=31)
    laptop.add_trust(COUNTY.public)
    path = tmp_path / "hub.db"
    hub = Hub.init(path, COUNTY, tmp_path / "k")
    hub.enrol(laptop.journal.device_id, laptop.journal.device.public_bytes)
    hub.import_paths(export_bundle(laptop, tmp_path / "usb").paths, COUNTY)
    kept = sorted(hub.conn.execute("SELECT * FROM lesson_year_sums"))
    hours = {r.id_number: r.online_hours for r in teacher_rows(hub, *hub.content())}
    with hub.conn:  # back to version 4, as a hub made before the county office was
        hub.conn.executescript(
            "DROP TABLE lesson_year_sums; DROP TABLE decisions; DROP INDEX hub_events_evidence;"
            "DROP INDEX hub_events_quiz; DELETE FROM meta WHERE key='pseudonym_key';"
            "DROP TABLE certificates;"
            "ALTER TABLE quarantine DROP COLUMN resolution; ALTER TABLE quarantine DROP COLUMN "
            "note;"
            + dict(migrate.steps(migrate.package_dir("county/migrations")))[4].split(
                "-- Rare events"
            )[0]
            + "PRAGMA user_version=4;"
        )
    hub.close()
    with Hub.open(path) as again:
        latest = migrate.steps(migrate.package_dir("county/migrations"))[-1][0]
        assert again.conn.execute("PRAGMA user_version").fetchone()[0] == latest
        assert len(xapi.pseudonym_key(again)) == 32  # the upgrade made the actor's key
        assert sorted(again.conn.execute("SELECT * FROM lesson_year_sums")) == kept
        assert {r.id_number: r.online_hours for r in teacher_rows(again, *again.content())} == hours
        assert again.decisions() == [] and again.quarantined() == []
    assert (tmp_path / "hub.db.v4.bak").exists()
