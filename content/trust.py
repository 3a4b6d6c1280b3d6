"""Which keys a laptop trusts: pinned publisher and county keys, each compared whole (a key id
is a name for people, never a proof). Pure: the laptop stores the bytes durably."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace

from .demo_key import demo_publisher
from .errors import SongpeiError
from .json_text import loads as json_loads
from .keys import PublicKey

FORMAT = 1


class TrustStoreInvalid(SongpeiError):
    """The trust store file is damaged (path=..., detail=...)."""


class NotTrustable(SongpeiError):
    """Only publisher and county keys are pinned on a laptop (role=...)."""


@dataclass(frozen=True)
class Entry:
    key: PublicKey
    added_ms: int
    demo_only: bool = False  # the demo publisher: trusted on the demo profile only


@dataclass(frozen=True)
class TrustStore:
    entries: tuple[Entry, ...] = ()
    revoked: frozenset[str] = field(default_factory=frozenset)
    revocation_serial: int = 0  # of the newest county revocation list applied

    def add(self, key: PublicKey, added_ms: int, demo_only: bool = False) -> TrustStore:
        if key.role not in ("publisher", "county"):
            raise NotTrustable(role=key.role)
        if key == demo_publisher() and not demo_only:
            raise NotTrustable(role="demo")  # its private key is public: demo profile only
        if any(e.key == key for e in self.entries):
            return self
        return replace(self, entries=self.entries + (Entry(key, added_ms, demo_only),))

    def trusted(self, role: str, ed25519: bytes, demo: bool = False) -> PublicKey | None:
        for e in self.entries:
            if (
                e.key.role == role
                and e.key.ed25519 == ed25519
                and e.key.key_id not in self.revoked
                and (demo or not e.demo_only)
            ):
                return e.key
        return None

    def county_key(self) -> PublicKey | None:
        """The county key bundles are encrypted to: the most recently pinned one."""
        keys = [
            e
            for e in self.entries
            if e.key.role == "county" and e.key.x25519 and e.key.key_id not in self.revoked
        ]
        return max(keys, key=lambda e: e.added_ms).key if keys else None

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "kind": "songpei-trust-store",
            "entries": [
                {"key": e.key.to_dict(), "added_ms": e.added_ms, "demo_only": e.demo_only}
                for e in self.entries
            ],
            "revoked": sorted(self.revoked),
            "revocation_serial": self.revocation_serial,
        }
        return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes, source: str = "") -> TrustStore:
        try:
            doc = json_loads(data.decode("utf-8"))
            if doc.get("kind") != "songpei-trust-store" or doc.get("format") != FORMAT:
                raise ValueError("not a trust store")
            entries = tuple(
                Entry(
                    PublicKey.from_dict(e["key"], source),
                    int(e["added_ms"]),
                    bool(e.get("demo_only", False)),
                )
                for e in doc["entries"]
            )
            return cls(
                entries, frozenset(doc.get("revoked", [])), int(doc.get("revocation_serial", 0))
            )
        except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise TrustStoreInvalid(path=source, detail=str(exc)) from exc
