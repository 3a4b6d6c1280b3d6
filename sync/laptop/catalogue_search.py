"""Search over what this laptop teaches: lesson titles, course titles and the text of the
readings (the markdown documents of installed packs).

The index is derived data in its own SQLite file beside the journal, never in it: it is rebuilt
whenever the installed packs differ from the ones it was built from (after an install, and on
first use on a laptop whose packs were installed before search existed). A rebuild writes a
fresh file and renames it into place, so a search never sees half an index.

FTS5's default tokenizer does not split Chinese into words, so the index uses the `trigram`
tokenizer (SQLite 3.34+): any run of 3 or more characters matches wherever it occurs. A
query word of 1 or 2 characters (微课, 导入) cannot be a trigram; such queries scan the
index table with LIKE instead, which is quick at a catalogue's size (a few hundred rows)."""

from __future__ import annotations

import json
import os
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from content.catalog import Catalog
from sync.base import library
from sync.base.durable import fsync_dir, translate_os_error
from sync.base.errors import LessonFileMissing
from sync.base.rows import tables
from sync.laptop.lesson_files import lesson_file

if TYPE_CHECKING:
    import sqlite_utils  # the import itself is deferred: sync.base.rows.tables

INDEX_FILE = "catalogue-search.db"
TABLE = "lessons"
TEXT_COLUMNS = ("title", "course", "body")
READABLE = {".md", ".markdown", ".txt"}  # documents whose words can be indexed
MAX_BODY = 1 << 20  # a reading is a few pages; more than 1 MiB is not read into the index
TRIGRAM = 3
SNIPPET = 24  # characters either side of the match


@dataclass(frozen=True)
class Hit:
    lesson_id: str
    title: str
    course: str
    snippet: str  # the words around the match: in the reading, or the title itself


def search(data_dir: Path, catalog: Catalog, query: str, limit: int = 50) -> list[Hit]:
    """The lessons whose title, course title or reading contains every word of `query`,
    best first; an empty query finds nothing."""
    words = query.split()
    if not words:
        return []
    db = _open_current(data_dir, catalog)
    try:
        table = db.table(TABLE)
        if all(len(w) >= TRIGRAM for w in words):
            rows = list(table.search(query, columns=["id", *TEXT_COLUMNS], limit=limit, quote=True))
        else:
            where = " AND ".join(
                "(title || ' ' || course || ' ' || body) LIKE ? ESCAPE '\\'" for _ in words
            )
            rows = list(
                table.rows_where(
                    where, [f"%{_escape_like(w)}%" for w in words], order_by="position"
                )
            )
            # Lessons named by the words before those that only mention them.
            rows.sort(key=lambda r: not all(w.casefold() in r["title"].casefold() for w in words))
            rows = rows[:limit]
        return [_hit(row, words) for row in rows]
    finally:
        db.close()


def rebuild(data_dir: Path, catalog: Catalog) -> None:
    """A fresh index for `catalog` as installed now, swapped in whole."""
    path = data_dir / INDEX_FILE
    fresh = data_dir / f".{INDEX_FILE}.{uuid.uuid4().hex}"
    try:
        db = tables(sqlite3.connect(fresh))
        try:
            table = db.table(TABLE)
            table.create(
                {"id": str, "title": str, "course": str, "body": str, "position": int}, pk="id"
            )
            table.insert_all(_rows(data_dir, catalog))
            db.table(TABLE).enable_fts(TEXT_COLUMNS, tokenize="trigram")
            db.table("built_for").insert({"key": _installed_key(data_dir)})
        finally:
            db.close()
        os.replace(fresh, path)
        fsync_dir(data_dir)
    except OSError as exc:  # a full disk or a read-only folder, said plainly
        raise translate_os_error(exc, path) from exc
    finally:
        fresh.unlink(missing_ok=True)


def _open_current(data_dir: Path, catalog: Catalog) -> sqlite_utils.Database:
    path = data_dir / INDEX_FILE
    if not _is_current(path, data_dir):
        rebuild(data_dir, catalog)
    return tables(sqlite3.connect(f"file:{path}?mode=ro", uri=True))


def _is_current(path: Path, data_dir: Path) -> bool:
    if not path.exists():
        return False
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            db = tables(conn)
            built = (
                [r["key"] for r in db.table("built_for").rows]
                if "built_for" in db.table_names()
                else []
            )
        finally:
            conn.close()
    except sqlite3.DatabaseError:  # a damaged index is rebuilt, never trusted
        return False
    return built == [_installed_key(data_dir)]


def _installed_key(data_dir: Path) -> str:
    """Which packs, at which version and digest, the catalogue comes from ('' for the demo)."""
    return json.dumps(
        sorted(
            (p.id, p.version, p.manifest_sha256, p.installed_ms)
            for p in library.installed(data_dir)
        ),
        ensure_ascii=False,
    )


def _rows(data_dir: Path, catalog: Catalog):
    position = 0
    for course in catalog.courses:
        for lesson in course.lessons:
            yield {
                "id": lesson.id,
                "title": lesson.title,
                "course": course.title,
                "body": _reading(data_dir, catalog, lesson),
                "position": position,
            }
            position += 1


def _reading(data_dir: Path, catalog: Catalog, lesson) -> str:
    if not lesson.document or Path(lesson.document).suffix.lower() not in READABLE:
        return ""
    try:
        path = lesson_file(data_dir, catalog, lesson)
        with open(path, "rb") as fh:
            return fh.read(MAX_BODY).decode("utf-8", errors="replace")
    except (LessonFileMissing, OSError):
        return ""  # the lesson window says what is wrong when it is opened; search goes on


def _hit(row: dict, words: list[str]) -> Hit:
    return Hit(row["id"], row["title"], row["course"], _snippet(row, words))


def _snippet(row: dict, words: list[str]) -> str:
    """The reading's words around the first match, on one line; the title if it matched there."""
    for text in (row["title"], row["course"]):
        if all(w.casefold() in text.casefold() for w in words):
            return text
    body = row["body"]
    at = body.casefold().find(words[0].casefold())
    if at < 0:
        return row["title"]
    start, end = max(at - SNIPPET, 0), min(at + len(words[0]) + SNIPPET, len(body))
    text = " ".join(body[start:end].split())
    return ("…" if start else "") + text + ("…" if end < len(body) else "")


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
