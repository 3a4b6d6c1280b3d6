"""Run in its own process by county_bench: how long the county window takes to open on a hub
(to its first paint, until the dashboard shows every teacher's hours, and until every other
page has read its list too), or, with `bare`, a bare QMainWindow's first paint on the same
machine for the ratio.

    python -m benchmarks.county_window_probe HUB KEY PASSPHRASE_FILE | bare
"""

from __future__ import annotations

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
        print(f"settled {probe.at:.6f}")
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
    filled: list[float] = []  # the dashboard shows every teacher's hours added up
    win.dashboard.loaded.connect(lambda: filled.append(time.perf_counter() - start))
    win.show()
    while probe.at is None or not filled or win.queue.running:
        app.processEvents()
        time.sleep(0.001)
    settled = time.perf_counter() - start  # and every other page has read its list
    print(f"painted {probe.at:.6f}")
    print(f"ready {filled[0]:.6f}")
    print(f"settled {settled:.6f}")
    print(f"teachers {sum(len(rows) for rows in win.dashboard.cache.values())}", flush=True)
    hub.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
