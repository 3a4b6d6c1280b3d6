"""A migration that changes a table's shape is a NNNN_name.py step given sqlite-utils
(`table.transform`): the rows survive under the new shape, the version moves only when the
step has finished, and a step that fails leaves the file as it was (the transform ran inside
the step's transaction)."""

from __future__ import annotations

import sqlite3

import pytest

from sync.base import migrate


def folder(tmp_path, python_step: str):
    d = tmp_path / "migrations"
    d.mkdir()
    (d / "0001_people.sql").write_text(
        "CREATE TABLE people (id INTEGER PRIMARY KEY, nm TEXT, age TEXT);", encoding="utf-8"
    )
    (d / "0002_shape.py").write_text(python_step, encoding="utf-8")
    return d


def opened(tmp_path, d):
    path = tmp_path / "store.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate.apply(conn, path, d)  # version 2 at once on a new file: no backup needed
    return path, conn


TRANSFORM = """
def migrate(db):
    db["people"].transform(rename={"nm": "name"}, types={"age": int}, not_null={"name"})
"""


def test_a_python_step_transforms_the_table_and_keeps_its_rows(tmp_path):
    d = folder(tmp_path, TRANSFORM)
    (d / "0002_shape.py").rename(d / "0002_shape.py.later")  # first, a hub at version 1
    path, conn = opened(tmp_path, d)
    conn.execute("INSERT INTO people (nm, age) VALUES ('王芳', '41'), ('李明', '38')")
    (d / "0002_shape.py.later").rename(d / "0002_shape.py")
    conn.execute("PRAGMA temp_store=MEMORY")  # as the hub's connection has it
    assert migrate.apply(conn, path, d) == 2
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    assert conn.execute("SELECT name, age FROM people ORDER BY id").fetchall() == [
        ("王芳", 41),
        ("李明", 38),
    ]
    # the copy kept beside it is the file as it was: version 1, its rows under their old names
    kept = sqlite3.connect(tmp_path / "store.db.v1.bak")
    assert kept.execute("PRAGMA user_version").fetchone()[0] == 1
    assert kept.execute("SELECT nm, age FROM people ORDER BY id").fetchall() == [
        ("王芳", "41"),
        ("李明", "38"),
    ]
    kept.close()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    # the step's temporary storage was on disk; the connection's own choice is back
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2
    conn.close()


def test_a_failing_python_step_leaves_the_version_and_the_rows(tmp_path):
    d = folder(tmp_path, TRANSFORM + '    raise RuntimeError("the rest of the step went wrong")\n')
    (d / "0002_shape.py").rename(d / "0002_shape.py.later")
    path, conn = opened(tmp_path, d)
    conn.execute("INSERT INTO people (nm, age) VALUES ('王芳', '41')")
    (d / "0002_shape.py.later").rename(d / "0002_shape.py")
    with pytest.raises(RuntimeError, match="went wrong"):
        migrate.apply(conn, path, d)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT nm, age FROM people").fetchall() == [("王芳", "41")]
    conn.close()
