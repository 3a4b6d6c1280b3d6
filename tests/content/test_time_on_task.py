"""The time-on-task tracker, driven by a fake monotonic clock."""

from __future__ import annotations

import pytest

from content.time_on_task import TimeOnTask


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def run(self, tracker: TimeOnTask, seconds: float, step: float = 1.0) -> None:
        """Advance, ticking every `step` seconds as the GUI timer does."""
        end = self.t + seconds
        while self.t < end - 1e-9:
            self.t = min(self.t + step, end)
            tracker.tick(self.t)


def started(nominal=3600, already=0.0, **kw) -> tuple[TimeOnTask, Clock]:
    c = Clock()
    t = TimeOnTask(nominal, already, start=c.t, **kw)
    return t, c


def test_nothing_counts_until_front_and_playing():
    t, c = started()
    c.run(t, 10)
    t.set_front(True, c.t)
    c.run(t, 10)
    assert t.active_seconds == 0 and not t.counting
    t.set_playing(True, c.t)
    assert t.counting
    c.run(t, 25)
    assert t.active_seconds == 25


def test_playing_behind_another_window_does_not_count():
    t, c = started()
    t.set_playing(True, c.t)
    c.run(t, 30)
    assert t.active_seconds == 0
    t.set_front(True, c.t)
    c.run(t, 5)
    t.set_front(False, c.t)
    c.run(t, 60)
    t.set_front(True, c.t)
    c.run(t, 5)
    assert t.active_seconds == 10


def test_pause_stops_the_count_and_play_resumes_it():
    t, c = started()
    t.set_front(True, c.t)
    t.set_playing(True, c.t)
    c.run(t, 12)
    t.set_playing(False, c.t)
    c.run(t, 100)
    assert not t.counting
    t.set_playing(True, c.t)
    c.run(t, 3)
    assert t.active_seconds == 15


def test_a_gap_longer_than_the_limit_is_dropped():
    t, c = started(gap_limit_s=30)
    t.set_front(True, c.t)
    t.set_playing(True, c.t)
    c.run(t, 10)
    c.t += 3600  # the lid was closed: no ticks for an hour
    t.tick(c.t)
    assert t.active_seconds == 10
    c.run(t, 5)  # and counting goes on normally after it
    assert t.active_seconds == 15


def test_a_gap_just_under_the_limit_counts():
    t, c = started(gap_limit_s=30)
    t.set_front(True, c.t)
    t.set_playing(True, c.t)
    c.t += 29
    t.tick(c.t)
    assert t.active_seconds == 29


def test_a_clock_going_backwards_credits_nothing():
    t, c = started()
    t.set_front(True, c.t)
    t.set_playing(True, c.t)
    t.tick(c.t - 50)
    t.tick(c.t - 40)
    assert t.active_seconds == 10  # the second interval is plausible; the jump back is not


def test_a_state_change_judges_the_interval_before_it():
    t, c = started()
    t.set_front(True, c.t)
    t.set_playing(True, c.t)
    c.t += 7
    t.set_playing(False, c.t)  # no tick in between: the 7 s were playing
    c.t += 7
    t.set_playing(True, c.t)  # these 7 s were paused
    assert t.active_seconds == 7


def test_reading_counts_only_while_the_reader_is_active():
    t, c = started(reader_idle_s=60)
    t.set_front(True, c.t)
    c.run(t, 10)
    assert t.active_seconds == 0
    t.reader_activity(c.t)
    c.run(t, 200)  # walked away after a scroll
    assert t.active_seconds == 60
    assert not t.counting
    t.reader_activity(c.t)
    c.run(t, 20)
    t.reader_activity(c.t)
    c.run(t, 20)
    assert t.active_seconds == 100


def test_reading_in_the_background_does_not_count():
    t, c = started(reader_idle_s=60)
    t.reader_activity(c.t)
    c.run(t, 30)
    assert t.active_seconds == 0


def test_capped_at_the_nominal_length():
    t, c = started(nominal=60)
    t.set_front(True, c.t)
    t.set_playing(True, c.t)
    c.run(t, 500)
    assert t.active_seconds == 60 and t.capped and not t.counting


def test_cap_counts_what_earlier_sessions_credited():
    t, c = started(nominal=100, already=70)
    t.set_front(True, c.t)
    t.set_playing(True, c.t)
    c.run(t, 50)
    assert t.active_seconds == 30 and t.capped


def test_resume_after_the_cap_adds_nothing():
    t, c = started(nominal=20)
    t.set_front(True, c.t)
    t.set_playing(True, c.t)
    c.run(t, 30)
    t.set_playing(False, c.t)
    c.run(t, 5)
    t.set_playing(True, c.t)
    c.run(t, 30)
    assert t.active_seconds == 20
    # and a later session on a lesson already fully credited earns nothing at all
    t2, c2 = started(nominal=20, already=20)
    t2.set_front(True, c2.t)
    t2.set_playing(True, c2.t)
    c2.run(t2, 30)
    assert t2.active_seconds == 0 and t2.capped


def test_more_credit_than_nominal_from_earlier_sessions_is_not_negative():
    t, _ = started(nominal=10, already=50)
    assert t.allowance == 0 and t.active_seconds == 0


@pytest.mark.parametrize("step", [0.25, 1.0, 5.0])
def test_tick_rate_does_not_change_the_count(step):
    t, c = started()
    t.set_front(True, c.t)
    t.set_playing(True, c.t)
    c.run(t, 60, step=step)
    assert t.active_seconds == 60


def test_first_tick_without_a_start_only_sets_the_origin():
    t = TimeOnTask(100)
    t.set_front(True, 5.0)
    t.set_playing(True, 5.0)
    t.tick(15.0)
    assert t.active_seconds == 10
