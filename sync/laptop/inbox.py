"""The laptop's inbox on the drive: its county receipt (format: sync.base.receipt), verified
against the trusted county keys and applied in one transaction — the acknowledged point and
the county's decisions on this laptop's evidence.

The acknowledged point follows what the county says it holds, and the laptop checks that
against its own chain:
- the county holds less than the point (a hub restored from an older copy, a lost disk): the
  point is lowered, so the next export sends the missing events again. Always: sending again
  is harmless (the hub's import is idempotent), so even an old receipt on a forgotten drive
  may lower it;
- the county holds as much or more: the point is raised only by a receipt issued after every
  receipt applied so far, so an older receipt can never make the laptop skip events the county
  no longer holds (issued_ms is the county's clock; a county clock set back only delays the
  raise, and the laptop sends again meanwhile, which is harmless);
- the county holds, under this laptop's name, an event whose hash is not this laptop's (or
  events beyond its journal): another laptop shares this identity (two laptops restored from
  one disk image). Nothing is acknowledged (the point may only go down), and the receipt is
  kept with outcome 'fork'; the county holds this laptop's branch until it resolves it.
- the county approved a held fork: the receipt (format 3) names the branch by the hash of its
  last held event. Only the laptop whose own chain holds that hash at or beyond the fork point
  is the one meant (its sibling, with the other history, never holds it): that laptop alone
  takes on a new device identity at once (sync.laptop.rekey), and its next export carries the
  branch under the new name; `Applied.rekey` names the branch, `Applied.device_id` the new
  identity."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sync.base import receipt
from sync.base.drive import Drive
from sync.base.receipt import ReceiptRefused
from sync.laptop import rekey
from sync.laptop.laptop import Laptop


@dataclass(frozen=True)
class Applied:
    status: str  # 'applied' | 'already' | 'none' | 'fork'
    acked_seq: int = 0
    before: int = 0  # the acknowledged point before: more when the county holds less now
    rekey: str = ""  # the county's approved fork this laptop's chain holds (its head hash)
    device_id: str = ""  # the new device identity the laptop took on for it
    kept: str = ""  # the folder keeping the journal and key of the identity given up

    @property
    def resend(self) -> int:
        """Events once confirmed that the next export sends again (the county lost them)."""
        return max(self.before - self.acked_seq, 0)


def receive(laptop: Laptop, drive_root: Path) -> Applied:
    """Verify and apply this laptop's receipt from the drive, if there is one."""
    device_id = laptop.journal.device_id
    path = Drive(drive_root).to_school / f"{device_id}{receipt.SUFFIX}"
    if not path.exists():
        return Applied("none", laptop.acked_seq())
    try:
        data = path.read_bytes()
    except OSError:
        raise ReceiptRefused(path=str(path), reason="damaged") from None
    trust = laptop.trust()
    counties = [
        e.key for e in trust.entries if e.key.role == "county" and e.key.key_id not in trust.revoked
    ]
    body, raw = receipt.parse(path, data, counties)
    key = receipt.device_key(body, path)
    if body["device_id"] != device_id or key != laptop.journal.device.public_bytes:
        raise ReceiptRefused(path=str(path), reason="other-device")
    held, held_hash, issued = body["acked_seq"], body.get("acked_hash"), body["issued_ms"]
    if held_hash is None and held > laptop.journal.last_seq():  # format 1: no hash to tell
        raise ReceiptRefused(path=str(path), reason="beyond-journal")
    decisions = receipt.decision_rows(body.get("decisions", []), path)
    orders = receipt.rekey_orders(body, path)
    before = laptop.acked_seq()

    def write(tx) -> str:
        conn = tx.conn
        now = laptop.journal.now_ms()
        fork = False
        if held_hash is not None and held > 0:
            own = conn.execute("SELECT hash FROM events WHERE seq=?", (held,)).fetchone()
            fork = own is None or own[0] != held_hash
        seen = conn.execute(
            "SELECT issued_ms FROM receipts WHERE receipt_id=?", (body["receipt_id"],)
        ).fetchone()
        if seen is not None and seen[0] >= issued:
            return "already"  # this very receipt (or a later issue of it) was applied before
        outcome = "fork" if fork else "applied"
        conn.execute(
            "INSERT INTO receipts (receipt_id, county_key_id, acked_seq, issued_ms, body, "
            "applied_ms, acked_hash, outcome) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(receipt_id) "
            "DO UPDATE SET issued_ms=excluded.issued_ms, body=excluded.body, "
            "applied_ms=excluded.applied_ms",
            (body["receipt_id"], body["county_key_id"], held, issued, raw, now, held_hash, outcome),
        )
        conn.executemany(
            "INSERT OR IGNORE INTO county_decisions VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [(*d, body["receipt_id"], now) for d in decisions],
        )
        point = conn.execute("SELECT acked_seq, issued_ms FROM acknowledged").fetchone()
        current, since = point if point else (0, 0)
        # `since` never goes back: once the county has said (at any time) that it holds less,
        # no receipt issued before that word can raise the point again.
        if held < current:
            point = (held, max(since, issued))
        elif not fork and issued >= since:
            point = (held, issued)
        else:
            return outcome
        conn.execute(
            "INSERT OR REPLACE INTO acknowledged VALUES (1, ?, ?, ?)", (*point, body["receipt_id"])
        )
        return outcome

    status = laptop.journal.transact(write)
    branch = _branch(laptop, orders)
    if branch is None:
        return Applied(status, laptop.acked_seq(), before)
    old = laptop.journal.device_id
    new = rekey.take_new_identity(laptop.journal, *branch)
    kept = str(rekey.kept_dir(laptop.data_dir, old))
    return Applied(status, laptop.acked_seq(), before, branch[0], new, kept)


def _branch(laptop: Laptop, orders: list[tuple[str, int]]) -> tuple[str, int] | None:
    """The approved fork (head hash, fork point) this laptop's own chain holds, if any. Only
    in the present identity's stretch of the chain: a laptop that already took on a new
    identity for it holds the branch re-issued under other hashes."""
    first = laptop.journal.first_seq()
    with laptop.journal.reader() as conn:
        for head, fork_seq in orders:
            if (
                fork_seq >= first
                and conn.execute(
                    "SELECT 1 FROM events WHERE hash=? AND seq>=?", (head, fork_seq)
                ).fetchone()
            ):
                return head, fork_seq
    return None
