"""Import Moodle XML question files (the <quiz> export of Moodle's question bank).

Imported: multichoice (single or multiple), truefalse, shortanswer, matching and ordering, with
their texts, formats, fractions (Moodle writes percentages: 100, 50, -100, 33.33333), per-answer
and general feedback, default mark, tags and category. Category entries set the category path of
the questions after them. Descriptions are reported as not a question; every other type
(essay, numerical, calculated, ddwtos, multianswer, ...) is reported as unsupported by name and
line, never dropped in silence.

Question files come from anywhere, so the parser refuses any DTD (no entities, no billion
laughs, no external files) and accepts UTF-8 only; expat gives each question's start line."""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from pathlib import PurePath
from typing import Any, NoReturn
from xml.parsers import expat

from .errors import InvalidQuestion, QuestionFileError
from .question_import import (
    NOT_A_QUESTION,
    UNSUPPORTED,
    Ids,
    ImportResult,
    Problem,
    Unsupported,
    broken,
    category_path,
    default_name,
    tags_from_labels,
)
from .questions import (
    MATCHING,
    MULTIPLE,
    ORDERING,
    SHORT,
    SINGLE,
    TRUEFALSE,
    Choice,
    Pair,
    Question,
    ShortAnswer,
    Source,
    Text,
)

SUPPORTED = ("multichoice", "truefalse", "shortanswer", "matching", "ordering")

_FORMATS = {
    "html": "html",
    "moodle_auto_format": "moodle",
    "plain_text": "plain",
    "markdown": "markdown",
}
# Moodle's ordering grading types, by name (new exports) and by number (older plugin versions)
_GRADINGS = {
    "ALL_OR_NOTHING": "all_or_nothing",
    "-1": "all_or_nothing",
    "ABSOLUTE_POSITION": "absolute_position",
    "0": "absolute_position",
    "RELATIVE_NEXT_EXCLUDE_LAST": "relative_next",
    "1": "relative_next",
}


def import_moodle_xml(data: bytes, file: str) -> ImportResult:
    """Questions and problems from the bytes of a Moodle XML file; `file` names it in errors
    and in each question's source (only its last component is kept)."""
    root, lines = parse(data, file)
    source_name = PurePath(file).name
    ids = Ids()
    category: tuple[str, ...] = ()
    questions: list[Question] = []
    problems: list[Problem] = []
    for el in root.findall("question"):
        qtype = (el.get("type") or "").strip()
        line = lines[el]
        if qtype == "category":
            category = category_path(_text(el, "category"))
            continue
        name = _text(el, "name") or default_name(_text(el, "questiontext"))
        if qtype == "description":
            problems.append(Problem(name, line, NOT_A_QUESTION, qtype))
            continue
        if qtype not in SUPPORTED:
            problems.append(Problem(name, line, UNSUPPORTED, qtype or "?"))
            continue
        try:
            questions.append(_question(el, qtype, name, category, ids, Source(source_name, line)))
        except Unsupported as u:
            problems.append(Problem(name, line, UNSUPPORTED, qtype, u.reason, u.fields))
        except InvalidQuestion as e:
            problems.append(broken(name, line, qtype, e))
    return ImportResult(tuple(questions), tuple(problems))


def parse(data: bytes, file: str) -> tuple[ET.Element, dict[ET.Element, int]]:
    """The <quiz> element and the line each element starts on. Refuses what is not UTF-8,
    any DTD, and anything expat cannot read (a truncated file among them)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise QuestionFileError(
            "not_utf8", file=file, line=data.count(b"\n", 0, e.start) + 1
        ) from None
    for marker in (b"<!DOCTYPE", b"<!ENTITY"):
        at = data.find(marker)
        if at >= 0:
            raise QuestionFileError("dtd_refused", file=file, line=data.count(b"\n", 0, at) + 1)
    if not data.lstrip().startswith(b"<"):
        raise QuestionFileError("not_xml", file=file, line=1)

    builder = ET.TreeBuilder()
    lines: dict[ET.Element, int] = {}
    # the declared encoding is overridden: the bytes were just checked to be UTF-8
    parser = expat.ParserCreate(encoding="UTF-8")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def start(tag: str, attrs: dict[str, str]) -> None:
        lines[builder.start(tag, attrs)] = parser.CurrentLineNumber

    def refuse(*_args: object) -> NoReturn:
        raise QuestionFileError("dtd_refused", file=file, line=parser.CurrentLineNumber)

    parser.StartElementHandler = start
    parser.EndElementHandler = builder.end
    parser.CharacterDataHandler = builder.data
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    try:
        parser.Parse(data, True)
    except expat.ExpatError as e:
        raise QuestionFileError(
            "malformed_xml",
            file=file,
            line=e.lineno,
            column=e.offset,
            detail=expat.ErrorString(e.code),
        ) from None
    root = builder.close()
    if root.tag != "quiz":
        raise QuestionFileError(
            "not_moodle_xml", file=file, line=lines.get(root, 1), detail=root.tag
        )
    return root, lines


# --- one question -------------------------------------------------------------------------------


def _question(
    el: ET.Element, qtype: str, name: str, category: tuple[str, ...], ids: Ids, source: Source
) -> Question:
    if el.find(".//file") is not None or "@@PLUGINFILE@@" in "".join(el.itertext()):
        # pictures and attachments are not carried yet: asking without them would mislead
        raise Unsupported("embedded_files")
    text = _rich(el, "questiontext")
    labels = [t.text or "" for t in el.findall("tags/tag/text")]
    common: dict[str, Any] = dict(
        name=name,
        text=text,
        general_feedback=_rich(el, "generalfeedback"),
        default_mark=_number(el, "defaultgrade", 1.0, name),
        tags=tags_from_labels(labels, category, name),
        source=source,
    )
    kind = {
        "multichoice": _multichoice,
        "truefalse": _truefalse,
        "shortanswer": _shortanswer,
        "matching": _matching,
        "ordering": _ordering,
    }[qtype]
    qtype_, specific = kind(el, name)
    qid = ids.make(_text(el, "idnumber"), qtype_, category, name, text.text)
    return Question(id=qid, type=qtype_, **common, **specific)


def _multichoice(el: ET.Element, name: str) -> tuple[str, dict]:
    single = _flag(el, "single", True)
    choices = tuple(
        Choice(_rich(a), _fraction(a, name), _rich(a, "feedback")) for a in el.findall("answer")
    )
    return (SINGLE if single else MULTIPLE), {
        "choices": choices,
        "shuffle": _flag(el, "shuffleanswers", False),
    }


def _truefalse(el: ET.Element, name: str) -> tuple[str, dict]:
    answers = el.findall("answer")
    if len(answers) != 2:
        raise InvalidQuestion("truefalse_choices", question=name, value=len(answers))
    by_key = {}
    for i, a in enumerate(answers):
        key = _text(a).lower()
        if key not in ("true", "false"):
            key = ("true", "false")[i]  # Moodle's rule for old files: first true, then false
        by_key[key] = Choice(Text(key, "plain"), _fraction(a, name), _rich(a, "feedback"))
    if set(by_key) != {"true", "false"}:
        raise InvalidQuestion("truefalse_choices", question=name, value=sorted(by_key))
    return TRUEFALSE, {"choices": (by_key["true"], by_key["false"])}


def _shortanswer(el: ET.Element, name: str) -> tuple[str, dict]:
    answers = tuple(
        ShortAnswer(_text(a), _fraction(a, name), _rich(a, "feedback"))
        for a in el.findall("answer")
    )
    return SHORT, {"answers": answers, "case_sensitive": _flag(el, "usecase", False)}


def _matching(el: ET.Element, name: str) -> tuple[str, dict]:
    pairs, distractors = [], []
    for sub in el.findall("subquestion"):
        prompt, answer = _rich(sub), _text(sub, "answer")
        if prompt.text:
            pairs.append(Pair(prompt, answer))
        else:  # Moodle's way of offering an extra, wrong answer
            distractors.append(answer)
    return MATCHING, {
        "pairs": tuple(pairs),
        "distractors": tuple(distractors),
        "shuffle": _flag(el, "shuffleanswers", True),
    }


def _ordering(el: ET.Element, name: str) -> tuple[str, dict]:
    grading_raw = _text(el, "gradingtype") or "ALL_OR_NOTHING"
    grading = _GRADINGS.get(grading_raw.upper())
    if grading is None:
        raise Unsupported("gradingtype", value=grading_raw)
    answers = el.findall("answer")
    select = (_text(el, "selecttype") or "ALL").upper()
    count = _number(el, "selectcount", 0, name)
    if select not in ("ALL", "0") and 0 < count < len(answers):
        # Moodle would show a subset of the items; we would be asking another question
        raise Unsupported("selecttype", value=select)
    # the fraction of an ordering answer is its place in the right order (1, 2, 3 ...)
    places = [(_number(a, "@fraction", i + 1, name), i) for i, a in enumerate(answers)]
    items = tuple(_rich(answers[i]) for _, i in sorted(places))
    return ORDERING, {"items": items, "grading": grading}


# --- reading elements ---------------------------------------------------------------------------


def _text(el: ET.Element, path: str | None = None) -> str:
    """The trimmed text of `path` (or of el itself): of its <text> child where it has one
    (<name><text>..</text></name>), else its own (<idnumber>..</idnumber>); "" when absent."""
    node = el if path is None else el.find(path)
    if node is None:
        return ""
    inner = node.find("text")
    return "".join((node if inner is None else inner).itertext()).strip()


def _rich(el: ET.Element, path: str | None = None) -> Text:
    node = el if path is None else el.find(path)
    if node is None:
        return Text("", "html")
    # Moodle reads a missing format as html and an unknown one (wiki_like) as its auto-format
    fmt = _FORMATS.get((node.get("format") or "html").strip(), "moodle")
    return Text(_text(node), fmt)


def _flag(el: ET.Element, path: str, default: bool) -> bool:
    node = el.find(path)
    if node is None or not (node.text or "").strip():
        return default
    return (node.text or "").strip().lower() in ("1", "true", "yes")


def _number(el: ET.Element, path: str, default: float, name: str) -> float:
    raw = el.get(path[1:]) if path.startswith("@") else _text(el, path)
    if raw is None or not raw.strip():
        return default
    try:
        value = float(raw)
    except ValueError:
        raise InvalidQuestion(
            "bad_field", question=name, field=path.lstrip("@"), value=raw
        ) from None
    if not math.isfinite(value):
        raise InvalidQuestion("bad_field", question=name, field=path.lstrip("@"), value=raw)
    return value


def _fraction(answer: ET.Element, name: str) -> float:
    # percent to fraction, kept to Moodle's 7 decimals so 33.33333 stays 0.3333333
    return round(_number(answer, "@fraction", 0.0, name) / 100.0, 7)
