"""Receipts state what the hub really holds (docs/threats.md row 36): a hub restored from an
older copy makes the laptop send again; an older receipt never makes it skip anything."""

from __future__ import annotations

import datetime as dt
import shutil

from sync.base.drive import Drive
from sync.county.hub import Hub
from sync.county.mail import write_mail
from sync.demo.simulate import simulate
from sync.laptop.inbox import receive
from sync.laptop.outbox import export_bundle
from tests.support.county import COUNTY


def visit(laptop, hub, usb):
    """One trainer's round: the laptop exports, the county imports and writes mail."""
    hub.import_paths(export_bundle(laptop, usb).paths, COUNTY)
    write_mail(hub, usb, COUNTY)


def test_an_older_receipt_never_raises_the_point_past_what_a_restored_hub_holds(laptop, tmp_path):
    laptop.add_trust(COUNTY.public)
    simulate(laptop, teachers=2, days=4, seed=5)
    hub = Hub.init(tmp_path / "hub.db", COUNTY, tmp_path / "county.key")
    hub.enrol(laptop.journal.device_id, laptop.journal.device.public_bytes)
    usb = tmp_path / "usb"
    visit(laptop, hub, usb)
    first = receive(laptop, usb).acked_seq
    hub.close()
    shutil.copyfile(tmp_path / "hub.db", tmp_path / "backup.db")
    hub = Hub.open(tmp_path / "hub.db")
    simulate(laptop, teachers=1, days=3, seed=6, start=dt.date(2026, 10, 1))
    visit(laptop, hub, usb)
    last = laptop.journal.last_seq()
    assert receive(laptop, usb).acked_seq == last
    receipt_file = Drive(usb).to_school / f"{laptop.journal.device_id}.receipt"
    old_receipt = receipt_file.read_bytes()  # "holds everything", on a drive left in a drawer
    hub.close()

    shutil.copyfile(tmp_path / "backup.db", tmp_path / "hub.db")  # restored
    hub = Hub.open(tmp_path / "hub.db")
    write_mail(hub, usb, COUNTY)
    r = receive(laptop, usb)
    assert (r.status, r.acked_seq, r.resend) == ("applied", first, last - first)
    receipt_file.write_bytes(old_receipt)  # the old drive comes back: it must not raise
    assert receive(laptop, usb).acked_seq == first
    again = export_bundle(laptop, tmp_path / "usb2")
    assert (again.first, again.last) == (first + 1, last)
    hub.import_paths(again.paths, COUNTY)
    assert hub.acked_seq(laptop.journal.device_id) == last
    write_mail(hub, tmp_path / "usb2", COUNTY)
    assert receive(laptop, tmp_path / "usb2").acked_seq == last
    hub.close()


def test_a_hub_restored_from_before_the_first_visit_gets_everything_again(laptop, tmp_path):
    laptop.add_trust(COUNTY.public)
    simulate(laptop, teachers=1, days=3, seed=7)
    hub = Hub.init(tmp_path / "hub.db", COUNTY, tmp_path / "county.key")
    hub.enrol(laptop.journal.device_id, laptop.journal.device.public_bytes)
    hub.close()
    shutil.copyfile(tmp_path / "hub.db", tmp_path / "backup.db")  # enrolled, nothing imported
    hub = Hub.open(tmp_path / "hub.db")
    visit(laptop, hub, tmp_path / "usb")
    assert receive(laptop, tmp_path / "usb").acked_seq == laptop.journal.last_seq()
    hub.close()
    shutil.copyfile(tmp_path / "backup.db", tmp_path / "hub.db")
    hub = Hub.open(tmp_path / "hub.db")
    write_mail(hub, tmp_path / "usb", COUNTY)  # a receipt even though it holds nothing
    assert receive(laptop, tmp_path / "usb").acked_seq == 0
    visit(laptop, hub, tmp_path / "usb3")
    assert hub.acked_seq(laptop.journal.device_id) == laptop.journal.last_seq()
    hub.close()
