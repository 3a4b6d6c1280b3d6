"""Teacher PINs on a shared laptop: slow salted hashes, and a back-off that ends in a lock.

The policy is a pure function of the failure count, so it can be tested without waiting."""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from sync.base.errors import PinFormat, PinMismatch, PinTooShort

MIN_LENGTH = 4
MAX_LENGTH = 12
# scrypt at N=2^14, r=8 costs ~16 MiB and ~50 ms: invisible at sign-in, slow for guessing
# 10^4..10^6 PINs offline from a copied journal.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
FREE_TRIES = 3
MAX_WAIT_SECONDS = 15 * 60


def validate_new(pin: str, repeat: str | None = None) -> str:
    pin = pin or ""
    if len(pin) < MIN_LENGTH:
        raise PinTooShort(minimum=MIN_LENGTH)
    if len(pin) > MAX_LENGTH or not (pin.isascii() and pin.isdigit()):
        raise PinFormat(maximum=MAX_LENGTH)
    if repeat is not None and repeat != pin:
        raise PinMismatch()
    return pin


@dataclass(frozen=True)
class PinRecord:
    salt: bytes
    hash: bytes
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P


def derive(pin: str, salt: bytes, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> bytes:
    return hashlib.scrypt(
        pin.encode("ascii"), salt=salt, n=n, r=r, p=p, maxmem=64 * 1024 * 1024, dklen=32
    )


def make_record(pin: str) -> PinRecord:
    salt = os.urandom(16)
    return PinRecord(salt, derive(pin, salt))


def matches(pin: str, rec: PinRecord) -> bool:
    if not (pin.isascii() and pin.isdigit()):
        return False
    return hmac.compare_digest(derive(pin, rec.salt, rec.n, rec.r, rec.p), rec.hash)


def wait_after(failures: int) -> int:
    """Seconds a teacher must wait after `failures` wrong PINs in a row:
    three free tries, then 30 s, doubling with each miss up to a 15-minute lock."""
    if failures < FREE_TRIES:
        return 0
    return min(30 * 2 ** (failures - FREE_TRIES), MAX_WAIT_SECONDS)
