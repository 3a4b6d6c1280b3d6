"""The last net under every entry point: a sentence for the person, the traceback in a file.

Neither the sentence nor the file may carry a teacher's name or ID number: the file is handed
to a trainer, mailed, left in a temporary folder. An exception's message is where people's
text ends up (KeyError('张三'), "no teacher 511621198001011234"), so both hold only a masked
message: quoted text, text in any non-Latin script and long digit runs are replaced. The file
keeps what a developer needs to find the fault: the exception types, and file, line and
function of every frame; never source lines or local variables."""

from __future__ import annotations

import datetime as dt
import re
import tempfile
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication

from .messages import tr

# Quoted text (a repr of a name, a path with a name in it), runs of non-ASCII characters (a
# Chinese name) and runs of 6 or more digits (an ID number, 17 digits then a digit or X).
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_DIGITS = re.compile(r"\d{6,}[\dXx]?")


def masked(value: BaseException) -> str:
    """The exception's message with anything that could be a person's name or ID masked."""
    text = _QUOTED.sub("'…'", str(value))
    return _DIGITS.sub("#", _NON_ASCII.sub("…", text))[:300]


def _report(value: BaseException) -> list[str]:
    """Type, masked message and frames (file, line, function) of the exception and of those
    it was raised from or during."""
    lines: list[str] = []
    seen: set[int] = set()
    exc: BaseException | None = value
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if lines:
            lines.append("raised while handling or from:")
        lines.append(f"{type(exc).__module__}.{type(exc).__qualname__}: {masked(exc)}")
        for frame in traceback.extract_tb(exc.__traceback__):
            where = _NON_ASCII.sub("…", frame.filename)  # a home folder may be named for a person
            lines.append(f"  {where}:{frame.lineno} in {frame.name}")
        exc = exc.__cause__ or exc.__context__
    return lines


def record(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    """Write the fault's report to a log file and return the message to show instead."""
    if value.__traceback__ is None:
        value = value.with_traceback(tb)
    log = Path(tempfile.gettempdir()) / f"songpei-error-{dt.datetime.now():%Y%m%d-%H%M%S}.txt"
    log.write_text("\n".join(_report(value)) + "\n", encoding="utf-8")
    return tr(
        QCoreApplication.translate(
            "Crash",
            "Songpei met an unexpected problem: %1. Details were written to %2; please "
            "give that file to your trainer.",
        ),
        masked(value),
        str(log),
    )
