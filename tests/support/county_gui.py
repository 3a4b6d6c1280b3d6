"""A real county hub for the county window's tests: a passphrase-sealed county key file, and
laptops that studied (simulate), exported real encrypted bundles to a drive."""

from __future__ import annotations

from pathlib import Path

from content.keys import generate
from content.targets import parse_targets
from sync.county.hub import Hub
from sync.demo.simulate import simulate
from sync.laptop.laptop import Laptop
from sync.laptop.outbox import export_bundle

PASSPHRASE = "县里的口令 2026"
COUNTY = generate("county", "岳池县教师发展中心")
TARGETS = (
    "区县,专任教师总数,2026年目标,2027年目标\n岳池县,7228,3,6\n武胜县,5100,2,4\n"
    "广安区,6000,2,3\n华蓥市,2000,1,2\n邻水县,6500,2,4\n前锋区,1800,1,2\n"
)


def county_hub(tmp: Path) -> Hub:
    key = tmp / "county.key"
    key.write_bytes(COUNTY.to_bytes(PASSPHRASE.encode("utf-8")))
    hub = Hub.init(tmp / "hub.db", COUNTY, key)
    hub.set_targets(parse_targets(TARGETS.encode("utf-8"), "targets.csv"))
    return hub


def laptop_on_drive(tmp: Path, name: str, teachers: int, seed: int, drive: Path) -> Laptop:
    """A laptop whose teachers studied for 40 days; its bundle is on the drive."""
    laptop = Laptop.open(tmp / name)
    simulate(laptop, teachers=teachers, days=40, seed=seed)
    laptop.add_trust(COUNTY.public)
    assert export_bundle(laptop, drive).status == "written"
    return laptop
