"""Export from a laptop: every event the county has not yet acknowledged, as one bundle on
the trainer's drive. A lost drive loses nothing: the next export carries the same events."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sync.base.bundle import (
    FILES_PREFIX,
    PART_LIMIT,
    SUFFIX,
    BundleRefused,
    FileMember,
    event_members,
    read_bundle_parts,
    read_trailer,
    write_bundle,
)
from sync.base.drive import Drive
from sync.base.errors import JournalDamaged, SongpeiError
from sync.base.events import COLUMNS, HASH, PAYLOAD, PREV_HASH, SEQ, TYPE, unreadable
from sync.laptop import evidence
from sync.laptop.laptop import Laptop

_NAME = re.compile(r"^(dev-[a-z2-7]+)-(\d{8})-(\d{8})(?:\.p\d{2})?\.spb$")


class NoCountyKey(SongpeiError):
    """The laptop does not know the county's key yet (data_dir=...)."""


class JournalNotExportable(SongpeiError):
    """Events the county could not read (path=..., seq=..., problem='gap'|'device'|
    'malformed', count=...): `verify` finds the journal damaged; nothing was exported."""


@dataclass(frozen=True)
class ExportResult:
    status: str  # 'written' | 'up-to-date' | 'nothing-new'
    first: int = 0
    last: int = 0
    paths: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)

    @property
    def events(self) -> int:
        return self.last - self.first + 1 if self.last else 0


def bundle_parts(folder: Path, name: str) -> list[Path]:
    """A bundle's part files on the drive, in order (the first part names the bundle)."""
    first = folder / f"{name}{SUFFIX}"
    if not first.exists():
        return []
    return [first] + sorted(folder.glob(f"{name}.p[0-9][0-9]{SUFFIX}"))


def export_bundle(laptop: Laptop, drive_root: Path, part_limit: int = PART_LIMIT) -> ExportResult:
    county = laptop.trust().county_key()
    if county is None or county.x25519 is None:
        raise NoCountyKey(data_dir=str(laptop.data_dir))
    # Events before this identity's first are another device id's, which the county holds
    # under that name (sync.laptop.rekey).
    acked = max(laptop.acked_seq(), laptop.journal.first_seq() - 1)
    # One SELECT is one read snapshot (WAL): a teacher studying meanwhile cannot tear it.
    with laptop.journal.reader() as conn:
        try:
            rows = conn.execute(
                f"SELECT {COLUMNS} FROM events WHERE seq > ? ORDER BY seq", (acked,)
            ).fetchall()
        except sqlite3.DatabaseError as exc:
            raise JournalDamaged(path=str(laptop.journal.path), detail=str(exc)) from None
    if not rows:
        return ExportResult("nothing-new")
    # The county refuses a bundle whole for an event it cannot place or read; say so here,
    # where it can be mended, instead of carrying it to the county again at every visit.
    problems = unreadable(rows, laptop.journal.device_id, acked + 1)
    if problems:
        raise JournalNotExportable(
            path=str(laptop.journal.path),
            seq=problems[0].seq,
            problem=problems[0].kind,
            count=len(problems),
        )
    first, last = rows[0][SEQ], rows[-1][SEQ]
    device_id = laptop.journal.device_id
    name = f"{device_id}-{first:08d}-{last:08d}"
    drive = Drive(drive_root).ensure()
    existing = bundle_parts(drive.to_county, name)
    if existing:
        try:
            read_bundle_parts(existing, county_x25519=None)
            head = read_trailer(existing[0])
            if (
                head.data["county_key_id"] == county.key_id
                and head.data["chain_last"] == rows[-1][HASH]
            ):
                return ExportResult("up-to-date", first, last, existing)
        except BundleRefused:
            pass  # damaged on the drive: write it again
        for p in existing:
            p.unlink(missing_ok=True)
    info = {
        "seq_first": first,
        "seq_last": last,
        "chain_prev": rows[0][PREV_HASH],
        "chain_last": rows[-1][HASH],
        "created_ms": laptop.journal.now_ms(),
    }
    for stale in drive.to_county.glob(f".{device_id}-*.tmp"):  # left by a pulled plug
        stale.unlink(missing_ok=True)
    # Evidence files travel with the events that name them (streamed, in FAT32-sized parts).
    files = [
        FileMember(f"{FILES_PREFIX}{sha}", evidence.stored_path(laptop, sha), size)
        for sha, size in evidence.files_named((r[TYPE], r[PAYLOAD]) for r in rows).items()
    ]
    written = write_bundle(
        drive.to_county,
        name,
        laptop.journal.device,
        county.x25519,
        county.key_id,
        event_members(rows) + files,
        info,
        part_limit=part_limit,
    )
    removed = _remove_superseded(drive.to_county, device_id, first, last, keep=written.paths)
    return ExportResult("written", first, last, written.paths, removed)


def _remove_superseded(
    folder: Path, device_id: str, first: int, last: int, keep: list[Path]
) -> list[Path]:
    """Older bundles of this laptop whose events the new one carries too."""
    removed = []
    for p in folder.glob(f"{device_id}-*{SUFFIX}"):
        m = _NAME.match(p.name)
        if m and p not in keep and first <= int(m.group(2)) and int(m.group(3)) <= last:
            p.unlink(missing_ok=True)
            removed.append(p)
    return removed
