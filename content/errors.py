"""The base of every error a person can act on. Errors carry a code (their class) and structured
arguments, never prose: app/messages/ words them in the user's language."""

from __future__ import annotations


class SongpeiError(Exception):
    def __init__(self, **args: object) -> None:
        super().__init__(", ".join(f"{k}={v!r}" for k, v in args.items()))
        self.args_ = args


class WrongPassphrase(SongpeiError):
    """The passphrase does not open this key file (path=...)."""


class KeyFileInvalid(SongpeiError):
    """Not a Songpei key file, or damaged (path=..., detail=...)."""


class KeyRoleMismatch(SongpeiError):
    """A key of another role was given (path=..., expected=..., found=...)."""


class PassphraseTooShort(SongpeiError):
    """A new passphrase shorter than the minimum (minimum=...)."""


class FileUnreadable(SongpeiError):
    """A file named on the command line cannot be read (path=..., reason=...)."""


class PassphraseRequired(SongpeiError):
    """No passphrase given and no terminal to ask on (hint='--passphrase-file')."""


class PathRequired(SongpeiError):
    """A command needs an option it was not given (option=...)."""


class OutputFolderMissing(SongpeiError):
    """The folder a file is to be written into does not exist (path=..., option=...)."""


class KeyExists(SongpeiError):
    """Refusing to overwrite an existing key file (path=...)."""


class ContentError(SongpeiError):
    """Errors about content (questions, packs): `code` names what is wrong, `fields` say where
    (question, file, line, ...)."""

    def __init__(self, code: str, **fields: object) -> None:
        super().__init__(code=code, **fields)
        self.code = code
        self.fields = fields


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


class PackRefused(ContentError):
    """A content pack failed a check; nothing from it was used (pack=..., and where known
    path=, rule=, field=, key_id=, size=, limit=, installed=, offered=, ...).

    Codes: not_a_pack, bad_signature_file, unknown_key, revoked_key, demo_key, bad_signature,
    manifest_too_large, manifest_not_json, unsupported_format, bad_manifest (field, problem),
    bad_path (path, rule), duplicate_path, path_clash (path, other), too_many_files,
    file_too_large, pack_too_large, total_size_mismatch, unlisted_file, missing_file,
    not_a_file, size_mismatch, file_larger, hash_mismatch, bad_question_bank,
    older_version, version_reused; for the programme's ability points (content/ability_points.py):
    unknown_ability_point (field, point, programme), not_as_catalogued (field, point,
    programme),
    unknown_environment (field, value), unknown_dimension (field, value)."""


class PackBuildError(ContentError):
    """An author folder or courseware folder cannot become a pack (file=..., and where known
    line=, path=, field=, detail=).

    Codes: no_pack_toml, bad_toml, missing_file, exists, no_lessons, unknown_programme, and
    every PackRefused code found while checking the manifest before it is signed."""
