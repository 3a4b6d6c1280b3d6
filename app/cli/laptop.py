"""Command-line tools for a teacher's learning record: the laptop's teachers, the transcript
PDF and the school team (the teachers who rate colleagues' evidence)."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from sync.errors import UnknownTeacher

from .console import say, table
from ..messages import field_name

translate = QCoreApplication.translate


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    sub.add_parser("teachers", parents=[common], help=translate(
        "cli", "list this laptop's teachers: Songpei id (for transcript and school-team), name, "
               "ID card number (masked), school and hours")).set_defaults(func=teachers)
    tr = sub.add_parser("transcript", parents=[common], help=translate(
        "cli", "write a teacher's transcript (hours, self-tests, ability points) as a PDF"))
    tr.add_argument("--teacher", required=True, metavar="ID", help=translate(
        "cli", "the teacher's Songpei id (t-…) or ID card number"))
    tr.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    tr.set_defaults(func=transcript)
    team = sub.add_parser("school-team", parents=[common], help=translate(
        "cli", "add a teacher to the school team, who rate colleagues' evidence"))
    team.add_argument("--teacher", required=True, metavar="ID", help=translate(
        "cli", "the teacher's Songpei id (t-…) or ID card number"))
    team.add_argument("--remove", action="store_true",
                      help=translate("cli", "take the teacher off the school team"))
    team.set_defaults(func=school_team)


def _find(laptop, wanted: str):
    wanted = wanted.strip()
    for t in laptop.teachers.all():
        if wanted == t.id or wanted.upper() == t.id_number:
            return t
    raise UnknownTeacher(teacher_id=wanted)


def teachers(args: argparse.Namespace, data_dir: Path) -> int:
    from sync.laptop import Laptop

    with Laptop.open(data_dir) as laptop:
        # hours as the teacher's home page shows them: the same rules, the same rounding
        rows = [(t.id, t.name, t.masked_id, t.school, f"{laptop.progress(t.id).total_hours:.1f}")
                for t in laptop.teachers.all()]
        goal = laptop.rules.goal_hours
    if not rows:
        say(translate("cli", "No teacher is enrolled on this laptop yet: teachers enrol "
                           "themselves in the app (“Enrol a new teacher”)."))
        return 0
    header = [translate("cli", "Songpei id"), field_name("name"), field_name("id_number"),
              field_name("school"), translate("cli", "Hours (goal %1)").replace("%1", f"{goal:g}")]
    for line in table(header, rows):
        say(line)
    return 0


def transcript(args: argparse.Namespace, data_dir: Path) -> int:
    from sync.laptop import Laptop

    from ..pdf.transcript import write_transcript

    with Laptop.open(data_dir) as laptop:
        facts = write_transcript(laptop, _find(laptop, args.teacher).id, args.out)
    print(translate("cli", "Transcript written to %1 (verification code %2).")
          .replace("%1", str(args.out)).replace("%2", facts["code"]))
    return 0


def school_team(args: argparse.Namespace, data_dir: Path) -> int:
    from sync.laptop import Laptop

    with Laptop.open(data_dir) as laptop:
        t = laptop.teachers.set_school_team(_find(laptop, args.teacher).id, not args.remove)
    text = (translate("cli", "%1 is now on the school team.") if t.school_team
            else translate("cli", "%1 is no longer on the school team."))
    say(text.replace("%1", t.name))
    return 0
