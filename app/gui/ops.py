"""Background operations, after Anki's QueryOp/CollectionOp: the GUI hands a plain function to
a worker thread and gets the result (or the error) back on the GUI thread. A busy dialog
appears only if the work takes longer than half a second, so quick work never flickers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from ..messages import describe

BUSY_DELAY_MS = 500
_in_flight: set[QObject] = set()  # keeps relays alive until their work reports back


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(object, object)  # done, total (Python ints: byte counts pass 2**31)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work, self.relay = work, relay

    def run(self) -> None:
        try:
            result = self.work()
        except BaseException as exc:
            self.relay.failed.emit(exc)
            return
        self.relay.succeeded.emit(result)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Ops", "Songpei"), describe(exc))


def run_op(parent: QWidget, work: Callable[..., Any], on_success: Callable[[Any], None],
           on_failure: Callable[[BaseException], None] | None = None,
           busy_text: str | None = None,
           on_progress: Callable[[int, int], None] | None = None) -> None:
    """Run `work` on a worker thread. With `on_progress`, `work` is called with a
    `report(done, total)` function whose calls reach `on_progress` on the GUI thread (and the
    caller shows its own progress, so no busy dialog)."""
    relay = _Relay()
    if on_progress is not None:
        relay.progressed.connect(on_progress)
        task_work = lambda: work(relay.progressed.emit)  # noqa: E731
    else:
        task_work = work
    busy: list[QProgressDialog] = []
    timer = QTimer(relay)
    timer.setSingleShot(True)

    def show_busy() -> None:
        text = busy_text or QCoreApplication.translate("Ops", "Working, please wait…")
        dialog = QProgressDialog(text, None, 0, 0, parent)  # type: ignore[arg-type]
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.show()
        busy.append(dialog)

    def finish() -> None:
        timer.stop()
        for dialog in busy:
            dialog.close()
        _in_flight.discard(relay)

    def succeeded(result: Any) -> None:
        finish()
        on_success(result)

    def failed(exc: BaseException) -> None:
        finish()
        (on_failure or (lambda e: show_error(parent, e)))(exc)

    relay.succeeded.connect(succeeded)
    relay.failed.connect(failed)
    timer.timeout.connect(show_busy)
    _in_flight.add(relay)
    if on_progress is None:
        timer.start(BUSY_DELAY_MS)
    QThreadPool.globalInstance().start(_Task(task_work, relay))
