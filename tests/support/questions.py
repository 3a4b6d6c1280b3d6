"""Shared by the question-bank tests: the project's own question files, and small builders for
valid questions."""

from __future__ import annotations

from content.questions import Choice, Pair, Question, ShortAnswer, Text
from tests.support.paths import ROOT

# Question banks written for these tests, as Moodle exports them: every type the importers take
# and every type they report as left out, each at a line the tests name.
QUESTION_FIXTURES = ROOT / "tests" / "fixtures" / "questions"
XML_BANK = QUESTION_FIXTURES / "bank.moodle.xml"
GIFT_BANK = QUESTION_FIXTURES / "bank.gift.txt"


def t(text: str, fmt: str = "plain") -> Text:
    return Text(text, fmt)


def single(fractions=(1.0, 0.0, 0.0), qid: str = "s1", **kw) -> Question:
    choices = tuple(Choice(t(f"option {i}"), f) for i, f in enumerate(fractions))
    return Question(id=qid, type="single", text=t("Which one?"), choices=choices, **kw)


def multiple(fractions, qid: str = "m1", **kw) -> Question:
    choices = tuple(Choice(t(f"option {i}"), f) for i, f in enumerate(fractions))
    return Question(id=qid, type="multiple", text=t("Which ones?"), choices=choices, **kw)


def truefalse(right: bool = True, qid: str = "tf1", **kw) -> Question:
    choices = (Choice(t("true"), 1.0 if right else 0.0), Choice(t("false"), 0.0 if right else 1.0))
    return Question(id=qid, type="truefalse", text=t("True?"), choices=choices, **kw)


def ordering(items=("plan", "script", "record", "edit"), qid: str = "o1", **kw) -> Question:
    return Question(
        id=qid, type="ordering", text=t("Put in order"), items=tuple(t(i) for i in items), **kw
    )


def matching(
    pairs=(("A1", "学情分析"), ("A3", "演示文稿"), ("A5", "课堂导入")), qid: str = "x1", **kw
) -> Question:
    return Question(
        id=qid, type="matching", text=t("Match"), pairs=tuple(Pair(t(p), a) for p, a in pairs), **kw
    )


def short(answers=(("Frog", 1.0),), qid: str = "sa1", **kw) -> Question:
    return Question(
        id=qid,
        type="short",
        text=t("Name it"),
        answers=tuple(ShortAnswer(a, f) for a, f in answers),
        **kw,
    )


def right_response(q: Question) -> object:
    """The response that earns full marks, read from the bank itself."""
    if q.type == "single":
        return max(range(len(q.choices)), key=lambda i: q.choices[i].fraction)
    if q.type == "multiple":
        return {i for i, c in enumerate(q.choices) if c.fraction > 0}
    if q.type == "truefalse":
        return q.choices[0].fraction == 1.0
    if q.type == "ordering":
        return list(range(len(q.items)))
    if q.type == "matching":
        return [p.answer for p in q.pairs]
    if q.type == "short":
        return next(a.text for a in q.answers if a.fraction == 1.0 and "*" not in a.text)
    return [right_response(p) for p in q.parts]
