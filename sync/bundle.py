"""Sync bundles: a laptop's events (and later evidence files), encrypted to the county and
signed by the device, in part files small enough for FAT32.

A part file is:   MAGIC | chunk records … | trailer JSON | signature (64) | u32 trailer length | END
- chunk record:   u32 length | ciphertext (ChaCha20-Poly1305; nonce = 11-byte chunk index and a
                  last-chunk flag byte, so a truncated body can never pass as complete);
- trailer:        canonical JSON, signed by the device (Ed25519, domain "bundle-v1") over these
                  exact bytes; it names the device, the sequence range, the chain ends and the
                  SHA-256 of every chunk record in the part, so each chunk is checked against a
                  signed hash before it is decrypted (verify before parsing).
The trailer carries no personal data; the key is HKDF-SHA256 over X25519(ephemeral, county).
See docs/formats.md ("Bundle")."""

from __future__ import annotations

import hashlib
import json
import os
import struct
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from content.keys import b64, unb64, verify
from content.keys import sign as sign_with

from .chain import canonical_json
from .device import DeviceIdentity, device_id_for
from .durable import fsync_dir, translate_os_error
from .errors import SongpeiError

MAGIC = b"SPBUNDL1"
END = b"SPBEND01"
DOMAIN = "bundle-v1"
FORMAT = 1
CHUNK = 1024 * 1024
PART_LIMIT = 4 * 1024**3 - 64 * 1024**2  # a part must stay under FAT32's 4 GiB
MAX_TRAILER = 256 * 1024
SUFFIX = ".spb"
_RAW = (serialization.Encoding.Raw, serialization.PublicFormat.Raw)


class BundleRefused(SongpeiError):
    """A bundle failed a check (path=..., reason=...): nothing from it was used."""


@dataclass(frozen=True)
class Trailer:
    raw: bytes  # exactly the signed bytes
    signature: bytes
    data: dict

    @property
    def bundle_id(self) -> str:
        return self.data["bundle_id"]

    @property
    def device_id(self) -> str:
        return self.data["device_id"]

    @property
    def device_key(self) -> bytes:
        return unb64(self.data["device_key"])


def _key(shared: bytes, ephemeral: bytes, county: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=ephemeral + county,
                info=b"songpei-bundle-v1").derive(shared)


def _nonce(index: int, last: bool) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


# --- the plaintext inside: named members, then a manifest of them -------------------------------
def _member(name: str, data: bytes) -> bytes:
    n = name.encode("ascii")
    return struct.pack(">H", len(n)) + n + struct.pack(">Q", len(data)) + data


EVENTS_MEMBER_BYTES = 1024 * 1024


def event_members(rows: Iterable[tuple]) -> list[tuple[str, bytes]]:
    """Events as JSON Lines (one array of the journal's columns per line, in sequence order),
    cut into members of about 1 MiB so a reader never holds more than one in memory."""
    members: list[tuple[str, bytes]] = []
    lines: list[bytes] = []
    size = 0
    for r in rows:
        line = json.dumps(list(r), separators=(",", ":"), ensure_ascii=False).encode() + b"\n"
        lines.append(line)
        size += len(line)
        if size >= EVENTS_MEMBER_BYTES:
            members.append((f"events-{len(members) + 1:05d}.jsonl", b"".join(lines)))
            lines, size = [], 0
    if lines:
        members.append((f"events-{len(members) + 1:05d}.jsonl", b"".join(lines)))
    return members


# --- writing ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Written:
    bundle_id: str
    paths: list[Path]
    size: int


def write_bundle(folder: Path, name: str, device: DeviceIdentity, county_x25519: bytes,
                 county_key_id: str, members: list[tuple[str, bytes]], info: dict,
                 part_limit: int = PART_LIMIT, chunk: int = CHUNK) -> Written:
    """Encrypt and sign `members` into part files `name.spb`, `name.p02.spb`, … in `folder`.

    Each part goes to a unique temporary name, is fsynced, renamed, then read back and
    verified; on any failure no final file is left behind."""
    manifest = {"format": FORMAT, "members": [
        {"name": n, "length": len(d), "sha256": hashlib.sha256(d).hexdigest()} for n, d in members]}
    plain = b"".join(_member(n, d) for n, d in members)
    plain += _member("manifest.json", canonical_json(manifest).encode())

    eph = X25519PrivateKey.generate()
    eph_pub = eph.public_key().public_bytes(*_RAW)
    box = ChaCha20Poly1305(_key(eph.exchange(X25519PublicKey.from_public_bytes(county_x25519)),
                                eph_pub, county_x25519))
    bundle_id = str(uuid.uuid4())
    common = {"format": FORMAT, "kind": "songpei-bundle", "bundle_id": bundle_id,
              "device_id": device.device_id, "device_key": b64(device.public_bytes),
              "county_key_id": county_key_id, "ephemeral": b64(eph_pub), "chunk_size": chunk,
              "body_length": len(plain)} | info

    pieces = [plain[i:i + chunk] for i in range(0, len(plain), chunk)] or [b""]
    written: list[Path] = []
    temps: list[Path] = []
    try:
        part, index = 1, 0
        while index < len(pieces):
            final = folder / (f"{name}{SUFFIX}" if part == 1 else f"{name}.p{part:02d}{SUFFIX}")
            tmp = folder / f".{final.name}.{uuid.uuid4().hex[:8]}.tmp"
            temps.append(tmp)
            hashes_: list[str] = []
            first = index
            with open(tmp, "wb") as out:
                out.write(MAGIC)
                size = len(MAGIC)
                while index < len(pieces) and (size + chunk + MAX_TRAILER < part_limit
                                               or index == first):
                    last = index == len(pieces) - 1
                    ct = box.encrypt(_nonce(index, last), pieces[index], bundle_id.encode())
                    record = struct.pack(">I", len(ct)) + ct
                    out.write(record)
                    size += len(record)
                    hashes_.append(hashlib.sha256(record).hexdigest())
                    index += 1
                trailer = canonical_json(common | {
                    "part": part, "last_part": index == len(pieces), "first_chunk": first,
                    "chunks": hashes_}).encode()
                out.write(trailer + sign_with(device.private_key, DOMAIN, trailer)
                          + struct.pack(">I", len(trailer)) + END)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, final)
            written.append(final)
            part += 1
        fsync_dir(folder)
        read_bundle_parts(written, county_x25519=None)  # read back: signatures and chunk hashes
    except OSError as exc:
        for p in temps + written:
            p.unlink(missing_ok=True)
        raise translate_os_error(exc, folder) from exc
    except BaseException:
        for p in temps + written:
            p.unlink(missing_ok=True)
        raise
    return Written(bundle_id, written, sum(p.stat().st_size for p in written))


# --- reading ------------------------------------------------------------------------------------
def read_trailer(path: Path) -> Trailer:
    """The signed trailer of a part file, verified against the key it names. Nothing else in
    the file is looked at."""
    try:
        with open(path, "rb") as f:
            if f.read(len(MAGIC)) != MAGIC:
                raise BundleRefused(path=str(path), reason="not-a-bundle")
            f.seek(0, os.SEEK_END)
            end = f.tell()
            if end < len(MAGIC) + 64 + 4 + len(END):
                raise BundleRefused(path=str(path), reason="truncated")
            f.seek(end - 4 - len(END))
            (n,) = struct.unpack(">I", f.read(4))
            if f.read(len(END)) != END:
                raise BundleRefused(path=str(path), reason="truncated")
            if n > MAX_TRAILER or n > end - len(MAGIC) - 64 - 4 - len(END):
                raise BundleRefused(path=str(path), reason="damaged")
            f.seek(end - 4 - len(END) - 64 - n)
            raw = f.read(n)
            signature = f.read(64)
    except OSError as exc:
        raise BundleRefused(path=str(path), reason="unreadable") from exc
    try:
        data = json.loads(raw)
        key = unb64(data["device_key"])
    except (ValueError, KeyError, TypeError):
        raise BundleRefused(path=str(path), reason="damaged") from None
    if not verify(key, DOMAIN, raw, signature):
        raise BundleRefused(path=str(path), reason="bad-signature")
    if data.get("kind") != "songpei-bundle" or data.get("format") != FORMAT:
        raise BundleRefused(path=str(path), reason="unknown-format")
    if data.get("device_id") != device_id_for(key):
        raise BundleRefused(path=str(path), reason="device-key-mismatch")
    return Trailer(raw, signature, data)


def order_parts(paths: list[Path]) -> list[tuple[Path, Trailer]]:
    """Trailers of one bundle's parts in order; refuses a missing or foreign part."""
    parts = sorted(((p, read_trailer(p)) for p in paths), key=lambda x: x[1].data["part"])
    first = parts[0][1]
    for i, (p, t) in enumerate(parts, start=1):
        if t.bundle_id != first.bundle_id or t.device_key != first.device_key:
            raise BundleRefused(path=str(p), reason="foreign-part")
        if t.data["part"] != i:
            raise BundleRefused(path=str(p), reason="missing-part")
    if not parts[-1][1].data["last_part"]:
        raise BundleRefused(path=str(parts[-1][0]), reason="missing-part")
    return parts


def _chunks(parts: list[tuple[Path, Trailer]]) -> Iterator[tuple[Path, int, bytes]]:
    """Chunk records, each checked against the signed hash before anyone decrypts it."""
    index = 0
    for path, t in parts:
        if t.data["first_chunk"] != index:
            raise BundleRefused(path=str(path), reason="missing-part")
        with open(path, "rb") as f:
            f.seek(len(MAGIC))
            for expected in t.data["chunks"]:
                head = f.read(4)
                if len(head) < 4:
                    raise BundleRefused(path=str(path), reason="truncated")
                (n,) = struct.unpack(">I", head)
                if n > t.data["chunk_size"] + 16:
                    raise BundleRefused(path=str(path), reason="damaged")
                ct = f.read(n)
                if hashlib.sha256(head + ct).hexdigest() != expected:
                    raise BundleRefused(path=str(path), reason="damaged")
                yield path, index, ct
                index += 1


def read_bundle_parts(paths: list[Path], county_x25519: X25519PrivateKey | None
                      ) -> Iterator[tuple[str, bytes]]:
    """Verify every part; with the county key, yield the decrypted members (name, bytes).

    Without the key (the laptop reading back what it wrote) only signatures and chunk hashes
    are checked. Raises BundleRefused at the first problem; a consumer must not commit what it
    took from an iterator that did not run to its end."""
    parts = order_parts(paths)
    head = parts[0][1]
    if county_x25519 is None:
        for _ in _chunks(parts):
            pass
        return iter(())
    return _decrypt(parts, head, county_x25519)


def _decrypt(parts, head: Trailer, county: X25519PrivateKey) -> Iterator[tuple[str, bytes]]:
    eph = unb64(head.data["ephemeral"])
    county_pub = county.public_key().public_bytes(*_RAW)
    box = ChaCha20Poly1305(_key(county.exchange(X25519PublicKey.from_public_bytes(eph)), eph,
                                county_pub))
    total = sum(len(t.data["chunks"]) for _, t in parts)
    buf = bytearray()
    seen: list[dict] = []
    manifest = None
    for path, index, ct in _chunks(parts):
        try:
            buf += box.decrypt(_nonce(index, index == total - 1), ct, head.bundle_id.encode())
        except Exception:
            raise BundleRefused(path=str(path), reason="cannot-decrypt") from None
        while True:
            member = _take_member(buf)
            if member is None:
                break
            name, data = member
            if name == "manifest.json":
                manifest = json.loads(data)
            else:
                seen.append({"name": name, "length": len(data),
                             "sha256": hashlib.sha256(data).hexdigest()})
                yield name, data
    if manifest is None or buf or manifest.get("members") != seen:
        raise BundleRefused(path=str(parts[0][0]), reason="damaged")


def _take_member(buf: bytearray) -> tuple[str, bytes] | None:
    if len(buf) < 2:
        return None
    (n,) = struct.unpack_from(">H", buf, 0)
    if len(buf) < 2 + n + 8:
        return None
    (size,) = struct.unpack_from(">Q", buf, 2 + n)
    start = 2 + n + 8
    if len(buf) < start + size:
        return None
    name = bytes(buf[2:2 + n]).decode("ascii")
    data = bytes(buf[start:start + size])
    del buf[:start + size]
    return name, data
