"""The county hub: one SQLite file holding every imported event, the register of devices,
quarantine and flags. Imports are idempotent (by device and sequence, and by event id) and each
bundle is one transaction: a crash or a bad file leaves the hub exactly as it was."""

from __future__ import annotations

import gc
import hashlib
import json
import os
import re
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from content.ability_points import AbilityPoint
from content.catalog import Catalog, demo_catalog
from content.errors import KeyRoleMismatch
from content.keys import PrivateKey, PublicKey, fingerprint
from content.rules import ProgrammeRules, bundled_rules
from content.targets import DistrictTarget
from content.trust import TrustStore
from sync.base import attendance_sheet, library, migrate
from sync.base.bundle import SUFFIX, Bundle, BundleRefused, Unopened, open_bundle, open_bundles
from sync.base.confine import OutsideFolder, inside, remove
from sync.base.durable import atomic_write_bytes, translate_os_error
from sync.base.errors import SongpeiError
from sync.base.events import (
    ATTENDANCE_SIGNED,
    COLUMNS,
    DEVICE,
    HASH,
    ID,
    MALFORMED_SQL,
    PAYLOAD,
    PREV_HASH,
    SCHOOL_DOCUMENT_FILED,
    SEQ,
    TEACHER,
    TEACHER_ENROLLED,
    TYPE,
    WALL_MS,
    Event,
    malformed,
    payload_object,
    typed_row_hash,
)
from sync.base.rows import named, tables
from sync.county import event_ids, import_tables, people_search, school_documents
from sync.county.decisions import CountyOffice
from sync.county.lineage import Heir, Lineage

BATCH = 5000
INSERT_EVENT = f"INSERT INTO events ({COLUMNS}, bundle_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
EARLIEST_PLAUSIBLE_MS = 1_420_070_400_000  # 2015-01-01: no kit existed before
SKEW_TOLERANCE_MS = 2 * 86_400_000
# The names the hub gives the things it keeps: its own hex digests, never a name from a drive.
_DIGEST = re.compile(r"[0-9a-f]{64}")
QUARANTINE = "quarantine"
KIND = "songpei-county-hub"  # meta's kind: what tells a hub from any other SQLite file


class NotAHub(SongpeiError):
    """The file is not a county hub (path=..., detail=...)."""


class HubExists(SongpeiError):
    """A hub already exists at this path (path=...)."""


class UnknownDevice(SongpeiError):
    """No such device in the hub's register (device_id=...)."""


class WrongCountyKey(SongpeiError):
    """The key given is not this hub's county key (path=..., expected=..., found=...)."""


@dataclass
class ImportResult:
    source: str
    status: str  # 'imported' | 'already-had' | 'quarantined' | 'waiting' | 'refused'
    device_id: str = ""
    seq_first: int = 0
    seq_last: int = 0
    new_events: int = 0
    already: int = 0
    conflicts: int = 0
    reason: str = ""
    detail: str = ""
    flags: list[str] = field(default_factory=list)
    quarantine_id: int = 0  # the held item, when status is 'quarantined'

    @property
    def refused(self) -> bool:
        return self.status in ("refused", "quarantined") or self.conflicts > 0


def _agreement(county: PrivateKey) -> X25519PrivateKey:
    """The county key's decryption half: a county key always has one; any other key is the
    wrong key for a hub."""
    if county.agreement is None:
        raise KeyRoleMismatch(path="", expected="county", found=county.role)
    return county.agreement


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


class Hub(CountyOffice, Lineage):
    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn
        meta = dict(conn.execute("SELECT key, value FROM meta"))
        self.county = PublicKey.from_dict(json.loads(meta["county_key"]), str(path))
        self.county_key_path = Path(meta["county_key_path"])

    # --- opening ------------------------------------------------------------------------------
    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        try:
            # The county window runs hub work on one worker thread at a time (never two).
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA busy_timeout=10000")
            conn.execute("PRAGMA cache_size=-65536")  # 64 MiB: big imports touch big indexes
            conn.execute("PRAGMA temp_store=MEMORY")  # an import's own sessions: a few MB
        except sqlite3.DatabaseError as exc:
            raise NotAHub(path=str(path), detail=str(exc)) from exc
        return conn

    @classmethod
    def init(cls, path: Path, county: PrivateKey, key_path: Path) -> Hub:
        path = Path(path).absolute()
        if path.exists() and path.stat().st_size > 0:
            raise HubExists(path=str(path))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise translate_os_error(exc, path.parent) from exc
        conn = cls._connect(path)
        migrate.apply(conn, path, migrate.package_dir("county/migrations"))
        with _tx(conn):
            conn.executemany(
                "INSERT INTO meta VALUES (?, ?)",
                [
                    ("kind", KIND),
                    ("county_key", json.dumps(county.public.to_dict(), ensure_ascii=False)),
                    ("county_key_path", str(Path(key_path).absolute())),
                    ("created_ms", str(_now_ms())),
                ],
            )
        return cls(path, conn)

    @staticmethod
    def _look(path: Path) -> int | None:
        """The schema version of the hub at `path`, read-only (opening for writing would
        switch someone else's database, a laptop's journal given by mistake, to WAL mode
        before we knew it was not ours); None when it is not a hub: no hub's kind, or a
        version no hub has (Hub.init makes version 1 and up; a file claiming the kind at 0 or
        below would have every migration run over its own tables)."""
        try:
            look = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
            try:
                kind = look.execute("SELECT value FROM meta WHERE key='kind'").fetchone()
                version = look.execute("PRAGMA user_version").fetchone()[0]
            finally:
                look.close()
        except sqlite3.DatabaseError:
            return None
        return version if kind and kind[0] == KIND and version > 0 else None

    @staticmethod
    def upgrade_pending(path: Path) -> bool:
        """Whether opening the hub at `path` first brings it up to date for this version (a
        county's hub of millions of events takes a minute: say so before). Not a hub at
        all: False, and open says what is wrong with it."""
        version = Hub._look(Path(path).absolute())
        latest = migrate.steps(migrate.package_dir("county/migrations"))[-1][0]
        return version is not None and version < latest

    @classmethod
    def open(cls, path: Path) -> Hub:
        path = Path(path).absolute()
        if not path.is_file():
            raise NotAHub(path=str(path), detail="no such file")
        with open(path, "rb") as f:
            if f.read(16) != b"SQLite format 3\0":
                raise NotAHub(path=str(path), detail="not an SQLite file")
        if cls._look(path) is None:
            raise NotAHub(path=str(path), detail="no hub metadata")
        conn = cls._connect(path)
        migrate.apply(conn, path, migrate.package_dir("county/migrations"))
        return cls(path, conn)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Hub:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def check_key(self, county: PrivateKey, key_path: Path) -> None:
        if county.public != self.county:
            raise WrongCountyKey(
                path=str(key_path), expected=self.county.key_id, found=county.public.key_id
            )

    @property
    def files_dir(self) -> Path:
        return self.path.with_name(self.path.stem + "-files")

    @property
    def quarantine_dir(self) -> Path:
        return self.files_dir / QUARANTINE

    def quarantine_store(self, stored: str | None) -> Path | None:
        """The folder holding a quarantined bundle's copy: HUB-files/quarantine/<the SHA-256 of
        its signed trailers>, a name the hub computed. A row from an older hub holds an
        absolute path named after the bundle id; only its last part is looked for, and only
        inside the quarantine folder (None when it would lie anywhere else)."""
        if not stored:
            return None
        name = stored if _DIGEST.fullmatch(stored) else Path(stored).name
        try:
            return inside(self.quarantine_dir, self.quarantine_dir / name)
        except OutsideFolder:
            return None

    def _drop_store(self, stored: str | None) -> None:
        """Delete a quarantined bundle's copy; never anything outside the quarantine folder."""
        store = self.quarantine_store(stored)
        if store is not None:
            remove(self.quarantine_dir, store)

    # --- import -------------------------------------------------------------------------------
    def import_paths(
        self,
        paths: Iterable[Path],
        county: PrivateKey,
        report: Callable[[int, int], None] | None = None,
    ) -> list[ImportResult]:
        """Import bundles from files, folders or whole drives; one result per bundle (and one
        per part file that is no readable bundle part). `report(done, total)` hears after
        each bundle (for a progress bar)."""
        unreadable, bundles = open_bundles(paths)
        results = [_refused(u.source, u.error) for u in unreadable]
        for n, bundle in enumerate(bundles):
            if report is not None:
                report(n, len(bundles))
            results.append(self.import_bundle(bundle, county))
        if report is not None:
            report(len(bundles), len(bundles))
        return results

    def import_bundle(self, bundle: Bundle | Unopened, county: PrivateKey) -> ImportResult:
        """One bundle: refused, answered from the register (seen before), held in quarantine
        (a laptop the county has not enrolled), or its rows inserted in one transaction."""
        if isinstance(bundle, Unopened):
            return _refused(bundle.source, bundle.error)
        source, head, digest = bundle.source, bundle.head, bundle.digest
        d = head.data
        result = ImportResult(source, "imported", head.device_id, d["seq_first"], d["seq_last"])
        if d["county_key_id"] != self.county.key_id:
            result.status, result.reason = "refused", "other-county"
            return result
        seen = named(
            self.conn,
            "SELECT trailer_sha256, status FROM bundles WHERE bundle_id=?",
            (head.bundle_id,),
        ).fetchone()
        if seen and seen["trailer_sha256"] == digest:  # re-import: answered from the register
            result.status = "already-had" if seen["status"] == "imported" else "waiting"
            return result
        device = named(
            self.conn, "SELECT ed25519, status FROM devices WHERE device_id=?", (head.device_id,)
        ).fetchone()
        try:
            status = device["status"] if device is not None else None
            heir = (  # the rows are read only as far as the claim needs: one chunk, mostly
                self._heir(head, bundle.rows(_agreement(county)))
                if status in (None, "pending")
                else None
            )
            if isinstance(heir, Heir):
                self._import_enrolled(bundle, county, result, heir)
                self._drop_store(heir.stored)
                _note(result, "rekeyed")
                result.detail = heir.from_device
            elif heir is not None:  # a claim to an approved branch that does not hold
                self._hold(bundle, county, "rekey-refused", result, why=heir)
            elif status != "enrolled" or device["ed25519"] != head.device_key:
                reason = (
                    "unknown-device"
                    if status in (None, "pending")
                    else "revoked-device"
                    if status == "revoked"
                    else "key-mismatch"
                )
                self._hold(bundle, county, reason, result)
            else:
                try:
                    self._import_enrolled(bundle, county, result)
                except _Fork as fork:  # rolled back whole: the branch waits, merged nowhere
                    result.flags = []
                    self._hold(bundle, county, "fork", result, fork_seq=fork.seq)
        except BundleRefused as exc:
            return _refused(source, exc, head.device_id, d["seq_first"], d["seq_last"])
        return result

    def _hold(
        self,
        bundle: Bundle,
        county: PrivateKey,
        reason: str,
        result: ImportResult,
        fork_seq: int | None = None,
        why: str = "",
    ) -> None:
        """Keep a bundle a person must decide on: a copy in the hub's folder, a quarantine row,
        and (for a new laptop) a pending device entry with the schools its teachers named. A
        fork (a second history under an enrolled laptop's name) is also flagged at the
        sequence number where it leaves the hub's copy."""
        schools: set[str] = set()
        head, digest = bundle.head, bundle.digest
        # Rows in events column order, the format's own lists, read as they come.
        for r in bundle.rows(_agreement(county)):
            if malformed(r[TYPE], r[PAYLOAD]):
                raise BundleRefused(path=str(bundle.parts[0][0]), reason="bad-event", seq=r[SEQ])
            if r[TYPE] == TEACHER_ENROLLED:
                profile = payload_object(r[PAYLOAD])
                if profile is not None:  # not malformed(), so an object with its fields
                    schools.add(profile["school"])
        # Named by what the hub computed from the signed trailers, never by anything a
        # trailer or the drive says: a forged bundle id such as ../.. names no folder.
        store = inside(self.quarantine_dir, self.quarantine_dir / digest)
        try:
            store.mkdir(parents=True, exist_ok=True)
            for n, (p, _) in enumerate(bundle.parts, start=1):
                shutil.copyfile(p, store / f"part-{n:02d}{SUFFIX}")
        except OSError as exc:
            remove(self.quarantine_dir, store)
            raise translate_os_error(exc, store) from exc
        now = _now_ms()
        d = head.data
        detail: dict[str, object] = {
            "schools": sorted(schools),
            "fingerprint": fingerprint(head.device_key),
        }
        if fork_seq is not None:
            detail["fork_seq"] = fork_seq
            detail["chain_last"] = d["chain_last"]
        if why:
            detail["why"] = why
        with _tx(self.conn):
            if fork_seq is not None:
                self._flag(
                    head.device_id, fork_seq, None, "fork", f"held bundle {head.bundle_id}", now
                )
            if reason == "unknown-device":
                self.conn.execute(
                    "INSERT INTO devices (device_id, ed25519, status, schools, first_seen_ms) "
                    "VALUES (?,?,?,?,?) ON CONFLICT(device_id) DO UPDATE SET schools=excluded.schools",
                    (
                        head.device_id,
                        head.device_key,
                        "pending",
                        json.dumps(sorted(schools), ensure_ascii=False),
                        now,
                    ),
                )
            result.quarantine_id = (
                self.conn.execute(
                    "INSERT INTO quarantine (at_ms, device_id, bundle_id, reason, detail, stored) "
                    "VALUES (?,?,?,?,?,?)",
                    (
                        now,
                        head.device_id,
                        head.bundle_id,
                        reason,
                        json.dumps(detail, ensure_ascii=False),
                        digest,
                    ),
                ).lastrowid
                or 0
            )
            self.conn.execute(
                "INSERT OR REPLACE INTO bundles VALUES (?,?,?,?,?,?,?,?)",
                (
                    head.bundle_id,
                    digest,
                    head.device_id,
                    d["seq_first"],
                    d["seq_last"],
                    "quarantined",
                    0,
                    now,
                ),
            )
        result.status, result.reason = "quarantined", reason
        result.detail = ", ".join(sorted(schools))
        if fork_seq is not None:
            result.seq_first, result.detail = fork_seq, str(fork_seq)
            _note(result, "fork")

    def _import_enrolled(
        self, bundle: Bundle, county: PrivateKey, result: ImportResult, heir: Heir | None = None
    ) -> None:
        """Insert a bundle's new events in one transaction; `heir` (a laptop's first bundle
        under the identity it took on for an approved branch) is enrolled in the same one."""
        head, digest = bundle.head, bundle.digest
        d = head.data
        dev, first, last = head.device_id, d["seq_first"], d["seq_last"]
        now = _now_ms()
        conn = self.conn
        with _tx(conn), _no_cyclic_gc():
            if heir is not None:
                self._enrol_heir(heir, head.device_id, head.device_key, now)
            existing = dict(
                conn.execute(
                    "SELECT seq, hash FROM events WHERE device_id=? AND seq BETWEEN ? AND ?",
                    (dev, first, last),
                )
            )
            # A fork: the bundle's history leaves the hub's copy of this device's chain (two
            # laptops restored from one disk image share a key and a sequence). Detected by
            # hash inside this one transaction; the whole bundle is then rolled back and held
            # (_Fork).
            before = conn.execute(
                "SELECT hash FROM events WHERE device_id=? AND seq=?", (dev, first - 1)
            ).fetchone()
            if before is not None and before[0] != d["chain_prev"]:
                raise _Fork(first)
            expected, prev = first, d["chain_prev"]
            bundle_id = head.bundle_id
            batch: list[list] = []  # the bundle's own row lists, the bundle id appended
            signed: list[list] = []
            filed: list[list] = []  # school documents (整校推进), kept per school below
            skewed = False
            # The import's hot loop (millions of rows at a county): rows stay the bundle's
            # lists in events column order, read by the column's place (SEQ, TYPE, … from
            # sync.base.events) and inserted as they are; a named row per event would cost a
            # dict and an object each. Bundle.rows checked each column's type.
            for r in bundle.rows(_agreement(county), files=self._evidence_sink):
                seq = r[SEQ]
                if r[DEVICE] != dev or seq != expected:
                    raise BundleRefused(path=result.source, reason="damaged")
                if r[PREV_HASH] != prev or typed_row_hash(r) != r[HASH]:
                    self._flag(dev, seq, r[TEACHER], "chain-broken", "", now)
                    _note(result, "chain-broken")
                if (
                    not skewed
                    and not EARLIEST_PLAUSIBLE_MS <= r[WALL_MS] <= now + SKEW_TOLERANCE_MS
                ):
                    skewed = True  # one flag per bundle is enough to send a person looking
                    self._flag(dev, seq, r[TEACHER], "clock-skew", str(r[WALL_MS]), now)
                    _note(result, "clock-skew")
                prev, expected = r[HASH], expected + 1
                known = existing.get(seq)
                if known is None:
                    if r[TYPE] == ATTENDANCE_SIGNED:
                        signed.append(r)
                    elif r[TYPE] == SCHOOL_DOCUMENT_FILED:
                        filed.append(r)
                    r.append(bundle_id)
                    batch.append(r)
                elif known == r[HASH]:
                    result.already += 1
                else:
                    raise _Fork(seq)
                if len(batch) >= BATCH:
                    result.new_events += self._insert(batch, head.bundle_id, now, result)
                    batch = []
            if expected - 1 != last or prev != d["chain_last"]:
                raise BundleRefused(path=result.source, reason="damaged")
            # The hub holds more of this device than the bundle, and its next event does not
            # follow the bundle's last: a fork too. Checked after the rows, so that a branch
            # whose events differ from the hub's is named at its first differing event (the
            # fork point the laptop's new identity starts from), not after its end.
            after = conn.execute(
                "SELECT prev_hash FROM events WHERE device_id=? AND seq=?", (dev, last + 1)
            ).fetchone()
            if after is not None and after[0] != d["chain_last"]:
                raise _Fork(last + 1)
            result.new_events += self._insert(batch, head.bundle_id, now, result)
            # One malformed event refuses the bundle (the transaction rolls back) before any
            # query that reads payloads by field sees it.
            bad = conn.execute(
                f"SELECT seq FROM events WHERE device_id=? AND seq BETWEEN ? AND "
                f"? AND bundle_id=? AND ({MALFORMED_SQL}) ORDER BY seq LIMIT 1",
                (dev, first, last, head.bundle_id),
            ).fetchone()
            if bad is not None:
                raise BundleRefused(path=result.source, reason="bad-event", seq=bad[0])
            event_ids.settle(conn)
            people_search.add_imported(conn, dev, first, last, head.bundle_id)
            school_documents.add_imported(conn, filed)
            # Only this bundle's new rows join the kept tables, and the checks read those
            # tables by their indexes: the cost is this bundle's, whatever the hub holds.
            for flag in import_tables.add_imported(
                conn,
                dev,
                first,
                last,
                head.bundle_id,
                lambda teacher, kind, detail: self._flag(dev, None, teacher, kind, detail, now),
            ):
                _note(result, flag)
            trainers = dict(conn.execute("SELECT ed25519, key_id FROM trainers"))
            # A laptop that took on a new identity re-issued its branch: a statement signed
            # before names the identity it had then.
            names = [name for name, _ in self._lineage(dev)] if signed else []
            for r in signed:
                problem = attendance_sheet.check(
                    json.loads(r[PAYLOAD]), r[TEACHER], names, trainers
                )
                if problem:
                    self._flag(dev, r[SEQ], r[TEACHER], "attendance-" + problem, "", now)
                    _note(result, "attendance-" + problem)
            conn.execute(
                "INSERT OR REPLACE INTO bundles VALUES (?,?,?,?,?,?,?,?)",
                (head.bundle_id, digest, dev, first, last, "imported", result.new_events, now),
            )

    def _evidence_sink(self, name: str, size: int) -> _EvidenceFile:
        return _EvidenceFile(self.files_dir / "evidence", name)

    def evidence_path(self, sha256: str) -> Path:
        """Where an evidence file named by its SHA-256 is kept once a bundle brought it."""
        if not _DIGEST.fullmatch(sha256):  # a name from an event's payload, never a path
            raise ValueError("not a stored file reference")
        return self.files_dir / "evidence" / sha256[:2] / sha256

    def _insert(self, rows: list[list], bundle_id: str, now: int, result: ImportResult) -> int:
        """Add a batch of a bundle's new events; one whose id the hub already holds under
        another place (an earlier batch of this bundle included) waits in quarantine."""
        if not rows:
            return 0
        conn = self.conn
        # In id order: the probes of the deeper levels then walk their pages in order, and
        # level 0 takes the batch as runs of neighbours (a 300,000-event laptop into a
        # county's hub: 1.2 s for the ids instead of 1.6 s).
        ids = event_ids.as_text(sorted(r[ID] for r in rows))
        conn.execute("SAVEPOINT batch")
        try:
            if event_ids.add(conn, ids) == len(rows):  # every id new: the usual batch
                conn.executemany(INSERT_EVENT, rows)
                conn.execute("RELEASE batch")
                return len(rows)
        except sqlite3.IntegrityError:  # an id in level 0 already, or twice in the batch
            pass
        conn.execute("ROLLBACK TO batch")
        conn.execute("RELEASE batch")
        taken = event_ids.held(conn, ids)
        added = 0
        for r in rows:
            if r[ID] in taken:
                self._id_used(r, bundle_id, now, result)
                continue
            try:
                conn.execute("SAVEPOINT one")
                event_ids.add(conn, event_ids.as_text([r[ID]]))
                conn.execute(INSERT_EVENT, r)
                conn.execute("RELEASE one")
                added += 1
            except sqlite3.IntegrityError:  # the same id earlier in this batch
                conn.execute("ROLLBACK TO one")
                conn.execute("RELEASE one")
                self._id_used(r, bundle_id, now, result)
        return added

    def _id_used(self, row: list, bundle_id: str, now: int, result: ImportResult) -> None:
        self._conflict(Event(*row[:11]), bundle_id, "event id already used", now)
        result.conflicts += 1

    def find(self, query: str, rows: list) -> list[people_search.Found]:
        """Teachers and schools matching `query`, placed by the dashboard's teacher `rows`."""
        return people_search.find(self.conn, query, rows)

    def rebuild_sums(self) -> None:
        """Recompute every table kept at import from the events (as migration 0009 does)."""
        with _tx(self.conn):
            import_tables.rebuild(self.conn)

    def _conflict(self, ev: Event, bundle_id: str, why: str, now: int) -> None:
        """The original stays; the newcomer waits in quarantine with the reason."""
        self.conn.execute(
            "INSERT INTO quarantine (at_ms, device_id, bundle_id, reason, detail) VALUES "
            "(?,?,?,?,?)",
            (
                now,
                ev.device_id,
                bundle_id,
                "conflict",
                json.dumps({"why": why, "event": list(ev.row())}, ensure_ascii=False),
            ),
        )

    def _flag(
        self,
        device_id: str,
        seq: int | None,
        teacher_id: str | None,
        kind: str,
        detail: str,
        now: int,
    ) -> None:
        self.conn.execute(
            "INSERT INTO flags (device_id, seq, teacher_id, kind, detail, at_ms) "
            "VALUES (?,?,?,?,?,?)",
            (device_id, seq, teacher_id, kind, detail, now),
        )

    # --- content: the packs the county publishes, so hours are capped as on the laptops ---
    @property
    def trust_path(self) -> Path:
        return self.files_dir / "trust.json"

    def trust(self) -> TrustStore:
        if not self.trust_path.exists():
            return TrustStore()
        return TrustStore.from_bytes(self.trust_path.read_bytes(), str(self.trust_path))

    def add_publisher(self, key: PublicKey) -> None:
        self.files_dir.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(self.trust_path, self.trust().add(key, _now_ms()).to_bytes())

    def install_pack(self, folder: Path) -> library.InstallResult:
        self.files_dir.mkdir(parents=True, exist_ok=True)
        return library.install(folder, self.files_dir, self.trust(), demo=False)

    def ability_points(self) -> dict[str, AbilityPoint]:
        """The published packs' ability points by code (their practice hours and dimensions,
        as on laptops)."""
        return library.load_points(self.files_dir)

    def content(self) -> tuple[Catalog, ProgrammeRules]:
        """The published packs' catalogue and rules (the demo catalogue before any)."""
        found = library.load_content(self.files_dir)
        return found if found is not None else (demo_catalog(), bundled_rules())

    # --- targets -----------------------------------------------------------------------------
    def set_targets(self, targets: list[DistrictTarget]) -> None:
        """Replace the targets table whole (a new file from the city supersedes the old)."""
        with _tx(self.conn):
            self.conn.execute("DELETE FROM targets")
            self.conn.executemany(
                "INSERT INTO targets VALUES (?,?,?,?)",
                [
                    (t.district, y, n, t.teachers_total)
                    for t in targets
                    for y, n in sorted(t.targets.items())
                ],
            )

    def targets(self) -> list[DistrictTarget]:
        found: dict[str, DistrictTarget] = {}
        for r in tables(self.conn)["targets"].rows_where(order_by="rowid"):
            place = found.setdefault(
                r["district"], DistrictTarget(r["district"], r["teachers_total"], {})
            )
            place.targets[r["year"]] = r["target"]
        return list(found.values())

    # --- devices ------------------------------------------------------------------------------
    def enrol(self, device_id: str, ed25519: bytes) -> None:
        """Register a laptop the county already knows (its key checked by a person), so its
        bundles import without waiting in quarantine."""
        with _tx(self.conn):
            self.conn.execute(
                "INSERT INTO devices (device_id, ed25519, status, first_seen_ms, decided_ms) "
                "VALUES (?,?,'enrolled',?,?)",
                (device_id, ed25519, _now_ms(), _now_ms()),
            )

    def approve(self, device_id: str, county: PrivateKey) -> list[ImportResult]:
        """Enrol a pending device and import the bundles it had waiting."""
        row = self.conn.execute(
            "SELECT status FROM devices WHERE device_id=?", (device_id,)
        ).fetchone()
        if row is None:
            raise UnknownDevice(device_id=device_id)
        with _tx(self.conn):
            self.conn.execute(
                "UPDATE devices SET status='enrolled', decided_ms=? WHERE device_id=?",
                (_now_ms(), device_id),
            )
        waiting = self.conn.execute(
            "SELECT q.id, q.stored FROM quarantine q JOIN bundles b USING (bundle_id) WHERE "
            "q.device_id=? AND q.reason='unknown-device' AND q.resolved_ms IS NULL "
            "ORDER BY b.seq_first",
            (device_id,),
        ).fetchall()
        results = []
        for qid, stored in waiting:
            store = self.quarantine_store(stored)
            files = sorted(store.glob(f"*{SUFFIX}")) if store is not None else []
            if not files:  # the copy is gone (or was never the hub's to read): it waits on
                results.append(
                    ImportResult(str(store or stored), "refused", device_id, reason="missing-part")
                )
                continue
            self.conn.execute(
                "DELETE FROM bundles WHERE bundle_id IN (SELECT bundle_id FROM "
                "quarantine WHERE id=?) AND status='quarantined'",
                (qid,),
            )
            r = self.import_bundle(open_bundle(files), county)
            results.append(r)
            if r.status in ("imported", "already-had"):
                self.conn.execute(
                    "UPDATE quarantine SET resolved_ms=?, resolution='approved' WHERE id=?",
                    (_now_ms(), qid),
                )
                self._drop_store(stored)
        return results

    def add_trainer(self, key: PublicKey, source: str = "") -> None:
        """Accept this trainer's signature on attendance from now on."""
        if key.role != "trainer":
            raise KeyRoleMismatch(path=source, expected="trainer", found=key.role)
        with _tx(self.conn):
            self.conn.execute(
                "INSERT OR IGNORE INTO trainers VALUES (?,?,?,?)",
                (key.ed25519, key.key_id, key.name, _now_ms()),
            )

    def revoke(self, device_id: str) -> None:
        with _tx(self.conn):
            if (
                self.conn.execute(
                    "UPDATE devices SET status='revoked', decided_ms=? WHERE device_id=?",
                    (_now_ms(), device_id),
                ).rowcount
                == 0
            ):
                raise UnknownDevice(device_id=device_id)

    def devices(self) -> list[tuple]:
        return self.conn.execute(
            "SELECT device_id, status, schools, ed25519 FROM devices ORDER BY device_id"
        ).fetchall()

    def acked_seq(self, device_id: str) -> int:
        """The highest n such that events 1..n of the device are all here. A device that took
        on its identity for an approved branch counts from its first event, the ones before
        being held under the device it continues."""
        n = self._lineage(device_id)[0][1] - 1
        for (seq,) in self.conn.execute(
            "SELECT seq FROM events WHERE device_id=? AND seq>? ORDER BY seq", (device_id, n)
        ):
            if seq != n + 1:
                break
            n = seq
        return n

    def held_head(self, device_id: str) -> tuple[int, str]:
        """acked_seq and the hash of that event ("" when none): what a receipt states."""
        n = self.acked_seq(device_id)
        return n, (self._hash_at(device_id, n) or "") if n else ""

    def gaps(self, device_id: str) -> list[tuple[int, int]]:
        """Missing sequence ranges below the highest event received from the device."""
        missing, expected = [], self._lineage(device_id)[0][1]
        for (seq,) in self.conn.execute(
            "SELECT seq FROM events WHERE device_id=? ORDER BY seq", (device_id,)
        ):
            if seq > expected:
                missing.append((expected, seq - 1))
            expected = seq + 1
        return missing

    def checksums(self) -> dict[str, str]:
        """One digest per table: 'the hub is unchanged' means these are equal."""
        out = {}
        tables = [
            r[0]
            for r in self.conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"
            )
        ]
        for t in tables:
            h = hashlib.sha256()
            columns = len(self.conn.execute(f"SELECT * FROM {t} LIMIT 0").description)
            order = "1, 2" if columns > 1 else "1"
            for row in self.conn.execute(f"SELECT * FROM {t} ORDER BY {order}"):
                h.update(repr(row).encode())
            out[t] = h.hexdigest()
        return out


class _Fork(Exception):
    """A bundle's history differs from the hub's copy of its device's chain at `seq`."""

    def __init__(self, seq: int) -> None:
        super().__init__(seq)
        self.seq = seq


class _EvidenceFile:
    """A file member on its way into the hub's evidence store: written under a temporary
    name and renamed only when its bytes hash to the name it travelled under. A file that
    arrives in a bundle that is later refused stays harmless: it is named by its content."""

    def __init__(self, store: Path, name: str) -> None:
        self.sha256 = name.rsplit("/", 1)[-1]
        if len(self.sha256) != 64 or not all(c in "0123456789abcdef" for c in self.sha256):
            raise BundleRefused(path=name, reason="damaged")
        self.final = store / self.sha256[:2] / self.sha256
        self.final.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = self.final.with_name(f".{self.sha256}.{os.getpid()}.tmp")
        self.out = open(self.tmp, "wb")

    def write(self, data: bytes) -> None:
        self.out.write(data)

    def finish(self, sha256: str) -> None:
        self.out.flush()
        os.fsync(self.out.fileno())
        self.out.close()
        if sha256 != self.sha256:
            self.tmp.unlink(missing_ok=True)
            raise BundleRefused(path=str(self.final), reason="damaged")
        os.replace(self.tmp, self.final)


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Millions of short-lived row lists make the cyclic collector scan again and again for
    cycles that cannot exist here; reference counting still frees every row at once."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


class _tx:
    """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any exception (kill -9 rolls back by itself)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, kind, value, tb) -> None:
        self.conn.execute("COMMIT" if kind is None else "ROLLBACK")


def _refused(
    source: str, exc: BundleRefused, device_id: str = "", first: int = 0, last: int = 0
) -> ImportResult:
    """A bundle judged on its own and refused: which file, why, and which field or event."""
    a = exc.args_
    detail = str(a.get("field", "")) or (str(a["seq"]) if "seq" in a else "")
    return ImportResult(
        source, "refused", device_id, first, last, reason=str(a["reason"]), detail=detail
    )


def _note(result: ImportResult, flag: str) -> None:
    if flag not in result.flags:
        result.flags.append(flag)
