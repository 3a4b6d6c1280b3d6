"""Import GIFT, Moodle's plain-text question format, read the way Moodle reads it.

Questions are separated by blank lines; lines starting with // are comments (a comment may carry
[tag:...] and [id:...], as in Moodle). A question is an optional ::name::, its text with an
optional [html] / [plain] / [markdown] / [moodle] format marker, and one {answer block}:
- single choice: {=right ~wrong ~%50%half-right}; multiple choice (no =): {~%50%a ~%50%b ~%-100%c}
- true/false: {T} {TRUE} {F} {FALSE}, then #feedback if wrong#feedback if right
- short answer: {=answer =%50%half =*}
- matching: {=prompt -> answer = -> extra answer}
- answer#feedback on any choice or answer; ####general feedback last in the block
- \\: \\= \\~ \\# \\{ \\} \\\\ and \\n are escapes; $CATEGORY: path sets the category.
Text after the block makes a missing-word question: the block is replaced by "_____".
Essay {}, numerical {#...} and descriptions (no block) are reported, never dropped in silence.
Each question's line is the first line of its block that is not a comment."""

from __future__ import annotations

import re
from pathlib import PurePath

from .errors import InvalidQuestion, QuestionFileError
from .question_import import (
    BROKEN,
    NOT_A_QUESTION,
    UNSUPPORTED,
    Ids,
    ImportResult,
    Problem,
    broken,
    category_path,
    default_name,
    tags_from_labels,
)
from .questions import (
    MATCHING,
    MULTIPLE,
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

# Escaped characters wait as Unicode noncharacters (never found in real text) while the
# control characters are parsed, then become what they stand for.
_ESCAPED = "\\:#={}~n"
_HOLD = {c: chr(0xFDD0 + i) for i, c in enumerate(_ESCAPED)}
_RELEASE = str.maketrans({h: ("\n" if c == "n" else c) for c, h in _HOLD.items()})
_ESCAPE = re.compile(r"\\([\\:#={}~n])")
_FORMAT = re.compile(r"\[(html|moodle|plain|markdown)\]")
_WEIGHT = re.compile(r"%(-?\d+(?:\.\d+)?)%")
_TAG = re.compile(r"\[tag:([^\]]+)\]")
_ID = re.compile(r"\[id:([^\]]+)\]")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_TRUE_FALSE = {"T": True, "TRUE": True, "F": False, "FALSE": False}


def import_gift(data: bytes, file: str) -> ImportResult:
    """Questions and problems from the bytes of a GIFT file (UTF-8); `file` names it in errors
    and in each question's source (only its last component is kept)."""
    source_name = PurePath(file).name
    ids = Ids()
    category: tuple[str, ...] = ()
    questions: list[Question] = []
    problems: list[Problem] = []
    for comments, line, body in _blocks(_decode(data, file)):
        if body.startswith("$CATEGORY:"):
            category = category_path(_release(body[len("$CATEGORY:") :]))
            continue
        out = _question(body, comments, category, ids, Source(source_name, line))
        if isinstance(out, Question):
            questions.append(out)
        else:
            problems.append(out)
    return ImportResult(tuple(questions), tuple(problems))


def _decode(data: bytes, file: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise QuestionFileError(
            "not_utf8", file=file, line=data.count(b"\n", 0, e.start) + 1
        ) from None


def _blocks(text: str):
    """(comment lines, first non-comment line number, escaped body) per blank-line block."""
    block: list[tuple[int, str]] = []
    for number, line in enumerate([*_LINE_BREAK.split(text), ""], 1):
        if line.strip():
            block.append((number, line))
            continue
        comments = [s for _, s in block if s.strip().startswith("//")]
        body = [(n, s) for n, s in block if not s.strip().startswith("//")]
        block = []
        if body:
            yield (
                comments,
                body[0][0],
                _ESCAPE.sub(lambda m: _HOLD[m.group(1)], "\n".join(s for _, s in body).strip()),
            )


def _release(s: str) -> str:
    return s.translate(_RELEASE).strip()


def _rich(raw: str, default: str) -> Text:
    s = raw.strip()
    m = _FORMAT.match(s)
    if m:
        return Text(_release(s[m.end() :]), m.group(1))
    return Text(_release(s), default)


def _question(
    body: str, comments: list[str], category: tuple[str, ...], ids: Ids, source: Source
) -> Question | Problem:
    name = ""
    if body.startswith("::"):
        end = body.find("::", 2)
        if end >= 0:
            name, body = _release(body[2:end]), body[end + 2 :].strip()
        else:
            body = body[2:]
    start, finish = body.find("{"), body.find("}")
    label = name or default_name(_release(body if start < 0 else body[:start]))
    line = source.line
    if start < 0 and finish < 0:
        return Problem(label, line, NOT_A_QUESTION, "description")
    if finish < 0:
        return Problem(label, line, BROKEN, "", "unclosed_brace")
    if start < 0 or finish < start:
        return Problem(label, line, BROKEN, "", "unopened_brace")
    if body.count("{") > 1 or body.count("}") > 1:
        # Moodle reads only the first block and leaves the rest in the text: never what was meant
        return Problem(label, line, BROKEN, "", "stray_brace")

    answer = body[start + 1 : finish].strip()
    tail = body[finish + 1 :]
    qtext = body[:start] + ("_____" + tail if tail.strip() else "")
    general = ""
    if (at := answer.rfind("####")) >= 0:
        general, answer = answer[at + 4 :], answer[:at].strip()
    text = _rich(qtext, "moodle")
    fmt = text.format
    label = name or default_name(text.text)

    if answer == "":
        return Problem(label, line, UNSUPPORTED, "essay")
    if answer.startswith("#"):
        return Problem(label, line, UNSUPPORTED, "numerical")
    if "~" in answer:
        kind, read = "multichoice", _multichoice
    elif "=" in answer and "->" in answer:
        kind, read = "matching", _matching
    elif answer.split("#", 1)[0].strip() in _TRUE_FALSE:
        kind, read = "truefalse", _truefalse
    else:
        kind, read = "shortanswer", _shortanswer
    try:
        qtype, specific = read(answer, fmt, label)
        labels = [t for c in comments for t in _TAG.findall(c)]
        given = next((m.group(1) for c in comments if (m := _ID.search(c))), "")
        return Question(
            id=ids.make(given, qtype, category, name, text.text),
            type=qtype,
            text=text,
            name=label,
            general_feedback=_rich(general, fmt),
            tags=tags_from_labels(labels, category, label),
            source=source,
            **specific,
        )
    except InvalidQuestion as e:
        return broken(label, line, kind, e)


def _split(answer: str, separator: str) -> list[str]:
    # as Moodle: an empty piece before the first separator is no answer
    parts = answer.split(separator)
    if parts and not parts[0].strip():
        parts = parts[1:]
    return [p.strip() for p in parts]


def _weight(part: str, default: float, name: str) -> tuple[float, str]:
    if not part.startswith("%"):
        return default, part
    m = _WEIGHT.match(part)
    if not m:
        raise InvalidQuestion("bad_weight", question=name, value=_release(part[:12]))
    return round(float(m.group(1)) / 100.0, 7), part[m.end() :]


def _multichoice(answer: str, fmt: str, name: str) -> tuple[str, dict]:
    choices = []
    for part in _split(answer.replace("=", "~="), "~"):
        if part.startswith("="):
            fraction, part = 1.0, part[1:]
        else:
            fraction, part = _weight(part, 0.0, name)
        text, _, feedback = part.partition("#")
        choices.append(Choice(_rich(text, fmt), fraction, _rich(feedback, fmt)))
    if len(choices) < 2:
        raise InvalidQuestion("too_few_choices", question=name, count=len(choices))
    # as Moodle: a block with an = has one right answer; without, several options share credit
    return (SINGLE if "=" in answer else MULTIPLE), {"choices": tuple(choices)}


def _truefalse(answer: str, fmt: str, name: str) -> tuple[str, dict]:
    head, *rest = answer.split("#", 2)
    wrong, right = (rest + ["", ""])[:2]  # feedback for a wrong answer comes first
    is_true = _TRUE_FALSE[head.strip()]
    true = Choice(
        Text("true", "plain"), 1.0 if is_true else 0.0, _rich(right if is_true else wrong, fmt)
    )
    false = Choice(
        Text("false", "plain"), 0.0 if is_true else 1.0, _rich(wrong if is_true else right, fmt)
    )
    return TRUEFALSE, {"choices": (true, false)}


def _matching(answer: str, fmt: str, name: str) -> tuple[str, dict]:
    pairs, distractors = [], []
    for part in _split(answer, "="):
        if "->" not in part:
            raise InvalidQuestion("matching_format", question=name, value=_release(part[:40]))
        prompt, _, right = part.partition("->")
        if prompt.strip():
            pairs.append(Pair(_rich(prompt, fmt), _release(right)))
        else:  # "= -> answer" offers an extra, wrong answer
            distractors.append(_release(right))
    return MATCHING, {"pairs": tuple(pairs), "distractors": tuple(distractors)}


def _shortanswer(answer: str, fmt: str, name: str) -> tuple[str, dict]:
    answers = []
    for part in _split(answer, "="):
        fraction, part = _weight(part, 1.0, name)
        text, _, feedback = part.partition("#")
        answers.append(ShortAnswer(_rich(text, fmt).text, fraction, _rich(feedback, fmt)))
    return SHORT, {"answers": tuple(answers)}
