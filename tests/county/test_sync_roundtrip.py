"""simulate → export → import → approve → mail → receive, on real files."""

from __future__ import annotations

from sync.county.mail import write_mail
from sync.demo.simulate import simulate
from sync.laptop.inbox import receive
from sync.laptop.outbox import export_bundle
from tests.support.county import COUNTY


def test_round_trip(laptop, hub, tmp_path):
    drive = tmp_path / "usb"
    simulate(laptop, teachers=3, days=20, seed=9)
    laptop.add_trust(COUNTY.public)
    last = laptop.journal.last_seq()

    out = export_bundle(laptop, drive)
    assert (out.status, out.first, out.last) == ("written", 1, last)
    assert export_bundle(laptop, drive).status == "up-to-date"

    (first,) = hub.import_paths([drive], COUNTY)
    assert first.status == "quarantined" and first.reason == "unknown-device"
    schools = {t.school for t in laptop.teachers.all()}
    assert set(first.detail.split(", ")) == schools
    assert hub.conn.execute("SELECT count(*) FROM events").fetchone()[0] == 0

    (approved,) = hub.approve(laptop.journal.device_id, COUNTY)
    assert (approved.status, approved.new_events) == ("imported", last)
    before = hub.checksums()
    (again,) = hub.import_paths([drive], COUNTY)
    assert again.status == "already-had" and hub.checksums() == before

    write_mail(hub, drive, COUNTY)
    applied = receive(laptop, drive)
    assert (applied.status, applied.acked_seq) == ("applied", last)
    assert receive(laptop, drive).status == "already"
    assert export_bundle(laptop, drive).status == "nothing-new"

    simulate(laptop, teachers=3, days=25, seed=9)  # five more days of study
    more = export_bundle(laptop, drive)
    assert more.status == "written" and more.first == last + 1
    (r,) = [x for x in hub.import_paths([drive], COUNTY) if x.status != "already-had"]
    assert r.status == "imported" and r.new_events == more.last - last
    assert hub.acked_seq(laptop.journal.device_id) == more.last
    assert hub.gaps(laptop.journal.device_id) == []
