"""Signed changes to a laptop's trust: a key rotation (the new key, signed by the old one) and a
county revocation list (key ids no longer trusted, numbered so an old list cannot undo a newer
one). Both are JSON envelopes {"body": "<canonical JSON>", "signature": "<base64>"} whose body
bytes are verified before they are parsed."""

from __future__ import annotations

import json
from dataclasses import replace

from .errors import SongpeiError
from .json_text import loads as json_loads
from .keys import PrivateKey, PublicKey, b64, unb64
from .trust import Entry, TrustStore

ROTATION = "key-rotation-v1"
REVOCATION = "revocation-v1"


class TrustMailRefused(SongpeiError):
    """A rotation or revocation file was not applied (path=..., reason=...)."""


def _canonical(value: dict) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _envelope(key: PrivateKey, domain: str, body: dict) -> bytes:
    raw = _canonical(body)
    return json.dumps(
        {"body": raw, "signature": b64(key.sign(domain, raw.encode("utf-8")))}, ensure_ascii=False
    ).encode("utf-8")


def rotation(old: PrivateKey, new: PublicKey, issued_ms: int) -> bytes:
    if old.role != new.role:
        raise TrustMailRefused(path="", reason="role-changed")
    return _envelope(
        old,
        ROTATION,
        {
            "format": 1,
            "kind": "songpei-key-rotation",
            "role": old.role,
            "old": old.public.to_dict(),
            "new": new.to_dict(),
            "issued_ms": issued_ms,
        },
    )


def revocation(county: PrivateKey, serial: int, revoked: list[str], issued_ms: int) -> bytes:
    return _envelope(
        county,
        REVOCATION,
        {
            "format": 1,
            "kind": "songpei-revocations",
            "serial": serial,
            "revoked": sorted(set(revoked)),
            "issued_ms": issued_ms,
        },
    )


def apply(store: TrustStore, data: bytes, source: str, now_ms: int) -> TrustStore:
    """The store with a rotation or revocation file applied; refuses anything not signed by a
    key the store already trusts (for a rotation: the old key itself, in the same role)."""
    try:
        env = json_loads(data.decode("utf-8"))
        raw, signature = env["body"].encode("utf-8"), unb64(env["signature"])
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError):
        raise TrustMailRefused(path=source, reason="damaged") from None
    signers = [e for e in store.entries if e.key.key_id not in store.revoked]
    for e in signers:
        if e.key.verify(ROTATION, raw, signature):
            return _rotate(store, e, json_loads(raw), source, now_ms)
        if e.key.role == "county" and e.key.verify(REVOCATION, raw, signature):
            return _revoke(store, json_loads(raw), source)
    raise TrustMailRefused(path=source, reason="untrusted-signer")


def _rotate(store: TrustStore, signer: Entry, body: dict, source: str, now_ms: int) -> TrustStore:
    old = PublicKey.from_dict(body["old"], source)
    new = PublicKey.from_dict(body["new"], source)
    if body.get("kind") != "songpei-key-rotation" or old != signer.key or new.role != old.role:
        raise TrustMailRefused(path=source, reason="damaged")
    if any(e.key == new for e in store.entries):
        return store
    # The new key inherits the old one's standing (demo-only stays demo-only); the old key
    # stays trusted for what it signed until a revocation list says otherwise.
    return replace(store, entries=store.entries + (Entry(new, now_ms, signer.demo_only),))


def _revoke(store: TrustStore, body: dict, source: str) -> TrustStore:
    if body.get("kind") != "songpei-revocations" or not isinstance(body.get("revoked"), list):
        raise TrustMailRefused(path=source, reason="damaged")
    if body["serial"] <= store.revocation_serial:
        raise TrustMailRefused(path=source, reason="older-list")
    return replace(
        store,
        revoked=store.revoked | frozenset(map(str, body["revoked"])),
        revocation_serial=int(body["serial"]),
    )
