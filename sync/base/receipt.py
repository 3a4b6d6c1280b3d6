"""County receipts: the county's signed word on what it holds from one laptop (the highest
sequence number it holds without a gap, and that event's hash, so the laptop can tell whether
the county holds its own history or another under its name) and its latest decisions on that laptop's evidence
submissions (学时认定: the county's rating and whether the practice hours are recognised).

File: `songpei/to-school/<device id>.receipt`, a JSON envelope {"body": "...", "signature":
"..."} whose body string's exact UTF-8 bytes are signed by the county key (domain
"receipt-v1"); the body is parsed only after the signature holds. No names, no ID numbers.

The format alone: the county writes receipts (sync.county.mail), the laptop reads them
(sync.laptop.inbox); both sides know a CountyDecision, since decisions travel in receipts."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from content.json_text import loads as json_loads
from content.keys import PrivateKey, PublicKey, b64, unb64
from sync.base.errors import SongpeiError
from sync.base.events import canonical_json

DOMAIN = "receipt-v1"
FORMAT = 2  # 2 adds acked_hash; a format 1 receipt (an older county) is still read
REKEY_FORMAT = 3  # 3 adds rekeys; written only when there is one, so older laptops read the rest
FORMATS = (1, 2, 3)
SUFFIX = ".receipt"
KIND = "songpei-receipt"


class ReceiptRefused(SongpeiError):
    """A receipt failed a check (path=..., reason=...); nothing was applied."""


@dataclass(frozen=True)
class CountyDecision:
    decision_id: str
    submission_id: str
    teacher_id: str
    point: str
    level: str  # excellent | pass | fail (the county's own rating)
    recognised: bool  # the point's practice hours count
    reason: str
    officer: str
    decided_ms: int
    serial: int = 0  # the hub's order of decisions: the highest for a submission wins

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> CountyDecision:
        """From a row with these fields' names as columns (the hub's `decisions`, the laptop's
        `county_decisions`)."""
        return cls(
            row["decision_id"],
            row["submission_id"],
            row["teacher_id"],
            row["point"],
            row["level"],
            bool(row["recognised"]),
            row["reason"],
            row["officer"],
            row["decided_ms"],
            row["serial"],
        )

    def to_mail(self) -> dict:
        """What travels in a receipt: no officer's name, no teacher's name."""
        return {
            "decision_id": self.decision_id,
            "submission": self.submission_id,
            "teacher_id": self.teacher_id,
            "point": self.point,
            "level": self.level,
            "recognised": self.recognised,
            "reason": self.reason,
            "decided_ms": self.decided_ms,
            "serial": self.serial,
        }


def body(
    device_id: str,
    device_key: bytes,
    county: PrivateKey,
    acked_seq: int,
    acked_hash: str,
    decisions: Iterable[CountyDecision],
    issued_ms: int,
    rekeys: Iterable[tuple[str, int]] = (),
) -> dict:
    """A receipt's body; the same facts give the same receipt id (issued_ms is not among
    them), so writing the mail twice applies once. `acked_hash` is the hash of the hub's event
    `acked_seq` ("" when it holds none). `rekeys` are the county's approved forks of this
    device, (branch head hash, fork point): the laptop whose own chain holds that hash is to
    take on a new device identity."""
    orders = [{"branch_head": h, "fork_seq": n} for h, n in rekeys]
    found = {
        "format": REKEY_FORMAT if orders else FORMAT,
        "kind": KIND,
        "device_id": device_id,
        "device_key": b64(device_key),
        "county_key_id": county.public.key_id,
        "acked_seq": acked_seq,
        "acked_hash": acked_hash,
        "decisions": [d.to_mail() for d in decisions],
    }
    if orders:
        found["rekeys"] = orders
    found["receipt_id"] = hashlib.sha256(canonical_json(found).encode()).hexdigest()[:32]
    found["issued_ms"] = issued_ms
    return found


def sign(county: PrivateKey, body: dict) -> bytes:
    """The file's bytes: the body's canonical JSON and the county's signature over it."""
    raw = canonical_json(body)
    envelope = {"body": raw, "signature": b64(county.sign(DOMAIN, raw.encode("utf-8")))}
    return json.dumps(envelope, ensure_ascii=False).encode("utf-8")


def parse(path: Path, data: bytes, counties: Iterable[PublicKey]) -> tuple[dict, str]:
    """The body of a receipt file and its exact text, once a county key's signature holds and
    every field has its type; raises ReceiptRefused ('damaged', 'bad-signature',
    'unknown-format'). Which device it is for is the reader's check."""
    try:
        envelope = json_loads(data)
        raw = envelope["body"].encode("utf-8")
        signature = unb64(envelope["signature"])
    except (ValueError, KeyError, TypeError, AttributeError):
        raise ReceiptRefused(path=str(path), reason="damaged") from None
    if not any(k.verify(DOMAIN, raw, signature) for k in counties):
        raise ReceiptRefused(path=str(path), reason="bad-signature")
    try:
        found = json_loads(raw)
    except ValueError:
        raise ReceiptRefused(path=str(path), reason="damaged") from None
    if not isinstance(found, dict):
        raise ReceiptRefused(path=str(path), reason="damaged")
    if found.get("kind") != KIND or found.get("format") not in FORMATS:
        raise ReceiptRefused(path=str(path), reason="unknown-format")
    # Signed by the county is not the same as well-formed: every field is checked first.
    if not (
        all(
            type(found.get(k)) is str
            for k in ("receipt_id", "county_key_id", "device_id", "device_key")
        )
        and all(type(found.get(k)) is int for k in ("acked_seq", "issued_ms"))
        and found["acked_seq"] >= 0
        and (found["format"] == 1 or type(found.get("acked_hash")) is str)
    ):
        raise ReceiptRefused(path=str(path), reason="damaged")
    return found, raw.decode("utf-8")


def device_key(body: dict, path: Path) -> bytes:
    """The device key a parsed body names."""
    try:
        return unb64(body["device_key"])
    except ValueError:
        raise ReceiptRefused(path=str(path), reason="damaged") from None


def decision_rows(items: object, path: Path) -> list[tuple]:
    """The decisions of a signed body as rows (the laptop's county_decisions columns, without
    receipt and arrival), checked whole before anything is written."""
    if not isinstance(items, list):
        raise ReceiptRefused(path=str(path), reason="damaged")
    rows = []
    try:
        for d in items:
            row = (
                str(d["decision_id"]),
                int(d["serial"]),
                str(d["submission"]),
                str(d["teacher_id"]),
                str(d["point"]),
                str(d["level"]),
                int(bool(d["recognised"])),
                str(d["reason"]),
                int(d["decided_ms"]),
            )
            if row[5] not in ("excellent", "pass", "fail"):
                raise ValueError(row[5])
            rows.append(row)
    except (KeyError, TypeError, ValueError):
        raise ReceiptRefused(path=str(path), reason="damaged") from None
    return rows


def rekey_orders(body: dict, path: Path) -> list[tuple[str, int]]:
    """(branch head hash, fork point) of each re-key instruction in a signed body (none before
    format 3), checked whole before anything is acted on."""
    if body["format"] < REKEY_FORMAT:
        return []
    items = body.get("rekeys")
    if not isinstance(items, list) or not items:
        raise ReceiptRefused(path=str(path), reason="damaged")
    orders = []
    for item in items:
        head = item.get("branch_head") if isinstance(item, dict) else None
        seq = item.get("fork_seq") if isinstance(item, dict) else None
        if type(head) is not str or len(head) != 64 or type(seq) is not int or seq < 1:
            raise ReceiptRefused(path=str(path), reason="damaged")
        orders.append((head, seq))
    return orders
