"""A laptop taking on a new device identity after the county approved its branch of a fork
(two laptops restored from one disk image; docs/threats.md row 35).

The laptop's journal keeps its history up to the fork point under the old device id (the
county holds those events already) and continues, from the fork point, as the new device:
its first event there is `device.rekeyed` (this payload), then the branch's events re-issued
one sequence number later, each as it was (id, teacher, type, payload, times) but chained
under the new device. The payload is signed with the OLD device key, so only a holder of
that key can ask; and the county checks that the re-issued events, hashed again as the old
device's, end in exactly the branch head it approved: nobody without that branch's events
can take the approval, not even the sibling laptop (which holds the old key too)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from content.keys import b64, unb64, verify
from sync.base.events import DEVICE, PREV_HASH, SEQ, canonical_json, payload_object, row_hash

DOMAIN = "device-rekey-v1"
# The payload's fields the old key signs (all but the signature itself).
SIGNED = ("from_device", "fork_seq", "prev_hash", "branch_head", "branch_seq", "device", "key")


def statement(
    from_device: str,
    fork_seq: int,
    prev_hash: str,
    branch_head: str,
    branch_seq: int,
    device: str,
    key: bytes,
) -> dict:
    """The unsigned payload: the old device, the fork point and the hash before it, the
    approved branch head and its (old) sequence number, the new device id and its key."""
    return {
        "from_device": from_device,
        "fork_seq": fork_seq,
        "prev_hash": prev_hash,
        "branch_head": branch_head,
        "branch_seq": branch_seq,
        "device": device,
        "key": b64(key),
    }


def signed_bytes(payload: dict) -> bytes:
    return canonical_json({k: payload[k] for k in SIGNED}).encode("utf-8")


def claim(payload_text: str) -> dict | None:
    """A `device.rekeyed` payload with every field of its type, or None."""
    data = payload_object(payload_text)
    if data is None:
        return None
    texts = ("from_device", "prev_hash", "branch_head", "device", "key", "signature")
    if not all(type(data.get(k)) is str for k in texts):
        return None
    if not all(type(data.get(k)) is int and data[k] >= 1 for k in ("fork_seq", "branch_seq")):
        return None
    return data


def signature_holds(payload: dict, old_key: bytes) -> bool:
    try:
        signature = unb64(payload["signature"])
    except ValueError:
        return False
    return verify(old_key, DOMAIN, signed_bytes(payload), signature)


def original_hashes(rows: Iterable[Sequence], from_device: str, fork_seq: int, prev: str):
    """The hashes re-issued rows (in events column order, the first being the old event
    `fork_seq`) had in the old device's chain: yields (old seq, hash)."""
    seq = fork_seq
    for r in rows:
        was = list(r)
        was[SEQ], was[DEVICE], was[PREV_HASH] = seq, from_device, prev
        prev = row_hash(was)
        yield seq, prev
        seq += 1
