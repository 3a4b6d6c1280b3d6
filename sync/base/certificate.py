"""Certificates (结业证书 / 学时证明): the county's signed summary of a teacher's recognised
hours, as the certificate's QR code carries it, and the certificate number.

The summary is a compact canonical JSON object (no full 身份证号: the masked one only), signed
by the county key (domain "certificate-v1"); the QR text is `SPC1:` followed by the base45
(RFC 9285) spelling of the summary's bytes and the 64-byte Ed25519 signature, so the whole
code stays in QR's alphanumeric mode and small enough to scan on A4. The PDF also carries the
same text in its metadata, so a PDF verifies without rendering. See docs/formats.md
("Certificate").

The format alone: the hub issues (sync.county.certificates), anyone holding the county's
public key verifies (app/cli, app/certificate_scan.py)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from content.catalog import HOUR_CATEGORIES
from content.json_text import loads as json_loads
from content.keys import PrivateKey, PublicKey
from sync.base.errors import SongpeiError
from sync.base.events import canonical_json

DOMAIN = "certificate-v1"
FORMAT = 1
PREFIX = "SPC1:"
SIGNATURE_BYTES = 64
MAX_TEXT = 4_000  # a QR code holds at most 4,296 alphanumeric characters
KINDS = ("completion", "hours")  # 结业证书 (requirements met) / 学时证明 (hours so far)
B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_B45_VALUE = {c: i for i, c in enumerate(B45)}
# The certificate number: the county key's code, the year, a serial, two check digits
# (ISO 7064 MOD 97-10), e.g. "ABCD-2026-000123-45".
_NUMBER = re.compile(r"([A-Z2-7]{4})-?(\d{4})-?(\d{6})-?(\d{2})")


class CertificateRefused(SongpeiError):
    """A certificate's code fails a check (path=..., reason='not-a-certificate'|'damaged'|
    'unknown-format'|'changed'|'other-key', key_id=...): not genuine, or not readable as one."""

    @property
    def reason(self) -> str:
        return str(self.args_["reason"])


class CertificateUnreadable(SongpeiError):
    """No certificate code could be read from a file (path=..., reason='no-code'|'not-image'|
    'no-reader'|'too-large', detail=...): the reading is app/'s (Qt, zbar), the error is
    worded with the others."""


class NoCountyKey(SongpeiError):
    """No county public key to check a certificate against (hint='--key')."""


class CertificateNumberInvalid(SongpeiError):
    """A typed certificate number is not one (value=..., reason='format'|'check')."""


# --- base45 (RFC 9285) ------------------------------------------------------------------------


def b45encode(data: bytes) -> str:
    out = []
    for i in range(0, len(data) - 1, 2):
        n = data[i] * 256 + data[i + 1]
        c, n = divmod(n, 45 * 45)
        e, d = divmod(n, 45)
        out += [B45[d], B45[e], B45[c]]
    if len(data) % 2:
        e, d = divmod(data[-1], 45)
        out += [B45[d], B45[e]]
    return "".join(out)


def b45decode(text: str) -> bytes:
    """Raises ValueError on a character outside the alphabet, a lone last character or a
    group above its range."""
    try:
        values = [_B45_VALUE[c] for c in text]
    except KeyError as exc:
        raise ValueError(f"not base45: {exc.args[0]!r}") from None
    if len(values) % 3 == 1:
        raise ValueError("base45 length")
    out = bytearray()
    for i in range(0, len(values), 3):
        group = values[i : i + 3]
        n = sum(v * 45**k for k, v in enumerate(group))
        if len(group) == 3:
            if n > 0xFFFF:
                raise ValueError("base45 group out of range")
            out += n.to_bytes(2, "big")
        else:
            if n > 0xFF:
                raise ValueError("base45 group out of range")
            out.append(n)
    return bytes(out)


# --- the number -------------------------------------------------------------------------------


def _check_value(text: str) -> int:
    # Every character as exactly two digits (0-9 as 00-09, A-Z as 10-35): a mistyped character
    # then changes one fixed place, which mod 97 always sees. (IBAN's one digit for 0-9 and two
    # for letters lets a letter typed as a digit shift the places and slip through 1 time in 97.)
    return int("".join(f"{int(c, 36):02d}" for c in text)) % 97


def county_code(key_id: str) -> str:
    """Four characters of the county key's id (base32): whose register the number is in."""
    return key_id.rsplit("-", 1)[-1][:4].upper()


def make_number(key_id: str, year: int, serial: int) -> str:
    code = county_code(key_id)
    check = 98 - _check_value(f"{code}{year:04d}{serial:06d}") * 100 % 97
    return f"{code}-{year:04d}-{serial:06d}-{check:02d}"


def parse_number(value: str) -> str:
    """The number in its printed form, or CertificateNumberInvalid: the check digits catch a
    mistyped character or two swapped ones; they prove nothing about who issued it."""
    text = re.sub(r"\s", "", value or "").upper()
    m = _NUMBER.fullmatch(text)
    if m is None:
        raise CertificateNumberInvalid(value=value, reason="format")
    code, year, serial, check = m.groups()
    if (_check_value(code + year + serial) * 100 + int(check)) % 97 != 1:
        raise CertificateNumberInvalid(value=value, reason="check")
    return "-".join(m.groups())


# --- the signed summary -----------------------------------------------------------------------


@dataclass(frozen=True)
class Certificate:
    number: str
    kind: str  # completion | hours
    county_key_id: str
    issuer: str  # the issuing unit: the county key's name
    name: str
    masked_id: str
    programme: str  # the programme's title
    year: int
    hours: Mapping[str, float]  # category (content.catalog.HOUR_CATEGORIES) → 学时
    credits: float | None  # 学分 at the programme's rate; None where it sets none
    issued: str  # YYYY-MM-DD, China time
    officer: str = field(default="")  # 审核人: printed, kept in the register, not signed

    @property
    def total_hours(self) -> float:
        return round(sum(self.hours.values()), 1)

    def summary(self) -> dict:
        """What is signed: short keys, the QR code must stay small."""
        return {
            "f": FORMAT,
            "no": self.number,
            "k": self.kind,
            "key": self.county_key_id,
            "by": self.issuer,
            "name": self.name,
            "id": self.masked_id,
            "prog": self.programme,
            "year": self.year,
            "h": {k: round(float(v), 1) for k, v in sorted(self.hours.items())},
            "cr": self.credits,
            "date": self.issued,
        }

    @classmethod
    def from_summary(cls, d: object) -> Certificate:
        """Raises ValueError when a field is missing or of the wrong type."""
        if not isinstance(d, dict):
            raise ValueError("not an object")
        text = ("no", "k", "key", "by", "name", "id", "prog", "date")
        if any(not isinstance(d.get(k), str) for k in text):
            raise ValueError("a text field")
        hours = d.get("h")
        if not isinstance(hours, dict) or not all(
            isinstance(v, (int, float)) and not isinstance(v, bool) for v in hours.values()
        ):
            raise ValueError("hours")
        credits = d.get("cr")
        if credits is not None and (
            not isinstance(credits, (int, float)) or isinstance(credits, bool)
        ):
            raise ValueError("credits")
        if not isinstance(d.get("year"), int) or d["k"] not in KINDS:
            raise ValueError("year or kind")
        return cls(
            d["no"],
            d["k"],
            d["key"],
            d["by"],
            d["name"],
            d["id"],
            d["prog"],
            d["year"],
            {str(k): float(v) for k, v in hours.items()},
            None if credits is None else float(credits),
            d["date"],
        )

    def payload(self) -> bytes:
        return canonical_json(self.summary()).encode("utf-8")


def encode(cert: Certificate, county: PrivateKey) -> str:
    """The QR code's text: the summary signed by the county key."""
    if county.public.key_id != cert.county_key_id:
        raise ValueError("the certificate names another county key")
    payload = cert.payload()
    return PREFIX + b45encode(payload + county.sign(DOMAIN, payload))


def signed_parts(text: str) -> tuple[bytes, bytes]:
    """(payload, signature) of a QR text, once split; raises ValueError."""
    if not text.startswith(PREFIX):
        raise ValueError("prefix")
    raw = b45decode(text[len(PREFIX) :])
    if len(raw) <= SIGNATURE_BYTES:
        raise ValueError("too short")
    return raw[:-SIGNATURE_BYTES], raw[-SIGNATURE_BYTES:]


def verify(text: str, counties: Iterable[PublicKey], source: str = "") -> Certificate:
    """The certificate a QR text carries, once a trusted county key's signature holds over
    its exact bytes. Refused: not ours ('not-a-certificate'), unreadable ('damaged',
    'unknown-format'), signed by a key not given ('other-key', with the key id it names), or
    changed since the county signed it ('changed')."""
    text = text.strip()
    if not text.startswith(PREFIX):
        raise CertificateRefused(path=source, reason="not-a-certificate", key_id="")
    if len(text) > MAX_TEXT:
        raise CertificateRefused(path=source, reason="damaged", key_id="")
    try:
        payload, signature = signed_parts(text)
    except ValueError:
        raise CertificateRefused(path=source, reason="damaged", key_id="") from None
    keys = [k for k in counties if k.role == "county"]
    signer = next((k for k in keys if k.verify(DOMAIN, payload, signature)), None)
    try:
        found = json_loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        found = None
    if signer is None:
        # Which key the summary names tells "another county's" from "changed"; a summary
        # that cannot be read at all was changed (or never signed).
        named = found.get("key") if isinstance(found, dict) else None
        if isinstance(named, str) and named not in {k.key_id for k in keys}:
            raise CertificateRefused(path=source, reason="other-key", key_id=named)
        raise CertificateRefused(path=source, reason="changed", key_id="")
    if not isinstance(found, dict) or found.get("f") != FORMAT:
        raise CertificateRefused(path=source, reason="unknown-format", key_id=signer.key_id)
    try:
        cert = Certificate.from_summary(found)
    except ValueError:
        raise CertificateRefused(path=source, reason="unknown-format", key_id="") from None
    if cert.county_key_id != signer.key_id:  # signed by one county, naming another
        raise CertificateRefused(path=source, reason="changed", key_id="")
    return cert


def find_codes(data: bytes) -> list[str]:
    """Every certificate text written into a file's bytes (the PDF's metadata), in order."""
    pattern = re.escape(PREFIX.encode()) + rb"[0-9A-Z $%*+\-./:]+"
    return list(dict.fromkeys(m.group().decode("ascii") for m in re.finditer(pattern, data)))


def in_order(hours: Mapping[str, float]) -> list[tuple[str, float]]:
    """A certificate's hours in the programme's order of categories (网络研修, 集中培训, 实践应用),
    any category this program does not know last."""
    known = {c: i for i, c in enumerate(HOUR_CATEGORIES)}
    return sorted(hours.items(), key=lambda kv: (known.get(kv[0], len(known)), kv[0]))
