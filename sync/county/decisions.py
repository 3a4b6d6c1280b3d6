"""The county office's work at the hub: deciding on practice evidence (学时认定), working
through flags, and clearing quarantine. Mixed into `Hub`; every write is one transaction and
nothing is ever deleted: a decision is a new row (the latest wins), a flag or a quarantined
item is closed with a person's note."""

from __future__ import annotations

import json
import sqlite3
import time
import uuid
from collections.abc import Callable, Collection
from dataclasses import dataclass

from content.rules import ACCEPTED_LEVELS
from sync.base.errors import SongpeiError
from sync.base.events import (
    EVIDENCE_POINTS_CHOSEN,
    EVIDENCE_RATED,
    EVIDENCE_SUBMITTED,
    PROFILE_FIELDS,
    TEACHER_ENROLLED,
    TEACHER_PROFILE_CHANGED,
)
from sync.base.receipt import CountyDecision
from sync.base.rows import named

# The words on the official sheets and the codes kept (as sync.laptop.evidence.LEVELS).
LEVELS = {"优秀": "excellent", "合格": "pass", "不合格": "fail"}
LEVEL_CODES = ("excellent", "pass", "fail")
MAX_TEXT = 2_000
# Literal type lists, so the partial indexes of hub migrations 0004 and 0005 serve the queries.
PROFILE_QUERY = (
    f"SELECT teacher_id, device_id, type, payload FROM events WHERE type IN "
    f"('{TEACHER_ENROLLED}', '{TEACHER_PROFILE_CHANGED}') ORDER BY device_id, seq"
)
# The condition of the partial index hub_events_evidence, so a query with it reads that index.
EVIDENCE_TYPES = f"type IN ('{EVIDENCE_POINTS_CHOSEN}', '{EVIDENCE_SUBMITTED}', '{EVIDENCE_RATED}')"
# Submissions and their ratings, in journal order (the points chosen are left in the index).
EVIDENCE_QUERY = (
    "SELECT teacher_id, device_id, id, type, payload, wall_ms FROM events WHERE "
    f"{EVIDENCE_TYPES} AND type <> '{EVIDENCE_POINTS_CHOSEN}' ORDER BY device_id, seq"
)


class CountyActionRefused(SongpeiError):
    """A county office action refused (reason='bad-level'|'officer-required'|
    'reason-required'|'fail-recognised'|'unknown-submission'|'note-required'|'unknown-flag'|
    'already-closed'|'unknown-item'|'already-resolved'|'not-a-fork'; for a school's document:
    'bad-document-level'|'comment-required'|'unknown-document', value=...); nothing was
    written."""

    @property
    def reason(self) -> str:
        return str(self.args_["reason"])


@dataclass(frozen=True)
class EvidenceItem:
    submission_id: str
    teacher_id: str
    device_id: str
    teacher_name: str
    school: str
    point: str
    slots: dict
    submitted_ms: int
    school_level: str | None  # the school team's latest rating, None if not rated yet
    school_comment: str
    county: CountyDecision | None

    @property
    def status(self) -> str:
        return "decided" if self.county else "pending"


@dataclass(frozen=True)
class FlagRow:
    id: int
    kind: str
    device_id: str
    teacher_id: str | None
    teacher_name: str  # "" when the hub has no enrolment for the teacher
    detail: str
    at_ms: int
    seq: int | None
    closed_ms: int | None
    note: str | None


@dataclass(frozen=True)
class QuarantineRow:
    id: int
    reason: str  # unknown-device | revoked-device | key-mismatch | conflict | fork | rekey-refused
    device_id: str
    bundle_id: str
    detail: dict
    at_ms: int
    resolved_ms: int | None
    resolution: str | None  # approved | dismissed | rekeyed (note: the new device id)
    note: str | None
    branch_approved: bool = False  # a fork the county approved (approve_fork), still held

    @property
    def schools(self) -> list[str]:
        return list(self.detail.get("schools", []))


def profiles(
    conn: sqlite3.Connection, teachers: Collection[str] | None = None
) -> dict[str, tuple[str, dict]]:
    """teacher id → (device id, latest profile) from the enrolment and profile events; of
    every teacher, or of `teachers` only (read through the teacher index)."""
    found: dict[str, tuple[str, dict]] = {}
    rows = (
        conn.execute(PROFILE_QUERY)
        if teachers is None
        else conn.execute(
            "SELECT teacher_id, device_id, type, payload FROM events WHERE teacher_id IN "
            f"(SELECT value FROM json_each(?)) AND type IN ('{TEACHER_ENROLLED}', "
            f"'{TEACHER_PROFILE_CHANGED}') ORDER BY device_id, seq",
            (json.dumps(sorted(teachers)),),
        )
    )
    for teacher_id, device_id, type_, payload in rows:
        data = json.loads(payload)
        if type_ == TEACHER_ENROLLED:
            found[teacher_id] = (device_id, {k: data[k] for k in PROFILE_FIELDS})
        elif teacher_id in found:
            found[teacher_id][1].update({k: v for k, v in data.items() if k in PROFILE_FIELDS})
    return found


def latest_decisions(
    conn: sqlite3.Connection, device_id: str | None = None
) -> dict[str, CountyDecision]:
    """submission id → the county's latest decision on it."""
    sql = (
        "SELECT decision_id, submission_id, teacher_id, point, level, recognised, reason, "
        "officer, decided_ms, id AS serial FROM decisions WHERE id IN (SELECT max(id) FROM "
        "decisions GROUP BY submission_id)"
    )
    args: tuple = ()
    if device_id is not None:
        sql += " AND device_id=?"
        args = (device_id,)
    return {r["submission_id"]: CountyDecision.from_row(r) for r in named(conn, sql, args)}


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


def _text(value: str, what: str) -> str:
    text = (value or "").strip()[:MAX_TEXT]
    if not text:
        raise CountyActionRefused(reason=what, value="")
    return text


class CountyOffice:
    conn: sqlite3.Connection
    _drop_store: Callable[[str | None], None]  # Hub's: deletes a quarantined copy, confined

    # --- 学时认定 ------------------------------------------------------------------------------
    def evidence_submissions(
        self, status: str | None = None, teacher_id: str | None = None
    ) -> list[EvidenceItem]:
        """Evidence submissions in arrival order with the school's rating and the county's
        decision; `status` 'pending' (no county decision yet) or 'decided' narrows them."""
        if status not in (None, "pending", "decided"):
            raise ValueError(f"status: pending or decided, not {status!r}")
        people = profiles(self.conn)
        decided = latest_decisions(self.conn)
        subs: dict[str, list] = {}
        for t_id, dev, ev_id, type_, payload, wall in self.conn.execute(EVIDENCE_QUERY):
            if teacher_id is not None and t_id != teacher_id:
                continue
            data = json.loads(payload)
            if type_ == EVIDENCE_SUBMITTED:
                subs[ev_id] = [
                    ev_id,
                    t_id,
                    dev,
                    data.get("point", ""),
                    data.get("slots", {}),
                    wall,
                    None,
                    "",
                ]
            elif type_ == EVIDENCE_RATED and data.get("submission") in subs:
                subs[data["submission"]][6:8] = [data.get("level"), data.get("comment", "")]
        out = []
        for ev_id, t_id, dev, point, slots, wall, level, comment in subs.values():
            prof = people.get(t_id, ("", {}))[1]
            item = EvidenceItem(
                ev_id,
                t_id,
                dev,
                prof.get("name", ""),
                prof.get("school", ""),
                point,
                slots,
                wall,
                level,
                comment,
                decided.get(ev_id),
            )
            if status is None or item.status == status:
                out.append(item)
        return out

    def decide_evidence(
        self,
        submission_event_id: str,
        county_rating: str,
        recognised: bool,
        reason: str,
        officer: str,
    ) -> CountyDecision:
        """The county's rating (优秀 / 合格 / 不合格) of one submission and whether its practice
        hours are recognised. Deciding again is a new decision (the latest wins, the history
        stays); repeating the latest decision word for word writes nothing."""
        level = LEVELS.get(county_rating.strip(), county_rating.strip())
        if level not in LEVEL_CODES:
            raise CountyActionRefused(reason="bad-level", value=county_rating)
        officer = _text(officer, "officer-required")
        reason = (reason or "").strip()[:MAX_TEXT]
        if recognised and level not in ACCEPTED_LEVELS:
            raise CountyActionRefused(reason="fail-recognised", value=county_rating)
        if not recognised and not reason:
            raise CountyActionRefused(reason="reason-required", value="")
        row = named(
            self.conn,
            # The type as a literal: the partial index hub_events_submission_ids is then read.
            f"SELECT teacher_id, device_id, payload FROM events WHERE id=? AND "
            f"type='{EVIDENCE_SUBMITTED}'",
            (submission_event_id,),
        ).fetchone()
        if row is None:
            raise CountyActionRefused(reason="unknown-submission", value=submission_event_id)
        teacher_id = row["teacher_id"]
        point = str(json.loads(row["payload"]).get("point", ""))
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            last = named(
                self.conn,
                "SELECT decision_id, submission_id, teacher_id, point, level, "
                "recognised, reason, officer, decided_ms, id AS serial FROM decisions WHERE "
                "submission_id=? ORDER BY id DESC LIMIT 1",
                (submission_event_id,),
            ).fetchone()
            if last and (last["level"], bool(last["recognised"]), last["reason"]) == (
                level,
                recognised,
                reason,
            ):
                self.conn.execute("COMMIT")
                return CountyDecision(
                    last["decision_id"],
                    submission_event_id,
                    teacher_id,
                    point,
                    level,
                    recognised,
                    reason,
                    last["officer"],
                    last["decided_ms"],
                    last["serial"],
                )
            decision_id, now = str(uuid.uuid4()), _now_ms()
            cur = self.conn.execute(
                "INSERT INTO decisions (decision_id, submission_id, teacher_id, device_id, "
                "point, level, recognised, reason, officer, decided_ms) VALUES "
                "(?,?,?,?,?,?,?,?,?,?)",
                (
                    decision_id,
                    submission_event_id,
                    teacher_id,
                    row["device_id"],
                    point,
                    level,
                    int(recognised),
                    reason,
                    officer,
                    now,
                ),
            )
            serial = cur.lastrowid
            assert serial is not None  # sqlite3 sets it after every successful INSERT
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return CountyDecision(
            decision_id,
            submission_event_id,
            teacher_id,
            point,
            level,
            recognised,
            reason,
            officer,
            now,
            serial,
        )

    def decision_history(self, submission_event_id: str) -> list[CountyDecision]:
        """Every decision on one submission, oldest first."""
        return [
            CountyDecision.from_row(r)
            for r in named(
                self.conn,
                "SELECT decision_id, submission_id, teacher_id, point, level, "
                "recognised, reason, officer, decided_ms, id AS serial FROM decisions WHERE "
                "submission_id=? ORDER BY id",
                (submission_event_id,),
            )
        ]

    def decisions(self, device_id: str | None = None) -> list[CountyDecision]:
        """The latest decision per submission (those on one laptop's submissions if asked)."""
        return sorted(latest_decisions(self.conn, device_id).values(), key=lambda d: d.serial)

    # --- flags --------------------------------------------------------------------------------
    def flags(self, open_only: bool = True) -> list[FlagRow]:
        """Anomalies to look at, oldest first, with the teacher's name where the hub knows it."""
        sql = (
            "SELECT id, kind, device_id, teacher_id, detail, at_ms, seq, closed_ms, note "
            "FROM flags" + (" WHERE closed_ms IS NULL" if open_only else "") + " ORDER BY id"
        )
        found = self.conn.execute(sql).fetchall()
        people = profiles(self.conn, {row[3] for row in found if row[3]})
        names = {t: p.get("name", "") for t, (_, p) in people.items()}
        return [
            FlagRow(i, kind, dev, t, names.get(t, "") if t else "", detail, at, seq, closed, note)
            for i, kind, dev, t, detail, at, seq, closed, note in found
        ]

    def close_flag(self, flag_id: int, note: str) -> None:
        """A person looked and says what they found (the note is required)."""
        note = _text(note, "note-required")
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            row = named(self.conn, "SELECT closed_ms FROM flags WHERE id=?", (flag_id,)).fetchone()
            if row is None or row["closed_ms"] is not None:
                raise CountyActionRefused(
                    reason="unknown-flag" if row is None else "already-closed", value=str(flag_id)
                )
            self.conn.execute(
                "UPDATE flags SET closed_ms=?, note=? WHERE id=?", (_now_ms(), note, flag_id)
            )
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    # --- quarantine ---------------------------------------------------------------------------
    def quarantined(self, open_only: bool = True) -> list[QuarantineRow]:
        sql = (
            "SELECT id, reason, device_id, bundle_id, detail, at_ms, resolved_ms, "
            "resolution, note, EXISTS (SELECT 1 FROM rekeys WHERE quarantine_id = quarantine.id) "
            "AS approved FROM quarantine"
            + (" WHERE resolved_ms IS NULL" if open_only else "")
            + " ORDER BY id"
        )
        out = []
        for r in named(self.conn, sql):
            try:
                detail = json.loads(r["detail"]) if r["detail"] else {}
            except ValueError:
                detail = {"text": r["detail"]}
            out.append(
                QuarantineRow(
                    r["id"],
                    r["reason"],
                    r["device_id"],
                    r["bundle_id"],
                    detail,
                    r["at_ms"],
                    r["resolved_ms"],
                    r["resolution"],
                    r["note"],
                    bool(r["approved"]),
                )
            )
        return out

    def approve_fork(self, item_id: int) -> str:
        """Approve a held fork (two laptops restored from one disk image): the branch whose
        last held event has the hash the bundle's trailer names (chain_last) is to take on a
        new device identity. The next receipt for the device carries that instruction, signed
        by the county; the bundle stays held until the branch comes back under its new name.
        Returns the branch's head hash."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            row = named(
                self.conn,
                "SELECT reason, device_id, detail, resolved_ms FROM quarantine WHERE id=?",
                (item_id,),
            ).fetchone()
            if row is None or row["resolved_ms"] is not None:
                raise CountyActionRefused(
                    reason="unknown-item" if row is None else "already-resolved", value=str(item_id)
                )
            detail = json.loads(row["detail"] or "{}")
            head, fork_seq = detail.get("chain_last"), detail.get("fork_seq")
            if row["reason"] != "fork" or type(head) is not str or type(fork_seq) is not int:
                raise CountyActionRefused(reason="not-a-fork", value=str(item_id))
            done = self.conn.execute(
                "INSERT OR IGNORE INTO rekeys VALUES (?,?,?,?,?,NULL)",
                (row["device_id"], head, fork_seq, item_id, _now_ms()),
            ).rowcount
            if not done:
                raise CountyActionRefused(reason="already-resolved", value=str(item_id))
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return head

    def rekeys(self, device_id: str) -> list[tuple[str, int]]:
        """(branch head hash, fork point) of every approved fork of this device whose laptop
        has not come back under its new identity yet, in the order approved: what its receipts
        instruct."""
        return self.conn.execute(
            "SELECT branch_head, fork_seq FROM rekeys WHERE device_id=? AND new_device_id IS "
            "NULL ORDER BY approved_ms, branch_head",
            (device_id,),
        ).fetchall()

    def dismiss_quarantine(self, item_id: int, note: str) -> None:
        """Drop a held item for good, saying why; its stored copy of the bundle is deleted
        (personal data is not kept without a purpose). Approving a device is `approve`."""
        note = _text(note, "note-required")
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            row = named(
                self.conn, "SELECT resolved_ms, stored FROM quarantine WHERE id=?", (item_id,)
            ).fetchone()
            if row is None or row["resolved_ms"] is not None:
                raise CountyActionRefused(
                    reason="unknown-item" if row is None else "already-resolved", value=str(item_id)
                )
            self.conn.execute(
                "UPDATE quarantine SET resolved_ms=?, resolution='dismissed', note=? WHERE id=?",
                (_now_ms(), note, item_id),
            )
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self._drop_store(row["stored"])  # confined to the hub's quarantine folder
