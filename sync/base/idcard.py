"""身份证号 (resident identity number) per GB 11643-1999: check, normalise, mask."""

from __future__ import annotations

import datetime as dt

from sync.base.errors import InvalidIdNumber

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"


def check_digit(first17: str) -> str:
    return _CHECK[sum(int(c) * w for c, w in zip(first17, _WEIGHTS, strict=True)) % 11]


def normalise(value: str) -> str:
    """Return the number in canonical form (upper-case X) or raise InvalidIdNumber."""
    v = (value or "").strip().replace(" ", "").upper()
    if len(v) != 18:
        raise InvalidIdNumber(value=value, reason="length")
    if not (v[:17].isdigit() and v[:17].isascii() and (v[17].isdigit() or v[17] == "X")):
        raise InvalidIdNumber(value=value, reason="chars")
    if v[0] not in "12345678":  # province codes run 11..82
        raise InvalidIdNumber(value=value, reason="area")
    try:
        born = dt.date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
    except ValueError:
        raise InvalidIdNumber(value=value, reason="date") from None
    if born.year < 1900:
        raise InvalidIdNumber(value=value, reason="date")
    if check_digit(v[:17]) != v[17]:
        raise InvalidIdNumber(value=value, reason="check")
    return v


def mask(value: str) -> str:
    """What a screen or a printout shows: the first 3 and last 4 characters."""
    if len(value) < 8:
        return "*" * len(value)
    return value[:3] + "*" * (len(value) - 7) + value[-4:]
