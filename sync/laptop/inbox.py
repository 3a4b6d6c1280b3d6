"""The laptop's inbox on the drive: its county receipt (format: sync.base.receipt), verified
against the trusted county keys and applied in one transaction — the acknowledged sequence
and the county's decisions on this laptop's evidence."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sync.base import receipt
from sync.base.drive import Drive
from sync.base.receipt import ReceiptRefused
from sync.laptop.laptop import Laptop


@dataclass(frozen=True)
class Applied:
    status: str  # 'applied' | 'already' | 'none'
    acked_seq: int = 0


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
    if body["acked_seq"] > laptop.journal.last_seq():
        raise ReceiptRefused(path=str(path), reason="beyond-journal")
    decisions = receipt.decision_rows(body.get("decisions", []), path)

    def write(tx) -> bool:
        now = laptop.journal.now_ms()
        cur = tx.conn.execute(
            "INSERT OR IGNORE INTO receipts VALUES (?,?,?,?,?,?)",
            (
                body["receipt_id"],
                body["county_key_id"],
                body["acked_seq"],
                body["issued_ms"],
                raw,
                now,
            ),
        )
        tx.conn.executemany(
            "INSERT OR IGNORE INTO county_decisions VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [(*d, body["receipt_id"], now) for d in decisions],
        )
        return cur.rowcount == 1

    new = laptop.journal.transact(write)
    return Applied("applied" if new else "already", laptop.acked_seq())
