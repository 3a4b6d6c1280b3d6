"""The interface every player backend offers the lesson window.

Times are seconds (float). State is one of the constants below; `errorOccurred` carries a code
(MISSING, UNDECODABLE) that the window words for the teacher. Backends report state changes
through signals on the GUI thread only: libvlc's own event callbacks arrive on its threads,
so the vlc backend polls instead.

At the end (ENDED) every backend keeps the same promise: play() starts again from 0, and a seek
made at the end only chooses where that next play() starts (an ended engine has no picture to
show at the new place)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

STOPPED = "stopped"
OPENING = "opening"
PLAYING = "playing"
PAUSED = "paused"
ENDED = "ended"
ERROR = "error"

MISSING = "missing"  # the file is not there
UNDECODABLE = "undecodable"  # there, but this laptop cannot play it (codec, or damaged)

RATES = (0.75, 1.0, 1.25, 1.5)


class PlayerBackend(QObject):
    name = ""
    stateChanged = Signal(str)
    positionChanged = Signal(float)
    durationChanged = Signal(float)
    errorOccurred = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = STOPPED
        self._duration = 0.0
        self._replay_at: float | None = None  # chosen by a seek at the end; None: from 0
        self.error: str | None = None

    # --- shared behaviour --------------------------------------------------------------------
    def state(self) -> str:
        return self._state

    def duration(self) -> float:
        """0 while unknown."""
        return self._duration

    def toggle(self) -> None:
        if self._state == PLAYING:
            self.pause()
        elif self._state != ERROR:
            self.play()

    def load(self, path: Path, start_s: float = 0.0) -> bool:
        """Open a file, to start at `start_s` when it plays; False (and the error state) if the
        file is not there."""
        self.error = None
        if not Path(path).is_file():
            self._fail(MISSING)
            return False
        self._open(Path(path), max(float(start_s), 0.0))
        self._set_state(STOPPED)
        return True

    def poll(self) -> None:
        """Refresh state and position; backends that hear their engine directly need not."""

    def _set_state(self, state: str) -> None:
        if state != self._state:
            if state == ENDED:
                self._replay_at = None
            self._state = state
            self.stateChanged.emit(state)

    def _set_duration(self, seconds: float) -> None:
        if seconds > 0 and abs(seconds - self._duration) > 1e-3:
            self._duration = seconds
            self.durationChanged.emit(seconds)

    def _end_position(self) -> float:
        """position() at the end: the end itself, or where a seek there chose to start again."""
        return self._duration if self._replay_at is None else self._replay_at

    def _replay_start(self) -> float:
        return self._replay_at or 0.0

    def _seek_at_end(self, seconds: float) -> bool:
        """At the end a seek only moves where the next play() starts; True if it was that."""
        if self._state != ENDED:
            return False
        self._replay_at = min(max(seconds, 0.0), self._duration or seconds)
        self.positionChanged.emit(self._replay_at)
        return True

    def _fail(self, code: str) -> None:
        if self.error is None:
            self.error = code
            self._set_state(ERROR)
            self.errorOccurred.emit(code)

    # --- what each backend provides -----------------------------------------------------------
    def _open(self, path: Path, start_s: float) -> None:
        raise NotImplementedError

    def play(self) -> None:
        raise NotImplementedError

    def pause(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def seek(self, seconds: float) -> None:
        raise NotImplementedError

    def position(self) -> float:
        raise NotImplementedError

    def set_rate(self, rate: float) -> None:
        raise NotImplementedError

    def rate(self) -> float:
        raise NotImplementedError

    def set_volume(self, volume: int) -> None:
        """0..100"""
        raise NotImplementedError

    def volume(self) -> int:
        raise NotImplementedError

    def video_widget(self) -> QWidget:
        raise NotImplementedError

    def release(self) -> None:
        """Free the engine; the backend is unusable afterwards."""
