"""The county's mail to the laptops: one signed receipt per enrolled device that has sent
anything (format: sync.base.receipt), and the county's public key beside them."""

from __future__ import annotations

from pathlib import Path

from content.keys import PrivateKey
from sync.base import receipt
from sync.base.device import device_id_for
from sync.base.drive import Drive
from sync.base.durable import atomic_write_bytes
from sync.county.hub import Hub


def write_mail(hub: Hub, drive_root: Path, county: PrivateKey) -> list[Path]:
    """One signed receipt per enrolled device that has sent anything, on the drive."""
    drive = Drive(drive_root).ensure()
    folder = drive.to_school
    # The county's public key rides along, so a new laptop can be offered it (and a person
    # confirms its fingerprint) without a separate trip.
    atomic_write_bytes(drive.base / "county.pub", county.public.to_bytes())
    written = []
    for device_id, status, _schools, key in hub.devices():
        # The file is named by the device id; it must be the one the hub derives from the key
        # (as every bundle's trailer was checked), so no register entry can name a path.
        if status != "enrolled" or device_id != device_id_for(key):
            continue
        acked = hub.acked_seq(device_id)
        if acked == 0:
            continue
        issued_ms = hub.conn.execute("SELECT strftime('%s','now') * 1000").fetchone()[0]
        body = receipt.body(device_id, key, county, acked, hub.decisions(device_id), issued_ms)
        path = folder / f"{device_id}{receipt.SUFFIX}"
        atomic_write_bytes(path, receipt.sign(county, body))
        written.append(path)
    return written
