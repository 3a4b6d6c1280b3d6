"""The laptop's identity: an Ed25519 key made on first run, kept in the data folder.

The device id is derived from the public key, so a bundle's claimed device and its signature
key cannot disagree. The private key is stored unencrypted (0600): the laptop has no one to ask
for a passphrase at night, and the teacher who owns the laptop could read it anyway; the county
enrols the public key and can revoke it."""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from sync.base.durable import atomic_create_bytes
from sync.base.errors import JournalDamaged

KEY_FILE = "device-key.pem"


@dataclass(frozen=True)
class DeviceIdentity:
    private_key: Ed25519PrivateKey

    @property
    def public_bytes(self) -> bytes:
        return self.private_key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )

    @property
    def device_id(self) -> str:
        return device_id_for(self.public_bytes)

    def sign(self, data: bytes) -> bytes:
        return self.private_key.sign(data)

    @property
    def public_key(self) -> Ed25519PublicKey:
        return self.private_key.public_key()


def device_id_for(public_bytes: bytes) -> str:
    """'dev-' + 16 base32 characters of SHA-256(public key): ASCII, no personal data."""
    digest = hashlib.sha256(b"songpei-device-id\0" + public_bytes).digest()
    return "dev-" + base64.b32encode(digest[:10]).decode("ascii").lower()


def load_or_create(data_dir: Path) -> DeviceIdentity:
    path = Path(data_dir) / KEY_FILE
    if not path.exists():
        key = Ed25519PrivateKey.generate()
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        # If another process won the race, fall through and use its key.
        atomic_create_bytes(path, pem, mode=0o600)
    try:
        loaded = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (ValueError, TypeError) as exc:
        raise JournalDamaged(path=str(path), detail="device key unreadable") from exc
    if not isinstance(loaded, Ed25519PrivateKey):
        raise JournalDamaged(path=str(path), detail="device key is not Ed25519")
    return DeviceIdentity(loaded)
