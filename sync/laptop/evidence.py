"""Practice evidence (实践成果) for 2.0 ability points, and its school-level rating (校本考核).

A teacher chooses ability points, then submits one evidence package per point: typed slots
(plan, explanation, media, reflection) checked against the pack's slot rules. Files go into a
content-addressed store in the data folder (`evidence/<sha256[:2]>/<sha256>`), so the same file
submitted twice is kept once and the journal names it by hash. The school team rates others'
submissions 优秀 / 合格 / 不合格; a rating of pass or better earns the point's practice hours
(content.rules.compute_progress). Every check runs before anything is written."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from content.ability_points import AbilityPoint, EvidenceSlot
from content.pack_paths import safe_file_name
from sync.base.durable import fsync_dir, translate_os_error
from sync.base.errors import SongpeiError, UnknownTeacher
from sync.base.events import EVIDENCE_POINTS_CHOSEN as POINTS_CHOSEN
from sync.base.events import EVIDENCE_RATED as RATED
from sync.base.events import EVIDENCE_SUBMITTED as SUBMITTED
from sync.base.events import SCHOOL_DOCUMENT_FILED as DOCUMENT_FILED
from sync.base.events import SCHOOL_DOCUMENT_KINDS as DOCUMENT_KINDS
from sync.base.events import Event, payload_object
from sync.base.rows import named
from sync.laptop.journal import Tx
from sync.laptop.laptop import Laptop
from sync.laptop.teachers import _fold_in_tx

# The words on the official sheets and the codes the journal keeps.
LEVELS = {"优秀": "excellent", "合格": "pass", "不合格": "fail"}
LEVEL_CODES = ("excellent", "pass", "fail")
DOCUMENT_TYPES = ("pdf", "doc", "docx", "wps", "txt", "xls", "xlsx", "et")
DOCUMENT_MAX_BYTES = 50 * 1024**2
SCHOOL_POINT = "school"  # the `point` a school document's refusal names (its slot: the kind)
MAX_TEXT_CHARS = 20_000  # a typed slot; longer work belongs in a file
MAX_COMMENT_CHARS = 2_000
STORE = "evidence"
BUFFER = 1024 * 1024


class EvidenceRefused(SongpeiError):
    """A slot failed its rule (point=..., slot=..., reason='missing'|'unknown_slot'|
    'file_needed'|'too_long'|'wrong_type'|'too_large'|'unreadable', and limit=..., types=...,
    name=... where they apply); nothing was written."""

    @property
    def reason(self) -> str:
        return str(self.args_["reason"])


class PointsRefused(SongpeiError):
    """Ability points that cannot be chosen or used (reason='too_few'|'unknown_point'|
    'not_chosen'|'already_submitted'|'not_in_environment', minimum=..., code=...,
    environment=... (the school's, for not_in_environment))."""


class RatingRefused(SongpeiError):
    """A rating or school document refused (reason='not_school_team'|'own_submission'|
    'unknown_submission'|'bad_level'|'bad_kind', and the value where it applies)."""


@dataclass(frozen=True)
class Rating:
    level: str  # excellent | pass | fail
    comment: str
    rater_id: str
    wall_ms: int


@dataclass(frozen=True)
class Submission:
    id: str  # the evidence.submitted event's id
    teacher_id: str
    point: str
    slots: Mapping[str, object]  # slot id → text, or {"sha256", "size", "name"}
    wall_ms: int
    seq: int
    rating: Rating | None = None  # the latest school rating


# --- reading ---------------------------------------------------------------------------------


def point_of(laptop: Laptop, code: str) -> AbilityPoint:
    point = laptop.ability_points().get(code)
    if point is None:
        raise PointsRefused(reason="unknown_point", code=code)
    return point


def chosen_points(laptop: Laptop, teacher_id: str) -> list[str]:
    """The teacher's latest choice of ability points (empty before the first)."""
    events = laptop.journal.events(teacher_id=teacher_id, types=(POINTS_CHOSEN,))
    return list(events[-1].data["points"]) if events else []


def submissions(laptop: Laptop, teacher_id: str | None = None) -> list[Submission]:
    """Submissions in journal order, each with its latest rating."""
    events = laptop.journal.events(teacher_id=teacher_id, types=(SUBMITTED, RATED))
    return _fold(events)


def _fold(events: Iterable[Event]) -> list[Submission]:
    found: dict[str, Submission] = {}
    for ev in events:
        d = ev.data
        if ev.type == SUBMITTED:
            found[ev.id] = Submission(
                ev.id, ev.teacher_id, d["point"], d["slots"], ev.wall_ms, ev.seq
            )
        elif ev.type == RATED and d.get("submission") in found:
            s = found[d["submission"]]
            found[s.id] = Submission(
                s.id,
                s.teacher_id,
                s.point,
                s.slots,
                s.wall_ms,
                s.seq,
                Rating(d["level"], d.get("comment", ""), d["rater"], ev.wall_ms),
            )
    return list(found.values())


@dataclass(frozen=True)
class FiledDocument:
    """A school document filed on this laptop. Filing a kind again adds a newer version; the
    earlier one stays on record here and at the county."""

    id: str  # the school.document_filed event's id
    kind: str  # development_plan | training_plan
    name: str
    size: int
    sha256: str
    filed_by: str  # the school-team member's teacher id
    wall_ms: int
    seq: int


def school_documents(laptop: Laptop) -> list[FiledDocument]:
    """Every school document filed on this laptop, newest first."""
    found = [
        FiledDocument(
            ev.id,
            ev.data["kind"],
            ev.data["file"]["name"],
            ev.data["file"]["size"],
            ev.data["file"]["sha256"],
            ev.teacher_id,
            ev.wall_ms,
            ev.seq,
        )
        for ev in laptop.journal.events(types=(DOCUMENT_FILED,))
    ]
    return sorted(found, key=lambda d: d.seq, reverse=True)


def latest_submission(laptop: Laptop, teacher_id: str, point_code: str) -> Submission | None:
    mine = [s for s in submissions(laptop, teacher_id) if s.point == point_code]
    return mine[-1] if mine else None


def may_resubmit(laptop: Laptop, teacher_id: str, point_code: str) -> bool:
    """Evidence for a point is submitted once; it may be submitted again only when the county
    did not recognise the latest submission, or (before the county decided) the school team
    rated it 不合格. A resubmission is a new event that supersedes, never an edit."""
    last = latest_submission(laptop, teacher_id, point_code)
    if last is None:
        return True
    decided = {d.submission_id: d.recognised for d in laptop.county_decisions(teacher_id)}
    if last.id in decided:
        return not decided[last.id]
    return last.rating is not None and last.rating.level == "fail"


def to_rate(laptop: Laptop, rater_id: str) -> list[Submission]:
    """Other teachers' submissions, unrated ones first (a rater never sees their own)."""
    others = [s for s in submissions(laptop) if s.teacher_id != rater_id]
    return sorted(others, key=lambda s: (s.rating is not None, s.seq))


def stored_path(laptop: Laptop, sha256: str) -> Path:
    if not re.fullmatch(r"[0-9a-f]{64}", sha256):  # the store names files by hash alone
        raise ValueError("not a stored file reference")
    return laptop.data_dir / STORE / sha256[:2] / sha256


def files_named(events: Iterable[tuple[str, str]]) -> dict[str, int]:
    """sha256 → size of every stored file that (type, payload) events name: what a bundle
    carrying those events must carry too."""
    found: dict[str, int] = {}
    for type_, payload in events:
        if type_ not in (SUBMITTED, DOCUMENT_FILED):
            continue
        data = payload_object(payload) or {}
        slots = data.get("slots")
        refs = list(slots.values() if isinstance(slots, dict) else []) + [data.get("file")]
        for ref in refs:
            if isinstance(ref, dict) and re.fullmatch(r"[0-9a-f]{64}", str(ref.get("sha256"))):
                found[ref["sha256"]] = int(ref["size"])
    return found


def viewing_copy(laptop: Laptop, ref: Mapping) -> Path:
    """A copy of a stored file under its original name in a fresh temporary folder, so that
    the rater's viewer can open it by its extension; the store itself is never handed out
    (a viewer that saves would change evidence under its hash)."""
    if not re.fullmatch(r"[0-9a-f]{64}", str(ref.get("sha256", ""))):
        raise ValueError("not a stored file reference")
    folder = Path(tempfile.mkdtemp(prefix="songpei-view-"))
    target = folder / safe_file_name(ref.get("name"), ref["sha256"][:16])
    try:
        shutil.copyfile(stored_path(laptop, ref["sha256"]), target)
    except OSError as exc:
        raise translate_os_error(exc, target) from exc
    target.chmod(0o444)
    return target


# --- choosing and submitting -----------------------------------------------------------------


def choose_points(laptop: Laptop, teacher_id: str, codes: Iterable[str]) -> Event:
    """Record the teacher's ability points (at least the programme's number, each of an
    environment the school's allows; a new choice replaces the old one)."""
    laptop.teachers.get(teacher_id)
    chosen = list(dict.fromkeys(str(c).strip().upper() for c in codes))
    allowed = laptop.allowed_points()
    for code in chosen:
        if point_of(laptop, code).code not in allowed:
            raise PointsRefused(
                reason="not_in_environment", code=code, environment=laptop.school_environment()
            )
    minimum = laptop.rules.min_ability_points
    if len(chosen) < minimum:
        raise PointsRefused(reason="too_few", minimum=minimum, count=len(chosen))
    return laptop.journal.append(teacher_id, POINTS_CHOSEN, {"points": chosen})


def submit(
    laptop: Laptop, teacher_id: str, point_code: str, slots: Mapping[str, str | os.PathLike]
) -> Event:
    """Submit evidence for one chosen point. A slot's value is typed text (a str) or a file
    (a Path). Every slot is checked first; files are then stored by hash and ONE
    `evidence.submitted` event is written."""
    laptop.teachers.get(teacher_id)
    point = point_of(laptop, point_code)
    if point.code not in chosen_points(laptop, teacher_id):
        raise PointsRefused(reason="not_chosen", code=point.code)
    if not may_resubmit(laptop, teacher_id, point.code):
        raise PointsRefused(reason="already_submitted", code=point.code)
    checked = _check_slots(point, slots)
    payload: dict[str, object] = {}
    for slot_id, value in checked.items():
        if isinstance(value, Path):
            slot = next(s for s in point.evidence_slots if s.id == slot_id)
            payload[slot_id] = store_file(
                laptop,
                value,
                slot.max_bytes,
                lambda reason, s=slot, **more: _refused(point, s, reason, **more),
            )
        else:
            payload[slot_id] = value

    def write(tx: Tx) -> Event:
        # Asked again inside the write, where writes are one at a time: two quick clicks (or two
        # windows) cannot both submit a point that may be submitted once.
        if not may_resubmit(laptop, teacher_id, point.code):
            raise PointsRefused(reason="already_submitted", code=point.code)
        return tx.append(teacher_id, SUBMITTED, {"point": point.code, "slots": payload})

    # Files stored before a refused or failed write stay as unnamed blobs: harmless, and the
    # same file submitted again finds them.
    return laptop.journal.transact(write)


def _refused(point: AbilityPoint, slot: EvidenceSlot, reason: str, **more) -> EvidenceRefused:
    return EvidenceRefused(point=point.code, slot=slot.id, title=slot.title, reason=reason, **more)


def _check_slots(point: AbilityPoint, given: Mapping[str, object]) -> dict[str, object]:
    known = {s.id: s for s in point.evidence_slots}
    for slot_id in given:
        if slot_id not in known:
            raise EvidenceRefused(point=point.code, slot=slot_id, reason="unknown_slot")
    checked: dict[str, object] = {}
    for slot in point.evidence_slots:
        value = given.get(slot.id)
        if isinstance(value, str):
            value = value.strip()
        if value is None or value == "":
            if slot.required:
                raise _refused(point, slot, "missing")
            continue
        if isinstance(value, os.PathLike):
            checked[slot.id] = _check_file(point, slot, Path(value))
        elif isinstance(value, str):
            checked[slot.id] = _check_text(point, slot, value)
        else:
            raise TypeError(f"slot {slot.id}: text (str) or a file (Path), not {type(value)}")
    return checked


def _check_text(point: AbilityPoint, slot: EvidenceSlot, text: str) -> str:
    if slot.kind == "media":  # a video or a picture cannot be typed
        raise _refused(point, slot, "file_needed", types=list(slot.types))
    limit = min(MAX_TEXT_CHARS, slot.max_bytes)
    if len(text) > limit or len(text.encode("utf-8")) > slot.max_bytes:
        raise _refused(point, slot, "too_long", limit=limit)
    return text


def _check_file(point: AbilityPoint, slot: EvidenceSlot, path: Path) -> Path:
    ext = path.suffix[1:].lower()
    if slot.types and ext not in {t.lower().lstrip(".") for t in slot.types}:
        raise _refused(point, slot, "wrong_type", types=list(slot.types), name=path.name)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise IsADirectoryError(str(path))
    except OSError as exc:
        raise _refused(
            point, slot, "unreadable", name=path.name, detail=exc.strerror or str(exc)
        ) from None
    if size > slot.max_bytes:
        raise _refused(point, slot, "too_large", limit=slot.max_bytes, size=size, name=path.name)
    return path


# --- the file store --------------------------------------------------------------------------


def store_file(laptop: Laptop, source: Path, max_bytes: int, refuse) -> dict:
    """Copy `source` into the store, hashing as it streams (temporary name, fsync, rename);
    an identical file already stored is reused. A file that grew past `max_bytes` since it was
    checked, or that stops being readable (a drive pulled out), raises
    `refuse(reason, **details)`; a full or read-only disk raises DiskFull / DataDirUnusable."""
    store = laptop.data_dir / STORE
    tmp = store / f".{uuid.uuid4().hex}.tmp"
    digest, size = hashlib.sha256(), 0

    def read(src) -> bytes:
        try:
            return src.read(BUFFER)
        except OSError as exc:
            raise refuse("unreadable", name=source.name, detail=exc.strerror or str(exc)) from None

    try:
        src = open(source, "rb")
    except OSError as exc:
        raise refuse("unreadable", name=source.name, detail=exc.strerror or str(exc)) from None
    try:
        store.mkdir(exist_ok=True)
        with src, open(tmp, "xb") as out:
            while chunk := read(src):
                size += len(chunk)
                if size > max_bytes:
                    raise refuse("too_large", limit=max_bytes, size=size, name=source.name)
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        sha = digest.hexdigest()
        final = store / sha[:2] / sha
        if final.exists() and final.stat().st_size == size:
            tmp.unlink()
        else:
            final.parent.mkdir(exist_ok=True)
            os.replace(tmp, final)
            fsync_dir(final.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise translate_os_error(exc, store) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return {"sha256": sha, "size": size, "name": source.name}


# --- the school team -------------------------------------------------------------------------


def school_team_member(tx: Tx, teacher_id: str) -> None:
    # Checked inside the writing transaction, so a membership just withdrawn counts.
    teacher = _fold_in_tx(tx).get(teacher_id)
    if teacher is None:
        raise UnknownTeacher(teacher_id=teacher_id)
    if not teacher.school_team:
        raise RatingRefused(reason="not_school_team", name=teacher.name)


def rate(
    laptop: Laptop, rater_id: str, submission_event_id: str, level: str, comment: str = ""
) -> Event:
    """A school-level rating (优秀 / 合格 / 不合格, or excellent / pass / fail) of another
    teacher's submission; journalled under the submitter, with the rater named."""
    code = LEVELS.get(level.strip(), level.strip())
    if code not in LEVEL_CODES:
        raise RatingRefused(reason="bad_level", value=level)
    comment = (comment or "").strip()[:MAX_COMMENT_CHARS]

    def write(tx: Tx) -> Event:
        school_team_member(tx, rater_id)
        row = named(
            tx.conn,
            "SELECT teacher_id, payload FROM events WHERE id=? AND type=?",
            (submission_event_id, SUBMITTED),
        ).fetchone()
        if row is None:
            raise RatingRefused(reason="unknown_submission", value=submission_event_id)
        if row["teacher_id"] == rater_id:
            raise RatingRefused(reason="own_submission")
        point = json.loads(row["payload"])["point"]
        return tx.append(
            row["teacher_id"],
            RATED,
            {
                "submission": submission_event_id,
                "point": point,
                "level": code,
                "comment": comment,
                "rater": rater_id,
            },
        )

    return laptop.journal.transact(write)


def file_school_document(laptop: Laptop, rater_id: str, kind: str, path: os.PathLike) -> Event:
    """File the school's development plan or school-based training plan (school artefacts,
    kept apart from teachers' evidence), stored like evidence."""
    if kind not in DOCUMENT_KINDS:
        raise RatingRefused(reason="bad_kind", value=kind)
    laptop.journal.transact(lambda tx: school_team_member(tx, rater_id))
    path = Path(path)
    slot = EvidenceSlot(kind, "plan", kind, True, DOCUMENT_MAX_BYTES, DOCUMENT_TYPES)
    point = AbilityPoint(SCHOOL_POINT, "", "", "", "", 0.0, (slot,), (), ())
    _check_file(point, slot, path)
    stored = store_file(
        laptop,
        path,
        DOCUMENT_MAX_BYTES,
        lambda reason, **more: _refused(point, slot, reason, **more),
    )

    def write(tx: Tx) -> Event:
        school_team_member(tx, rater_id)
        return tx.append(rater_id, DOCUMENT_FILED, {"kind": kind, "file": stored})

    return laptop.journal.transact(write)
