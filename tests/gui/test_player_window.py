"""The lesson window with the deterministic player: time counted only while in front and
playing, one session event on close, playback resuming where the teacher stopped, and clear
messages for missing or undecodable files."""

from __future__ import annotations

import pytest

from content.rules import LESSON_SESSION
from sync.laptop import lesson_sessions
from sync.laptop.teachers import Teacher
from tests.support.packs import PUBLISHER, built_pack

pytest.importorskip("PySide6.QtWidgets")
from PySide6.QtCore import Qt  # noqa: E402

from app.gui.operations import worker  # noqa: E402
from app.gui.school.lesson import LessonStart, LessonWindow, counted_text  # noqa: E402
from app.player import backend as B  # noqa: E402
from app.player.dummy import DummyBackend  # noqa: E402

TEACHER = Teacher("t-1", "王老师", "511621198503120021", "小学", "primary", "语文", 0)


class Clock:
    def __init__(self) -> None:
        self.t = 5000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def packed(laptop, tmp_path, qtbot):
    laptop.add_trust(PUBLISHER.public)
    laptop.install_pack(built_pack(tmp_path))
    yield laptop
    # Windows a test left open save their session now, while the journal is still open.
    for w in OPEN:
        if not w.saved:
            close_and_wait(qtbot, w)
    OPEN.clear()


OPEN: list = []


def video_lesson(laptop):
    return next(x for x in laptop.catalog.lessons if x.kind == "video")


def open_window(qtbot, laptop, lesson, clock, **kw):
    player = kw.pop("player", None) or DummyBackend(clock, duration_s=3600)
    w = LessonWindow(
        laptop,
        TEACHER,
        lesson,
        LessonStart.read(laptop, TEACHER.id, lesson),
        backend=player,
        clock=clock,
    )
    w._timer.stop()  # the test ticks by hand, with its own clock
    qtbot.addWidget(w)
    OPEN.append(w)
    w.show()
    w.activateWindow()  # shortcuts (Space, arrows, F11) act in the active window only
    qtbot.waitUntil(w.isActiveWindow, timeout=3000)
    return w, player


def run(w, clock, seconds):
    for _ in range(int(seconds)):
        clock.t += 1
        w.tick()


def sessions(laptop):
    return [e.data for e in laptop.journal.events(teacher_id="t-1", types=[LESSON_SESSION])]


def close_and_wait(qtbot, w):
    with qtbot.waitSignal(w.sessionSaved, timeout=5000) as sig:
        w.close()
    return sig.args[0]


def test_play_counts_and_losing_the_front_stops_it(qtbot, packed):
    clock = Clock()
    w, p = open_window(qtbot, packed, video_lesson(packed), clock)
    w.set_front(True)
    run(w, clock, 10)
    assert w.tracker.active_seconds == 0  # in front, but not playing
    qtbot.keyClick(w, " ")  # Space plays
    assert p.state() == B.PLAYING
    run(w, clock, 30)
    assert w.tracker.active_seconds == 30
    assert "Counted so far: 30 s of 90 min" in w.counted.text()
    w.set_front(False)
    run(w, clock, 40)
    assert w.tracker.active_seconds == 30
    w.set_front(True)
    run(w, clock, 35)
    assert w.tracker.active_seconds == 65
    assert w.counted.text().startswith("Counted so far: 1 min of 90 min")
    qtbot.keyClick(w, " ")  # and pauses
    run(w, clock, 20)
    assert p.state() == B.PAUSED and w.tracker.active_seconds == 65
    ev = close_and_wait(qtbot, w)
    assert ev.data == {
        "lesson": video_lesson(packed).id,
        "active_seconds": 65,
        "position_s": 105.0,
        "completed": False,
    }  # it played behind, too
    assert len(sessions(packed)) == 1


def test_window_activation_feeds_the_tracker(qtbot, packed):
    clock = Clock()
    w, p = open_window(qtbot, packed, video_lesson(packed), clock)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=3000)
    assert w._front
    p.play()
    run(w, clock, 5)
    assert w.tracker.active_seconds == 5
    close_and_wait(qtbot, w)


def test_checkpoints_while_playing_and_resume_after_reopening(qtbot, packed):
    clock = Clock()
    lesson = video_lesson(packed)
    w, p = open_window(qtbot, packed, lesson, clock)
    w.set_front(True)
    p.play()
    run(w, clock, 20)
    qtbot.waitUntil(lambda: not worker(packed).running)  # checkpoints are written off screen
    with packed.journal.reader() as c:
        assert c.execute("SELECT active_seconds FROM lesson_checkpoints").fetchall() == [(15,)]
    w.step(10)  # → 30 s
    close_and_wait(qtbot, w)
    assert sessions(packed)[0]["position_s"] == 30.0
    w2, p2 = open_window(qtbot, packed, lesson, clock)
    assert p2.position() == 30.0
    assert "00:30" in w2.note.text()
    assert w2.earlier_s == 20  # what was credited before counts towards the cap
    close_and_wait(qtbot, w2)
    assert len(sessions(packed)) == 1  # opened and closed without study: no event


def test_arrow_keys_seek_ten_seconds(qtbot, packed):
    clock = Clock()
    w, p = open_window(qtbot, packed, video_lesson(packed), clock)
    p.play()
    from PySide6.QtCore import Qt

    qtbot.keyClick(w, Qt.Key.Key_Right)
    qtbot.keyClick(w, Qt.Key.Key_Right)
    qtbot.keyClick(w, Qt.Key.Key_Left)
    assert p.position() == 10.0
    close_and_wait(qtbot, w)


def test_speed_and_volume(qtbot, packed):
    clock = Clock()
    w, p = open_window(qtbot, packed, video_lesson(packed), clock)
    w.speed.setCurrentIndex(3)
    w.volume.setValue(30)
    assert p.rate() == 1.5 and p.volume() == 30
    w.set_front(True)
    p.play()
    run(w, clock, 10)
    assert p.position() == 15.0 and w.tracker.active_seconds == 10  # wall time, not media time
    close_and_wait(qtbot, w)


def test_the_cap_holds_across_sessions(qtbot, packed):
    clock = Clock()
    lesson = video_lesson(packed)  # 2 hours: 5400 s under the pack's rules
    nominal = int(lesson.hours * packed.rules.seconds_per_hour)
    lesson_sessions.LessonSession(packed.journal, "t-1", lesson.id).finish(nominal - 5, 100.0)
    w, p = open_window(qtbot, packed, lesson, clock)
    w.set_front(True)
    p.play()
    run(w, clock, 30)
    assert w.tracker.active_seconds == 5 and w.counted_seconds() == nominal
    close_and_wait(qtbot, w)
    assert packed.progress("t-1").lesson_seconds[lesson.id] == nominal


def test_full_screen_and_back(qtbot, packed):
    from PySide6.QtCore import Qt

    w, _ = open_window(qtbot, packed, video_lesson(packed), Clock())
    qtbot.keyClick(w, Qt.Key.Key_F11)
    assert w.isFullScreen()
    qtbot.keyClick(w, Qt.Key.Key_Escape)
    assert not w.isFullScreen()
    close_and_wait(qtbot, w)


def test_an_undecodable_video_says_so_and_keeps_the_time(qtbot, packed):
    clock = Clock()
    w, p = open_window(
        qtbot, packed, video_lesson(packed), clock, player=DummyBackend(clock, undecodable=True)
    )
    w.set_front(True)
    p.play()
    assert p.state() == B.ERROR
    assert w.problem.isVisibleTo(w) and "cannot play" in w.problem.text()
    assert not w.controls.isEnabled()
    run(w, clock, 10)
    assert w.tracker.active_seconds == 0
    close_and_wait(qtbot, w)


def test_a_missing_lesson_file_says_so(qtbot, packed):
    from sync.laptop.lesson_files import lesson_file

    lesson = video_lesson(packed)
    lesson_file(packed.data_dir, packed.catalog, lesson).unlink()
    w, _ = open_window(qtbot, packed, lesson, Clock())
    assert w.problem.isVisibleTo(w) and "missing" in w.problem.text()
    assert w.player is None
    assert close_and_wait(qtbot, w) is None


def test_a_document_counts_while_the_reader_is_active(qtbot, packed):
    clock = Clock()
    doc = next(x for x in packed.catalog.lessons if x.kind == "document")
    w, _ = open_window(qtbot, packed, doc, clock)
    w.set_front(True)
    run(w, clock, 10)
    assert w.tracker.active_seconds == 0
    w.reader_active()
    run(w, clock, 30)
    assert w.tracker.active_seconds == 30
    close_and_wait(qtbot, w)
    assert sessions(packed)[-1]["active_seconds"] == 30


def test_markdown_reading_counts_scrolling(qtbot, packed, tmp_path):
    from dataclasses import replace

    from PySide6.QtCore import Qt

    from sync.laptop import lesson_files

    md = tmp_path / "reading.md"
    md.write_text("# 导入\n\n" + "一段文字。\n\n" * 400, "utf-8")
    doc = next(x for x in packed.catalog.lessons if x.kind == "document")
    doc = replace(doc, document="reading.md")
    orig = lesson_files.lesson_file
    import app.gui.school.lesson as lesson_mod

    lesson_mod.lesson_file = lambda *a: md
    try:
        clock = Clock()
        w, _ = open_window(qtbot, packed, doc, clock)
    finally:
        lesson_mod.lesson_file = orig
    assert "导入" in w.reader.toPlainText()
    w.set_front(True)
    qtbot.keyClick(w.reader, Qt.Key.Key_PageDown)
    run(w, clock, 10)
    assert w.tracker.active_seconds == 10
    close_and_wait(qtbot, w)


def open_markdown(qtbot, packed, md, clock):
    from dataclasses import replace

    import app.gui.school.lesson as lesson_mod

    doc = next(x for x in packed.catalog.lessons if x.kind == "document")
    doc = replace(doc, document=md.name)
    orig = lesson_mod.lesson_file
    lesson_mod.lesson_file = lambda *a: md
    try:
        return open_window(qtbot, packed, doc, clock)[0]
    finally:
        lesson_mod.lesson_file = orig


def top_paragraph(reader) -> int:
    """The number of the paragraph at the top of the view (the reading's paragraphs are
    numbered)."""
    text = reader.cursorForPosition(reader.viewport().rect().topLeft()).block().text()
    return int(text.split()[1])


def test_a_document_reopens_where_the_teacher_stopped(qtbot, packed, tmp_path):
    from PySide6.QtCore import Qt

    md = tmp_path / "reading.md"
    md.write_text("# 导入\n\n" + "".join(f"第 {i} 段文字。\n\n" for i in range(400)), "utf-8")
    clock = Clock()
    w = open_markdown(qtbot, packed, md, clock)
    assert w.note.isHidden()  # first time: from the top
    bar = w.reader_bar
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert bar.value() == 0
    w.set_front(True)
    while bar.value() < bar.maximum() * 0.4:
        qtbot.keyClick(w.reader, Qt.Key.Key_PageDown)
    place = w.position()
    assert 300 <= place < 1000
    run(w, clock, 20)
    close_and_wait(qtbot, w)
    assert sessions(packed)[-1]["position_s"] == place
    stopped_at = top_paragraph(w.reader)

    again = open_markdown(qtbot, packed, md, Clock())
    qtbot.waitUntil(lambda: abs(again.position() - place) < 1)
    assert not again.note.isHidden() and f"{place / 10:.0f} %" in again.note.text()
    assert top_paragraph(again.reader) == stopped_at  # the same words at the top
    assert again.tracker.active_seconds == 0  # reopening is not reading
    qtbot.keyClick(again.reader, Qt.Key.Key_End)  # she reads on: that place is kept
    qtbot.waitUntil(lambda: again.reader_bar.value() == again.reader_bar.maximum())
    end = again.position()
    assert end > place
    close_and_wait(qtbot, again)
    assert lesson_sessions.last_position(packed.journal, "t-1", again.lesson.id) == end


@pytest.mark.parametrize(
    "name, data",
    [
        ("reading.md", b"# \xff\xfe broken \xc3"),  # not UTF-8: a damaged copy
        ("picture.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 40),  # a PNG cut short
    ],
)
def test_a_damaged_document_says_so_and_counts_nothing(qtbot, packed, tmp_path, name, data):
    doc = tmp_path / name
    doc.write_bytes(data)
    clock = Clock()
    w = open_markdown(qtbot, packed, doc, clock)
    assert w.problem.isVisibleTo(w)
    assert w.problem.text() == (
        "This document is damaged and cannot be shown. Install its "
        "pack again from the trainer's drive."
    )
    w.set_front(True)
    run(w, clock, 30)
    assert w.tracker.active_seconds == 0
    assert close_and_wait(qtbot, w) is None  # no session: nothing was studied


def test_a_pdf_without_qtpdf_offers_the_system_viewer(qtbot, packed, monkeypatch):
    from app.gui.school import lesson_reader

    def no_pdf(path):
        raise lesson_reader.ReaderError("no-pdf")

    monkeypatch.setattr(lesson_reader, "_pdf", no_pdf)  # as on a PySide6 build without QtPdf
    doc = next(x for x in packed.catalog.lessons if x.kind == "document")
    assert doc.document.endswith(".pdf")
    w, _ = open_window(qtbot, packed, doc, Clock())
    assert "cannot show PDF pages itself" in w.problem.text()
    assert doc.document.rsplit("/", 1)[-1] in w.problem.text()
    assert "cannot be counted as study hours" in w.problem.text()
    assert w.open_button.text() == "Open in the PDF viewer"
    close_and_wait(qtbot, w)


def test_ctrl_w_closes_the_lesson_and_saves_its_time(qtbot, packed):
    from PySide6.QtCore import Qt

    clock = Clock()
    w, p = open_window(qtbot, packed, video_lesson(packed), clock)
    w.set_front(True)
    qtbot.keyClick(w, Qt.Key.Key_Space)
    run(w, clock, 40)
    with qtbot.waitSignal(w.sessionSaved, timeout=5000) as sig:
        qtbot.keyClick(w, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not w.isVisible() and sig.args[0].data["active_seconds"] == 40


def test_at_the_end_space_plays_again_from_the_start_and_counts(qtbot, packed):
    clock = Clock()
    player = DummyBackend(clock, duration_s=20)
    w, p = open_window(qtbot, packed, video_lesson(packed), clock, player=player)
    w.set_front(True)
    qtbot.keyClick(w, Qt.Key.Key_Space)
    run(w, clock, 25)
    assert p.state() == B.ENDED and w.completed
    counted = w.tracker.active_seconds
    assert w.play_button.text() == "Play" and w.play_button.isEnabled()
    qtbot.keyClick(w, Qt.Key.Key_Space)  # plays again, from 0
    assert p.state() == B.PLAYING and p.position() == 0
    run(w, clock, 5)
    assert w.tracker.active_seconds == counted + 5
    assert w.time_label.text().startswith("00:05")
    run(w, clock, 20)
    assert p.state() == B.ENDED
    w.play_button.click()  # and the button does the same
    run(w, clock, 3)
    assert p.state() == B.PLAYING and w.seek.value() == 3


def test_the_counted_time_says_its_units():
    assert [counted_text(s) for s in (0, 45, 60, 119, 1320)] == [
        "0 s",
        "45 s",
        "1 min",
        "1 min",
        "22 min",
    ]
