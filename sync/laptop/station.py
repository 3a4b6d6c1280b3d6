"""The sync station: what plugging the trainer's drive into a laptop should do, and doing it.

Plan first (cheap, read-only), so a person sees what will happen; then run: apply the
county's receipt (it may shrink what must travel), write the bundle, report."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from content.keys import PublicKey
from sync.base import library
from sync.base.drive import Drive
from sync.base.errors import SongpeiError
from sync.base.receipt import SUFFIX as RECEIPT_SUFFIX
from sync.laptop.inbox import Applied, receive
from sync.laptop.laptop import Laptop
from sync.laptop.outbox import ExportResult, export_bundle

COUNTY_KEY_FILE = "county.pub"


@dataclass(frozen=True)
class Plan:
    drive: Path
    county: PublicKey | None  # the county key this laptop trusts
    offered: PublicKey | None  # a county key on the drive this laptop does not trust yet
    unconfirmed: int  # events the county has not acknowledged
    receipt: bool  # a receipt for this laptop waits on the drive
    packs: tuple[Path, ...]  # content packs on the drive


@dataclass
class Outcome:
    installed: list[library.InstallResult] = field(default_factory=list)
    receipt: Applied | None = None
    export: ExportResult | None = None
    problems: list[Exception] = field(default_factory=list)


def offered_county_key(drive: Drive) -> PublicKey | None:
    path = drive.base / COUNTY_KEY_FILE
    if not path.is_file():
        return None
    try:
        key = PublicKey.from_bytes(path.read_bytes(), str(path))
    except Exception:
        return None
    return key if key.role == "county" and key.x25519 else None


def plan(laptop: Laptop, drive_root: Path) -> Plan:
    drive = Drive(Path(drive_root))
    trust = laptop.trust()
    county = trust.county_key()
    offered = offered_county_key(drive)
    if offered is not None and trust.trusted("county", offered.ed25519) is not None:
        offered = None
    receipt = (drive.to_school / f"{laptop.journal.device_id}{RECEIPT_SUFFIX}").is_file()
    packs = tuple(library.find_packs(drive.root)) if drive.packs.is_dir() else ()
    return Plan(
        Path(drive_root),
        county,
        offered,
        laptop.journal.last_seq() - laptop.acked_seq(),
        receipt,
        packs,
    )


def run(
    laptop: Laptop,
    drive_root: Path,
    progress: Callable[[int, int], None] = lambda done, total: None,
) -> Outcome:
    """Packs, then the receipt (it may shrink what must travel), then the export. A failure in
    one step is reported and the others still run: a visit is short."""
    out = Outcome()
    # Key rotations and revocation lists first: they decide which packs may be installed.
    for mail in sorted((Drive(Path(drive_root)).base / "trust").glob("*.json")):
        try:
            laptop.apply_trust_mail(mail.read_bytes(), str(mail))
        except (SongpeiError, OSError) as exc:
            if getattr(exc, "args_", {}).get("reason") != "older-list":  # already applied
                out.problems.append(exc)
    packs = library.find_packs(Path(drive_root))
    for pack in packs:
        try:
            out.installed.append(laptop.install_pack(pack, progress))
        except (SongpeiError, OSError) as exc:
            out.problems.append(exc)
    try:
        out.receipt = receive(laptop, drive_root)
    except (SongpeiError, OSError) as exc:  # a pulled drive must not end the visit
        out.problems.append(exc)
    try:
        out.export = export_bundle(laptop, drive_root)
    except (SongpeiError, OSError) as exc:
        out.problems.append(exc)
    return out
