"""Read a question file whatever its format, and the report `songpei questions check FILE` shows:
how many questions of each type would be imported, and every question that would not be, with
its name, line and why."""

from __future__ import annotations

import errno
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .errors import QuestionFileError
from .gift import import_gift
from .moodle_xml import import_moodle_xml
from .question_import import BROKEN, ImportResult, Problem
from .questions import TYPES, Question

MOODLE_XML = "moodle_xml"
GIFT = "gift"
# a question bank is text; anything bigger is not one, and would only exhaust an old laptop
MAX_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class CheckReport:
    file: str
    format: str  # MOODLE_XML or GIFT
    counts: Mapping[str, int]  # per question type (questions.TYPES), zeros included
    problems: tuple[Problem, ...]  # in file order
    questions: tuple[Question, ...]  # what an import would take

    @property
    def imported(self) -> int:
        return len(self.questions)

    @property
    def has_broken(self) -> bool:
        """True when a question is wrong in itself: the check must then exit non-zero."""
        return any(p.kind == BROKEN for p in self.problems)


def detect_format(path: str | Path, data: bytes) -> str:
    """A .xml file, or any file that opens with an XML declaration or <quiz>, is Moodle XML
    (exports are often renamed .txt); .gift, .txt and anything else is GIFT. A bare "<" is
    not enough: a GIFT question may well start with HTML."""
    head = (data[3:] if data.startswith(b"\xef\xbb\xbf") else data).lstrip()
    if head.startswith((b"<?xml", b"<quiz")) or Path(path).suffix.lower() == ".xml":
        return MOODLE_XML
    return GIFT


def read_file(path: str | Path) -> tuple[str, ImportResult]:
    """(format, questions and problems) of a question file; QuestionFileError when the file
    cannot be read as a question file at all."""
    data = _read(path)
    fmt = detect_format(path, data)
    reader = import_moodle_xml if fmt == MOODLE_XML else import_gift
    return fmt, reader(data, str(path))


def check_file(path: str | Path) -> CheckReport:
    fmt, result = read_file(path)
    counted = Counter(q.type for q in result.questions)
    problems = tuple(sorted(result.problems, key=lambda p: p.line))
    return CheckReport(
        str(path), fmt, {t: counted.get(t, 0) for t in TYPES}, problems, result.questions
    )


def _read(path: str | Path) -> bytes:
    file = str(path)
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise QuestionFileError("unreadable", file=file, reason="missing") from None
    except IsADirectoryError:
        raise QuestionFileError("unreadable", file=file, reason="is_directory") from None
    except PermissionError:
        raise QuestionFileError("unreadable", file=file, reason="permission") from None
    except OSError as e:
        raise QuestionFileError(
            "unreadable",
            file=file,
            reason="os_error",
            errno=errno.errorcode.get(e.errno or 0, str(e.errno)),
        ) from None
    if len(data) > MAX_BYTES:
        raise QuestionFileError("too_large", file=file, maximum=MAX_BYTES)
    return data
