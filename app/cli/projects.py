"""`songpei hub project|roster|selection|exempt`: the county's annual projects, the school
roster, the teachers a project selected (选送) and those excused for a year (免训)."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from content import keys

from ..messages import tr
from .console import say, table
from .hub_file import open_hub

translate = QCoreApplication.translate


def kind_name(kind: str) -> str:
    return {
        "online": translate("cli", "online"),
        "face-to-face": translate("cli", "face-to-face"),
        "school-based": translate("cli", "school-based"),
        "mixed": translate("cli", "mixed"),
    }.get(kind, kind)


def add_hub_parsers(h: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    from sync.county.rosters import KINDS

    p = h.add_parser(
        "project", help=translate("cli", "the county's training projects of each year")
    ).add_subparsers(dest="project_command", metavar=translate("cli", "COMMAND"), required=True)
    add = p.add_parser("add", parents=[common], help=translate("cli", "record a project"))
    add.add_argument("hub", type=Path, metavar="HUB.db")
    add.add_argument("--year", type=int, required=True, metavar="YYYY")
    add.add_argument("--name", required=True, metavar=translate("cli", "PROJECT_NAME"))
    add.add_argument(
        "--provider",
        required=True,
        metavar=translate("cli", "PROVIDER"),
        help=translate("cli", "the training provider (承训单位)"),
    )
    add.add_argument("--starts", required=True, metavar="YYYY-MM-DD")
    add.add_argument("--ends", required=True, metavar="YYYY-MM-DD")
    add.add_argument(
        "--kind",
        required=True,
        choices=KINDS,
        help=translate(
            "cli",
            "online (网络研修), face-to-face (集中培训), school-based (校本研修) or mixed (混合式)",
        ),
    )
    add.set_defaults(func=project_add)
    ls = p.add_parser(
        "list",
        parents=[common],
        help=translate("cli", "the projects, with how many teachers each selected and enrolled"),
    )
    ls.add_argument("hub", type=Path, metavar="HUB.db")
    ls.add_argument("--year", type=int, metavar="YYYY")
    ls.set_defaults(func=project_list)

    r = h.add_parser(
        "roster", help=translate("cli", "the school roster (学校代码, 学校, 区县, 乡镇, 学段)")
    ).add_subparsers(dest="roster_command", metavar=translate("cli", "COMMAND"), required=True)
    ri = r.add_parser(
        "import",
        parents=[common],
        help=translate("cli", "replace the school roster with the one in a CSV or Excel file"),
    )
    ri.add_argument("hub", type=Path, metavar="HUB.db")
    ri.add_argument("file", type=Path, metavar="ROSTER.csv|ROSTER.xlsx")
    ri.set_defaults(func=roster_import)

    s = h.add_parser(
        "selection", help=translate("cli", "the teachers a project selected (姓名, 身份证号, 学校)")
    ).add_subparsers(dest="selection_command", metavar=translate("cli", "COMMAND"), required=True)
    si = s.add_parser(
        "import",
        parents=[common],
        help=translate(
            "cli", "replace a project's selected teachers with those in a CSV or Excel file"
        ),
    )
    si.add_argument("hub", type=Path, metavar="HUB.db")
    si.add_argument("project", type=int, metavar=translate("cli", "PROJECT"))
    si.add_argument("file", type=Path, metavar="LIST.csv|LIST.xlsx")
    si.set_defaults(func=selection_import)

    ex = h.add_parser(
        "exempt",
        parents=[common],
        help=translate("cli", "excuse a teacher from the year's training (免训), with the reason"),
    )
    ex.add_argument("hub", type=Path, metavar="HUB.db")
    ex.add_argument("id_number", metavar=translate("cli", "ID_NUMBER"))
    ex.add_argument("--year", type=int, required=True, metavar="YYYY")
    ex.add_argument("--school", required=True, metavar=translate("cli", "SCHOOL"))
    ex.add_argument("--reason", required=True, metavar=translate("cli", "REASON"))
    ex.set_defaults(func=exempt)


def project_add(args: argparse.Namespace, data_dir: Path) -> int:
    from sync.county import rosters

    with open_hub(args.hub) as hub:
        p = rosters.add_project(
            hub, args.year, args.name, args.provider, args.starts, args.ends, args.kind
        )
    say(tr(translate("cli", "Recorded project %1: %2 (%3)."), str(p.id), p.name, str(p.year)))
    return 0


def project_list(args: argparse.Namespace, data_dir: Path) -> int:
    from sync.county import rosters

    with open_hub(args.hub) as hub:
        found = rosters.projects(hub, args.year)
    if not found:
        print(translate("cli", "No projects recorded yet: songpei hub project add records one."))
        return 0
    header = [
        translate("cli", "No."),
        translate("cli", "Year"),
        translate("cli", "Project"),
        translate("cli", "Training provider"),
        translate("cli", "Dates"),
        translate("cli", "Kind"),
        translate("cli", "Selected"),
        translate("cli", "Enrolled"),
    ]
    rows = [
        [p.id, p.year, p.name, p.provider, f"{p.starts} – {p.ends}", kind_name(p.kind)]
        + [p.selected, p.reported]
        for p in found
    ]
    for line in table(header, rows):
        print(line)
    return 0


def roster_import(args: argparse.Namespace, data_dir: Path) -> int:
    from sync.county import rosters
    from sync.county.roster_files import parse_roster

    schools = parse_roster(keys.read_file(args.file), str(args.file))
    with open_hub(args.hub) as hub:
        rosters.set_roster(hub, schools)
    districts = {s.district for s in schools}
    say(
        tr(
            translate("cli", "Loaded the roster: %1 schools in %2 districts."),
            str(len(schools)),
            str(len(districts)),
        )
    )
    return 0


def selection_import(args: argparse.Namespace, data_dir: Path) -> int:
    from sync.county import rosters
    from sync.county.roster_files import parse_selection

    people = parse_selection(keys.read_file(args.file), str(args.file))
    with open_hub(args.hub) as hub:
        p = rosters.project(hub, args.project)
        rosters.set_selection(hub, p.id, people)
        p = rosters.project(hub, p.id)
    say(
        tr(
            translate("cli", "%1 (%2): %3 teachers selected, %4 of them enrolled on a laptop."),
            p.name,
            str(p.year),
            str(p.selected),
            str(p.reported),
        )
    )
    return 0


def exempt(args: argparse.Namespace, data_dir: Path) -> int:
    from sync.base import idcard
    from sync.county import rosters

    with open_hub(args.hub) as hub:
        rosters.exempt(hub, args.id_number, args.year, args.school, args.reason)
    say(
        tr(
            translate("cli", "%1 is excused from the training of %2."),
            idcard.mask(idcard.normalise(args.id_number)),
            str(args.year),
        )
    )
    return 0
