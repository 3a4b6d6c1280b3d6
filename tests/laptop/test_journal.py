from __future__ import annotations

import shutil
import sqlite3
import threading
from pathlib import Path

import pytest

import sync
from sync.base import device, migrate
from sync.base.errors import DeviceKeyMismatch, JournalDamaged, JournalFromNewerVersion
from sync.base.events import GENESIS
from sync.laptop.journal import FILE_NAME, Draft, Journal

LATEST = migrate.steps(migrate.package_dir("laptop/migrations"))[-1][0]


@pytest.fixture
def journal(tmp_path):
    j = Journal(tmp_path, device.load_or_create(tmp_path))
    yield j
    j.close()


def raw(tmp_path):
    return sqlite3.connect(tmp_path / FILE_NAME)


def test_file_is_wal_with_full_sync_and_versioned(journal, tmp_path):
    journal.append("t-1", "lesson.session", {"lesson": "a1-l1", "active_seconds": 60})
    c = raw(tmp_path)
    assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert c.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert (
        c.execute("SELECT value FROM meta WHERE key='device_id'").fetchone()[0] == journal.device_id
    )


def test_events_form_a_gap_free_hash_chain(journal):
    a = journal.append("t-1", "teacher.signed_in", {})
    b = journal.append("t-1", "lesson.session", {"lesson": "x", "active_seconds": 5, "名": "中"})
    assert (a.seq, b.seq) == (1, 2)
    assert a.prev_hash == GENESIS and b.prev_hash == a.hash
    assert b.data["名"] == "中"
    assert journal.check() == []


def test_concurrent_writers_are_serialised(journal):
    def work(n):
        for i in range(25):
            journal.append(f"t-{n}", "lesson.session", {"i": i})

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    events = journal.events()
    assert [e.seq for e in events] == list(range(1, 201))
    assert journal.check() == []


def test_closing_while_others_write_answers_every_caller(tmp_path):
    """A window's worker may still be writing when the laptop closes: every write either lands
    or is refused, and no caller is left waiting (a waiting thread holds the program open at
    exit)."""
    for round_ in range(20):
        folder = tmp_path / str(round_)
        folder.mkdir()
        journal = Journal(folder, device.load_or_create(folder))
        outcomes: list[str] = []
        started = threading.Barrier(5)

        def work(n, journal=journal, outcomes=outcomes, started=started):
            started.wait()
            for i in range(200):
                try:
                    journal.append(f"t-{n}", "lesson.session", {"i": i})
                except RuntimeError:
                    outcomes.append("refused")
                    return
            outcomes.append("done")

        threads = [threading.Thread(target=work, args=(n,), daemon=True) for n in range(4)]
        for t in threads:
            t.start()
        started.wait()
        journal.close()
        for t in threads:
            t.join(timeout=30)
        assert not [t for t in threads if t.is_alive()], (
            f"round {round_}: a writer was left waiting"
        )
        assert len(outcomes) == 4
        reopened = Journal(folder, device.load_or_create(folder))
        try:
            assert reopened.check() == []
        finally:
            reopened.close()


def test_batch_is_all_or_nothing(journal):
    journal.append("t-1", "a", {})
    with pytest.raises(sqlite3.IntegrityError):
        journal.append_many(
            [Draft("t-1", "b", {}, event_id="same"), Draft("t-1", "c", {}, event_id="same")]
        )
    assert [e.type for e in journal.events()] == ["a"]
    assert journal.append("t-1", "d", {}).seq == 2


def test_events_cannot_be_edited_through_sqlite(journal, tmp_path):
    journal.append("t-1", "a", {"hours": 1})
    c = raw(tmp_path)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        c.execute("UPDATE events SET payload='{\"hours\":30}'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        c.execute("DELETE FROM events")


def test_a_determined_edit_breaks_the_chain(journal, tmp_path):
    for i in range(5):
        journal.append("t-1", "lesson.session", {"lesson": "a1-l1", "active_seconds": 60 + i})
    c = raw(tmp_path)
    c.execute("DROP TRIGGER events_are_append_only_update")
    c.execute('UPDATE events SET payload=\'{"active_seconds":99999,"lesson":"a1-l1"}\' WHERE seq=3')
    c.commit()
    c.close()
    problems = journal.check()
    assert [(p.seq, p.kind) for p in problems] == [(3, "hash")]


def test_a_deleted_event_shows_as_a_gap(journal, tmp_path):
    for _ in range(4):
        journal.append("t-1", "x", {})
    c = raw(tmp_path)
    c.execute("DROP TRIGGER events_are_append_only_delete")
    c.execute("DELETE FROM events WHERE seq=2")
    c.commit()
    kinds = {(p.seq, p.kind) for p in journal.check()}
    assert (3, "gap") in kinds and (3, "link") in kinds


def test_not_a_database(tmp_path):
    (tmp_path / FILE_NAME).write_bytes(b"this is a PDF, honestly" * 100)
    with pytest.raises(JournalDamaged):
        Journal(tmp_path, device.load_or_create(tmp_path))


def test_newer_file_is_refused_untouched(journal, tmp_path):
    journal.close()
    c = raw(tmp_path)
    c.execute("PRAGMA user_version=99")
    c.commit()
    c.close()
    before = (tmp_path / FILE_NAME).read_bytes()
    with pytest.raises(JournalFromNewerVersion):
        Journal(tmp_path, device.load_or_create(tmp_path))
    assert (tmp_path / FILE_NAME).read_bytes() == before


def test_journal_belongs_to_its_device_key(journal, tmp_path):
    journal.append("t-1", "x", {})
    journal.close()
    other = tmp_path / "other"
    other.mkdir()
    with pytest.raises(DeviceKeyMismatch):
        Journal(tmp_path, device.load_or_create(other))


def _migrations_with(tmp_path, extra_sql):
    d = tmp_path / "migrations"
    shutil.copytree(Path(sync.__file__).parent / "laptop" / "migrations", d)
    latest = migrate.steps(d)[-1][0]
    (d / f"{latest + 1:04d}_more.sql").write_text(extra_sql)
    return d


def test_migration_backs_up_first_and_keeps_data(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    dev = device.load_or_create(data)
    with Journal(data, dev) as j:
        j.append("t-1", "x", {"keep": True})
    mig = _migrations_with(tmp_path, "ALTER TABLE events ADD COLUMN note TEXT;")
    with Journal(data, dev, migrations_dir=mig) as j:
        assert [e.data for e in j.events()] == [{"keep": True}]
        assert j.check() == []
    backup = data / f"{FILE_NAME}.v{LATEST}.bak"
    b = sqlite3.connect(backup)
    assert b.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert b.execute("SELECT count(*) FROM events").fetchone()[0] == 1
    assert raw(data).execute("PRAGMA user_version").fetchone()[0] == LATEST + 1


def test_failed_migration_leaves_the_file_as_it_was(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    dev = device.load_or_create(data)
    with Journal(data, dev) as j:
        j.append("t-1", "x", {})
    mig = _migrations_with(tmp_path, "CREATE TABLE extra (a);\nTHIS IS NOT SQL;")
    with pytest.raises(sqlite3.OperationalError):
        Journal(data, dev, migrations_dir=mig)
    c = raw(data)
    assert c.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert c.execute("SELECT name FROM sqlite_master WHERE name='extra'").fetchone() is None
    with Journal(data, dev) as j:
        assert j.last_seq() == 1


def test_device_key_is_made_once_and_kept(tmp_path):
    a = device.load_or_create(tmp_path)
    b = device.load_or_create(tmp_path)
    assert a.device_id == b.device_id and a.device_id.startswith("dev-")
    assert (tmp_path / device.KEY_FILE).stat().st_mode & 0o077 == 0


def test_row_hash_fast_spelling_matches_the_encoder():
    """The county's quick spelling of a row must hash exactly as the canonical encoder does,
    whatever a teacher typed (quotes, newlines, CJK, control characters, line separators)."""
    import hashlib
    import random

    from sync.base.events import _ENCODE, DOMAIN, row_hash

    def by_encoder(r):
        text = _ENCODE([r[9], r[1], r[2], r[0], r[3], r[4], r[5], r[6], r[7], r[8]])
        return hashlib.sha256(DOMAIN + text.encode("utf-8")).hexdigest()

    rnd = random.Random(7)
    odd = ['"', "\\", "\n", "\t", "\x01", "\u2028", "教", "😀", "/", "\x7f", "é"]
    for _ in range(3000):
        s = lambda: "".join(rnd.choice(odd) for _ in range(rnd.randint(0, 5)))  # noqa: E731
        row = [
            rnd.randint(-(2**63), 2**63),
            s(),
            s(),
            s(),
            s(),
            s(),
            rnd.randint(0, 2**53),
            rnd.randint(-9, 9),
            s(),
            s(),
            "h",
        ]
        assert row_hash(row) == by_encoder(row)
    row[0] = True  # not an int to the encoder: the slow path spells it `true`
    assert row_hash(row) == by_encoder(row)
    assert row_hash(row) != row_hash([1] + row[1:])
