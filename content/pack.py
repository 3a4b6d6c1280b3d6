"""Content packs, format 1: the signed manifest, its path rules and caps, and the check of a
pack folder against a trust store. docs/formats.md ("Content pack — format 1") is the spec.

A pack is a folder `<id>-v<version>.songpack/` holding manifest.json (canonical JSON), its
signature manifest.sig and files/. The signature is checked over the exact manifest bytes
before they are parsed; the manifest is then checked whole (every field, every path, every cap)
before anything is copied. Pure: sync/base/library.py installs, content/pack_build.py builds; the
path rules are in content/pack_paths.py."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import os
import re
import stat
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from .ability_points import AbilityPoint, pack_point
from .catalog import (
    CATEGORIES,
    DOCUMENT,
    KINDS,
    QUIZ,
    VIDEO,
    Catalog,
    Course,
    Diagnostic,
    Lesson,
    Quiz,
)
from .errors import PackRefused
from .json_text import loads as json_loads
from .keys import PublicKey, unb64
from .manifest_fields import MAX_FILE_SIZE, MAX_ID, MAX_INTEGER, Fields
from .pack_paths import check_path, check_paths
from .rules import ProgrammeRules
from .trust import TrustStore

FORMAT = 1
KIND = "songpei-pack"
DOMAIN = "pack-manifest-v1"
SUFFIX = ".songpack"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
FILES = "files"

MAX_FILES = 100_000
MAX_PACK_SIZE = 64 * 1024**3
MAX_MANIFEST = 16 * 1024**2
MAX_SIGNATURE_FILE = 64 * 1024
MAX_BANK = 16 * 1024**2  # a question bank is parsed in memory
MAX_VERSION = MAX_INTEGER
BUFFER = 1024 * 1024

ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9.-]*")
SHA256 = re.compile(r"[0-9a-f]{64}")


def canonical(obj: object) -> bytes:
    """The bytes a manifest is signed as: sorted keys, no spaces, UTF-8."""
    return json.dumps(
        obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


# --- the manifest ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class FileEntry:
    path: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    raw: bytes  # exactly the signed bytes
    sha256: str  # of raw: an installed pack is this manifest
    data: dict
    id: str
    version: int
    title: str
    publisher_key_id: str
    created: str
    programme: ProgrammeRules
    ability_points: tuple[AbilityPoint, ...]
    courses: tuple[Course, ...]
    files: tuple[FileEntry, ...]
    total_size: int
    diagnostic: Diagnostic | None = None

    @property
    def folder_name(self) -> str:
        return f"{self.id}-v{self.version}{SUFFIX}"

    def catalog(self) -> Catalog:
        return Catalog(self.id, self.title, self.courses)

    def rules(self) -> ProgrammeRules:
        return self.programme

    def quiz_banks(self) -> list[str]:
        banks = [x.quiz.bank for c in self.courses for x in c.lessons if x.quiz]
        return banks + ([self.diagnostic.bank] if self.diagnostic else [])


_TOP = (
    "format",
    "kind",
    "id",
    "version",
    "title",
    "publisher_key_id",
    "created",
    "programme",
    "ability_points",
    "courses",
    "files",
    "total_size",
)


def parse_manifest(raw: bytes) -> Manifest:
    """The manifest's bytes (already verified) as a Manifest, or PackRefused."""
    if len(raw) > MAX_MANIFEST:
        raise PackRefused("manifest_too_large", size=len(raw), limit=MAX_MANIFEST)
    try:
        data = json_loads(raw.decode("utf-8"), parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise PackRefused("manifest_not_json") from None
    if not isinstance(data, dict):
        raise PackRefused("manifest_not_json")
    # A newer format may have other fields: say "newer", not "unknown field".
    if data.get("format") != FORMAT:
        raise PackRefused("unsupported_format", value=repr(data.get("format")))
    top = Fields(data, "", _TOP, ("diagnostic",))
    if top.text("kind") != KIND:
        raise top.bad("kind", "unknown_value")
    pack_id = top.text("id")
    if len(pack_id) > MAX_ID or not ID_PATTERN.fullmatch(pack_id) or pack_id[-1] == ".":
        raise top.bad("id", "bad_id")
    try:
        check_path(pack_id)  # it names folders in the library: no CON, no trailing dot
    except PackRefused:
        raise top.bad("id", "bad_id") from None
    version = top.integer("version", low=1)
    created = top.text("created")
    try:
        dt.date.fromisoformat(created)
    except ValueError:
        raise top.bad("created", "not_a_date") from None
    programme = _programme(data["programme"])

    files, total = _files(top)
    by_path = {f.path: f for f in files}
    catalogue = programme.catalogue
    points = tuple(
        pack_point(x, f"ability_points[{i}]", catalogue, programme.id)
        for i, x in enumerate(top.items("ability_points"))
    )
    codes = [p.code for p in points]
    if len(set(codes)) != len(codes):
        raise top.bad("ability_points", "duplicate_code")
    courses = tuple(
        _course(x, f"courses[{i}]", pack_id, set(codes), by_path)
        for i, x in enumerate(top.items("courses"))
    )
    ids = [c.id for c in courses]
    lesson_ids = [x.id for c in courses for x in c.lessons]
    if len(set(ids)) != len(ids):
        raise top.bad("courses", "duplicate_id")
    if len(set(lesson_ids)) != len(lesson_ids):
        raise top.bad("courses", "duplicate_lesson_id")
    diagnostic = _diagnostic(data["diagnostic"], by_path) if top.has("diagnostic") else None
    return Manifest(
        raw,
        hashlib.sha256(raw).hexdigest(),
        data,
        pack_id,
        version,
        top.text("title"),
        top.text("publisher_key_id"),
        created,
        programme,
        points,
        courses,
        files,
        total,
        diagnostic,
    )


def _diagnostic(d: object, files: dict[str, FileEntry]) -> Diagnostic:
    f = Fields(d, "diagnostic", ("title", "bank"), ("draw", "time_limit_s"))
    bank = check_path(f.d["bank"])
    if bank not in files:
        raise f.bad("bank", "file_not_listed")
    if files[bank].size > MAX_BANK:
        raise PackRefused("file_too_large", path=bank, size=files[bank].size, limit=MAX_BANK)
    return Diagnostic(
        f.text("title"),
        bank,
        f.optional_integer("draw", low=1, high=10_000),
        f.optional_integer("time_limit_s", low=1, high=86_400),
    )


def _no_constant(name: str) -> object:
    raise ValueError(name)  # NaN and Infinity are not JSON


def _programme(d: object) -> ProgrammeRules:
    if not isinstance(d, Mapping):
        raise PackRefused("bad_manifest", field="programme", problem="not_an_object")
    try:
        rules = ProgrammeRules.from_dict(d)
    except (KeyError, ValueError, TypeError) as exc:
        raise PackRefused(
            "bad_manifest", field="programme", problem="invalid", detail=str(exc)
        ) from None
    # (a catalogue that breaks its rules raised PackRefused naming its field)
    numbers = (
        rules.goal_hours,
        rules.min_practice_share,
        rules.min_online_hours,
        rules.min_practice_hours,
        rules.min_face_to_face_hours,
        rules.face_to_face_max_hours_per_day,
        rules.face_to_face_cap,
    )
    if (
        not all(math.isfinite(x) and x >= 0 for x in numbers)
        or rules.min_practice_share > 1
        or rules.seconds_per_hour <= 0
        or rules.cycle_years <= 0
        or rules.min_ability_points < 0
        or rules.min_dimensions < 0
    ):
        raise PackRefused("bad_manifest", field="programme", problem="out_of_range")
    return rules


def _files(top: Fields) -> tuple[tuple[FileEntry, ...], int]:
    raw = top.items("files")
    if len(raw) > MAX_FILES:
        raise PackRefused("too_many_files", count=len(raw), limit=MAX_FILES)
    files = []
    for i, x in enumerate(raw):
        f = Fields(x, f"files[{i}]", ("path", "size", "sha256"))
        path = check_path(x["path"])
        size = f.integer("size")
        if size > MAX_FILE_SIZE:
            raise PackRefused("file_too_large", path=path, size=size, limit=MAX_FILE_SIZE)
        digest = f.text("sha256")
        if not SHA256.fullmatch(digest):
            raise f.bad("sha256", "not_a_sha256")
        files.append(FileEntry(path, size, digest))
    check_paths([f.path for f in files])
    total = top.integer("total_size")
    counted = sum(f.size for f in files)
    if max(total, counted) > MAX_PACK_SIZE:
        raise PackRefused("pack_too_large", size=max(total, counted), limit=MAX_PACK_SIZE)
    if total != counted:
        raise PackRefused("total_size_mismatch", listed=total, counted=counted)
    return tuple(files), total


def _course(
    d: object, where: str, pack_id: str, points: set[str], files: dict[str, FileEntry]
) -> Course:
    f = Fields(d, where, ("id", "title", "lessons"), ("ability_point",))
    point = f.text("ability_point") if f.has("ability_point") else None
    if point is not None and point not in points:
        raise f.bad("ability_point", "not_listed")
    course_id = f.ident("id")
    lessons = tuple(
        _lesson(x, f"{where}.lessons[{i}]", course_id, files)
        for i, x in enumerate(f.items("lessons"))
    )
    return Course(course_id, f.text("title"), lessons, point, pack_id)


def _lesson(d: object, where: str, course_id: str, files: dict[str, FileEntry]) -> Lesson:
    f = Fields(
        d,
        where,
        ("id", "title", "hours", "category", "kind"),
        ("media", "duration_s", "document", "quiz"),
    )
    kind = f.choice("kind", KINDS)
    needs = {VIDEO: "media", DOCUMENT: "document", QUIZ: "quiz"}[kind]
    if not f.has(needs):
        raise f.bad(needs, "missing")
    for other in ("media", "document", "quiz"):
        if other != needs and other in f.d:
            raise f.bad(other, "not_for_this_kind")
    if "duration_s" in f.d and kind != VIDEO:
        raise f.bad("duration_s", "not_for_this_kind")

    def listed(key: str, value: object) -> str:
        path = check_path(value)
        if path not in files:
            raise f.bad(key, "file_not_listed")
        return path

    quiz = None
    if kind == QUIZ:
        q = Fields(
            f.d["quiz"],
            f"{where}.quiz",
            ("bank",),
            ("draw", "pass_mark", "time_limit_s", "attempts"),
        )
        bank = listed("quiz.bank", q.d["bank"])
        if files[bank].size > MAX_BANK:
            raise PackRefused("file_too_large", path=bank, size=files[bank].size, limit=MAX_BANK)
        quiz = Quiz(
            bank,
            q.optional_integer("draw", low=1, high=10_000),
            q.number("pass_mark", high=100.0, default=60.0),
            q.optional_integer("time_limit_s", low=1, high=86_400),
            q.optional_integer("attempts", low=1, high=1000),
        )
    return Lesson(
        f.ident("id"),
        f.text("title"),
        course_id,
        f.number("hours", high=1000.0),
        f.choice("category", CATEGORIES),
        kind,
        media=listed("media", f.d["media"]) if kind == VIDEO else None,
        document=listed("document", f.d["document"]) if kind == DOCUMENT else None,
        duration_s=f.optional_number("duration_s", high=1e7) if kind == VIDEO else None,
        quiz=quiz,
    )


# --- a pack folder ---------------------------------------------------------------------------------


def _read_capped(path: Path, limit: int, code: str) -> bytes:
    try:
        with open(path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > limit:
                raise PackRefused(code, size=size, limit=limit)
            data = fh.read(limit + 1)
    except FileNotFoundError:
        raise PackRefused("not_a_pack", missing=path.name) from None
    except IsADirectoryError:
        raise PackRefused("not_a_pack", missing=path.name) from None
    if len(data) > limit:  # grew while we looked
        raise PackRefused(code, size=len(data), limit=limit)
    return data


def read_signature(folder: Path) -> tuple[str, bytes]:
    """manifest.sig: {"format": 1, "key_id": ..., "signature": base64}."""
    data = _read_capped(folder / SIGNATURE, MAX_SIGNATURE_FILE, "bad_signature_file")
    try:
        d = json_loads(data.decode("utf-8"))
        if d.get("format") != FORMAT or not isinstance(d.get("key_id"), str):
            raise ValueError("not a signature")
        signature = unb64(d["signature"])
        if len(signature) != 64:
            raise ValueError("length")
        return d["key_id"], signature
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError):
        raise PackRefused("bad_signature_file") from None


def signer(raw: bytes, key_id: str, signature: bytes, trust: TrustStore, demo: bool) -> PublicKey:
    """The pinned publisher key that made this signature, or why none did. Keys are compared
    whole: a signature verifies only under the very key that made it; the key id only chooses
    the words when none does."""
    for e in trust.entries:
        key = e.key
        if (
            key.role == "publisher"
            and trust.trusted("publisher", key.ed25519, demo) is not None
            and key.verify(DOMAIN, raw, signature)
        ):
            return key
    named = [e for e in trust.entries if e.key.role == "publisher" and e.key.key_id == key_id]
    if key_id in trust.revoked:
        raise PackRefused("revoked_key", key_id=key_id)
    if any(e.demo_only and not demo for e in named):
        raise PackRefused("demo_key", key_id=key_id)
    if named:
        raise PackRefused("bad_signature", key_id=key_id)
    raise PackRefused("unknown_key", key_id=key_id)


def open_pack(folder: Path, trust: TrustStore, demo: bool) -> Manifest:
    """Signature first, then the manifest: nothing of a pack is parsed before it is verified."""
    folder = Path(folder)
    with _naming(folder):
        if not folder.is_dir():
            raise PackRefused("not_a_pack", missing=folder.name)
        key_id, signature = read_signature(folder)
        raw = _read_capped(folder / MANIFEST, MAX_MANIFEST, "manifest_too_large")
        key = signer(raw, key_id, signature, trust, demo)
        manifest = parse_manifest(raw)
        if manifest.publisher_key_id != key.key_id:
            raise PackRefused("bad_manifest", field="publisher_key_id", problem="not_the_signer")
        return manifest


def list_files(files_dir: Path) -> dict[str, int]:
    """Every entry under files/ as a `/` path with its size; anything but a regular file or a
    folder (a link, a device) is refused, never followed."""
    found: dict[str, int] = {}
    if not files_dir.exists():
        return found
    stack = [(files_dir, "")]
    while stack:
        folder, prefix = stack.pop()
        with os.scandir(folder) as it:
            for entry in it:
                rel = prefix + entry.name
                st = entry.stat(follow_symlinks=False)
                if stat.S_ISDIR(st.st_mode):
                    stack.append((Path(entry.path), rel + "/"))
                elif stat.S_ISREG(st.st_mode):
                    found[rel] = st.st_size
                else:
                    raise PackRefused("not_a_file", path=rel)
                if len(found) > MAX_FILES:
                    raise PackRefused("too_many_files", count=len(found), limit=MAX_FILES)
    return found


def check_listing(folder: Path, manifest: Manifest) -> None:
    """files/ holds exactly the listed files at their listed sizes: an extra file is a swapped
    or planted one, so it is refused rather than ignored."""
    folder = Path(folder)
    with _naming(folder):
        try:
            found = list_files(folder / FILES)
        except OSError as exc:
            raise PackRefused("unreadable", reason=exc.strerror or str(exc)) from None
        listed = {f.path: f for f in manifest.files}
        for path in sorted(found):
            if path not in listed:
                raise PackRefused("unlisted_file", path=path)
        for f in manifest.files:
            if f.path not in found:
                raise PackRefused("missing_file", path=f.path)
            if found[f.path] != f.size:
                raise PackRefused("size_mismatch", path=f.path, listed=f.size, found=found[f.path])


def verify_pack(
    folder: Path,
    trust: TrustStore,
    demo: bool,
    *,
    check_hashes: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> Manifest:
    """The pack's Manifest if its signature, manifest and files hold; PackRefused if not.
    Hashes are checked only when asked (install hashes while it copies)."""
    manifest = open_pack(folder, trust, demo)
    check_listing(folder, manifest)
    if not check_hashes:
        return manifest
    done, total = 0, manifest.total_size
    with _naming(Path(folder)):
        for f in manifest.files:

            def tick(n: int, before: int = done) -> None:
                if progress:
                    progress(before + n, total)

            if hash_file(Path(folder) / FILES / f.path, f.size, f.path, tick) != f.sha256:
                raise PackRefused("hash_mismatch", path=f.path)
            done += f.size
    return manifest


def hash_file(
    path: Path, size: int, name: str, progress: Callable[[int], None] | None = None
) -> str:
    """SHA-256 of a file expected to hold `size` bytes; reading stops one byte past it."""
    h = hashlib.sha256()
    buf = bytearray(BUFFER)
    view = memoryview(buf)
    done = 0
    try:
        with open(path, "rb", buffering=0) as fh:
            while done <= size:
                n = fh.readinto(view[: min(BUFFER, size + 1 - done)])
                if not n:
                    break
                h.update(view[:n])
                done += n
                if progress:
                    progress(done)
    except OSError as exc:
        raise PackRefused("unreadable", path=name, reason=exc.strerror or str(exc)) from None
    if done > size:
        raise PackRefused("file_larger", path=name, listed=size)
    if done < size:
        raise PackRefused("size_mismatch", path=name, listed=size, found=done)
    return h.hexdigest()


class _naming:
    """Adds the pack folder to a PackRefused raised inside, so every refusal names its pack."""

    def __init__(self, folder: Path) -> None:
        self.folder = str(folder)

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind, exc, tb) -> None:  # None: an exception is never swallowed
        if isinstance(exc, PackRefused) and "pack" not in exc.fields:
            raise PackRefused(exc.code, pack=self.folder, **exc.fields) from None
