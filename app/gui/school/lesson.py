"""A lesson window: a video (play, seek, speed, volume, full screen, resume where the teacher
stopped) or a document shown in the app, with the time counted so far.

Time is counted by content.time_on_task from what this window sees: whether it is the active
window, whether the video plays, whether the reader scrolls, types or clicks. The session goes
to the journal through sync.laptop.lesson_sessions: checkpoints while it runs, one event on close.
Every read and write of the journal runs on the laptop's worker (gui.operations): the window
opens through `open_lesson`, which reads where the teacher stopped before it is built."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from content.catalog import VIDEO, Lesson
from content.time_on_task import TimeOnTask
from sync.base.events import Event
from sync.laptop import lesson_sessions
from sync.laptop.laptop import Laptop
from sync.laptop.lesson_files import lesson_file
from sync.laptop.teachers import Teacher

from ...messages import describe, tr
from ...player import backend as B
from ...player.backend import RATES, PlayerBackend
from ..operations import WriteOp
from ..widgets import fit, open_with_system
from .lesson_reader import ReaderError, go_to_place, open_reader, reading_place

TICK_MS = 1000
SEEK_STEP_S = 10.0
READER_EVENTS = {QEvent.Type.Wheel, QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress}


@dataclass(frozen=True)
class LessonStart:
    """What the journal holds for a lesson before its window opens."""

    earlier_s: int  # counted before: sessions, and checkpoints another window left
    position_s: float  # where the teacher stopped

    @classmethod
    def read(cls, laptop: Laptop, teacher_id: str, lesson: Lesson) -> LessonStart:
        """On the laptop's worker: a session a crash left behind counts first (a write)."""
        journal = laptop.journal
        lesson_sessions.recover(journal)
        earlier = laptop.progress(teacher_id).lesson_seconds.get(
            lesson.id, 0
        ) + lesson_sessions.pending_seconds(journal, teacher_id, lesson.id)
        return cls(earlier, lesson_sessions.last_position(journal, teacher_id, lesson.id))


def open_lesson(
    parent: QWidget,
    laptop: Laptop,
    teacher: Teacher,
    lesson: Lesson,
    opened: Callable[[LessonStart], None],
) -> None:
    """Read the lesson's start on the laptop's worker, then call `opened` (which builds the
    window) on the GUI thread."""
    WriteOp(
        parent, laptop, op=lambda: LessonStart.read(laptop, teacher.id, lesson), success=opened
    ).run()


def clock_text(seconds: float) -> str:
    s = int(max(seconds, 0))
    h, m, s = s // 3600, s // 60 % 60, s % 60
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


def counted_text(seconds: int) -> str:
    """Counted time with its unit: whole minutes, or seconds while under a minute."""
    if seconds < 60:
        return tr(QCoreApplication.translate("LessonWindow", "%1 s"), str(max(seconds, 0)))
    return tr(QCoreApplication.translate("LessonWindow", "%1 min"), str(seconds // 60))


class LessonWindow(QWidget):
    """Open with show(); closing it writes the session. `sessionSaved` carries the event
    (None when the session counted nothing and moved nowhere)."""

    sessionSaved = Signal(object)

    def __init__(
        self,
        laptop: Laptop,
        teacher: Teacher,
        lesson: Lesson,
        opening: LessonStart,
        *,
        backend: PlayerBackend | None = None,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.laptop, self.teacher, self.lesson, self.clock = laptop, teacher, lesson, clock
        self.player: PlayerBackend | None = None
        self.saved = False
        self.setWindowTitle(lesson.title)
        fit(self, 1000, 680)

        earlier, start = opening.earlier_s, opening.position_s
        self.nominal_s = lesson.nominal_seconds(laptop.rules.seconds_per_hour)
        self.earlier_s = min(earlier, self.nominal_s)
        self.tracker = TimeOnTask(self.nominal_s, earlier, start=clock())
        # Touched only on the laptop's worker from here on (checkpoints, the end).
        self.session = lesson_sessions.LessonSession(laptop.journal, teacher.id, lesson.id, start)
        self.completed = False
        self._resume_at: float | None = None  # a document's place to reopen at

        self.title = QLabel(lesson.title)
        self.title.setObjectName("title")
        self.note = QLabel()  # which player, where playback resumes
        self.note.setWordWrap(True)
        self.note.hide()
        self.problem = QLabel()  # what went wrong and what to do
        self.problem.setWordWrap(True)
        self.problem.setObjectName("problem")
        self.problem.hide()
        self.counted = QLabel()
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        for w in (self.title, self.note, self.problem):
            layout.addWidget(w)
        layout.addLayout(self.body, 1)
        self.keys_hint = QLabel(self.tr("Keys: ↑ ↓ Page Up / Page Down to read · Ctrl+W close"))
        self.keys_hint.setObjectName("note")
        bottom = QHBoxLayout()
        bottom.addWidget(self.counted, 1)
        bottom.addWidget(self.keys_hint)
        layout.addLayout(bottom)

        path = self._path()
        if path is not None:
            if lesson.kind == VIDEO or (lesson.media and not lesson.document):
                self._build_video(path, start, backend)
            else:
                self._build_reader(path, start)
        # Ctrl+W closes (and saves) the lesson from the keyboard, video or document alike.
        QShortcut(
            QKeySequence("Ctrl+W"), self, self.close, context=Qt.ShortcutContext.WindowShortcut
        )
        self._front = False
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)
        self._timer.start()
        self._show_counted()

    # --- building -----------------------------------------------------------------------------
    def _path(self) -> Path | None:
        try:
            return lesson_file(self.laptop.data_dir, self.laptop.catalog, self.lesson)
        except Exception as exc:  # a missing file or a damaged library: say so, count nothing
            self._show_problem(describe(exc))
            return None

    def _build_video(self, path: Path, start: float, backend: PlayerBackend | None) -> None:
        if backend is None:
            from ...player.choose import choose

            try:
                backend = choose()
            except RuntimeError:
                self._show_problem(
                    self.tr(
                        "No video player works on this computer. Run the "
                        "check-up (songpei doctor) and install VLC."
                    )
                )
                return
        self.player = p = backend
        if p.name == "qt":
            self._show_note(
                self.tr(
                    "VLC is not installed, so Songpei uses Qt's own player: "
                    "some old video formats (RMVB, WMV, FLV) may not play. "
                    "Install VLC to play them."
                )
            )
        p.stateChanged.connect(self._on_state)
        p.errorOccurred.connect(self._on_error)
        p.positionChanged.connect(self._on_position)
        p.durationChanged.connect(self._on_duration)

        self.play_button = QPushButton(self.tr("Play"))
        self.play_button.clicked.connect(p.toggle)
        self.seek = QSlider(Qt.Orientation.Horizontal)
        self.seek.setRange(0, 0)
        self.seek.sliderReleased.connect(lambda: p.seek(float(self.seek.value())))
        self.seek.actionTriggered.connect(self._slider_action)
        self.time_label = QLabel(clock_text(start))
        self.speed = QComboBox()
        for r in RATES:
            self.speed.addItem(f"{r:g}×", r)
        self.speed.setCurrentIndex(RATES.index(1.0))
        self.speed.currentIndexChanged.connect(lambda i: p.set_rate(RATES[i]))
        self.speed.setToolTip(self.tr("Speed"))
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(80)
        self.volume.setMaximumWidth(120)
        self.volume.setToolTip(self.tr("Volume"))
        self.volume.valueChanged.connect(p.set_volume)
        self.full_button = QPushButton(self.tr("Full screen"))
        self.full_button.clicked.connect(self.toggle_full_screen)
        controls = QHBoxLayout()
        for w in (
            self.play_button,
            self.seek,
            self.time_label,
            self.speed,
            QLabel(self.tr("Volume")),
            self.volume,
            self.full_button,
        ):
            controls.addWidget(w, 1 if w is self.seek else 0)
        self.controls = QWidget()
        self.controls.setLayout(controls)
        self.body.addWidget(p.video_widget(), 1)
        self.body.addWidget(self.controls)
        self.keys_hint.setText(
            self.tr(
                "Keys: Space play / pause · ← → 10 seconds back / on · "
                "F11 full screen · Ctrl+W close"
            )
        )

        keys = (
            (Qt.Key.Key_Space, p.toggle),
            (Qt.Key.Key_Left, lambda: self.step(-SEEK_STEP_S)),
            (Qt.Key.Key_Right, lambda: self.step(SEEK_STEP_S)),
            (Qt.Key.Key_F11, self.toggle_full_screen),
            (Qt.Key.Key_Escape, self.leave_full_screen),
        )
        for key, action in keys:
            QShortcut(QKeySequence(key), self, action, context=Qt.ShortcutContext.WindowShortcut)
        if p.load(path, start):
            p.set_volume(80)
            if start > 0:
                self._show_note(tr(self.tr("Resuming where you stopped: %1."), clock_text(start)))

    def _build_reader(self, path: Path, start: float) -> None:
        try:
            view, watched = open_reader(path)
        except ReaderError as exc:
            self.keys_hint.setText(self.tr("Keys: Ctrl+W close"))
            if exc.code == "no-pdf":
                self._show_problem(
                    tr(
                        self.tr(
                            "Songpei on this computer cannot show PDF pages "
                            "itself. Press “Open in the PDF viewer” to read "
                            "“%1” there. Time spent in another program cannot "
                            "be counted as study hours (学时)."
                        ),
                        path.name,
                    )
                )
                self.open_button = QPushButton(self.tr("Open in the PDF viewer"))
                self.open_button.clicked.connect(lambda: self._open_outside(path))
                self.body.addWidget(self.open_button)
                self.body.addStretch(1)
                self.open_button.setFocus()
            elif exc.code == "unsupported":
                self._show_problem(
                    tr(self.tr("Songpei cannot show this kind of document (%1)."), path.suffix)
                )
            else:
                self._show_problem(
                    self.tr(
                        "This document is damaged and cannot be shown. "
                        "Install its pack again from the trainer's drive."
                    )
                )
            return
        self.reader = view
        self.reader_bar = watched[2]  # the vertical scroll bar: where the teacher is
        self.body.addWidget(view, 1)
        for w in watched:
            w.installEventFilter(self)
        for bar in watched[-2:]:
            # the teacher's own scrolling (dragging, arrows, clicks), never layout or restoring
            bar.actionTriggered.connect(lambda _a: self.reader_active())
        if start > 0:
            # The range is known only once the text is laid out, and changes while the window
            # settles: follow it until the teacher moves on her own.
            self._resume_at = start
            self.reader_bar.rangeChanged.connect(self._restore_reading)
            self._show_note(
                tr(
                    self.tr("Reopened where you stopped: %1 % of the document."),
                    f"{start / 10:.0f}",
                )
            )

    def _restore_reading(self, _low: int, _high: int) -> None:
        # Qt sets the page step after the range: place the view once both are current.
        QTimer.singleShot(0, self._place_reader)

    def _place_reader(self) -> None:
        if self._resume_at is not None:
            go_to_place(self.reader, self._resume_at)

    def _open_outside(self, path: Path) -> None:
        if not open_with_system(path):
            self._show_problem(
                self.tr(
                    "This computer has no program that opens PDF files. "
                    "Ask the trainer to install a PDF viewer."
                )
            )

    # --- what feeds the tracker -----------------------------------------------------------------
    def set_front(self, front: bool) -> None:
        if front != self._front:
            self._front = front
            self.tracker.set_front(front, self.clock())
            self._show_counted()

    def reader_active(self) -> None:
        self._resume_at = None  # she reads on from here: the saved place no longer applies
        self.tracker.reader_activity(self.clock())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.ActivationChange, QEvent.Type.WindowStateChange):
            self.set_front(self.isActiveWindow() and not self.isMinimized())
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in READER_EVENTS:
            self.reader_active()
        return False

    def _on_state(self, state: str) -> None:
        self.tracker.set_playing(state == B.PLAYING, self.clock())
        if state == B.ENDED:
            self.completed = True
        self.play_button.setText(self.tr("Pause") if state == B.PLAYING else self.tr("Play"))
        self._show_counted()

    def _on_error(self, code: str) -> None:
        if code == B.MISSING:
            self._show_problem(
                self.tr(
                    "The video file is missing. Install its pack again from the trainer's drive."
                )
            )
        else:
            self._show_problem(
                self.tr(
                    "This computer cannot play this video: the file is "
                    "damaged or in a format the player does not know. Time "
                    "counted so far is kept."
                )
            )
        self.controls.setEnabled(False)

    def _on_position(self, seconds: float) -> None:
        if not self.seek.isSliderDown():
            self.seek.blockSignals(True)
            self.seek.setValue(int(seconds))
            self.seek.blockSignals(False)
        self.time_label.setText(f"{clock_text(seconds)} / {clock_text(self.player.duration())}")

    def _on_duration(self, seconds: float) -> None:
        self.seek.setRange(0, int(seconds))

    def _slider_action(self, action: int) -> None:
        if action != QSlider.SliderAction.SliderMove:  # keys and page clicks, not dragging
            QTimer.singleShot(0, lambda: self.player.seek(float(self.seek.value())))

    # --- actions --------------------------------------------------------------------------------
    def step(self, seconds: float) -> None:
        if self.player is not None and self.player.state() != B.ERROR:
            self.player.seek(self.player.position() + seconds)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.leave_full_screen()
        else:
            for w in (self.title, self.counted, self.keys_hint):
                w.hide()
            self.showFullScreen()

    def leave_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
            for w in (self.title, self.counted, self.keys_hint):
                w.show()

    def position(self) -> float:
        """A video's second; a document's reading place in thousandths of it
        (lesson_reader.reading_place; the same journal field, stored as it is)."""
        if self.player is not None:
            return self.player.position()
        if getattr(self, "reader", None) is None or self.reader_bar.maximum() <= 0:
            return self._resume_at or 0.0  # not laid out yet: the place it will open at
        return reading_place(self.reader)

    def tick(self) -> None:
        """Once a second: credit the time since the last tick, and checkpoint it."""
        if self.player is not None:
            self.player.poll()
        self.tracker.tick(self.clock())
        session, args = self.session, (self.tracker.active_seconds, self.position(), self.completed)
        WriteOp(self, self.laptop, op=lambda: session.update(*args)).quietly().failure(
            lambda exc: self._show_problem(describe(exc))
        ).run()
        self._show_counted()

    # --- showing --------------------------------------------------------------------------------
    def counted_seconds(self) -> int:
        return min(self.earlier_s + self.tracker.active_seconds, self.nominal_s)

    def _show_counted(self) -> None:
        text = tr(
            self.tr("Counted so far: %1 of %2"),
            counted_text(self.counted_seconds()),
            counted_text(self.nominal_s),
        )
        if not self.tracker.counting and not self.tracker.capped:
            text += " · " + self.tr("not counting now (the lesson is paused or not in front)")
        elif self.tracker.capped:
            text += " · " + self.tr("this lesson's full time is counted")
        self.counted.setText(text)

    def _show_note(self, text: str) -> None:
        self.note.setText((self.note.text() + "\n" if self.note.text() else "") + text)
        self.note.show()

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    # --- closing --------------------------------------------------------------------------------
    def closeEvent(self, event) -> None:
        if not self.saved:
            self.saved = True
            self._timer.stop()
            self.tracker.tick(self.clock())
            position = self.position()
            if self.player is not None:
                self.player.pause()
            seconds, completed = self.tracker.active_seconds, self.completed
            session, player = self.session, self.player

            def saved(ev: Event | None) -> None:
                if player is not None:
                    player.release()
                if shiboken6.isValid(self):  # the owner may have deleted a closed window
                    self.sessionSaved.emit(ev)

            # Parented to our parent, not to us: a closed window may be gone before this ends.
            WriteOp(
                self.parentWidget(),
                self.laptop,
                op=lambda: session.finish(seconds, position, completed),
                success=saved,
            ).with_busy_text(self.tr("Saving your study time…")).run()
        super().closeEvent(event)
