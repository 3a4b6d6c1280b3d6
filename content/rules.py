"""Programme rules and the one function that turns a teacher's events into hours.

The same function runs on the laptop (home page, transcript) and in the county hub, so both
always show the same numbers. The rules are data (a programme JSON, later carried in a content
pack), never constants in code."""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from .catalog import ONLINE, PRACTICE, Catalog


@dataclass(frozen=True)
class ProgrammeRules:
    id: str
    title: str
    goal_hours: float
    min_practice_share: float
    min_online_hours: float
    min_practice_hours: float
    cycle_years: int
    seconds_per_hour: int  # 2700: 1 学时 = 45 minutes of counted study
    # Ability points a teacher chooses ("at least 3" nationally; provinces may differ).
    min_ability_points: int = 3
    # 学分: how many 学时 make one credit on the province's CPD register; None where the
    # programme's data sets no rate (its certificates then state no 学分).
    hours_per_credit: float | None = None

    @property
    def practice_required(self) -> float:
        return max(self.min_practice_hours, self.goal_hours * self.min_practice_share)

    @property
    def online_required(self) -> float:
        return self.min_online_hours

    @classmethod
    def from_dict(cls, d: Mapping) -> ProgrammeRules:
        if d.get("format") != 1:
            raise ValueError(f"unsupported programme format {d.get('format')!r}")
        return cls(
            id=str(d["id"]),
            title=str(d["title"]),
            goal_hours=float(d["goal_hours"]),
            min_practice_share=float(d["min_practice_share"]),
            min_online_hours=float(d["min_online_hours"]),
            min_practice_hours=float(d["min_practice_hours"]),
            cycle_years=int(d["cycle_years"]),
            seconds_per_hour=int(d["seconds_per_hour"]),
            min_ability_points=int(d.get("min_ability_points", 3)),
            hours_per_credit=_positive_or_none(d.get("hours_per_credit")),
        )

    def credits(self, hours: float) -> float | None:
        """The 学分 that `hours` 学时 earn at the programme's rate, to one decimal (None
        without a rate)."""
        if self.hours_per_credit is None:
            return None
        return round(hours / self.hours_per_credit, 1)


def _positive_or_none(value: object) -> float | None:
    if value is None:
        return None
    rate = float(value)  # type: ignore[arg-type]
    if not math.isfinite(rate) or rate <= 0:
        raise ValueError(f"hours_per_credit must be above 0, not {value!r}")
    return rate


def load_rules(path: Path) -> ProgrammeRules:
    return ProgrammeRules.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))


BUNDLED = ("national-2.0", "sichuan-2.0")


def bundled_programme(name: str = "national-2.0") -> dict:
    """A shipped programme as data, as a content pack carries it (KeyError if unknown)."""
    if name not in BUNDLED:
        raise KeyError(name)
    text = resources.files("content").joinpath(f"data/programme-{name}.json").read_text("utf-8")
    return json.loads(text)


def bundled_rules(name: str = "national-2.0") -> ProgrammeRules:
    return ProgrammeRules.from_dict(bundled_programme(name))


@dataclass(frozen=True)
class Progress:
    online_hours: float
    practice_hours: float
    rules: ProgrammeRules
    lesson_seconds: Mapping[str, int] = field(default_factory=dict)  # credited, after caps

    @property
    def total_hours(self) -> float:
        return self.online_hours + self.practice_hours

    @property
    def met(self) -> bool:
        r = self.rules
        return (
            self.total_hours >= r.goal_hours
            and self.online_hours >= r.online_required
            and self.practice_hours >= r.practice_required
        )


LESSON_SESSION = "lesson.session"
ATTENDANCE = "attendance.signed"
EVIDENCE_RATED = "evidence.rated"
PROGRESS_TYPES = (LESSON_SESSION, ATTENDANCE, EVIDENCE_RATED)
ACCEPTED_LEVELS = ("excellent", "pass")  # 优秀, 合格; 不合格 earns nothing


def compute_progress(
    events: Iterable[tuple[str, Mapping]],
    catalog: Catalog,
    rules: ProgrammeRules,
    point_hours: Mapping[str, float] | None = None,
    decisions: Mapping[str, tuple[str, bool]] | None = None,
) -> Progress:
    """Hours from a teacher's events, as (type, payload) pairs in journal order.

    - lesson sessions: active seconds summed per lesson and capped at the lesson's nominal
      hours; sessions for lessons the catalogue does not know earn nothing (hours beyond what
      the content allows are not hours);
    - attended face-to-face sessions: their hours, in their category;
    - practice evidence: an ability point whose evidence the school team rated pass or
      excellent earns the point's practice hours (`point_hours`: code → hours, from the
      pack), once per point however often it was resubmitted. A later rating of the same
      submission replaces an earlier one (a correction is a new event);
    - the county's decisions (学时认定, `decisions`: submission id → (point, recognised), the
      latest decision per submission) overrule the school: a submission the county recognised earns
      its point's hours whatever the school said, one it refused earns nothing.
    """
    raw: dict[str, int] = defaultdict(int)
    hours = {ONLINE: 0.0, PRACTICE: 0.0}
    ratings: dict[str, tuple[str, str]] = {}  # submission → (point, level), the latest
    for type_, p in events:
        if type_ == LESSON_SESSION:
            raw[str(p.get("lesson"))] += max(int(p.get("active_seconds", 0)), 0)
        elif type_ == ATTENDANCE and p.get("category") in hours:
            hours[p["category"]] += max(float(p.get("hours", 0)), 0.0)
        elif type_ == EVIDENCE_RATED:
            ratings[str(p.get("submission"))] = (str(p.get("point")), str(p.get("level")))
    county = decisions or {}
    accepted = {
        point
        for sub, (point, level) in ratings.items()
        if sub not in county and level in ACCEPTED_LEVELS
    }
    accepted |= {point for point, recognised in county.values() if recognised}
    for point in sorted(accepted):
        hours[PRACTICE] += max(float((point_hours or {}).get(point, 0.0)), 0.0)
    credited: dict[str, int] = {}
    for lesson_id, seconds in raw.items():
        lesson = catalog.lesson(lesson_id)
        if lesson is None:
            continue
        credited[lesson_id] = min(seconds, int(lesson.hours * rules.seconds_per_hour))
        hours[lesson.category] += credited[lesson_id] / rules.seconds_per_hour
    return Progress(hours[ONLINE], hours[PRACTICE], rules, credited)
