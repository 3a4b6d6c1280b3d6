"""Sync figures: export of a teacher-year, county import beside raw sqlite3, re-import, memory."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from content.keys import generate
from sync.base import device, migrate
from sync.base.bundle import FileMember, event_members, write_bundle
from sync.base.events import GENESIS, canonical_json, event_hash
from sync.county import event_ids
from sync.county.hub import Hub
from sync.laptop.journal import Draft
from sync.laptop.laptop import Laptop
from sync.laptop.outbox import export_bundle

ROOT = Path(__file__).resolve().parents[1]
PEAK_RSS = """
import sys
from pathlib import Path
from content.keys import load_private
from sync.county.hub import Hub
h = Hub.open(Path(sys.argv[1]))
r = h.import_paths([Path(sys.argv[3])], load_private(Path(sys.argv[2]), b"benchmark-pass"))
assert r[0].status == "imported", r
print(next(l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM")))
"""


def teacher_year_export(tmp: Path, county) -> tuple:
    lp = Laptop.open(tmp / "teacher-year")
    lp.add_trust(county.public)
    t0 = 1_788_000_000_000
    drafts = [
        Draft(
            "t-0000000000000001",
            "lesson.session",
            {
                "lesson": f"a1-l{i % 2 + 1}",
                "active_seconds": 600 + i % 900,
                "position_s": i % 1800,
                "completed": i % 7 == 0,
            },
            t0 + i * 6_000_000,
        )
        for i in range(5000)
    ]
    lp.journal.append_many(drafts)
    times = []
    for i in range(5):
        start = time.perf_counter()
        r = export_bundle(lp, tmp / f"usb-{i}")
        times.append(time.perf_counter() - start)
        assert r.status == "written"
    lp.close()
    m = statistics.median(times)
    return (
        "export a teacher-year (5,000 events)",
        f"{m:.3f} s",
        "≤ 0.2 s",
        f"median of 5, {r.paths[0].stat().st_size / 1e6:.1f} MB bundle",
    )


def synthetic_rows(dev, n: int, teachers: int = 500) -> list[tuple]:
    rows, prev = [], GENESIS
    for i in range(1, n + 1):
        eid, tid = str(uuid.uuid4()), f"t-{i % teachers:016x}"
        payload = canonical_json(
            {
                "lesson": "a1-l1",
                "active_seconds": 600 + i % 900,
                "position_s": i % 3000,
                "completed": False,
            }
        )
        wall = 1_788_000_000_000 + i * 60_000
        h = event_hash(prev, eid, dev.device_id, i, tid, "lesson.session", payload, wall, i, "b")
        rows.append((i, eid, dev.device_id, tid, "lesson.session", payload, wall, i, "b", prev, h))
        prev = h
    return rows


def raw_executemany(path: Path, rows: list[tuple]) -> float:
    c = sqlite3.connect(path, isolation_level=None)
    c.execute("PRAGMA journal_mode=WAL")
    c.execute("PRAGMA synchronous=FULL")
    c.execute("PRAGMA cache_size=-65536")
    migrate.apply(c, path, migrate.package_dir("county/migrations"))
    data = [r + ("bundle",) for r in rows]
    start = time.perf_counter()
    c.execute("BEGIN")
    c.executemany(
        "INSERT INTO events (seq, id, device_id, teacher_id, type, payload, wall_ms, "
        "mono_ms, boot_id, prev_hash, hash, bundle_id) VALUES "
        "(?,?,?,?,?,?,?,?,?,?,?,?)",
        data,
    )
    # The hub's schema keeps each event id in its first level of ids (sync/county/event_ids)
    c.executemany(f"INSERT INTO {event_ids.LEVELS[0]} (id) VALUES (?)", [(r[1],) for r in rows])
    c.execute("COMMIT")
    took = time.perf_counter() - start
    c.close()
    return took


def county_import(tmp: Path, county, n: int) -> list[tuple]:
    (tmp / f"dev-{n}").mkdir()
    dev = device.load_or_create(tmp / f"dev-{n}")
    rows = synthetic_rows(dev, n)
    info = {
        "seq_first": 1,
        "seq_last": n,
        "chain_prev": GENESIS,
        "chain_last": rows[-1][10],
        "created_ms": 0,
    }
    w = write_bundle(
        tmp,
        f"bundle-{n}",
        dev,
        county.public.x25519,
        county.public.key_id,
        event_members(rows),
        info,
    )
    raw = raw_executemany(tmp / f"raw-{n}.db", rows)
    del rows
    hub_path = tmp / f"hub-{n}.db"
    key_path = tmp / "county.key"
    key_path.write_bytes(county.to_bytes(b"benchmark-pass"))

    def fresh_hub() -> Hub:
        for p in tmp.glob(f"hub-{n}.db*"):
            p.unlink()
        h = Hub.init(hub_path, county, key_path)
        h.enrol(dev.device_id, dev.public_bytes)
        return h

    h = fresh_hub()
    start = time.perf_counter()
    (r,) = h.import_paths(w.paths, county)
    first = time.perf_counter() - start
    assert r.status == "imported" and r.new_events == n, r
    start = time.perf_counter()
    (again,) = h.import_paths(w.paths, county)
    second = time.perf_counter() - start
    assert again.status == "already-had"
    h.close()
    fresh_hub().close()
    peak = subprocess.run(
        [sys.executable, "-c", PEAK_RSS, str(hub_path), str(key_path), str(w.paths[0])],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    size_mb = w.size / 1e6
    return [
        (
            f"county import, {n:,} events ({size_mb:.0f} MB bundle)",
            f"{first:.2f} s",
            "≥ 50 % of raw" + ("; ≤ 10 s" if n >= 1_000_000 else ""),
            f"raw sqlite3 executemany {raw:.2f} s → {raw / first:.0%} of raw "
            f"({n / first:,.0f} ev/s)",
        ),
        (
            "re-import of the same bundle",
            f"{second * 1000:.1f} ms",
            "≤ 5 % of first",
            f"{second / first:.3%} of the first import",
        ),
        (
            f"peak RSS importing the {size_mb:.0f} MB bundle",
            f"{int(peak.stdout) / 1024:.0f} MB",
            "≤ 200 MB (1 GiB bundle)",
            "whole process, VmHWM",
        ),
    ]


def big_bundle_memory(tmp: Path, county, total: int) -> tuple:
    """Peak RSS of a county import of a bundle of `total` bytes: 20,000 events and one evidence
    file making up the rest (evidence is what makes real bundles big)."""
    (tmp / "dev-big").mkdir()
    dev = device.load_or_create(tmp / "dev-big")
    rows = synthetic_rows(dev, 20_000)
    evidence = tmp / "evidence.mp4"
    block = os.urandom(1024 * 1024)
    with open(evidence, "wb") as f:
        for i in range(total // len(block)):
            f.write(i.to_bytes(8, "little") + block[8:])
    digest = hashlib.sha256()
    with open(evidence, "rb") as f:
        while piece := f.read(1024 * 1024):
            digest.update(piece)
    members = event_members(rows) + [
        FileMember(f"files/{digest.hexdigest()}", evidence, evidence.stat().st_size)
    ]
    info = {
        "seq_first": 1,
        "seq_last": len(rows),
        "chain_prev": GENESIS,
        "chain_last": rows[-1][10],
        "created_ms": 0,
    }
    w = write_bundle(
        tmp, "bundle-big", dev, county.public.x25519, county.public.key_id, members, info
    )
    evidence.unlink()
    key_path = tmp / "county.key"
    key_path.write_bytes(county.to_bytes(b"benchmark-pass"))
    hub = Hub.init(tmp / "hub-big.db", county, key_path)
    hub.enrol(dev.device_id, dev.public_bytes)
    hub.close()
    start = time.perf_counter()
    peak = subprocess.run(
        [sys.executable, "-c", PEAK_RSS, str(tmp / "hub-big.db"), str(key_path), str(w.paths[0])],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    took = time.perf_counter() - start
    return (
        f"peak RSS importing a {w.size / 2**30:.2f} GiB bundle (20,000 events + evidence)",
        f"{int(peak.stdout) / 1024:.0f} MB",
        "≤ 200 MB",
        f"VmHWM of the importing process; {w.size / 1e6 / took:.0f} MB/s",
    )


def run(quick: bool) -> list[tuple]:
    tmp = Path(tempfile.mkdtemp())
    county = generate("county", "benchmark")
    try:
        rows = [teacher_year_export(tmp, county)]
        rows += county_import(tmp, county, 100_000 if quick else 1_000_000)
        rows.append(big_bundle_memory(tmp, county, (256 if quick else 1024) * 2**20))
    finally:
        shutil.rmtree(tmp)
    return rows
