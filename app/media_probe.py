"""How long a video plays, read with libvlc, for building packs (content/ may not import vlc).

libvlc's pre-parser reads the length from the container's header; MPEG program streams (.mpg,
.vob, VCD .dat) have none, so for those the file is played with no audio and no video output
until libvlc knows its length. Both steps are bounded in time, and anything libvlc cannot make
sense of (random bytes named .rmvb, a truncated copy) gives None, which the caller lists."""

from __future__ import annotations

import contextlib
import io
import time
from pathlib import Path
from typing import Any

PARSE_TIMEOUT_S = 5.0
PLAY_TIMEOUT_S = 5.0
_POLL_S = 0.01


class MediaProbe:
    """`probe(path) -> seconds | None`. One libvlc instance for many files; created on first
    use, so building a pack of PDFs never loads libvlc."""

    def __init__(
        self, parse_timeout_s: float = PARSE_TIMEOUT_S, play_timeout_s: float = PLAY_TIMEOUT_S
    ) -> None:
        self.parse_timeout_s = parse_timeout_s
        self.play_timeout_s = play_timeout_s
        self._vlc: Any = (
            None  # the vlc module and its Instance, once loaded (python-vlc is untyped)
        )
        self._instance: Any = None
        self.error: str | None = None  # why libvlc could not be loaded, if it could not

    def available(self) -> bool:
        self._load()
        return self._instance is not None

    def _load(self) -> None:
        if self._instance is not None or self.error is not None:
            return
        try:
            with contextlib.redirect_stdout(io.StringIO()):  # python-vlc prints its failures
                import vlc

                instance = vlc.Instance(
                    "--quiet", "--no-audio", "--no-video", "--intf=dummy", "--no-xlib"
                )
        except BaseException as exc:  # python-vlc raises NotImplementedError or even SystemExit
            self.error = f"{type(exc).__name__}: {exc}"
            return
        if instance is None:
            self.error = "libvlc plugins missing"
            return
        self._vlc, self._instance = vlc, instance

    def __call__(self, path: Path) -> float | None:
        path = Path(path)
        if not path.is_file():
            return None
        self._load()
        if self._instance is None:
            return None
        media = self._instance.media_new_path(str(path))
        if media is None:
            return None
        try:
            ms = self._parsed_length(media)
            if ms is None:
                return None
            if ms <= 0:
                ms = self._played_length(media)
            return ms / 1000 if ms and ms > 0 else None
        finally:
            media.release()

    def _parsed_length(self, media) -> int | None:
        """The header's length in ms; 0 when the container has none; None when libvlc cannot
        open the file at all."""
        status = self._vlc.MediaParsedStatus
        media.parse_with_options(self._vlc.MediaParseFlag.local, int(self.parse_timeout_s * 1000))
        deadline = time.monotonic() + self.parse_timeout_s + 1.0
        while media.get_parsed_status() not in (
            status.done,
            status.failed,
            status.timeout,
            status.skipped,
        ):
            if time.monotonic() > deadline:
                return 0
            time.sleep(_POLL_S)
        if media.get_parsed_status() == status.failed:
            return None
        return max(media.get_duration(), 0)

    def _played_length(self, media) -> int:
        state = self._vlc.State
        player = self._instance.media_player_new()
        try:
            player.set_media(media)
            player.audio_set_mute(True)
            if player.play() != 0:
                return 0
            deadline = time.monotonic() + self.play_timeout_s
            while time.monotonic() < deadline:
                length = player.get_length()
                if length > 0:
                    return length
                if player.get_state() in (state.Ended, state.Error, state.Stopped):
                    return 0
                time.sleep(_POLL_S)
            return 0
        finally:
            player.stop()
            player.release()

    def close(self) -> None:
        if self._instance is not None:
            self._instance.release()
            self._instance = None
