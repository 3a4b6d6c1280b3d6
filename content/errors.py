"""Errors from content/ that a person can act on. Each carries a code and structured fields,
never prose: the app layer words them in the user's language.

content/ may not import sync/, so these do not derive from sync.errors.SongpeiError; they keep
its shape (`args_`) so that the same wording code can read both."""

from __future__ import annotations


class ContentError(Exception):
    """Base: `code` names what is wrong, `fields` say where (question, file, line, ...)."""

    def __init__(self, code: str, **fields: object) -> None:
        detail = ", ".join(f"{k}={v!r}" for k, v in fields.items())
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.fields = fields
        self.args_ = {"code": code, **fields}


class InvalidQuestion(ContentError):
    """A question that cannot be asked or scored (question=..., and e.g. field=, part=, index=).

    Codes: bad_field, unknown_type, empty_id, empty_text, unknown_text_format, bad_mark,
    too_few_choices, empty_choice, fraction_out_of_range, no_full_credit, positive_sum_not_one,
    truefalse_choices, too_few_items, duplicate_items, unknown_grading, too_few_pairs,
    empty_pair, no_answers, empty_answer, no_parts, nested_case, duplicate_id,
    unknown_dimension, bad_ability_point, unknown_level, conflicting_tags, unsupported_format;
    from GIFT text: bad_weight, matching_format."""


class InvalidResponse(ContentError):
    """A response that does not fit its question (question=..., expected=...): a caller's
    mistake or a response recorded against an older version of the question."""


class QuestionFileError(ContentError):
    """A question file that cannot be read at all (file=..., line=... where known).

    Codes: unreadable, too_large, not_utf8, not_xml, malformed_xml, dtd_refused,
    not_moodle_xml."""
