"""The village laptop as the GUI and the command line see it: one object that opens the data
folder, the device identity and the journal, and answers the questions the screens ask."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from content import trust_mail
from content.ability_points import ENVIRONMENTS, AbilityPoint, allowed_environments
from content.catalog import Catalog, demo_catalog
from content.keys import PublicKey, fingerprint
from content.rules import (
    ATTENDANCE,
    LESSON_SESSION,
    PROGRESS_TYPES,
    ProgrammeRules,
    Progress,
    bundled_rules,
)
from content.rules import compute_progress as _compute
from content.trust import TrustStore
from sync.base import device, library
from sync.base.datadir import MIN_FREE_BYTES, prepare_data_dir
from sync.base.durable import atomic_write_bytes
from sync.base.errors import SongpeiError
from sync.base.events import SCHOOL_ENVIRONMENT_SET, Event
from sync.base.receipt import CountyDecision
from sync.base.rows import named
from sync.laptop import catalogue_search, rekey
from sync.laptop.journal import Journal
from sync.laptop.teachers import Teachers

DEMO_MARKER = "demo-profile"
TRUST_FILE = "trust.json"


@dataclass
class Laptop:
    data_dir: Path
    journal: Journal
    teachers: Teachers
    catalog: Catalog
    rules: ProgrammeRules
    _points: dict[str, AbilityPoint] | None = field(default=None, repr=False)

    @classmethod
    def open(
        cls,
        data_dir: Path,
        writing: bool = True,
        *,
        wall_clock_ms: Callable[[], int] | None = None,
    ) -> Laptop:
        """The laptop's record in `data_dir`. `writing=False` for what writes next to nothing
        to the laptop's own disk (verify, export to a drive, a transcript to another folder):
        those must still work on a nearly full disk, so the free-space margin that guards
        real writing (lessons, evidence, packs) is not asked of them. `wall_clock_ms`: the
        laptop's clock, where it is not this computer's (the demo county's laptops live in
        the years they simulate)."""
        data_dir = prepare_data_dir(data_dir, min_free=MIN_FREE_BYTES if writing else 0)
        rekey.finish(data_dir)  # a new identity the power cut short is completed first
        identity = device.load_or_create(data_dir)
        journal = Journal(data_dir, identity, wall_clock_ms)
        catalog, rules = installed_content(data_dir)
        return cls(data_dir, journal, Teachers(journal), catalog, rules)

    @property
    def fingerprint(self) -> str:
        """This laptop's key fingerprint, as the county's device list shows it: the school reads
        it out on the phone before the county approves the laptop."""
        return fingerprint(self.journal.device.public_bytes)

    @property
    def is_demo(self) -> bool:
        return (self.data_dir / DEMO_MARKER).exists()

    def progress(self, teacher_id: str, confirmed_only: bool = False) -> Progress:
        """Hours from this laptop's record; with `confirmed_only`, from the events the county
        has acknowledged receiving (its receipts), i.e. what it can already see."""
        events = self.journal.events(teacher_id=teacher_id, types=PROGRESS_TYPES)
        if confirmed_only:
            acked = self.acked_seq()
            events = [e for e in events if e.seq <= acked]
        points = self.ability_points()
        decided = {
            d.submission_id: (d.point, d.recognised) for d in self.county_decisions(teacher_id)
        }
        return _compute(
            ((e.type, e.data) for e in events),
            self.catalog,
            self.rules,
            {code: p.practice_hours for code, p in points.items()},
            decided,
            {code: p.dimension for code, p in points.items()},
        )

    def ability_points(self) -> dict[str, AbilityPoint]:
        """The installed packs' ability points by code (none before a pack is installed)."""
        if self._points is None:
            self._points = library.load_points(self.data_dir)
        return self._points

    def school_environment(self) -> str | None:
        """The school's teaching environment (A / B / C) as its team last set it (sync.laptop.
        school); None until it is set."""
        for ev in reversed(self.journal.events(types=(SCHOOL_ENVIRONMENT_SET,))):
            if ev.data.get("environment") in ENVIRONMENTS:
                return str(ev.data["environment"])
        return None

    def allowed_points(self) -> dict[str, AbilityPoint]:
        """The installed ability points this school's teachers may choose: those the programme
        in force lists (a pack under an earlier programme may teach others), of the school's
        environment and the poorer ones (content.ability_points.allowed_environments)."""
        allowed = allowed_environments(self.school_environment())
        listed = self.rules.catalogue
        return {
            c: p
            for c, p in self.ability_points().items()
            if c in listed and p.environment in allowed
        }

    # --- content ----------------------------------------------------------------------------------
    def installed_content(self) -> tuple[Catalog, ProgrammeRules]:
        """The catalogue and programme rules of the installed packs (the demo's without)."""
        return installed_content(self.data_dir)

    def install_pack(
        self, folder: Path, progress: library.Progress | None = None
    ) -> library.InstallResult:
        result = library.install(folder, self, self.trust(), self.is_demo, progress)
        self.catalog, self.rules = self.installed_content()
        self._points = None
        try:
            catalogue_search.rebuild(self.data_dir, self.catalog)
        except (SongpeiError, OSError):
            pass  # the pack is installed; the next search finds the index stale and rebuilds it
        return result

    def search_catalogue(self, query: str) -> list[catalogue_search.Hit]:
        """Lessons whose title, course or reading holds every word of `query`, best first."""
        return catalogue_search.search(self.data_dir, self.catalog, query)

    def recent(self, teacher_id: str, limit: int = 8) -> list[Event]:
        events = self.journal.events(teacher_id=teacher_id, types=(LESSON_SESSION, ATTENDANCE))
        return events[-limit:][::-1]

    # --- trust ----------------------------------------------------------------------------------
    @property
    def trust_path(self) -> Path:
        return self.data_dir / TRUST_FILE

    def trust(self) -> TrustStore:
        if not self.trust_path.exists():
            return TrustStore()
        return TrustStore.from_bytes(self.trust_path.read_bytes(), str(self.trust_path))

    def add_trust(self, key: PublicKey, demo_only: bool = False) -> TrustStore:
        store = self.trust().add(key, self.journal.now_ms(), demo_only)
        atomic_write_bytes(self.trust_path, store.to_bytes())
        return store

    def apply_trust_mail(self, data: bytes, source: str) -> TrustStore:
        """A key rotation or a county revocation list (content.trust_mail), kept durably."""
        store = trust_mail.apply(self.trust(), data, source, self.journal.now_ms())
        atomic_write_bytes(self.trust_path, store.to_bytes())
        return store

    # --- county acknowledgements ----------------------------------------------------------------
    def acked_seq(self) -> int:
        """The sequence number up to which the county holds this laptop's events, as its
        receipts say (0: none yet); see sync.laptop.inbox for how receipts move it."""
        with self.journal.reader() as conn:
            return conn.execute(
                "SELECT coalesce((SELECT acked_seq FROM acknowledged), 0)"
            ).fetchone()[0]

    def county_decisions(self, teacher_id: str | None = None) -> list[CountyDecision]:
        """The county's latest decision on each evidence submission (学时认定), as its signed
        receipts brought them; a teacher's own if `teacher_id` is given."""
        sql = (
            "SELECT decision_id, submission_id, teacher_id, point, level, recognised, "
            "reason, '' AS officer, decided_ms, serial FROM county_decisions c WHERE serial = (SELECT "
            "max(serial) FROM county_decisions WHERE submission_id = c.submission_id)"
        )
        args: tuple = ()
        if teacher_id is not None:
            sql += " AND teacher_id = ?"
            args = (teacher_id,)
        with self.journal.reader() as conn:
            rows = named(conn, sql + " ORDER BY serial", args).fetchall()
        return [CountyDecision.from_row(r) for r in rows]

    def close(self) -> None:
        self.journal.close()

    def __enter__(self) -> Laptop:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def installed_content(data_dir: Path) -> tuple[Catalog, ProgrammeRules]:
    # Before any pack is installed the laptop teaches the demo catalogue under the national
    # rules, so a fresh laptop (and the demo profile) has something to show.
    found = library.load_content(data_dir)
    return found if found is not None else (demo_catalog(), bundled_rules())
