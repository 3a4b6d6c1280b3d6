"""The trainer's drive as it really is: a FAT32 file system (threat: the drive's own limits).

A real FAT32 image is made with mkfs.vfat and mounted through FUSE (fusefat), so every write
goes through a FAT driver: names, sizes, rename and fsync behave as on a USB stick. Where the
machine has no FUSE these tests are skipped and say why."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from content.keys import generate
from sync.base.errors import DataDirUnusable, DiskFull
from sync.county.hub import Hub
from sync.county.mail import write_mail
from sync.demo.simulate import simulate
from sync.laptop.inbox import receive
from sync.laptop.outbox import export_bundle

COUNTY = generate("county", "广安市岳池县教师发展中心")


def _fuse_missing() -> str:
    for tool in ("mkfs.vfat", "fusefat", "fusermount", "fsck.vfat"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not os.access("/dev/fuse", os.R_OK | os.W_OK):
        return "this machine has no usable /dev/fuse"
    return ""


pytestmark = pytest.mark.skipif(bool(_fuse_missing()), reason=_fuse_missing() or "fuse")


class FatDrive:
    """A FAT32 image and its mount point; mount() / unmount() as a person plugs it in."""

    def __init__(self, image: Path, mountpoint: Path) -> None:
        self.image, self.root = image, mountpoint

    def mount(self) -> Path:
        self.root.mkdir(exist_ok=True)
        # In the foreground, so unmount() can wait for the driver to write its last sectors
        # (the FAT's clean flag among them) before anyone reads the image.
        self.log = self.image.with_suffix(".log")
        with open(self.log, "ab") as log:  # a file, never a pipe nobody reads: that would stall it
            self.daemon = subprocess.Popen(
                ["fusefat", "-f", "-o", "rw+", str(self.image), str(self.root)],
                stdout=log,
                stderr=log,
            )
        for _ in range(200):  # the FUSE daemon answers a moment after it starts
            if os.path.ismount(self.root):
                return self.root
            if self.daemon.poll() is not None:
                pytest.fail(f"fusefat could not mount {self.image}: {self.log.read_text()!r}")
            time.sleep(0.05)
        self.daemon.kill()
        pytest.fail(f"fusefat did not mount {self.image}")

    def unmount(self) -> None:
        subprocess.run(["fusermount", "-u", str(self.root)], check=True, capture_output=True)
        self.daemon.wait(timeout=60)

    def fsck(self) -> str:
        """fsck.vfat read-only: what a Windows 'scan and fix' would complain about."""
        r = subprocess.run(["fsck.vfat", "-n", str(self.image)], capture_output=True, text=True)
        assert r.returncode == 0, r.stdout + r.stderr
        return r.stdout


@pytest.fixture
def fat(tmp_path):
    def make(megabytes: int) -> FatDrive:
        image = tmp_path / "usb.img"
        with open(image, "wb") as f:
            f.truncate(megabytes * 2**20)
        subprocess.run(
            ["mkfs.vfat", "-F", "32", "-n", "TRAINER", str(image)], check=True, capture_output=True
        )
        drive = FatDrive(image, tmp_path / "mnt")
        drive.mount()
        return drive

    made: list[FatDrive] = []

    def tracked(megabytes: int) -> FatDrive:
        made.append(make(megabytes))
        return made[-1]

    yield tracked
    for d in made:
        if os.path.ismount(d.root):
            d.unmount()


def test_round_trip_through_a_fat32_stick(laptop, tmp_path, fat):
    drive = fat(64)
    simulate(laptop, teachers=3, days=30, seed=4)
    laptop.add_trust(COUNTY.public)
    last = laptop.journal.last_seq()

    out = export_bundle(laptop, drive.root)
    assert out.status == "written" and out.last == last
    drive.unmount()  # the trainer pulls the stick out
    drive.fsck()

    # Nothing on the stick names a teacher: not in file names, not in the raw image bytes.
    raw = drive.image.read_bytes()
    for t in laptop.teachers.all():
        assert t.name.encode("utf-8") not in raw
        assert t.id_number.encode("ascii") not in raw
        assert t.id_number.encode("utf-16-le") not in raw  # FAT keeps long names in UTF-16

    drive.mount()  # at the county office
    hub = Hub.init(tmp_path / "hub.db", COUNTY, tmp_path / "county.key")
    try:
        hub.enrol(laptop.journal.device_id, laptop.journal.device.public_bytes)
        (r,) = hub.import_paths([drive.root], COUNTY)
        assert (r.status, r.new_events) == ("imported", last)
        write_mail(hub, drive.root, COUNTY)
    finally:
        hub.close()
    drive.unmount()
    drive.fsck()

    drive.mount()  # back at the school
    applied = receive(laptop, drive.root)
    assert (applied.status, applied.acked_seq) == ("applied", last)
    assert export_bundle(laptop, drive.root).status == "nothing-new"
    names = [p.name for p in drive.root.rglob("*")]
    assert all(n.isascii() for n in names), names


def test_a_full_stick_says_so_and_leaves_nothing_half_written(laptop, fat):
    drive = fat(40)
    simulate(laptop, teachers=6, days=120, seed=5)
    laptop.add_trust(COUNTY.public)
    # Fill the stick with someone's holiday photos until a few kilobytes are left (fusefat
    # reports no free space to statfs, so fill until the driver says no).
    photos = drive.root / "PHOTOS.BIN"
    with open(photos, "wb") as f:
        try:
            while True:
                f.write(b"\0" * 2**20)
                f.flush()
        except OSError:
            pass
    with open(photos, "r+b") as f:
        f.truncate(max(photos.stat().st_size - 48 * 1024, 0))

    # The kernel's vfat says ENOSPC (DiskFull); fusefat says EPERM, which reads as "this
    # folder cannot be written". Either way the person is told which folder, in words.
    with pytest.raises((DiskFull, DataDirUnusable)) as exc:
        export_bundle(laptop, drive.root)
    assert str(drive.root) in exc.value.args_["path"]
    left = [p for p in (drive.root / "songpei").rglob("*") if p.is_file()]
    assert left == [], left
    assert laptop.acked_seq() == 0

    (drive.root / "PHOTOS.BIN").unlink()  # the trainer makes room and tries again
    out = export_bundle(laptop, drive.root)
    assert out.status == "written" and out.last == laptop.journal.last_seq()
    drive.unmount()
    drive.fsck()


def _evidence_across_parts(
    tmp_path, fat, evidence_bytes: int, part_limit: int | None, image_mb: int
) -> None:
    """A teacher's video evidence larger than one part: written to the FAT32 stick in parts
    below the limit, the stick unplugged and checked, then imported whole at the county."""
    from sync.base.bundle import PART_LIMIT, FileMember, event_members, write_bundle
    from sync.laptop.laptop import Laptop
    from tests.support.packs import block_file, sha256_of

    laptop = Laptop.open(tmp_path / "laptop")
    try:
        laptop.journal.append("t-1", "x", {})
        video = tmp_path / "课堂实录.mp4"
        block_file(video, evidence_bytes, seed=16)
        digest = sha256_of(video)
        rows = [e.row() for e in laptop.journal.events()]
        info = {
            "seq_first": 1,
            "seq_last": rows[-1][0],
            "chain_prev": rows[0][9],
            "chain_last": rows[-1][10],
            "created_ms": 0,
        }
        members = event_members(rows) + [FileMember(f"files/{digest}", video, evidence_bytes)]
        drive = fat(image_mb)
        folder = drive.root / "songpei" / "to-county"
        folder.mkdir(parents=True)
        limit = part_limit or PART_LIMIT
        w = write_bundle(
            folder,
            "b",
            laptop.journal.device,
            COUNTY.public.x25519,
            COUNTY.public.key_id,
            members,
            info,
            part_limit=limit,
        )
        assert len(w.paths) > 1
        assert all(p.stat().st_size < min(limit, 4 * 1024**3) for p in w.paths)
        video.unlink()  # the laptop's copy is not what the county reads
        drive.unmount()
        drive.fsck()
        drive.mount()
        hub = Hub.init(tmp_path / "hub.db", COUNTY, tmp_path / "county.key")
        try:
            hub.enrol(laptop.journal.device_id, laptop.journal.device.public_bytes)
            (r,) = hub.import_paths([drive.root], COUNTY)
            assert r.status == "imported"
            assert sha256_of(hub.evidence_path(digest)) == digest
        finally:
            hub.close()
    finally:
        laptop.close()


def test_evidence_larger_than_a_part_crosses_a_fat32_stick_whole(tmp_path, fat):
    _evidence_across_parts(tmp_path, fat, 24 * 2**20, part_limit=8 * 2**20, image_mb=64)


@pytest.mark.skipif(
    os.environ.get("SONGPEI_FULL_SIZE") != "1",
    reason="writes 5 GiB twice; run with SONGPEI_FULL_SIZE=1",
)
def test_five_gib_of_evidence_crosses_a_fat32_stick_in_parts(tmp_path, fat):
    # fusefat stops every file at 2 GiB (the kernel's vfat and Windows at 4 GiB, which
    # PART_LIMIT respects), so the parts here are cut below 2 GiB: three of them.
    _evidence_across_parts(
        tmp_path, fat, 5 * 2**30, part_limit=2 * 2**30 - 64 * 2**20, image_mb=6 * 1024
    )
