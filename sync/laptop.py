"""The village laptop as the GUI and the command line see it: one object that opens the data
folder, the device identity and the journal, and answers the questions the screens ask."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from content.catalog import Catalog, demo_catalog
from content.rules import ATTENDANCE, LESSON_SESSION, ProgrammeRules, Progress, bundled_rules
from content.rules import compute_progress as _compute

from . import device
from .chain import Event
from .datadir import prepare_data_dir
from .journal import Journal
from .teachers import Teachers

DEMO_MARKER = "demo-profile"


@dataclass
class Laptop:
    data_dir: Path
    journal: Journal
    teachers: Teachers
    catalog: Catalog
    rules: ProgrammeRules

    @classmethod
    def open(cls, data_dir: Path) -> Laptop:
        data_dir = prepare_data_dir(data_dir)
        identity = device.load_or_create(data_dir)
        journal = Journal(data_dir, identity)
        # Until content packs are installable, every laptop teaches the demo catalogue under
        # the national rules; packs will replace both.
        return cls(data_dir, journal, Teachers(journal), demo_catalog(), bundled_rules())

    @property
    def is_demo(self) -> bool:
        return (self.data_dir / DEMO_MARKER).exists()

    def progress(self, teacher_id: str) -> Progress:
        events = self.journal.events(teacher_id=teacher_id, types=(LESSON_SESSION, ATTENDANCE))
        return _compute(((e.type, e.data) for e in events), self.catalog, self.rules)

    def recent(self, teacher_id: str, limit: int = 8) -> list[Event]:
        events = self.journal.events(teacher_id=teacher_id, types=(LESSON_SESSION, ATTENDANCE))
        return events[-limit:][::-1]

    def close(self) -> None:
        self.journal.close()
