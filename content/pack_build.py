"""Building content packs: from an author folder with pack.toml, or from an old courseware CD
(光盘: a folder of videos, PDFs, slides), into `<out>/<id>-v<version>.songpack/`.

The manifest is checked by the same code that checks it on a laptop (content/pack.py) before a
single file is copied, and the finished pack is read back and verified before it is renamed
into place, so a pack that builds is a pack that installs. Media lengths come from a callback
(libvlc lives in app/, never here)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import os
import re
import shutil
import sys
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .catalog import DOCUMENT, ONLINE, VIDEO
from .errors import InvalidQuestion, KeyRoleMismatch, PackBuildError, PackRefused
from .fsync import fsync_dir
from .json_text import loads as json_loads
from .keys import PrivateKey, b64
from .pack import (
    BUFFER,
    DOMAIN,
    FILES,
    FORMAT,
    KIND,
    MANIFEST,
    MAX_BANK,
    MAX_FILE_SIZE,
    SIGNATURE,
    Manifest,
    canonical,
    parse_manifest,
    verify_pack,
)
from .pack_paths import check_path, fold
from .questions import bank_from_dict
from .rules import bundled_programme
from .trust import TrustStore

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

DurationOf = Callable[[Path], "float | None"]
Progress = Callable[[int, int], None]

TOML = "pack.toml"
COMPUTED = ("files", "total_size", "publisher_key_id")
SECONDS_PER_HOUR = 2700  # 1 学时 = 45 minutes
DOCUMENT_HOURS = 0.5  # a courseware document's nominal study time

# What an old courseware CD holds. Audio lectures play in the same player as videos.
MEDIA_TYPES = frozenset(
    {
        ".mp4",
        ".m4v",
        ".mov",
        ".flv",
        ".f4v",
        ".wmv",
        ".asf",
        ".avi",
        ".mpg",
        ".mpeg",
        ".vob",
        ".rm",
        ".rmvb",
        ".mkv",
        ".webm",
        ".3gp",
        ".ts",
        ".mp3",
        ".wma",
        ".wav",
    }
)
DOCUMENT_TYPES = frozenset(
    {
        ".pdf",
        ".ppt",
        ".pptx",
        ".pps",
        ".ppsx",
        ".doc",
        ".docx",
        ".xls",
        ".xlsx",
        ".wps",
        ".dps",
        ".et",
        ".txt",
        ".html",
        ".htm",
    }
)
# Autorun machinery and bundled players: never copied to a school laptop.
PROGRAM_TYPES = frozenset(
    {
        ".exe",
        ".dll",
        ".com",
        ".bat",
        ".cmd",
        ".msi",
        ".scr",
        ".vbs",
        ".lnk",
        ".sys",
        ".inf",
        ".ini",
        ".pif",
    }
)
SYSTEM_NAMES = frozenset({"thumbs.db", "desktop.ini"})
HTML_ENTRIES = ("index.html", "index.htm", "default.html", "default.htm")


@dataclass
class Built:
    folder: Path
    manifest: Manifest
    unreadable: list[str] = field(default_factory=list)  # media whose length could not be read
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (source path, reason)


def build(
    src: Path,
    key: PrivateKey,
    out: Path,
    duration_of: DurationOf | None = None,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> Built:
    """An author folder (pack.toml and the files it names) as a signed pack in `out`."""
    src = Path(src)
    toml_path = src / TOML
    spec = load_toml(toml_path)
    sources: dict[str, Path] = {}

    def named(path: object, where: str, folder_ok: bool = False) -> str:
        try:
            p = check_path(path)
        except PackRefused as exc:
            raise PackBuildError(exc.code, file=str(toml_path), field=where, **exc.fields) from None
        source = src / p
        if folder_ok and source.is_dir():
            return p
        if not source.is_file():
            raise PackBuildError("missing_file", file=str(toml_path), path=p)
        sources[p] = source
        return p

    for i, course in enumerate(_list(spec, "courses", toml_path)):
        for j, lesson in enumerate(_list(course, "lessons", toml_path)):
            where = f"courses[{i}].lessons[{j}]"
            for k in ("media", "document"):
                if k in lesson:
                    named(lesson[k], f"{where}.{k}")
            if isinstance(lesson.get("quiz"), dict) and "bank" in lesson["quiz"]:
                named(lesson["quiz"]["bank"], f"{where}.quiz.bank")
    if isinstance(spec.get("diagnostic"), dict) and "bank" in spec["diagnostic"]:
        named(spec["diagnostic"]["bank"], "diagnostic.bank")
    # Supporting files no lesson names (a web page's pictures): files or whole folders.
    for i, inc in enumerate(_list(spec, "include", toml_path, of=str)):
        where = f"include[{i}]"
        folder = src / named(inc, where, folder_ok=True)
        for found in _walk(folder) if folder.is_dir() else []:
            named(found.relative_to(src).as_posix(), where)
    spec.pop("include", None)
    return _write(out, spec, sources, key, duration_of, progress, toml_path, today)


def load_toml(path: Path) -> dict:
    """pack.toml as manifest fields: `programme` may name a shipped programme; dates may be
    TOML dates."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PackBuildError("no_pack_toml", file=str(path)) from None
    except UnicodeDecodeError:
        raise PackBuildError("bad_toml", file=str(path), detail="not UTF-8") from None
    except OSError as exc:
        raise PackBuildError(
            "unreadable", file=str(path), reason=exc.strerror or str(exc)
        ) from None
    try:
        spec = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = re.search(r"line (\d+)", str(exc))
        raise PackBuildError(
            "bad_toml", file=str(path), line=int(line[1]) if line else None, detail=str(exc)
        ) from None
    for k in COMPUTED:
        if k in spec:
            raise PackBuildError("bad_manifest", file=str(path), field=k, problem="computed")
    if isinstance(spec.get("created"), dt.date):
        spec["created"] = spec["created"].isoformat()
    if isinstance(spec.get("programme"), str):
        spec["programme"] = _programme(spec["programme"], path)
    return spec


def _programme(name: str, where: Path) -> dict:
    try:
        return bundled_programme(name)
    except KeyError:
        raise PackBuildError("unknown_programme", file=str(where), name=name) from None


def _list(d: object, key: str, where: Path, of: type = dict) -> list:
    """The entries of a list in pack.toml that the paths are read from; the full check of
    every field comes with the manifest's."""
    v = d.get(key, []) if isinstance(d, dict) else []
    if not isinstance(v, list) or (of is str and not all(isinstance(x, str) for x in v)):
        raise PackBuildError("bad_manifest", file=str(where), field=key, problem="not_a_list")
    return [x for x in v if isinstance(x, of)]


def _walk(folder: Path) -> list[Path]:
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted((d for d in dirs if not d.startswith(".")), key=natural)
        found += [Path(root) / f for f in sorted(files, key=natural) if not f.startswith(".")]
    return found


def natural(name: str) -> tuple:
    """Sort key that puts 第2讲 before 第10讲, as people number their files."""
    return tuple(
        (0, int(t), "") if t.isdigit() else (1, 0, t.casefold())
        for t in re.split(r"(\d+)", name)
        if t
    )


# --- a courseware CD --------------------------------------------------------------------------------


def build_from_folder(
    cd_dir: Path,
    key: PrivateKey,
    out: Path,
    *,
    pack_id: str,
    title: str,
    version: int = 1,
    programme: str = "national-2.0",
    duration_of: DurationOf | None = None,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> Built:
    """A folder of courseware as a pack: one lesson per video (its length rounded up to half a
    学时) or document, titled from its file name, one course per folder. Files that cannot
    come along (unreadable length, a name a laptop cannot hold, programs) are listed in the
    result, never silently dropped."""
    cd_dir = Path(cd_dir)
    if not cd_dir.is_dir():
        raise PackBuildError("missing_file", file=str(cd_dir), path=str(cd_dir))
    out_abs = Path(out).absolute()
    unreadable: list[str] = []
    skipped: list[tuple[str, str]] = []
    sources: dict[str, Path] = {}
    folded: dict[str, str] = {}
    for source in _walk(cd_dir):
        rel = source.relative_to(cd_dir).as_posix()
        if out_abs == source.absolute() or out_abs in source.absolute().parents:
            continue  # the output folder inside the CD folder is not courseware
        reason = _leave_out(source, rel)
        path = unicodedata.normalize("NFC", rel)
        if reason is None:
            try:
                check_path(path)
            except PackRefused as exc:
                reason = str(exc.fields["rule"])
        if reason is None and fold(path) in folded:
            reason = "name_clash"
        if reason:
            skipped.append((rel, reason))
            continue
        folded[fold(path)] = path
        sources[path] = source

    entries = {
        p.rsplit("/", 1)[0] if "/" in p else ""
        for p in sources
        if p.rsplit("/", 1)[-1].lower() in HTML_ENTRIES
    }
    durations: dict[Path, float] = {}
    courses: dict[str, list[dict]] = {}
    for path, source in list(sources.items()):
        ext = source.suffix.lower()
        folder, _, name = path.rpartition("/")
        # A web courseware's index page is named for its folder, not "index".
        label = name if name.lower() not in HTML_ENTRIES else (folder.rpartition("/")[2] or title)
        lesson: dict[str, object] = {
            "id": _short_id("l", pack_id, path),
            "title": _title(label),
            "category": ONLINE,
        }
        if ext in MEDIA_TYPES:
            seconds = duration_of(source) if duration_of else None
            if seconds is None or seconds <= 0:
                unreadable.append(path)
                del sources[path]  # a video we cannot measure cannot be credited honestly
                continue
            durations[source] = seconds
            lesson |= {"kind": VIDEO, "media": path, "hours": media_hours(seconds)}
        elif ext in DOCUMENT_TYPES and _is_lesson_page(path, ext, entries):
            lesson |= {"kind": DOCUMENT, "document": path, "hours": DOCUMENT_HOURS}
        else:
            continue  # a supporting file (a page's picture, a style sheet): copied, no lesson
        courses.setdefault(folder, []).append(lesson)
    if not courses:
        raise PackBuildError("no_lessons", file=str(cd_dir))
    spec = {
        "id": pack_id,
        "version": version,
        "title": title,
        "programme": _programme(programme, cd_dir),
        "ability_points": [],
        "courses": [
            {
                "id": _short_id("c", pack_id, folder),
                "title": title if not folder else folder.replace("/", " / "),
                "lessons": lessons,
            }
            for folder, lessons in courses.items()
        ],
    }
    result = _write(out, spec, sources, key, durations.get, progress, cd_dir, today)
    result.unreadable, result.skipped = unreadable, skipped
    return result


def media_hours(seconds: float) -> float:
    """Nominal hours of a video: its length in 学时 of 45 minutes, to the second (a 1:26 video
    is 86 s = 0.0319 学时, not half a 学时). Time on task is capped there per lesson and
    counted per course in whole tenths (content.figures), so short videos add up."""
    return round(math.ceil(seconds) / SECONDS_PER_HOUR, 6)


def _leave_out(source: Path, rel: str) -> str | None:
    name = source.name.lower()
    if name in SYSTEM_NAMES:
        return "system_file"
    if source.suffix.lower() in PROGRAM_TYPES:
        return "program"
    try:
        if source.stat().st_size > MAX_FILE_SIZE:
            return "too_large"
    except OSError:
        return "unreadable"
    return None


def _is_lesson_page(path: str, ext: str, entries: set[str]) -> bool:
    """A web courseware is one lesson (its index page), not one lesson per page."""
    if ext not in (".html", ".htm"):
        return True
    folder, _, name = path.rpartition("/")
    if name.lower() in HTML_ENTRIES:
        return True
    parts = folder.split("/") if folder else []
    return not any("/".join(parts[:i]) in entries for i in range(len(parts) + 1))


def _short_id(prefix: str, pack_id: str, path: str) -> str:
    # From the path, so a re-published CD keeps its lesson ids (and teachers their hours).
    return f"{prefix}-" + hashlib.sha256(f"{pack_id}\0{path}".encode()).hexdigest()[:12]


def _title(name: str) -> str:
    stem = (
        name.rsplit(".", 1)[0]
        if Path(name).suffix.lower() in MEDIA_TYPES | DOCUMENT_TYPES
        else name
    )
    return re.sub(r"[_\s]+", " ", stem).strip() or name


# --- writing -----------------------------------------------------------------------------------------


def _write(
    out: Path,
    spec: dict,
    sources: dict[str, Path],
    key: PrivateKey,
    duration_of: DurationOf | None,
    progress: Progress | None,
    origin: Path,
    today: dt.date | None,
) -> Built:
    if key.role != "publisher":
        raise KeyRoleMismatch(path=str(origin), expected="publisher", found=key.role)
    spec = dict(spec)
    spec.setdefault("format", FORMAT)
    spec.setdefault("kind", KIND)
    spec.setdefault("created", (today or dt.date.today()).isoformat())
    spec.setdefault("ability_points", [])
    spec.setdefault("courses", [])
    spec["publisher_key_id"] = key.public.key_id
    unreadable = _measure(spec, sources, duration_of)

    sizes = {p: _size(s, origin) for p, s in sources.items()}
    # Check everything but the hashes before copying a byte.
    draft = spec | {
        "files": [{"path": p, "size": sizes[p], "sha256": "0" * 64} for p in sources],
        "total_size": sum(sizes.values()),
    }
    manifest = _checked(canonical(draft), origin)
    for bank in manifest.quiz_banks():
        _check_bank(sources[bank], bank, origin)

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    final = out / manifest.folder_name
    if final.exists():
        raise PackBuildError("exists", file=str(origin), path=str(final))
    tmp = out / f".{manifest.folder_name}.{uuid.uuid4().hex}.tmp"
    try:
        (tmp / FILES).mkdir(parents=True)
        entries, done, total = [], 0, sum(sizes.values())

        def copied(before: int) -> Callable[[int], object]:
            return lambda n: progress and progress(before + n, total)

        for p, source in sources.items():
            size, digest = _copy(source, tmp / FILES / p, copied(done))
            done += size
            entries.append({"path": p, "size": size, "sha256": digest})
        raw = canonical(spec | {"files": entries, "total_size": done})
        manifest = _checked(raw, origin)
        signature = {
            "format": FORMAT,
            "key_id": key.public.key_id,
            "signature": b64(key.sign(DOMAIN, raw)),
        }
        _write_file(tmp / MANIFEST, raw)
        _write_file(tmp / SIGNATURE, json.dumps(signature).encode("ascii") + b"\n")
        _fsync_tree(tmp)
        # Read back with the key's own public half, as a laptop will (pinned demo-only and
        # checked as the demo, so that the demo publisher's own builds pass too).
        verify_pack(
            tmp, TrustStore().add(key.public, 0, demo_only=True), demo=True, check_hashes=True
        )
        try:
            os.rename(tmp, final)
        except OSError:
            raise PackBuildError("exists", file=str(origin), path=str(final)) from None
        fsync_dir(out)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return Built(final, manifest, unreadable)


def _measure(spec: dict, sources: dict[str, Path], duration_of: DurationOf | None) -> list[str]:
    """Fill each video lesson's duration_s; list the media whose length cannot be read (an
    author's own duration_s stands in for them)."""
    unreadable = []
    for course in spec.get("courses", []):
        for lesson in course.get("lessons", []) if isinstance(course, dict) else []:
            if not isinstance(lesson, dict) or lesson.get("kind") != VIDEO:
                continue
            media = lesson.get("media")
            if not isinstance(media, str):
                continue  # parse_manifest refuses the lesson, naming the field
            seconds = duration_of(sources[media]) if duration_of and media in sources else None
            if seconds is not None and seconds > 0:
                lesson["duration_s"] = round(float(seconds), 3)
                # The nominal time fits the media: never more than the video's length.
                if isinstance(lesson.get("hours"), int | float):
                    lesson["hours"] = min(lesson["hours"], media_hours(seconds))
            elif lesson.get("duration_s") is None and media not in unreadable:
                unreadable.append(media)
    return unreadable


def _checked(raw: bytes, origin: Path) -> Manifest:
    try:
        return parse_manifest(raw)
    except PackRefused as exc:
        raise PackBuildError(exc.code, file=str(origin), **exc.fields) from None


def _check_bank(source: Path, path: str, origin: Path) -> None:
    try:
        with open(source, "rb") as fh:
            data = fh.read(MAX_BANK + 1)
        bank_from_dict(json_loads(data.decode("utf-8")))
    except InvalidQuestion as exc:
        raise PackBuildError(
            "bad_question_bank",
            file=str(origin),
            path=path,
            question=exc.fields.get("question"),
            reason=exc.code,
        ) from None
    except (OSError, UnicodeDecodeError, ValueError):
        raise PackBuildError(
            "bad_question_bank", file=str(origin), path=path, question=None, reason="not_json"
        ) from None


def _size(source: Path, origin: Path) -> int:
    try:
        return source.stat().st_size
    except OSError:
        raise PackBuildError("missing_file", file=str(origin), path=str(source)) from None


def _copy(source: Path, dest: Path, progress: Callable[[int], object]) -> tuple[int, str]:
    """Copy hashing what is written (the size and hash describe the copy, even if the source
    changes under us); flushed to the disk before the manifest names it."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    h = hashlib.sha256()
    buf = bytearray(BUFFER)
    view = memoryview(buf)
    done = 0
    with open(source, "rb", buffering=0) as src, open(dest, "xb", buffering=0) as dst:
        while n := src.readinto(buf):
            h.update(view[:n])
            written = 0
            while written < n:
                written += dst.write(view[written:n])
            done += n
            progress(done)
        os.fsync(dst.fileno())
    return done, h.hexdigest()


def _write_file(path: Path, data: bytes) -> None:
    with open(path, "xb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def _fsync_tree(root: Path) -> None:
    for folder, _dirs, _files in os.walk(root):
        fsync_dir(Path(folder))
