"""The last net under every entry point: a sentence for the person, the traceback in a file."""

from __future__ import annotations

import datetime as dt
import tempfile
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication

from .messages import tr


def record(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    """Write the traceback to a log file and return the message to show instead."""
    log = Path(tempfile.gettempdir()) / f"songpei-error-{dt.datetime.now():%Y%m%d-%H%M%S}.txt"
    log.write_text("".join(traceback.format_exception(kind, value, tb)), encoding="utf-8")
    return tr(
        QCoreApplication.translate(
            "Crash",
            "Songpei met an unexpected problem: %1. Details were written to %2; please "
            "give that file to your trainer.",
        ),
        str(value),
        str(log),
    )
