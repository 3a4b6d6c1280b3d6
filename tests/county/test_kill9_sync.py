"""Pull the plug during export (threat 8) and during county import (threat 9)."""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import time

import pytest

from sync.base.bundle import BundleRefused, read_bundle_parts
from sync.county.hub import Hub
from sync.demo.simulate import simulate
from sync.laptop.laptop import Laptop
from sync.laptop.outbox import export_bundle
from tests.support.county import COUNTY
from tests.support.paths import ROOT

EXPORT_KILLS = 200
IMPORT_KILLS = 25


def spawn(code: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )


@pytest.fixture(scope="module")
def big_laptop(tmp_path_factory):
    data = tmp_path_factory.mktemp("laptop")
    lp = Laptop.open(data)
    simulate(lp, teachers=40, days=150, seed=77)
    lp.add_trust(COUNTY.public)
    lp.close()
    return data


def test_kill_during_export_leaves_a_valid_bundle_or_none(big_laptop, tmp_path):
    rng = random.Random(8)
    code = (
        "import sys; from pathlib import Path; from sync.laptop.laptop import Laptop; "
        "from sync.laptop.outbox import export_bundle; lp = Laptop.open(Path(sys.argv[1])); "
        "print(export_bundle(lp, Path(sys.argv[2])).status, flush=True)"
    )
    # time a full run, so kills land before, during and after the write
    t0 = time.monotonic()
    subprocess.run(
        [sys.executable, "-c", code, str(big_laptop), str(tmp_path / "timing")],
        cwd=ROOT,
        check=True,
    )
    full = time.monotonic() - t0
    outcomes = {"none": 0, "valid": 0}
    for i in range(EXPORT_KILLS):
        drive = tmp_path / f"usb-{i % 4}"
        shutil.rmtree(drive, ignore_errors=True)
        proc = subprocess.Popen(
            [sys.executable, "-c", code, str(big_laptop), str(drive)],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.3 * full, 1.05 * full))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        finals = sorted((drive / "songpei" / "to-county").glob("*.spb")) if drive.exists() else []
        # The write's moment moves with the machine's load: follow it, so kills keep landing
        # before, during and after it however busy the machine is.
        full *= 1.03 if not finals else 0.97
        if not finals:
            outcomes["none"] += 1
            continue
        try:
            members = list(read_bundle_parts(finals, COUNTY.agreement))
        except BundleRefused as exc:
            pytest.fail(f"round {i}: a final bundle file is invalid: {exc}")
        assert members, f"round {i}"
        outcomes["valid"] += 1
    assert outcomes["none"] > 10 and outcomes["valid"] > 10, outcomes
    lp = Laptop.open(big_laptop)
    try:
        assert lp.journal.check() == []
        drive = tmp_path / "after"
        assert export_bundle(lp, drive).status == "written"
    finally:
        lp.close()


def test_kill_during_import_leaves_the_hub_unchanged(big_laptop, tmp_path):
    lp = Laptop.open(big_laptop)
    try:
        paths = export_bundle(lp, tmp_path / "usb").paths
        device_id, key = lp.journal.device_id, lp.journal.device.public_bytes
        total = lp.journal.last_seq()
    finally:
        lp.close()
    hub_path = tmp_path / "hub.db"
    hub = Hub.init(hub_path, COUNTY, tmp_path / "county.key")
    hub.enrol(device_id, key)
    before = hub.checksums()
    hub.close()
    sealed = tmp_path / "county.key"
    sealed.write_bytes(COUNTY.to_bytes(b"passphrase!"))
    code = (
        "import sys; from pathlib import Path; from content.keys import load_private; "
        "from sync.county.hub import Hub; h = Hub.open(Path(sys.argv[1])); "
        "k = load_private(Path(sys.argv[2]), b'passphrase!'); "
        "print(h.import_paths([Path(sys.argv[3])], k)[0].status, flush=True)"
    )
    args = [sys.executable, "-c", code, str(hub_path), str(sealed), str(paths[0])]
    rng = random.Random(9)
    seen = {"unchanged": 0, "committed": 0}
    full = 0.6  # about when the import commits on a quiet machine; followed below
    for i in range(IMPORT_KILLS):
        proc = subprocess.Popen(
            args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(rng.uniform(0.3 * full, 1.5 * full))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        h = Hub.open(hub_path)
        try:
            state = h.checksums()
            assert (
                state == before
                or h.conn.execute("SELECT count(*) FROM events").fetchone()[0] == total
            ), f"round {i}"
            assert h.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            seen["unchanged" if state == before else "committed"] += 1
            # The commit's moment moves with the machine's load: follow it, so kills keep
            # landing before and after it however busy the machine is.
            full *= 1.25 if state == before else 0.85
            if state != before:  # the import had committed before the kill: start again
                h.close()
                hub_path.unlink()
                for suffix in ("-wal", "-shm"):
                    hub_path.with_name(hub_path.name + suffix).unlink(missing_ok=True)
                h = Hub.init(hub_path, COUNTY, sealed)
                h.enrol(device_id, key)
                before = h.checksums()
        finally:
            h.close()
    assert seen["unchanged"] >= 3 and seen["committed"] >= 3, seen
    r = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=True)
    assert r.stdout.strip() == "imported"
