"""Face-to-face sessions (送教下乡 visits): a trainer opens a session with the key on the drive,
teachers sign attendance with their PIN, and each attendance event carries the trainer's
signature over a statement of who attended what, so the county can check it was not made up
on the laptop afterwards."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass

from content.catalog import FACE_TO_FACE
from content.keys import PrivateKey, PublicKey, b64
from sync.base.attendance_sheet import DOMAIN
from sync.base.errors import EmptyField, InvalidChoice, SongpeiError
from sync.base.events import ATTENDANCE_SIGNED as TYPE
from sync.base.events import canonical_json
from sync.laptop.laptop import Laptop

MAX_HOURS = 8.0


class AlreadySigned(SongpeiError):
    """This teacher has already signed this session (name=...)."""


@dataclass(frozen=True)
class Session:
    id: str
    topic: str
    hours: float
    category: str
    trainer: PublicKey
    opened_ms: int


def open_session(trainer: PrivateKey, topic: str, hours: float, now_ms: int) -> Session:
    """A 送教 / 集中培训 session: its hours count as face-to-face hours (content.rules caps
    them per day and per programme)."""
    if trainer.role != "trainer":
        raise InvalidChoice(field="trainer_key", value=trainer.role)
    if not (topic or "").strip():
        raise EmptyField(field="topic")
    if not 0 < hours <= MAX_HOURS:
        raise InvalidChoice(field="hours", value=hours)
    return Session(
        str(uuid.uuid4()), topic.strip(), float(hours), FACE_TO_FACE, trainer.public, now_ms
    )


def signed_teachers(laptop: Laptop, session: Session) -> set[str]:
    return {
        e.teacher_id
        for e in laptop.journal.events(types=(TYPE,))
        if json.loads(e.data["statement"])["session_id"] == session.id
    }


def sign(laptop: Laptop, session: Session, trainer: PrivateKey, teacher_id: str, pin: str) -> None:
    """The teacher proves presence with the PIN; the trainer's key co-signs the statement."""
    teacher = laptop.teachers.sign_in(teacher_id, pin)  # raises WrongPin / PinLocked
    if teacher_id in signed_teachers(laptop, session):
        raise AlreadySigned(name=teacher.name)
    statement = canonical_json(
        {
            "format": 1,
            "kind": "songpei-attendance",
            "session_id": session.id,
            "topic": session.topic,
            "hours": session.hours,
            "category": session.category,
            "trainer_key_id": session.trainer.key_id,
            "opened_ms": session.opened_ms,
            "teacher_id": teacher_id,
            "device_id": laptop.journal.device_id,
            "signed_ms": laptop.journal.now_ms(),
        }
    )
    laptop.journal.append(
        teacher_id,
        TYPE,
        {
            "hours": session.hours,
            "category": session.category,
            "statement": statement,
            "trainer_key": b64(session.trainer.ed25519),
            "trainer_signature": b64(trainer.sign(DOMAIN, statement.encode("utf-8"))),
        },
    )
