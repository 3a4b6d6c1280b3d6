"""What the county window lists besides the measures' and the decisions' rows: the device
register as plain rows (the window never runs SQL), and evidence files copied out to open."""

from __future__ import annotations

import json
import shutil
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from content.keys import fingerprint
from content.pack_paths import safe_file_name
from sync.base import library
from sync.base.durable import translate_os_error
from sync.base.events import TEACHER_ENROLLED, TEACHER_PROFILE_CHANGED
from sync.base.rows import tables
from sync.county.hub import Hub


@dataclass(frozen=True)
class DeviceRow:
    device_id: str
    status: str  # 'pending' | 'enrolled' | 'revoked'
    schools: tuple[str, ...]
    fingerprint: str
    first_seen_ms: int
    decided_ms: int | None
    last_import_ms: int | None


def device_rows(hub: Hub) -> list[DeviceRow]:
    """Waiting laptops first (a person has to act on them), then by id."""
    db = tables(hub.conn)
    last = {
        r["device_id"]: r["last_ms"]
        for r in db.query(
            "SELECT device_id, max(at_ms) AS last_ms FROM bundles WHERE status='imported' "
            "GROUP BY device_id"
        )
    }
    # An enrolled laptop's schools are the ones its teachers named (literal types, so the
    # partial index hub_events_profiles serves this); a waiting one's come from quarantine.
    named: dict[str, set[str]] = defaultdict(set)
    for d, school in hub.conn.execute(
        "SELECT device_id, json_extract(payload, '$.school') FROM events WHERE type IN "
        f"('{TEACHER_ENROLLED}', '{TEACHER_PROFILE_CHANGED}')"
    ):
        if school:
            named[d].add(school)
    rows = [
        DeviceRow(
            d["device_id"],
            d["status"],
            tuple(sorted(named[d["device_id"]]))
            if named.get(d["device_id"])
            else tuple(json.loads(d["schools"] or "[]")),
            fingerprint(d["ed25519"]),
            d["first_seen_ms"],
            d["decided_ms"],
            last.get(d["device_id"]),
        )
        for d in db["devices"].rows
    ]
    order = {"pending": 0, "enrolled": 1, "revoked": 2}
    return sorted(rows, key=lambda r: (order.get(r.status, 3), r.device_id))


def viewable_copy(hub: Hub, ref: dict, folder: Path) -> Path:
    """A copy of an evidence file under its original name (the hub keeps it named by its
    hash, which no viewer knows how to open), for a person to look at; the hub's copy is
    never handed out, so a viewer cannot change it."""
    # Both names come from a bundle: the hash must be one (evidence_path checks), the original
    # name is cut down to one safe file name, in a folder named by the hash.
    sha = str(ref.get("sha256", ""))
    source = hub.evidence_path(sha)
    target = Path(folder) / sha[:12] / safe_file_name(ref.get("name"), sha)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    except OSError as exc:
        raise translate_os_error(exc, source) from exc
    return target


@dataclass(frozen=True)
class PointWords:
    """How the published packs name an ability point and its evidence slots."""

    name: str
    slots: dict[str, str]


def point_words(hub: Hub) -> dict[str, PointWords]:
    """Ability point code → its name and slot titles, from the packs the hub counts with."""
    return {
        code: PointWords(p.name, {s.id: s.title for s in p.evidence_slots})
        for code, p in library.load_points(hub.files_dir).items()
    }
