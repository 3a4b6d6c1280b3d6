"""County receipts: the county's signed word on what it received from one laptop (the highest
sequence number it holds without a gap) and its latest decisions on that laptop's evidence
submissions (学时认定: the county's rating and whether the practice hours are recognised).

File: `songpei/to-school/<device id>.receipt`, a JSON envelope {"body": "...", "signature":
"..."} whose body string's exact UTF-8 bytes are signed by the county key (domain
"receipt-v1"); the body is parsed only after the signature holds. No names, no ID numbers."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from content.keys import PrivateKey, b64, unb64

from .chain import canonical_json
from .device import device_id_for
from .drive import Drive
from .durable import atomic_write_bytes
from .errors import SongpeiError
from .hub import Hub
from .laptop import Laptop

DOMAIN = "receipt-v1"
FORMAT = 1
SUFFIX = ".receipt"


class ReceiptRefused(SongpeiError):
    """A receipt failed a check (path=..., reason=...); nothing was applied."""


def write_mail(hub: Hub, drive_root: Path, county: PrivateKey) -> list[Path]:
    """One signed receipt per enrolled device that has sent anything, on the drive."""
    drive = Drive(drive_root).ensure()
    folder = drive.to_school
    # The county's public key rides along, so a new laptop can be offered it (and a person
    # confirms its fingerprint) without a separate trip.
    atomic_write_bytes(drive.base / "county.pub", county.public.to_bytes())
    written = []
    for device_id, status, _schools, key in hub.devices():
        # The file is named by the device id; it must be the one the hub derives from the key
        # (as every bundle's trailer was checked), so no register entry can name a path.
        if status != "enrolled" or device_id != device_id_for(key):
            continue
        acked = hub.acked_seq(device_id)
        if acked == 0:
            continue
        body = {"format": FORMAT, "kind": "songpei-receipt", "device_id": device_id,
                "device_key": b64(key), "county_key_id": county.public.key_id,
                "acked_seq": acked,
                "decisions": [d.to_mail() for d in hub.decisions(device_id)]}
        # The same facts give the same id, so writing the mail twice applies once.
        body["receipt_id"] = hashlib.sha256(canonical_json(body).encode()).hexdigest()[:32]
        body["issued_ms"] = hub.conn.execute("SELECT strftime('%s','now') * 1000").fetchone()[0]
        raw = canonical_json(body)
        envelope = {"body": raw, "signature": b64(county.sign(DOMAIN, raw.encode("utf-8")))}
        path = folder / f"{device_id}{SUFFIX}"
        atomic_write_bytes(path, json.dumps(envelope, ensure_ascii=False).encode("utf-8"))
        written.append(path)
    return written


def _decisions(items: object, path: Path) -> list[tuple]:
    """The decisions of a signed body as rows, checked whole before anything is written."""
    if not isinstance(items, list):
        raise ReceiptRefused(path=str(path), reason="damaged")
    rows = []
    try:
        for d in items:
            row = (str(d["decision_id"]), int(d["serial"]), str(d["submission"]),
                   str(d["teacher_id"]), str(d["point"]), str(d["level"]),
                   int(bool(d["recognised"])), str(d["reason"]), int(d["decided_ms"]))
            if row[5] not in ("excellent", "pass", "fail"):
                raise ValueError(row[5])
            rows.append(row)
    except (KeyError, TypeError, ValueError):
        raise ReceiptRefused(path=str(path), reason="damaged") from None
    return rows


@dataclass(frozen=True)
class Applied:
    status: str  # 'applied' | 'already' | 'none'
    acked_seq: int = 0


def receive(laptop: Laptop, drive_root: Path) -> Applied:
    """Verify and apply this laptop's receipt from the drive, if there is one."""
    device_id = laptop.journal.device_id
    path = Drive(drive_root).to_school / f"{device_id}{SUFFIX}"
    if not path.exists():
        return Applied("none", laptop.acked_seq())
    try:
        envelope = json.loads(path.read_bytes())
        raw = envelope["body"].encode("utf-8")
        signature = unb64(envelope["signature"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        raise ReceiptRefused(path=str(path), reason="damaged") from None
    trust = laptop.trust()
    counties = [e.key for e in trust.entries if e.key.role == "county"
                and e.key.key_id not in trust.revoked]
    if not any(k.verify(DOMAIN, raw, signature) for k in counties):
        raise ReceiptRefused(path=str(path), reason="bad-signature")
    try:
        body = json.loads(raw)
    except ValueError:
        raise ReceiptRefused(path=str(path), reason="damaged") from None
    if not isinstance(body, dict):
        raise ReceiptRefused(path=str(path), reason="damaged")
    if body.get("kind") != "songpei-receipt" or body.get("format") != FORMAT:
        raise ReceiptRefused(path=str(path), reason="unknown-format")
    # Signed by the county is not the same as well-formed: every field is checked first.
    if not (all(type(body.get(k)) is str for k in ("receipt_id", "county_key_id", "device_id",
                                                    "device_key"))
            and all(type(body.get(k)) is int for k in ("acked_seq", "issued_ms"))):
        raise ReceiptRefused(path=str(path), reason="damaged")
    try:
        key = unb64(body["device_key"])
    except ValueError:
        raise ReceiptRefused(path=str(path), reason="damaged") from None
    if body["device_id"] != device_id or key != laptop.journal.device.public_bytes:
        raise ReceiptRefused(path=str(path), reason="other-device")
    if body["acked_seq"] > laptop.journal.last_seq():
        raise ReceiptRefused(path=str(path), reason="beyond-journal")
    decisions = _decisions(body.get("decisions", []), path)

    def write(tx) -> bool:
        now = laptop.journal.now_ms()
        cur = tx.conn.execute(
            "INSERT OR IGNORE INTO receipts VALUES (?,?,?,?,?,?)",
            (body["receipt_id"], body["county_key_id"], body["acked_seq"], body["issued_ms"],
             raw.decode("utf-8"), now))
        tx.conn.executemany(
            "INSERT OR IGNORE INTO county_decisions VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [(*d, body["receipt_id"], now) for d in decisions])
        return cur.rowcount == 1

    new = laptop.journal.transact(write)
    return Applied("applied" if new else "already", laptop.acked_seq())
