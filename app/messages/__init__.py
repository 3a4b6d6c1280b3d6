"""Sentences for errors and the names of things, in the user's language.

The core raises structured errors (sync.errors); this is the one place that words them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from content import errors as ce
from content.targets import TargetsInvalid
from content.trust import NotTrustable, TrustStoreInvalid
from content.trust_mail import TrustMailRefused
from sync import errors as e
from sync import hub
from sync.attendance import AlreadySigned
from sync.bundle import BundleRefused
from sync.confine import OutsideFolder
from sync.county_demo import NotADemoCounty
from sync.evidence import EvidenceRefused, PointsRefused, RatingRefused
from sync.export import JournalNotExportable, NoCountyKey
from sync.export_template import FIELDS, TemplateInvalid
from sync.hub_office import CountyActionRefused
from sync.library import LibraryBusy, LibraryDamaged, PackSourceUnreadable
from sync.receipts import ReceiptRefused
from sync.xapi import LrsFailed
from sync.xlsx import XlsxUnreadable

translate = QCoreApplication.translate



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
    return {"online": translate("Messages", "Online study"), "practice": translate("Messages", "Practice")}.get(code, code)


def role_name(role: str) -> str:
    return {
        "publisher": translate("Messages", "publisher"),
        "county": translate("Messages", "county"),
        "trainer": translate("Messages", "trainer"),
    }.get(role, role)


def device_status(status: str) -> str:
    return {
        "pending": translate("Messages", "waiting for approval"),
        "enrolled": translate("Messages", "enrolled"),
        "revoked": translate("Messages", "revoked"),
    }.get(status, status)


def flag_name(kind: str) -> str:
    return {
        "fork": translate("Messages", "the laptop's history differs from the county's copy"),
        "chain-broken": translate("Messages", "an event was changed after it was written"),
        "clock-skew": translate("Messages", "the laptop's clock is wrong"),
        "over-24h": translate("Messages", "more than 24 hours of study in one day"),
        "several-devices": translate("Messages", "the same teacher is enrolled on several "
                                                 "laptops"),
        "overlap": translate("Messages", "study on two laptops at the same time"),
        "attendance-unknown-trainer": translate("Messages", "attendance signed by a trainer the "
                                                            "county has not registered"),
        "attendance-bad-signature": translate("Messages", "attendance with a signature that does "
                                                          "not hold"),
        "attendance-mismatch": translate("Messages", "attendance whose hours differ from what "
                                                     "the trainer signed"),
    }.get(kind, kind)


def bundle_reason(reason: str) -> str:
    """Why a bundle was refused or held, in words."""
    return {
        "not-a-bundle": translate("Messages", "not a Songpei bundle"),
        "truncated": translate("Messages", "the file is incomplete (was the drive pulled out "
                                           "while copying?)"),
        "damaged": translate("Messages", "the file is damaged or was altered"),
        "unreadable": translate("Messages", "the file cannot be read"),
        "bad-signature": translate("Messages", "the signature does not match: the file was "
                                               "altered or forged"),
        "unknown-format": translate("Messages", "made by a newer version of Songpei"),
        "device-key-mismatch": translate("Messages", "the device name does not match its key"),
        "foreign-part": translate("Messages", "a part belongs to another bundle"),
        "missing-part": translate("Messages", "a part of the bundle is missing"),
        "cannot-decrypt": translate("Messages", "cannot be decrypted with this county's key"),
        "bad-trailer": translate("Messages", "its signed description lacks a field or has a "
                                             "wrong value"),
        "bad-event": translate("Messages", "a record in it is malformed (its contents are not "
                                           "what the record type needs)"),
        "other-county": translate("Messages", "it was made for another county's key"),
        "unknown-device": translate("Messages", "a laptop the county has not enrolled yet; "
                                                "check its fingerprint with the school, then "
                                                "approve it"),
        "revoked-device": translate("Messages", "the laptop's key has been revoked"),
        "key-mismatch": translate("Messages", "a different key claims an enrolled laptop's name"),
        "other-device": translate("Messages", "it is meant for another laptop"),
        "beyond-journal": translate("Messages", "it confirms events this laptop never wrote"),
    }.get(reason, reason)


def bundle_refusal(reason: str, detail: str = "") -> str:
    """Why a bundle was refused, with the field or the record at fault where one is known."""
    why = bundle_reason(reason)
    if reason == "bad-trailer" and detail:
        why += translate("Messages", " (field “%1”)").replace("%1", detail)
    elif reason == "bad-event" and detail:
        why += translate("Messages", " (record %1)").replace("%1", detail)
    return why


def question_type_name(code: str) -> str:
    return {
        "single": translate("Messages", "single choice"),
        "multiple": translate("Messages", "multiple choice"),
        "truefalse": translate("Messages", "true/false"),
        "ordering": translate("Messages", "ordering"),
        "matching": translate("Messages", "matching"),
        "short": translate("Messages", "short answer"),
        "case": translate("Messages", "situational case"),
        "essay": translate("Messages", "essay"),
        "numerical": translate("Messages", "numerical"),
        "calculated": translate("Messages", "calculated"),
        "description": translate("Messages", "description"),
    }.get(code, code)


def question_problem(code: str) -> str:
    """Why a question cannot be asked, in words (codes from content.errors.InvalidQuestion)."""
    return {
        "bad_field": translate("Messages", "a field has a wrong value"),
        "unknown_type": translate("Messages", "unknown question type"),
        "empty_id": translate("Messages", "the question has no id"),
        "empty_text": translate("Messages", "the question has no text"),
        "unknown_text_format": translate("Messages", "unknown text format"),
        "unsupported_format": translate("Messages", "a text format we cannot show"),
        "bad_mark": translate("Messages", "the mark must be a positive number"),
        "too_few_choices": translate("Messages", "too few choices"),
        "empty_choice": translate("Messages", "a choice is empty"),
        "fraction_out_of_range": translate("Messages", "a grade is outside -100 % … 100 %"),
        "no_full_credit": translate("Messages", "no answer is fully right"),
        "positive_sum_not_one": translate("Messages", "the right answers of a multiple-choice "
                                                      "question do not add up to 100 %"),
        "truefalse_choices": translate("Messages", "a true/false question needs exactly a true "
                                                   "and a false answer"),
        "too_few_items": translate("Messages", "too few items to order"),
        "duplicate_items": translate("Messages", "the same item appears twice"),
        "unknown_grading": translate("Messages", "unknown way of grading"),
        "too_few_pairs": translate("Messages", "a matching question needs at least two pairs"),
        "empty_pair": translate("Messages", "a pair is incomplete"),
        "no_answers": translate("Messages", "no accepted answer"),
        "empty_answer": translate("Messages", "an accepted answer is empty"),
        "no_parts": translate("Messages", "a case needs sub-questions"),
        "nested_case": translate("Messages", "a case cannot contain another case"),
        "duplicate_id": translate("Messages", "two questions have the same id"),
        "unknown_dimension": translate("Messages", "unknown 1.0 dimension tag"),
        "bad_ability_point": translate("Messages", "not an ability point code (like A1)"),
        "unknown_level": translate("Messages", "unknown level tag"),
        "conflicting_tags": translate("Messages", "tags contradict each other"),
        "bad_weight": translate("Messages", "a weight like %50% is not a number"),
        "matching_format": translate("Messages", "a matching line needs “->”"),
        "unclosed_brace": translate("Messages", "a “{” is never closed"),
        "unopened_brace": translate("Messages", "a “}” has no “{” before it"),
        "stray_brace": translate("Messages", "a brace is in the wrong place"),
        "embedded_files": translate("Messages", "it carries pictures or attachments"),
        "gradingtype": translate("Messages", "its way of grading is not supported"),
        "selecttype": translate("Messages", "it shows only some of its items"),
    }.get(code, code)


def shown(text: object) -> str:
    """A name from a file as it may be printed: control characters (a hostile manifest could
    carry terminal escapes) become visible escapes."""
    return "".join(c if c.isprintable() else ascii(c)[1:-1] for c in str(text))


def size_text(n: object) -> str:
    """Binary units, labelled as Windows labels them (a 4 GB FAT32 limit is 4 GiB)."""
    n = int(n) if isinstance(n, (int, float)) else 0
    if n >= 1024**3:
        return f"{n / 1024**3:.1f} GB"
    return f"{n / 1024**2:.1f} MB" if n >= 1024**2 else f"{max(n, 1) / 1024:.0f} KB"


def path_rule(rule: str) -> str:
    """Why a file name cannot be in a pack (content.pack.check_path rules)."""
    return {
        "empty": translate("Messages", "the name is empty"),
        "not_utf8": translate("Messages", "the name is not valid Unicode"),
        "not_nfc": translate("Messages", "the name is not in Unicode normal form C"),
        "too_long": translate("Messages", "the path is longer than 240 characters"),
        "absolute": translate("Messages", "it is an absolute path"),
        "drive_letter": translate("Messages", "it starts with a drive letter"),
        "backslash": translate("Messages", "it contains a backslash"),
        "empty_component": translate("Messages", "it contains an empty folder name"),
        "dot_component": translate("Messages", "it contains “.” or “..”, which could reach "
                                               "outside the pack"),
        "bad_character": translate("Messages", "it contains a character Windows does not "
                                               "allow (< > : \" | ? * or a control character)"),
        "trailing_dot_or_space": translate("Messages", "a name ends with a dot or a space"),
        "device_name": translate("Messages", "it uses a Windows device name (CON, PRN, AUX, "
                                             "NUL, COM1–9, LPT1–9)"),
        "component_too_long": translate("Messages", "a name is longer than 255 bytes"),
        "program": translate("Messages", "a program (not copied to school laptops)"),
        "system_file": translate("Messages", "a system file"),
        "too_large": translate("Messages", "larger than 4 GB, too large for a USB drive "
                                           "formatted FAT32"),
        "name_clash": translate("Messages", "another file has the same name apart from "
                                            "upper and lower case"),
        "unreadable": translate("Messages", "it cannot be read"),
    }.get(rule, rule)


def manifest_problem(code: str) -> str:
    return {
        "missing": translate("Messages", "missing"),
        "unknown": translate("Messages", "not a known field"),
        "not_an_object": translate("Messages", "should be a table of fields"),
        "not_text": translate("Messages", "should be text"),
        "empty": translate("Messages", "is empty"),
        "bad_id": translate("Messages", "not a valid id (lower-case letters, digits, “.” and "
                                        "“-”)"),
        "not_an_integer": translate("Messages", "should be a whole number"),
        "not_a_number": translate("Messages", "should be a number"),
        "out_of_range": translate("Messages", "the number is out of range"),
        "not_true_or_false": translate("Messages", "should be true or false"),
        "not_a_list": translate("Messages", "should be a list"),
        "unknown_value": translate("Messages", "not one of the allowed values"),
        "not_a_date": translate("Messages", "should be a date like 2026-09-01"),
        "invalid": translate("Messages", "the programme rules are incomplete"),
        "duplicate_code": translate("Messages", "two ability points have the same code"),
        "duplicate_id": translate("Messages", "two entries have the same id"),
        "duplicate_lesson_id": translate("Messages", "two lessons have the same id"),
        "not_listed": translate("Messages", "names an ability point the pack does not list"),
        "file_not_listed": translate("Messages", "names a file the pack does not hold"),
        "not_for_this_kind": translate("Messages", "does not belong to this kind of lesson"),
        "bad_ability_point": translate("Messages", "not an ability point code (like A1)"),
        "not_the_signer": translate("Messages", "does not name the key that signed the pack"),
        "computed": translate("Messages", "is filled in when the pack is built; remove it "
                                          "from pack.toml"),
        "not_a_sha256": translate("Messages", "not a SHA-256 hash"),
    }.get(code, code)


def pack_problem(code: str, a: dict) -> str:
    """Why a content pack was refused, or cannot be built, in words."""
    path = shown(a.get("path", ""))
    if code == "bad_path":
        return translate("Messages", "the file name “%1” is not allowed: %2")\
            .replace("%1", path).replace("%2", path_rule(a.get("rule", "")))
    if code == "bad_manifest":
        return translate("Messages", "its description is wrong at %1: %2")\
            .replace("%1", shown(a.get("field", ""))).replace("%2",
                                                              manifest_problem(a.get("problem", "")))
    if code == "bad_question_bank":
        why = question_problem(a.get("reason", "")) if a.get("reason") != "not_json" else \
            translate("Messages", "not a question bank file")
        return translate("Messages", "the question bank “%1” is broken: %2")\
            .replace("%1", path).replace("%2", why)
    if code == "size_mismatch":
        return translate("Messages", "“%1” has %2 bytes instead of %3")\
            .replace("%1", path).replace("%2", str(a.get("found"))).replace("%3",
                                                                           str(a.get("listed")))
    if code == "older_version":
        return translate("Messages", "version %1 is older than the installed version %2, and "
                                     "an older version never replaces a newer one")\
            .replace("%1", str(a.get("offered"))).replace("%2", str(a.get("installed")))
    if code == "version_reused":
        return translate("Messages", "version %1 is already installed with different "
                                     "contents; the publisher must give the pack a new "
                                     "version number").replace("%1", str(a.get("version")))
    if code == "pack_too_large":
        return translate("Messages", "it claims %1, more than the %2 a pack may hold")\
            .replace("%1", size_text(a.get("size"))).replace("%2", size_text(a.get("limit")))
    if code == "file_too_large":
        return translate("Messages", "“%1” is larger than %2")\
            .replace("%1", path).replace("%2", size_text(a.get("limit")))
    if code == "path_clash":
        return translate("Messages", "“%1” and “%2” would be the same file on Windows or a "
                                     "USB drive").replace("%1", path)\
            .replace("%2", shown(a.get("other", "")))
    if code == "not_a_pack":
        return translate("Messages", "it is not a Songpei content pack (%1 is missing)")\
            .replace("%1", shown(a.get("missing", "")))
    if code in ("unknown_key", "revoked_key"):
        text = {
            "unknown_key": translate("Messages", "it is signed by a publisher this laptop does "
                                                 "not trust (key %1); ask the county office "
                                                 "for the publisher's public key"),
            "revoked_key": translate("Messages", "its publisher key %1 has been revoked"),
        }[code]
        return text.replace("%1", shown(a.get("key_id", "")))
    if code == "unreadable":
        return translate("Messages", "“%1” cannot be read (%2)").replace("%1", path)\
            .replace("%2", shown(a.get("reason", "")))
    if code == "unknown_programme":
        return translate("Messages", "unknown programme “%1” (shipped: national-2.0, "
                                     "sichuan-2.0)").replace("%1", shown(a.get("name", "")))
    if code == "bad_toml":
        return translate("Messages", "pack.toml is not valid TOML (%1)")\
            .replace("%1", shown(a.get("detail", "")))
    with_path = {
        "duplicate_path": translate("Messages", "“%1” is listed twice"),
        "unlisted_file": translate("Messages", "“%1” is in the pack but not in its signed list "
                                               "(a planted or swapped file)"),
        "missing_file": translate("Messages", "“%1” is missing"),
        "not_a_file": translate("Messages", "“%1” is not an ordinary file"),
        "file_larger": translate("Messages", "“%1” is larger than its signed size"),
        "hash_mismatch": translate("Messages", "“%1” was changed after the pack was signed"),
        "exists": translate("Messages", "%1 already exists and was not overwritten"),
    }
    if code in with_path:
        return with_path[code].replace("%1", path)
    return {
        "bad_signature_file": translate("Messages", "its signature file is damaged"),
        "demo_key": translate("Messages", "it is signed with the demo key, which only the demo "
                                          "profile trusts"),
        "bad_signature": translate("Messages", "the signature does not match: the pack was "
                                               "altered or forged"),
        "manifest_too_large": translate("Messages", "its description is larger than 16 MB"),
        "manifest_not_json": translate("Messages", "its description is damaged (not JSON)"),
        "unsupported_format": translate("Messages", "it was made for a newer version of "
                                                    "Songpei"),
        "too_many_files": translate("Messages", "it lists more than 100,000 files"),
        "total_size_mismatch": translate("Messages", "its total size does not add up"),
        "no_pack_toml": translate("Messages", "there is no pack.toml in it"),
        "no_lessons": translate("Messages", "no video or document was found"),
    }.get(code, code)


def chain_problem_name(kind: str) -> str:
    return {
        "gap": translate("Messages", "a sequence number is missing"),
        "link": translate("Messages", "does not link to the event before it"),
        "hash": translate("Messages", "its contents were changed after it was written"),
        "device": translate("Messages", "belongs to another computer"),
        "malformed": translate("Messages", "cannot be read as a record (its contents are "
                                           "malformed)"),
    }.get(kind, kind)


def _id_reason(reason: str) -> str:
    return {
        "length": translate("Messages", "it must have 18 characters"),
        "chars": translate("Messages", "only digits are allowed, and X as the last character"),
        "area": translate("Messages", "the first digits are not a region code"),
        "date": translate("Messages", "the date of birth in it is not a real date"),
        "check": translate("Messages", "the check digit does not match; please look for a mistyped digit"),
    }.get(reason, reason)


def evidence_problem(exc: BaseException) -> str:
    """Evidence, ability-point and rating refusals, naming the slot and its limit."""
    a = getattr(exc, "args_", {})
    reason = a.get("reason", "")
    slot = shown(a.get("title") or a.get("slot", ""))
    if isinstance(exc, EvidenceRefused):
        types = ", ".join(shown(t) for t in a.get("types", []))
        return {
            "missing": translate("Messages", "Please fill in the part \u201c%1\u201d."),
            "unknown_slot": translate("Messages", "This ability point has no part \u201c%1\u201d."),
            "file_needed": translate("Messages", "The part \u201c%1\u201d needs a file (%2)."),
            "too_long": translate("Messages", "The text of \u201c%1\u201d is too long: at most %3 "
                                              "characters. Attach a file instead."),
            "wrong_type": translate("Messages", "%4 cannot go into \u201c%1\u201d: allowed file "
                                                "types are %2."),
            "too_large": translate("Messages", "%4 is too large for \u201c%1\u201d: at most %3."),
            "unreadable": translate("Messages", "%4 cannot be read; choose the file again."),
        }.get(reason, reason).replace("%1", slot).replace("%2", types)\
            .replace("%3", size_text(a.get("limit")) if reason == "too_large"
                     else str(a.get("limit", ""))).replace("%4", shown(a.get("name", "")))
    if isinstance(exc, PointsRefused):
        return {
            "too_few": translate("Messages", "Please choose at least %1 ability points."),
            "unknown_point": translate("Messages", "Ability point %2 is not in the installed "
                                                   "content."),
            "not_chosen": translate("Messages", "Choose ability point %2 before submitting "
                                                "evidence for it."),
        }.get(reason, reason).replace("%1", str(a.get("minimum", "")))\
            .replace("%2", shown(a.get("code", "")))
    return {
        "not_school_team": translate("Messages", "Only members of the school team can rate "
                                                 "evidence or file school documents."),
        "own_submission": translate("Messages", "You cannot rate your own evidence; another "
                                                "member of the school team must rate it."),
        "unknown_submission": translate("Messages", "This submission is not on this computer."),
        "bad_level": translate("Messages", "Please choose a rating: excellent, pass or fail."),
        "bad_kind": translate("Messages", "Unknown kind of school document."),
    }.get(reason, reason)


def county_action_problem(reason: str) -> str:
    """Why the county office's action (a decision, closing a flag, dropping an item) was
    refused; nothing was written."""
    return {
        "bad-level": translate("Messages", "Choose the county's rating: excellent, pass or fail."),
        "officer-required": translate("Messages", "Please give the name of the officer who "
                                                  "decides."),
        "reason-required": translate("Messages", "Please say why the hours are not recognised; "
                                                 "the teacher will see the reason."),
        "fail-recognised": translate("Messages", "Evidence rated fail cannot have its hours "
                                                 "recognised."),
        "unknown-submission": translate("Messages", "This hub has no such evidence "
                                                    "submission."),
        "note-required": translate("Messages", "Please write a note saying what was found or "
                                               "decided."),
        "unknown-flag": translate("Messages", "This hub has no such flag."),
        "already-closed": translate("Messages", "This flag was already closed."),
        "unknown-item": translate("Messages", "This hub has no such quarantined item."),
        "already-resolved": translate("Messages", "This quarantined item was already dealt "
                                                  "with."),
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
    if isinstance(exc, AlreadySigned):
        return translate("Messages", "%1 has already signed this session.")\
            .replace("%1", a["name"])
    if isinstance(exc, (EvidenceRefused, PointsRefused, RatingRefused)):
        return evidence_problem(exc)
    if type(exc).__name__ == "CjkFontMissing":  # app.pdf.transcript (imports reportlab lazily)
        return translate("Messages", "No Chinese font to embed in the PDF (%1). Install the "
                                     "package fonts-wqy-microhei, or reinstall Songpei.")\
            .replace("%1", str(a.get("expected", "")))
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
    if isinstance(exc, ce.QuestionFileError):
        where = a.get("file", "")
        if a.get("line"):
            where += translate("Messages", ", line %1").replace("%1", str(a["line"]))
        why = {
            "unreadable": translate("Messages", "it cannot be read"),
            "too_large": translate("Messages", "it is too large"),
            "not_utf8": translate("Messages", "it is not UTF-8 text; save it as UTF-8"),
            "not_xml": translate("Messages", "it is not XML"),
            "malformed_xml": translate("Messages", "the XML is broken"),
            "dtd_refused": translate("Messages", "it contains a DTD or entities, which are "
                                                 "refused for safety"),
            "not_moodle_xml": translate("Messages", "it is not a Moodle XML question file"),
        }.get(exc.code, exc.code)
        return translate("Messages", "Cannot import %1: %2.").replace("%1", where)\
            .replace("%2", why)
    if isinstance(exc, ce.PackRefused):
        return translate("Messages", "The content pack %1 was refused: %2. Nothing was "
                                     "installed.").replace("%1", shown(a.get("pack", "")))\
            .replace("%2", pack_problem(exc.code, a))
    if isinstance(exc, ce.PackBuildError):
        where = shown(a.get("file", ""))
        if a.get("line"):
            where += translate("Messages", ", line %1").replace("%1", str(a["line"]))
        return translate("Messages", "Cannot build a pack from %1: %2.").replace("%1", where)\
            .replace("%2", pack_problem(exc.code, a))
    if isinstance(exc, PackSourceUnreadable):
        return translate("Messages", "Copying from the drive stopped at %1 (%2). Plug the "
                                     "drive in again and install again: the copy continues "
                                     "where it stopped.").replace("%1", shown(a["path"]))\
            .replace("%2", shown(a["reason"]))
    if isinstance(exc, LibraryBusy):
        return translate("Messages", "Another pack is being installed on this computer. Wait "
                                     "for it to finish, then try again.")
    if isinstance(exc, LibraryDamaged):
        return translate("Messages", "The content library %1 is damaged (%2). Move it aside "
                                     "and install the packs again from the trainer's drive.")\
            .replace("%1", shown(a["path"])).replace("%2", shown(a["detail"]))
    if isinstance(exc, e.LessonFileMissing):
        return translate("Messages", "This lesson's file is missing from this computer (%1). "
                                     "Install its pack again from the trainer's drive.")\
            .replace("%1", shown(a["path"]))
    if isinstance(exc, ce.WrongPassphrase):
        return translate("Messages", "The passphrase does not open the key file %1.")\
            .replace("%1", a["path"])
    if isinstance(exc, ce.KeyFileInvalid):
        return translate("Messages", "%1 is not a Songpei key file, or it is damaged (%2).")\
            .replace("%1", a["path"]).replace("%2", a["detail"])
    if isinstance(exc, ce.KeyRoleMismatch):
        return translate("Messages", "%1 is a %2 key; a %3 key is needed here.")\
            .replace("%1", a["path"]).replace("%2", role_name(a["found"]))\
            .replace("%3", role_name(a["expected"]))
    if isinstance(exc, ce.PassphraseTooShort):
        return translate("Messages", "The passphrase is too short: use at least %1 characters.")\
            .replace("%1", str(a["minimum"]))
    if isinstance(exc, ce.PassphraseRequired):
        return translate("Messages", "A passphrase is needed: type it when asked, or give "
                                     "--passphrase-file FILE.")
    if isinstance(exc, ce.FileUnreadable):
        return translate("Messages", "Cannot read %1 (%2).").replace("%1", a["path"])\
            .replace("%2", a["reason"])
    if isinstance(exc, ce.PathRequired):
        return translate("Messages", "Please give %1.").replace("%1", a["option"])
    if isinstance(exc, LrsFailed):
        return translate("Messages", "The learning record store %1 did not accept the "
                                     "statements (status %2) after %3 were sent. Sending again "
                                     "is safe: statements already stored are not stored twice.")\
            .replace("%1", a["url"]).replace("%2", str(a["status"])).replace("%3", str(a["sent"]))
    if isinstance(exc, ce.KeyExists):
        return translate("Messages", "%1 already exists; it was not overwritten. Choose another "
                                     "folder with --out.").replace("%1", a["path"])
    if isinstance(exc, TrustStoreInvalid):
        return translate("Messages", "The list of trusted keys %1 is damaged (%2).")\
            .replace("%1", a["path"]).replace("%2", a["detail"])
    if isinstance(exc, NotTrustable) and a["role"] == "demo":
        return translate("Messages", "This is the demo publisher key; its private half is "
                                     "public, so only the demo profile trusts it.")
    if isinstance(exc, NotTrustable):
        return translate("Messages", "Only publisher and county keys can be trusted on a "
                                     "laptop; this is a %1 key.").replace("%1", role_name(a["role"]))
    if isinstance(exc, JournalNotExportable):
        return translate("Messages", "Nothing was exported: the learning record %1 is damaged "
                                     "at record %2 (%3; %4 such problems in all), so the county "
                                     "could not read it. Run “songpei verify” to see every "
                                     "problem. Do not delete anything: copy the data folder to "
                                     "a USB drive and give it to your trainer or the county "
                                     "office.")\
            .replace("%1", a["path"]).replace("%2", str(a["seq"]))\
            .replace("%3", chain_problem_name(a["problem"])).replace("%4", str(a["count"]))
    if isinstance(exc, OutsideFolder):
        return translate("Messages", "%1 lies outside %2, so Songpei did not delete or change "
                                     "it.").replace("%1", a["path"]).replace("%2", a["folder"])
    if isinstance(exc, NoCountyKey):
        return translate("Messages", "This laptop does not know the county's key yet. Ask the "
                                     "trainer for the county's public key and run: songpei "
                                     "trust add county.pub")
    if isinstance(exc, TargetsInvalid):
        why = {
            "not-utf8": translate("Messages", "it is not UTF-8 text; save it from Excel as "
                                              "“CSV UTF-8”"),
            "empty": translate("Messages", "it is empty"),
            "missing-column": translate("Messages", "the column “%1” is missing"),
            "unknown-column": translate("Messages", "the column “%1” is not one of district, "
                                                    "full_time_teachers_YYYY, target_YYYY"),
            "cell-count": translate("Messages", "the row has a different number of cells "
                                                "than the header"),
            "duplicate": translate("Messages", "the district appears twice"),
            "not-number": translate("Messages", "“%1” is not a whole number"),
            "old-xls": translate("Messages", "it is an old Excel 97–2003 workbook (.xls); save "
                                             "it in Excel as .xlsx or as “CSV UTF-8”"),
        }.get(a["reason"], a["reason"]).replace("%1", str(a["column"]))
        return translate("Messages", "%1, line %2: %3. Nothing was changed.")\
            .replace("%1", a["path"]).replace("%2", str(a["line"])).replace("%3", why)
    if isinstance(exc, TrustMailRefused):
        why = {
            "damaged": translate("Messages", "the file is damaged or is not a key rotation or "
                                             "revocation list"),
            "untrusted-signer": translate("Messages", "it is not signed by a key this laptop "
                                                      "trusts"),
            "older-list": translate("Messages", "a newer revocation list is already applied"),
            "role-changed": translate("Messages", "a key can only be replaced by a key of the "
                                                  "same role"),
        }.get(a["reason"], a["reason"])
        return translate("Messages", "%1 was not applied: %2.").replace("%1", a["path"])\
            .replace("%2", why)
    if isinstance(exc, BundleRefused):
        return translate("Messages", "%1 was refused: %2.").replace("%1", a["path"])\
            .replace("%2", bundle_refusal(a["reason"], str(a.get("field", a.get("seq", "")))))
    if isinstance(exc, ReceiptRefused):
        return translate("Messages", "The receipt %1 was not applied: %2.")\
            .replace("%1", a["path"]).replace("%2", bundle_reason(a["reason"]))
    if isinstance(exc, hub.NotAHub):
        detail = {
            "no such file": translate("Messages", "there is no such file"),
            "not an SQLite file": translate("Messages", "it is not a database file"),
            "no hub metadata": translate("Messages", "it is a database, but not a county "
                                                     "hub's; a laptop's journal perhaps"),
        }.get(a["detail"], a["detail"])
        return translate("Messages", "%1 is not a county hub (%2). Check the file name, or "
                                     "create a hub with: songpei hub init")\
            .replace("%1", a["path"]).replace("%2", detail)
    if isinstance(exc, TemplateInvalid):
        why = {
            "not-json": translate("Messages", "it is not a JSON file"),
            "unknown-format": translate("Messages", "it is not a column template of a format "
                                                    "this version knows"),
            "no-columns": translate("Messages", "it lists no columns"),
            "bad-column": translate("Messages", "column %1 needs a “header” text and a "
                                                "“field” name"),
            "unknown-field": translate("Messages", "column %1 names the field “%2”, which is "
                                                   "not one of: %3"),
        }.get(a["reason"], a["reason"])
        why = why.replace("%1", str(a["column"])).replace("%2", str(a["field"]))\
            .replace("%3", ", ".join(FIELDS))
        return translate("Messages", "The column template %1 cannot be used: %2. Nothing was "
                                     "written.").replace("%1", a["path"]).replace("%2", why)
    if isinstance(exc, XlsxUnreadable):
        why = {
            "not-xlsx": translate("Messages", "it is not an Excel workbook (.xlsx)"),
            "old-xls": translate("Messages", "it is an old Excel 97–2003 workbook (.xls); save "
                                             "it in Excel as .xlsx or as “CSV UTF-8”"),
            "damaged": translate("Messages", "the workbook is damaged"),
            "too-large": translate("Messages", "the workbook is too large"),
        }.get(a["reason"], a["reason"])
        return translate("Messages", "Cannot read %1: %2. Nothing was changed.")\
            .replace("%1", a["path"]).replace("%2", why)
    if isinstance(exc, ce.OutputFolderMissing):
        return translate("Messages", "The folder %1 does not exist. Create it, or give %2 a "
                                     "file in a folder that exists. Nothing was written.")\
            .replace("%1", a["path"]).replace("%2", a["option"])
    if isinstance(exc, hub.HubExists):
        return translate("Messages", "A hub already exists at %1; it was left as it is.")\
            .replace("%1", a["path"])
    if isinstance(exc, hub.UnknownDevice):
        return translate("Messages", "No laptop %1 in this hub's register.")\
            .replace("%1", a["device_id"])
    if isinstance(exc, CountyActionRefused):
        return county_action_problem(a["reason"])
    if isinstance(exc, NotADemoCounty):
        return translate("Messages", "%1 holds something other than a demo county; it was left "
                                     "alone. Choose an empty folder.").replace("%1", a["path"])
    if isinstance(exc, hub.WrongCountyKey):
        return translate("Messages", "%1 is not this hub's county key (the hub uses %2).")\
            .replace("%1", a["path"]).replace("%2", a["expected"])
    return translate("Messages", "Unexpected error: %1").replace("%1", str(exc))
