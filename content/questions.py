"""The question bank model, format 1: what a self-test question is, checked and serialisable.

A Question is valid once constructed: __post_init__ raises InvalidQuestion (a code and fields,
no prose), so a broken question never reaches a quiz. The JSON form (to_dict / from_dict) is what
content packs carry; docs/formats.md, "Question bank — format 1", describes it.

Fractions follow Moodle: the share of the question's mark an answer earns, from -1.0 to 1.0.
Scoring lives in content/scoring.py; importers in content/moodle_xml.py and content/gift.py."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .errors import InvalidQuestion

FORMAT = 1

SINGLE = "single"
MULTIPLE = "multiple"
TRUEFALSE = "truefalse"
ORDERING = "ordering"
MATCHING = "matching"
SHORT = "short"
CASE = "case"
TYPES = (SINGLE, MULTIPLE, TRUEFALSE, ORDERING, MATCHING, SHORT, CASE)

# Moodle's four text formats. "moodle" is its auto-format: plain text whose line breaks count.
TEXT_FORMATS = ("plain", "html", "markdown", "moodle")

# Ordering: all-or-nothing, the share of items in their place, or the share of the n - 1
# neighbours that follow the right item (Moodle's ALL_OR_NOTHING, ABSOLUTE_POSITION and
# RELATIVE_NEXT_EXCLUDE_LAST).
ORDERING_GRADINGS = ("all_or_nothing", "absolute_position", "relative_next")

# The five dimensions of the 2014 standard (1.0), shared by its levels I and II.
DIMENSIONS = {
    "literacy": "技术素养",
    "planning": "计划与准备",
    "organising": "组织与管理",
    "assessment": "评估与诊断",
    "development": "学习与发展",
}
LEVELS = ("I", "II")
# 2.0 points are a letter for the environment and a number (A1, B6, C4). Counties may hold
# their own list, so only the shape is checked here, not membership.
ABILITY_POINT = re.compile(r"[A-Z][1-9][0-9]?")

# Moodle writes a third as 33.33333 %, so "is 1.0" and "adds up to 1.0" need slack. The sum
# slack is Moodle's own: it rounds the positive grades of a multiple choice to 2 decimals.
FULL_EPS = 1e-6
SUM_TOLERANCE = 0.005

_CHOICE_TYPES = (SINGLE, MULTIPLE, TRUEFALSE)
_COLLECTIONS = ("choices", "answers", "items", "pairs", "distractors", "parts")
_USES = {
    SINGLE: {"choices"},
    MULTIPLE: {"choices"},
    TRUEFALSE: {"choices"},
    ORDERING: {"items"},
    MATCHING: {"pairs", "distractors"},
    SHORT: {"answers"},
    CASE: {"parts"},
}
_COMMON_KEYS = {
    "format",
    "id",
    "type",
    "name",
    "text",
    "general_feedback",
    "default_mark",
    "tags",
    "source",
}
_TYPE_KEYS = {
    SINGLE: {"choices", "shuffle"},
    MULTIPLE: {"choices", "shuffle"},
    TRUEFALSE: {"choices"},
    ORDERING: {"items", "grading"},
    MATCHING: {"pairs", "distractors", "shuffle"},
    SHORT: {"answers", "case_sensitive"},
    CASE: {"parts"},
}


@dataclass(frozen=True)
class Text:
    text: str = ""
    format: str = "plain"

    def to_dict(self) -> dict:
        return {"text": self.text, "format": self.format}


EMPTY = Text()


@dataclass(frozen=True)
class Choice:
    """An option of a single / multiple choice or true/false question."""

    text: Text
    fraction: float
    feedback: Text = EMPTY


@dataclass(frozen=True)
class ShortAnswer:
    """An accepted answer: `*` matches any run of characters, `\\*` a star."""

    text: str
    fraction: float
    feedback: Text = EMPTY


@dataclass(frozen=True)
class Pair:
    prompt: Text
    answer: str


@dataclass(frozen=True)
class Tags:
    dimension: str | None = None  # a DIMENSIONS code (1.0)
    level: str | None = None  # "I" or "II" (1.0)
    ability_point: str | None = None  # "A1" ... (2.0)
    category: tuple[str, ...] = ()  # the path of categories in the source bank
    labels: tuple[str, ...] = ()  # any other tags the author gave

    def to_dict(self) -> dict:
        return {
            "dimension": self.dimension,
            "level": self.level,
            "ability_point": self.ability_point,
            "category": list(self.category),
            "labels": list(self.labels),
        }


@dataclass(frozen=True)
class Source:
    """Where an imported question came from: the file's name (never a path) and the line."""

    file: str
    line: int


@dataclass(frozen=True)
class Question:
    id: str
    type: str
    text: Text  # for a case: the scenario
    name: str = ""
    choices: tuple[Choice, ...] = ()  # single, multiple; truefalse: (true, false)
    answers: tuple[ShortAnswer, ...] = ()  # short
    case_sensitive: bool = False  # short
    items: tuple[Text, ...] = ()  # ordering, in the right order
    grading: str = "all_or_nothing"  # ordering
    pairs: tuple[Pair, ...] = ()  # matching
    distractors: tuple[str, ...] = ()  # matching: answers that belong to no prompt
    parts: tuple[Question, ...] = ()  # case: its sub-questions
    shuffle: bool = True  # single, multiple, matching: show in random order
    general_feedback: Text = EMPTY  # the explanation shown after answering
    default_mark: float = 1.0
    tags: Tags = Tags()
    source: Source | None = None

    def __post_init__(self) -> None:
        _validate(self)

    @property
    def label(self) -> str:
        """How a report names the question: its name, else its id."""
        return self.name or self.id

    def to_dict(self, *, _part: bool = False) -> dict:
        d: dict = {} if _part else {"format": FORMAT}
        d.update(id=self.id, type=self.type, name=self.name, text=self.text.to_dict())
        t = self.type
        if t in _CHOICE_TYPES:
            d["choices"] = [
                {"text": c.text.to_dict(), "fraction": c.fraction, "feedback": c.feedback.to_dict()}
                for c in self.choices
            ]
        if t in (SINGLE, MULTIPLE, MATCHING):
            d["shuffle"] = self.shuffle
        if t == SHORT:
            d["answers"] = [
                {"text": a.text, "fraction": a.fraction, "feedback": a.feedback.to_dict()}
                for a in self.answers
            ]
            d["case_sensitive"] = self.case_sensitive
        if t == ORDERING:
            d["items"] = [i.to_dict() for i in self.items]
            d["grading"] = self.grading
        if t == MATCHING:
            d["pairs"] = [{"prompt": p.prompt.to_dict(), "answer": p.answer} for p in self.pairs]
            d["distractors"] = list(self.distractors)
        if t == CASE:
            d["parts"] = [p.to_dict(_part=True) for p in self.parts]
        d["general_feedback"] = self.general_feedback.to_dict()
        d["default_mark"] = self.default_mark
        d["tags"] = self.tags.to_dict()
        d["source"] = (
            None if self.source is None else {"file": self.source.file, "line": self.source.line}
        )
        return d

    @classmethod
    def from_dict(cls, d: object, *, _part: bool = False) -> Question:
        return _from_dict(d, part=_part)


def bank_to_dict(questions: Iterable[Question]) -> dict:
    return {"format": FORMAT, "questions": [q.to_dict() for q in questions]}


def bank_from_dict(d: object) -> tuple[Question, ...]:
    """A question bank as carried in a content pack; ids must be unique within it."""
    if not isinstance(d, Mapping) or not isinstance(d.get("questions"), list):
        raise InvalidQuestion("bad_field", question=None, field="questions")
    if d.get("format") != FORMAT:
        raise InvalidQuestion("unsupported_format", question=None, value=d.get("format"))
    questions = tuple(Question.from_dict(x) for x in d["questions"])
    seen: set[str] = set()
    for q in questions:
        if q.id in seen:
            raise InvalidQuestion("duplicate_id", question=q.id)
        seen.add(q.id)
    return questions


def fold(text: str, case_sensitive: bool = False) -> str:
    """Text as compared for equality: NFKC (full-width letters and digits, which Chinese input
    methods often produce, become ordinary ones), runs of white space as one space, trimmed."""
    s = " ".join(unicodedata.normalize("NFKC", text).split())
    return s if case_sensitive else s.casefold()


# --- validation -------------------------------------------------------------------------------


def _validate(q: Question) -> None:
    def bad(code: str, **fields: object) -> InvalidQuestion:
        return InvalidQuestion(code, question=q.label, **fields)

    if not isinstance(q.id, str) or not q.id.strip():
        raise bad("empty_id")
    if q.type not in TYPES:
        raise bad("unknown_type", value=q.type)
    for where, text in _texts(q):
        if text.format not in TEXT_FORMATS:
            raise bad("unknown_text_format", field=where, value=text.format)
    if not q.text.text.strip():
        raise bad("empty_text")
    if not _finite(q.default_mark) or q.default_mark <= 0:
        raise bad("bad_mark", value=q.default_mark)
    _validate_tags(q.tags, bad)
    for name in _COLLECTIONS:
        if getattr(q, name) and name not in _USES[q.type]:
            raise bad("bad_field", field=name)
    {
        SINGLE: _check_choices,
        MULTIPLE: _check_choices,
        TRUEFALSE: _check_truefalse,
        ORDERING: _check_ordering,
        MATCHING: _check_matching,
        SHORT: _check_short,
        CASE: _check_case,
    }[q.type](q, bad)


def _texts(q: Question) -> Iterable[tuple[str, Text]]:
    yield "text", q.text
    yield "general_feedback", q.general_feedback
    for c in q.choices:
        yield "choices", c.text
        yield "choices", c.feedback
    for a in q.answers:
        yield "answers", a.feedback
    for i in q.items:
        yield "items", i
    for p in q.pairs:
        yield "pairs", p.prompt


def _finite(x: object) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)


def _is_full(f: float) -> bool:
    return abs(f - 1.0) <= FULL_EPS


def _validate_tags(t: Tags, bad) -> None:
    if t.dimension is not None and t.dimension not in DIMENSIONS:
        raise bad("unknown_dimension", value=t.dimension)
    if t.level is not None and t.level not in LEVELS:
        raise bad("unknown_level", value=t.level)
    if t.ability_point is not None and not (
        isinstance(t.ability_point, str) and ABILITY_POINT.fullmatch(t.ability_point)
    ):
        raise bad("bad_ability_point", value=t.ability_point)
    for x in (*t.category, *t.labels):
        if not isinstance(x, str) or not x.strip():
            raise bad("bad_field", field="tags")


def _check_fractions(fractions: Iterable[float], low: float, field: str, bad) -> None:
    for i, f in enumerate(fractions):
        if not _finite(f) or not low - FULL_EPS <= f <= 1.0 + FULL_EPS:
            raise bad("fraction_out_of_range", field=field, index=i, value=f)


def _check_choices(q: Question, bad) -> None:
    if len(q.choices) < 2:
        raise bad("too_few_choices", count=len(q.choices))
    for i, c in enumerate(q.choices):
        if not c.text.text.strip():
            raise bad("empty_choice", index=i)
    _check_fractions((c.fraction for c in q.choices), -1.0, "choices", bad)
    if q.type == SINGLE:
        if not any(_is_full(c.fraction) for c in q.choices):
            raise bad("no_full_credit")
    else:
        total = sum(c.fraction for c in q.choices if c.fraction > 0)
        if abs(total - 1.0) > SUM_TOLERANCE:
            raise bad("positive_sum_not_one", value=round(total, 4))


def _check_truefalse(q: Question, bad) -> None:
    keys = tuple(c.text.text for c in q.choices)
    if keys != ("true", "false"):
        raise bad("truefalse_choices", value=list(keys))
    _check_fractions((c.fraction for c in q.choices), 0.0, "choices", bad)
    full = [c for c in q.choices if _is_full(c.fraction)]
    if not full:
        raise bad("no_full_credit")
    if len(full) == 2 or any(c.fraction > FULL_EPS for c in q.choices if c not in full):
        # true/false has one right answer; a half-right "false" would make no sense
        raise bad("truefalse_choices", value=[c.fraction for c in q.choices])


def _check_ordering(q: Question, bad) -> None:
    if len(q.items) < 2:
        raise bad("too_few_items", count=len(q.items))
    seen: set[str] = set()
    for i, item in enumerate(q.items):
        key = fold(item.text)
        if not key:
            raise bad("empty_choice", index=i)
        if key in seen:  # two equal items would make more than one order right
            raise bad("duplicate_items", index=i)
        seen.add(key)
    if q.grading not in ORDERING_GRADINGS:
        raise bad("unknown_grading", value=q.grading)


def _check_matching(q: Question, bad) -> None:
    if len(q.pairs) < 2:
        raise bad("too_few_pairs", count=len(q.pairs))
    for i, p in enumerate(q.pairs):
        if not p.prompt.text.strip() or not isinstance(p.answer, str) or not p.answer.strip():
            raise bad("empty_pair", index=i)
    for i, x in enumerate(q.distractors):
        if not isinstance(x, str) or not x.strip():
            raise bad("empty_answer", field="distractors", index=i)


def _check_short(q: Question, bad) -> None:
    if not q.answers:
        raise bad("no_answers")
    for i, a in enumerate(q.answers):
        if not isinstance(a.text, str) or not a.text.strip():
            raise bad("empty_answer", field="answers", index=i)
    # a typed answer earns from 0 to full marks: Moodle has no negative short-answer grades
    _check_fractions((a.fraction for a in q.answers), 0.0, "answers", bad)
    if not any(_is_full(a.fraction) for a in q.answers):
        raise bad("no_full_credit")


def _check_case(q: Question, bad) -> None:
    if not q.parts:
        raise bad("no_parts")
    ids: set[str] = set()
    for i, p in enumerate(q.parts):
        if not isinstance(p, Question):
            raise bad("bad_field", field="parts", index=i)
        if p.type == CASE:
            raise bad("nested_case", index=i)
        if p.id in ids:
            raise bad("duplicate_id", field="parts", index=i, value=p.id)
        ids.add(p.id)


# --- JSON -------------------------------------------------------------------------------------


class _Reader:
    """Typed access to one question's dict; every mistake names the question and the field."""

    def __init__(self, d: Mapping, question: object) -> None:
        self.d = d
        self.question = question

    def bad(self, field: str, **more: object) -> InvalidQuestion:
        return InvalidQuestion("bad_field", question=self.question, field=field, **more)

    def string(self, key: str, default: str | None = None) -> str:
        v = self.d.get(key, default)
        if not isinstance(v, str):
            raise self.bad(key)
        return v

    def num(self, key: str, default: float | None = None, d: Mapping | None = None) -> float:
        v = (self.d if d is None else d).get(key, default)
        if not _finite(v):
            raise self.bad(key)
        return float(v)

    def flag(self, key: str, default: bool) -> bool:
        v = self.d.get(key, default)
        if not isinstance(v, bool):
            raise self.bad(key)
        return v

    def text(self, v: object, field: str) -> Text:
        if isinstance(v, str):  # a bare string is plain text: handy in hand-written packs
            return Text(v, "plain")
        if (
            isinstance(v, Mapping)
            and isinstance(v.get("text"), str)
            and isinstance(v.get("format", "plain"), str)
            and set(v) <= {"text", "format"}
        ):
            return Text(v["text"], v.get("format", "plain"))
        raise self.bad(field)

    def objects(self, key: str, keys: set[str], required: set[str]) -> list[Mapping]:
        v = self.d.get(key, [])
        if not isinstance(v, list):
            raise self.bad(key)
        for i, x in enumerate(v):
            if not isinstance(x, Mapping) or not required <= set(x) or not set(x) <= keys:
                raise self.bad(key, index=i)
        return v

    def strings(self, v: object, field: str) -> tuple[str, ...]:
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
            raise self.bad(field)
        return tuple(v)


def _from_dict(d: object, *, part: bool) -> Question:
    if not isinstance(d, Mapping):
        raise InvalidQuestion("bad_field", question=None, field="question")
    qid = d.get("id")
    if not part and d.get("format") != FORMAT:
        raise InvalidQuestion("unsupported_format", question=qid, value=d.get("format"))
    r = _Reader(d, qid)
    qtype = r.string("type")
    if qtype not in TYPES:
        raise InvalidQuestion("unknown_type", question=qid, value=qtype)
    allowed = (_COMMON_KEYS - ({"format"} if part else set())) | _TYPE_KEYS[qtype]
    for key in d:
        if key not in allowed:
            raise r.bad(key)
    for key in ("id", "text"):
        if key not in d:
            raise r.bad(key)
    kw: dict = {}
    if qtype in _CHOICE_TYPES:
        kw["choices"] = tuple(
            Choice(
                r.text(c["text"], "choices"),
                r.num("fraction", d=c),
                r.text(c.get("feedback", ""), "choices"),
            )
            for c in r.objects("choices", {"text", "fraction", "feedback"}, {"text", "fraction"})
        )
    if qtype in (SINGLE, MULTIPLE, MATCHING):
        kw["shuffle"] = r.flag("shuffle", True)
    if qtype == SHORT:
        answers = r.objects("answers", {"text", "fraction", "feedback"}, {"text", "fraction"})
        for i, a in enumerate(answers):
            if not isinstance(a["text"], str):
                raise r.bad("answers", index=i)
        kw["answers"] = tuple(
            ShortAnswer(a["text"], r.num("fraction", d=a), r.text(a.get("feedback", ""), "answers"))
            for a in answers
        )
        kw["case_sensitive"] = r.flag("case_sensitive", False)
    if qtype == ORDERING:
        items = d.get("items", [])
        if not isinstance(items, list):
            raise r.bad("items")
        kw["items"] = tuple(r.text(x, "items") for x in items)
        kw["grading"] = r.string("grading", "all_or_nothing")
    if qtype == MATCHING:
        pairs = r.objects("pairs", {"prompt", "answer"}, {"prompt", "answer"})
        for i, p in enumerate(pairs):
            if not isinstance(p["answer"], str):
                raise r.bad("pairs", index=i)
        kw["pairs"] = tuple(Pair(r.text(p["prompt"], "pairs"), p["answer"]) for p in pairs)
        kw["distractors"] = r.strings(d.get("distractors", []), "distractors")
    if qtype == CASE:
        parts = d.get("parts", [])
        if not isinstance(parts, list):
            raise r.bad("parts")
        kw["parts"] = tuple(_from_dict(p, part=True) for p in parts)
    tags = d.get("tags") or {}
    if not isinstance(tags, Mapping) or not set(tags) <= {
        "dimension",
        "level",
        "ability_point",
        "category",
        "labels",
    }:
        raise r.bad("tags")
    for key in ("dimension", "level", "ability_point"):
        if tags.get(key) is not None and not isinstance(tags[key], str):
            raise r.bad("tags", key=key)
    source = d.get("source")
    if source is not None:
        if not (
            isinstance(source, Mapping)
            and isinstance(source.get("file"), str)
            and isinstance(source.get("line"), int)
            and set(source) == {"file", "line"}
        ):
            raise r.bad("source")
        source = Source(source["file"], source["line"])
    return Question(
        id=r.string("id"),
        type=qtype,
        text=r.text(d["text"], "text"),
        name=r.string("name", ""),
        general_feedback=r.text(d.get("general_feedback", ""), "general_feedback"),
        default_mark=r.num("default_mark", 1.0),
        tags=Tags(
            tags.get("dimension"),
            tags.get("level"),
            tags.get("ability_point"),
            r.strings(tags.get("category", []), "tags"),
            r.strings(tags.get("labels", []), "tags"),
        ),
        source=source,
        **kw,
    )
