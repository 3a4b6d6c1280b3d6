"""The hub's facts as xAPI 1.0.3 statements: study (lesson sessions, 送教 attendance,
self-tests), evidence submitted, the school's ratings, the county's 学时认定 decisions and the
diagnostic tests. docs/formats.md tables the verbs, activities and extensions.

Each statement's id is UUIDv5 of what it states (an event's id; a decision's id), and its
content is made from the hub alone, each activity's definition as it was first stated (hub
table xapi_activities: a newer pack may reword a title), so every export of the same fact is
the same statement: an LRS stores a repeat once. Verbs are the ADL vocabulary's where it has one (Activity Streams'
"submit" for a submission); every verb, activity name and description speaks Chinese and
English. The actor is a pseudonym (sync.county.import_tables.person_name), never a name or
身份证号; so is a rater, named as the context's instructor. Free text (comments, reasons,
typed evidence) stays in the hub."""

from __future__ import annotations

import json
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from content.catalog import FACE_TO_FACE, Catalog
from content.pack import AbilityPoint
from content.questions import DIMENSIONS
from content.rules import ACCEPTED_LEVELS
from sync.base.events import (
    ATTENDANCE_SIGNED,
    DIAGNOSTIC_ATTEMPT,
    EVIDENCE_RATED,
    EVIDENCE_SUBMITTED,
    LESSON_SESSION,
    QUIZ_ATTEMPT,
    TEACHER_ENROLLED,
)
from sync.base.receipt import CountyDecision
from sync.base.rows import named
from sync.county import import_tables
from sync.county.decisions import LEVELS
from sync.county.hub import Hub, _tx
from sync.county.import_tables import person_name

NAMESPACE = uuid.UUID("5f1d3c2e-8a47-4c1b-9b7e-2f7c0e6a9d31")  # Songpei's, fixed for good
HOME = "https://songpei.invalid/county/"  # account home page: names the system, not a host
ACTIVITY = "https://songpei.invalid/activity/"
EXT = "https://songpei.invalid/extension/"
ADL = "http://adlnet.gov/expapi/verbs/"
TYPES = "http://adlnet.gov/expapi/activities/"

# kind → (verb id, Chinese display, English display)
VERBS = {
    "experienced": (ADL + "experienced", "学习了", "experienced"),
    "attended": (ADL + "attended", "参加了", "attended"),
    "completed": (ADL + "completed", "完成了", "completed"),
    "submitted": ("http://activitystrea.ms/schema/1.0/submit", "提交了", "submitted"),
    "scored": (ADL + "scored", "获评", "scored"),
    "passed": (ADL + "passed", "通过认定", "passed"),
    "failed": (ADL + "failed", "未通过认定", "failed"),
}
# The event types that become statements (a county decision is a row of its own table).
EVENT_TYPES = (
    LESSON_SESSION,
    ATTENDANCE_SIGNED,
    QUIZ_ATTEMPT,
    EVIDENCE_SUBMITTED,
    EVIDENCE_RATED,
    DIAGNOSTIC_ATTEMPT,
)
WORDS = {code: word for word, code in LEVELS.items()}  # pass → 合格
SCORE = {"fail": 0, "pass": 1, "excellent": 2}  # a rating as result.score.raw, of 2


def pseudonym_key(hub: Hub) -> bytes:
    return import_tables.pseudonym_key(hub.conn)


def statement_id(fact_id: str) -> str:
    """The statement of an event (its id) or of a county decision ("decision:" + its id)."""
    return str(uuid.uuid5(NAMESPACE, fact_id))


def _verb(kind: str) -> dict:
    verb_id, zh, en = VERBS[kind]
    return {"id": verb_id, "display": {"zh-CN": zh, "en-US": en}}


def _agent(name: str) -> dict:
    return {"objectType": "Agent", "account": {"homePage": HOME, "name": name}}


def _activity(path: str, kind: str, name: tuple[str, str], about: tuple[str, str]) -> dict:
    return {
        "objectType": "Activity",
        "id": ACTIVITY + path,
        "definition": {
            "type": TYPES + kind,
            "name": {"zh-CN": name[0], "en-US": name[1]},
            "description": {"zh-CN": about[0], "en-US": about[1]},
        },
    }


def _iso(ms: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(ms / 1000)) + f".{ms % 1000:03d}Z"


@dataclass
class _Objects:
    """The activities statements name, defined from the hub's published content the first
    time each is stated, and as it was then ever after (hub table xapi_activities)."""

    conn: sqlite3.Connection
    catalog: Catalog
    points: Mapping[str, AbilityPoint]
    new: list[tuple[str, str]] = field(default_factory=list)  # (id, definition) to keep

    @cached_property
    def courses(self) -> dict[str, str]:
        return {c.id: c.title for c in self.catalog.courses}

    @cached_property
    def stated(self) -> dict[str, dict]:
        return {
            i: json.loads(d)
            for i, d in self.conn.execute("SELECT id, definition FROM xapi_activities")
        }

    @cached_property
    def made(self) -> dict[str, dict]:
        return {}  # activity id → the object, made once per export (a county's millions)

    def kept(self, path: str, make: Callable[[], dict]) -> dict:
        """The activity at `path` with the definition it was first stated with; a new one's
        (from `make`) is noted for keeping."""
        found = self.made.get(path)
        if found is None:
            activity = make()
            first = self.stated.get(activity["id"])
            if first is None:
                first = self.stated[activity["id"]] = activity["definition"]
                self.new.append((activity["id"], json.dumps(first, ensure_ascii=False)))
            found = self.made[path] = {**activity, "definition": first}
        return found

    def keep(self) -> None:
        """Store the definitions stated for the first time, in one transaction once every
        statement is made (a write lock held for a whole export would stall an import)."""
        now = time.time_ns() // 1_000_000
        with _tx(self.conn) as conn:
            conn.executemany(
                "INSERT OR IGNORE INTO xapi_activities VALUES (?, ?, ?)",
                [(i, d, now) for i, d in self.new],
            )
        self.new.clear()

    def lesson(self, lesson_id: str) -> dict:
        return self.kept("lesson/" + lesson_id, lambda: self._lesson(lesson_id))

    def _lesson(self, lesson_id: str) -> dict:
        lesson = self.catalog.lesson(lesson_id)
        if lesson is None:  # a lesson of a pack the hub no longer has
            return _activity(
                f"lesson/{lesson_id}",
                "lesson",
                (f"课时 {lesson_id}", f"Lesson {lesson_id}"),
                ("已发布内容中不再有的课时", "A lesson no longer in the published content"),
            )
        title = self.courses.get(lesson.course_id, lesson.course_id)
        if lesson.kind == "quiz":
            return _activity(
                f"lesson/{lesson_id}",
                "assessment",
                (lesson.title, f"Self-test {lesson_id}"),
                (f"课程《{title}》的自测", f"A self-test of course {lesson.course_id}"),
            )
        return _activity(
            f"lesson/{lesson_id}",
            "lesson",
            (lesson.title, f"Lesson {lesson_id}"),
            (f"课程《{title}》中的一课", f"A lesson of course {lesson.course_id}"),
        )

    def session(self, statement: Mapping) -> dict:
        return self.kept(
            f"session/{statement.get('session_id', 'session')}", lambda: self._session(statement)
        )

    def _session(self, statement: Mapping) -> dict:
        return _activity(
            f"session/{statement.get('session_id', 'session')}",
            "meeting",
            (str(statement.get("topic") or "送教活动"), "Face-to-face training session"),
            ("培训者签到的集中培训 / 送教活动", "A face-to-face session, attendance co-signed"),
        )

    def point(self, code: str) -> dict:
        return self.kept("point/" + code, lambda: self._point(code))

    def _point(self, code: str) -> dict:
        known = self.points.get(code)
        name = f"能力点 {code} {known.name}" if known else f"能力点 {code}"
        return _activity(
            f"point/{code}",
            "performance",
            (name, f"Ability point {code}"),
            (
                f"信息技术应用能力点 {code} 的实践应用成果（校本应用考核）",
                f"Practice evidence for IT application ability point {code}",
            ),
        )

    def diagnostic(self, pack: str) -> dict:
        return self.kept("diagnostic/" + pack, lambda: self._diagnostic(pack))

    def _diagnostic(self, pack: str) -> dict:
        return _activity(
            f"diagnostic/{pack}",
            "assessment",
            ("信息技术应用能力诊断测评", "IT application ability diagnostic test"),
            (
                "按维度和水平评定的诊断测评（前测与后测）",
                "A diagnostic test by dimension and level (pre- and post-test)",
            ),
        )


def _rating(level: str) -> dict:
    """A school's or the county's rating as a result: the score of 2, success, and the word."""
    raw = SCORE.get(level, 0)
    return {
        "score": {"scaled": raw / 2, "raw": raw, "min": 0, "max": 2},
        "success": level in ACCEPTED_LEVELS,
        "extensions": {
            EXT + "level": level,
            EXT + "rating": {"zh-CN": WORDS.get(level, level), "en-US": level},
        },
    }


def _dimensions(grid: Mapping[str, list]) -> dict:
    """The diagnostic's grid ("<dimension>/<level>": [earned, possible]) summed per dimension."""
    sums: dict[str, list[float]] = {}
    for cell, (earned, possible) in sorted(grid.items()):
        s = sums.setdefault(cell.split("/", 1)[0], [0.0, 0.0])
        s[0] += float(earned)
        s[1] += float(possible)
    return {
        dim: {
            "name": DIMENSIONS.get(dim, dim),
            "earned": round(e, 4),
            "possible": round(p, 4),
            "scaled": round(e / p, 4) if p else 0.0,
        }
        for dim, (e, p) in sums.items()
    }


def statements(hub: Hub) -> Iterator[dict]:
    """Every statement of the hub: the events' in the order they were journalled (laptop by
    laptop), then the county's decisions in the order they were made."""
    key = pseudonym_key(hub)
    people = {
        teacher_id: person_name(key, json.loads(payload)["id_number"])
        for teacher_id, payload in hub.conn.execute(
            "SELECT teacher_id, payload FROM events WHERE type=?", (TEACHER_ENROLLED,)
        )
    }
    catalog, _ = hub.content()
    objects = _Objects(hub.conn, catalog, hub.ability_points())
    submitted: dict[str, str] = {}  # submission → point, for a rating that names none
    types = EVENT_TYPES
    for event_id, teacher_id, type_, payload, wall_ms in hub.conn.execute(
        f"SELECT id, teacher_id, type, payload, wall_ms FROM events WHERE type IN "
        f"({','.join('?' * len(types))}) ORDER BY device_id, seq",
        types,
    ):
        if teacher_id not in people:
            continue
        data = json.loads(payload)
        st: dict[str, Any] = {
            "id": statement_id(event_id),
            "actor": _agent(people[teacher_id]),
            "timestamp": _iso(wall_ms),
        }
        if type_ == LESSON_SESSION:
            st["verb"] = _verb("experienced")
            st["object"] = objects.lesson(str(data.get("lesson")))
            st["result"] = {
                "duration": f"PT{int(data.get('active_seconds', 0))}S",
                "completion": bool(data.get("completed")),
            }
        elif type_ == ATTENDANCE_SIGNED:
            st["verb"] = _verb("attended")
            st["object"] = objects.session(json.loads(data.get("statement", "{}")))
            st["result"] = {
                "extensions": {
                    EXT + "hours": data.get("hours"),
                    EXT + "category": FACE_TO_FACE,  # whatever an older event says
                }
            }
        elif type_ == QUIZ_ATTEMPT:
            st["verb"] = _verb("completed")
            st["object"] = objects.lesson(str(data.get("lesson")))
            if "score" in data:
                st["result"] = {
                    "score": {"scaled": round(float(data["score"]) / 100, 4)},
                    "success": bool(data.get("passed")),
                }
        elif type_ == EVIDENCE_SUBMITTED:
            point = str(data.get("point", ""))
            submitted[event_id] = point
            st["verb"] = _verb("submitted")
            st["object"] = objects.point(point)
            st["result"] = {"completion": True}
        elif type_ == EVIDENCE_RATED:
            submission = str(data.get("submission", ""))
            st["verb"] = _verb("scored")
            st["object"] = objects.point(str(data.get("point") or submitted.get(submission, "")))
            st["result"] = _rating(str(data.get("level")))
            st["context"] = {
                "statement": {"objectType": "StatementRef", "id": statement_id(submission)}
            }
            if data.get("rater") in people:  # the school-team member, by pseudonym
                st["context"]["instructor"] = _agent(people[data["rater"]])
        else:  # DIAGNOSTIC_ATTEMPT
            score = float(data.get("score", 0))
            st["verb"] = _verb("completed")
            st["object"] = objects.diagnostic(str(data.get("pack", "")))
            st["result"] = {
                "score": {"scaled": round(score / 100, 4), "raw": score, "min": 0, "max": 100},
                "completion": True,
                "duration": f"PT{int(float(data.get('duration_s', 0)))}S",
                "extensions": {
                    EXT + "phase": data.get("phase"),
                    EXT + "dimensions": _dimensions(data.get("grid", {})),
                },
            }
        # keys in the order xAPI lists them, whatever order they were made in
        yield {k: st[k] for k in ORDER if k in st}
    yield from _decisions(hub, people, objects)
    objects.keep()


ORDER = ("id", "actor", "verb", "object", "result", "context", "timestamp")


def _decisions(hub: Hub, people: Mapping[str, str], objects: _Objects) -> Iterator[dict]:
    """The county's 学时认定, every decision of the history (the latest counts): passed when
    the point's practice hours are recognised, failed when refused."""
    for row in named(
        hub.conn,
        "SELECT decision_id, submission_id, teacher_id, point, level, recognised, reason, "
        "officer, decided_ms, id AS serial FROM decisions ORDER BY id",
    ):
        d = CountyDecision.from_row(row)
        if d.teacher_id not in people:
            continue
        point = objects.points.get(d.point)
        hours = point.practice_hours if point is not None and d.recognised else 0
        result = _rating(d.level)
        result["success"] = bool(d.recognised)
        result["extensions"] |= {EXT + "recognised": bool(d.recognised), EXT + "hours": hours}
        yield {
            "id": statement_id("decision:" + d.decision_id),
            "actor": _agent(people[d.teacher_id]),
            "verb": _verb("passed" if d.recognised else "failed"),
            "object": objects.point(d.point),
            "result": result,
            "context": {
                "statement": {"objectType": "StatementRef", "id": statement_id(d.submission_id)},
                "extensions": {EXT + "decision": d.decision_id},
            },
            "timestamp": _iso(d.decided_ms),
        }
