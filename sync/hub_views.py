"""What the county window lists: the device register and the quarantine, as plain rows (the
window never runs SQL), and the dashboard's per-level rows built from hub_report's."""

from __future__ import annotations

import json
import re
import shutil
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from content.keys import fingerprint
from content.targets import DistrictTarget, district_of

from .durable import translate_os_error
from .hub import Hub
from .hub_report import TeacherRow, district_rows


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
    last = dict(hub.conn.execute("SELECT device_id, max(at_ms) FROM bundles "
                                 "WHERE status='imported' GROUP BY device_id"))
    # An enrolled laptop's schools are the ones its teachers named (literal types, so the
    # partial index hub_events_profiles serves this); a waiting one's come from quarantine.
    named: dict[str, set[str]] = defaultdict(set)
    for d, school in hub.conn.execute(
            "SELECT device_id, json_extract(payload, '$.school') FROM events WHERE type IN "
            "('teacher.enrolled', 'teacher.profile_changed')"):
        if school:
            named[d].add(school)
    rows = [DeviceRow(d, status, tuple(sorted(named[d])) if named.get(d) else
                      tuple(json.loads(schools or "[]")), fingerprint(key), first,
                      decided, last.get(d))
            for d, status, schools, key, first, decided in hub.conn.execute(
                "SELECT device_id, status, schools, ed25519, first_seen_ms, decided_ms "
                "FROM devices")]
    order = {"pending": 0, "enrolled": 1, "revoked": 2}
    return sorted(rows, key=lambda r: (order.get(r.status, 3), r.device_id))


@dataclass(frozen=True)
class HeldItem:
    id: int
    at_ms: int
    device_id: str
    bundle_id: str
    reason: str  # a bundle reason ('unknown-device', 'revoked-device', 'key-mismatch') or 'conflict'
    schools: tuple[str, ...] = ()
    fingerprint: str = ""
    why: str = ""  # for a conflict: what contradicts the hub's copy
    seq: int | None = None  # for a conflict: the event's place in the laptop's journal


def held_items(hub: Hub) -> list[HeldItem]:
    """Everything in quarantine that no one has resolved yet, newest first."""
    out = []
    for qid, at, dev, bundle, reason, detail in hub.conn.execute(
            "SELECT id, at_ms, device_id, bundle_id, reason, detail FROM quarantine "
            "WHERE resolved_ms IS NULL ORDER BY at_ms DESC, id DESC"):
        try:
            d = json.loads(detail) if detail else {}
        except ValueError:
            d = {}
        d = d if isinstance(d, dict) else {}
        event = d.get("event") if isinstance(d.get("event"), list) else []
        out.append(HeldItem(qid, at, dev, bundle, reason, tuple(d.get("schools", ())),
                            d.get("fingerprint", ""), d.get("why", ""),
                            event[0] if event and isinstance(event[0], int) else None))
    return out


@dataclass(frozen=True)
class LevelRow:
    """One line of the dashboard: a district, a school or a teacher."""
    name: str
    parent: str  # the district of a school, the school of a teacher
    enrolled: int
    met: int
    target: int | None = None  # districts only: teachers to train in the year
    teachers_total: int | None = None
    online_hours: float = 0.0
    practice_hours: float = 0.0
    masked_id: str = ""  # teachers only

    @property
    def behind(self) -> int:
        return max((self.target or 0) - self.met, 0)


DISTRICT, SCHOOL, TEACHER = "district", "school", "teacher"


def level_rows(teachers: list[TeacherRow], targets: list[DistrictTarget], year: int,
               level: str, within: str | None = None) -> list[LevelRow]:
    """Rows for one level; `within` narrows schools to a district, teachers to a school."""
    names = [t.district for t in targets]
    if level == DISTRICT:
        return [LevelRow(d.district, "", d.enrolled, d.met, d.target, d.teachers_total)
                for d in district_rows(teachers, targets, year)]
    if level == SCHOOL:
        groups: dict[str, list[TeacherRow]] = defaultdict(list)
        for r in teachers:
            groups[r.school].append(r)
        out = []
        for school, rows in sorted(groups.items()):
            district = district_of(school, names)
            if within is not None and district != within:
                continue
            out.append(LevelRow(school, district, len(rows), sum(r.met for r in rows),
                                online_hours=sum(r.online_hours for r in rows) / len(rows),
                                practice_hours=sum(r.practice_hours for r in rows) / len(rows)))
        return out
    if level == TEACHER:
        return [LevelRow(r.name, r.school, 1, int(r.met), online_hours=r.online_hours,
                         practice_hours=r.practice_hours, masked_id=r.masked_id)
                for r in teachers if within is None or r.school == within]
    raise ValueError(level)


def viewable_copy(hub: Hub, ref: dict, folder: Path) -> Path:
    """A copy of an evidence file under its original name (the hub keeps it named by its
    hash, which no viewer knows how to open), for a person to look at; the hub's copy is
    never handed out, so a viewer cannot change it."""
    sha = str(ref.get("sha256", ""))
    source = hub.evidence_path(sha)
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", str(ref.get("name") or sha)).strip(". ") or sha
    target = Path(folder) / sha[:12] / name
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    except OSError as exc:
        raise translate_os_error(exc, source) from exc
    return target
