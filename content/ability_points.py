"""The 2.0 ability points (能力点) as data: the closed vocabularies of teaching environment and
dimension, one point (code, name, environment, dimension, evidence slots, 优秀 / 合格 criteria),
a programme's catalogue of them, and which environments a school's own allows.

The list itself is never code. A programme document carries it (content/rules.py, format 3),
signed inside every content pack, so a province publishes its own list by publishing its
programme; the national list ships as content/data/ability-points-2.0.json and stands for a
programme document that carries none (formats 1 and 2). A pack's own entry for a point may add
what the catalogue leaves empty (its evidence slots, criteria, practice hours) and may not
contradict what it says; a point the catalogue does not list is refused."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from .errors import PackRefused
from .manifest_fields import MAX_FILE_SIZE, Fields
from .questions import ABILITY_POINT

# Poorest first: a school equipped for one environment is equipped for every one before it.
ENVIRONMENTS = ("A", "B", "C")
ENVIRONMENT_NAMES = {"A": "多媒体教学环境", "B": "混合学习环境", "C": "智慧学习环境"}
DIMENSIONS = ("学情分析", "教学设计", "学法指导", "学业评价")
SLOT_KINDS = ("plan", "explanation", "media", "reflection")
NATIONAL_FILE = "ability-points-2.0.json"
FILE_KIND = "songpei-ability-points"
MAX_PRACTICE_HOURS = 1000.0


@dataclass(frozen=True)
class EvidenceSlot:
    id: str
    kind: str
    title: str
    required: bool
    max_bytes: int
    types: tuple[str, ...]


@dataclass(frozen=True)
class AbilityPoint:
    code: str
    name: str
    dimension: str  # one of DIMENSIONS
    environment: str  # one of ENVIRONMENTS
    description: str
    practice_hours: float
    evidence_slots: tuple[EvidenceSlot, ...]
    criteria_excellent: tuple[str, ...]
    criteria_pass: tuple[str, ...]


def allowed_environments(school: str | None) -> tuple[str, ...]:
    """The environments whose points a school's teachers may choose: the school's own and every
    poorer one (a school with 混合学习环境 has the projector and screen of 多媒体教学环境, so its
    teachers choose from A and B); all three while the school has not said."""
    if school not in ENVIRONMENTS:
        return ENVIRONMENTS
    return ENVIRONMENTS[: ENVIRONMENTS.index(school) + 1]


def environment_code(value: str) -> str | None:
    """A, B or C from the letter or the environment's name; None for anything else."""
    value = value.strip()
    if value in ENVIRONMENTS:
        return value
    return next((k for k, name in ENVIRONMENT_NAMES.items() if name == value), None)


# --- reading ------------------------------------------------------------------------------------

_KEYS = (
    "name",
    "dimension",
    "environment",
    "description",
    "practice_hours",
    "evidence_slots",
    "criteria",
)


def _read(d: object, where: str, required: tuple[str, ...]) -> tuple[str, dict]:
    """One point's code and the other fields it gives, each checked, by AbilityPoint's names."""
    f = Fields(d, where, required, tuple(k for k in ("code", *_KEYS) if k not in required))
    code = f.text("code")
    if not ABILITY_POINT.fullmatch(code):
        raise f.bad("code", "bad_ability_point")
    given: dict = {}
    if "name" in f.d:
        given["name"] = f.text("name")
    if "dimension" in f.d:
        dimension = f.text("dimension").strip()
        if dimension not in DIMENSIONS:
            raise PackRefused("unknown_dimension", field=f"{where}.dimension", value=dimension)
        given["dimension"] = dimension
    if "environment" in f.d:
        environment = environment_code(f.text("environment", empty=True))
        if environment is None:
            raise PackRefused(
                "unknown_environment", field=f"{where}.environment", value=f.d["environment"]
            )
        given["environment"] = environment
    if "description" in f.d:
        given["description"] = f.text("description", empty=True)
    if "practice_hours" in f.d:
        given["practice_hours"] = f.number("practice_hours", high=MAX_PRACTICE_HOURS)
    if "evidence_slots" in f.d:
        given["evidence_slots"] = _slots(f, where)
    if "criteria" in f.d:
        crit = Fields(f.d["criteria"], f"{where}.criteria", (), ("excellent", "pass"))
        given["criteria_excellent"] = crit.texts("excellent")
        given["criteria_pass"] = crit.texts("pass")
    return code, given


def _slots(f: Fields, where: str) -> tuple[EvidenceSlot, ...]:
    slots = []
    for i, s in enumerate(f.items("evidence_slots")):
        g = Fields(
            s,
            f"{where}.evidence_slots[{i}]",
            ("id", "kind", "title"),
            ("required", "max_bytes", "types"),
        )
        max_bytes = g.optional_integer("max_bytes", low=1, high=MAX_FILE_SIZE)
        slots.append(
            EvidenceSlot(
                g.ident("id"),
                g.choice("kind", SLOT_KINDS),
                g.text("title"),
                g.flag("required", True),
                max_bytes or MAX_FILE_SIZE,
                g.texts("types"),
            )
        )
    if len({s.id for s in slots}) != len(slots):
        raise f.bad("evidence_slots", "duplicate_id")
    return tuple(slots)


_EMPTY = AbilityPoint("", "", "", "", "", 0.0, (), (), ())


def catalogue_point(d: object, where: str) -> AbilityPoint:
    """One entry of a programme's catalogue: code, name, environment and dimension required."""
    code, given = _read(d, where, ("code", "name", "environment", "dimension"))
    return replace(_EMPTY, code=code, **given)


def read_catalogue(items: object, where: str) -> tuple[AbilityPoint, ...]:
    if items is None:
        raise PackRefused("bad_manifest", field=where, problem="missing")
    if not isinstance(items, list):
        raise PackRefused("bad_manifest", field=where, problem="not_a_list")
    if not items:
        raise PackRefused("bad_manifest", field=where, problem="empty")
    points = tuple(catalogue_point(x, f"{where}[{i}]") for i, x in enumerate(items))
    if len({p.code for p in points}) != len(points):
        raise PackRefused("bad_manifest", field=where, problem="duplicate_code")
    return points


def pack_point(
    d: object, where: str, catalogue: Mapping[str, AbilityPoint], programme: str
) -> AbilityPoint:
    """A pack's entry for a point of its programme's catalogue: the catalogue's point, with
    what the entry adds where the catalogue leaves a field empty. A code the catalogue does not
    list, or a field that says otherwise than the catalogue, refuses the pack."""
    code, given = _read(d, where, ("code",))
    listed = catalogue.get(code)
    if listed is None:
        raise PackRefused(
            "unknown_ability_point", field=f"{where}.code", point=code, programme=programme
        )
    added = {}
    for key, value in given.items():
        said = getattr(listed, key)
        if not said:  # empty text, no slots, no criteria, 0 hours: the pack may say it
            added[key] = value
        elif value != said:
            field = "criteria" if key.startswith("criteria_") else key
            raise PackRefused(
                "not_as_catalogued", field=f"{where}.{field}", point=code, programme=programme
            )
    return replace(listed, **added)


@cache
def national_catalogue() -> tuple[AbilityPoint, ...]:
    """The national 2.0 list shipped with Songpei (content/data/ability-points-2.0.json)."""
    return read_catalogue(shipped_catalogue_data(NATIONAL_FILE), NATIONAL_FILE)


def shipped_catalogue_data(name: str) -> list[dict]:
    """A list shipped in content/data/ (`name`: its file name), as a programme carries it."""
    if "/" in name or "\\" in name or not name.endswith(".json"):
        raise KeyError(name)
    text = resources.files("content").joinpath(f"data/{name}").read_text("utf-8")
    data = json.loads(text)
    if data.get("kind") != FILE_KIND or data.get("format") != 1:
        raise ValueError(f"{name}: not an ability-point list, format 1")
    return list(data["ability_points"])
