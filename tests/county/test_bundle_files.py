"""Evidence files travel inside bundles streamed, in FAT32-sized parts (threat 16's mechanism),
and come out whole in the hub's evidence store."""

from __future__ import annotations

import subprocess
import sys

from sync.base.bundle import PART_LIMIT, FileMember, event_members, read_bundle_parts, write_bundle
from sync.county.hub import Hub
from sync.laptop.laptop import Laptop
from tests.support.county import COUNTY
from tests.support.packs import block_file, sha256_of
from tests.support.paths import ROOT

MIB = 1024 * 1024


def test_a_large_file_goes_in_parts_and_comes_back_whole(laptop, tmp_path):
    laptop.journal.append("t-1", "x", {})
    video = tmp_path / "课堂实录.mp4"
    block_file(video, 150 * MIB, seed=3)
    digest = sha256_of(video)
    rows = [e.row() for e in laptop.journal.events()]
    info = {
        "seq_first": 1,
        "seq_last": rows[-1][0],
        "chain_prev": rows[0][9],
        "chain_last": rows[-1][10],
        "created_ms": 0,
    }
    members = event_members(rows) + [FileMember(f"files/{digest}", video, video.stat().st_size)]
    limit = 40 * MIB
    (tmp_path / "usb").mkdir()
    w = write_bundle(
        tmp_path / "usb",
        "b",
        laptop.journal.device,
        COUNTY.public.x25519,
        COUNTY.public.key_id,
        members,
        info,
        part_limit=limit,
    )
    assert len(w.paths) == 4 and all(p.stat().st_size < limit for p in w.paths)
    assert all(p.name.isascii() for p in w.paths)

    hub = Hub.init(tmp_path / "hub.db", COUNTY, tmp_path / "k")
    hub.enrol(laptop.journal.device_id, laptop.journal.device.public_bytes)
    (r,) = hub.import_paths(w.paths, COUNTY)
    assert r.status == "imported"
    assert sha256_of(hub.evidence_path(digest)) == digest
    hub.close()

    # reading stays small whatever the file weighs
    code = (
        "import sys; from pathlib import Path; from content.keys import PrivateKey; "
        "from sync.base.bundle import read_bundle_parts; "
        "k = PrivateKey.from_bytes(Path(sys.argv[1]).read_bytes(), b'passphrase!'); "
        "[None for _ in read_bundle_parts([Path(p) for p in sys.argv[2:]], k.agreement)]; "
        "print(next(l.split()[1] for l in open('/proc/self/status') "
        "if l.startswith('VmHWM')))"
    )
    (tmp_path / "county.key").write_bytes(COUNTY.to_bytes(b"passphrase!"))
    peak = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "county.key"), *map(str, w.paths)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert int(peak.stdout) < 120 * 1024  # kB: far below the 150 MiB that went through


def test_a_missing_middle_part_or_a_short_file_is_refused(laptop, tmp_path):
    laptop.journal.append("t-1", "x", {})
    video = tmp_path / "v.mp4"
    block_file(video, 12 * MIB, seed=4)
    rows = [e.row() for e in laptop.journal.events()]
    info = {
        "seq_first": 1,
        "seq_last": 1,
        "chain_prev": rows[0][9],
        "chain_last": rows[0][10],
        "created_ms": 0,
    }
    member = FileMember(f"files/{sha256_of(video)}", video, 12 * MIB)
    for d in ("usb", "usb2"):
        (tmp_path / d).mkdir()
    w = write_bundle(
        tmp_path / "usb",
        "b",
        laptop.journal.device,
        COUNTY.public.x25519,
        COUNTY.public.key_id,
        event_members(rows) + [member],
        info,
        part_limit=5 * MIB,
    )
    assert len(w.paths) >= 3
    import pytest

    from sync.base.bundle import BundleRefused

    with pytest.raises(BundleRefused):
        list(read_bundle_parts([w.paths[0], w.paths[2]], COUNTY.agreement))
    liar = FileMember(member.name, video, 13 * MIB)  # claims more than the file holds
    with pytest.raises(BundleRefused):
        write_bundle(
            tmp_path / "usb2",
            "b",
            laptop.journal.device,
            COUNTY.public.x25519,
            COUNTY.public.key_id,
            [liar],
            info,
            part_limit=5 * MIB,
        )
    assert not list((tmp_path / "usb2").glob("*.spb"))


def test_the_real_part_limit_fits_fat32():
    assert PART_LIMIT < 4 * 1024**3 - 1


def test_submitted_evidence_reaches_the_county_with_its_events(tmp_path, demo_pack):
    from app.demo import demo_publisher
    from sync.demo.simulate import ensure_demo_profile
    from sync.laptop import evidence
    from sync.laptop.outbox import export_bundle
    from tests.support.ids import valid_id

    ensure_demo_profile(
        tmp_path / "demo", packs=[demo_pack], publisher=demo_publisher(), teachers=1, days=1
    )
    laptop = Laptop.open(tmp_path / "demo")
    laptop.add_trust(COUNTY.public)
    t = laptop.teachers.enrol("王芳", valid_id(), "岳池县中心小学", "primary", "数学", "2468")
    codes = sorted(laptop.ability_points())
    code = codes[0]
    point = laptop.ability_points()[code]
    evidence.choose_points(laptop, t.id, codes)
    slots = {}
    for slot in point.evidence_slots:
        if slot.kind == "media":
            clip = tmp_path / f"clip.{slot.types[0]}"
            block_file(clip, 3 * MIB, seed=9)
            slots[slot.id] = clip
        else:
            slots[slot.id] = "用投影仪展示学生作品，讨论了三个问题。"
    evidence.submit(laptop, t.id, code, slots)
    named = evidence.files_named((e.type, e.payload) for e in laptop.journal.events())
    assert len(named) == 1
    (sha,) = named
    hub = Hub.init(tmp_path / "hub.db", COUNTY, tmp_path / "k")
    hub.enrol(laptop.journal.device_id, laptop.journal.device.public_bytes)
    (r,) = hub.import_paths(export_bundle(laptop, tmp_path / "usb").paths, COUNTY)
    assert r.status == "imported"
    assert sha256_of(hub.evidence_path(sha)) == sha
    hub.close()
    laptop.close()
