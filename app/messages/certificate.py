"""Words for certificates: issuing them at the hub, and checking one (a PDF, a photo or scan of
its QR code, a typed number)."""

from __future__ import annotations

from sync.base.certificate import (
    CertificateNumberInvalid,
    CertificateRefused,
    CertificateUnreadable,
    NoCountyKey,
)
from sync.county.certificates import CertificateNotIssued, UnknownCertificate

from .base import shown
from .registry import tr, translate, words


@words(CertificateRefused)
def certificate_refused(exc: BaseException, a: dict) -> str:
    where = shown(a.get("path") or translate("Messages", "the code given"))
    reason = a["reason"]
    if reason == "changed":
        return tr(
            translate(
                "Messages",
                "NOT GENUINE: the certificate data in %1 was changed after the county signed "
                "it (the signature does not match). Do not accept this certificate.",
            ),
            where,
        )
    if reason == "other-key":
        return tr(
            translate(
                "Messages",
                "NOT VERIFIED: the certificate in %1 was signed by county key %2, which is not "
                "the county key given. If it comes from another county, check it with that "
                "county's public key (--key); otherwise do not accept it.",
            ),
            where,
            shown(a.get("key_id", "")),
        )
    if reason == "not-a-certificate":
        return tr(
            translate("Messages", "%1 holds a QR code, but not a Songpei certificate's."), where
        )
    if reason == "unknown-format":
        return tr(
            translate(
                "Messages",
                "The certificate in %1 is signed by the county but written in a format this "
                "version of Songpei does not know. Update Songpei and check it again.",
            ),
            where,
        )
    return tr(
        translate(
            "Messages",
            "The certificate code in %1 is damaged and cannot be read. Take a sharper photo "
            "or scan of the QR code, or check the PDF file itself.",
        ),
        where,
    )


@words(CertificateUnreadable)
def certificate_unreadable(exc: BaseException, a: dict) -> str:
    path, reason = shown(a["path"]), a["reason"]
    if reason == "no-reader":
        return tr(
            translate(
                "Messages",
                "Cannot read QR codes from %1 on this computer: the QR reader (the zbar "
                "library, package libzbar0) or the PDF renderer is missing (%2).",
            ),
            path,
            shown(a.get("detail", "")),
        )
    if reason == "not-image":
        return tr(
            translate(
                "Messages",
                "%1 is neither a picture (PNG, JPEG …) nor a PDF that can be opened.",
            ),
            path,
        )
    if reason == "too-large":
        return tr(
            translate("Messages", "The picture %1 is too large to read; make it smaller."),
            path,
        )
    return tr(
        translate(
            "Messages",
            "No certificate QR code was found in %1. Photograph or scan the whole code, "
            "straight on and in focus, or give the certificate's PDF file.",
        ),
        path,
    )


@words(CertificateNumberInvalid)
def certificate_number_invalid(exc: BaseException, a: dict) -> str:
    if a["reason"] == "check":
        return tr(
            translate(
                "Messages",
                "“%1” is not a valid certificate number: its check digits do not match. "
                "Check the number for a mistyped character.",
            ),
            shown(a["value"]),
        )
    return tr(
        translate(
            "Messages",
            "“%1” is neither a file nor a certificate number (like ABCD-2026-000123-45).",
        ),
        shown(a["value"]),
    )


@words(UnknownCertificate)
def unknown_certificate(exc: BaseException, a: dict) -> str:
    return tr(
        translate(
            "Messages",
            "NOT FOUND: certificate number %1 is not in the register of hub %2. This county "
            "did not issue it (or it was issued by another hub).",
        ),
        shown(a["number"]),
        shown(a["hub"]),
    )


@words(CertificateNotIssued)
def certificate_not_issued(exc: BaseException, a: dict) -> str:
    reason, value = a["reason"], shown(a.get("value", ""))
    if reason == "officer-required":
        return translate(
            "Messages", "Please give the name of the officer who reviewed the hours (--officer)."
        )
    if reason == "unknown-teacher":
        return tr(translate("Messages", "The hub has no teacher with ID number %1."), value)
    if reason == "evidence-pending":
        return tr(
            translate(
                "Messages",
                "No certificate issued: %1 practice evidence submissions of this teacher wait "
                "for the county's decision (学时认定). Decide on them first.",
            ),
            value,
        )
    return tr(
        translate(
            "Messages",
            "No certificate issued: the hub holds no recognised hours for the teacher %1.",
        ),
        value,
    )


@words(NoCountyKey)
def no_county_key(exc: BaseException, a: dict) -> str:
    return translate(
        "Messages",
        "No county key to check the certificate against: this computer trusts none. Give the "
        "county's public key with --key COUNTY.pub (or the county hub with --hub).",
    )
