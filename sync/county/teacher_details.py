"""What the platform's table may add to a teacher's hours: each ability point with its
rating, whether anything was assessed at all, the first and last day of study, the day of the
county's latest 学时认定 and the latest certificate's number (with the programme's 承训单位 and
学分 rate beside them). Read only when a column template asks for one of these fields: they
cost a pass over the study events, the evidence and the certificate register.

A point's rating is counted as compute_progress counts it: the county's latest decision on a
submission overrules the school's latest rating of it; a point is accepted when any of its
submissions is, at the best level accepted (优秀 before 合格), and otherwise 不合格 once one of
its submissions has been rated or decided."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, field

from content.rules import ACCEPTED_LEVELS, ProgrammeRules
from sync.base.events import ATTENDANCE_SIGNED, EVIDENCE_RATED, EVIDENCE_SUBMITTED, LESSON_SESSION
from sync.county.decisions import EVIDENCE_QUERY, latest_decisions, profiles
from sync.county.hub import Hub

CHINA = dt.timezone(dt.timedelta(hours=8))
LEVEL_WORDS = {"excellent": "优秀", "pass": "合格", "fail": "不合格"}
_RANK = {"fail": 0, "pass": 1, "excellent": 2}


@dataclass(frozen=True)
class Details:
    """One person's (身份证号) details; dates are YYYY-MM-DD in China time, "" when none."""

    points: tuple[tuple[str, str], ...] = ()  # (point code, excellent|pass|fail), by code
    first_day: str = ""  # the first lesson session with time on task, attendance or submission
    last_day: str = ""
    recognised_day: str = ""  # the county's latest decision recognising a point's hours
    certificate: str = ""  # the number of the latest certificate issued, "" when none

    @property
    def assessed(self) -> bool:
        return bool(self.points)

    @property
    def points_text(self) -> str:
        """The platform column's text: A1 合格；A3 优秀."""
        return "；".join(f"{code} {LEVEL_WORDS[level]}" for code, level in self.points)


@dataclass(frozen=True)
class Extras:
    """The details by 身份证号, and what the programme's data says for everyone."""

    training_provider: str = ""  # 承训单位, from the programme rules
    rules: ProgrammeRules | None = None  # its hours_per_credit gives 学分 (none without)
    details: Mapping[str, Details] = field(default_factory=dict)

    def credits(self, hours: float) -> float | None:
        return None if self.rules is None else self.rules.credits(hours)


def _day(ms: int | None) -> str:
    if ms is None:
        return ""
    return dt.datetime.fromtimestamp(ms / 1000, CHINA).date().isoformat()


def teacher_extras(hub: Hub, rules: ProgrammeRules) -> Extras:
    conn = hub.conn
    person_of = {t: p["id_number"] for t, (_, p) in profiles(conn).items()}
    found: dict[str, dict] = {}

    def of(teacher_id: str) -> dict | None:
        person = person_of.get(teacher_id)
        return None if person is None else found.setdefault(person, {"subs": {}, "rated": {}})

    for teacher_id, first, last in conn.execute(
        "SELECT teacher_id, min(wall_ms), max(wall_ms) FROM events WHERE type IN (?, ?, ?) "
        "AND (type != ? OR json_extract(payload, '$.active_seconds') > 0) GROUP BY teacher_id",
        (LESSON_SESSION, ATTENDANCE_SIGNED, EVIDENCE_SUBMITTED, LESSON_SESSION),
    ):
        if (d := of(teacher_id)) is not None:
            d["first"] = min(first, d.get("first", first))
            d["last"] = max(last, d.get("last", last))
    for teacher_id, _dev, ev_id, type_, payload, _wall in conn.execute(EVIDENCE_QUERY):
        if (d := of(teacher_id)) is None:
            continue
        data = json.loads(payload)
        if type_ == EVIDENCE_SUBMITTED:
            d["subs"][ev_id] = str(data.get("point", ""))
        elif type_ == EVIDENCE_RATED:  # a later rating of a submission replaces an earlier one
            d["rated"][str(data.get("submission"))] = str(data.get("level"))
    decided = latest_decisions(conn)
    certificates = dict(
        conn.execute("SELECT id_number, number FROM certificates ORDER BY issued_ms, serial")
    )

    details = {}
    for person, d in found.items():
        best: dict[str, str] = {}  # point → its best level: accepted ones above any refusal
        recognised_ms = None
        for sub, point in d["subs"].items():
            if sub in decided:
                c = decided[sub]
                level = c.level if c.recognised else "fail"
                if c.recognised:
                    recognised_ms = max(c.decided_ms, recognised_ms or 0)
            elif sub in d["rated"]:
                level = d["rated"][sub] if d["rated"][sub] in ACCEPTED_LEVELS else "fail"
            else:
                continue  # neither rated nor decided yet
            if _RANK.get(level, 0) >= _RANK.get(best.get(point, "fail"), 0):
                best[point] = level
        details[person] = Details(
            tuple(sorted(best.items())),
            _day(d.get("first")),
            _day(d.get("last")),
            _day(recognised_ms),
            certificates.get(person, ""),
        )
    for person, number in certificates.items():
        if person not in details:
            details[person] = Details(certificate=number)
    return Extras(rules.training_provider, rules, details)
