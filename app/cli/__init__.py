"""The `songpei` command: the desktop app, the demo, the self-check and the tools trainers,
county staff and developers run. Every message goes through Qt's translation."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sync.base.datadir import default_data_dir
from sync.base.errors import SongpeiError

from .. import __version__, crash, frozen, graphics, i18n
from ..messages import describe
from . import certificate, hub, keys, laptop, packs, questions, start
from .console import say

translate = QCoreApplication.translate

GUI_COMMANDS = ("gui", "demo", "county")

# argparse's own words, so that help and errors are Chinese too.
_ARGPARSE_WORDS = {
    s: s
    for s in (
        QT_TRANSLATE_NOOP("argparse", "usage: "),
        QT_TRANSLATE_NOOP("argparse", "positional arguments"),
        QT_TRANSLATE_NOOP("argparse", "options"),
        QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
        QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
        QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
        QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
        QT_TRANSLATE_NOOP("argparse", "expected one argument"),
        QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
        QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
        QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
        QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    )
}


def _argparse_tr(text: str) -> str:
    return QCoreApplication.translate("argparse", text) if text in _ARGPARSE_WORDS else text


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="songpei",
        description=translate(
            "cli",
            "Songpei: offline training kit for the teacher IT-ability programme. "
            "Without a command, the desktop app starts.",
        ),
    )
    p.add_argument("--version", action="version", version=f"songpei {__version__}")
    # The global options go before the command or after it: given after, they win; the
    # commands' own copies default to SUPPRESS so that they never overwrite one given before.
    common = argparse.ArgumentParser(add_help=False)
    gui_help = translate("cli", "draw without the graphics driver (old laptops)")
    for parser, default in ((p, None), (common, argparse.SUPPRESS)):
        parser.add_argument(
            "--data-dir",
            type=Path,
            default=default,
            metavar=translate("cli", "DIR"),
            help=translate("cli", "data folder (default: this user's Songpei folder)"),
        )
        parser.add_argument(
            "--lang",
            choices=i18n.LANGUAGES,
            default=default,
            help=translate("cli", "language: zh_CN (default) or en"),
        )
    p.add_argument(graphics.FLAG, action="store_true", help=gui_help)
    p.set_defaults(command=None, func=start.gui)

    sub = p.add_subparsers(dest="command", metavar=translate("cli", "COMMAND"))
    start.add_parsers(sub, common, gui_help)
    laptop.add_record_parsers(sub, common)
    keys.add_parsers(sub, common)
    laptop.add_drive_parsers(sub, common)
    hub.add_parsers(sub, common)
    certificate.add_parsers(sub, common)
    questions.add_parsers(sub, common)
    packs.add_parsers(sub, common)
    laptop.add_teacher_parsers(sub, common)
    return p


def main(argv: list[str] | None = None) -> int:
    frozen.prepare_environment()
    if os.environ.get("SONGPEI_QT_PROBE") == "1":  # the doctor's child process (app.doctor)
        from ..doctor import qt_probe

        qt_probe()
        return 0
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "--self-test":
        argv[0] = "self-test"
    # The arguments are read under a plain QCoreApplication: help, --version and a mistyped
    # command need no display and write nothing. Only a command that opens a window then gets
    # a QApplication, and only then are the graphics markers beside the data folder touched.
    qapp = QCoreApplication.instance() or QCoreApplication(["songpei"])
    lang = i18n.choose_language(_peek_lang(argv))
    i18n.install(qapp, lang)
    argparse._ = _argparse_tr  # type: ignore[attr-defined]

    args = build_parser().parse_args(argv)
    if args.command is None:
        args.command = "gui"  # no command: the desktop app
    data_dir = args.data_dir or default_data_dir(demo=args.command == "demo")
    if args.command in GUI_COMMANDS:
        qapp = _widgets_app(qapp, lang, software_gl=graphics.wanted(argv, data_dir) is not None)
        graphics.mark_starting(data_dir)  # cleared once a window has painted (gui.launch)
    elif args.command == "self-test":
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # it must run where there is no screen
        qapp = _widgets_app(qapp, lang)
    try:
        return args.func(args, data_dir)
    except SongpeiError as exc:
        say(describe(exc), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the last net: a sentence and a log file, never a traceback
        say(crash.record(type(exc), exc, exc.__traceback__), file=sys.stderr)
        return 70


def _widgets_app(core: QCoreApplication, lang: str, software_gl: bool = False) -> QCoreApplication:
    """Replace the QCoreApplication the arguments were read under by a QApplication speaking
    the same language (Qt reads the OpenGL setting when the QApplication is made)."""
    from PySide6.QtWidgets import QApplication

    if isinstance(core, QApplication):
        return core
    i18n.install(core, "en")  # takes our translators off: they go with the application object
    core.shutdown()
    if software_gl:
        graphics.use_software_gl()
    app = QApplication(["songpei"])
    i18n.install(app, lang)
    return app


def _peek_lang(argv: list[str]) -> str | None:
    """--lang before parsing (the parser's own words need it); the last one wins, as in
    argparse."""
    lang = None
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv):
            lang = argv[i + 1]
        elif a.startswith("--lang="):
            lang = a.split("=", 1)[1]
    return lang
