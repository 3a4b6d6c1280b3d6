"""A laptop taking on a new device identity for its approved branch of a fork
(sync.laptop.rekey): the laptop works on as before, and a power cut at any point leaves
either the old identity whole or the new one whole."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from sync.base.device import KEY_FILE
from sync.demo.simulate import DEMO_PIN, simulate
from sync.laptop import rekey
from sync.laptop.journal import FILE_NAME
from sync.laptop.laptop import Laptop


class PowerCut(Exception):
    """The program stops here: nothing after this point runs."""


def _state(laptop):
    with laptop.journal.reader() as c:
        pins = c.execute("SELECT teacher_id, salt, hash FROM pins ORDER BY 1").fetchall()
        events = c.execute("SELECT id, teacher_id, type, payload FROM events ORDER BY seq")
        return pins, events.fetchall()


def _head(laptop):
    return laptop.journal.events()[-1].hash


def test_the_new_identity_keeps_teachers_pins_and_hours(tmp_path):
    with Laptop.open(tmp_path / "data") as lp:
        simulate(lp, teachers=3, days=6, seed=5)
        old = lp.journal.device_id
        hours = {t.id: lp.progress(t.id).total_hours for t in lp.teachers.all()}
        pins, events = _state(lp)
        new = rekey.take_new_identity(lp.journal, _head(lp), 10)
        assert new != old and lp.journal.device_id == new
        assert {t.id: lp.progress(t.id).total_hours for t in lp.teachers.all()} == hours
        after_pins, after_events = _state(lp)
        assert after_pins == pins
        assert after_events[:9] == events[:9] and after_events[10:] == events[9:]
        teacher = lp.teachers.all()[0]
        assert lp.teachers.sign_in(teacher.id, DEMO_PIN).id == teacher.id  # the PIN still opens
        written = lp.journal.events()[-1]  # written under the new identity, on the same chain
        assert written.device_id == new and lp.journal.check() == []
    with Laptop.open(tmp_path / "data") as again:  # the next start is the new device
        assert again.journal.device_id == new and again.journal.check() == []


def test_a_power_cut_once_the_new_files_are_ready_is_completed_at_the_next_start(
    tmp_path, monkeypatch
):
    data = tmp_path / "data"
    with Laptop.open(data) as lp:
        simulate(lp, teachers=2, days=4, seed=6)
        old, head, before = lp.journal.device_id, _head(lp), _state(lp)

        def cut(_data_dir):
            raise PowerCut

        monkeypatch.setattr(rekey, "finish", cut)
        with pytest.raises(PowerCut):
            rekey.take_new_identity(lp.journal, head, 3)
        monkeypatch.undo()
    assert (data / rekey.STAGE / rekey.READY).exists()
    with Laptop.open(data) as lp:
        assert lp.journal.device_id != old and lp.journal.segments()[0] == (old, 1)
        assert lp.journal.check() == [] and _state(lp)[0] == before[0]
        assert not (data / rekey.STAGE).exists()
    kept = rekey.kept_dir(data, old)
    assert (kept / FILE_NAME).exists() and (kept / KEY_FILE).exists()
    with Laptop.open(kept, writing=False) as was:
        assert was.journal.device_id == old and _state(was) == before


def test_a_power_cut_halfway_through_the_move_is_completed_too(tmp_path, monkeypatch):
    """The old journal already moved aside, the new one not yet in place: the next start
    must not make an empty journal, but finish the move."""
    data = tmp_path / "data"
    with Laptop.open(data) as lp:
        simulate(lp, teachers=2, days=4, seed=7)
        old, head, before = lp.journal.device_id, _head(lp), _state(lp)
        real = os.replace

        def replace(src, dst):
            if Path(src) == data / rekey.STAGE / FILE_NAME:  # the new journal into place
                raise PowerCut
            real(src, dst)

        monkeypatch.setattr(os, "replace", replace)
        with pytest.raises(PowerCut):
            rekey.take_new_identity(lp.journal, head, 4)
        monkeypatch.undo()
    assert not (data / FILE_NAME).exists()
    with Laptop.open(data) as lp:
        assert lp.journal.device_id != old and lp.journal.check() == []
        assert _state(lp)[1][:3] == before[1][:3] and len(_state(lp)[1]) == len(before[1]) + 1


def test_a_stage_without_its_ready_mark_is_dropped_and_the_old_identity_stays(tmp_path):
    data = tmp_path / "data"
    with Laptop.open(data) as lp:
        simulate(lp, teachers=1, days=3, seed=8)
        old, before = lp.journal.device_id, _state(lp)
    stage = data / rekey.STAGE
    stage.mkdir()
    (stage / FILE_NAME).write_bytes(b"half a journal")  # the power went while writing it
    with Laptop.open(data) as lp:
        assert lp.journal.device_id == old and _state(lp) == before
    assert not stage.exists() and not rekey.kept_dir(data, old).exists()
