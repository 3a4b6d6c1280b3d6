"""The GUI never blocks: every read and write of a store runs on that store's own worker thread,
after Anki's QueryOp / CollectionOp.

    ReadOp(parent, laptop, op=lambda: laptop.teachers.all(), success=picker.set_teachers).run()
    WriteOp(parent, hub, op=lambda: hub.revoke(device)).success(done).failure(oops).run()

Each store (the laptop's journal, the county's hub) gets one worker: a single thread that runs
its operations one after another in the order they were started, so writes are serialised and
the hub's one SQLite connection is only ever used from that thread. Work that touches no store
(unlocking a key, building the demo county) runs on a worker of its own. Success and failure
callbacks run on the GUI thread; a busy dialog appears only when the work takes longer than half
a second, so quick work never flickers. A read whose window has gone is dropped; a write always
finishes, and its failure is shown even when the window that started it has closed."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid

from ..messages import describe

BUSY_DELAY_MS = 500


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    QMessageBox.warning(
        parent if parent is not None and isValid(parent) else None,
        QCoreApplication.translate("Ops", "Songpei"),
        describe(exc),
    )


class StoreWorker(QObject):
    """One store's thread. `running` is true from the moment an operation is started until the
    last one's callback has run on the GUI thread; then `idle` is emitted (the county window
    waits on it before closing; tests and screenshots wait on it)."""

    idle = Signal()

    def __init__(self, name: str) -> None:
        super().__init__()
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self.pending = 0

    @property
    def running(self) -> bool:
        return self.pending > 0

    def _started(self) -> None:
        self.pending += 1

    def _ended(self) -> None:
        self.pending -= 1
        if self.pending == 0:
            self.idle.emit()


_workers: dict[int, StoreWorker] = {}  # by id(store); dropped when the store is collected
_loose: list[StoreWorker] = []  # the worker of work that touches no store


def worker(store: object | None) -> StoreWorker:
    """The worker of `store` (a Laptop, a Hub), made on first use; None: the loose worker."""
    if store is None:
        if not _loose:
            _loose.append(StoreWorker("songpei-loose"))
        return _loose[0]
    found = _workers.get(id(store))
    if found is None:
        found = _workers[id(store)] = StoreWorker(f"songpei-{type(store).__name__.lower()}")
        weakref.finalize(store, _forget, id(store), found.executor)
    return found


def drain(store: object) -> None:
    """Wait until every operation started on `store` has run. Called before the store closes:
    the last write a closing window started (a lesson's final minutes) lands instead of being
    refused by a closed store."""
    found = _workers.get(id(store))
    if found is not None:
        found.executor.submit(lambda: None).result()  # one thread, in order: all before it ran


def _forget(key: int, executor: ThreadPoolExecutor) -> None:
    _workers.pop(key, None)
    executor.shutdown(wait=False)


class _Relay(QObject):
    """Lives on the GUI thread: signals emitted from the worker arrive there, queued."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(object, object)  # done, total (Python ints: byte counts pass 2**31)


_in_flight: set[_Relay] = set()  # keeps relays alive until their work reports back


class _Op:
    failure_outlives_parent = False

    def __init__(
        self,
        parent: QWidget | None,
        store: object | None,
        *,
        op: Callable[..., Any],
        success: Callable[[Any], object] | None = None,
    ) -> None:
        self.parent, self.store, self.op = parent, store, op
        self._success = success
        self._failure: Callable[[BaseException], None] | None = None
        self._busy_text: str | None = None
        self._on_progress: Callable[[int, int], None] | None = None
        self._quiet = False

    def success(self, callback: Callable[[Any], object]) -> _Op:
        self._success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> _Op:
        """Instead of the default: a message box naming the problem."""
        self._failure = callback
        return self

    def with_busy_text(self, text: str) -> _Op:
        """The busy dialog's words (shown only after BUSY_DELAY_MS)."""
        self._busy_text = text
        return self

    def with_progress(self, on_progress: Callable[[int, int], None]) -> _Op:
        """`op` is called with a `report(done, total)` function whose calls reach `on_progress`
        on the GUI thread; the caller shows the progress, so there is no busy dialog."""
        self._on_progress = on_progress
        return self

    def quietly(self) -> _Op:
        """No busy dialog, however long it waits (background work such as checkpoints)."""
        self._quiet = True
        return self

    def _parent_gone(self) -> bool:
        return self.parent is not None and not isValid(self.parent)

    def run(self) -> None:
        store_worker = worker(self.store)
        relay = _Relay()
        busy: list[QProgressDialog] = []
        timer = QTimer(relay)
        timer.setSingleShot(True)
        parent = self.parent

        def show_busy() -> None:
            if self._parent_gone():
                return
            text = self._busy_text or QCoreApplication.translate("Ops", "Working, please wait…")
            # None: no cancel button (Qt's null string); the stubs accept only str
            dialog = QProgressDialog(text, None, 0, 0, parent)  # type: ignore[call-overload]
            # a window of its own when nothing is open yet (a hub brought up to date at start)
            dialog.setWindowTitle(QCoreApplication.translate("Ops", "Songpei"))
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(0)
            dialog.show()
            busy.append(dialog)

        def finish() -> None:
            timer.stop()
            for dialog in busy:
                if isValid(dialog):
                    dialog.close()
            _in_flight.discard(relay)

        def succeeded(result: Any) -> None:
            finish()
            try:
                if self._success is not None and not self._parent_gone():
                    self._success(result)
            finally:
                store_worker._ended()

        def failed(exc: BaseException) -> None:
            finish()
            try:
                if not self._parent_gone():
                    (self._failure or (lambda e: show_error(parent, e)))(exc)
                elif self.failure_outlives_parent:
                    show_error(None, exc)
            finally:
                store_worker._ended()

        relay.succeeded.connect(succeeded)
        relay.failed.connect(failed)
        timer.timeout.connect(show_busy)
        if self._on_progress is not None:
            relay.progressed.connect(self._on_progress)
            op = self.op
            work = lambda: op(relay.progressed.emit)  # noqa: E731
        else:
            work = self.op

        def on_worker() -> None:
            try:
                result = work()
            except BaseException as exc:
                relay.failed.emit(exc)
                return
            relay.succeeded.emit(result)

        _in_flight.add(relay)
        store_worker._started()
        if self._on_progress is None and not self._quiet:
            timer.start(BUSY_DELAY_MS)
        store_worker.executor.submit(on_worker)


class ReadOp(_Op):
    """Read from a store; the result (or the failure) is dropped when the window that asked has
    gone."""


class WriteOp(_Op):
    """Change a store; it runs to its end whatever happens to the window that started it, and its
    failure is shown even when that window has gone (nothing is lost silently)."""

    failure_outlives_parent = True
