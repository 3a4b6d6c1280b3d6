"""Certificates on the command line: `songpei certificate verify FILE|NUMBER` (anyone holding
the county's public key, offline) and `songpei hub certificates issue|list` (the county).

Exit codes of verify: 0 genuine, 1 refused (changed, another key, unreadable, not in the
register), 2 a number that could not be checked (no register given)."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from content import keys
from content.errors import OutputFolderMissing
from sync.base.certificate import (
    Certificate,
    CertificateRefused,
    NoCountyKey,
    in_order,
    parse_number,
    verify,
)

from ..messages import category_name, describe, tr
from .console import say
from .hub_file import open_hub
from .keys import passphrase

translate = QCoreApplication.translate
NOT_CHECKED = 2


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    c = sub.add_parser(
        "certificate", help=translate("cli", "check a certificate (结业证书 / 学时证明)")
    ).add_subparsers(dest="certificate_command", metavar=translate("cli", "COMMAND"), required=True)
    v = c.add_parser(
        "verify",
        parents=[common],
        help=translate(
            "cli",
            "check a certificate offline: its PDF, a photo or scan of its QR code, or its "
            "number (with --hub)",
        ),
    )
    v.add_argument("what", metavar=translate("cli", "FILE|NUMBER"))
    v.add_argument(
        "--key",
        type=Path,
        action="append",
        default=[],
        metavar="COUNTY.pub",
        help=translate(
            "cli",
            "the county's public key (may be given more than once; default: the county keys "
            "this computer trusts, or the hub's)",
        ),
    )
    v.add_argument(
        "--hub",
        type=Path,
        metavar="HUB.db",
        help=translate("cli", "the county hub whose register a typed number is looked up in"),
    )
    v.set_defaults(func=certificate_verify)


def add_hub_parsers(
    h: argparse._SubParsersAction,
    common: argparse.ArgumentParser,
    secret: argparse.ArgumentParser,
) -> None:
    c = h.add_parser(
        "certificates", help=translate("cli", "issue certificates and list the register")
    ).add_subparsers(
        dest="certificates_command", metavar=translate("cli", "COMMAND"), required=True
    )
    i = c.add_parser(
        "issue",
        parents=[common, secret],
        help=translate(
            "cli",
            "issue a teacher's certificate (结业证书 when the requirements are met, else "
            "学时证明) as a PDF",
        ),
    )
    i.add_argument("hub", type=Path, metavar="HUB.db")
    i.add_argument("id_number", metavar=translate("cli", "ID_NUMBER"))
    i.add_argument(
        "--officer",
        required=True,
        metavar=translate("cli", "NAME"),
        help=translate("cli", "the officer who reviewed the hours (审核人)"),
    )
    i.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    i.add_argument("--county-key", type=Path, metavar="KEY")
    i.set_defaults(func=certificates_issue)
    ls = c.add_parser(
        "list", parents=[common], help=translate("cli", "every certificate the hub issued")
    )
    ls.add_argument("hub", type=Path, metavar="HUB.db")
    ls.set_defaults(func=certificates_list)


# --- the county ------------------------------------------------------------------------------


def certificates_issue(args: argparse.Namespace, data_dir: Path) -> int:
    from sync.county import certificates

    from ..pdf.certificate import write_certificate
    from ..pdf.fonts import pdf_font

    if not args.out.absolute().parent.is_dir():
        raise OutputFolderMissing(path=str(args.out.absolute().parent), option="--out")
    pdf_font()  # no CJK font: say so before signing anything
    with open_hub(args.hub) as hub:
        path = args.county_key or hub.county_key_path
        county = keys.load_private(path, passphrase(args), role="county")
        hub.check_key(county, path)
        issued = certificates.issue(hub, county, args.id_number, args.officer)
    write_certificate(issued.certificate, issued.code, args.out)
    cert = issued.certificate
    text = (
        translate("cli", "Issued certificate %1 to %2 (%3 hours); written to %4.")
        if issued.new
        else translate(
            "cli",
            "Certificate %1 of %2 (%3 hours) was issued before with these hours: the same "
            "certificate is written to %4.",
        )
    )
    say(tr(text, cert.number, cert.name, _h(cert.total_hours), str(args.out)))
    return 0


def certificates_list(args: argparse.Namespace, data_dir: Path) -> int:
    from sync.county import certificates

    with open_hub(args.hub) as hub:
        found = certificates.register(hub)
    for i in found:
        c = i.certificate
        say(
            "  ".join(
                [
                    c.number,
                    c.issued,
                    _kind(c.kind),
                    c.name,
                    c.masked_id,
                    tr(translate("cli", "%1 hours"), _h(c.total_hours)),
                    c.officer,
                    "" if i.latest else translate("cli", "(superseded by a later one)"),
                ]
            ).rstrip()
        )
    if not found:
        print(translate("cli", "The hub has issued no certificates yet."))
    return 0


# --- anyone ----------------------------------------------------------------------------------


def certificate_verify(args: argparse.Namespace, data_dir: Path) -> int:
    given = Path(args.what)
    if given.exists():
        return _verify_file(given, _county_keys(args, data_dir))
    number = parse_number(args.what)  # a mistyped number: its check digits say so
    if args.hub is None:
        say(
            tr(
                translate(
                    "cli",
                    "NOT CHECKED: %1 is a well-formed certificate number (its check digits "
                    "match), but a number alone cannot be checked offline. Give the "
                    "certificate's PDF or a photo of its QR code, or look the number up in the "
                    "county's register with --hub HUB.db.",
                ),
                number,
            )
        )
        return NOT_CHECKED
    from sync.county import certificates

    with open_hub(args.hub) as hub:
        issued = certificates.lookup(hub, number)
        county = hub.county
    cert = verify(issued.code, [county], str(args.hub))  # the register's copy, checked too
    _say_genuine(replace(cert, officer=issued.certificate.officer))
    say(
        tr(
            translate(
                "cli",
                "Checked: the number is in the register of hub %1, and the county's signature "
                "over the register's copy holds.",
            ),
            str(args.hub),
        )
    )
    if not issued.latest:
        say(
            translate(
                "cli",
                "Note: a later certificate of the same teacher supersedes this one (more "
                "hours were recognised since).",
            )
        )
    return 0


def _county_keys(args: argparse.Namespace, data_dir: Path) -> list[keys.PublicKey]:
    found = [keys.load_public(p) for p in args.key]
    if args.hub is not None:
        with open_hub(args.hub) as hub:
            found.append(hub.county)
    if not args.key and args.hub is None:  # the county keys this computer already trusts
        from content.trust import TrustStore
        from sync.laptop.laptop import TRUST_FILE

        store = Path(data_dir) / TRUST_FILE
        if store.is_file():
            trust = TrustStore.from_bytes(keys.read_file(store), str(store))
            found += [
                e.key
                for e in trust.entries
                if e.key.role == "county" and e.key.key_id not in trust.revoked
            ]
    if not found:
        raise NoCountyKey()
    return found


def _verify_file(path: Path, counties: list[keys.PublicKey]) -> int:
    from ..certificate_scan import codes_in

    worst = 0
    for code in codes_in(path):
        try:
            cert = verify(code, counties, str(path))
        except CertificateRefused as exc:
            say(describe(exc))
            worst = 1
            continue
        _say_genuine(cert)
        say(
            translate(
                "cli",
                "Checked: the county's signature over the data in the QR code, offline. "
                "Compare the data above with what the paper says: only the signed data counts.",
            )
        )
    return worst


def _say_genuine(cert: Certificate) -> None:
    say(
        tr(
            translate("cli", "GENUINE: %1 number %2, issued by %3 on %4 (county key %5)."),
            _kind(cert.kind),
            cert.number,
            cert.issuer,
            cert.issued,
            cert.county_key_id,
        )
    )
    say(tr(translate("cli", "Teacher: %1, ID number %2"), cert.name, cert.masked_id))
    say(tr(translate("cli", "Programme: %1 (%2)"), cert.programme, str(cert.year)))
    parts = translate("cli", ", ").join(
        f"{category_name(k)} {_h(v)}" for k, v in in_order(cert.hours)
    )
    say(tr(translate("cli", "Hours: %1 (%2)"), _h(cert.total_hours), parts))
    if cert.credits is not None:
        say(tr(translate("cli", "Credits (学分): %1"), f"{cert.credits:g}"))
    if cert.officer:
        say(tr(translate("cli", "Reviewed by: %1"), cert.officer))


def _kind(kind: str) -> str:
    return {
        "completion": translate("cli", "certificate of completion (结业证书)"),
        "hours": translate("cli", "certificate of hours (学时证明)"),
    }.get(kind, kind)


def _h(hours: float) -> str:
    return f"{hours:.1f}"
