"""The county's mail to the laptops: one signed receipt per enrolled device (format:
sync.base.receipt) stating what the hub really holds of it, and the county's public key beside
them. A hub restored from an older copy says so honestly (it holds less), and the laptop sends
again what is missing."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from content.keys import PrivateKey
from sync.base import receipt
from sync.base.device import device_id_for
from sync.base.drive import Drive
from sync.base.durable import atomic_write_bytes
from sync.county.hub import Hub


def write_mail(
    hub: Hub,
    drive_root: Path,
    county: PrivateKey,
    progress: Callable[[int, int], None] | None = None,
) -> list[Path]:
    """One signed receipt per enrolled device, on the drive: also for a device of which the
    hub holds nothing (a hub restored from a copy older than the laptop's first import must
    still tell that laptop to send everything again). `progress(done, total)` hears after
    each device."""
    drive = Drive(drive_root).ensure()
    folder = drive.to_school
    # The county's public key rides along, so a new laptop can be offered it (and a person
    # confirms its fingerprint) without a separate trip.
    atomic_write_bytes(drive.base / "county.pub", county.public.to_bytes())
    written = []
    devices = hub.devices()
    for n, (device_id, status, _schools, key) in enumerate(devices, start=1):
        if progress:
            progress(n, len(devices))
        # The file is named by the device id; it must be the one the hub derives from the key
        # (as every bundle's trailer was checked), so no register entry can name a path.
        if status != "enrolled" or device_id != device_id_for(key):
            continue
        acked, acked_hash = hub.held_head(device_id)
        # Milliseconds: a laptop lets only a receipt issued no earlier than every one before
        # raise its acknowledged point (sync.laptop.inbox).
        issued_ms = time.time_ns() // 1_000_000
        body = receipt.body(
            device_id,
            key,
            county,
            acked,
            acked_hash,
            hub.decisions(device_id),
            issued_ms,
            hub.rekeys(device_id),
        )
        path = folder / f"{device_id}{receipt.SUFFIX}"
        atomic_write_bytes(path, receipt.sign(county, body))
        written.append(path)
    return written
