"""Words for what travels on the trainer's drive: bundles, receipts, key rotations and
revocation lists."""

from __future__ import annotations

from content.trust_mail import TrustMailRefused
from sync.base.bundle import BundleRefused
from sync.base.receipt import ReceiptRefused

from ..registry import tr, translate, words


def bundle_reason(reason: str) -> str:
    """Why a bundle was refused or held, in words."""
    return {
        "not-a-bundle": translate("Messages", "not a Songpei bundle"),
        "truncated": translate(
            "Messages", "the file is incomplete (was the drive pulled out while copying?)"
        ),
        "damaged": translate("Messages", "the file is damaged or was altered"),
        "unreadable": translate("Messages", "the file cannot be read"),
        "bad-signature": translate(
            "Messages", "the signature does not match: the file was altered or forged"
        ),
        "unknown-format": translate("Messages", "made by a newer version of Songpei"),
        "device-key-mismatch": translate("Messages", "the device name does not match its key"),
        "foreign-part": translate("Messages", "a part belongs to another bundle"),
        "missing-part": translate("Messages", "a part of the bundle is missing"),
        "cannot-decrypt": translate("Messages", "cannot be decrypted with this county's key"),
        "bad-trailer": translate(
            "Messages", "its signed description lacks a field or has a wrong value"
        ),
        "bad-event": translate(
            "Messages",
            "a record in it is malformed (its contents are not what the record type needs)",
        ),
        "other-county": translate("Messages", "it was made for another county's key"),
        "unknown-device": translate(
            "Messages",
            "a laptop the county has not enrolled yet; "
            "check its fingerprint with the school, then "
            "approve it",
        ),
        "revoked-device": translate("Messages", "the laptop's key has been revoked"),
        "fork": translate(
            "Messages",
            "a second history under an enrolled laptop's name (two laptops restored from one "
            "disk image); held whole, nothing of it counted",
        ),
        "rekey-refused": translate(
            "Messages",
            "it claims an approved second history of another laptop, but the claim does not "
            "hold; nothing of it counted",
        ),
        "key-mismatch": translate("Messages", "a different key claims an enrolled laptop's name"),
        "other-device": translate("Messages", "it is meant for another laptop"),
        "beyond-journal": translate("Messages", "it confirms events this laptop never wrote"),
    }.get(reason, reason)


def bundle_refusal(reason: str, detail: str = "") -> str:
    """Why a bundle was refused, with the field or the record at fault where one is known."""
    why = bundle_reason(reason)
    if reason == "bad-trailer" and detail:
        why += tr(translate("Messages", " (field “%1”)"), detail)
    elif reason == "bad-event" and detail:
        why += tr(translate("Messages", " (record %1)"), detail)
    return why


@words(TrustMailRefused)
def trust_mail_refused(exc: BaseException, a: dict) -> str:
    why = {
        "damaged": translate(
            "Messages", "the file is damaged or is not a key rotation or revocation list"
        ),
        "untrusted-signer": translate("Messages", "it is not signed by a key this laptop trusts"),
        "older-list": translate("Messages", "a newer revocation list is already applied"),
        "role-changed": translate(
            "Messages", "a key can only be replaced by a key of the same role"
        ),
    }.get(a["reason"], a["reason"])
    return tr(translate("Messages", "%1 was not applied: %2."), a["path"], why)


@words(BundleRefused)
def bundle_refused(exc: BaseException, a: dict) -> str:
    return tr(
        translate("Messages", "%1 was refused: %2."),
        a["path"],
        bundle_refusal(a["reason"], str(a.get("field", a.get("seq", "")))),
    )


@words(ReceiptRefused)
def receipt_refused(exc: BaseException, a: dict) -> str:
    return tr(
        translate("Messages", "The receipt %1 was not applied: %2."),
        a["path"],
        bundle_reason(a["reason"]),
    )
