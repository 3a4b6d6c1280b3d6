"""Issuing certificates at the hub (结业证书 / 学时证明) and the register of those issued.

A certificate states what the county recognises: a teacher's hours by category from the same
`teacher_rows` the reports use, once the county has decided on every evidence submission of
theirs (a pending one would make the practice hours the school's word, not the county's). A
teacher who met the programme's requirements gets a 结业证书, one with hours so far a 学时证明.
Issuing again with the same facts gives back the certificate already issued (same number);
when the hours have grown, a new number. The register is never updated (hub migration 0009)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time
from dataclasses import dataclass, replace

from content.catalog import FACE_TO_FACE, ONLINE, PRACTICE
from content.keys import PrivateKey
from sync.base import idcard
from sync.base.certificate import Certificate, encode, make_number, parse_number, signed_parts
from sync.base.errors import SongpeiError
from sync.base.rows import named
from sync.county.hub import Hub, _tx
from sync.county.teacher_rows import teacher_rows

CHINA = dt.timezone(dt.timedelta(hours=8))
MAX_OFFICER = 40


class CertificateNotIssued(SongpeiError):
    """The hub will not issue this certificate (reason='officer-required'|'unknown-teacher'|
    'evidence-pending'|'no-hours', value=...); nothing was written."""

    @property
    def reason(self) -> str:
        return str(self.args_["reason"])


class UnknownCertificate(SongpeiError):
    """No certificate with this number in the hub's register (number=..., hub=...)."""


@dataclass(frozen=True)
class Issued:
    certificate: Certificate  # with the officer (审核人) filled in from the register
    code: str  # the QR code's signed text
    issued_ms: int
    new: bool  # False: the same facts were certified before, this is that certificate
    latest: bool = True  # False: a later certificate of the same person supersedes it


def _summary_of(code: str) -> dict:
    """The summary inside a code the hub itself signed and stored."""
    payload, _ = signed_parts(code)
    return json.loads(payload.decode("utf-8"))


def _from_row(row: sqlite3.Row, latest: bool = True) -> Issued:
    cert = Certificate.from_summary(_summary_of(row["code"]))
    return Issued(
        replace(cert, officer=row["officer"]), row["code"], row["issued_ms"], False, latest
    )


def issue(
    hub: Hub, county: PrivateKey, id_number: str, officer: str, now_ms: int | None = None
) -> Issued:
    """The certificate of one teacher (by 身份证号), signed by the county key, entered in the
    register; the same facts twice give the same certificate back."""
    officer = (officer or "").strip()[:MAX_OFFICER]
    if not officer:
        raise CertificateNotIssued(reason="officer-required", value="")
    person = idcard.normalise(id_number)
    hub.check_key(county, hub.county_key_path)
    catalog, rules = hub.content()
    row = next((r for r in teacher_rows(hub, catalog, rules) if r.id_number == person), None)
    if row is None:
        raise CertificateNotIssued(reason="unknown-teacher", value=idcard.mask(person))
    if row.evidence_pending:
        raise CertificateNotIssued(reason="evidence-pending", value=str(row.evidence_pending))
    hours = {
        ONLINE: round(row.online_hours, 1),
        FACE_TO_FACE: round(row.face_to_face_hours, 1),
        PRACTICE: round(row.practice_hours, 1),
    }
    if sum(hours.values()) <= 0:
        raise CertificateNotIssued(reason="no-hours", value=idcard.mask(person))
    now_ms = time.time_ns() // 1_000_000 if now_ms is None else now_ms
    today = dt.datetime.fromtimestamp(now_ms / 1000, CHINA).date()
    draft = Certificate(
        number="",
        kind="completion" if row.met else "hours",
        county_key_id=county.public.key_id,
        issuer=county.public.name,
        name=row.name,
        masked_id=idcard.mask(person),
        programme=rules.title,
        year=today.year,
        hours=hours,
        credits=rules.credits(sum(hours.values())),
        issued="",
    )
    with _tx(hub.conn) as conn:
        last = named(
            conn,
            "SELECT code, officer, issued_ms FROM certificates WHERE id_number=? "
            "ORDER BY issued_ms DESC, serial DESC LIMIT 1",
            (person,),
        ).fetchone()
        if last is not None:
            before = Certificate.from_summary(_summary_of(last["code"]))
            if replace(before, number="", issued="", year=draft.year) == draft:
                return _from_row(last)
        serial = conn.execute(
            "SELECT coalesce(max(serial), 0) + 1 FROM certificates WHERE year=?", (today.year,)
        ).fetchone()[0]
        cert = replace(
            draft,
            number=make_number(county.public.key_id, today.year, serial),
            issued=today.isoformat(),
        )
        code = encode(cert, county)
        conn.execute(
            "INSERT INTO certificates (number, year, serial, id_number, kind, code, officer, "
            "issued_ms) VALUES (?,?,?,?,?,?,?,?)",
            (cert.number, today.year, serial, person, cert.kind, code, officer, now_ms),
        )
    return Issued(replace(cert, officer=officer), code, now_ms, True)


def lookup(hub: Hub, number: str) -> Issued:
    """A certificate in the register by its number (typed: the check digits are checked
    first), and whether a later one of the same person supersedes it."""
    found = parse_number(number)
    row = named(
        hub.conn,
        "SELECT code, officer, issued_ms, id_number, serial FROM certificates WHERE number=?",
        (found,),
    ).fetchone()
    if row is None:
        raise UnknownCertificate(number=found, hub=str(hub.path))
    later = hub.conn.execute(
        "SELECT 1 FROM certificates WHERE id_number=? AND (issued_ms, serial) > (?, ?)",
        (row["id_number"], row["issued_ms"], row["serial"]),
    ).fetchone()
    return _from_row(row, latest=later is None)


def register(hub: Hub) -> list[Issued]:
    """Every certificate issued, oldest first."""
    rows = named(
        hub.conn,
        "SELECT code, officer, issued_ms, id_number FROM certificates ORDER BY issued_ms, serial",
    ).fetchall()
    latest: dict[str, int] = {r["id_number"]: i for i, r in enumerate(rows)}
    return [_from_row(r, latest[r["id_number"]] == i) for i, r in enumerate(rows)]
