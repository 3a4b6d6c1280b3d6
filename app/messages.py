"""Sentences for errors and the names of things, in the user's language.

The core raises structured errors (sync.errors); this is the one place that words them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sync import errors as e

translate = QCoreApplication.translate



def field_name(field: str) -> str:
    names = {
        "name": translate("Messages", "Name"),
        "id_number": translate("Messages", "ID card number"),
        "school": translate("Messages", "School"),
        "stage": translate("Messages", "School stage"),
        "subject": translate("Messages", "Subject"),
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
    return {"online": translate("Messages", "Online study"), "practice": translate("Messages", "Practice")}.get(code, code)


def chain_problem_name(kind: str) -> str:
    return {
        "gap": translate("Messages", "a sequence number is missing"),
        "link": translate("Messages", "does not link to the event before it"),
        "hash": translate("Messages", "its contents were changed after it was written"),
        "device": translate("Messages", "belongs to another computer"),
    }.get(kind, kind)


def _id_reason(reason: str) -> str:
    return {
        "length": translate("Messages", "it must have 18 characters"),
        "chars": translate("Messages", "only digits are allowed, and X as the last character"),
        "area": translate("Messages", "the first digits are not a region code"),
        "date": translate("Messages", "the date of birth in it is not a real date"),
        "check": translate("Messages", "the check digit does not match; please look for a mistyped digit"),
    }.get(reason, reason)


def describe(exc: BaseException) -> str:
    """One or two sentences: what went wrong and what to do."""
    a = getattr(exc, "args_", {})
    if isinstance(exc, e.EmptyField):
        return translate("Messages", "Please fill in: %1.").replace("%1", field_name(a["field"]))
    if isinstance(exc, e.InvalidIdNumber):
        return translate("Messages", "The ID card number is not valid: %1.").replace("%1", _id_reason(a["reason"]))
    if isinstance(exc, e.DuplicateIdNumber):
        return translate("Messages", "A teacher with this ID card number is already enrolled on this computer: %1.")\
            .replace("%1", a["name"])
    if isinstance(exc, e.InvalidChoice):
        return translate("Messages", "Please choose a value for: %1.").replace("%1", field_name(a["field"]))
    if isinstance(exc, e.PinTooShort):
        return translate("Messages", "The PIN is too short: use at least %1 digits.").replace("%1", str(a["minimum"]))
    if isinstance(exc, e.PinFormat):
        return translate("Messages", "The PIN must be digits only, at most %1 of them.")\
            .replace("%1", str(a["maximum"]))
    if isinstance(exc, e.PinMismatch):
        return translate("Messages", "The two PINs are not the same. Please type them again.")
    if isinstance(exc, e.WrongPin):
        if a["wait_seconds"]:
            return translate("Messages", "Wrong PIN. Please wait %1 seconds before trying again.")\
                .replace("%1", str(a["wait_seconds"]))
        return translate("Messages", "Wrong PIN. %1 more tries before you have to wait.")\
            .replace("%1", str(a["tries_before_wait"]))
    if isinstance(exc, e.PinLocked):
        return translate("Messages", "Too many wrong PINs. Please try again in %1 seconds.")\
            .replace("%1", str(a["seconds"]))
    if isinstance(exc, e.UnknownTeacher):
        return translate("Messages", "This teacher is not enrolled on this computer.")
    if isinstance(exc, e.DataDirUnusable):
        return translate("Messages", "The data folder %1 cannot be used (%2). Choose another folder with "
                  "--data-dir, or ask for it to be made writable.")\
            .replace("%1", a["path"]).replace("%2", a["reason"])
    if isinstance(exc, e.DiskFull):
        return translate("Messages", "The disk holding %1 is full. Free some space (at least 100 MB) and try "
                  "again; nothing was saved by this step.").replace("%1", a["path"])
    if isinstance(exc, e.JournalDamaged):
        return translate("Messages", "The learning record %1 is damaged (%2). Do not delete it: copy the data "
                  "folder to a USB drive and give it to your trainer.")\
            .replace("%1", a["path"]).replace("%2", a["detail"])
    if isinstance(exc, e.JournalFromNewerVersion):
        return translate("Messages", "The learning record %1 was written by a newer version of Songpei. Please "
                  "install the newer version.").replace("%1", a["path"])
    if isinstance(exc, e.DeviceKeyMismatch):
        return translate("Messages", "The learning record %1 belongs to another computer's key. Do not delete "
                  "anything; ask the county office for help.").replace("%1", a["path"])
    return translate("Messages", "Unexpected error: %1").replace("%1", str(exc))
