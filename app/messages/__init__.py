"""Error messages and the names of codes, in the user's language: `describe(exc)` is the one
entry point for errors; `tr` puts arguments into a translated text.

    registry.py      describe, words (the registry keyed by error class), tr
    base/            the shared base: data folder, disk, files, keys, the PDF font; helpers
    base/drive.py    what travels on the trainer's drive: bundles, receipts, trust mail
    content.py       question files, packs, the library, trusted keys
    laptop.py        enrolment, PINs, attendance, evidence, the learning record
    county.py        the hub, decisions, targets, templates, spreadsheets, the LRS
    certificate.py   certificates: issuing at the hub, checking a PDF, a photo or a number"""

from __future__ import annotations

from . import certificate, content, county, laptop  # noqa: F401 (each registers its words)
from .base import CHINA_TIME, chain_problem_name, day, role_name, shown, size_text, when
from .base.drive import bundle_reason, bundle_refusal
from .content import path_rule, question_problem, question_type_name
from .county import device_status, flag_name
from .laptop import category_name, document_kind_name, environment_name, field_name, stage_name
from .registry import describe, tr, translate, words

__all__ = [
    "CHINA_TIME",
    "day",
    "bundle_reason",
    "bundle_refusal",
    "category_name",
    "chain_problem_name",
    "describe",
    "document_kind_name",
    "device_status",
    "environment_name",
    "field_name",
    "flag_name",
    "path_rule",
    "question_problem",
    "question_type_name",
    "role_name",
    "shown",
    "size_text",
    "stage_name",
    "tr",
    "translate",
    "when",
    "words",
]
