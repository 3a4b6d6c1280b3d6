"""Words for the school laptop: enrolling and signing in (fields, ID numbers, PINs), attendance,
evidence and ratings, the learning record and its export."""

from __future__ import annotations

from sync.base import errors as e
from sync.demo.simulate import RealJournal
from sync.laptop.attendance import AlreadySigned
from sync.laptop.evidence import SCHOOL_POINT, EvidenceRefused, PointsRefused, RatingRefused
from sync.laptop.outbox import JournalNotExportable, NoCountyKey
from sync.laptop.school import EnvironmentRefused

from .base import chain_problem_name, shown, size_text
from .registry import tr, translate, words


def field_name(field: str) -> str:
    names = {
        "name": translate("Messages", "Name"),
        "id_number": translate("Messages", "ID card number"),
        "school": translate("Messages", "School"),
        "stage": translate("Messages", "School stage"),
        "subject": translate("Messages", "Subject"),
        "topic": translate("Messages", "Topic"),
        "hours": translate("Messages", "Hours"),
        "category": translate("Messages", "Category"),
        "trainer_key": translate("Messages", "Trainer key"),
    }
    return names.get(field, field)


def stage_name(code: str) -> str:
    names = {
        "preschool": translate("Messages", "Kindergarten"),
        "primary": translate("Messages", "Primary school"),
        "junior": translate("Messages", "Junior secondary"),
        "senior": translate("Messages", "Senior secondary"),
        "vocational": translate("Messages", "Vocational school"),
        "special": translate("Messages", "Special education"),
    }
    return names.get(code, code)


def category_name(code: str) -> str:
    return {
        "online": translate("Messages", "Online study"),
        "face_to_face": translate("Messages", "Face-to-face training"),
        "practice": translate("Messages", "Practice"),
    }.get(code, code)


def environment_name(code: str | None) -> str:
    """A school's teaching environment by its letter (content.ability_points.ENVIRONMENTS)."""
    return {
        "A": translate("Messages", "multimedia teaching environment (A)"),
        "B": translate("Messages", "blended learning environment (B)"),
        "C": translate("Messages", "smart learning environment (C)"),
    }.get(code or "", shown(code or ""))


def document_kind_name(code: str) -> str:
    """A school's document (整校推进) by the programme's name for it."""
    return {
        "development_plan": translate("Messages", "development plan for information technology"),
        "training_plan": translate("Messages", "school-based training plan"),
    }.get(code, code)


def id_reason(reason: str) -> str:
    return {
        "length": translate("Messages", "it must have 18 characters"),
        "chars": translate("Messages", "only digits are allowed, and X as the last character"),
        "area": translate("Messages", "the first digits are not a region code"),
        "date": translate("Messages", "the date of birth in it is not a real date"),
        "check": translate(
            "Messages", "the check digit does not match; please look for a mistyped digit"
        ),
    }.get(reason, reason)


def evidence_problem(exc: BaseException) -> str:
    """Evidence, ability-point and rating refusals, naming the slot and its limit."""
    a = getattr(exc, "args_", {})
    reason = a.get("reason", "")
    slot = shown(a.get("title") or a.get("slot", ""))
    if a.get("point") == SCHOOL_POINT:  # a school's document: the slot is its kind
        slot = document_kind_name(str(a.get("slot", "")))
    if isinstance(exc, EvidenceRefused):
        types = ", ".join(shown(t) for t in a.get("types", []))
        text = {
            "missing": translate("Messages", "Please fill in the part \u201c%1\u201d."),
            "unknown_slot": translate("Messages", "This ability point has no part \u201c%1\u201d."),
            "file_needed": translate("Messages", "The part \u201c%1\u201d needs a file (%2)."),
            "too_long": translate(
                "Messages",
                "The text of \u201c%1\u201d is too long: at most %3 "
                "characters. Attach a file instead.",
            ),
            "wrong_type": translate(
                "Messages", "%4 cannot go into \u201c%1\u201d: allowed file types are %2."
            ),
            "too_large": translate("Messages", "%4 is too large for \u201c%1\u201d: at most %3."),
            "unreadable": translate("Messages", "%4 cannot be read; choose the file again."),
        }.get(reason, reason)
        limit = size_text(a.get("limit")) if reason == "too_large" else a.get("limit", "")
        return tr(text, slot, types, limit, shown(a.get("name", "")))
    if isinstance(exc, PointsRefused):
        text = {
            "too_few": translate("Messages", "Please choose at least %1 ability points."),
            "unknown_point": translate(
                "Messages", "Ability point %2 is not in the installed content."
            ),
            "not_chosen": translate(
                "Messages", "Choose ability point %2 before submitting evidence for it."
            ),
            "already_submitted": translate(
                "Messages",
                "Evidence for ability point %2 is already submitted. It can be submitted again "
                "only after the school team rates it fail or the county does not recognise it.",
            ),
            "not_in_environment": translate(
                "Messages",
                "Ability point %2 is not for this school's teaching environment (%3). The "
                "school team sets the environment under “School settings”.",
            ),
        }.get(reason, reason)
        return tr(
            text,
            a.get("minimum", ""),
            shown(a.get("code", "")),
            environment_name(a.get("environment")),
        )
    return {
        "not_school_team": translate(
            "Messages",
            "Only members of the school team can rate evidence, file school documents or "
            "change the school's settings.",
        ),
        "own_submission": translate(
            "Messages",
            "You cannot rate your own evidence; another member of the school team must rate it.",
        ),
        "unknown_submission": translate("Messages", "This submission is not on this computer."),
        "bad_level": translate("Messages", "Please choose a rating: excellent, pass or fail."),
        "bad_kind": translate("Messages", "Unknown kind of school document."),
    }.get(reason, reason)


@words(e.EmptyField)
def empty_field(exc: BaseException, a: dict) -> str:
    return tr(translate("Messages", "Please fill in: %1."), field_name(a["field"]))


@words(e.InvalidIdNumber)
def invalid_id_number(exc: BaseException, a: dict) -> str:
    return tr(translate("Messages", "The ID card number is not valid: %1."), id_reason(a["reason"]))


@words(e.DuplicateIdNumber)
def duplicate_id_number(exc: BaseException, a: dict) -> str:
    return tr(
        translate(
            "Messages",
            "A teacher with this ID card number is already enrolled on this computer: %1.",
        ),
        a["name"],
    )


@words(e.InvalidChoice)
def invalid_choice(exc: BaseException, a: dict) -> str:
    return tr(translate("Messages", "Please choose a value for: %1."), field_name(a["field"]))


@words(e.PinTooShort)
def pin_too_short(exc: BaseException, a: dict) -> str:
    return tr(
        translate("Messages", "The PIN is too short: use at least %1 digits."), str(a["minimum"])
    )


@words(e.PinFormat)
def pin_format(exc: BaseException, a: dict) -> str:
    return tr(
        translate("Messages", "The PIN must be digits only, at most %1 of them."), str(a["maximum"])
    )


@words(e.PinMismatch)
def pin_mismatch(exc: BaseException, a: dict) -> str:
    return translate("Messages", "The two PINs are not the same. Please type them again.")


@words(e.WrongPin)
def wrong_pin(exc: BaseException, a: dict) -> str:
    if a["wait_seconds"]:
        return tr(
            translate("Messages", "Wrong PIN. Please wait %1 seconds before trying again."),
            str(a["wait_seconds"]),
        )
    return tr(
        translate("Messages", "Wrong PIN. %1 more tries before you have to wait."),
        str(a["tries_before_wait"]),
    )


@words(e.PinRequired)
def pin_required(exc: BaseException, a: dict) -> str:
    return tr(
        translate("Messages", "A PIN is needed: type it at the prompt, or give it with %1."),
        a["hint"],
    )


@words(e.NeedsSchoolTeam)
def needs_school_team(exc: BaseException, a: dict) -> str:
    return tr(
        translate(
            "Messages",
            "%1 is not on the school team: this needs the PIN of a school-team member.",
        ),
        a["name"],
    )


@words(e.PinLocked)
def pin_locked(exc: BaseException, a: dict) -> str:
    return tr(
        translate("Messages", "Too many wrong PINs. Please try again in %1 seconds."),
        str(a["seconds"]),
    )


@words(AlreadySigned)
def already_signed(exc: BaseException, a: dict) -> str:
    return tr(translate("Messages", "%1 has already signed this session."), a["name"])


@words(EvidenceRefused, PointsRefused, RatingRefused)
def evidence_refused(exc: BaseException, a: dict) -> str:
    return evidence_problem(exc)


@words(EnvironmentRefused)
def environment_refused(exc: BaseException, a: dict) -> str:
    return tr(
        translate(
            "Messages",
            "“%1” is not a teaching environment: choose A (multimedia), B (blended) or C (smart).",
        ),
        shown(a.get("value", "")),
    )


@words(e.UnknownTeacher)
def unknown_teacher(exc: BaseException, a: dict) -> str:
    return translate("Messages", "This teacher is not enrolled on this computer.")


@words(e.JournalDamaged)
def journal_damaged(exc: BaseException, a: dict) -> str:
    return tr(
        translate(
            "Messages",
            "The learning record %1 is damaged (%2). Do not delete it: copy the data "
            "folder to a USB drive and give it to your trainer.",
        ),
        a["path"],
        a["detail"],
    )


@words(e.JournalFromNewerVersion)
def journal_from_newer_version(exc: BaseException, a: dict) -> str:
    return tr(
        translate(
            "Messages",
            "The learning record %1 was written by a newer version of Songpei. Please "
            "install the newer version.",
        ),
        a["path"],
    )


@words(e.DeviceKeyMismatch)
def device_key_mismatch(exc: BaseException, a: dict) -> str:
    return tr(
        translate(
            "Messages",
            "The learning record %1 belongs to another computer's key. Do not delete "
            "anything; ask the county office for help.",
        ),
        a["path"],
    )


@words(e.LessonFileMissing)
def lesson_file_missing(exc: BaseException, a: dict) -> str:
    return tr(
        translate(
            "Messages",
            "This lesson's file is missing from this computer (%1). "
            "Install its pack again from the trainer's drive.",
        ),
        shown(a["path"]),
    )


@words(JournalNotExportable)
def journal_not_exportable(exc: BaseException, a: dict) -> str:
    return tr(
        translate(
            "Messages",
            "Nothing was exported: the learning record %1 is damaged "
            "at record %2 (%3; %4 such problems in all), so the county "
            "could not read it. Run “songpei verify” to see every "
            "problem. Do not delete anything: copy the data folder to "
            "a USB drive and give it to your trainer or the county "
            "office.",
        ),
        a["path"],
        str(a["seq"]),
        chain_problem_name(a["problem"]),
        str(a["count"]),
    )


@words(NoCountyKey)
def no_county_key(exc: BaseException, a: dict) -> str:
    return translate(
        "Messages",
        "This laptop does not know the county's key yet. Bring a drive that carries the "
        "county's mail (the county office writes its public key onto the drive) and trust the "
        "key in the sync station after checking its fingerprint with the county on the phone; "
        "or run: songpei trust add county.pub",
    )


@words(RealJournal)
def real_journal(exc: BaseException, a: dict) -> str:
    return tr(
        translate(
            "Messages",
            "%1 holds real learning records: simulated study was not added, so no teacher's "
            "record is mixed with invented hours. Use an empty data folder, or add --force if "
            "this folder is only for testing.",
        ),
        a["path"],
    )
