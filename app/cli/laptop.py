"""The laptop's own commands: simulate and verify the learning record, its teachers, a teacher's
transcript PDF and the school team (who rate colleagues' evidence), and the drive's two halves
(export to the trainer's drive, receive the county's receipts)."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from content import keys
from sync.base.errors import PinRequired, UnknownTeacher

from ..messages import chain_problem_name, field_name, tr
from .console import say, table

translate = QCoreApplication.translate


def add_record_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """simulate and verify."""
    sim = sub.add_parser(
        "simulate",
        parents=[common],
        help=translate("cli", "write realistic learning events (for tests and demos)"),
    )
    sim.add_argument(
        "--teachers", type=int, default=5, metavar="N", help=translate("cli", "number of teachers")
    )
    sim.add_argument(
        "--days", type=int, default=30, metavar="N", help=translate("cli", "number of days")
    )
    sim.add_argument(
        "--seed", type=int, default=1, metavar="S", help=translate("cli", "random seed")
    )
    sim.add_argument(
        "--start",
        type=dt.date.fromisoformat,
        default=dt.date(2026, 9, 1),
        metavar="YYYY-MM-DD",
        help=translate("cli", "first simulated day"),
    )
    sim.add_argument(
        "--progress",
        action="store_true",
        help=translate("cli", "print a line after every committed write"),
    )
    sim.add_argument(
        "--force",
        action="store_true",
        help=translate("cli", "also write into a journal that holds real records"),
    )
    sim.set_defaults(func=simulate)
    sub.add_parser(
        "verify",
        parents=[common],
        help=translate("cli", "check the learning record: file integrity and hash chain"),
    ).set_defaults(func=verify)


def add_drive_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """export and receive."""
    exp = sub.add_parser(
        "export",
        parents=[common],
        help=translate("cli", "write what the county has not yet confirmed to the trainer's drive"),
    )
    exp.add_argument("--to", required=True, type=Path, metavar=translate("cli", "DRIVE"))
    exp.set_defaults(func=export)
    rec = sub.add_parser(
        "receive",
        parents=[common],
        help=translate("cli", "apply the county's receipts from the trainer's drive"),
    )
    rec.add_argument(
        "--from", dest="drive", required=True, type=Path, metavar=translate("cli", "DRIVE")
    )
    rec.set_defaults(func=receive)


def add_teacher_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """teachers, transcript and school-team."""
    sub.add_parser(
        "teachers",
        parents=[common],
        help=translate(
            "cli",
            "list this laptop's teachers: Songpei id (for transcript and school-team), name, "
            "ID card number (masked), school and hours",
        ),
    ).set_defaults(func=teachers)
    tr = sub.add_parser(
        "transcript",
        parents=[common],
        help=translate(
            "cli", "write a teacher's transcript (hours, self-tests, ability points) as a PDF"
        ),
    )
    tr.add_argument(
        "--teacher",
        required=True,
        metavar="ID",
        help=translate("cli", "the teacher's Songpei id (t-…) or ID card number"),
    )
    tr.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    _pin_arguments(
        tr,
        translate(
            "cli",
            "whose PIN is given: the teacher's own (the default) or a school-team member's",
        ),
    )
    tr.set_defaults(func=transcript)
    team = sub.add_parser(
        "school-team",
        parents=[common],
        help=translate("cli", "add a teacher to the school team, who rate colleagues' evidence"),
    )
    team.add_argument(
        "--teacher",
        required=True,
        metavar="ID",
        help=translate("cli", "the teacher's Songpei id (t-…) or ID card number"),
    )
    team.add_argument(
        "--remove",
        action="store_true",
        help=translate("cli", "take the teacher off the school team"),
    )
    _pin_arguments(
        team,
        translate(
            "cli",
            "whose PIN is given: a school-team member's (the first member gives their own)",
        ),
    )
    team.set_defaults(func=school_team)


def _pin_arguments(parser: argparse.ArgumentParser, by_help: str) -> None:
    """--by and --pin-file: as in the window, acting for a teacher takes a PIN."""
    parser.add_argument("--by", metavar="ID", help=by_help)
    parser.add_argument(
        "--pin-file",
        type=Path,
        metavar=translate("cli", "FILE"),
        help=translate("cli", "read the PIN from this file (for scripts)"),
    )


def _pin(args: argparse.Namespace) -> str:
    """From --pin-file (first line) or asked on the terminal; never from an argument."""
    if args.pin_file:
        data = keys.read_file(args.pin_file).decode("utf-8", "replace")
        return data.splitlines()[0].strip() if data.strip() else ""
    if not sys.stdin.isatty():
        raise PinRequired(hint="--pin-file")
    return getpass.getpass(translate("cli", "PIN: "))


def _authorised(laptop, args: argparse.Namespace, team: bool):
    """The teacher the command is for, once the PIN of --by (or of that teacher) allows it."""
    teacher = _find(laptop, args.teacher)
    by = _find(laptop, args.by) if args.by else teacher
    laptop.teachers.authorise(by.id, _pin(args), teacher.id, team=team)
    return teacher


def _laptop(data_dir: Path, writing: bool = True):
    from sync.laptop.laptop import Laptop

    return Laptop.open(data_dir, writing=writing)


def simulate(args: argparse.Namespace, data_dir: Path) -> int:
    from sync.demo.simulate import may_simulate, simulate
    from sync.laptop.laptop import Laptop

    def committed(seq: int) -> None:
        print(tr(translate("cli", "committed up to event %1"), str(seq)), flush=True)

    with Laptop.open(data_dir) as laptop:
        may_simulate(laptop, args.force)
        r = simulate(
            laptop,
            args.teachers,
            args.days,
            args.seed,
            start=args.start,
            on_commit=committed if args.progress else None,
        )
    print(
        tr(
            translate(
                "cli",
                "Simulated %1 teachers: %2 events written, %3 already present; the journal ends at "
                "event %4.",
            ),
            str(r.teachers),
            str(r.events_written),
            str(r.events_skipped),
            str(r.last_seq),
        )
    )
    return 0


def verify(args: argparse.Namespace, data_dir: Path) -> int:
    from sync.laptop.laptop import Laptop

    with Laptop.open(data_dir, writing=False) as laptop:  # a nearly full disk can still check
        problems = laptop.journal.check()
        count = laptop.journal.last_seq()
    if problems:
        for p in problems:
            print(tr(translate("cli", "event %1: %2"), str(p.seq), chain_problem_name(p.kind)))
        print(tr(translate("cli", "The learning record has %1 problems."), str(len(problems))))
        return 1
    print(
        tr(
            translate("cli", "The learning record is intact: %1 events, hash chain unbroken."),
            str(count),
        )
    )
    return 0


def export(args: argparse.Namespace, data_dir: Path) -> int:
    from sync.laptop.outbox import export_bundle

    with _laptop(data_dir, writing=False) as laptop:  # it writes to the drive, not the disk
        r = export_bundle(laptop, args.to)
    if r.status == "nothing-new":
        print(translate("cli", "Nothing new to export: the county has confirmed every event."))
    elif r.status == "up-to-date":
        print(
            tr(
                translate(
                    "cli", "The drive already holds events %1–%2 of this laptop; nothing written."
                ),
                str(r.first),
                str(r.last),
            )
        )
    else:
        print(
            tr(
                translate(
                    "cli",
                    "Exported events %1–%2 to %3 (encrypted for the county, checked "
                    "after writing).",
                ),
                str(r.first),
                str(r.last),
                ", ".join(p.name for p in r.paths),
            )
        )
    return 0


def receive(args: argparse.Namespace, data_dir: Path) -> int:
    from sync.laptop.inbox import receive as apply

    with _laptop(data_dir) as laptop:
        r = apply(laptop, args.drive)
    if r.device_id:
        print(
            tr(
                translate(
                    "cli",
                    "The county approved this laptop's own history since its disk was copied: "
                    "it is now the laptop %1. Its records since the copy go to the county under "
                    "that name at the next export; the earlier record and key are kept in %2.",
                ),
                r.device_id,
                r.kept,
            )
        )
    elif r.status == "none":
        print(translate("cli", "No receipt for this laptop on the drive."))
    elif r.status == "fork":
        print(
            translate(
                "cli",
                "The county holds another history under this laptop's name (its disk was "
                "probably copied to another laptop). Nothing is confirmed: keep exporting; the "
                "county keeps these records until it has resolved this.",
            )
        )
    elif r.resend:
        print(
            tr(
                translate(
                    "cli",
                    "The county now holds events only up to %1 (restored from an older copy); "
                    "the next export sends the other %2 again.",
                ),
                str(r.acked_seq),
                str(r.resend),
            )
        )
    else:
        print(tr(translate("cli", "County confirmed: events up to %1 received."), str(r.acked_seq)))
    return 0


def _find(laptop, wanted: str):
    wanted = wanted.strip()
    for t in laptop.teachers.all():
        if wanted == t.id or wanted.upper() == t.id_number:
            return t
    raise UnknownTeacher(teacher_id=wanted)


def teachers(args: argparse.Namespace, data_dir: Path) -> int:
    from content.figures import hours_text
    from sync.laptop.laptop import Laptop

    with Laptop.open(data_dir) as laptop:
        # hours as the teacher's home page shows them: the same rules, the same rounding
        rows = [
            (t.id, t.name, t.masked_id, t.school, hours_text(laptop.progress(t.id).total_hours))
            for t in laptop.teachers.all()
        ]
        goal = laptop.rules.goal_hours
    if not rows:
        say(
            translate(
                "cli",
                "No teacher is enrolled on this laptop yet: teachers enrol "
                "themselves in the app (“Enrol a new teacher”).",
            )
        )
        return 0
    header = [
        translate("cli", "Songpei id"),
        field_name("name"),
        field_name("id_number"),
        field_name("school"),
        tr(translate("cli", "Hours (goal %1)"), f"{goal:g}"),
    ]
    for line in table(header, rows):
        say(line)
    return 0


def transcript(args: argparse.Namespace, data_dir: Path) -> int:
    from sync.laptop.laptop import Laptop

    from ..pdf.transcript import write_transcript

    with Laptop.open(data_dir, writing=False) as laptop:  # the PDF goes where the person says
        facts = write_transcript(laptop, _authorised(laptop, args, team=False).id, args.out)
    print(
        tr(
            translate("cli", "Transcript written to %1 (verification code %2)."),
            str(args.out),
            facts["code"],
        )
    )
    return 0


def school_team(args: argparse.Namespace, data_dir: Path) -> int:
    from sync.laptop.laptop import Laptop

    with Laptop.open(data_dir) as laptop:
        teacher = _authorised(laptop, args, team=True)
        t = laptop.teachers.set_school_team(teacher.id, not args.remove)
    text = (
        translate("cli", "%1 is now on the school team.")
        if t.school_team
        else translate("cli", "%1 is no longer on the school team.")
    )
    say(tr(text, t.name))
    return 0
