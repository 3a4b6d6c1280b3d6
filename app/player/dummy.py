"""A deterministic player for GUI tests: no decoding, time comes from an injected clock."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from .backend import ENDED, ERROR, PAUSED, PLAYING, STOPPED, UNDECODABLE, PlayerBackend


class DummyBackend(PlayerBackend):
    name = "dummy"

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        duration_s: float = 600.0,
        undecodable: bool = False,
    ) -> None:
        super().__init__()
        self.clock = clock
        self.length = float(duration_s)
        self.undecodable = undecodable
        self._pos = 0.0
        self._since: float | None = None  # clock time playback (re)started
        self._rate = 1.0
        self._volume = 80
        self._widget: QWidget | None = None

    def _open(self, path: Path, start_s: float) -> None:
        self._pos = min(start_s, self.length)
        self._since = None

    def _now_pos(self) -> float:
        if self._since is None:
            return self._pos
        return min(self._pos + (self.clock() - self._since) * self._rate, self.length)

    def play(self) -> None:
        if self._state == ERROR:
            return
        if self.undecodable:
            self._fail(UNDECODABLE)
            return
        self._set_duration(self.length)
        if self._state == ENDED:
            self._pos = self._replay_start()
        if self._since is None:
            self._since = self.clock()
        self._set_state(PLAYING)

    def pause(self) -> None:
        if self._state == PLAYING:
            self._pos, self._since = self._now_pos(), None
            self._set_state(PAUSED)

    def stop(self) -> None:
        self._pos, self._since = self._now_pos(), None
        if self._state not in (ERROR, ENDED):
            self._set_state(STOPPED)

    def seek(self, seconds: float) -> None:
        if self._seek_at_end(seconds):
            return
        self._pos = min(max(seconds, 0.0), self.length)
        if self._since is not None:
            self._since = self.clock()
        self.positionChanged.emit(self._pos)

    def position(self) -> float:
        return self._end_position() if self._state == ENDED else self._now_pos()

    def poll(self) -> None:
        pos = self._now_pos()
        if self._state == PLAYING and pos >= self.length:
            self._pos, self._since = self.length, None
            self._set_state(ENDED)
        self.positionChanged.emit(pos)

    def set_rate(self, rate: float) -> None:
        self._pos = self._now_pos()
        if self._since is not None:
            self._since = self.clock()
        self._rate = rate

    def rate(self) -> float:
        return self._rate

    def set_volume(self, volume: int) -> None:
        self._volume = max(0, min(100, int(volume)))

    def volume(self) -> int:
        return self._volume

    def video_widget(self) -> QWidget:
        if self._widget is None:
            self._widget = QWidget()
        return self._widget
