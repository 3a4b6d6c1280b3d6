"""Errors of the laptop record and its travels; the base class lives in content.errors."""

from __future__ import annotations

from content.errors import SongpeiError  # noqa: F401  (re-exported: one base for all)


class EmptyField(SongpeiError):
    """A required field is blank (field=...)."""


class InvalidIdNumber(SongpeiError):
    """A 身份证号 that fails GB 11643 (value=..., reason='length'|'chars'|'date'|'check')."""


class DuplicateIdNumber(SongpeiError):
    """Another teacher on this laptop already has this 身份证号 (name=...)."""


class InvalidChoice(SongpeiError):
    """A value outside the allowed list (field=..., value=...)."""


class PinTooShort(SongpeiError):
    """PIN shorter than the minimum (minimum=...)."""


class PinFormat(SongpeiError):
    """PIN is not all digits or too long (maximum=...)."""


class PinMismatch(SongpeiError):
    """The two PIN entries differ."""


class WrongPin(SongpeiError):
    """Wrong PIN (tries_before_wait=..., wait_seconds=...)."""


class PinLocked(SongpeiError):
    """Too many wrong PINs: wait (seconds=...)."""


class PinRequired(SongpeiError):
    """No PIN given and no terminal to ask on (hint='--pin-file')."""


class NeedsSchoolTeam(SongpeiError):
    """The action needs a school-team member's PIN; `name` gave theirs and is not one."""


class UnknownTeacher(SongpeiError):
    """No such teacher on this laptop (teacher_id=...)."""


class DataDirUnusable(SongpeiError):
    """The data folder cannot be created or written (path=..., reason=...)."""


class DiskFull(SongpeiError):
    """No space left where we write (path=...)."""


class JournalDamaged(SongpeiError):
    """The journal file is not a journal or fails its integrity check (path=..., detail=...)."""


class JournalFromNewerVersion(SongpeiError):
    """The journal was written by a newer Songpei (path=..., version=..., supported=...)."""


class DeviceKeyMismatch(SongpeiError):
    """The journal belongs to another device key (path=..., expected=..., found=...)."""


class LessonFileMissing(SongpeiError):
    """A lesson's video or document is not on this laptop (lesson=..., path=...)."""
