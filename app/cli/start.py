"""Starting the app: the desktop app, the demo, the county office window; and the two checks
that it can start here (doctor, self-test)."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from .. import graphics, i18n

translate = QCoreApplication.translate


def add_parsers(
    sub: argparse._SubParsersAction, common: argparse.ArgumentParser, gui_help: str
) -> None:
    app = sub.add_parser("gui", parents=[common], help=translate("cli", "start the desktop app"))
    app.set_defaults(func=gui)
    app.add_argument(graphics.FLAG, action="store_true", default=argparse.SUPPRESS, help=gui_help)
    demo = sub.add_parser(
        "demo",
        parents=[common],
        help=translate("cli", "start the app on a demo profile (its own data folder)"),
    )
    demo.add_argument(
        "--reset", action="store_true", help=translate("cli", "start the demo afresh")
    )
    demo.add_argument(graphics.FLAG, action="store_true", default=argparse.SUPPRESS, help=gui_help)
    demo.add_argument(
        "--county",
        action="store_true",
        help=translate("cli", "the county office's window on a demo county (built once)"),
    )
    demo.set_defaults(func=gui)
    county = sub.add_parser(
        "county",
        parents=[common],
        help=translate("cli", "open the county office window on a county hub"),
    )
    county.add_argument("hub", type=Path, metavar="HUB.db")
    county.add_argument(
        graphics.FLAG, action="store_true", default=argparse.SUPPRESS, help=gui_help
    )
    county.set_defaults(func=gui)
    sub.add_parser(
        "doctor",
        parents=[common],
        help=translate(
            "cli", "check that this computer can run Songpei; names the fix for each problem"
        ),
    ).set_defaults(func=doctor)
    sub.add_parser(
        "self-test",
        parents=[common],
        help=translate(
            "cli", "check this copy of Songpei end to end, without a screen (also --self-test)"
        ),
    ).set_defaults(func=self_test)


def gui(args: argparse.Namespace, data_dir: Path) -> int:
    from ..gui.launch import run_demo_county, run_gui

    try:
        if args.command == "demo" and args.county:
            return run_demo_county(data_dir, reset=args.reset)
        return run_gui(
            data_dir,
            demo=args.command == "demo",
            reset=getattr(args, "reset", False),
            county=args.hub if args.command == "county" else None,
        )
    finally:
        # Coming back here at all is not a driver crash, whichever window was open (the county
        # window and the first-start question have no paint watcher of their own).
        graphics.mark_started(data_dir)


def self_test(args: argparse.Namespace, data_dir: Path) -> int:
    from ..selftest import run

    return run(i18n.choose_language(args.lang))


def doctor(args: argparse.Namespace, data_dir: Path) -> int:
    from ..doctor import report, run_checks

    return report(run_checks(data_dir))
