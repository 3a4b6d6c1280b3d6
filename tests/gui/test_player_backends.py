"""The player backends: real libvlc and QtMultimedia playback of a tiny video, a damaged file
that must end in the error state (not a hang), and the deterministic test double."""

from __future__ import annotations

import time

import pytest

from tests.support.packs import short_video

pytest.importorskip("PySide6.QtWidgets")
from app.player import backend as B  # noqa: E402
from app.player.choose import choose  # noqa: E402
from app.player.dummy import DummyBackend  # noqa: E402

DUMMY_OUT = ("--vout=dummy", "--aout=dummy")


def wait_for(qtbot, cond, timeout_s=8.0):
    end = time.monotonic() + timeout_s
    while time.monotonic() < end:
        if cond():
            return True
        qtbot.wait(50)
    return cond()


@pytest.fixture(scope="module")
def video(tmp_path_factory):
    return short_video(tmp_path_factory.mktemp("v") / "x.mp4", seconds=3)


@pytest.fixture
def garbage(tmp_path):
    p = tmp_path / "broken.mp4"
    p.write_bytes(bytes(range(256)) * 800)
    return p


def vlc_or_skip():
    try:
        return choose(("vlc",), DUMMY_OUT)
    except RuntimeError as exc:
        pytest.skip(f"libvlc is not installed here: {exc}")


def test_vlc_plays_a_real_video(qtbot, video):
    p = vlc_or_skip()
    try:
        assert p.name == "vlc"
        states = []
        p.stateChanged.connect(states.append)
        assert p.load(video)
        p.play()
        assert wait_for(qtbot, lambda: p.state() == B.PLAYING), states
        first = p.position()
        assert wait_for(qtbot, lambda: p.position() > first + 0.3), p.position()
        assert 2.5 <= p.duration() <= 3.5
        p.pause()
        assert p.state() == B.PAUSED
        p.stop()
        assert p.state() == B.STOPPED and p.error is None
    finally:
        p.release()


def test_vlc_resumes_at_the_start_position(qtbot, video):
    p = vlc_or_skip()
    try:
        p.load(video, start_s=1.5)
        assert p.position() == 1.5
        p.play()
        assert wait_for(qtbot, lambda: p.state() == B.PLAYING and p.position() >= 1.5)
    finally:
        p.release()


def test_vlc_reports_an_undecodable_file(qtbot, garbage):
    p = vlc_or_skip()
    try:
        errors = []
        p.errorOccurred.connect(errors.append)
        p.load(garbage)
        p.play()
        assert wait_for(qtbot, lambda: p.state() == B.ERROR, 10), p.state()
        assert errors == [B.UNDECODABLE]
    finally:
        p.release()


def test_a_missing_file_is_an_error_at_once(qtbot, tmp_path):
    p = DummyBackend()
    assert not p.load(tmp_path / "gone.mp4")
    assert p.state() == B.ERROR and p.error == B.MISSING


def qt_or_skip():
    try:
        return choose(("qt",))
    except RuntimeError as exc:
        pytest.skip(f"QtMultimedia cannot load here: {exc}")


def test_qt_multimedia_plays_offscreen(qtbot, video):
    p = qt_or_skip()
    try:
        assert p.name == "qt"
        p.load(video)
        p.play()
        if not wait_for(qtbot, lambda: p.state() in (B.PLAYING, B.ERROR)) or p.error:
            pytest.skip("QtMultimedia cannot play offscreen on this machine")
        assert wait_for(qtbot, lambda: p.position() > 0.3)
        p.pause()
        assert wait_for(qtbot, lambda: p.state() == B.PAUSED)
    finally:
        p.release()


def test_qt_multimedia_reports_an_undecodable_file(qtbot, garbage):
    p = qt_or_skip()
    try:
        p.load(garbage)
        p.play()
        assert wait_for(qtbot, lambda: p.state() == B.ERROR)
        assert p.error == B.UNDECODABLE
    finally:
        p.release()


def test_the_chooser_falls_back_when_vlc_is_missing(monkeypatch):
    import app.player.vlc_backend as vb

    def broken(options=()):
        raise OSError("libvlc.so.5: cannot open shared object file")

    monkeypatch.setattr(vb, "load_vlc", broken)
    assert choose(("vlc", "dummy")).name == "dummy"
    with pytest.raises(RuntimeError):
        choose(("vlc",))


def test_dummy_follows_its_clock():
    now = [0.0]
    p = DummyBackend(lambda: now[0], duration_s=100)
    p.load(__file__, start_s=10)
    p.play()
    now[0] = 5
    assert p.position() == 15
    p.set_rate(1.5)
    now[0] = 9
    assert p.position() == 21
    p.pause()
    now[0] = 50
    assert p.position() == 21 and p.state() == B.PAUSED
    p.seek(99)
    p.play()
    now[0] = 60
    p.poll()
    assert p.state() == B.ENDED and p.position() == 100


def replays_from_the_start(qtbot, p, ended, advance):
    """The shared contract at the end: play() starts again from 0 and time moves again; a seek
    made at the end chooses where the next play() starts instead."""
    assert ended(), p.state()
    p.play()
    assert wait_for(qtbot, lambda: p.state() == B.PLAYING and p.position() < 1.0), (
        p.state(),
        p.position(),
    )
    first = p.position()
    advance()
    assert wait_for(qtbot, lambda: p.position() > first + 0.3), p.position()
    assert p.state() == B.PLAYING


def test_dummy_plays_again_from_the_start_at_the_end(qtbot):
    now = [0.0]
    p = DummyBackend(lambda: now[0], duration_s=10)
    p.load(__file__)
    p.play()
    now[0] = 11
    p.poll()

    def advance():
        now[0] += 2
        p.poll()

    replays_from_the_start(qtbot, p, lambda: p.state() == B.ENDED, advance)
    now[0] += 20
    p.poll()
    assert p.state() == B.ENDED
    p.seek(4)
    assert p.position() == 4 and p.state() == B.ENDED
    p.play()
    assert p.state() == B.PLAYING and p.position() == 4


def test_vlc_plays_again_from_the_start_at_the_end(qtbot, video):
    p = vlc_or_skip()
    try:
        p.load(video)
        p.play()
        assert wait_for(qtbot, lambda: p.state() == B.ENDED, 15), p.state()
        replays_from_the_start(qtbot, p, lambda: p.state() == B.ENDED, lambda: None)
        assert wait_for(qtbot, lambda: p.state() == B.ENDED, 15), p.state()
        p.seek(1.5)
        assert p.position() == 1.5 and p.state() == B.ENDED
        p.play()
        assert wait_for(qtbot, lambda: p.state() == B.PLAYING), p.state()
        assert 1.3 <= p.position() < 2.8, p.position()
        assert p.error is None
    finally:
        p.release()
