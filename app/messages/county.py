"""Words for the county office: the hub, its decisions, targets, templates, spreadsheets and the
learning record store."""

from __future__ import annotations

from content.targets import TargetsInvalid
from sync.county import hub
from sync.county.decisions import CountyActionRefused
from sync.county.platform_template import NAMES, TemplateInvalid
from sync.county.roster_files import ListInvalid
from sync.county.rosters import ProjectRefused
from sync.county.xapi import LrsConflicts, LrsFailed
from sync.county.xlsx import XlsxUnreadable
from sync.demo.county import NotADemoCounty

from .laptop import id_reason
from .registry import tr, translate, words


def device_status(status: str) -> str:
    return {
        "pending": translate("Messages", "waiting for approval"),
        "enrolled": translate("Messages", "enrolled"),
        "revoked": translate("Messages", "revoked"),
    }.get(status, status)


def flag_name(kind: str) -> str:
    return {
        "fork": translate("Messages", "the laptop's history differs from the county's copy"),
        "rekeyed": translate(
            "Messages",
            "a laptop that took on its own identity for its approved history; it continues "
            "the laptop named after it",
        ),
        "chain-broken": translate("Messages", "an event was changed after it was written"),
        "clock-skew": translate("Messages", "the laptop's clock is wrong"),
        "over-24h": translate("Messages", "more than 24 hours of study in one day"),
        "several-devices": translate("Messages", "the same teacher is enrolled on several laptops"),
        "overlap": translate("Messages", "study on two laptops at the same time"),
        "attendance-unknown-trainer": translate(
            "Messages", "attendance signed by a trainer the county has not registered"
        ),
        "attendance-bad-signature": translate(
            "Messages", "attendance with a signature that does not hold"
        ),
        "attendance-mismatch": translate(
            "Messages", "attendance whose hours differ from what the trainer signed"
        ),
    }.get(kind, kind)


def county_action_problem(reason: str) -> str:
    """Why the county office's action (a decision, closing a flag, dropping an item) was
    refused; nothing was written."""
    return {
        "bad-level": translate("Messages", "Choose the county's rating: excellent, pass or fail."),
        "officer-required": translate(
            "Messages", "Please give the name of the officer who decides."
        ),
        "reason-required": translate(
            "Messages",
            "Please say why the hours are not recognised; the teacher will see the reason.",
        ),
        "fail-recognised": translate(
            "Messages", "Evidence rated fail cannot have its hours recognised."
        ),
        "unknown-submission": translate("Messages", "This hub has no such evidence submission."),
        "note-required": translate(
            "Messages", "Please write a note saying what was found or decided."
        ),
        "unknown-flag": translate("Messages", "This hub has no such flag."),
        "already-closed": translate("Messages", "This flag was already closed."),
        "unknown-item": translate("Messages", "This hub has no such quarantined item."),
        "already-resolved": translate("Messages", "This quarantined item was already dealt with."),
        "not-a-fork": translate(
            "Messages", "This quarantined item is not a second history of a laptop (a fork)."
        ),
        "bad-document-level": translate("Messages", "Choose the county's rating: pass or fail."),
        "comment-required": translate(
            "Messages", "Please say what the school must change; the rating fails the document."
        ),
        "unknown-document": translate("Messages", "This hub has no such school document."),
    }.get(reason, reason)


@words(LrsFailed)
def lrs_failed(exc: BaseException, a: dict) -> str:
    # Only a lost connection, a busy or failing server (5xx) or "too many requests" (429) is
    # worth sending again as it is; any other refusal would be refused again.
    status, detail = int(a["status"]), a.get("detail") or ""
    if status == 0:
        return tr(
            translate(
                "Messages",
                "The learning record store %1 could not be reached after %2 statements were "
                "delivered. Sending again later is safe: statements already stored are not "
                "stored twice.",
            ),
            a["url"],
            str(a["sent"]),
        )
    if a.get("transient"):
        return tr(
            translate(
                "Messages",
                "The learning record store %1 was busy or failing (status %2) after %3 "
                "statements were delivered. It said: “%4”. Sending again later is safe: "
                "statements already stored are not stored twice.",
            ),
            a["url"],
            str(status),
            str(a["sent"]),
            detail,
        )
    if status in (401, 403):
        return tr(
            translate(
                "Messages",
                "The learning record store %1 refused the user name or password (status %2). "
                "It said: “%3”. Nothing more was sent; check the account with whoever runs "
                "the learning record store.",
            ),
            a["url"],
            str(status),
            detail,
        )
    return tr(
        translate(
            "Messages",
            "The learning record store %1 refused the statements (status %2) after %3 were "
            "delivered. It said: “%4”. Sending them again as they are will be refused again.",
        ),
        a["url"],
        str(status),
        str(a["sent"]),
        detail,
    )


@words(LrsConflicts)
def lrs_conflicts(exc: BaseException, a: dict) -> str:
    return tr(
        translate(
            "Messages",
            "The learning record store %1 already holds different content under these "
            "statement ids, so it kept its own: %2. Every other statement was delivered "
            "(%3). Ask whoever runs the learning record store before replacing them.",
        ),
        a["url"],
        a["ids"],
        str(a["sent"]),
    )


@words(TargetsInvalid)
def targets_invalid(exc: BaseException, a: dict) -> str:
    why = {
        "not-utf8": translate(
            "Messages", "it is not UTF-8 text; save it from Excel as “CSV UTF-8”"
        ),
        "empty": translate("Messages", "it is empty"),
        "missing-column": translate("Messages", "the column “%1” is missing"),
        "unknown-column": translate(
            "Messages",
            "the column “%1” is not one of district, full_time_teachers_YYYY, target_YYYY",
        ),
        "cell-count": translate(
            "Messages", "the row has a different number of cells than the header"
        ),
        "duplicate": translate("Messages", "the district appears twice"),
        "not-number": translate("Messages", "“%1” is not a whole number"),
        "too-large": translate(
            "Messages", "the number in “%1” is too large for a count of teachers"
        ),
        "old-xls": translate(
            "Messages",
            "it is an old Excel 97–2003 workbook (.xls); save "
            "it in Excel as .xlsx or as “CSV UTF-8”",
        ),
    }.get(a["reason"], a["reason"])
    why = tr(why, a["column"])
    return tr(
        translate("Messages", "%1, line %2: %3. Nothing was changed."),
        a["path"],
        str(a["line"]),
        why,
    )


@words(ListInvalid)
def list_invalid(exc: BaseException, a: dict) -> str:
    why = {
        "not-utf8": translate(
            "Messages", "it is not UTF-8 text; save it from Excel as “CSV UTF-8”"
        ),
        "old-xls": translate(
            "Messages",
            "it is an old Excel 97–2003 workbook (.xls); save "
            "it in Excel as .xlsx or as “CSV UTF-8”",
        ),
        "empty": translate("Messages", "it is empty"),
        "missing-column": translate("Messages", "the column “%1” is missing"),
        "cell-count": translate(
            "Messages", "the row has a different number of cells than the header"
        ),
        "empty-cell": translate("Messages", "“%1” is empty"),
        "too-long": translate("Messages", "“%1” is too long"),
        "duplicate": translate("Messages", "“%1” repeats an earlier row"),
        "id-as-number": translate(
            "Messages",
            "“%1” is stored as a number, which keeps only 15 digits; format the column as "
            "text in Excel and type the numbers again",
        ),
        "bad-id": translate("Messages", "the ID card number in “%1” is not valid: %2"),
    }.get(a["reason"], a["reason"])
    why = tr(why, a["column"], id_reason(str(a.get("detail", ""))))
    return tr(
        translate("Messages", "%1, line %2: %3. Nothing was changed."),
        a["path"],
        str(a["line"]),
        why,
    )


def _project_field(field: str) -> str:
    return {
        "year": translate("Messages", "year"),
        "name": translate("Messages", "project name"),
        "provider": translate("Messages", "training provider"),
        "starts": translate("Messages", "start date"),
        "ends": translate("Messages", "end date"),
        "kind": translate("Messages", "kind"),
        "school": translate("Messages", "school"),
        "reason": translate("Messages", "reason"),
        "project": translate("Messages", "project"),
    }.get(field, field)


@words(ProjectRefused)
def project_refused(exc: BaseException, a: dict) -> str:
    why = {
        "empty": translate("Messages", "the %1 is empty"),
        "too-long": translate("Messages", "the %1 is too long"),
        "bad-year": translate("Messages", "the year %2 is not a year the programme runs"),
        "bad-date": translate("Messages", "the %1 “%2” is not a date like 2026-03-01"),
        "dates-order": translate("Messages", "the end date %2 is before the start date"),
        "bad-kind": translate(
            "Messages",
            "the kind “%2” is not one of online, face-to-face, school-based, mixed",
        ),
        "duplicate": translate("Messages", "a project named “%2” already exists in that year"),
        "unknown-project": translate(
            "Messages", "there is no project %2; songpei hub project list shows them"
        ),
    }.get(a["reason"], a["reason"])
    return tr(
        translate("Messages", "Not recorded: %1. Nothing was changed."),
        tr(why, _project_field(str(a["field"])), str(a["value"])),
    )


@words(hub.NotAHub)
def not_a_hub(exc: BaseException, a: dict) -> str:
    detail = {
        "no such file": translate("Messages", "there is no such file"),
        "not an SQLite file": translate("Messages", "it is not a database file"),
        "no hub metadata": translate(
            "Messages", "it is a database, but not a county hub's; a laptop's journal perhaps"
        ),
    }.get(a["detail"], a["detail"])
    return tr(
        translate(
            "Messages",
            "%1 is not a county hub (%2). Check the file name, or "
            "create a hub with: songpei hub init",
        ),
        a["path"],
        detail,
    )


@words(TemplateInvalid)
def template_invalid(exc: BaseException, a: dict) -> str:
    why = {
        "not-json": translate("Messages", "it is not a JSON file"),
        "unknown-format": translate(
            "Messages", "it is not a column template of a format this version knows"
        ),
        "no-columns": translate("Messages", "it lists no columns"),
        "bad-column": translate("Messages", "column %1 needs a “header” text and a “field” name"),
        "unknown-field": translate(
            "Messages", "column %1 names the field “%2”, which is not one of: %3"
        ),
    }.get(a["reason"], a["reason"])
    why = tr(why, str(a["column"]), str(a["field"]), ", ".join(NAMES))
    return tr(
        translate("Messages", "The column template %1 cannot be used: %2. Nothing was written."),
        a["path"],
        why,
    )


@words(XlsxUnreadable)
def xlsx_unreadable(exc: BaseException, a: dict) -> str:
    why = {
        "not-xlsx": translate("Messages", "it is not an Excel workbook (.xlsx)"),
        "old-xls": translate(
            "Messages",
            "it is an old Excel 97–2003 workbook (.xls); save "
            "it in Excel as .xlsx or as “CSV UTF-8”",
        ),
        "damaged": translate("Messages", "the workbook is damaged"),
        "too-large": translate("Messages", "the workbook is too large"),
    }.get(a["reason"], a["reason"])
    return tr(translate("Messages", "Cannot read %1: %2. Nothing was changed."), a["path"], why)


@words(hub.HubExists)
def hub_exists(exc: BaseException, a: dict) -> str:
    return tr(translate("Messages", "A hub already exists at %1; it was left as it is."), a["path"])


@words(hub.UnknownDevice)
def unknown_device(exc: BaseException, a: dict) -> str:
    return tr(translate("Messages", "No laptop %1 in this hub's register."), a["device_id"])


@words(CountyActionRefused)
def county_action_refused(exc: BaseException, a: dict) -> str:
    return county_action_problem(a["reason"])


@words(NotADemoCounty)
def not_a_demo_county(exc: BaseException, a: dict) -> str:
    return tr(
        translate(
            "Messages",
            "%1 holds something other than a demo county; it was left "
            "alone. Choose an empty folder.",
        ),
        a["path"],
    )


@words(hub.WrongCountyKey)
def wrong_county_key(exc: BaseException, a: dict) -> str:
    return tr(
        translate("Messages", "%1 is not this hub's county key (the hub uses %2)."),
        a["path"],
        a["expected"],
    )
