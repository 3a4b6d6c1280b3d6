from __future__ import annotations

import sqlite3

import pytest

from sync.base import device, errors
from sync.laptop import pins
from sync.laptop.journal import FILE_NAME, Journal
from sync.laptop.teachers import ENROLLED, PIN_FAILED, PROFILE_CHANGED, SIGNED_IN, Teachers
from tests.support.ids import valid_id

PROFILE = dict(
    name="李春梅",
    id_number=valid_id(),
    school="岳池县花桥中心小学",
    stage="primary",
    subject="数学",
)


class FakeClock:
    def __init__(self):
        self.ms = 1_800_000_000_000

    def __call__(self):
        return self.ms


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def teachers(tmp_path, clock):
    j = Journal(tmp_path, device.load_or_create(tmp_path), wall_clock_ms=clock)
    yield Teachers(j)
    j.close()


def counts(tmp_path):
    c = sqlite3.connect(tmp_path / FILE_NAME)
    return (
        c.execute("SELECT count(*) FROM events").fetchone()[0],
        c.execute("SELECT count(*) FROM pins").fetchone()[0],
    )


def test_enrol_writes_one_event_and_a_pin(teachers, tmp_path):
    t = teachers.enrol(**PROFILE, pin="2468", pin_repeat="2468")
    assert t.masked_id == PROFILE["id_number"][:3] + "*" * 11 + PROFILE["id_number"][-4:]
    ev = teachers.journal.events()
    assert [(e.type, e.teacher_id) for e in ev] == [(ENROLLED, t.id)]
    assert ev[0].data["id_number"] == PROFILE["id_number"]
    assert counts(tmp_path) == (1, 1)
    assert teachers.all() == [t]


@pytest.mark.parametrize(
    "change, error",
    [
        (dict(name="  "), errors.EmptyField),
        (dict(school=""), errors.EmptyField),
        (dict(id_number="511621198503120020"), errors.InvalidIdNumber),
        (dict(stage="university"), errors.InvalidChoice),
        (dict(pin="12"), errors.PinTooShort),
        (dict(pin="12ab"), errors.PinFormat),
        (dict(pin="1234567890123"), errors.PinFormat),
        (dict(pin_repeat="1111"), errors.PinMismatch),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(teachers, tmp_path, change, error):
    args = dict(PROFILE, pin="2468", pin_repeat="2468") | change
    with pytest.raises(error):
        teachers.enrol(**args)
    assert counts(tmp_path) == (0, 0)


def test_same_id_number_twice_is_refused(teachers, tmp_path):
    teachers.enrol(**PROFILE, pin="2468")
    with pytest.raises(errors.DuplicateIdNumber) as info:
        teachers.enrol(**(PROFILE | {"name": "别人"}), pin="1357")
    assert info.value.args_["name"] == "李春梅"
    assert counts(tmp_path) == (1, 1)


def test_sign_in_is_journalled(teachers):
    t = teachers.enrol(**PROFILE, pin="2468")
    assert teachers.sign_in(t.id, "2468") == t
    assert [e.type for e in teachers.journal.events(teacher_id=t.id)] == [ENROLLED, SIGNED_IN]


def test_wrong_pins_slow_down_then_lock(teachers, clock):
    t = teachers.enrol(**PROFILE, pin="2468")
    for left in (2, 1):
        with pytest.raises(errors.WrongPin) as info:
            teachers.sign_in(t.id, "0000")
        assert info.value.args_ == {"tries_before_wait": left, "wait_seconds": 0}
    with pytest.raises(errors.WrongPin) as info:
        teachers.sign_in(t.id, "0000")
    assert info.value.args_["wait_seconds"] == 30
    # even the right PIN must wait
    with pytest.raises(errors.PinLocked) as info:
        teachers.sign_in(t.id, "2468")
    assert info.value.args_["seconds"] == 30
    clock.ms += 31_000
    with pytest.raises(errors.WrongPin) as info:
        teachers.sign_in(t.id, "9999")
    assert info.value.args_["wait_seconds"] == 60
    for _ in range(6):
        clock.ms += pins.MAX_WAIT_SECONDS * 1000
        with pytest.raises(errors.WrongPin):
            teachers.sign_in(t.id, "9999")
    assert pins.wait_after(10) == pins.MAX_WAIT_SECONDS
    clock.ms += pins.MAX_WAIT_SECONDS * 1000
    teachers.sign_in(t.id, "2468")  # the right PIN after the wait works and resets
    with pytest.raises(errors.WrongPin) as info:
        teachers.sign_in(t.id, "0000")
    assert info.value.args_["wait_seconds"] == 0


def test_a_clock_set_back_cannot_lock_forever(teachers, clock):
    t = teachers.enrol(**PROFILE, pin="2468")
    for _ in range(3):
        with pytest.raises(errors.WrongPin):
            teachers.sign_in(t.id, "0000")
    clock.ms -= 10 * 365 * 86400 * 1000  # the dead CMOS battery: back to 2016
    with pytest.raises(errors.PinLocked) as info:
        teachers.sign_in(t.id, "2468")
    assert info.value.args_["seconds"] <= pins.MAX_WAIT_SECONDS


def test_pin_hash_is_salted_and_slow(teachers, tmp_path):
    teachers.enrol(**PROFILE, pin="2468")
    teachers.enrol(**(PROFILE | {"id_number": valid_id(seq="003")}), pin="2468")
    c = sqlite3.connect(tmp_path / FILE_NAME)
    rows = c.execute("SELECT salt, hash, scrypt_n FROM pins").fetchall()
    assert rows[0][0] != rows[1][0] and rows[0][1] != rows[1][1]
    assert all(n >= 2**14 for _, _, n in rows)
    assert b"2468" not in (tmp_path / FILE_NAME).read_bytes()


def test_profile_change_is_an_event_and_folds(teachers):
    t = teachers.enrol(**PROFILE, pin="2468")
    changed = teachers.change_profile(t.id, school="岳池县协兴中心小学")
    assert changed.school == "岳池县协兴中心小学"
    assert teachers.get(t.id) == changed
    assert teachers.journal.events(teacher_id=t.id)[-1].type == PROFILE_CHANGED
    with pytest.raises(errors.InvalidIdNumber):
        teachers.change_profile(t.id, id_number="123")
    assert teachers.get(t.id) == changed


def test_every_event_carries_its_teacher(laptop):
    from sync.demo.simulate import simulate

    simulate(laptop, teachers=3, days=10, seed=5)
    ids = {t.id for t in laptop.teachers.all()}
    assert {e.teacher_id for e in laptop.journal.events()} == ids


def test_a_lock_is_not_undone_by_editing_the_file(teachers, clock, tmp_path):
    t = teachers.enrol(**PROFILE, pin="2468")
    for _ in range(6):
        clock.ms += pins.MAX_WAIT_SECONDS * 1000
        with pytest.raises(errors.WrongPin):
            teachers.sign_in(t.id, "0000")
    c = sqlite3.connect(tmp_path / FILE_NAME)
    with c:  # the old counter columns, zeroed as one would to reset a lock: no effect
        c.execute("UPDATE pins SET failures=0, locked_until_ms=0")
    with pytest.raises(errors.PinLocked):
        teachers.sign_in(t.id, "2468")
    assert teachers.journal.check() == []
    other = teachers.enrol(**(PROFILE | {"id_number": valid_id(seq="005")}), pin="1357")
    teachers.sign_in(other.id, "1357")  # the laptop goes on being used
    with c:  # deleting the wrong PINs (past the append-only guard) unlocks, but the chain shows it
        for (name,) in c.execute("SELECT name FROM sqlite_master WHERE type='trigger'").fetchall():
            c.execute(f"DROP TRIGGER {name}")
        c.execute("DELETE FROM events WHERE type = ?", (PIN_FAILED,))
    c.close()
    assert teachers.sign_in(t.id, "2468") == t
    assert {p.kind for p in teachers.journal.check()} >= {"gap"}
