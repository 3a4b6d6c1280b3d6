"""libvlc through python-vlc: it plays the old RMVB/WMV/FLV/MPG courseware that CDs carry.

The video is drawn into a native child widget (set_xwindow / set_hwnd on its winId). State is
polled on a GUI timer rather than taken from libvlc's event callbacks, which run on libvlc's
own threads where Qt objects must not be touched."""

from __future__ import annotations

import contextlib
import io
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QWidget

from .backend import (
    ENDED,
    OPENING,
    PAUSED,
    PLAYING,
    STOPPED,
    UNDECODABLE,
    PlayerBackend,
)

BASE_OPTIONS = ("--quiet", "--no-video-title-show")
POLL_MS = 250
OPEN_TIMEOUT_S = 20.0  # a file still "opening" after this long will not open


def load_vlc(options: Sequence[str] = ()):
    """(vlc module, Instance) or raise: python-vlc prints its failures, and raises anything
    from OSError to NotImplementedError, or returns None when the plugins are missing."""
    with contextlib.redirect_stdout(io.StringIO()):
        import vlc

        instance = vlc.Instance(*BASE_OPTIONS, *options)
    if instance is None:
        raise RuntimeError("libvlc plugins missing")
    return vlc, instance


class VlcBackend(PlayerBackend):
    name = "vlc"

    def __init__(self, options: Sequence[str] = ()) -> None:
        super().__init__()
        self.vlc, self.instance = load_vlc(options)
        self.player = self.instance.media_player_new()
        self._frame = QFrame()
        self._frame.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
        self._frame.setStyleSheet("background: black")
        # Embedding resets libvlc's "vout" to the default, so a caller that chose an output
        # (tests: --vout=dummy) keeps it only unembedded; offscreen there is no window at all.
        self._attached = (
            any(o.startswith("--vout") for o in options)
            or QGuiApplication.platformName() == "offscreen"
        )
        self._start_s = 0.0
        self._started = False  # time or length seen: the file really decodes
        self._opened_at: float | None = None
        self._rate = 1.0
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)

    def _attach(self) -> None:
        if self._attached:
            return
        wid = int(self._frame.winId())
        if sys.platform.startswith("win"):
            self.player.set_hwnd(wid)
        elif sys.platform == "darwin":
            self.player.set_nsobject(wid)
        else:
            self.player.set_xwindow(wid)
        self._attached = True

    def _open(self, path: Path, start_s: float) -> None:
        self.player.set_media(self.instance.media_new_path(str(path)))
        self._start_s = start_s
        self._started = False

    def play(self) -> None:
        if self.error:
            return
        self._attach()
        if self._state in (STOPPED, ENDED):
            if self._state == ENDED:
                # libvlc ignores play() on an ended player until it is stopped
                self.player.stop()
                self._start_s, self._started = self._replay_start(), False
            self._opened_at = time.monotonic()
            self._set_state(OPENING)
        self.player.play()
        self.player.set_rate(self._rate)
        self._timer.start()

    def pause(self) -> None:
        if self._state == PLAYING:
            self.player.set_pause(1)
            self._set_state(PAUSED)

    def stop(self) -> None:
        self._timer.stop()
        self.player.stop()
        if self._state not in (ENDED,) and not self.error:
            self._set_state(STOPPED)

    def seek(self, seconds: float) -> None:
        if self._seek_at_end(seconds):
            return
        seconds = max(seconds, 0.0)
        if self._duration:
            seconds = min(seconds, self._duration)
        if self._started:
            self.player.set_time(int(seconds * 1000))
        else:
            self._start_s = seconds  # applied once playback has started
        self.positionChanged.emit(seconds)

    def position(self) -> float:
        if self._state == ENDED:
            return self._end_position()
        if not self._started:
            return self._start_s
        return max(self.player.get_time(), 0) / 1000.0

    def poll(self) -> None:
        S = self.vlc.State
        s = self.player.get_state()
        length = self.player.get_length()
        if length > 0:
            self._set_duration(length / 1000.0)
        if s == S.Error:
            self._stop_quietly()
            self._fail(UNDECODABLE)
            return
        if s == S.Ended:
            self._timer.stop()
            if not self._started and length <= 0:
                self._fail(UNDECODABLE)  # libvlc "ends" a file it could not demux at once
            else:
                self._set_state(ENDED)
            return
        if s == S.Playing:
            if not self._started and (length > 0 or self.player.get_time() > 0):
                self._started = True
                if self._start_s > 0:
                    self.player.set_time(int(self._start_s * 1000))
            self._set_state(PLAYING)
        elif s == S.Paused:
            self._set_state(PAUSED)
        elif s in (S.Opening, S.Buffering) or (s == S.NothingSpecial and self._state == OPENING):
            if self._opened_at and time.monotonic() - self._opened_at > OPEN_TIMEOUT_S:
                self._stop_quietly()
                self._fail(UNDECODABLE)
                return
        self.positionChanged.emit(self.position())

    def _stop_quietly(self) -> None:
        self._timer.stop()
        self.player.stop()

    def set_rate(self, rate: float) -> None:
        self._rate = rate
        self.player.set_rate(rate)

    def rate(self) -> float:
        return self._rate

    def set_volume(self, volume: int) -> None:
        self.player.audio_set_volume(max(0, min(100, int(volume))))

    def volume(self) -> int:
        return max(self.player.audio_get_volume(), 0)

    def video_widget(self) -> QWidget:
        return self._frame

    def release(self) -> None:
        self._timer.stop()
        self.player.stop()
        self.player.release()
        self.instance.release()
