"""Starting the desktop app: the demo after the sync station installed packs, and a start that
fails shows its message in a window instead of exiting silently."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.demo import demo_publisher
from app.gui.school.launch import run_school
from app.gui.school.main_window import MainWindow
from sync.demo.simulate import ensure_demo_profile
from sync.laptop.laptop import DEMO_MARKER, Laptop
from tests.support.packs import PUBLISHER, built_pack


def _run_until(app: QApplication, kind: type, start) -> tuple[int, list]:
    """Start the app; when a top-level `kind` shows, note it and close it."""
    seen: list = []

    def look() -> None:
        for w in app.topLevelWidgets():
            if isinstance(w, kind) and w.isVisible() and not seen:
                seen.append(w.text() if isinstance(w, QMessageBox) else w.windowTitle())
                w.close()
                if not isinstance(w, QMessageBox):
                    w.deleteLater()
                    app.quit()
                return
        QTimer.singleShot(50, look)

    # Closing the last window must not leave a quit event behind for the next test's loop.
    app.setQuitOnLastWindowClosed(False)
    QTimer.singleShot(0, look)
    try:
        return start(), seen
    finally:
        app.setQuitOnLastWindowClosed(True)


def test_demo_starts_after_the_station_installed_a_pack(zh_app, tmp_path, demo_pack, monkeypatch):
    monkeypatch.setenv("SONGPEI_DEMO_PACK", str(demo_pack.parent))
    data = tmp_path / "demo"
    ensure_demo_profile(data, packs=[demo_pack], publisher=demo_publisher())
    with Laptop.open(data) as laptop:  # the sync station trusts a county publisher and installs
        laptop.add_trust(PUBLISHER.public)
        laptop.install_pack(built_pack(tmp_path))
        events = len(list(laptop.journal.events()))
    (data / DEMO_MARKER).write_bytes(b"")  # as a profile made before the marker said "filled"

    code, seen = _run_until(zh_app, MainWindow, lambda: run_school(data, demo=True))
    assert seen and seen[0].startswith("送培"), seen
    assert code == 0
    with Laptop.open(data) as laptop:
        assert "A5 课堂导入" in [c.title for c in laptop.catalog.courses]
        ids = [e.id for e in laptop.journal.events()]
        assert len(ids) == len(set(ids)) >= events

    code, seen = _run_until(zh_app, MainWindow, lambda: run_school(data, demo=True))
    assert seen and code == 0  # and again: once filled, the profile is left as it is
    with Laptop.open(data) as laptop:
        assert len(list(laptop.journal.events())) == len(ids)


def test_a_failure_at_start_shows_its_message_in_a_window(zh_app, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "journal.db").write_bytes(b"these are not the bytes of a database\n" * 100)

    code, seen = _run_until(zh_app, QMessageBox, lambda: run_school(data))
    assert code == 1
    assert seen and "journal.db" in seen[0], seen


def test_an_unexpected_failure_at_start_shows_a_window_too(zh_app, tmp_path, monkeypatch):
    import app.gui.school.launch as launch

    def broken(_journal):
        raise RuntimeError("the lesson clock broke")

    monkeypatch.setattr(launch.lesson_sessions, "recover", broken)
    code, seen = _run_until(zh_app, QMessageBox, lambda: run_school(tmp_path / "data"))
    assert code == 1
    assert seen and "the lesson clock broke" in seen[0] and "songpei-error-" in seen[0], seen
