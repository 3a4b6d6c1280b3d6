"""Lesson sessions into the journal: checkpoints, a normal end, recovery after kill -9, and
the position a lesson resumes at."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

from content.rules import LESSON_SESSION
from sync.laptop import lesson_sessions as ls
from sync.laptop.laptop import Laptop
from tests.support.paths import ROOT


def sessions(laptop, teacher="t-1"):
    return [e.data for e in laptop.journal.events(teacher_id=teacher, types=[LESSON_SESSION])]


def checkpoints(laptop):
    with laptop.journal.reader() as c:
        return c.execute(
            "SELECT session_id, active_seconds, position_s FROM lesson_checkpoints"
        ).fetchall()


def test_normal_end_writes_one_event_and_clears_the_checkpoint(laptop):
    s = ls.LessonSession(laptop.journal, "t-1", "L1")
    assert not s.update(10, 10.0)  # under 15 s: nothing written yet
    assert s.update(16, 16.0)
    assert checkpoints(laptop) == [(s.session_id, 16, 16.0)]
    ev = s.finish(40, 41.26, completed=False)
    assert ev.id == s.session_id and ev.type == LESSON_SESSION
    assert sessions(laptop) == [
        {"lesson": "L1", "active_seconds": 40, "position_s": 41.3, "completed": False}
    ]
    assert checkpoints(laptop) == []
    assert s.finish(99, 99.0) is ev  # a second close changes nothing
    assert len(sessions(laptop)) == 1


def test_a_session_that_did_nothing_writes_no_event(laptop):
    s = ls.LessonSession(laptop.journal, "t-1", "L1", start_position_s=30.0)
    assert s.finish(0, 30.2) is None
    assert sessions(laptop) == [] and checkpoints(laptop) == []


def test_a_seek_alone_is_remembered(laptop):
    s = ls.LessonSession(laptop.journal, "t-1", "L1")
    assert s.update(0, 120.0)  # the position moved far: checkpoint it
    s.finish(0, 125.0)
    assert ls.last_position(laptop.journal, "t-1", "L1") == 125.0


def test_recovery_writes_the_checkpoint_once(laptop):
    s = ls.LessonSession(laptop.journal, "t-1", "L1")
    s.checkpoint(45, 50.0)
    assert ls.recover(laptop.journal) == []  # still live in this process
    ls._live.discard(s.session_id)  # as after a crash: nobody owns it
    (ev,) = ls.recover(laptop.journal)
    assert ev.id == s.session_id
    assert ev.data == {
        "lesson": "L1",
        "active_seconds": 45,
        "position_s": 50.0,
        "completed": False,
        "recovered": True,
    }
    assert ls.recover(laptop.journal) == []
    assert len(sessions(laptop)) == 1 and checkpoints(laptop) == []


def test_a_checkpoint_whose_event_exists_is_only_dropped(laptop):
    s = ls.LessonSession(laptop.journal, "t-1", "L1")
    s.finish(20, 20.0)
    laptop.journal.transact(
        lambda tx: tx.conn.execute(
            "INSERT INTO lesson_checkpoints VALUES (?,?,?,?,?,?,?)",
            (s.session_id, "t-1", "L1", 20, 20.0, 0, 0),
        )
    )
    assert ls.recover(laptop.journal) == []
    assert len(sessions(laptop)) == 1 and checkpoints(laptop) == []


def test_position_comes_from_the_latest_event_or_checkpoint(laptop):
    j = laptop.journal
    assert ls.last_position(j, "t-1", "L1") == 0.0
    ls.LessonSession(j, "t-1", "L1").finish(30, 300.0)
    ls.LessonSession(j, "t-1", "L2").finish(30, 77.0)
    ls.LessonSession(j, "t-2", "L1").finish(30, 11.0)
    assert ls.last_position(j, "t-1", "L1") == 300.0
    s = ls.LessonSession(j, "t-1", "L1", 300.0)
    s.checkpoint(20, 320.0)
    assert ls.last_position(j, "t-1", "L1") == 320.0
    assert ls.pending_seconds(j, "t-1", "L1") == 20
    s.finish(25, 330.0, completed=True)
    assert ls.last_position(j, "t-1", "L1") == 0.0  # watched to the end: start again
    assert ls.last_position(j, "t-1", "L2") == 77.0


def test_progress_counts_the_session_event(laptop):
    lesson = laptop.catalog.lessons[0]
    ls.LessonSession(laptop.journal, "t-1", lesson.id).finish(600, 600.0)
    assert laptop.progress("t-1").lesson_seconds[lesson.id] == 600


CHILD = textwrap.dedent("""
    import sys, time
    from sync.laptop.laptop import Laptop
    from sync.laptop import lesson_sessions as ls
    lp = Laptop.open(sys.argv[1])
    s = ls.LessonSession(lp.journal, "t-1", "L1")
    n = 0
    while True:
        n += 1
        if s.update(n, float(n)):
            print("checkpoint", n, flush=True)
        time.sleep(0.002)
""")


def test_kill_minus_9_mid_session_loses_nothing_and_counts_once(tmp_path):
    data = tmp_path / "data"
    Laptop.open(data).close()
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    confirmed = 0
    for line in proc.stdout:
        confirmed = int(line.split()[1])
        if confirmed >= 60:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    with Laptop.open(data) as lp:
        (ev,) = ls.recover(lp.journal)
        got = ev.data
        assert got["recovered"] is True and got["lesson"] == "L1"
        assert got["active_seconds"] >= confirmed  # a checkpoint that returned is kept
        assert ls.recover(lp.journal) == []
        assert lp.journal.check() == []
    with Laptop.open(data) as lp:  # and again on the start after that
        assert ls.recover(lp.journal) == []
        assert len(sessions(lp)) == 1
        assert ls.last_position(lp.journal, "t-1", "L1") == got["position_s"]


def test_a_lesson_file_is_found_in_its_installed_pack(laptop, tmp_path):
    import pytest

    from sync.base.errors import LessonFileMissing
    from sync.laptop.lesson_files import lesson_file
    from tests.support.packs import PUBLISHER, built_pack

    laptop.add_trust(PUBLISHER.public)
    laptop.install_pack(built_pack(tmp_path))
    video = next(x for x in laptop.catalog.lessons if x.kind == "video")
    doc = next(x for x in laptop.catalog.lessons if x.kind == "document")
    assert lesson_file(laptop.data_dir, laptop.catalog, video).name == "intro.mp4"
    assert lesson_file(laptop.data_dir, laptop.catalog, doc).suffix == ".pdf"
    lesson_file(laptop.data_dir, laptop.catalog, video).unlink()
    with pytest.raises(LessonFileMissing):
        lesson_file(laptop.data_dir, laptop.catalog, video)
    with pytest.raises(LessonFileMissing):  # the demo catalogue: no files
        from content.catalog import demo_catalog

        lesson_file(laptop.data_dir, demo_catalog(), demo_catalog().lessons[0])
