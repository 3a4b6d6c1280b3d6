"""The laptop takes on a new device identity when the county approved its branch of a fork
(format and checks: sync.base.rekey; the instruction: sync.laptop.inbox).

A new journal file is written beside the old one: a copy of it (teachers, PINs, lessons in
progress, receipts, the county's decisions) whose events up to the fork point stay exactly as
they were, under the old device id (the county holds them), and whose events from the fork
point on are the new device's: `device.rekeyed` signed by the old key, then the branch's
events re-issued one sequence number later. Nothing a teacher did is lost or changes meaning:
every event keeps its id, teacher, type, payload and times, so hours, progress and lesson
positions read as before. The old journal and key are kept whole in before-rekey-<old id>/.

One mark makes the change: the new files are written and synced in rekey-next/, then
ready.json; `finish` moves the old files aside and the new ones in, and runs again at the next
start if the power went in between. Without the mark a half-written stage is dropped and the
old identity stays as it was."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import time
import uuid
from pathlib import Path

from content.keys import b64, sign
from sync.base import device, rekey
from sync.base.confine import remove
from sync.base.device import KEY_FILE, DeviceIdentity
from sync.base.durable import atomic_write_bytes, fsync_dir
from sync.base.events import (
    COLUMNS,
    DEVICE,
    DEVICE_REKEYED,
    GENESIS,
    HASH,
    PREV_HASH,
    SEQ,
    canonical_json,
    row_hash,
)
from sync.laptop.journal import BOOT_ID, FILE_NAME, Journal

STAGE = "rekey-next"
READY = "ready.json"
_DEVICE_ID = re.compile(r"dev-[a-z2-7]{16}")


def kept_dir(data_dir: Path, old_device_id: str) -> Path:
    """Where the journal and key of the identity given up are kept."""
    return Path(data_dir) / f"before-rekey-{old_device_id}"


def take_new_identity(journal: Journal, branch_head: str, fork_seq: int) -> str:
    """Become a new device whose chain continues this journal's from `fork_seq` (the county's
    approved branch, ending in the event hashed `branch_head`); returns the new device id."""
    data_dir = journal.path.parent
    journal.become(
        lambda conn: _stage(journal, conn, branch_head, fork_seq), lambda: finish(data_dir)
    )
    return journal.device_id


def _stage(
    journal: Journal, conn: sqlite3.Connection, branch_head: str, fork_seq: int
) -> DeviceIdentity:
    data_dir = journal.path.parent
    stage = data_dir / STAGE
    if stage.exists():
        remove(data_dir, stage)
    stage.mkdir()
    identity = device.load_or_create(stage)  # a new Ed25519 key, written in the stage
    old = journal.device
    (branch_seq,) = conn.execute(
        "SELECT seq FROM events WHERE hash=? AND seq>=?", (branch_head, fork_seq)
    ).fetchone()
    before = conn.execute("SELECT hash FROM events WHERE seq=?", (fork_seq - 1,)).fetchone()
    prev = before[0] if before else GENESIS
    branch = conn.execute(
        f"SELECT {COLUMNS} FROM events WHERE seq>=? ORDER BY seq", (fork_seq,)
    ).fetchall()
    payload = rekey.statement(
        old.device_id,
        fork_seq,
        prev,
        branch_head,
        branch_seq,
        identity.device_id,
        identity.public_bytes,
    )
    payload["signature"] = b64(sign(old.private_key, rekey.DOMAIN, rekey.signed_bytes(payload)))
    segments = journal.segments() + [(identity.device_id, fork_seq)]
    target = stage / FILE_NAME
    out = sqlite3.connect(target, isolation_level=None)
    try:
        conn.backup(out)  # every table as it is now: teachers' PINs, checkpoints, receipts
        out.execute("PRAGMA journal_mode=DELETE")  # one file to move; the journal reopens it WAL
        out.execute("BEGIN IMMEDIATE")
        # The copy is the new device's journal: its events from the fork point are replaced
        # by their re-issue below. The append-only triggers stand aside for that alone and
        # come back in the same transaction; the old file keeps every original untouched.
        triggers = out.execute(
            "SELECT name, sql FROM sqlite_master WHERE type='trigger' AND tbl_name='events'"
        ).fetchall()
        for name, _ in triggers:
            out.execute(f'DROP TRIGGER "{name}"')
        out.execute("DELETE FROM events WHERE seq>=?", (fork_seq,))
        rows = [_event(identity.device_id, fork_seq, prev, journal.now_ms(), payload)]
        for r in branch:
            r = list(r)
            r[SEQ], r[DEVICE], r[PREV_HASH] = r[SEQ] + 1, identity.device_id, rows[-1][HASH]
            r[HASH] = row_hash(r)
            rows.append(r)
        out.executemany(f"INSERT INTO events ({COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
        for _, sql in triggers:
            out.execute(sql)
        out.execute("UPDATE meta SET value=? WHERE key='device_id'", (identity.device_id,))
        out.executemany(
            "INSERT OR REPLACE INTO identities (device_id, first_seq) VALUES (?, ?)", segments
        )
        # The county holds the events before the fork point (under the old id): the next
        # export starts at the new device's first event.
        point = out.execute("SELECT issued_ms, receipt_id FROM acknowledged").fetchone()
        out.execute(
            "INSERT OR REPLACE INTO acknowledged VALUES (1, ?, ?, ?)",
            (fork_seq - 1, *(point or (0, ""))),
        )
        out.execute("COMMIT")
    finally:
        out.close()
    with open(target, "rb") as f:
        os.fsync(f.fileno())
    fsync_dir(stage)
    mark = {"from": old.device_id, "device": identity.device_id}
    atomic_write_bytes(stage / READY, json.dumps(mark).encode())
    return identity


def _event(device_id: str, seq: int, prev: str, wall_ms: int, payload: dict) -> list:
    mono = time.monotonic_ns() // 1_000_000
    row = [seq, str(uuid.uuid4()), device_id, "", DEVICE_REKEYED, canonical_json(payload)]
    row += [wall_ms, mono, BOOT_ID, prev, ""]
    row[HASH] = row_hash(row)
    return row


def finish(data_dir: Path) -> None:
    """Complete a re-key whose new files are ready (at once, or at the next start after a
    power cut): the old journal and key into before-rekey-<old id>/, the new ones in place.
    A stage without the ready mark is dropped; the old identity is then untouched."""
    data_dir = Path(data_dir)
    stage = data_dir / STAGE
    if not stage.is_dir():
        return
    try:
        mark = json.loads((stage / READY).read_bytes())
        old = mark["from"]
    except (OSError, ValueError, KeyError, TypeError):
        remove(data_dir, stage)
        return
    if type(old) is not str or not _DEVICE_ID.fullmatch(old):
        remove(data_dir, stage)
        return
    kept = kept_dir(data_dir, old)
    kept.mkdir(exist_ok=True)
    # The journal's WAL and shared-memory files go first and with it: a journal must never
    # meet another file's WAL.
    moves = [(f"{FILE_NAME}-wal", False), (f"{FILE_NAME}-shm", False), (FILE_NAME, True)]
    moves += [(KEY_FILE, True)]
    for name, staged in moves:
        if staged and not (stage / name).exists():
            continue  # already in place
        if not (kept / name).exists() and (data_dir / name).exists():
            os.replace(data_dir / name, kept / name)
        if staged:
            os.replace(stage / name, data_dir / name)
    fsync_dir(kept)
    fsync_dir(data_dir)
    remove(data_dir, stage)
