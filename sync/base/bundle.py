"""Sync bundles: a laptop's events and evidence files, encrypted to the county and
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
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from content.json_text import loads as json_loads
from content.keys import b64, unb64, verify
from content.keys import sign as sign_with
from sync.base.device import DeviceIdentity, device_id_for
from sync.base.durable import fsync_dir, translate_os_error
from sync.base.errors import SongpeiError
from sync.base.events import ROW_TYPES, canonical_json

MAGIC = b"SPBUNDL1"
END = b"SPBEND01"
DOMAIN = "bundle-v1"
FORMAT = 1
CHUNK = 1024 * 1024
# What a reader accepts as a trailer's chunk_size (laptops write CHUNK): a chunk record is read
# whole (it is decrypted whole), so this bounds what one record can make the reader hold, and a
# record header declaring more than chunk_size + the tag is refused before anything is read.
MAX_CHUNK = 4 * CHUNK
PART_LIMIT = 4 * 1024**3 - 64 * 1024**2  # a part must stay under FAT32's 4 GiB
MAX_TRAILER = 256 * 1024
SUFFIX = ".spb"
_RAW = (serialization.Encoding.Raw, serialization.PublicFormat.Raw)


class BundleRefused(SongpeiError):
    """A bundle failed a check (path=..., reason=..., and field=... for 'bad-trailer', seq=...
    for 'bad-event'): nothing from it was used."""


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
    return HKDF(hashes.SHA256(), 32, salt=ephemeral + county, info=b"songpei-bundle-v1").derive(
        shared
    )


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


@dataclass(frozen=True)
class FileMember:
    """A file carried in a bundle (evidence): streamed from disk, never held in memory."""

    name: str
    path: Path
    size: int


Member = tuple[str, bytes] | FileMember
READ = 1024 * 1024


def _member_header(name: str, size: int) -> bytes:
    n = name.encode("ascii")
    return struct.pack(">H", len(n)) + n + struct.pack(">Q", size)


def _manifest(listed: list[dict]) -> bytes:
    return _member("manifest.json", canonical_json({"format": FORMAT, "members": listed}).encode())


def _plaintext(members: list[Member]) -> tuple[int, Iterator[bytes]]:
    """The plaintext stream's exact length (known before a byte is read: the manifest's size
    does not depend on the hashes' values) and the stream itself."""

    def size_of(m: Member) -> int:
        return m.size if isinstance(m, FileMember) else len(m[1])

    def name_of(m: Member) -> str:
        return m.name if isinstance(m, FileMember) else m[0]

    placeholder = [{"name": name_of(m), "length": size_of(m), "sha256": "0" * 64} for m in members]
    total = sum(len(_member_header(name_of(m), size_of(m))) + size_of(m) for m in members)
    total += len(_manifest(placeholder))

    def stream() -> Iterator[bytes]:
        listed = []
        for m in members:
            if isinstance(m, FileMember):
                h, seen = hashlib.sha256(), 0
                yield _member_header(m.name, m.size)
                with open(m.path, "rb") as f:
                    while piece := f.read(min(READ, m.size - seen)):
                        h.update(piece)
                        seen += len(piece)
                        yield piece
                if seen != m.size:  # the file changed under us: never send a short member
                    raise BundleRefused(path=str(m.path), reason="damaged")
                listed.append({"name": m.name, "length": m.size, "sha256": h.hexdigest()})
            else:
                name, data = m
                yield _member(name, data)
                listed.append(
                    {"name": name, "length": len(data), "sha256": hashlib.sha256(data).hexdigest()}
                )
        yield _manifest(listed)

    return total, stream()


def _pieces(stream: Iterator[bytes], chunk: int) -> Iterator[tuple[bytes, bool]]:
    """Fixed-size chunks of the stream, each with whether it is the last one."""
    buf = bytearray()
    for piece in stream:
        buf += piece
        while len(buf) > chunk:  # strictly more: a later chunk exists, so this one is not last
            yield bytes(buf[:chunk]), False
            del buf[:chunk]
    yield bytes(buf), True


def write_bundle(
    folder: Path,
    name: str,
    device: DeviceIdentity,
    county_x25519: bytes,
    county_key_id: str,
    members: list[Member],
    info: dict,
    part_limit: int = PART_LIMIT,
    chunk: int = CHUNK,
) -> Written:
    """Encrypt and sign `members` into part files `name.spb`, `name.p02.spb`, … in `folder`,
    streaming (memory stays near one chunk whatever the files weigh).

    Each part goes to a unique temporary name, is fsynced, renamed, then read back and
    verified; on any failure no final file is left behind."""
    body_length, stream = _plaintext(members)
    eph = X25519PrivateKey.generate()
    eph_pub = eph.public_key().public_bytes(*_RAW)
    box = ChaCha20Poly1305(
        _key(eph.exchange(X25519PublicKey.from_public_bytes(county_x25519)), eph_pub, county_x25519)
    )
    bundle_id = str(uuid.uuid4())
    common = {
        "format": FORMAT,
        "kind": "songpei-bundle",
        "bundle_id": bundle_id,
        "device_id": device.device_id,
        "device_key": b64(device.public_bytes),
        "county_key_id": county_key_id,
        "ephemeral": b64(eph_pub),
        "chunk_size": chunk,
        "body_length": body_length,
    } | info
    written: list[Path] = []
    temps: list[Path] = []
    try:
        pieces = _pieces(stream, chunk)
        ahead = next(pieces)
        part, index, done = 1, 0, False
        while not done:
            final = folder / (f"{name}{SUFFIX}" if part == 1 else f"{name}.p{part:02d}{SUFFIX}")
            tmp = folder / f".{final.name}.{uuid.uuid4().hex[:8]}.tmp"
            temps.append(tmp)
            hashes_: list[str] = []
            first = index
            with open(tmp, "wb") as out:
                out.write(MAGIC)
                size = len(MAGIC)
                while not done and (size + chunk + MAX_TRAILER < part_limit or index == first):
                    plain, last = ahead
                    ct = box.encrypt(_nonce(index, last), plain, bundle_id.encode())
                    record = struct.pack(">I", len(ct)) + ct
                    out.write(record)
                    size += len(record)
                    hashes_.append(hashlib.sha256(record).hexdigest())
                    index += 1
                    done = last
                    if not last:
                        ahead = next(pieces)
                trailer = canonical_json(
                    common
                    | {"part": part, "last_part": done, "first_chunk": first, "chunks": hashes_}
                ).encode()
                out.write(
                    trailer
                    + sign_with(device.private_key, DOMAIN, trailer)
                    + struct.pack(">I", len(trailer))
                    + END
                )
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
        data = json_loads(raw)
    except ValueError:
        raise BundleRefused(path=str(path), reason="damaged") from None
    if not isinstance(data, dict):
        raise BundleRefused(path=str(path), reason="damaged")
    key = _key_bytes(data.get("device_key"))
    if key is None:
        raise BundleRefused(path=str(path), reason="bad-trailer", field="device_key")
    if not verify(key, DOMAIN, raw, signature):
        raise BundleRefused(path=str(path), reason="bad-signature")
    if data.get("kind") != "songpei-bundle" or data.get("format") != FORMAT:
        raise BundleRefused(path=str(path), reason="unknown-format")
    # Signed is not the same as well-formed: a laptop key the county never enrolled can sign
    # anything, so every field is checked before anyone reads it.
    for name, ok in _TRAILER_FIELDS.items():
        if name not in data or not ok(data[name]):
            raise BundleRefused(path=str(path), reason="bad-trailer", field=name)
    if data["seq_last"] < data["seq_first"]:
        raise BundleRefused(path=str(path), reason="bad-trailer", field="seq_last")
    if data["device_id"] != device_id_for(key):
        raise BundleRefused(path=str(path), reason="device-key-mismatch")
    return Trailer(raw, signature, data)


def _key_bytes(value: object) -> bytes | None:
    """A raw 32-byte key (Ed25519 or X25519) from its base64 text, or None."""
    if type(value) is not str or len(value) > 64:
        return None
    try:
        key = unb64(value)
    except ValueError:
        return None
    return key if len(key) == 32 else None


def _int(low: int, high: int = 2**63 - 1) -> Callable[[object], bool]:
    return lambda v: type(v) is int and low <= v <= high


def _text(limit: int) -> Callable[[object], bool]:
    return lambda v: type(v) is str and 0 < len(v) <= limit and v.isprintable()


def _sha256(v: object) -> bool:
    return type(v) is str and len(v) == 64 and all(c in "0123456789abcdef" for c in v)


# The bundle id is an opaque name the laptop chose (a UUID); the hub compares it and stores it,
# never makes a file name of it. Sizes are bounded so a forged trailer cannot make the reader
# hold gigabytes for one chunk.
_TRAILER_FIELDS: dict[str, Callable[[object], bool]] = {
    "bundle_id": _text(128),
    "device_id": _text(128),
    "county_key_id": _text(128),
    "ephemeral": lambda v: _key_bytes(v) is not None,
    "chunk_size": _int(1, MAX_CHUNK),
    "body_length": _int(0),
    "seq_first": _int(1),
    "seq_last": _int(1),
    "chain_prev": _sha256,
    "chain_last": _sha256,
    "created_ms": _int(-(2**63)),
    "part": _int(1, 999),
    "last_part": lambda v: type(v) is bool,
    "first_chunk": _int(0),
    "chunks": lambda v: type(v) is list and all(map(_sha256, v)),
}


def order_parts(paths: list[Path]) -> list[tuple[Path, Trailer]]:
    """Trailers of one bundle's parts in order; refuses a missing or foreign part."""
    return _in_order([(p, read_trailer(p)) for p in paths])


def _in_order(found: list[tuple[Path, Trailer]]) -> list[tuple[Path, Trailer]]:
    parts = sorted(found, key=lambda x: x[1].data["part"])
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


class FileSink(Protocol):
    """Where a file member's bytes go while a bundle is read (the hub's evidence store)."""

    def write(self, data: bytes) -> object: ...

    def finish(self, sha256: str) -> None: ...


FILES_PREFIX = "files/"
MAX_MEMBER_IN_MEMORY = 64 * 1024 * 1024  # events come in ~1 MiB members; files are streamed


def read_bundle_parts(
    paths: list[Path],
    county_x25519: X25519PrivateKey | None,
    files: Callable[[str, int], FileSink] | None = None,
) -> Iterator[tuple[str, bytes]]:
    """Verify every part; with the county key, yield the decrypted members (name, bytes).

    Members named files/… are streamed to `files(name, size)` instead (or hashed and dropped
    when no sink is given), so memory stays bounded whatever the evidence weighs. Without the
    key (the laptop reading back what it wrote) only signatures and chunk hashes are checked.
    Raises BundleRefused at the first problem; a consumer must not commit what it took from an
    iterator that did not run to its end."""
    parts = order_parts(paths)
    head = parts[0][1]
    if county_x25519 is None:
        for _ in _chunks(parts):
            pass
        return iter(())
    return _decrypt(parts, head, county_x25519, files)


def _decrypt(
    parts, head: Trailer, county: X25519PrivateKey, files: Callable[[str, int], FileSink] | None
) -> Iterator[tuple[str, bytes]]:
    eph = unb64(head.data["ephemeral"])
    county_pub = county.public_key().public_bytes(*_RAW)
    try:
        shared = county.exchange(X25519PublicKey.from_public_bytes(eph))
    except ValueError:  # a signed but worthless ephemeral key (one of small order)
        raise BundleRefused(path=str(parts[0][0]), reason="cannot-decrypt") from None
    box = ChaCha20Poly1305(_key(shared, eph, county_pub))
    total = sum(len(t.data["chunks"]) for _, t in parts)
    where = str(parts[0][0])
    buf = bytearray()
    seen: list[dict] = []
    manifest = None
    current = None  # [name, size, left, hasher, sink or bytearray]
    for path, index, ct in _chunks(parts):
        try:
            buf += box.decrypt(_nonce(index, index == total - 1), ct, head.bundle_id.encode())
        except Exception:
            raise BundleRefused(path=str(path), reason="cannot-decrypt") from None
        while buf:
            if current is None:
                if len(buf) < 2:
                    break
                (n,) = struct.unpack_from(">H", buf, 0)
                if len(buf) < 2 + n + 8:
                    break
                (size,) = struct.unpack_from(">Q", buf, 2 + n)
                try:
                    name = bytes(buf[2 : 2 + n]).decode("ascii")
                except UnicodeDecodeError:
                    raise BundleRefused(path=where, reason="damaged") from None
                del buf[: 2 + n + 8]
                target: FileSink | bytearray | None
                if name.startswith(FILES_PREFIX):
                    target = files(name, size) if files else None
                elif size <= MAX_MEMBER_IN_MEMORY:
                    target = bytearray()
                else:
                    raise BundleRefused(path=where, reason="damaged")
                current = [name, size, size, hashlib.sha256(), target]
            name, size, left, h, target = current
            piece = bytes(buf[:left])
            del buf[: len(piece)]
            h.update(piece)
            if isinstance(target, bytearray):
                target += piece
            elif target is not None:
                target.write(piece)
            current[2] = left = left - len(piece)
            if left:
                continue
            current = None
            digest = h.hexdigest()
            if name == "manifest.json" and isinstance(target, bytearray):  # never a file member
                try:
                    manifest = json_loads(bytes(target))
                except ValueError:
                    raise BundleRefused(path=where, reason="damaged") from None
                continue
            seen.append({"name": name, "length": size, "sha256": digest})
            if isinstance(target, bytearray):
                yield name, bytes(target)
            elif target is not None:
                target.finish(digest)
    if (
        not isinstance(manifest, dict)
        or buf
        or current is not None
        or manifest.get("members") != seen
    ):
        raise BundleRefused(path=where, reason="damaged")


# --- into the hub -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Bundle:
    """One bundle whose parts are all here and in order, every trailer's signature holding.
    Its events are decrypted and checked only when asked for (rows), after the reader has
    looked at the trailers (which county, which device, seen before?)."""

    parts: list[tuple[Path, Trailer]]
    source: str  # the file a result names: the first of the part files by name

    @property
    def head(self) -> Trailer:
        return self.parts[0][1]

    @property
    def digest(self) -> str:
        """SHA-256 over the signed trailers: what the hub registers the bundle by, and the
        name of its quarantined copy (never a name from the drive)."""
        return hashlib.sha256(b"".join(t.raw for _, t in self.parts)).hexdigest()

    def rows(
        self, county_x25519: X25519PrivateKey, files: Callable[[str, int], FileSink] | None = None
    ) -> Iterator[list]:
        """Decrypt (chunks checked against the signed hashes first) and yield the event rows,
        lists in events column order (sync.base.events.COLUMNS), each column of its type;
        file members go to `files` (see read_bundle_parts). One JSON parse per member, not
        per line. Raises BundleRefused at the first problem: a consumer commits nothing it
        took from an iterator that did not run to its end."""
        for name, data in _decrypt(self.parts, self.head, county_x25519, files):
            if not name.startswith("events-"):
                continue
            try:
                rows = json_loads(b"[" + data.rstrip(b"\n").replace(b"\n", b",") + b"]")
            except ValueError:
                raise BundleRefused(path=self.source, reason="damaged") from None
            for r in rows:
                if type(r) is not list or list(map(type, r)) != ROW_TYPES:
                    raise BundleRefused(path=self.source, reason="damaged")
                yield r


@dataclass(frozen=True)
class Unopened:
    """A part file, or a bundle's set of parts, refused before anything was decrypted."""

    source: str
    error: BundleRefused


def open_bundles(paths: Iterable[Path]) -> tuple[list[Unopened], list[Bundle | Unopened]]:
    """Every bundle under `paths` (files as given, folders and drives searched): the part
    files whose trailer does not read or verify, and one Bundle per bundle found — Unopened
    when its parts do not make it whole. Parts belong together by device and bundle id, so
    another laptop's key cannot claim a part of this one's bundle by naming the same id."""
    unreadable: list[Unopened] = []
    groups: dict[tuple[str, str], list[tuple[Path, Trailer]]] = {}
    for f in bundle_files(paths):
        try:
            t = read_trailer(f)
        except BundleRefused as exc:
            unreadable.append(Unopened(str(f), exc))
            continue
        groups.setdefault((t.device_id, t.bundle_id), []).append((f, t))
    return unreadable, [_assembled(sorted(found, key=lambda x: x[0])) for found in groups.values()]


def open_bundle(paths: list[Path]) -> Bundle | Unopened:
    """The one bundle made of these part files (a copy the hub kept in quarantine)."""
    files = sorted(paths)
    try:
        return Bundle(order_parts(files), str(files[0]))
    except BundleRefused as exc:
        return Unopened(str(files[0]), exc)


def _assembled(found: list[tuple[Path, Trailer]]) -> Bundle | Unopened:
    try:
        return Bundle(_in_order(found), str(found[0][0]))
    except BundleRefused as exc:
        return Unopened(str(found[0][0]), exc)


def bundle_files(paths: Iterable[Path]) -> list[Path]:
    """Bundle part files under the given paths: files as given, folders and drives searched
    (a drive's songpei/to-county first; anything that is not a bundle is left alone)."""
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            sub = p / "songpei" / "to-county"
            found += sorted((sub if sub.is_dir() else p).rglob(f"*{SUFFIX}"))
        else:
            found.append(p)
    return [f for f in found if not f.name.startswith(".")]
