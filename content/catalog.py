"""The courses a laptop can teach: courses → lessons, each with nominal hours and a category.

Until content packs land, the demo catalogue in content/data/ stands in for an installed pack."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from importlib import resources

ONLINE = "online"
PRACTICE = "practice"
CATEGORIES = (ONLINE, PRACTICE)


@dataclass(frozen=True)
class Lesson:
    id: str
    title: str
    course_id: str
    hours: float
    category: str


@dataclass(frozen=True)
class Course:
    id: str
    title: str
    lessons: tuple[Lesson, ...]


@dataclass(frozen=True)
class Catalog:
    id: str
    title: str
    courses: tuple[Course, ...]

    def lesson(self, lesson_id: str) -> Lesson | None:
        return self._by_id.get(lesson_id)

    @cached_property
    def _by_id(self) -> dict[str, Lesson]:
        return {lesson.id: lesson for lesson in self.lessons}

    @property
    def lessons(self) -> tuple[Lesson, ...]:
        return tuple(lesson for c in self.courses for lesson in c.lessons)

    @classmethod
    def from_dict(cls, d: Mapping) -> Catalog:
        if d.get("format") != 1:
            raise ValueError(f"unsupported catalogue format {d.get('format')!r}")
        courses = []
        for c in d["courses"]:
            lessons = []
            for x in c["lessons"]:
                if x["category"] not in CATEGORIES:
                    raise ValueError(f"lesson {x['id']}: unknown category {x['category']!r}")
                lessons.append(Lesson(str(x["id"]), str(x["title"]), str(c["id"]),
                                      float(x["hours"]), x["category"]))
            courses.append(Course(str(c["id"]), str(c["title"]), tuple(lessons)))
        return cls(str(d["id"]), str(d["title"]), tuple(courses))


EMPTY = Catalog("none", "", ())


def demo_catalog() -> Catalog:
    text = resources.files("content").joinpath("data/demo-catalog.json").read_text("utf-8")
    return Catalog.from_dict(json.loads(text))
