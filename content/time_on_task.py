"""Honest time on task for one lesson session, as DESIGN.md asks: a second counts only while the
lesson's window is in front AND the video plays or the reader is active; a long silence between
two observations (the laptop slept, the app froze) is dropped, not credited; and the session
can never push the lesson past its nominal length.

Pure: no clock of its own. The caller feeds state changes and `tick(now)` with monotonic
seconds, so tests drive it with a fake clock and the GUI with time.monotonic()."""

from __future__ import annotations

GAP_LIMIT_S = 30.0  # the GUI ticks every second; a longer silence means sleep or a freeze
READER_IDLE_S = 120.0  # a reading counts for this long after the last scroll, key or click


class TimeOnTask:
    def __init__(
        self,
        nominal_seconds: float,
        already_credited: float = 0.0,
        *,
        gap_limit_s: float = GAP_LIMIT_S,
        reader_idle_s: float = READER_IDLE_S,
        start: float | None = None,
    ) -> None:
        self.allowance = max(float(nominal_seconds) - max(float(already_credited), 0.0), 0.0)
        self.gap_limit_s = gap_limit_s
        self.reader_idle_s = reader_idle_s
        self.front = False
        self.playing = False
        self._last_read: float | None = None
        self._last: float | None = start
        self._counted = 0.0  # uncapped, so the cap stays a single rule in `active_seconds`

    # --- observations ---------------------------------------------------------------------
    def tick(self, now: float) -> None:
        """Credit the time since the previous observation, if it counted. State changes call
        this first, so each interval is judged by the state that held during it."""
        last, self._last = self._last, now
        if last is None or now <= last:
            return
        span = now - last
        if span > self.gap_limit_s:
            return  # asleep or frozen: nobody was learning, and we cannot tell when it stopped
        if not self.front:
            return
        if self.playing:
            self._counted += span
        elif self._last_read is not None:
            # reading counts until reader_idle_s after the last sign of a reader
            end = min(now, self._last_read + self.reader_idle_s)
            if end > last:
                self._counted += end - last

    def set_front(self, front: bool, now: float) -> None:
        self.tick(now)
        self.front = front

    def set_playing(self, playing: bool, now: float) -> None:
        self.tick(now)
        self.playing = playing

    def reader_activity(self, now: float) -> None:
        """A scroll, a page turn, a key or a click in a reading."""
        self.tick(now)
        self._last_read = now

    # --- answers --------------------------------------------------------------------------
    @property
    def counting(self) -> bool:
        """Whether time is being credited right now (as of the last observation)."""
        if self.capped or not self.front:
            return False
        if self.playing:
            return True
        return (
            self._last_read is not None
            and self._last is not None
            and self._last - self._last_read < self.reader_idle_s
        )

    @property
    def active_seconds(self) -> int:
        """Whole seconds credited to this session, within the lesson's remaining allowance."""
        return int(min(self._counted, self.allowance))

    @property
    def capped(self) -> bool:
        return self._counted >= self.allowance
