"""Spare references to None, True and False, for the life of the process.

PySide6 6.12 on Python 3.11 drops a reference to None on each call of a Qt method that returns
nothing, and drops references to True and False while the interpreter tears Qt objects down at
exit. Before Python 3.12 these objects are not immortal: when a count reaches zero the
interpreter aborts ("deallocating None", "deallocating True or False") — after a long county
session, or as a window closes. Everything a user wrote is durable by then, but a crash is
still a crash.

Holding them in a list does not survive the teardown (module globals are cleared before the
last collection), so the count itself is raised once. The three objects are static in CPython
and never freed, so a larger count changes nothing else; from Python 3.12 on they are immortal
and nothing is done."""

from __future__ import annotations

import ctypes
import sys

SPARE = 1 << 30  # far beyond what any session drops (one a call)


def hold() -> None:
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    for obj in (None, True, False):
        # ob_refcnt is the first field of every CPython object
        count = ctypes.c_ssize_t.from_address(id(obj))
        if count.value < SPARE:  # once per process, however often the package is imported
            count.value += SPARE
