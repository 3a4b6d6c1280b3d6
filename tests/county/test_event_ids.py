"""An event id already held under another laptop is refused wherever the hub keeps it: in the
small level a few laptops' ids share, or merged into a deeper one (sync/county/event_ids.py).
Real laptops, real signed bundles re-chained as a forger would, a real hub."""

from __future__ import annotations

import pytest

from sync.base import migrate
from sync.county import event_ids
from sync.county.hub import Hub
from sync.demo.simulate import simulate
from sync.laptop.laptop import Laptop
from sync.laptop.outbox import export_bundle
from tests.county.test_sync_threats import bundle_of, enrol, rechained, rows
from tests.support.cli import songpei
from tests.support.county import COUNTY, back_to_version_14


def _laptop(folder, seed):
    lp = Laptop.open(folder)
    lp.add_trust(COUNTY.public)
    simulate(lp, teachers=2, days=6, seed=seed)
    return lp


def _settle(hub, limits):
    hub.conn.execute("BEGIN")
    event_ids.settle(hub.conn, limits)
    hub.conn.execute("COMMIT")


def _held_ids(hub) -> list[str]:
    ids = []
    for level in event_ids.LEVELS:
        ids += [i for (i,) in hub.conn.execute(f"SELECT id FROM {level}")]
    return ids


@pytest.fixture
def two(tmp_path, hub):
    a, b = _laptop(tmp_path / "a", 41), _laptop(tmp_path / "b", 42)
    enrol(hub, a)
    enrol(hub, b)
    yield a, b
    a.close()
    b.close()


@pytest.mark.parametrize("depth, merged", [(0, ()), (1, (1, 10**9)), (2, (1, 1))])
def test_another_laptops_event_id_waits_in_quarantine_and_the_rest_imports(
    two, hub, tmp_path, depth, merged
):
    a, b = two
    (ra,) = hub.import_paths(export_bundle(a, tmp_path / "usb-a").paths, COUNTY)
    if merged:  # A's ids moved on as later laptops' would move them
        _settle(hub, merged)
    counts = [hub.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in event_ids.LEVELS]
    assert [n for n, count in enumerate(counts) if count] == [depth]
    taken, original = hub.conn.execute(
        "SELECT id, hash FROM events WHERE device_id=? AND seq=3", (a.journal.device_id,)
    ).fetchone()
    rs = [list(r) for r in rows(b)]
    rs[4][1] = taken  # B's fifth event carries A's third event's id, B's chain made to match
    (rb,) = hub.import_paths(bundle_of(b, tmp_path / "forged", rechained(rs)), COUNTY)
    assert (rb.status, rb.conflicts, rb.new_events) == ("imported", 1, len(rs) - 1)
    assert rb.refused  # the office is told: one of its events waits for a person
    (q,) = [q for q in hub.quarantined() if q.reason == "conflict"]
    assert q.device_id == b.journal.device_id and q.detail["why"] == "event id already used"
    assert q.detail["event"][1] == taken and q.detail["event"][2] == b.journal.device_id
    # A's event stays as it was; B's other events are all here
    assert hub.conn.execute(
        "SELECT device_id, hash FROM events WHERE id=?", (taken,)
    ).fetchall() == [(a.journal.device_id, original)]
    held = _held_ids(hub)
    assert len(held) == len(set(held)) == ra.new_events + rb.new_events
    assert sorted(held) == sorted(i for (i,) in hub.conn.execute("SELECT id FROM events"))
    # the same forged drive again adds nothing and holds nothing twice
    before = hub.checksums()
    (again,) = hub.import_paths(bundle_of(b, tmp_path / "forged2", rechained(rs)), COUNTY)
    assert again.new_events == 0 and hub.checksums()["events"] == before["events"]


def test_one_id_twice_in_one_bundle_keeps_the_first(two, hub, tmp_path):
    _a, b = two
    rs = [list(r) for r in rows(b)]
    rs[7][1] = rs[2][1]
    (r,) = hub.import_paths(bundle_of(b, tmp_path / "twice", rechained(rs)), COUNTY)
    assert (r.status, r.conflicts, r.new_events) == ("imported", 1, len(rs) - 1)
    assert hub.conn.execute("SELECT seq FROM events WHERE id=?", (rs[2][1],)).fetchall() == [(3,)]
    (q,) = hub.quarantined()
    assert q.detail["event"][0] == 8


def test_levels_merge_in_id_order_and_stay_disjoint(two, hub, tmp_path):
    a, b = two
    hub.import_paths(export_bundle(a, tmp_path / "usb-a").paths, COUNTY)
    _settle(hub, (10, 10**9))  # level 0 is past 10: all of it moves down
    first = [i for (i,) in hub.conn.execute(f"SELECT id FROM {event_ids.LEVELS[1]}")]
    hub.import_paths(export_bundle(b, tmp_path / "usb-b").paths, COUNTY)
    _settle(hub, (10**9, 10))  # level 0 under its limit: nothing moves
    assert [i for (i,) in hub.conn.execute(f"SELECT id FROM {event_ids.LEVELS[1]}")] == first
    _settle(hub, (10, 10))  # both past: everything reaches the last level
    counts = [hub.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in event_ids.LEVELS]
    total = hub.conn.execute("SELECT count(*) FROM events").fetchone()[0]
    assert counts == [0, 0, total] and first == sorted(first)


def test_a_hub_from_before_the_levels_keeps_every_id_it_holds(two, hub, tmp_path):
    """A version-14 hub: the event id unique in the events table itself. Opening it moves
    every id into the levels, and an id it held before is still refused after."""
    a, b = two
    hub.import_paths(export_bundle(a, tmp_path / "usb-a").paths, COUNTY)
    path = hub.path
    hub.close()
    back_to_version_14(path)
    assert Hub.upgrade_pending(path)
    with Hub.open(path) as reopened:
        latest = migrate.steps(migrate.package_dir("county/migrations"))[-1][0]
        assert reopened.conn.execute("PRAGMA user_version").fetchone()[0] == latest
        assert not Hub.upgrade_pending(path)
        (table,) = reopened.conn.execute(
            "SELECT sql FROM sqlite_master WHERE name='events'"
        ).fetchone()
        assert "UNIQUE" not in table
        held = [i for (i,) in reopened.conn.execute(f"SELECT id FROM {event_ids.LEVELS[-1]}")]
        assert held == sorted(i for (i,) in reopened.conn.execute("SELECT id FROM events"))
        taken = held[0]
        rs = [list(r) for r in rows(b)]
        rs[0][1] = taken
        (rb,) = reopened.import_paths(bundle_of(b, tmp_path / "forged", rechained(rs)), COUNTY)
        assert (rb.conflicts, rb.new_events) == (1, len(rs) - 1)


def test_the_command_line_says_before_it_brings_an_old_hub_up_to_date(two, hub, tmp_path):
    """The officer waits a minute once, after being told why; the listing itself is unchanged
    on standard output."""
    a, _b = two
    hub.import_paths(export_bundle(a, tmp_path / "usb-a").paths, COUNTY)
    path = hub.path
    hub.close()
    back_to_version_14(path)
    first = songpei("hub", "devices", path)
    assert first.returncode == 0, first.stderr
    assert "县级数据库" in first.stderr and "只需一次" in first.stderr and str(path) in first.stderr
    assert a.journal.device_id in first.stdout
    again = songpei("hub", "devices", path)
    assert again.returncode == 0 and again.stderr == "" and again.stdout == first.stdout


def test_a_laptops_journal_given_by_mistake_is_not_announced_as_an_upgrade(two, tmp_path):
    """Only a county hub is ever brought up to date; a journal (an older version number than
    the hub's) is named as not a hub, with no word of upgrading it."""
    a, _b = two
    journal = a.journal.path
    assert not Hub.upgrade_pending(journal)
    r = songpei("hub", "devices", journal)
    assert r.returncode != 0 and "升级" not in r.stderr + r.stdout
