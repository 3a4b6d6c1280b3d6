"""Command-line tools for content packs: authors build and verify them, trainers install them."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from content import keys
from content.errors import KeyRoleMismatch, SongpeiError
from content.rules import BUNDLED

from ..messages import describe, path_rule, shown, size_text, tr
from .console import StatusLine, say
from .keys import passphrase, secret_parser

translate = QCoreApplication.translate


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    secret = secret_parser()
    p = sub.add_parser(
        "pack", help=translate("cli", "content packs: build, verify, install")
    ).add_subparsers(dest="pack_command", metavar=translate("cli", "COMMAND"), required=True)

    b = p.add_parser(
        "build",
        parents=[common, secret],
        help=translate(
            "cli", "build a signed pack from an author folder (pack.toml) or a courseware folder"
        ),
    )
    b.add_argument(
        "src",
        nargs="?",
        type=Path,
        metavar="SRC_DIR",
        help=translate("cli", "author folder holding pack.toml and its files"),
    )
    b.add_argument(
        "--from-folder",
        type=Path,
        metavar="CD_DIR",
        help=translate("cli", "an old courseware CD or folder: one lesson per video or document"),
    )
    b.add_argument(
        "--key",
        required=True,
        type=Path,
        metavar="KEY",
        help=translate("cli", "the publisher's private key file"),
    )
    b.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar=translate("cli", "DIR"),
        help=translate("cli", "folder to write the .songpack folder into"),
    )
    b.add_argument(
        "--id",
        dest="pack_id",
        metavar="ID",
        help=translate("cli", "pack id (with --from-folder), e.g. yuechi-cd-2014"),
    )
    b.add_argument("--title", help=translate("cli", "pack title (with --from-folder)"))
    b.add_argument(
        "--version",
        dest="pack_version",
        type=int,
        default=1,
        metavar="N",
        help=translate("cli", "pack version (with --from-folder; default 1)"),
    )
    b.add_argument(
        "--programme",
        choices=BUNDLED,
        default="national-2.0",
        help=translate("cli", "programme rules (with --from-folder; default national-2.0)"),
    )
    b.set_defaults(func=pack_build)

    v = p.add_parser(
        "verify",
        parents=[common],
        help=translate("cli", "check a pack's signature, its list of files and every file's hash"),
    )
    v.add_argument("pack", type=Path, metavar="PACK")
    v.add_argument(
        "--trust",
        required=True,
        type=Path,
        action="append",
        metavar="KEY.pub",
        help=translate("cli", "the publisher's public key (may be given more than once)"),
    )
    v.set_defaults(func=pack_verify)

    i = p.add_parser(
        "install",
        parents=[common],
        help=translate(
            "cli", "install packs on this laptop from a .songpack folder or a trainer's drive"
        ),
    )
    i.add_argument("path", type=Path, metavar=translate("cli", "PATH"))
    i.set_defaults(func=pack_install)


class ProgressLine:
    """Percent, speed and time left on stderr (console.StatusLine: in place on a terminal, a
    line a second otherwise)."""

    def __init__(self, stream=None) -> None:
        self.status = StatusLine(stream)
        self.first: tuple[float, int] | None = None

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if self.first is None:
            self.first = (now, done)  # bytes already there (a resumed copy) are not speed
            self.status.shown_at = now  # and the speed needs a moment before its first line
            return
        t0, d0 = self.first
        rate = (done - d0) / max(now - t0, 1e-6)
        left = (total - done) / rate if rate > 0 else None
        line = tr(
            translate("cli", "%1 %  %2 MB/s  about %3 left"),
            str(min(100, int(100 * done / total)) if total else 100),
            f"{rate / 1e6:.1f}",
            _duration(left),
        )
        self.status.show(line, last=done >= total)

    def finish(self) -> None:
        self.status.finish()
        self.first = None


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return translate("cli", "? s")
    s = int(seconds + 0.5)
    if s < 60:
        return tr(translate("cli", "%1 s"), str(s))
    if s < 3600:
        return tr(translate("cli", "%1 min %2 s"), str(s // 60), str(s % 60))
    return tr(translate("cli", "%1 h %2 min"), str(s // 3600), str(s % 3600 // 60))


def pack_build(args: argparse.Namespace, data_dir: Path) -> int:
    from content.pack_build import build, build_from_folder

    from ..media_probe import MediaProbe

    if (args.src is None) == (args.from_folder is None):
        print(translate("cli", "Give either SRC_DIR or --from-folder CD_DIR."), file=sys.stderr)
        return 2
    if args.from_folder is not None and not (args.pack_id and args.title):
        print(translate("cli", "--from-folder needs --id and --title."), file=sys.stderr)
        return 2
    key = keys.load_private(args.key, passphrase(args), role="publisher")
    probe, progress = MediaProbe(), ProgressLine()
    try:
        if args.src is not None:
            built = build(args.src, key, args.out, duration_of=probe, progress=progress)
        else:
            built = build_from_folder(
                args.from_folder,
                key,
                args.out,
                pack_id=args.pack_id,
                title=args.title,
                version=args.pack_version,
                programme=args.programme,
                duration_of=probe,
                progress=progress,
            )
    finally:
        progress.finish()
        probe.close()
    m = built.manifest
    say(
        tr(
            translate("cli", "Built %1: pack %2 version %3, %4 courses, %5 lessons, %6 files, %7."),
            str(built.folder),
            m.id,
            str(m.version),
            str(len(m.courses)),
            str(len(m.catalog().lessons)),
            str(len(m.files)),
            size_text(m.total_size),
        )
    )
    if built.unreadable:
        if args.from_folder is not None:
            print(
                translate(
                    "cli",
                    "Left out, because their length cannot be read (try playing "
                    "them in VLC; convert those that do not play):",
                )
            )
        else:
            print(
                translate(
                    "cli",
                    "The length of these videos cannot be read; give duration_s "
                    "in pack.toml or convert them:",
                )
            )
        if probe.error:
            print(
                "  "
                + tr(
                    translate("cli", "(the video component libvlc could not be loaded: %1)"),
                    probe.error,
                )
            )
        for p in built.unreadable:
            print("  " + shown(p))
    if built.skipped:
        print(translate("cli", "Left out:"))
        for p, why in built.skipped:
            print("  " + tr(translate("cli", "%1: %2"), shown(p), path_rule(why)))
    return 0


def pack_verify(args: argparse.Namespace, data_dir: Path) -> int:
    from content.pack import verify_pack
    from content.trust import TrustStore

    store = TrustStore()
    for path in args.trust:
        key = keys.load_public(path)
        if key.role != "publisher":
            raise KeyRoleMismatch(path=str(path), expected="publisher", found=key.role)
        store = store.add(key, 0)
    progress = ProgressLine()
    try:
        m = verify_pack(args.pack, store, demo=False, check_hashes=True, progress=progress)
    finally:
        progress.finish()
    say(
        tr(
            translate(
                "cli",
                "%1 is intact: pack %2 version %3 (%4), signed by %5; %6 files, %7, "
                "every size and hash checked.",
            ),
            str(args.pack),
            m.id,
            str(m.version),
            m.title,
            m.publisher_key_id,
            str(len(m.files)),
            size_text(m.total_size),
        )
    )
    return 0


def pack_install(args: argparse.Namespace, data_dir: Path) -> int:
    from sync.base.library import find_packs
    from sync.laptop.laptop import Laptop

    packs = find_packs(args.path)
    if not packs:
        print(
            tr(
                translate(
                    "cli",
                    "No content pack found in %1 (looked for a .songpack folder and "
                    "for songpei/packs/ on a drive).",
                ),
                str(args.path),
            ),
            file=sys.stderr,
        )
        return 1
    failed = False
    with Laptop.open(data_dir) as laptop:
        for folder in packs:
            progress = ProgressLine()
            try:
                r = laptop.install_pack(folder, progress)
            except SongpeiError as exc:
                progress.finish()
                print(describe(exc), file=sys.stderr)
                failed = True
                continue
            progress.finish()
            _report(r)
    return 1 if failed else 0


def _report(r) -> None:
    m = r.manifest
    if r.status == "already":
        say(
            tr(
                translate("cli", "%1 version %2 is already installed; nothing copied."),
                m.id,
                str(m.version),
            )
        )
        return
    line = tr(
        translate("cli", "Installed %1 version %2 (%3): %4 courses, %5 lessons; %6 copied in %7."),
        m.id,
        str(m.version),
        m.title,
        str(len(m.courses)),
        str(len(m.catalog().lessons)),
        size_text(r.copied_bytes),
        _duration(r.seconds),
    )
    if r.resumed_bytes:
        line += " " + tr(
            translate("cli", "Continued an earlier copy: %1 were already there."),
            size_text(r.resumed_bytes),
        )
    if r.replaced_version is not None:
        line += " " + tr(translate("cli", "It replaces version %1."), str(r.replaced_version))
    if r.status == "repaired":
        line += " " + translate("cli", "The damaged installed copy was replaced.")
    say(line)
