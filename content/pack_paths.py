"""Paths as a content pack may name them: the rules that keep every file inside the library
on Windows, Linux and a FAT32 drive alike (docs/formats.md, "Content pack — format 1")."""

from __future__ import annotations

import re
import unicodedata

from .errors import PackRefused

MAX_PATH_CHARS = 240  # leaves room under Windows' 260 for the library folder
MAX_COMPONENT_BYTES = 255

_BAD_CHARS = frozenset('<>:"|?*')
# Windows opens a device, not a file, for these names whatever extension follows; the
# superscript digits count too, and so do the console's own names.
_DEVICES = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{d}{n}" for d in ("COM", "LPT") for n in "123456789¹²³"}
)
_DRIVE = re.compile(r"[A-Za-z]:")


def _bad_path(p: object, rule: str) -> PackRefused:
    return PackRefused("bad_path", path=p if isinstance(p, str) else repr(p), rule=rule)


def check_path(p: object) -> str:
    """A path as a manifest may name it, or PackRefused("bad_path", path=, rule=).

    Rules: empty, not_utf8, not_nfc, too_long, absolute, drive_letter, backslash,
    empty_component, dot_component, bad_character, trailing_dot_or_space, device_name,
    component_too_long. Paths that clash with each other are the manifest's check."""
    if not isinstance(p, str) or not p:
        raise _bad_path(p, "empty")
    try:
        p.encode("utf-8")
    except UnicodeEncodeError:
        raise _bad_path(p, "not_utf8") from None
    if unicodedata.normalize("NFC", p) != p:
        raise _bad_path(p, "not_nfc")
    if len(p) > MAX_PATH_CHARS:
        raise _bad_path(p, "too_long")
    if p.startswith("/"):
        raise _bad_path(p, "absolute")
    if _DRIVE.match(p):
        raise _bad_path(p, "drive_letter")
    if "\\" in p:
        raise _bad_path(p, "backslash")
    for part in p.split("/"):
        if not part:
            raise _bad_path(p, "empty_component")
        if part in (".", ".."):
            raise _bad_path(p, "dot_component")
        if any(c in _BAD_CHARS or ord(c) < 32 or 127 <= ord(c) < 160 for c in part):
            raise _bad_path(p, "bad_character")
        if part[-1] in ". ":
            raise _bad_path(p, "trailing_dot_or_space")
        if part.split(".")[0].rstrip(" ").upper() in _DEVICES:
            raise _bad_path(p, "device_name")
        if len(part.encode("utf-8")) > MAX_COMPONENT_BYTES:
            raise _bad_path(p, "component_too_long")
    return p


def fold(p: str) -> str:
    """A path as a case-insensitive file system compares it (stricter than Windows: casefold
    also folds ß to ss, so more names clash, never fewer)."""
    return p.casefold()


def check_paths(paths: list[str]) -> None:
    """No two paths the same, nor the same once case is folded, nor a file where another path
    needs a folder (`a` and `a/b`)."""
    files: dict[str, str] = {}
    for p in paths:
        key = fold(p)
        if key in files:
            code = "duplicate_path" if files[key] == p else "path_clash"
            raise PackRefused(code, path=p, other=files[key])
        files[key] = p
    for p in paths:
        parts = p.split("/")
        for i in range(1, len(parts)):
            folder = fold("/".join(parts[:i]))
            if folder in files:
                raise PackRefused("path_clash", path=p, other=files[folder])


def safe_file_name(name: object, fallback: str) -> str:
    """One file name, safe to create in a folder of ours on any system, made from a name read
    from outside (an evidence file's original name, a teacher's name in a proposed file name):
    only its last component, characters Windows refuses replaced by `_`, no leading or
    trailing dots or spaces, no device name, at most MAX_COMPONENT_BYTES. `fallback` (a name
    the program made, such as a hash) stands in when nothing usable is left."""
    text = str(name or "").replace("\\", "/").rsplit("/", 1)[-1]
    text = "".join(
        "_" if c in _BAD_CHARS or ord(c) < 32 or 127 <= ord(c) < 160 else c for c in text
    ).strip(". ")
    while len(text.encode("utf-8")) > MAX_COMPONENT_BYTES:
        stem, dot, ext = text.rpartition(".")
        text = (stem[:-1] + dot + ext) if dot and len(ext) < 16 and stem else text[:-1]
    if not text or text.split(".")[0].rstrip(" ").upper() in _DEVICES:
        return fallback
    return text
