"""Events and their hash chain: the exact bytes that are hashed, and the check of a chain.

Shared by the laptop journal and (later) the county hub, so both judge a chain the same way."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from json.encoder import encode_basestring

GENESIS = "0" * 64
DOMAIN = b"songpei-event-v1\n"


def canonical_json(value: object) -> str:
    """The one JSON spelling we hash and store: sorted keys, no spaces, UTF-8 kept as is."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


@dataclass(frozen=True)
class Event:
    seq: int
    id: str
    device_id: str
    teacher_id: str
    type: str
    payload: str  # canonical JSON, stored and hashed byte for byte
    wall_ms: int
    mono_ms: int
    boot_id: str
    prev_hash: str
    hash: str

    def row(self) -> tuple:
        """The column values in table order (dataclasses.astuple deep-copies: too slow here)."""
        return (self.seq, self.id, self.device_id, self.teacher_id, self.type, self.payload,
                self.wall_ms, self.mono_ms, self.boot_id, self.prev_hash, self.hash)

    @property
    def data(self) -> dict:
        return json.loads(self.payload)

    def hash_input(self) -> bytes:
        return event_hash_input(
            self.prev_hash, self.id, self.device_id, self.seq, self.teacher_id, self.type,
            self.payload, self.wall_ms, self.mono_ms, self.boot_id,
        )


_ENCODE = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode


def event_hash_input(
    prev_hash: str, event_id: str, device_id: str, seq: int, teacher_id: str, type_: str,
    payload: str, wall_ms: int, mono_ms: int, boot_id: str,
) -> bytes:
    fields = [prev_hash, event_id, device_id, seq, teacher_id, type_, payload, wall_ms, mono_ms,
              boot_id]
    return DOMAIN + _ENCODE(fields).encode("utf-8")


_PLAIN_ROW = [int, str, str, str, str, str, int, int, str, str]  # journal column order


def row_hash(row, _esc=encode_basestring, _sha256=hashlib.sha256) -> str:
    """The hash an event row (in journal column order) should carry.

    The county hashes every imported row, so the usual row (three true ints, the rest strings)
    is spelled here by hand, exactly as _ENCODE spells it, at about half the cost; anything
    else takes the encoder itself."""
    if list(map(type, row[:10])) == _PLAIN_ROW:
        text = (f"[{_esc(row[9])},{_esc(row[1])},{_esc(row[2])},{row[0]},{_esc(row[3])},"
                f"{_esc(row[4])},{_esc(row[5])},{row[6]},{row[7]},{_esc(row[8])}]")
    else:
        text = _ENCODE([row[9], row[1], row[2], row[0], row[3], row[4], row[5], row[6],
                        row[7], row[8]])
    return _sha256(DOMAIN + text.encode("utf-8")).hexdigest()


def event_hash(*fields) -> str:
    return hashlib.sha256(event_hash_input(*fields)).hexdigest()


@dataclass(frozen=True)
class ChainProblem:
    seq: int
    kind: str  # 'gap' | 'link' | 'hash' | 'device'


def verify_chain(events: Iterable[Event], device_id: str, start_seq: int = 1,
                 prev_hash: str = GENESIS) -> list[ChainProblem]:
    """Check a device's events in sequence order: no gaps, each links to the one before,
    each hash matches its bytes. Returns every problem found (empty list: the chain holds)."""
    problems: list[ChainProblem] = []
    expected_seq = start_seq
    for ev in events:
        if ev.device_id != device_id:
            problems.append(ChainProblem(ev.seq, "device"))
        if ev.seq != expected_seq:
            problems.append(ChainProblem(ev.seq, "gap"))
        if ev.prev_hash != prev_hash:
            problems.append(ChainProblem(ev.seq, "link"))
        if hashlib.sha256(ev.hash_input()).hexdigest() != ev.hash:
            problems.append(ChainProblem(ev.seq, "hash"))
        expected_seq = ev.seq + 1
        prev_hash = ev.hash
    return problems
