"""A device's lineage at the hub: a laptop that took on a new identity for a branch of a fork
the county approved (sync.base.rekey) continues the old device's chain from the fork point.
Mixed into `Hub`: the claim's check on the new identity's first bundle, its enrolment, and
where a device's events before its first lie."""

from __future__ import annotations

import itertools
import sqlite3
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass

from content.keys import b64
from sync.base import rekey
from sync.base.bundle import Trailer
from sync.base.events import DEVICE_REKEYED, GENESIS, PAYLOAD, PREV_HASH, SEQ, TYPE
from sync.base.rows import named


@dataclass(frozen=True)
class Heir:
    """A new device identity continuing an approved branch of a fork (sync.base.rekey)."""

    from_device: str
    fork_seq: int
    branch_head: str
    quarantine_id: int
    bundle_id: str
    stored: str | None


class Lineage:
    conn: sqlite3.Connection

    def _heir(self, head: Trailer, rows: Iterator[list]) -> Heir | str | None:
        """A laptop that took on a new identity for a branch the county approved
        (sync.base.rekey): its first bundle under that identity begins with `device.rekeyed`.
        The claim holds only if an approved, unclaimed branch of the old device names this
        fork point and head, the old device's enrolled key signed it, the chain continues the
        county's copy of the old device just before the fork point, and the re-issued events,
        hashed again as the old device's, end in exactly the approved head. Returns the heir,
        why the claim fails, or None when the bundle claims nothing."""
        first = next(rows, None)
        if first is None or first[TYPE] != DEVICE_REKEYED:
            return None
        c = rekey.claim(first[PAYLOAD])
        if c is None or c["device"] != head.device_id or c["key"] != b64(head.device_key):
            return "damaged"
        if first[SEQ] != c["fork_seq"] or c["branch_seq"] < c["fork_seq"]:
            return "damaged"
        approved = named(
            self.conn,
            "SELECT r.quarantine_id, q.stored, q.bundle_id FROM rekeys r JOIN quarantine q ON "
            "q.id = r.quarantine_id WHERE r.device_id=? AND r.branch_head=? AND r.fork_seq=? "
            "AND r.new_device_id IS NULL",
            (c["from_device"], c["branch_head"], c["fork_seq"]),
        ).fetchone()
        if approved is None:
            return "not-approved"
        old = self.conn.execute(
            "SELECT ed25519 FROM devices WHERE device_id=? AND status='enrolled'",
            (c["from_device"],),
        ).fetchone()
        if old is None or not rekey.signature_holds(c, old[0]):
            return "bad-signature"
        prev = self._hash_at(c["from_device"], c["fork_seq"] - 1)
        if (
            prev is None
            or not prev == c["prev_hash"] == first[PREV_HASH] == head.data["chain_prev"]
        ):
            return "other-branch"
        count = c["branch_seq"] - c["fork_seq"] + 1
        hashes = rekey.original_hashes(
            itertools.islice(rows, count), c["from_device"], c["fork_seq"], prev
        )
        if list(deque(hashes, maxlen=1)) != [(c["branch_seq"], c["branch_head"])]:
            return "other-branch"  # (old seq, hash) of the last re-issued event of the branch
        return Heir(
            c["from_device"],
            c["fork_seq"],
            c["branch_head"],
            approved["quarantine_id"],
            approved["bundle_id"],
            approved["stored"],
        )

    def _enrol_heir(self, heir: Heir, device_id: str, key: bytes, now: int) -> None:
        """Inside the import's transaction: the new identity enrolled with the old one's
        schools, the approval marked as taken, the held branch and its fork flag resolved."""
        schools = self.conn.execute(
            "SELECT schools FROM devices WHERE device_id=?", (heir.from_device,)
        ).fetchone()[0]
        self.conn.execute(
            "INSERT INTO devices (device_id, ed25519, status, schools, first_seen_ms, "
            "decided_ms) VALUES (?,?,'enrolled',?,?,?) ON CONFLICT(device_id) DO UPDATE SET "
            "status='enrolled', decided_ms=excluded.decided_ms",
            (device_id, key, schools, now, now),
        )
        self.conn.execute(
            "UPDATE rekeys SET new_device_id=? WHERE device_id=? AND branch_head=?",
            (device_id, heir.from_device, heir.branch_head),
        )
        self.conn.execute(
            "UPDATE quarantine SET resolved_ms=?, resolution='rekeyed', note=? WHERE id=?",
            (now, device_id, heir.quarantine_id),
        )
        self.conn.execute(
            "UPDATE flags SET closed_ms=?, note=? WHERE device_id=? AND kind='fork' AND "
            "detail=? AND closed_ms IS NULL",
            (now, device_id, heir.from_device, f"held bundle {heir.bundle_id}"),
        )

    def _lineage(self, device_id: str) -> list[tuple[str, int]]:
        """This device and the ones whose chains it continues: (device id, first sequence
        number under it), newest first; one entry for a device that never re-keyed."""
        found = [(device_id, 1)]
        while True:
            row = self.conn.execute(
                "SELECT device_id, fork_seq FROM rekeys WHERE new_device_id=?", (found[-1][0],)
            ).fetchone()
            if row is None or any(d == row[0] for d, _ in found):
                return found
            found[-1] = (found[-1][0], row[1])
            found.append((row[0], 1))

    def _hash_at(self, device_id: str, seq: int) -> str | None:
        """The hash of event `seq` of this device's chain, which may lie under a device it
        continues (GENESIS before the first event; None when the hub lacks it)."""
        if seq == 0:
            return GENESIS
        for dev, first in self._lineage(device_id):
            if seq >= first:
                row = self.conn.execute(
                    "SELECT hash FROM events WHERE device_id=? AND seq=?", (dev, seq)
                ).fetchone()
                return row[0] if row else None
        return None
