"""The courses a laptop can teach: courses → lessons, each with nominal hours and a category.

Installed content packs provide the catalogue (content/pack.py converts a manifest); the demo
catalogue in content/data/ stands in when no pack is installed. A lesson may name what it
plays or shows (media, document, quiz); paths are relative to its pack's files/ folder."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cached_property
from importlib import resources

ONLINE = "online"  # 网络研修 / 课程学习: time on task
PRACTICE = "practice"  # 实践应用: a practice reading (earns nothing; rated evidence does)
CATEGORIES = (ONLINE, PRACTICE)  # a lesson's
FACE_TO_FACE = "face_to_face"  # 集中培训 / 送教: trainer co-signed attendance
HOUR_CATEGORIES = (ONLINE, FACE_TO_FACE, PRACTICE)  # what a teacher's hours are counted in


VIDEO = "video"
DOCUMENT = "document"
QUIZ = "quiz"
KINDS = (VIDEO, DOCUMENT, QUIZ)


@dataclass(frozen=True)
class Quiz:
    bank: str  # path of a question bank (format 1) in the pack
    draw: int | None = None  # how many questions an attempt draws; None: all
    pass_mark: float = 60.0  # percent
    time_limit_s: int | None = None
    attempts: int | None = None  # None: unlimited


@dataclass(frozen=True)
class Diagnostic:
    """A pack's 1.0 diagnostic test (诊断测评): taken before the courses (pre-test) and again
    after them (post-test); its items carry dimension and level tags for the 5 × 2 grid."""

    title: str
    bank: str  # path of a question bank (format 1) in the pack
    draw: int | None = None  # None: every question of the bank
    time_limit_s: int | None = None


@dataclass(frozen=True)
class Lesson:
    id: str
    title: str
    course_id: str
    hours: float
    category: str
    kind: str | None = None  # video | document | quiz; None in the demo catalogue
    media: str | None = None
    document: str | None = None
    duration_s: float | None = None
    quiz: Quiz | None = None

    def nominal_seconds(self, seconds_per_hour: int) -> int:
        """The most time on task the lesson can count: its nominal hours, and for a video
        never more than its length (a 1:26 video counts at most 86 seconds)."""
        nominal = round(self.hours * seconds_per_hour)
        if self.duration_s is not None:
            nominal = min(nominal, math.ceil(self.duration_s))
        return max(nominal, 0)


@dataclass(frozen=True)
class Course:
    id: str
    title: str
    lessons: tuple[Lesson, ...]
    ability_point: str | None = None
    pack: str | None = None  # the installed pack it came from; None for the demo


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

    def online_caps(self, seconds_per_hour: int) -> Mapping[str, tuple[str, int]]:
        """Each online lesson's course and the most seconds it counts (Lesson.nominal_seconds),
        worked out once per rate: the county adds up 20,000 teachers' hours with it."""
        caps = self._caps.get(seconds_per_hour)
        if caps is None:
            caps = self._caps[seconds_per_hour] = {
                lesson.id: (lesson.course_id, lesson.nominal_seconds(seconds_per_hour))
                for lesson in self.lessons
                if lesson.category == ONLINE
            }
        return caps

    @cached_property
    def _caps(self) -> dict[int, dict[str, tuple[str, int]]]:
        return {}

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
                lessons.append(
                    Lesson(
                        str(x["id"]),
                        str(x["title"]),
                        str(c["id"]),
                        float(x["hours"]),
                        x["category"],
                    )
                )
            courses.append(Course(str(c["id"]), str(c["title"]), tuple(lessons)))
        return cls(str(d["id"]), str(d["title"]), tuple(courses))


EMPTY = Catalog("none", "", ())


def combine(catalogs: list[Catalog], id: str, title: str) -> Catalog:
    """Several installed packs as one catalogue, in the order given. Lesson ids are what the
    journal records, so they must stay unique: a lesson whose id an earlier pack already uses
    is left out of the later one (its hours stay with the first)."""
    if len(catalogs) == 1:
        return catalogs[0]
    seen: set[str] = set()
    courses = []
    for cat in catalogs:
        for course in cat.courses:
            lessons = tuple(x for x in course.lessons if x.id not in seen)
            seen.update(x.id for x in lessons)
            if lessons:
                courses.append(replace(course, lessons=lessons))
    return Catalog(id, title, tuple(courses))


def demo_catalog() -> Catalog:
    text = resources.files("content").joinpath("data/demo-catalog.json").read_text("utf-8")
    return Catalog.from_dict(json.loads(text))
