"""What the Moodle XML and GIFT importers share: the result they return, problem records, ids,
category paths and the tags that carry the programme's dimensions and ability points."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from .errors import InvalidQuestion
from .questions import DIMENSIONS, Question, Tags

UNSUPPORTED = "unsupported"  # a question of a type (or using a feature) we cannot ask
BROKEN = "broken"  # a question that is wrong in itself: fix the file
NOT_A_QUESTION = "not_a_question"  # a description: text between questions, skipped


@dataclass(frozen=True)
class Problem:
    """One question the import leaves out, and why. `type` is the source's name for the
    question type where known ("essay", "multichoice"); `reason` is a code: the
    InvalidQuestion code for broken ones, the feature for a supported type used in a way
    we cannot follow ("embedded_files", "gradingtype", ...)."""

    name: str
    line: int
    kind: str
    type: str = ""
    reason: str = ""
    fields: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class ImportResult:
    questions: tuple[Question, ...]
    problems: tuple[Problem, ...]


class Unsupported(Exception):
    """Raised while reading a question of a supported type that uses something we lack."""

    def __init__(self, reason: str, **fields: object) -> None:
        super().__init__(reason)
        self.reason = reason
        self.fields = fields


def broken(name: str, line: int, qtype: str, err: InvalidQuestion) -> Problem:
    fields = {k: v for k, v in err.fields.items() if k != "question"}
    return Problem(name, line, BROKEN, qtype, err.code, fields)


class Ids:
    """Ids for imported questions: the author's id number where given, else a digest of what
    the question is (type, category, name, text), so that re-importing an edited file keeps
    the ids of the questions that did not change. Repeats get -2, -3 ..."""

    def __init__(self) -> None:
        self.seen: set[str] = set()
        # The last repeat number given per base: a file repeating one question thousands of
        # times must not try -2, -3 … from the start for each repeat (quadratic in the repeats).
        self.last: dict[str, int] = {}

    def make(self, given: str, qtype: str, category: Iterable[str], name: str, text: str) -> str:
        base = given.strip()
        if not base:
            key = "\0".join([qtype, "/".join(category), name, text])
            base = "q-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]
        qid, n = base, self.last.get(base, 1)  # -2 … -n are taken already
        while qid in self.seen:
            n += 1
            qid = f"{base}-{n}"
        self.last[base] = n
        self.seen.add(qid)
        return qid


def category_path(raw: str) -> tuple[str, ...]:
    """Moodle's "$course$/top/Iota/Kappa" → ("Iota", "Kappa"). The leading context ($course$,
    $system$, ...) and the "top" category every context has say nothing about the content;
    Moodle writes a "/" inside a name as "//"."""
    parts = [p.replace("\0", "/").strip() for p in raw.replace("//", "\0").split("/")]
    parts = [p for p in parts if p]
    if parts and re.fullmatch(r"\$[a-z0-9]+\$", parts[0]):
        parts = parts[1:]
    if parts and parts[0] == "top":
        parts = parts[1:]
    return tuple(parts)


_TAG_KEYS = {
    "dimension": "dimension",
    "维度": "dimension",
    "level": "level",
    "层级": "level",
    "ability_point": "ability_point",
    "能力点": "ability_point",
}
_DIMENSION_BY_NAME = {name: code for code, name in DIMENSIONS.items()}


def tags_from_labels(labels: Iterable[str], category: tuple[str, ...], name: str) -> Tags:
    """Author tags such as "dimension:planning", "维度:计划与准备", "ability_point:A5" or
    "能力点:A5", "level:I" become the programme tags; any other tag is kept as a label.
    A value that is not a known code stays as written, so that validation reports it."""
    found: dict[str, str] = {}
    rest: list[str] = []
    for raw in labels:
        label = raw.strip()
        key, sep, value = label.replace("：", ":").partition(":")
        slot = _TAG_KEYS.get(key.strip().lower()) if sep else None
        if slot is None:
            if label:
                rest.append(label)
            continue
        value = value.strip()
        if slot == "dimension":
            value = _DIMENSION_BY_NAME.get(value, value)
        elif slot == "ability_point":
            value = value.upper()
        if found.get(slot, value) != value:
            raise InvalidQuestion("conflicting_tags", question=name, field=slot)
        found[slot] = value
    return Tags(
        found.get("dimension"),
        found.get("level"),
        found.get("ability_point"),
        category,
        tuple(rest),
    )


def default_name(text: str) -> str:
    """A name for a question that has none: the start of its text, without markup."""
    plain = " ".join(re.sub(r"<[^>]*>", " ", text).split())
    return plain[:40]
