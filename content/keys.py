"""Keys of the people who sign things: publisher (content packs), county (mail, and the target
of encrypted bundles), trainer (attendance). Pure: keys go to and from bytes here; app/ and
sync/ decide where files live and write them durably.

A private key file is JSON holding the key material encrypted with AES-256-GCM under a key
derived from the passphrase by scrypt; the header (role, name, key id) is the AEAD's associated
data, so it cannot be swapped. Every signature covers a domain tag, so a signature made for one
kind of document can never be replayed as another."""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .errors import (
    FileUnreadable,
    KeyFileInvalid,
    KeyRoleMismatch,
    PassphraseTooShort,
    WrongPassphrase,
)
from .json_text import loads as json_loads

ROLES = ("publisher", "county", "trainer")
MIN_PASSPHRASE = 8
FORMAT = 1
_SCRYPT = {"n": 2**15, "r": 8, "p": 1}
_RAW = (serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def signed_message(domain: str, data: bytes) -> bytes:
    """What is really signed: a domain tag, a zero byte, then the exact bytes."""
    return b"songpei:" + domain.encode("ascii") + b"\0" + data


def sign(key: Ed25519PrivateKey, domain: str, data: bytes) -> bytes:
    return key.sign(signed_message(domain, data))


def verify(public: bytes, domain: str, data: bytes, signature: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, signed_message(domain, data))
        return True
    except (InvalidSignature, ValueError):
        return False


def key_id(role: str, ed25519: bytes) -> str:
    digest = hashlib.sha256(b"songpei-key-id\0" + role.encode() + b"\0" + ed25519).digest()
    return f"{role}-" + base64.b32encode(digest[:10]).decode("ascii").lower()


def fingerprint(ed25519: bytes) -> str:
    """For people comparing keys by eye or over the phone: 8 groups of 4 hex digits."""
    h = hashlib.sha256(ed25519).hexdigest()[:32]
    return " ".join(h[i : i + 4] for i in range(0, 32, 4))


@dataclass(frozen=True)
class PublicKey:
    role: str
    name: str
    ed25519: bytes
    x25519: bytes | None = None  # county keys only: bundles are encrypted to it

    @property
    def key_id(self) -> str:
        return key_id(self.role, self.ed25519)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.ed25519)

    def verify(self, domain: str, data: bytes, signature: bytes) -> bool:
        return verify(self.ed25519, domain, data, signature)

    def to_dict(self) -> dict:
        d = {
            "format": FORMAT,
            "kind": "songpei-public-key",
            "role": self.role,
            "name": self.name,
            "key_id": self.key_id,
            "ed25519": b64(self.ed25519),
        }
        if self.x25519 is not None:
            d["x25519"] = b64(self.x25519)
        return d

    def to_bytes(self) -> bytes:
        return (json.dumps(self.to_dict(), ensure_ascii=False, indent=1) + "\n").encode("utf-8")

    @classmethod
    def from_dict(cls, d: dict, source: str = "") -> PublicKey:
        try:
            if d.get("kind") != "songpei-public-key" or d.get("format") != FORMAT:
                raise ValueError("not a public key")
            if d["role"] not in ROLES:
                raise ValueError(f"role {d['role']!r}")
            ed = unb64(d["ed25519"])
            x = unb64(d["x25519"]) if d.get("x25519") else None
            Ed25519PublicKey.from_public_bytes(ed)
            if x is not None:
                X25519PublicKey.from_public_bytes(x)
            key = cls(d["role"], str(d.get("name", "")), ed, x)
        except (KeyError, ValueError, TypeError) as exc:
            raise KeyFileInvalid(path=source, detail=str(exc)) from exc
        if d.get("key_id") != key.key_id:
            raise KeyFileInvalid(path=source, detail="key id does not match the key")
        return key

    @classmethod
    def from_bytes(cls, data: bytes, source: str = "") -> PublicKey:
        try:
            d = json_loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise KeyFileInvalid(path=source, detail="not JSON") from exc
        if not isinstance(d, dict):
            raise KeyFileInvalid(path=source, detail="not a key")
        return cls.from_dict(d, source)


@dataclass(frozen=True)
class PrivateKey:
    role: str
    name: str
    signing: Ed25519PrivateKey
    agreement: X25519PrivateKey | None = None

    @property
    def public(self) -> PublicKey:
        x = self.agreement.public_key().public_bytes(*_RAW) if self.agreement else None
        return PublicKey(self.role, self.name, self.signing.public_key().public_bytes(*_RAW), x)

    def sign(self, domain: str, data: bytes) -> bytes:
        return sign(self.signing, domain, data)

    def to_bytes(self, passphrase: bytes) -> bytes:
        if len(passphrase) < MIN_PASSPHRASE:
            raise PassphraseTooShort(minimum=MIN_PASSPHRASE)
        secret = self.signing.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
        if self.agreement is not None:
            secret += self.agreement.private_bytes(
                serialization.Encoding.Raw,
                serialization.PrivateFormat.Raw,
                serialization.NoEncryption(),
            )
        header = {
            "format": FORMAT,
            "kind": "songpei-private-key",
            "role": self.role,
            "name": self.name,
            "key_id": self.public.key_id,
        }
        salt, nonce = os.urandom(16), os.urandom(12)
        box = AESGCM(_derive(passphrase, salt, **_SCRYPT))
        sealed = box.encrypt(nonce, secret, _aad(header))
        doc = header | {
            "kdf": {"name": "scrypt", "salt": b64(salt), **_SCRYPT},
            "nonce": b64(nonce),
            "sealed": b64(sealed),
        }
        return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(
        cls, data: bytes, passphrase: bytes, source: str = "", role: str | None = None
    ) -> PrivateKey:
        try:
            d = json_loads(data.decode("utf-8"))
            if not isinstance(d, dict) or d.get("kind") != "songpei-private-key":
                raise ValueError("not a private key")
            if d.get("format") != FORMAT:
                raise ValueError(f"format {d.get('format')!r}")
            header = {k: d[k] for k in ("format", "kind", "role", "name", "key_id")}
            kdf = d["kdf"]
            if kdf["name"] != "scrypt" or int(kdf["n"]) > 2**20:
                raise ValueError("key derivation")
            key = _derive(
                passphrase, unb64(kdf["salt"]), int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
            )
            nonce, sealed = unb64(d["nonce"]), unb64(d["sealed"])
        except (UnicodeDecodeError, json.JSONDecodeError, KeyError, ValueError, TypeError) as exc:
            raise KeyFileInvalid(path=source, detail=str(exc)) from exc
        if role is not None and header["role"] != role:
            raise KeyRoleMismatch(path=source, expected=role, found=header["role"])
        try:
            secret = AESGCM(key).decrypt(nonce, sealed, _aad(header))
        except InvalidTag:
            raise WrongPassphrase(path=source) from None
        agreement = (
            X25519PrivateKey.from_private_bytes(secret[32:64]) if len(secret) == 64 else None
        )
        priv = cls(
            header["role"],
            header["name"],
            Ed25519PrivateKey.from_private_bytes(secret[:32]),
            agreement,
        )
        if priv.public.key_id != header["key_id"]:
            raise KeyFileInvalid(path=source, detail="key id does not match the key")
        return priv


def _aad(header: dict) -> bytes:
    return json.dumps(header, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _derive(passphrase: bytes, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(passphrase, salt=salt, n=n, r=r, p=p, maxmem=256 * 1024 * 1024, dklen=32)


def generate(role: str, name: str) -> PrivateKey:
    if role not in ROLES:
        raise ValueError(role)
    return PrivateKey(
        role,
        name,
        Ed25519PrivateKey.generate(),
        X25519PrivateKey.generate() if role == "county" else None,
    )


def read_file(path: Path) -> bytes:
    """Read a file named by a person; an unreadable one is their error, worded for them."""
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise FileUnreadable(path=str(path), reason=exc.strerror or str(exc)) from exc


def load_public(path: Path) -> PublicKey:
    return PublicKey.from_bytes(read_file(path), str(path))


def load_private(path: Path, passphrase: bytes, role: str | None = None) -> PrivateKey:
    return PrivateKey.from_bytes(read_file(path), passphrase, str(path), role)
