"""Pure scoring: how much of a question's mark a response earns, as a fraction from 0 to 1.

Responses, by question type (None, or nothing chosen, is unanswered and earns 0):
- single: the index of the chosen option in question.choices;
- multiple: the indices chosen (any iterable; order and repeats do not matter);
- truefalse: True or False;
- ordering: the item indices of question.items in the order the teacher put them;
- matching: for each pair, in order, the answer text chosen for its prompt (or None);
- short: the typed text;
- case: one response per part, in order.

Rules:
- single, truefalse: the fraction of the chosen option (a negative one counts as 0).
- multiple: Moodle's rule: the sum of the fractions of every chosen option, negatives included,
  clamped to 0..1. Choosing all the right options earns 1; each wrong option chosen takes off its
  (negative) fraction; ticking every box earns what right and wrong add up to, at least 0.
- ordering: per question.grading: all_or_nothing (the default): 1 only for the exact order;
  absolute_position: the share of items in their right place; relative_next: the share of the
  n - 1 items followed directly by the item that should follow them.
- matching: the share of prompts given their right answer.
- short: the best fraction among the accepted answers the response matches (Moodle takes the
  first match in the author's order; the two agree when answers are listed best first, as
  Moodle's editor does). Comparison ignores case unless question.case_sensitive, folds
  full-width characters and runs of spaces (questions.fold); `*` matches any run of
  characters, `\\*` a star. A blank response matches nothing, not even `*`.
- case: the mean of its parts' scores weighted by the parts' default marks.

Every score is clamped to 0..1 and rounded to 6 decimals, so three thirds written by Moodle as
33.33333 % (0.3333333 each) make exactly 1."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from .errors import InvalidResponse
from .questions import (
    CASE,
    MATCHING,
    MULTIPLE,
    ORDERING,
    SHORT,
    SINGLE,
    TRUEFALSE,
    Question,
    ShortAnswer,
    fold,
)


def score(question: Question, response: object) -> float:
    """The fraction of question.default_mark that `response` earns, in 0..1."""
    raw = _SCORERS[question.type](question, response)
    return round(min(1.0, max(0.0, raw)), 6)


def mark(question: Question, response: object) -> float:
    """Marks earned: score × the question's default mark."""
    return score(question, response) * question.default_mark


def matched_answer(question: Question, response: object) -> ShortAnswer | None:
    """The accepted answer a short-answer response earns its score from (for its feedback)."""
    if question.type != SHORT:
        raise InvalidResponse("wrong_type", question=question.id, expected=SHORT)
    if response is None:
        return None
    if not isinstance(response, str):
        raise InvalidResponse("bad_response", question=question.id, expected="text")
    typed = fold(response, question.case_sensitive)
    if not typed:
        return None
    best = None
    for a in question.answers:
        if _pattern(a.text, question.case_sensitive).fullmatch(typed):
            if best is None or a.fraction > best.fraction:
                best = a
    return best


def _bad(q: Question, expected: str) -> InvalidResponse:
    return InvalidResponse("bad_response", question=q.id, expected=expected)


def _index(q: Question, r: object, n: int) -> int:
    if not isinstance(r, int) or isinstance(r, bool) or not 0 <= r < n:
        raise _bad(q, "index")
    return r


def _single(q: Question, r: object) -> float:
    if r is None:
        return 0.0
    return q.choices[_index(q, r, len(q.choices))].fraction


def _multiple(q: Question, r: object) -> float:
    if r is None:
        return 0.0
    if isinstance(r, (str, bytes)) or not isinstance(r, Iterable):
        raise _bad(q, "indices")
    chosen = {_index(q, i, len(q.choices)) for i in r}
    return sum(q.choices[i].fraction for i in chosen)


def _truefalse(q: Question, r: object) -> float:
    if r is None:
        return 0.0
    if not isinstance(r, bool):
        raise _bad(q, "bool")
    return q.choices[0 if r else 1].fraction


def _sequence(q: Question, r: object, n: int, expected: str) -> Sequence:
    if isinstance(r, (str, bytes)) or not isinstance(r, Sequence) or len(r) != n:
        raise _bad(q, expected)
    return r


def _ordering(q: Question, r: object) -> float:
    if r is None:
        return 0.0
    n = len(q.items)
    order = _sequence(q, r, n, "permutation")
    if sorted(_index(q, i, n) for i in order) != list(range(n)):
        raise _bad(q, "permutation")
    if q.grading == "absolute_position":
        return sum(1 for pos, i in enumerate(order) if pos == i) / n
    if q.grading == "relative_next":
        return sum(1 for k in range(n - 1) if order[k + 1] == order[k] + 1) / (n - 1)
    return 1.0 if list(order) == list(range(n)) else 0.0


def _matching(q: Question, r: object) -> float:
    if r is None:
        return 0.0
    chosen = _sequence(q, r, len(q.pairs), "answers")
    right = 0
    for pair, answer in zip(q.pairs, chosen, strict=True):
        if answer is not None and not isinstance(answer, str):
            raise _bad(q, "answers")
        if answer is not None and fold(answer, True) == fold(pair.answer, True):
            right += 1
    return right / len(q.pairs)


def _short(q: Question, r: object) -> float:
    best = matched_answer(q, r)
    return 0.0 if best is None else best.fraction


def part_responses(question: Question, response: object) -> Sequence:
    """A case question's response, one per part (None: none answered yet)."""
    if response is None:
        return [None] * len(question.parts)
    return _sequence(question, response, len(question.parts), "parts")


def _case(q: Question, r: object) -> float:
    if r is None:
        return 0.0
    responses = part_responses(q, r)
    total = sum(p.default_mark for p in q.parts)
    earned = sum(p.default_mark * score(p, x) for p, x in zip(q.parts, responses, strict=True))
    return earned / total


@lru_cache(maxsize=1024)
def _pattern(answer: str, case_sensitive: bool) -> re.Pattern:
    pieces = re.split(r"(\\\*|\*)", fold(answer, case_sensitive))
    body = "".join(".*" if p == "*" else re.escape("*" if p == "\\*" else p) for p in pieces)
    return re.compile(body, re.DOTALL)


_SCORERS = {
    SINGLE: _single,
    MULTIPLE: _multiple,
    TRUEFALSE: _truefalse,
    ORDERING: _ordering,
    MATCHING: _matching,
    SHORT: _short,
    CASE: _case,
}
