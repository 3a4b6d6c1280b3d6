"""Where a lesson's video or document lives on this laptop: inside its installed pack's files/
folder (sync/base/library.py), under the path the manifest names."""

from __future__ import annotations

from pathlib import Path

from content.catalog import Catalog, Lesson
from content.pack import FILES
from sync.base import library
from sync.base.errors import LessonFileMissing


def lesson_file(data_dir: Path, catalog: Catalog, lesson: Lesson) -> Path:
    """The file a lesson plays (video) or shows (document); LessonFileMissing if it has none
    or the file is not there (a pack damaged or removed since the catalogue was read)."""
    name = lesson.media if lesson.media else lesson.document
    course = next((c for c in catalog.courses if c.id == lesson.course_id), None)
    if not name or course is None or course.pack is None:
        raise LessonFileMissing(lesson=lesson.id, path=name or "")
    pack = next((p for p in library.installed(data_dir) if p.id == course.pack), None)
    if pack is None:
        raise LessonFileMissing(lesson=lesson.id, path=name)
    root = (library.library_dir(data_dir) / pack.folder / FILES).resolve()
    path = (root / name).resolve()
    # Manifest paths were checked at install; this guards a hand-edited library all the same.
    if root not in path.parents or not path.is_file():
        raise LessonFileMissing(lesson=lesson.id, path=str(path))
    return path
