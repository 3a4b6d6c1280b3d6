"""docs/threats.md rows 1–7, 10, 11, 15 and 17 against the real bundle and hub code.
"Hub unchanged" means every table's checksum is the same before and after."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import struct
import tracemalloc

import pytest

from content.keys import generate
from sync.base import bundle, device
from sync.base.bundle import CHUNK, event_members, read_trailer, write_bundle
from sync.base.events import COLUMNS, canonical_json, event_hash
from sync.county.hub import Hub
from sync.demo.simulate import simulate
from sync.laptop.laptop import Laptop
from sync.laptop.outbox import export_bundle
from tests.support.county import COUNTY


@pytest.fixture
def filled(laptop):
    simulate(laptop, teachers=3, days=30, seed=31)
    laptop.add_trust(COUNTY.public)
    return laptop


def rows(laptop: Laptop, first=1, last=None):
    with laptop.journal.reader() as c:
        return c.execute(
            f"SELECT {COLUMNS} FROM events WHERE seq BETWEEN ? AND ? ORDER BY seq",
            (first, last or 10**9),
        ).fetchall()


def bundle_of(laptop, folder, rs, name="b", identity=None, **kw):
    folder.mkdir(parents=True, exist_ok=True)
    info = {
        "seq_first": rs[0][0],
        "seq_last": rs[-1][0],
        "chain_prev": rs[0][9],
        "chain_last": rs[-1][10],
        "created_ms": 0,
    }
    return write_bundle(
        folder,
        name,
        identity or laptop.journal.device,
        COUNTY.public.x25519,
        COUNTY.public.key_id,
        event_members(rs),
        info,
        **kw,
    ).paths


def rechained(rs: list[list]) -> list[tuple]:
    """The rows with each hash made again from the first one's prev_hash on, as a forger
    holding the laptop's signing key would vouch for them."""
    prev = rs[0][9]
    for r in rs:
        r[9] = prev
        r[10] = event_hash(r[9], r[1], r[2], r[0], r[3], r[4], r[5], r[6], r[7], r[8])
        prev = r[10]
    return [tuple(r) for r in rs]


def enrol(hub, laptop):
    hub.enrol(laptop.journal.device_id, laptop.journal.device.public_bytes)


def count(hub):
    return hub.conn.execute("SELECT count(*) FROM events").fetchone()[0]


# 1 -----------------------------------------------------------------------------------------
def test_any_altered_byte_is_refused_and_the_hub_is_unchanged(filled, hub, tmp_path):
    enrol(hub, filled)
    (path,) = export_bundle(filled, tmp_path / "usb").paths
    data = path.read_bytes()
    trailer_len = int.from_bytes(data[-12:-8], "big")
    t_start = len(data) - 8 - 4 - 64 - trailer_len
    offsets = {
        0,
        7,
        8,
        11,
        12,
        100,
        t_start - 1,
        t_start,
        t_start + 40,
        len(data) - 12 - 64,
        len(data) - 12 - 1,
        len(data) - 10,
        len(data) - 1,
    }
    offsets |= set(range(13, t_start, max(1, t_start // 40)))  # all through the ciphertext
    before = hub.checksums()
    for off in sorted(offsets):
        forged = tmp_path / "forged" / path.name
        forged.parent.mkdir(exist_ok=True)
        forged.write_bytes(data[:off] + bytes([data[off] ^ 0x01]) + data[off + 1 :])
        results = hub.import_paths([forged], COUNTY)
        assert [r.status for r in results] == ["refused"], off
        assert hub.checksums() == before, off
    (ok,) = hub.import_paths([path], COUNTY)
    assert ok.status == "imported"


# 2 and 17 ------------------------------------------------------------------------------------
def test_unknown_look_alike_and_revoked_devices_are_never_merged(
    filled, hub, tmp_path, monkeypatch
):
    (path,) = export_bundle(filled, tmp_path / "usb").paths
    (r,) = hub.import_paths([path], COUNTY)
    assert (r.status, r.reason, count(hub)) == ("quarantined", "unknown-device", 0)

    class LookAlike(device.DeviceIdentity):  # another key claiming the enrolled name
        @property
        def device_id(self):
            return filled.journal.device_id

    enrol_key = filled.journal.device.public_bytes
    hub.conn.execute("UPDATE devices SET status='enrolled' WHERE ed25519=?", (enrol_key,))
    impostor = LookAlike(device.Ed25519PrivateKey.generate())
    # an honest laptop's read-back would refuse this; the forger skips it
    monkeypatch.setattr("sync.base.bundle.read_bundle_parts", lambda *a, **k: iter(()))
    forged = bundle_of(filled, tmp_path / "forged", rows(filled), identity=impostor)
    monkeypatch.undo()
    (r,) = hub.import_paths(forged, COUNTY)
    assert (r.status, r.reason, count(hub)) == ("refused", "device-key-mismatch", 0)

    hub.revoke(filled.journal.device_id)
    (r,) = hub.import_paths([path], COUNTY)
    assert r.status in ("quarantined", "waiting") and count(hub) == 0


# 3 -------------------------------------------------------------------------------------------
def test_import_twice_and_replay_add_nothing(filled, hub, tmp_path):
    enrol(hub, filled)
    (path,) = export_bundle(filled, tmp_path / "usb").paths
    old = tmp_path / "old.spb"
    shutil.copy(path, old)
    assert hub.import_paths([path], COUNTY)[0].new_events == filled.journal.last_seq()
    before = hub.checksums()
    for p in (path, old):
        (r,) = hub.import_paths([p], COUNTY)
        assert r.status == "already-had" and r.new_events == 0
    # a fresh bundle of the same events (a re-export after a lost receipt) adds nothing either
    again = bundle_of(filled, tmp_path / "re", rows(filled))
    (r,) = hub.import_paths(again, COUNTY)
    assert (r.status, r.new_events, r.already) == ("imported", 0, filled.journal.last_seq())
    assert hub.checksums()["events"] == before["events"]


# 4 -------------------------------------------------------------------------------------------
def test_same_event_with_other_content_is_quarantined_original_kept(filled, hub, tmp_path):
    enrol(hub, filled)
    hub.import_paths(export_bundle(filled, tmp_path / "usb").paths, COUNTY)
    original = hub.conn.execute("SELECT payload, hash FROM events WHERE seq=5").fetchone()
    rs = [list(r) for r in rows(filled)]
    # rewrite event 5 and re-chain everything after it, signed by the device
    rs[4][5] = canonical_json({"lesson": "a1-l1", "active_seconds": 99999})
    forged = bundle_of(filled, tmp_path / "forged", rechained(rs[4:]))
    (res,) = hub.import_paths(forged, COUNTY)
    # another history under the same sequence numbers: a fork, held whole (row 35)
    assert (res.status, res.reason, res.new_events) == ("quarantined", "fork", 0) and res.refused
    assert hub.conn.execute("SELECT payload, hash FROM events WHERE seq=5").fetchone() == original
    reasons = [r[0] for r in hub.conn.execute("SELECT reason FROM quarantine")]
    assert reasons == ["fork"]


# 5 -------------------------------------------------------------------------------------------
def test_out_of_order_bundles_show_a_gap_until_it_closes(filled, hub, tmp_path):
    enrol(hub, filled)
    n = filled.journal.last_seq()
    a, b = n // 3, 2 * n // 3
    parts = [
        bundle_of(filled, tmp_path / f"b{i}", rows(filled, lo, hi), name=f"b{i}")
        for i, (lo, hi) in enumerate([(1, a), (a + 1, b), (b + 1, n)])
    ]
    dev = filled.journal.device_id
    hub.import_paths(parts[0], COUNTY)
    hub.import_paths(parts[2], COUNTY)
    assert hub.gaps(dev) == [(a + 1, b)] and hub.acked_seq(dev) == a
    hub.import_paths(parts[1], COUNTY)
    assert hub.gaps(dev) == [] and hub.acked_seq(dev) == n and count(hub) == n
    in_order = Hub.init(tmp_path / "in-order.db", COUNTY, tmp_path / "k")
    enrol(in_order, filled)
    for p in parts:
        in_order.import_paths(p, COUNTY)
    assert in_order.checksums()["events"] == hub.checksums()["events"]
    in_order.close()


# 6 -------------------------------------------------------------------------------------------
def test_another_key_cannot_read_a_bundle(filled, tmp_path):
    (path,) = export_bundle(filled, tmp_path / "usb").paths
    other = generate("county", "另一个县")
    h = Hub.init(tmp_path / "other.db", other, tmp_path / "k")
    h.enrol(filled.journal.device_id, filled.journal.device.public_bytes)
    (r,) = h.import_paths([path], other)
    assert (r.status, r.reason) == ("refused", "other-county")
    h.close()


# 7 -------------------------------------------------------------------------------------------
def test_truncation_anywhere_is_refused(filled, hub, tmp_path):
    enrol(hub, filled)
    simulate(filled, teachers=3, days=200, seed=31)
    paths = bundle_of(
        filled, tmp_path / "big", rows(filled), chunk=64 * 1024, part_limit=256 * 1024
    )
    assert len(paths) >= 2  # several FAT32-style parts
    before = hub.checksums()
    for victim in (paths[0], paths[-1]):
        data = victim.read_bytes()
        cuts = {1, 8, 12, len(data) // 2, len(data) - 1, len(data) - 12, len(data) - 80}
        cuts |= {8 + k * (64 * 1024 + 20) for k in range(1, 4)}  # near chunk boundaries
        for cut in sorted(c for c in cuts if 0 < c < len(data)):
            shutil.rmtree(tmp_path / "cut", ignore_errors=True)
            (tmp_path / "cut").mkdir()
            for p in paths:
                shutil.copy(p, tmp_path / "cut" / p.name)
            (tmp_path / "cut" / victim.name).write_bytes(data[:cut])
            results = hub.import_paths([tmp_path / "cut"], COUNTY)
            assert all(r.status == "refused" for r in results), (victim.name, cut)
            assert hub.checksums() == before
    shutil.rmtree(tmp_path / "cut")
    (tmp_path / "cut").mkdir()
    for p in paths[:-1]:  # a whole part missing
        shutil.copy(p, tmp_path / "cut" / p.name)
    assert {r.status for r in hub.import_paths([tmp_path / "cut"], COUNTY)} == {"refused"}
    (r,) = hub.import_paths(paths, COUNTY)
    assert r.status == "imported" and r.new_events == filled.journal.last_seq()


# 10 ------------------------------------------------------------------------------------------
def test_hours_added_by_editing_sqlite_are_flagged(filled, hub, tmp_path):
    enrol(hub, filled)
    c = sqlite3.connect(filled.journal.path)
    c.execute("DROP TRIGGER events_are_append_only_update")
    seq, payload = c.execute(
        "SELECT seq, payload FROM events WHERE type='lesson.session' ORDER BY seq LIMIT 1"
    ).fetchone()
    c.execute(
        "UPDATE events SET payload=? WHERE seq=?",
        (payload.replace('"active_seconds":', '"active_seconds":10800'), seq),
    )
    c.commit()
    c.close()
    (r,) = hub.import_paths(export_bundle(filled, tmp_path / "usb").paths, COUNTY)
    assert "chain-broken" in r.flags
    assert hub.conn.execute("SELECT seq FROM flags WHERE kind='chain-broken'").fetchall() == [
        (seq,)
    ]


def test_thirty_hours_in_one_day_is_flagged(laptop, hub, tmp_path):
    laptop.add_trust(COUNTY.public)
    simulate(laptop, teachers=1, days=1, seed=1)
    t = laptop.teachers.all()[0]
    wall = 1_790_000_000_000
    for _ in range(10):  # ten three-hour sessions on one day
        laptop.journal.append(
            t.id, "lesson.session", {"lesson": "a1-l1", "active_seconds": 3 * 3600}, wall_ms=wall
        )
    enrol(hub, laptop)
    (r,) = hub.import_paths(export_bundle(laptop, tmp_path / "usb").paths, COUNTY)
    assert "over-24h" in r.flags


# 11 ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("year_ms", [1_230_768_000_000, 2_051_222_400_000])  # 2009, 2035
def test_a_wrong_clock_is_flagged_and_changes_no_hours(tmp_path, hub, year_ms):
    from content.rules import compute_progress

    data = tmp_path / "skewed"
    lp = Laptop.open(data)
    lp.journal.close()
    from sync.laptop.journal import Journal
    from sync.laptop.teachers import Teachers

    lp.journal = Journal(data, device.load_or_create(data), wall_clock_ms=lambda: year_ms)
    lp.teachers = Teachers(lp.journal)
    lp.add_trust(COUNTY.public)
    t = lp.teachers.enrol("王芳", "11010519491231002X", "岳池县中心小学", "primary", "数学", "2468")
    lp.teachers.sign_in(t.id, "2468")
    lp.journal.append(t.id, "lesson.session", {"lesson": "a1-l1", "active_seconds": 2700})
    assert lp.progress(t.id).online_hours == 1.0
    enrol(hub, lp)
    (r,) = hub.import_paths(export_bundle(lp, tmp_path / "usb").paths, COUNTY)
    assert r.status == "imported" and "clock-skew" in r.flags
    hub_events = hub.conn.execute(
        "SELECT type, payload FROM events WHERE teacher_id=? ORDER BY seq", (t.id,)
    ).fetchall()
    import json

    p = compute_progress([(ty, json.loads(pl)) for ty, pl in hub_events], lp.catalog, lp.rules)
    assert p.online_hours == 1.0
    lp.close()


# 15 ------------------------------------------------------------------------------------------
def test_two_teachers_on_one_laptop_keep_their_own_events(filled, hub, tmp_path):
    enrol(hub, filled)
    hub.import_paths(export_bundle(filled, tmp_path / "usb").paths, COUNTY)
    for t in filled.teachers.all():
        mine = [e.id for e in filled.journal.events(teacher_id=t.id)]
        there = [
            r[0]
            for r in hub.conn.execute(
                "SELECT id FROM events WHERE teacher_id=? ORDER BY seq", (t.id,)
            )
        ]
        assert mine == there and mine


def test_file_name_carries_only_the_device_and_range(filled, tmp_path):
    (path,) = export_bundle(filled, tmp_path / "usb").paths
    assert path.name.isascii()
    assert path.name == f"{filled.journal.device_id}-00000001-{filled.journal.last_seq():08d}.spb"
    t = read_trailer(path).data
    assert set(t) >= {"device_id", "seq_first", "seq_last", "chain_prev", "chain_last"}
    assert hashlib.sha256(path.read_bytes()).hexdigest()
    assert CHUNK == t["chunk_size"]


# 15, the other half ----------------------------------------------------------------------------
def test_one_teacher_on_two_laptops_is_seen_and_overlaps_flagged(tmp_path, hub):
    from tests.support.ids import valid_id

    laptops = [Laptop.open(tmp_path / n) for n in ("school", "home")]
    wall = 1_790_000_000_000
    for lp in laptops:
        lp.add_trust(COUNTY.public)
        t = lp.teachers.enrol("王芳", valid_id(), "岳池县中心小学", "primary", "数学", "2468")
        # the same hour of study claimed on both laptops
        lp.journal.append(
            t.id, "lesson.session", {"lesson": "a1-l1", "active_seconds": 3600}, wall_ms=wall
        )
        enrol(hub, lp)
    results = [
        hub.import_paths(export_bundle(lp, tmp_path / f"usb-{i}").paths, COUNTY)[0]
        for i, lp in enumerate(laptops)
    ]
    assert results[0].flags == [] and {"several-devices", "overlap"} <= set(results[1].flags)
    kinds = {k for (k,) in hub.conn.execute("SELECT kind FROM flags")}
    assert {"several-devices", "overlap"} <= kinds
    # attribution stays per laptop: each event keeps its own teacher id
    assert hub.conn.execute("SELECT count(DISTINCT teacher_id) FROM events").fetchone()[0] == 2
    for lp in laptops:
        lp.close()


def _import_peak(hub, paths) -> tuple[list, int]:
    """The hub's results for `paths`, and the most memory the import held (bytes)."""
    tracemalloc.start()
    try:
        results = hub.import_paths(paths, COUNTY)
        return results, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_chunk_declaring_400_mb_is_refused_before_it_is_read(filled, hub, tmp_path, monkeypatch):
    enrol(hub, filled)
    (path,) = bundle_of(filled, tmp_path / "a", rows(filled))
    data = bytearray(path.read_bytes())
    data[8:12] = struct.pack(">I", 400 * 1024 * 1024)  # the first chunk record's length
    path.write_bytes(data)
    (r,), peak = _import_peak(hub, [path])
    assert (r.status, r.reason) == ("refused", "damaged")
    assert peak < 16 * 1024 * 1024 and count(hub) == 0
    # A trailer declaring 400 MB chunks, signed by the device: refused by its field.
    monkeypatch.setattr(bundle, "read_bundle_parts", lambda *a, **k: iter(()))  # no read-back
    (path,) = bundle_of(filled, tmp_path / "b", rows(filled), chunk=400 * 1024 * 1024)
    (r,), peak = _import_peak(hub, [path])
    assert (r.status, r.reason) == ("refused", "bad-trailer")
    assert peak < 16 * 1024 * 1024 and count(hub) == 0
