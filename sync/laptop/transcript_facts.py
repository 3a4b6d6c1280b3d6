"""What a transcript states, computed from events alone: the laptop prints it, and the county
recomputes it from its copy of the device's events to check a transcript's verification code.

Pure over its inputs (events, catalogue, programme rules, ability points), so both sides get
the same facts, hence the same code, from the same record."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping

from content.ability_points import AbilityPoint
from content.catalog import Catalog
from content.rules import PROGRESS_TYPES, ProgrammeRules, compute_progress
from sync.base.errors import UnknownTeacher
from sync.base.events import (
    EVIDENCE_POINTS_CHOSEN,
    EVIDENCE_RATED,
    EVIDENCE_SUBMITTED,
    QUIZ_ATTEMPT,
    TEACHER_ENROLLED,
    TEACHER_PROFILE_CHANGED,
    Event,
    canonical_json,
)
from sync.base.receipt import CountyDecision
from sync.laptop import evidence, teachers
from sync.laptop.laptop import Laptop

FORMAT = 2  # 2: three hour categories, counted in tenths; 合格 and 结业


def facts_from_events(
    events: Iterable[Event],
    teacher_id: str,
    device_id: str,
    catalog: Catalog,
    rules: ProgrammeRules,
    points: Mapping[str, AbilityPoint],
    decisions: Iterable[CountyDecision] = (),
) -> dict:
    """`events`: the device's events in sequence order, holding at least all of this teacher's
    and every enrolment and profile change (raters are named); `decisions`, the county's
    latest decisions on the teacher's submissions (学时认定), count as on the home page."""
    events = list(events)
    people = teachers._fold(
        e for e in events if e.type in (TEACHER_ENROLLED, TEACHER_PROFILE_CHANGED)
    )
    if teacher_id not in people:
        raise UnknownTeacher(teacher_id=teacher_id)
    teacher = people[teacher_id]
    own = [e for e in events if e.teacher_id == teacher_id]
    county = {d.submission_id: d for d in decisions if d.teacher_id == teacher_id}
    progress = compute_progress(
        ((e.type, e.data) for e in own if e.type in PROGRESS_TYPES),
        catalog,
        rules,
        {code: p.practice_hours for code, p in points.items()},
        {s: (d.point, d.recognised) for s, d in county.items()},
        {code: p.dimension for code, p in points.items()},
    )

    titles = {c.id: c.title for c in catalog.courses}
    best: dict[str, dict] = {}
    chosen_codes: list[str] = []
    for ev in own:
        d = ev.data
        if ev.type == EVIDENCE_POINTS_CHOSEN:
            chosen_codes = list(d["points"])
        elif ev.type == QUIZ_ATTEMPT:
            lesson_id = str(d.get("lesson"))
            score = float(d.get("score", 0))
            if lesson_id not in best or score > best[lesson_id]["score"]:
                lesson = catalog.lesson(lesson_id)
                best[lesson_id] = {
                    "lesson": lesson_id,
                    "score": round(score, 4),
                    "passed": bool(d.get("passed")),
                    "title": lesson.title if lesson else lesson_id,
                }

    latest = {}
    for sub in evidence._fold(e for e in own if e.type in (EVIDENCE_SUBMITTED, EVIDENCE_RATED)):
        latest[sub.point] = sub  # the latest submission speaks for the point
    chosen = []
    for code in chosen_codes:
        s = latest.get(code)
        rating = s.rating if s else None
        rater = people.get(rating.rater_id) if rating else None
        decided = county.get(s.id) if s else None
        chosen.append(
            {
                "code": code,
                "name": points[code].name if code in points else "",
                "practice_hours": points[code].practice_hours if code in points else 0.0,
                "earned": progress.point_tenths.get(code, 0) / 10,
                "submitted": s is not None,
                "level": rating.level if rating else None,
                "rater": (rater.name if rater else rating.rater_id) if rating else None,
            }
        )
        if decided is not None:  # 县级认定 (absent before the county has decided)
            chosen[-1]["county"] = {
                "level": decided.level,
                "recognised": decided.recognised,
                "reason": decided.reason,
            }

    last = own[-1]
    return {
        "format": FORMAT,
        "teacher": {
            "id": teacher.id,
            "name": teacher.name,
            "masked_id": teacher.masked_id,
            "school": teacher.school,
            "stage": teacher.stage,
            "subject": teacher.subject,
        },
        "programme": {
            "id": rules.id,
            "title": rules.title,
            "goal": rules.goal_hours,
            "online_required": rules.online_required,
            "face_to_face_required": rules.face_to_face_required,
            "practice_required": rules.practice_required,
            "min_ability_points": rules.min_ability_points,
            "min_dimensions": rules.min_dimensions,
            "completion_requires_qualified": rules.completion_requires_qualified,
        },
        # Counted tenths (content.figures): each total is the sum of its rows below.
        "hours": {
            "online": progress.online_hours,
            "face_to_face": progress.face_to_face_hours,
            "practice": progress.practice_hours,
            "total": progress.total_hours,
            "hours_met": progress.hours_met,
            "qualified": progress.qualified,
            "met": progress.met,
        },
        "courses": [
            {"id": cid, "title": titles.get(cid, cid), "online": t / 10}
            for cid, t in progress.course_tenths.items()
        ],
        "face_to_face_days": len(progress.face_to_face_days),
        "practice": [
            {"code": code, "name": points[code].name if code in points else "", "hours": t / 10}
            for code, t in progress.point_tenths.items()
        ],
        "quizzes": sorted(best.values(), key=lambda q: q["lesson"]),
        "points": chosen,
        "device_id": device_id,
        "last_event": {"seq": last.seq, "hash": last.hash},
    }


def verification_code(facts: dict) -> str:
    """First 16 hex of SHA-256 over the canonical JSON of the facts; the last event's hash is
    among them, so the code also pins which record it was computed from."""
    return hashlib.sha256(canonical_json(facts).encode("utf-8")).hexdigest()[:16]


def laptop_facts(laptop: Laptop, teacher_id: str) -> dict:
    """The facts from this laptop's journal: the teacher's events and everyone's profiles."""
    laptop.teachers.get(teacher_id)
    own = laptop.journal.events(teacher_id=teacher_id)
    profiles = laptop.journal.events(types=(TEACHER_ENROLLED, TEACHER_PROFILE_CHANGED))
    merged = sorted({e.seq: e for e in own + profiles}.values(), key=lambda e: e.seq)
    return facts_from_events(
        merged,
        teacher_id,
        laptop.journal.device_id,
        laptop.catalog,
        laptop.rules,
        laptop.ability_points(),
        laptop.county_decisions(teacher_id),
    )


def county_confirmed(laptop: Laptop, facts: dict) -> bool:
    """The county's receipt covers every event of this teacher the transcript counts."""
    return laptop.acked_seq() >= facts["last_event"]["seq"]
