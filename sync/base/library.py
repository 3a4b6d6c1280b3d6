"""The laptop's content library: installed packs under `data_dir/library/`.

    library/installed.json               which version of each pack is installed (atomic)
    library/packs/<id>/v<version>/       manifest.json, manifest.sig, files/…
    library/.staging/<id>-v<version>/    a copy in progress: files/… as they finish, parts/N
                                         the file listed N-th while it arrives

Pack ids (checked by content.pack) live one folder down, in packs/, so that no id can name
the library's own files (an id `installed.json` is a pack like any other); a part is named by
its place in the manifest, so no listed name (`x.part` beside `x`) can meet another's part.
Every delete is confined to the library folder (sync.base.confine).

Install verifies the signature and the whole manifest before writing anything, streams every
file from the drive hashing while it copies (1 MiB at a time, so memory stays flat whatever the
pack's size), resumes a copy the drive's removal broke, and only then renames the staged pack
into place and replaces installed.json. A refused install leaves the installed packs exactly as
they were; only the staging folder may keep a part for the next attempt."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sys
import time
import uuid
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from content.catalog import Catalog, combine
from content.errors import InvalidQuestion, PackRefused
from content.json_text import loads as json_loads
from content.keys import b64
from content.pack import (
    BUFFER,
    FILES,
    FORMAT,
    MANIFEST,
    MAX_BANK,
    MAX_MANIFEST,
    SIGNATURE,
    SUFFIX,
    AbilityPoint,
    Manifest,
    check_listing,
    open_pack,
    parse_manifest,
    read_signature,
)
from content.questions import bank_from_dict
from content.rules import ProgrammeRules
from content.trust import TrustStore
from sync.base.confine import OutsideFolder, inside, remove
from sync.base.drive import Drive
from sync.base.durable import atomic_write_bytes, fsync_dir, translate_os_error
from sync.base.errors import DiskFull, SongpeiError

LIBRARY = "library"
PACKS = "packs"
STAGING = ".staging"
PARTS = "parts"
INSTALLED = "installed.json"
LOCK = ".lock"
KIND = "songpei-library"
SPARE_BYTES = 64 * 1024**2  # left free beyond the pack: the journal must still be writable

Progress = Callable[[int, int], None]


class LibraryDamaged(SongpeiError):
    """installed.json or an installed pack cannot be read (path=..., detail=...)."""


class LibraryBusy(SongpeiError):
    """Another install is running on this laptop (path=...)."""


class PackSourceUnreadable(SongpeiError):
    """The drive stopped answering mid-copy (pack=..., path=..., reason=...); what was copied
    stays staged and the next install resumes from it."""


@dataclass(frozen=True)
class InstalledPack:
    id: str
    version: int
    title: str
    manifest_sha256: str
    folder: str  # relative to library/: packs/<id>/v<version> (<id>/v<version> before)
    installed_ms: int

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "version": self.version,
            "title": self.title,
            "manifest_sha256": self.manifest_sha256,
            "folder": self.folder,
            "installed_ms": self.installed_ms,
        }


@dataclass(frozen=True)
class InstallResult:
    status: str  # installed | already | repaired
    manifest: Manifest
    total_bytes: int
    copied_bytes: int = 0  # read from the drive this time
    resumed_bytes: int = 0  # already staged by an earlier, broken attempt
    replaced_version: int | None = None
    seconds: float = 0.0


def library_dir(data_dir: Path) -> Path:
    return Path(data_dir) / LIBRARY


def installed(data_dir: Path) -> list[InstalledPack]:
    """Installed packs in the order they were installed (the latest last)."""
    path = library_dir(data_dir) / INSTALLED
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise LibraryDamaged(path=str(path), detail=exc.strerror or str(exc)) from None
    try:
        doc = json_loads(data.decode("utf-8"))
        if doc.get("kind") != KIND or doc.get("format") != FORMAT:
            raise ValueError("not a library list")
        return [
            InstalledPack(
                str(p["id"]),
                int(p["version"]),
                str(p["title"]),
                str(p["manifest_sha256"]),
                str(p["folder"]),
                int(p["installed_ms"]),
            )
            for p in doc["packs"]
        ]
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise LibraryDamaged(path=str(path), detail=str(exc)) from None


def installed_manifest(data_dir: Path, pack: InstalledPack) -> Manifest:
    """An installed pack's manifest, as verified when it was installed."""
    path = library_dir(data_dir) / pack.folder / MANIFEST
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_MANIFEST + 1)
        if hashlib.sha256(raw).hexdigest() != pack.manifest_sha256:
            raise LibraryDamaged(path=str(path), detail="changed since it was installed")
        return parse_manifest(raw)
    except OSError as exc:
        raise LibraryDamaged(path=str(path), detail=exc.strerror or str(exc)) from None
    except PackRefused as exc:
        raise LibraryDamaged(path=str(path), detail=exc.code) from None


def load_content(data_dir: Path) -> tuple[Catalog, ProgrammeRules] | None:
    """The installed packs as one catalogue, under the programme rules of the pack installed
    last; None when no pack is installed."""
    packs = installed(data_dir)
    if not packs:
        return None
    manifests = [installed_manifest(data_dir, p) for p in packs]
    catalog = combine(
        [m.catalog() for m in manifests], "library", "、".join(m.title for m in manifests)
    )
    return catalog, manifests[-1].rules()


def load_points(data_dir: Path) -> dict[str, AbilityPoint]:
    """The installed packs' ability points by code; a pack installed later speaks for a code
    an earlier one also lists (as its programme rules do)."""
    points: dict[str, AbilityPoint] = {}
    for pack in installed(data_dir):
        points.update((p.code, p) for p in installed_manifest(data_dir, pack).ability_points)
    return points


def find_packs(path: Path) -> list[Path]:
    """A pack folder itself, or the packs on a drive (songpei/packs/) or in a folder, oldest
    version first so that a drive holding v4 and v5 ends with v5."""
    path = Path(path)
    if (path / MANIFEST).exists() or (path / SIGNATURE).exists():
        return [path]
    for base in (Drive(path).packs, path):
        if base.is_dir():
            found = [p for p in base.iterdir() if p.name.endswith(SUFFIX) and p.is_dir()]
            if found:
                return sorted(found, key=_name_order)
    return []


def _name_order(p: Path) -> tuple:
    m = re.fullmatch(r"(.+)-v(\d+)" + re.escape(SUFFIX), p.name)
    return (m[1], int(m[2])) if m else (p.name, 0)


# --- install -------------------------------------------------------------------------------------


def install(
    pack_folder: Path, target, trust: TrustStore, demo: bool, progress: Progress | None = None
) -> InstallResult:
    """Install or upgrade one pack from `pack_folder` into the library of `target` (a Laptop or
    a data folder). Raises PackRefused (nothing installed), PackSourceUnreadable (resumable),
    DiskFull, LibraryBusy or LibraryDamaged."""
    started = time.monotonic()
    pack_folder = Path(pack_folder)
    data_dir = Path(getattr(target, "data_dir", target))
    lib = library_dir(data_dir)
    manifest = open_pack(pack_folder, trust, demo)  # signature, then the manifest
    if _decide(lib, data_dir, manifest, pack_folder):
        return InstallResult(
            "already", manifest, manifest.total_size, seconds=time.monotonic() - started
        )
    check_listing(pack_folder, manifest)
    with _locked(lib):
        if _decide(lib, data_dir, manifest, pack_folder):  # another install may have won
            return InstallResult(
                "already", manifest, manifest.total_size, seconds=time.monotonic() - started
            )
        previous = {p.id: p for p in installed(data_dir)}.get(manifest.id)
        copier = _Copier(pack_folder, manifest, progress)
        stage = copier.stage(lib, lib / STAGING / f"{manifest.id}-v{manifest.version}")
        _commit(lib, data_dir, manifest, stage, previous)
    repaired = previous is not None and previous.version == manifest.version
    return InstallResult(
        "repaired" if repaired else "installed",
        manifest,
        manifest.total_size,
        copier.copied,
        copier.resumed,
        previous.version if previous and not repaired else None,
        time.monotonic() - started,
    )


def _decide(lib: Path, data_dir: Path, manifest: Manifest, source: Path) -> bool | None:
    """True when this very manifest is installed and intact (a no-op); None to install;
    PackRefused for an older version or a reused version number."""
    current = {p.id: p for p in installed(data_dir)}.get(manifest.id)
    if current is None or manifest.version > current.version:
        return None
    if manifest.version < current.version:
        raise PackRefused(
            "older_version",
            pack=str(source),
            id=manifest.id,
            installed=current.version,
            offered=manifest.version,
        )
    if manifest.sha256 != current.manifest_sha256:
        # The same number for other contents: a publisher's slip or a forgery; never merge.
        raise PackRefused(
            "version_reused", pack=str(source), id=manifest.id, version=manifest.version
        )
    return True if _intact(lib / current.folder, manifest) else None


def _intact(folder: Path, manifest: Manifest) -> bool:
    """Sizes only: cheap enough for every re-install; a damaged copy is copied again."""
    try:
        with open(folder / MANIFEST, "rb") as fh:
            if fh.read(MAX_MANIFEST + 1) != manifest.raw:
                return False
        return all((folder / FILES / f.path).stat().st_size == f.size for f in manifest.files)
    except OSError:
        return False


@contextmanager
def _locked(lib: Path):
    staging = lib / STAGING
    try:
        staging.mkdir(parents=True, exist_ok=True)
        fd = os.open(staging / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise translate_os_error(exc, staging) from exc
    try:
        if sys.platform == "win32":  # (not os.name: mypy narrows the platform on sys.platform)
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        raise LibraryBusy(path=str(lib)) from None
    try:
        yield
    finally:
        os.close(fd)  # releases the lock, also when the process is killed


class _Copier:
    """Streams a verified pack's files into a staging folder, resuming what is there."""

    def __init__(self, source: Path, manifest: Manifest, progress: Progress | None) -> None:
        self.source = source
        self.manifest = manifest
        self.progress = progress
        self.copied = 0
        self.resumed = 0
        self.buf = bytearray(BUFFER)

    @property
    def done(self) -> int:
        return self.copied + self.resumed

    def tick(self) -> None:
        if self.progress:
            self.progress(self.done, self.manifest.total_size)

    def stage(self, lib: Path, stage: Path) -> Path:
        m = self.manifest
        try:
            marker = stage / MANIFEST
            if stage.exists() and not (
                marker.is_file() and marker.read_bytes() == m.raw and (stage / PARTS).is_dir()
            ):
                remove(lib, stage)  # parts of another manifest (or layout): nothing to resume
            if not stage.exists():
                (stage / FILES).mkdir(parents=True)
                (stage / PARTS).mkdir()
                key_id, signature = read_signature(self.source)
                atomic_write_bytes(
                    stage / SIGNATURE,
                    json.dumps(
                        {"format": FORMAT, "key_id": key_id, "signature": b64(signature)}
                    ).encode("ascii")
                    + b"\n",
                )
                atomic_write_bytes(marker, m.raw)
            self._check_space(stage)
        except OSError as exc:
            raise translate_os_error(exc, stage) from exc
        except PackRefused as exc:
            raise PackRefused(exc.code, pack=str(self.source), **exc.fields) from None
        self.tick()
        for n, f in enumerate(m.files):
            self._file(f.path, f.size, f.sha256, stage / FILES / f.path, _part(stage, n))
        _remove_empty(stage / PARTS)
        for bank in m.quiz_banks():
            self._check_bank(lib, stage, bank)
        for folder, _dirs, _files in os.walk(stage):
            fsync_dir(Path(folder))
        return stage

    def _check_space(self, stage: Path) -> None:
        staged = 0
        for n, f in enumerate(self.manifest.files):
            for p in (stage / FILES / f.path, _part(stage, n)):
                if p.is_file():
                    staged += min(p.stat().st_size, f.size)
        need = self.manifest.total_size - staged + SPARE_BYTES
        if shutil.disk_usage(stage).free < need:
            raise DiskFull(path=str(stage))

    def refused(self, code: str, **fields: object) -> PackRefused:
        return PackRefused(code, pack=str(self.source), **fields)

    def _file(self, path: str, size: int, sha256: str, dest: Path, part: Path) -> None:
        if dest.exists():  # finished by an earlier attempt: trust it only after hashing it
            if (
                dest.stat().st_size == size
                and self._hash_local(dest, size)[1].hexdigest() == sha256
            ):
                self.resumed += size
                self.tick()
                return
            dest.unlink()
        h, offset = hashlib.sha256(), 0
        self._mkdir(dest.parent)
        if part.exists():
            if part.stat().st_size > size:
                part.unlink()
            else:
                offset, h = self._hash_local(part, size)
                self.resumed += offset
                self.tick()
        while True:
            digest = self._copy(path, size, part, offset, h)
            if digest == sha256:
                break
            self._unlink(part)
            if offset == 0:
                raise self.refused("hash_mismatch", path=path)
            # The kept part was bad (a torn write at power loss): copy this file afresh, once.
            self.resumed -= offset
            offset, h = 0, hashlib.sha256()
        try:
            os.replace(part, dest)
        except OSError as exc:
            raise translate_os_error(exc, dest) from exc

    def _hash_local(self, path: Path, limit: int) -> tuple[int, hashlib._Hash]:
        """Bytes read and the running hash of a staged file (re-read from the laptop's own
        disk, which is far faster than the drive)."""
        h, done, view = hashlib.sha256(), 0, memoryview(self.buf)
        with open(path, "rb", buffering=0) as fh:
            while done < limit and (n := fh.readinto(view[: min(BUFFER, limit - done)])):
                h.update(view[:n])
                done += n
        return done, h

    def _copy(self, path: str, size: int, part: Path, offset: int, h) -> str:
        """Append the source from `offset` to the part, hashing; stop one byte past `size`."""
        src_path = self.source / FILES / path
        view = memoryview(self.buf)
        try:
            src = open(src_path, "rb", buffering=0)  # noqa: SIM115 - closed below
        except OSError as exc:
            raise PackSourceUnreadable(
                pack=str(self.source), path=path, reason=exc.strerror or str(exc)
            ) from None
        try:
            try:
                out = open(part, "r+b" if offset else "wb", buffering=0)  # noqa: SIM115
            except OSError as exc:
                raise translate_os_error(exc, part) from exc
            with out:
                out.seek(offset)
                out.truncate(offset)
                src.seek(offset)
                remaining = size - offset
                while remaining > 0:
                    n = self._read(src, view[: min(BUFFER, remaining)], path)
                    if n == 0:
                        self._unlink(part)
                        raise self.refused(
                            "size_mismatch", path=path, listed=size, found=size - remaining
                        )
                    h.update(view[:n])
                    self._write(out, view[:n], part)
                    remaining -= n
                    self.copied += n
                    self.tick()
                if self._read(src, view[:1], path):  # never more than the manifest says
                    self._unlink(part)
                    raise self.refused("file_larger", path=path, listed=size)
                try:
                    os.fsync(out.fileno())
                except OSError as exc:
                    raise translate_os_error(exc, part) from exc
        finally:
            src.close()
        return h.hexdigest()

    def _read(self, src, view: memoryview, path: str) -> int:
        try:
            return src.readinto(view) or 0
        except OSError as exc:  # the drive was pulled, or a bad sector
            raise PackSourceUnreadable(
                pack=str(self.source), path=path, reason=exc.strerror or str(exc)
            ) from None

    @staticmethod
    def _write(out, view: memoryview, part: Path) -> None:
        try:
            written = 0
            while written < len(view):
                written += out.write(view[written:])
        except OSError as exc:
            raise translate_os_error(exc, part) from exc

    @staticmethod
    def _mkdir(folder: Path) -> None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise translate_os_error(exc, folder) from exc

    @staticmethod
    def _unlink(p: Path) -> None:
        try:
            p.unlink()
        except OSError:
            pass

    def _check_bank(self, lib: Path, stage: Path, bank: str) -> None:
        """A quiz that cannot be asked is refused now, not when a teacher opens it."""
        try:
            with open(stage / FILES / bank, "rb") as fh:
                bank_from_dict(json_loads(fh.read(MAX_BANK + 1).decode("utf-8")))
        except InvalidQuestion as exc:
            remove(lib, stage)
            raise self.refused(
                "bad_question_bank", path=bank, reason=exc.code, question=exc.fields.get("question")
            ) from None
        except (UnicodeDecodeError, ValueError):
            remove(lib, stage)
            raise self.refused(
                "bad_question_bank", path=bank, reason="not_json", question=None
            ) from None


def _part(stage: Path, n: int) -> Path:
    """Where the manifest's n-th file arrives: a name the library makes, not one it was given."""
    return stage / PARTS / f"{n:06d}"


def _remove_empty(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:
        pass


def _commit(
    lib: Path, data_dir: Path, manifest: Manifest, stage: Path, previous: InstalledPack | None
) -> None:
    """Staged pack into place, then installed.json; old versions go only after that."""
    pack_dir = lib / PACKS / manifest.id
    final = pack_dir / f"v{manifest.version}"
    aside = lib / STAGING / f".old-{uuid.uuid4().hex}"
    try:
        pack_dir.mkdir(parents=True, exist_ok=True)
        if final.exists():  # a damaged copy of this same version, being repaired
            os.rename(final, aside)
        os.rename(stage, final)
        fsync_dir(pack_dir)
        fsync_dir(lib / STAGING)
    except OSError as exc:
        raise translate_os_error(exc, final) from exc
    entry = InstalledPack(
        manifest.id,
        manifest.version,
        manifest.title,
        manifest.sha256,
        f"{PACKS}/{manifest.id}/v{manifest.version}",
        int(time.time() * 1000),
    )
    packs = [p for p in installed(data_dir) if p.id != manifest.id] + [entry]
    doc = {"format": FORMAT, "kind": KIND, "packs": [p.to_dict() for p in packs]}
    atomic_write_bytes(
        lib / INSTALLED, (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    )
    # Leftovers: older versions (where this library kept them before packs/, too), the
    # repaired copy, abandoned staging of this pack; each delete confined to the library.
    earlier = _earlier_copy(lib, previous, final)
    for old in [
        aside,
        *(p for p in pack_dir.iterdir() if p.name != final.name),
        *(
            p
            for p in (lib / STAGING).glob(f"{manifest.id}-v*")
            if 0 < _staged_version(p, manifest.id) <= manifest.version
        ),
        *([earlier] if earlier is not None else []),
    ]:
        remove(lib, old)
    if earlier is not None and earlier.parent != pack_dir:
        _remove_empty(earlier.parent)  # <id>/ of the layout before packs/, once empty


def _earlier_copy(lib: Path, previous: InstalledPack | None, final: Path) -> Path | None:
    """The replaced version's folder as installed.json names it, when it must go: inside the
    library, not the new copy, holding a pack (its manifest); None otherwise."""
    if previous is None:
        return None
    try:
        where = inside(lib, lib / previous.folder)
    except OutsideFolder:
        return None
    if where == final.resolve() or not (where / MANIFEST).is_file():
        return None
    return where


def _staged_version(p: Path, pack_id: str) -> int:
    """The version of this pack a staging folder holds; 0 if it is another pack's."""
    rest = p.name[len(pack_id) + 2 :]
    return int(rest) if rest.isdigit() else 0
