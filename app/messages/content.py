"""Words for content: question files, packs (building, installing, the library), and the keys a
laptop trusts for them."""

from __future__ import annotations

from content import errors as ce
from content.trust import NotTrustable, TrustStoreInvalid
from sync.base.library import LibraryBusy, LibraryDamaged, PackSourceUnreadable

from .base import role_name, shown, size_text
from .registry import tr, translate, words


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
        # Moodle's own type names, as an unsupported question is reported
        "multichoice": translate("Messages", "choice"),
        "cloze": translate("Messages", "embedded answers (cloze)"),
        "multianswer": translate("Messages", "embedded answers (cloze)"),
        "ddwtos": translate("Messages", "drag and drop into text"),
        "gapselect": translate("Messages", "select missing words"),
        "ddimageortext": translate("Messages", "drag and drop onto image"),
        "ddmarker": translate("Messages", "drag and drop markers"),
        "randomsamatch": translate("Messages", "random short-answer matching"),
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
        "positive_sum_not_one": translate(
            "Messages", "the right answers of a multiple-choice question do not add up to 100 %"
        ),
        "truefalse_choices": translate(
            "Messages", "a true/false question needs exactly a true and a false answer"
        ),
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
        "dot_component": translate(
            "Messages", "it contains “.” or “..”, which could reach outside the pack"
        ),
        "bad_character": translate(
            "Messages",
            'it contains a character Windows does not allow (< > : " | ? * or a control character)',
        ),
        "trailing_dot_or_space": translate("Messages", "a name ends with a dot or a space"),
        "device_name": translate(
            "Messages", "it uses a Windows device name (CON, PRN, AUX, NUL, COM1–9, LPT1–9)"
        ),
        "component_too_long": translate("Messages", "a name is longer than 255 bytes"),
        "program": translate("Messages", "a program (not copied to school laptops)"),
        "system_file": translate("Messages", "a system file"),
        "too_large": translate(
            "Messages", "larger than 4 GB, too large for a USB drive formatted FAT32"
        ),
        "name_clash": translate(
            "Messages", "another file has the same name apart from upper and lower case"
        ),
        "unreadable": translate("Messages", "it cannot be read"),
    }.get(rule, rule)


def manifest_problem(code: str) -> str:
    return {
        "missing": translate("Messages", "missing"),
        "unknown": translate("Messages", "not a known field"),
        "not_an_object": translate("Messages", "should be a table of fields"),
        "not_text": translate("Messages", "should be text"),
        "empty": translate("Messages", "is empty"),
        "bad_id": translate("Messages", "not a valid id (lower-case letters, digits, “.” and “-”)"),
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
        "computed": translate(
            "Messages", "is filled in when the pack is built; remove it from pack.toml"
        ),
        "not_a_sha256": translate("Messages", "not a SHA-256 hash"),
    }.get(code, code)


def pack_problem(code: str, a: dict) -> str:
    """Why a content pack was refused, or cannot be built, in words."""
    path = shown(a.get("path", ""))
    if code == "bad_path":
        return tr(
            translate("Messages", "the file name “%1” is not allowed: %2"),
            path,
            path_rule(a.get("rule", "")),
        )
    if code == "bad_manifest":
        return tr(
            translate("Messages", "its description is wrong at %1: %2"),
            shown(a.get("field", "")),
            manifest_problem(a.get("problem", "")),
        )
    if code == "bad_question_bank":
        why = (
            question_problem(a.get("reason", ""))
            if a.get("reason") != "not_json"
            else translate("Messages", "not a question bank file")
        )
        return tr(translate("Messages", "the question bank “%1” is broken: %2"), path, why)
    if code == "size_mismatch":
        return tr(
            translate("Messages", "“%1” has %2 bytes instead of %3"),
            path,
            str(a.get("found")),
            str(a.get("listed")),
        )
    if code == "older_version":
        return tr(
            translate(
                "Messages",
                "version %1 is older than the installed version %2, and "
                "an older version never replaces a newer one",
            ),
            str(a.get("offered")),
            str(a.get("installed")),
        )
    if code == "version_reused":
        return tr(
            translate(
                "Messages",
                "version %1 is already installed with different "
                "contents; the publisher must give the pack a new "
                "version number",
            ),
            str(a.get("version")),
        )
    if code == "pack_too_large":
        return tr(
            translate("Messages", "it claims %1, more than the %2 a pack may hold"),
            size_text(a.get("size")),
            size_text(a.get("limit")),
        )
    if code == "file_too_large":
        return tr(translate("Messages", "“%1” is larger than %2"), path, size_text(a.get("limit")))
    if code == "path_clash":
        return tr(
            translate("Messages", "“%1” and “%2” would be the same file on Windows or a USB drive"),
            path,
            shown(a.get("other", "")),
        )
    if code == "not_a_pack":
        return tr(
            translate("Messages", "it is not a Songpei content pack (%1 is missing)"),
            shown(a.get("missing", "")),
        )
    if code in ("unknown_key", "revoked_key"):
        text = {
            "unknown_key": translate(
                "Messages",
                "it is signed by a publisher this laptop does "
                "not trust (key %1); ask the county office "
                "for the publisher's public key",
            ),
            "revoked_key": translate("Messages", "its publisher key %1 has been revoked"),
        }[code]
        return tr(text, shown(a.get("key_id", "")))
    if code == "unreadable":
        return tr(
            translate("Messages", "“%1” cannot be read (%2)"), path, shown(a.get("reason", ""))
        )
    if code == "unknown_ability_point":
        return tr(
            translate(
                "Messages",
                "it names ability point %1 (at %2), which the programme “%3” does not list",
            ),
            shown(a.get("point", "")),
            shown(a.get("field", "")),
            shown(a.get("programme", "")),
        )
    if code == "not_as_catalogued":
        return tr(
            translate(
                "Messages",
                "what it says of ability point %1 (at %2) differs from the programme “%3”",
            ),
            shown(a.get("point", "")),
            shown(a.get("field", "")),
            shown(a.get("programme", "")),
        )
    if code == "unknown_environment":
        return tr(
            translate(
                "Messages",
                "“%1” (at %2) is not a teaching environment: A 多媒体教学环境, "
                "B 混合学习环境 or C 智慧学习环境",
            ),
            shown(a.get("value", "")),
            shown(a.get("field", "")),
        )
    if code == "unknown_dimension":
        return tr(
            translate(
                "Messages",
                "“%1” (at %2) is not an ability dimension: 学情分析, 教学设计, 学法指导 or 学业评价",
            ),
            shown(a.get("value", "")),
            shown(a.get("field", "")),
        )
    if code == "unknown_programme":
        return tr(
            translate("Messages", "unknown programme “%1” (shipped: national-2.0, sichuan-2.0)"),
            shown(a.get("name", "")),
        )
    if code == "bad_toml":
        return tr(
            translate("Messages", "pack.toml is not valid TOML (%1)"), shown(a.get("detail", ""))
        )
    with_path = {
        "duplicate_path": translate("Messages", "“%1” is listed twice"),
        "unlisted_file": translate(
            "Messages", "“%1” is in the pack but not in its signed list (a planted or swapped file)"
        ),
        "missing_file": translate("Messages", "“%1” is missing"),
        "not_a_file": translate("Messages", "“%1” is not an ordinary file"),
        "file_larger": translate("Messages", "“%1” is larger than its signed size"),
        "hash_mismatch": translate("Messages", "“%1” was changed after the pack was signed"),
        "exists": translate("Messages", "%1 already exists and was not overwritten"),
    }
    if code in with_path:
        return tr(with_path[code], path)
    return {
        "bad_signature_file": translate("Messages", "its signature file is damaged"),
        "demo_key": translate(
            "Messages", "it is signed with the demo key, which only the demo profile trusts"
        ),
        "bad_signature": translate(
            "Messages", "the signature does not match: the pack was altered or forged"
        ),
        "manifest_too_large": translate("Messages", "its description is larger than 16 MB"),
        "manifest_not_json": translate("Messages", "its description is damaged (not JSON)"),
        "unsupported_format": translate("Messages", "it was made for a newer version of Songpei"),
        "too_many_files": translate("Messages", "it lists more than 100,000 files"),
        "total_size_mismatch": translate("Messages", "its total size does not add up"),
        "no_pack_toml": translate("Messages", "there is no pack.toml in it"),
        "no_lessons": translate("Messages", "no video or document was found"),
    }.get(code, code)


@words(ce.QuestionFileError)
def question_file_error(exc: BaseException, a: dict) -> str:
    where = a.get("file", "")
    if a.get("line"):
        where += tr(translate("Messages", ", line %1"), str(a["line"]))
    why = {
        "unreadable": translate("Messages", "it cannot be read"),
        "too_large": translate("Messages", "it is too large"),
        "not_utf8": translate("Messages", "it is not UTF-8 text; save it as UTF-8"),
        "not_xml": translate("Messages", "it is not XML"),
        "malformed_xml": translate("Messages", "the XML is broken"),
        "dtd_refused": translate(
            "Messages", "it contains a DTD or entities, which are refused for safety"
        ),
        "not_moodle_xml": translate("Messages", "it is not a Moodle XML question file"),
    }.get(a["code"], a["code"])
    return tr(translate("Messages", "Cannot import %1: %2."), where, why)


@words(ce.PackRefused)
def pack_refused(exc: BaseException, a: dict) -> str:
    return tr(
        translate("Messages", "The content pack %1 was refused: %2. Nothing was installed."),
        shown(a.get("pack", "")),
        pack_problem(a["code"], a),
    )


@words(ce.PackBuildError)
def pack_build_error(exc: BaseException, a: dict) -> str:
    where = shown(a.get("file", ""))
    if a.get("line"):
        where += tr(translate("Messages", ", line %1"), str(a["line"]))
    return tr(
        translate("Messages", "Cannot build a pack from %1: %2."), where, pack_problem(a["code"], a)
    )


@words(PackSourceUnreadable)
def pack_source_unreadable(exc: BaseException, a: dict) -> str:
    return tr(
        translate(
            "Messages",
            "Copying from the drive stopped at %1 (%2). Plug the "
            "drive in again and install again: the copy continues "
            "where it stopped.",
        ),
        shown(a["path"]),
        shown(a["reason"]),
    )


@words(LibraryBusy)
def library_busy(exc: BaseException, a: dict) -> str:
    return translate(
        "Messages",
        "Another pack is being installed on this computer. Wait for it to finish, then try again.",
    )


@words(LibraryDamaged)
def library_damaged(exc: BaseException, a: dict) -> str:
    return tr(
        translate(
            "Messages",
            "The content library %1 is damaged (%2). Move it aside "
            "and install the packs again from the trainer's drive.",
        ),
        shown(a["path"]),
        shown(a["detail"]),
    )


@words(TrustStoreInvalid)
def trust_store_invalid(exc: BaseException, a: dict) -> str:
    return tr(
        translate("Messages", "The list of trusted keys %1 is damaged (%2)."),
        a["path"],
        a["detail"],
    )


@words(NotTrustable)
def not_trustable(exc: BaseException, a: dict) -> str:
    if a["role"] == "demo":
        return translate(
            "Messages",
            "This is the demo publisher key; its private half is "
            "public, so only the demo profile trusts it.",
        )
    return tr(
        translate(
            "Messages",
            "Only publisher and county keys can be trusted on a laptop; this is a %1 key.",
        ),
        role_name(a["role"]),
    )
