"""One piece of hub work at a time: the hub has one SQLite connection, so the county window
queues its reads and writes and runs them one after another on a worker (via run_op)."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from ..ops import run_op, show_error


class HubQueue(QObject):
    idle = Signal()  # the last queued work has reported back (tests and screenshots wait on it)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent
        self.waiting: deque[tuple] = deque()
        self.running = False

    def run(self, work: Callable[..., Any], on_success: Callable[[Any], None],
            on_failure: Callable[[BaseException], None] | None = None,
            busy_text: str | None = None,
            on_progress: Callable[[int, int], None] | None = None) -> None:
        self.waiting.append((work, on_success, on_failure, busy_text, on_progress))
        if not self.running:
            self._next()

    def _next(self) -> None:
        if not self.waiting:
            self.running = False
            self.idle.emit()
            return
        self.running = True
        work, on_success, on_failure, busy_text, on_progress = self.waiting.popleft()

        def done(result: Any) -> None:
            if not isValid(self):  # the window closed meanwhile: nobody to tell
                return
            try:
                on_success(result)
            finally:
                self._next()

        def failed(exc: BaseException) -> None:
            if not isValid(self):
                return
            try:
                (on_failure or (lambda e: show_error(self.window, e)))(exc)
            finally:
                self._next()

        run_op(self.window, work, done, failed, busy_text=busy_text, on_progress=on_progress)
