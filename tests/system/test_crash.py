"""The crash message and the crash log name no teacher: no name, no ID number."""

from __future__ import annotations

import sqlite3
import tempfile

from app import crash

NAME, ID_NUMBER = "王秀英", "51162119800101123X"


def _enrol(teacher: dict) -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (id TEXT UNIQUE, name TEXT)")
    conn.execute("INSERT INTO t VALUES (?, ?)", (teacher["id"], teacher["name"]))
    try:  # a fault on the way, carrying people's text in its message and in its cause
        conn.execute("INSERT INTO t VALUES (?, ?)", (teacher["id"], teacher["name"]))
    except sqlite3.IntegrityError as exc:
        raise KeyError(f"{teacher['name']} {teacher['id']} already enrolled") from exc


def test_a_fault_carrying_a_name_and_an_id_number_leaves_neither(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    try:
        _enrol({"id": ID_NUMBER, "name": NAME})
    except KeyError as exc:
        message = crash.record(type(exc), exc, exc.__traceback__)
    (log,) = tmp_path.glob("songpei-error-*.txt")
    text = log.read_text("utf-8")
    for said in (message, text):
        assert NAME not in said and ID_NUMBER not in said and ID_NUMBER[:17] not in said
        assert "王" not in said and "1980" not in said
    # What a developer needs is still there: the types, and where, frame by frame.
    assert "builtins.KeyError" in text and "sqlite3.IntegrityError" in text
    assert "test_crash.py" in text and " in _enrol" in text
    assert str(log) in message
