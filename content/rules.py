"""Programme rules and the one function that turns a teacher's events into hours.

The same function runs on the laptop (home page, transcript) and in the county hub, so both
always show the same numbers. The rules are data (a programme JSON, carried in every content
pack), never constants in code; format 3 adds the programme's catalogue of ability points
(content/ability_points.py)."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from .ability_points import (
    AbilityPoint,
    national_catalogue,
    read_catalogue,
    shipped_catalogue_data,
)
from .catalog import Catalog
from .figures import tenths, tenths_of_seconds

# Format 2 adds the face-to-face caps and the 合格 / 结业 rules; format 3 the catalogue of
# ability points (before it, a programme is held to the national list shipped with Songpei).
FORMATS = (1, 2, 3)
CATALOGUE_FORMAT = 3


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
    # 校本应用考核合格: ability points rated 合格 or 优秀 ("at least 3" nationally), and how
    # many of the points' dimensions they must cover where the province requires it (0: none).
    min_ability_points: int = 3
    # 学分: how many 学时 make one credit on the province's CPD register; None where the
    # programme's data sets no rate (its certificates then state no 学分).
    hours_per_credit: float | None = None
    # 承训单位: the body that runs the training for the programme's teachers, as the
    # programme's data names it ("" where it names none); the platform's table may ask for it.
    training_provider: str = ""
    min_dimensions: int = 0
    # 集中培训 / 送教: trainer co-signed attendance, capped per calendar day and per programme.
    min_face_to_face_hours: float = 0.0
    face_to_face_max_hours_per_day: float = 8.0
    face_to_face_max_hours: float | None = None  # None: up to the goal
    # 结业: the hours met, and (where the programme says so) 校本应用考核合格.
    completion_requires_qualified: bool = True
    # 能力点: the points this programme allows, as it lists them (content.ability_points).
    ability_points: tuple[AbilityPoint, ...] = field(default_factory=national_catalogue)

    @property
    def catalogue(self) -> dict[str, AbilityPoint]:
        """The programme's ability points by code."""
        return {p.code: p for p in self.ability_points}

    @property
    def practice_required(self) -> float:
        return max(self.min_practice_hours, self.goal_hours * self.min_practice_share)

    @property
    def online_required(self) -> float:
        return self.min_online_hours

    @property
    def face_to_face_required(self) -> float:
        return self.min_face_to_face_hours

    @property
    def face_to_face_cap(self) -> float:
        return (
            self.goal_hours if self.face_to_face_max_hours is None else self.face_to_face_max_hours
        )

    @classmethod
    def from_dict(cls, d: Mapping) -> ProgrammeRules:
        """Format 1 (hours and split only) and format 2 are still read: what they do not say
        takes the defaults above. A catalogue that breaks its rules raises PackRefused (field
        `programme.ability_points…`)."""
        if d.get("format") not in FORMATS:
            raise ValueError(f"unsupported programme format {d.get('format')!r}")
        if d["format"] >= CATALOGUE_FORMAT:
            points = read_catalogue(d.get("ability_points"), "programme.ability_points")
        elif "ability_points" in d:
            raise ValueError(f"ability_points needs programme format {CATALOGUE_FORMAT}")
        else:
            points = national_catalogue()
        cap = d.get("face_to_face_max_hours")
        requires = d.get("completion_requires_qualified", True)
        if not isinstance(requires, bool):
            raise ValueError(f"completion_requires_qualified: not true or false: {requires!r}")
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
            training_provider=_text_or_empty(d.get("training_provider"), "training_provider"),
            min_dimensions=int(d.get("min_dimensions", 0)),
            min_face_to_face_hours=float(d.get("min_face_to_face_hours", 0)),
            face_to_face_max_hours_per_day=float(d.get("face_to_face_max_hours_per_day", 8)),
            face_to_face_max_hours=None if cap is None else float(cap),
            completion_requires_qualified=requires,
            ability_points=points,
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


def _text_or_empty(value: object, name: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValueError(f"{name} must be a text, not {value!r}")
    return " ".join(value.split())


def load_rules(path: Path) -> ProgrammeRules:
    return ProgrammeRules.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))


# national-1.0: the 2013 programme (50 学时 in 5 years, half of them practice) had no
# ability-point catalogue and no 校本应用考核, so 结业 is the hours alone.
BUNDLED = ("national-2.0", "sichuan-2.0", "national-1.0")


def bundled_programme(name: str = "national-2.0") -> dict:
    """A shipped programme as data, as a content pack carries it (KeyError if unknown): its
    file names the shipped list of ability points it uses, which is written in here whole."""
    if name not in BUNDLED:
        raise KeyError(name)
    text = resources.files("content").joinpath(f"data/programme-{name}.json").read_text("utf-8")
    data = json.loads(text)
    shipped = data.pop("ability_points_file", None)
    if shipped is not None:
        data["ability_points"] = shipped_catalogue_data(shipped)
    return data


def bundled_rules(name: str = "national-2.0") -> ProgrammeRules:
    return ProgrammeRules.from_dict(bundled_programme(name))


@dataclass(frozen=True)
class Progress:
    """A teacher's hours in whole tenths of a 学时 per category (content.figures: the one
    rounding rule), with the parts they are the sum of."""

    rules: ProgrammeRules
    online_tenths: int = 0  # 网络研修 / 课程学习: the sum of course_tenths
    face_to_face_tenths: int = 0  # 集中培训 / 送教: the days' tenths, capped
    practice_tenths: int = 0  # 实践应用: the sum of point_tenths
    course_tenths: Mapping[str, int] = field(default_factory=dict)  # course → online tenths
    lesson_seconds: Mapping[str, int] = field(default_factory=dict)  # credited, after caps
    point_tenths: Mapping[str, int] = field(default_factory=dict)  # accepted point → tenths
    dimensions: frozenset[str] = frozenset()  # of the accepted points
    face_to_face_days: Mapping[int, int] = field(default_factory=dict)  # day → tenths, capped

    @property
    def online_hours(self) -> float:
        return self.online_tenths / 10

    @property
    def face_to_face_hours(self) -> float:
        return self.face_to_face_tenths / 10

    @property
    def practice_hours(self) -> float:
        return self.practice_tenths / 10

    @property
    def total_hours(self) -> float:
        return (self.online_tenths + self.face_to_face_tenths + self.practice_tenths) / 10

    @property
    def points_accepted(self) -> int:
        return len(self.point_tenths)

    @property
    def qualified(self) -> bool:
        """校本应用考核合格: enough points rated 合格 or 优秀 (and not refused by the county),
        covering enough dimensions where the programme asks for it."""
        r = self.rules
        return (
            self.points_accepted >= r.min_ability_points
            and len(self.dimensions) >= r.min_dimensions
        )

    @property
    def hours_met(self) -> bool:
        r = self.rules
        return (
            self.total_hours >= r.goal_hours
            and self.online_hours >= r.online_required
            and self.face_to_face_hours >= r.face_to_face_required
            and self.practice_hours >= r.practice_required
        )

    @property
    def met(self) -> bool:
        """结业: the hours met and, where the programme requires it, 校本应用考核合格."""
        return self.hours_met and (self.qualified or not self.rules.completion_requires_qualified)


LESSON_SESSION = "lesson.session"
ATTENDANCE = "attendance.signed"
EVIDENCE_RATED = "evidence.rated"
PROGRESS_TYPES = (LESSON_SESSION, ATTENDANCE, EVIDENCE_RATED)
ACCEPTED_LEVELS = ("excellent", "pass")  # 优秀, 合格; 不合格 earns nothing
CHINA = 8 * 3600  # a session's day is its calendar day in China (UTC+8)


def attendance_day(payload: Mapping) -> int | None:
    """The day (days since 1970-01-01, China time) of the session a trainer co-signed, from
    the signed statement the event carries; None for an event without a co-signed statement
    (it earns nothing). The signature itself is checked where keys are known (the hub)."""
    try:
        if not payload.get("trainer_signature"):
            return None
        opened = int(json.loads(payload["statement"])["opened_ms"])
    except (KeyError, ValueError, TypeError, AttributeError):
        return None
    return (opened // 1000 + CHINA) // 86400


def compute_progress(
    events: Iterable[tuple[str, Mapping]],
    catalog: Catalog,
    rules: ProgrammeRules,
    point_hours: Mapping[str, float] | None = None,
    decisions: Mapping[str, tuple[str, bool]] | None = None,
    point_dimensions: Mapping[str, str] | None = None,
    lesson_seconds: Mapping[str, int] | None = None,
) -> Progress:
    """Hours from a teacher's events, as (type, payload) pairs in journal order.

    - 网络研修 (online lessons): active seconds summed per lesson and capped at the lesson's
      nominal time (content.catalog.Lesson.nominal_seconds: a video's never beyond its
      length), then counted per course in whole tenths of a 学时. Practice readings
      (category practice) earn nothing by themselves: practice hours come from rated
      evidence. Lessons the catalogue does not know earn nothing;
    - 集中培训 / 送教: attendance co-signed by a trainer, whatever category an older event
      names; per calendar day capped at `face_to_face_max_hours_per_day`, counted in tenths,
      and in all capped at `face_to_face_max_hours`;
    - 实践应用: an ability point whose evidence the school team rated pass or excellent earns
      the point's practice hours (`point_hours`: code → hours, from the pack), once per point
      however often it was resubmitted. A later rating of the same submission replaces an
      earlier one (a correction is a new event);
    - the county's decisions (学时认定, `decisions`: submission id → (point, recognised), the
      latest decision per submission) overrule the school: a submission the county recognised
      earns its point's hours whatever the school said, one it refused earns nothing.
    `point_dimensions` (code → dimension) tells which dimensions the accepted points cover.
    `lesson_seconds` (lesson → active seconds, summed beforehand as the county hub keeps them)
    counts as lesson sessions of those seconds: summing first and capping after gives the
    same hours.
    """
    # The county runs this twice for each of 10,000 teachers while its dashboard opens:
    # plain dicts and no work for what a teacher has none of keep each run to microseconds.
    raw = {k: max(v, 0) for k, v in lesson_seconds.items()} if lesson_seconds else {}
    days: dict[int, float] = {}
    ratings: dict[str, tuple[str, str]] = {}  # submission → (point, level), the latest
    for type_, p in events:
        if type_ == LESSON_SESSION:
            lesson_id = str(p.get("lesson"))
            raw[lesson_id] = raw.get(lesson_id, 0) + max(int(p.get("active_seconds", 0)), 0)
        elif type_ == ATTENDANCE:
            day = attendance_day(p)
            if day is not None:
                days[day] = days.get(day, 0.0) + max(float(p.get("hours", 0)), 0.0)
        elif type_ == EVIDENCE_RATED:
            ratings[str(p.get("submission"))] = (str(p.get("point")), str(p.get("level")))
    county = decisions or {}
    accepted = {
        point
        for sub, (point, level) in ratings.items()
        if sub not in county and level in ACCEPTED_LEVELS
    }
    accepted |= {point for point, recognised in county.values() if recognised}
    hours, dimension = point_hours or {}, point_dimensions or {}
    point_tenths = {pt: tenths(hours.get(pt, 0.0)) for pt in sorted(accepted)}
    dims = frozenset(dimension[pt] for pt in accepted if dimension.get(pt))

    credited: dict[str, int] = {}
    course_seconds: dict[str, int] = {}
    caps = catalog.online_caps(rules.seconds_per_hour)
    for lesson_id, seconds in raw.items():
        found = caps.get(lesson_id)
        if found is None:  # not in the catalogue, or not an online lesson
            continue
        course, cap = found
        counted = credited[lesson_id] = min(seconds, cap)
        course_seconds[course] = course_seconds.get(course, 0) + counted
    course_tenths = {
        c: tenths_of_seconds(s, rules.seconds_per_hour) for c, s in course_seconds.items()
    }

    day_tenths: dict[int, int] = {}
    face = 0
    if days:
        per_day = tenths(rules.face_to_face_max_hours_per_day)
        day_tenths = {d: min(tenths(h), per_day) for d, h in sorted(days.items())}
        face = min(sum(day_tenths.values()), tenths(rules.face_to_face_cap))
    return Progress(
        rules,
        sum(course_tenths.values()),
        face,
        sum(point_tenths.values()),
        course_tenths,
        credited,
        point_tenths,
        dims,
        day_tenths,
    )
