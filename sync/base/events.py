"""The one vocabulary of events: every event type's name, the events table's columns, Event,
the exact bytes that are hashed, and the check of a chain.

Shared by the laptop journal and the county hub, so both name events alike and judge a chain
the same way."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from json.encoder import encode_basestring

# content/ spells the three types its progress rules read, and cannot import sync/: one spelling.
from content.rules import ATTENDANCE as ATTENDANCE_SIGNED
from content.rules import EVIDENCE_RATED, LESSON_SESSION

# Every event type a laptop writes and the county reads (payloads: docs/formats.md).
TEACHER_ENROLLED = "teacher.enrolled"
TEACHER_PROFILE_CHANGED = "teacher.profile_changed"
TEACHER_SIGNED_IN = "teacher.signed_in"
TEACHER_PIN_FAILED = "teacher.pin_failed"  # a wrong PIN: the lock is folded from these
QUIZ_ATTEMPT = "quiz.attempt"  # payload: lesson, score (out of 100), passed
DIAGNOSTIC_ATTEMPT = "diagnostic.attempt"
EVIDENCE_POINTS_CHOSEN = "evidence.points_chosen"
EVIDENCE_SUBMITTED = "evidence.submitted"
SCHOOL_DOCUMENT_FILED = "school.document_filed"  # payload: kind, file (sha256, size, name)
# What a school files (整校推进): its 信息化发展规划 and its 校本研修方案.
SCHOOL_DOCUMENT_KINDS = ("development_plan", "training_plan")
# The school's teaching environment (A / B / C), set by a member of its team; the latest counts.
SCHOOL_ENVIRONMENT_SET = "school.environment_set"
# The laptop took on a new device identity (sync.base.rekey): the first event of its new chain.
DEVICE_REKEYED = "device.rekeyed"
EVENT_TYPES = (
    TEACHER_ENROLLED,
    TEACHER_PROFILE_CHANGED,
    TEACHER_SIGNED_IN,
    TEACHER_PIN_FAILED,
    LESSON_SESSION,
    QUIZ_ATTEMPT,
    DIAGNOSTIC_ATTEMPT,
    EVIDENCE_POINTS_CHOSEN,
    EVIDENCE_SUBMITTED,
    EVIDENCE_RATED,
    SCHOOL_DOCUMENT_FILED,
    SCHOOL_ENVIRONMENT_SET,
    ATTENDANCE_SIGNED,
    DEVICE_REKEYED,
)

# The events table's columns, in table order (the journal's and the hub's alike). Event's
# fields are these columns in this order, so Event(*row) over "SELECT {COLUMNS}" reads each
# column into the field of its name; rows in this order are also what a bundle carries.
COLUMNS = (
    "seq, id, device_id, teacher_id, type, payload, wall_ms, mono_ms, boot_id, prev_hash, hash"
)
# Where each column stands in a row read or written in COLUMNS order: the hot paths (the hub's
# import loop, the chain check) keep rows as plain lists and tuples and read them by these names.
SEQ, ID, DEVICE, TEACHER, TYPE, PAYLOAD, WALL_MS, MONO_MS, BOOT_ID, PREV_HASH, HASH = range(11)
GENESIS = "0" * 64
DOMAIN = b"songpei-event-v1\n"
# An enrolment names the teacher; the county reads these fields by name, so an event that
# lacks one is malformed wherever it is read (sync/laptop/teachers.py writes them).
PROFILE_FIELDS = ("name", "id_number", "school", "stage", "subject")


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
        return (
            self.seq,
            self.id,
            self.device_id,
            self.teacher_id,
            self.type,
            self.payload,
            self.wall_ms,
            self.mono_ms,
            self.boot_id,
            self.prev_hash,
            self.hash,
        )

    @property
    def data(self) -> dict:
        return json.loads(self.payload)

    def hash_input(self) -> bytes:
        return event_hash_input(
            self.prev_hash,
            self.id,
            self.device_id,
            self.seq,
            self.teacher_id,
            self.type,
            self.payload,
            self.wall_ms,
            self.mono_ms,
            self.boot_id,
        )


_ENCODE = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode


def event_hash_input(
    prev_hash: str,
    event_id: str,
    device_id: str,
    seq: int,
    teacher_id: str,
    type_: str,
    payload: str,
    wall_ms: int,
    mono_ms: int,
    boot_id: str,
) -> bytes:
    fields = [
        prev_hash,
        event_id,
        device_id,
        seq,
        teacher_id,
        type_,
        payload,
        wall_ms,
        mono_ms,
        boot_id,
    ]
    return DOMAIN + _ENCODE(fields).encode("utf-8")


# seq, id, device, teacher, type, payload, wall_ms, mono_ms, boot, prev_hash, hash
ROW_TYPES = [int, str, str, str, str, str, int, int, str, str, str]
_PLAIN_ROW = ROW_TYPES[:10]


def row_hash(row, _esc=encode_basestring, _sha256=hashlib.sha256) -> str:
    """The hash an event row (in journal column order) should carry.

    The county hashes every imported row, so the usual row (three true ints, the rest strings)
    is spelled here by hand, exactly as _ENCODE spells it, at about half the cost; anything
    else takes the encoder itself."""
    if list(map(type, row[:10])) == _PLAIN_ROW:
        return typed_row_hash(row)
    text = _ENCODE([row[9], row[1], row[2], row[0], row[3], row[4], row[5], row[6], row[7], row[8]])
    return _sha256(DOMAIN + text.encode("utf-8")).hexdigest()


def typed_row_hash(row, _esc=encode_basestring, _sha256=hashlib.sha256) -> str:
    """row_hash of a row already known to hold ROW_TYPES (as Bundle.rows yields them): the
    county's import hashes millions and need not look at each column's type twice."""
    text = (
        f"[{_esc(row[9])},{_esc(row[1])},{_esc(row[2])},{row[0]},{_esc(row[3])},"
        f"{_esc(row[4])},{_esc(row[5])},{row[6]},{row[7]},{_esc(row[8])}]"
    )
    return _sha256(DOMAIN + text.encode("utf-8")).hexdigest()


def event_hash(*fields) -> str:
    return hashlib.sha256(event_hash_input(*fields)).hexdigest()


def _no_constant(name: str) -> object:
    raise ValueError(name)  # NaN and Infinity are not JSON, and SQLite's json functions agree


_DECODE = json.JSONDecoder(parse_constant=_no_constant).decode


def payload_object(payload: object) -> dict | None:
    """An event's payload as a dict, or None when it is not a JSON object."""
    if type(payload) is not str:
        return None
    try:
        data = _DECODE(payload)
    except (ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


def malformed(type_: str, payload: object) -> bool:
    """True when an event cannot be read as what it claims to be: its payload is not a JSON
    object, or an enrolment lacks a profile field. MALFORMED_SQL is the same rule in SQL."""
    data = payload_object(payload)
    if data is None:
        return True
    return type_ == TEACHER_ENROLLED and not all(type(data.get(k)) is str for k in PROFILE_FIELDS)


# malformed() as an SQL expression over a row's `type` and `payload` (1: malformed), so the
# county checks millions of imported rows in SQLite's C; CASE evaluates in order, so no JSON
# function sees a payload json_valid refused.
MALFORMED_SQL = (
    "CASE WHEN NOT json_valid(payload) THEN 1 WHEN json_type(payload) <> 'object' THEN 1 "
    f"WHEN type = '{TEACHER_ENROLLED}' THEN "
    + " OR ".join(f"json_type(payload, '$.{k}') IS NOT 'text'" for k in PROFILE_FIELDS)
    + " ELSE 0 END"
)


@dataclass(frozen=True)
class ChainProblem:
    seq: int
    kind: str  # 'gap' | 'link' | 'hash' | 'device' | 'malformed'


def verify_chain(
    events: Iterable[Event], device_id: str, start_seq: int = 1, prev_hash: str = GENESIS
) -> list[ChainProblem]:
    """Check a device's events in sequence order: no gaps, each links to the one before,
    each hash matches its bytes, each is well-formed (column types, payload). Returns every
    problem found (empty list: the chain holds)."""
    problems: list[ChainProblem] = []
    expected_seq = start_seq
    for ev in events:
        kinds = _unreadable(ev.row(), expected_seq, device_id)
        if ev.prev_hash != prev_hash:
            kinds.append("link")
        try:
            changed = hashlib.sha256(ev.hash_input()).hexdigest() != ev.hash
        except TypeError:  # a column holding bytes: 'malformed' already says so
            changed = False
        if changed:
            kinds.append("hash")
        problems += [ChainProblem(ev.seq, k) for k in kinds]
        expected_seq = _next(ev.seq, expected_seq)
        prev_hash = ev.hash
    return problems


def unreadable(rows: Iterable[Sequence], device_id: str, start_seq: int) -> list[ChainProblem]:
    """The problems that make the county refuse a bundle whole, because it cannot place or
    read such an event ('gap', 'device', 'malformed'), for rows in journal column order; no
    hashing, so cheap enough for every export. A changed event ('hash', 'link': hours added
    by editing the file) travels, and the county flags it, so that the edit is seen where it
    counts (threat 10)."""
    problems: list[ChainProblem] = []
    expected_seq = start_seq
    for r in rows:
        problems += [ChainProblem(r[SEQ], k) for k in _unreadable(r, expected_seq, device_id)]
        expected_seq = _next(r[SEQ], expected_seq)
    return problems


def _unreadable(row: Sequence, expected_seq: int, device_id: str) -> list[str]:
    kinds = []
    if row[DEVICE] != device_id:
        kinds.append("device")
    if row[SEQ] != expected_seq:
        kinds.append("gap")
    if list(map(type, row)) != ROW_TYPES or malformed(row[TYPE], row[PAYLOAD]):
        kinds.append("malformed")
    return kinds


def _next(seq: object, expected_seq: int) -> int:
    return (seq if type(seq) is int else expected_seq) + 1
