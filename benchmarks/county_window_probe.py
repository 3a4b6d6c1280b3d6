"""Run in its own process by county_bench: how long the county window takes to open on a hub
(to its first paint, and until the dashboard shows every teacher's hours), or, with `bare`, a
bare QMainWindow's first paint on the same machine for the ratio.

    python -m benchmarks.county_window_probe HUB KEY PASSPHRASE_FILE | bare
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class _Painted(QObject):
    def __init__(self, start: float) -> None:
        super().__init__()
        self.start, self.at = start, None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and self.at is None:
            self.at = time.perf_counter() - self.start
        return False


# PySide6 6.12 on Python 3.11 drops a reference to None on every call of a method returning
# nothing (None is immortal only from 3.12); a county's tables make that many calls (one per
# cell), and the interpreter aborts when None's count reaches zero. The probe holds enough
# references for the window to open; the product's own fix is a PySide6 without the bug.
_NONE_HELD = [None] * 20_000_000 if sys.version_info < (3, 12) else []


def main() -> int:
    app = QApplication(sys.argv[:1])
    if sys.argv[1] == "bare":
        start = time.perf_counter()
        win = QMainWindow()
        win.setCentralWidget(QLabel("送培"))
        win.resize(1280, 720)
        probe = _Painted(start)
        win.installEventFilter(probe)
        win.show()
        QTimer.singleShot(0, lambda: None)
        while probe.at is None:
            app.processEvents()
        print(f"painted {probe.at:.6f}")
        print(f"ready {probe.at:.6f}")
        return 0

    from app.gui import style
    from content.keys import load_private
    from sync.county.hub import Hub

    hub_path, key_path, secret = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    key = load_private(key_path, secret.read_bytes().strip(), role="county")  # a person's typing
    style.apply(app)
    start = time.perf_counter()
    from app.gui.county.window import CountyWindow

    hub = Hub.open(hub_path)
    win = CountyWindow(hub, key, watch_drives=False)
    probe = _Painted(start)
    win.installEventFilter(probe)
    win.show()
    while probe.at is None or win.queue.running or not win.dashboard.model.rows:
        app.processEvents()
        time.sleep(0.001)
    ready = time.perf_counter() - start
    print(f"painted {probe.at:.6f}")
    print(f"ready {ready:.6f}")
    print(f"teachers {sum(len(rows) for rows in win.dashboard.cache.values())}", flush=True)
    hub.close()
    if _NONE_HELD:  # freeing them would give back more references than None has left
        os._exit(0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
