"""Opening a county hub from the command line: one way for every `songpei hub …` command."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ..messages import tr
from .console import say

translate = QCoreApplication.translate


def open_hub(path: Path):
    """The hub at `path`; when it must first be brought up to date for this version (a
    county's hub of millions of events takes a minute), the officer is told before the wait,
    on stderr, so that a command's output stays its own."""
    from sync.county.hub import Hub

    if Hub.upgrade_pending(path):
        say(
            tr(
                translate(
                    "cli",
                    "Bringing county hub %1 up to date for this version of Songpei. This is "
                    "done once; a hub of several years takes a minute or two…",
                ),
                str(path),
            ),
            file=sys.stderr,
        )
    return Hub.open(path)
