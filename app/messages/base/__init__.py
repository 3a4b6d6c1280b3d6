"""Words for the shared base: the data folder and its disk, files and folders given on the
command line, keys and passphrases, the PDF font; and the small helpers every domain uses."""

from __future__ import annotations

import datetime as dt

from content import errors as ce
from sync.base import errors as e
from sync.base.confine import OutsideFolder

from ...pdf.fonts import CjkFontMissing
from ..registry import tr, translate, words


def shown(text: object) -> str:
    """A name from a file as it may be printed: control characters (a hostile manifest could
    carry terminal escapes) become visible escapes."""
    return "".join(c if c.isprintable() else ascii(c)[1:-1] for c in str(text))


def size_text(n: object) -> str:
    """Binary units, labelled as Windows labels them (a 4 GB FAT32 limit is 4 GiB)."""
    n = int(n) if isinstance(n, (int, float)) else 0
    if n >= 1024**3:
        return f"{n / 1024**3:.1f} GB"
    if n >= 1024**2:
        return f"{n / 1024**2:.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.0f} KB"
    return tr(translate("Messages", "%1 bytes"), str(max(n, 0)))  # 70 bytes is not "0 KB"


CHINA_TIME = dt.timezone(dt.timedelta(hours=8), "CST")


def when(ms: int | None) -> str:
    """A time as the programme reads it: China time, whatever zone the computer is set to (a
    school laptop's zone is often left wrong), so the school and the county show one time for
    one event. A dash for none."""
    if not ms:
        return "—"
    return dt.datetime.fromtimestamp(ms / 1000, CHINA_TIME).strftime("%Y-%m-%d %H:%M")


def day(ms: int) -> str:
    """The calendar day of `ms` in China time."""
    return dt.datetime.fromtimestamp(ms / 1000, CHINA_TIME).strftime("%Y-%m-%d")


def role_name(role: str) -> str:
    return {
        "publisher": translate("Messages", "publisher"),
        "county": translate("Messages", "county"),
        "trainer": translate("Messages", "trainer"),
    }.get(role, role)


def chain_problem_name(kind: str) -> str:
    return {
        "gap": translate("Messages", "a sequence number is missing"),
        "link": translate("Messages", "does not link to the event before it"),
        "hash": translate("Messages", "its contents were changed after it was written"),
        "device": translate("Messages", "belongs to another computer"),
        "malformed": translate(
            "Messages", "cannot be read as a record (its contents are malformed)"
        ),
    }.get(kind, kind)


@words(CjkFontMissing)
def cjk_font_missing(exc: BaseException, a: dict) -> str:
    return tr(
        translate(
            "Messages",
            "No Chinese font to embed in the PDF (%1). Install the "
            "package fonts-wqy-microhei, or reinstall Songpei.",
        ),
        str(a.get("expected", "")),
    )


@words(e.DataDirUnusable)
def data_dir_unusable(exc: BaseException, a: dict) -> str:
    return tr(
        translate(
            "Messages",
            "The data folder %1 cannot be used (%2). Choose another folder with "
            "--data-dir, or ask for it to be made writable.",
        ),
        a["path"],
        a["reason"],
    )


@words(e.DiskFull)
def disk_full(exc: BaseException, a: dict) -> str:
    return tr(
        translate(
            "Messages",
            "The disk holding %1 is full. Free some space (at least 100 MB) and try "
            "again; nothing was saved by this step.",
        ),
        a["path"],
    )


@words(ce.WrongPassphrase)
def wrong_passphrase(exc: BaseException, a: dict) -> str:
    return tr(translate("Messages", "The passphrase does not open the key file %1."), a["path"])


@words(ce.KeyFileInvalid)
def key_file_invalid(exc: BaseException, a: dict) -> str:
    return tr(
        translate("Messages", "%1 is not a Songpei key file, or it is damaged (%2)."),
        a["path"],
        a["detail"],
    )


@words(ce.KeyRoleMismatch)
def key_role_mismatch(exc: BaseException, a: dict) -> str:
    return tr(
        translate("Messages", "%1 is a %2 key; a %3 key is needed here."),
        a["path"],
        role_name(a["found"]),
        role_name(a["expected"]),
    )


@words(ce.PassphraseTooShort)
def passphrase_too_short(exc: BaseException, a: dict) -> str:
    return tr(
        translate("Messages", "The passphrase is too short: use at least %1 characters."),
        str(a["minimum"]),
    )


@words(ce.PassphraseRequired)
def passphrase_required(exc: BaseException, a: dict) -> str:
    return translate(
        "Messages", "A passphrase is needed: type it when asked, or give --passphrase-file FILE."
    )


@words(ce.FileUnreadable)
def file_unreadable(exc: BaseException, a: dict) -> str:
    return tr(translate("Messages", "Cannot read %1 (%2)."), a["path"], a["reason"])


@words(ce.PathRequired)
def path_required(exc: BaseException, a: dict) -> str:
    return tr(translate("Messages", "Please give %1."), a["option"])


@words(ce.KeyExists)
def key_exists(exc: BaseException, a: dict) -> str:
    return tr(
        translate(
            "Messages",
            "%1 already exists; it was not overwritten. Choose another folder with --out.",
        ),
        a["path"],
    )


@words(OutsideFolder)
def outside_folder(exc: BaseException, a: dict) -> str:
    return tr(
        translate("Messages", "%1 lies outside %2, so Songpei did not delete or change it."),
        a["path"],
        a["folder"],
    )


@words(ce.OutputFolderMissing)
def output_folder_missing(exc: BaseException, a: dict) -> str:
    return tr(
        translate(
            "Messages",
            "The folder %1 does not exist. Create it, or give %2 a "
            "file in a folder that exists. Nothing was written.",
        ),
        a["path"],
        a["option"],
    )
