"""Command-line tools for authors: question files."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from content.question_import import BROKEN, NOT_A_QUESTION, UNSUPPORTED
from content.questions import TYPES

from ..messages import question_problem, question_type_name, tr
from .console import say

translate = QCoreApplication.translate


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    q = sub.add_parser("questions", help=translate("cli", "question banks")).add_subparsers(
        dest="questions_command", metavar=translate("cli", "COMMAND"), required=True
    )
    check = q.add_parser(
        "check",
        parents=[common],
        help=translate(
            "cli",
            "show what a Moodle XML or GIFT file would import, and every question that cannot be",
        ),
    )
    check.add_argument("file", type=Path, metavar=translate("cli", "FILE"))
    check.set_defaults(func=questions_check)


def questions_check(args: argparse.Namespace, data_dir: Path) -> int:
    from content.question_check import check_file

    report = check_file(args.file)
    fmt = {"moodle_xml": "Moodle XML", "gift": "GIFT"}.get(report.format, report.format)
    print(
        tr(
            translate("cli", "%1 (%2): %3 questions can be imported."),
            str(args.file),
            fmt,
            str(report.imported),
        )
    )
    print(
        "  "
        + translate("cli", "; ").join(
            f"{question_type_name(t)} {report.counts.get(t, 0)}" for t in TYPES
        )
    )
    headings = {
        BROKEN: translate("cli", "Broken (fix the file):"),
        UNSUPPORTED: translate("cli", "Not supported (left out):"),
        NOT_A_QUESTION: translate("cli", "Not questions (skipped):"),
    }
    for kind, heading in headings.items():
        found = [p for p in report.problems if p.kind == kind]
        if not found:
            continue
        print(heading)
        for p in found:
            why = question_type_name(p.type) if p.type else ""
            if p.reason:
                why = (why + translate("cli", ": ") if why else "") + question_problem(p.reason)
            say("  " + tr(translate("cli", "line %1, “%2”: %3"), str(p.line), p.name, why))
    return 1 if report.has_broken else 0
