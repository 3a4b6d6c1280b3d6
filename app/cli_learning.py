"""Command-line tools for a teacher's learning record: the transcript PDF."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from sync.errors import UnknownTeacher

translate = QCoreApplication.translate


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    tr = sub.add_parser("transcript", parents=[common], help=translate(
        "cli", "write a teacher's transcript (hours, self-tests, ability points) as a PDF"))
    tr.add_argument("--teacher", required=True, metavar="ID", help=translate(
        "cli", "the teacher's Songpei id (t-…) or ID card number"))
    tr.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    tr.set_defaults(func=transcript)


def transcript(args: argparse.Namespace, data_dir: Path) -> int:
    from sync.laptop import Laptop

    from .transcript import write_transcript

    with Laptop.open(data_dir) as laptop:
        wanted = args.teacher.strip()
        match = [t for t in laptop.teachers.all()
                 if wanted in (t.id, t.id_number) or wanted.upper() == t.id_number]
        if not match:
            raise UnknownTeacher(teacher_id=wanted)
        facts = write_transcript(laptop, match[0].id, args.out)
    print(translate("cli", "Transcript written to %1 (verification code %2).")
          .replace("%1", str(args.out)).replace("%2", facts["code"]))
    return 0
