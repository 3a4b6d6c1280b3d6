"""QtMultimedia, for laptops where libvlc is missing: it plays what Qt's FFmpeg plays (MP4,
WebM…), not always the old RealMedia courseware, so the window says which player it uses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import QWidget

from .backend import ENDED, OPENING, PAUSED, PLAYING, STOPPED, UNDECODABLE, PlayerBackend


class QtBackend(PlayerBackend):
    name = "qt"

    def __init__(self) -> None:
        super().__init__()
        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self)
        self.player.setAudioOutput(self.audio)
        self._video = QVideoWidget()
        self.player.setVideoOutput(self._video)
        self._start_s = 0.0
        self._loaded = False
        P, M = QMediaPlayer.PlaybackState, QMediaPlayer.MediaStatus
        self._states = {P.PlayingState: PLAYING, P.PausedState: PAUSED, P.StoppedState: STOPPED}
        self._M = M
        self.player.playbackStateChanged.connect(self._on_state)
        self.player.mediaStatusChanged.connect(self._on_status)
        self.player.errorOccurred.connect(lambda *_: self._fail(UNDECODABLE))
        self.player.positionChanged.connect(lambda ms: self.positionChanged.emit(ms / 1000.0))
        self.player.durationChanged.connect(lambda ms: self._set_duration(ms / 1000.0))

    def _open(self, path: Path, start_s: float) -> None:
        self._start_s = start_s
        self._loaded = False
        self.player.setSource(QUrl.fromLocalFile(str(path)))

    def _on_state(self, s) -> None:
        state = self._states.get(s, STOPPED)
        if state == STOPPED and self._state in (ENDED, OPENING) or self.error:
            return
        self._set_state(state)

    def _on_status(self, status) -> None:
        M = self._M
        if status in (M.LoadedMedia, M.BufferedMedia) and not self._loaded:
            self._loaded = True
            if self._start_s > 0:
                self.player.setPosition(int(self._start_s * 1000))
        elif status == M.InvalidMedia:
            self._fail(UNDECODABLE)
        elif status == M.EndOfMedia:
            self._set_state(ENDED)

    def play(self) -> None:
        if self.error:
            return
        if self._state == ENDED:
            self.player.setPosition(int(self._replay_start() * 1000))
        self.player.play()

    def pause(self) -> None:
        self.player.pause()

    def stop(self) -> None:
        self.player.stop()

    def seek(self, seconds: float) -> None:
        if self._seek_at_end(seconds):
            return
        seconds = max(seconds, 0.0)
        if self._loaded:
            self.player.setPosition(int(seconds * 1000))
        else:
            self._start_s = seconds
        self.positionChanged.emit(seconds)

    def position(self) -> float:
        if self._state == ENDED:
            return self._end_position()
        if not self._loaded:
            return self._start_s
        return self.player.position() / 1000.0

    def set_rate(self, rate: float) -> None:
        self.player.setPlaybackRate(rate)

    def rate(self) -> float:
        return self.player.playbackRate()

    def set_volume(self, volume: int) -> None:
        self.audio.setVolume(max(0, min(100, int(volume))) / 100.0)

    def volume(self) -> int:
        return round(self.audio.volume() * 100)

    def video_widget(self) -> QWidget:
        return self._video

    def release(self) -> None:
        self.player.stop()
        self.player.setSource(QUrl())
