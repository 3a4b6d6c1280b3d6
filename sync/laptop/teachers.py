"""Teachers on a shared laptop: enrol, list, change profile, sign in with a PIN.

A teacher's profile is folded from the journal's enrolment and profile events; only the PIN
hash lives outside the journal (it never leaves the laptop). Wrong PINs are journal events, so
the lock they impose cannot be reset by editing a row (see sign_in)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace

from sync.base import idcard
from sync.base.errors import (
    DuplicateIdNumber,
    EmptyField,
    InvalidChoice,
    InvalidIdNumber,
    NeedsSchoolTeam,
    PinLocked,
    SongpeiError,
    UnknownTeacher,
    WrongPin,
)
from sync.base.events import PROFILE_FIELDS
from sync.base.events import TEACHER_ENROLLED as ENROLLED
from sync.base.events import TEACHER_PIN_FAILED as PIN_FAILED
from sync.base.events import TEACHER_PROFILE_CHANGED as PROFILE_CHANGED
from sync.base.events import TEACHER_SIGNED_IN as SIGNED_IN
from sync.base.rows import named
from sync.laptop import pins
from sync.laptop.journal import Journal, Tx

# 学段 codes; the words people see are in app/ (translated).
STAGES = ("preschool", "primary", "junior", "senior", "vocational", "special")
SCHOOL_TEAM = "school_team"  # member of the school's management team: rates evidence


@dataclass(frozen=True)
class Teacher:
    id: str
    name: str
    id_number: str
    school: str
    stage: str
    subject: str
    enrolled_ms: int
    school_team: bool = False

    @property
    def masked_id(self) -> str:
        return idcard.mask(self.id_number)


def validate_profile(name: str, id_number: str, school: str, stage: str, subject: str) -> dict:
    """Check and normalise a profile; raise the first problem a person must fix."""
    profile = {
        "name": (name or "").strip(),
        "id_number": id_number,
        "school": (school or "").strip(),
        "stage": stage,
        "subject": (subject or "").strip(),
    }
    for field in ("name", "id_number", "school", "subject"):
        if not (profile[field] or "").strip():
            raise EmptyField(field=field)
    profile["id_number"] = idcard.normalise(id_number)
    if stage not in STAGES:
        raise InvalidChoice(field="stage", value=stage)
    return profile


def enrolment_problems(
    name: str,
    id_number: str,
    school: str,
    stage: str,
    subject: str,
    pin: str,
    pin_repeat: str | None = None,
) -> dict[str, SongpeiError]:
    """Every field a person must fix before enrolling, each with its problem (empty when all
    are right), so a form can show them all at once instead of one per try. The keys are the
    profile's field names and "pin"."""
    problems: dict[str, SongpeiError] = {}  # in the form's order
    if not (name or "").strip():
        problems["name"] = EmptyField(field="name")
    if not (id_number or "").strip():
        problems["id_number"] = EmptyField(field="id_number")
    else:
        try:
            idcard.normalise(id_number)
        except InvalidIdNumber as exc:
            problems["id_number"] = exc
    if not (school or "").strip():
        problems["school"] = EmptyField(field="school")
    if stage not in STAGES:
        problems["stage"] = InvalidChoice(field="stage", value=stage)
    if not (subject or "").strip():
        problems["subject"] = EmptyField(field="subject")
    try:
        pins.validate_new(pin, pin_repeat)
    except SongpeiError as exc:
        problems["pin"] = exc
    return problems


def _fold(events) -> dict[str, Teacher]:
    teachers: dict[str, Teacher] = {}
    for ev in events:
        data = ev.data
        if ev.type == ENROLLED:
            teachers[ev.teacher_id] = Teacher(
                ev.teacher_id, enrolled_ms=ev.wall_ms, **{k: data[k] for k in PROFILE_FIELDS}
            )
        elif ev.type == PROFILE_CHANGED and ev.teacher_id in teachers:
            changes = {k: v for k, v in data.items() if k in PROFILE_FIELDS}
            if isinstance(data.get(SCHOOL_TEAM), bool):
                changes[SCHOOL_TEAM] = data[SCHOOL_TEAM]
            teachers[ev.teacher_id] = replace(teachers[ev.teacher_id], **changes)
    return teachers


def _fold_in_tx(tx: Tx) -> dict[str, Teacher]:
    from sync.base.events import Event

    rows = tx.conn.execute(
        "SELECT seq, id, device_id, teacher_id, type, payload, wall_ms, mono_ms, boot_id, "
        "prev_hash, hash FROM events WHERE type IN (?, ?) ORDER BY seq",
        (ENROLLED, PROFILE_CHANGED),
    )
    return _fold(Event(*r) for r in rows)


class Teachers:
    def __init__(self, journal: Journal) -> None:
        self.journal = journal

    def all(self) -> list[Teacher]:
        """Everyone enrolled on this laptop, in enrolment order."""
        return list(_fold(self.journal.events(types=(ENROLLED, PROFILE_CHANGED))).values())

    def get(self, teacher_id: str) -> Teacher:
        for t in self.all():
            if t.id == teacher_id:
                return t
        raise UnknownTeacher(teacher_id=teacher_id)

    def enrol(
        self,
        name: str,
        id_number: str,
        school: str,
        stage: str,
        subject: str,
        pin: str,
        pin_repeat: str | None = None,
    ) -> Teacher:
        profile = validate_profile(name, id_number, school, stage, subject)
        pins.validate_new(pin, pin_repeat)
        record = pins.make_record(pin)  # slow on purpose: outside the writer's transaction
        teacher_id = "t-" + uuid.uuid4().hex[:16]

        def write(tx: Tx) -> Teacher:
            for other in _fold_in_tx(tx).values():
                if other.id_number == profile["id_number"]:
                    raise DuplicateIdNumber(name=other.name)
            ev = tx.append(teacher_id, ENROLLED, profile)
            tx.conn.execute(
                "INSERT INTO pins (teacher_id, salt, hash, scrypt_n, scrypt_r, scrypt_p) "
                "VALUES (?,?,?,?,?,?)",
                (teacher_id, record.salt, record.hash, record.n, record.r, record.p),
            )
            return Teacher(teacher_id, enrolled_ms=ev.wall_ms, **profile)

        return self.journal.transact(write)

    def change_profile(self, teacher_id: str, **changes: str) -> Teacher:
        current = self.get(teacher_id)
        merged = {k: getattr(current, k) for k in PROFILE_FIELDS} | changes
        profile = validate_profile(**merged)
        diff = {k: v for k, v in profile.items() if getattr(current, k) != v}

        def write(tx: Tx) -> Teacher:
            for other in _fold_in_tx(tx).values():
                if other.id != teacher_id and other.id_number == profile["id_number"]:
                    raise DuplicateIdNumber(name=other.name)
            if diff:
                tx.append(teacher_id, PROFILE_CHANGED, diff)
            return replace(current, **profile)

        return self.journal.transact(write)

    def set_school_team(self, teacher_id: str, member: bool) -> Teacher:
        """Mark a teacher as a member of the school team (校本考核: they rate colleagues'
        evidence) or not; journalled as a profile change, so the county sees who rated."""
        current = self.get(teacher_id)
        if current.school_team != member:
            self.journal.append(teacher_id, PROFILE_CHANGED, {SCHOOL_TEAM: bool(member)})
        return replace(current, school_team=bool(member))

    def authorise(self, by_id: str, pin: str, for_id: str, team: bool) -> Teacher:
        """The PIN of `by_id` for an action on `for_id`, checked as a sign-in is (wrong PINs
        count towards the same lock). Allowed: a school-team member; the teacher themself
        when `team` is False (their own transcript); and, while the school has no team yet,
        the teacher joining it themself (the first member). Raises WrongPin, PinLocked or
        NeedsSchoolTeam; returns the teacher who gave the PIN."""
        by = self.sign_in(by_id, pin)
        if by.school_team:
            return by
        if by_id == for_id and (not team or not any(t.school_team for t in self.all())):
            return by
        raise NeedsSchoolTeam(name=by.name)

    def sign_in(self, teacher_id: str, pin: str) -> Teacher:
        """Check the PIN; a right one is journalled (and ends the run of failures), a wrong one
        is journalled too and may impose a wait. Raises WrongPin or PinLocked.

        The run of failures and the lock are folded from the journal (the wrong PINs since the
        last sign-in), not kept in a row: resetting a lock means deleting journal events, which
        breaks the hash chain that verify checks and export refuses to send."""
        teacher = self.get(teacher_id)
        with self.journal.reader() as conn:
            row = named(
                conn,
                "SELECT salt, hash, scrypt_n, scrypt_r, scrypt_p FROM pins WHERE teacher_id=?",
                (teacher_id,),
            ).fetchone()
            failures, last_ms = _failures(conn, teacher_id)
        if row is None:
            raise UnknownTeacher(teacher_id=teacher_id)
        now = self.journal.now_ms()
        # A clock set back must not lengthen a lock beyond the longest one we ever impose.
        left_ms = min(
            last_ms + pins.wait_after(failures) * 1000 - now, pins.MAX_WAIT_SECONDS * 1000
        )
        if left_ms > 0:
            raise PinLocked(seconds=-(-left_ms // 1000))
        ok = pins.matches(
            pin or "",
            pins.PinRecord(
                row["salt"], row["hash"], row["scrypt_n"], row["scrypt_r"], row["scrypt_p"]
            ),
        )

        def write(tx: Tx) -> int:
            if ok:
                tx.append(teacher_id, SIGNED_IN, {})
                return 0
            tx.append(teacher_id, PIN_FAILED, {})
            return _failures(tx.conn, teacher_id)[0]

        failures = self.journal.transact(write)
        if not ok:
            raise WrongPin(
                tries_before_wait=max(pins.FREE_TRIES - failures, 0),
                wait_seconds=pins.wait_after(failures),
            )
        return teacher


def _failures(conn, teacher_id: str) -> tuple[int, int]:
    """Wrong PINs in a row (since the last sign-in) and the wall time of the latest one."""
    n, last = conn.execute(
        "SELECT count(*), coalesce(max(wall_ms), 0) FROM events WHERE teacher_id=? AND type=? "
        "AND seq > coalesce((SELECT max(seq) FROM events WHERE teacher_id=? AND type=?), 0)",
        (teacher_id, PIN_FAILED, teacher_id, SIGNED_IN),
    ).fetchone()
    return n, last
