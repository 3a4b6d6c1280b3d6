"""A county hub restored from an older copy of its file (docs/threats.md row 36), through the
commands a trainer and a county officer type: the receipt states what the hub really holds,
the laptop lowers its acknowledged point and sends the lost events again."""

from __future__ import annotations

import re
import shutil

from sync.county.hub import Hub
from sync.laptop.laptop import Laptop
from tests.support.cli import songpei


def ok(*args):
    r = songpei(*args)
    assert r.returncode == 0, r.stdout + r.stderr
    return r.stdout


def journal(data_dir):
    with Laptop.open(data_dir) as lp, lp.journal.reader() as c:
        return dict(c.execute("SELECT seq, hash FROM events"))


def test_a_restored_hub_gets_back_every_event_it_lost(tmp_path):
    pw = tmp_path / "pass.txt"
    pw.write_text("县里的口令 2026\n", encoding="utf-8")
    keys, laptop, usb, hub = (tmp_path / n for n in ("keys", "laptop", "usb", "hub.db"))
    ok("keys", "new", "--role", "county", "--out", keys, "--passphrase-file", pw)
    ok("simulate", "--data-dir", laptop, "--teachers", "2", "--days", "6", "--seed", "3")
    ok("trust", "add", keys / "county.pub", "--data-dir", laptop)
    ok("export", "--to", usb, "--data-dir", laptop)
    ok("hub", "init", hub, "--county-key", keys / "county.key", "--passphrase-file", pw)
    held = songpei("hub", "import", hub, usb, "--passphrase-file", pw).stdout
    device = re.search(r"(dev-[a-z2-7]+)", held).group(1)
    ok("hub", "approve", hub, device, "--passphrase-file", pw)
    first = len(journal(laptop))
    backup = tmp_path / "hub-backup.db"
    shutil.copyfile(hub, backup)  # the county's copy after the first visit

    ok("hub", "mail", hub, "--to", usb, "--passphrase-file", pw)
    assert "县级已确认" in ok("receive", "--from", usb, "--data-dir", laptop)
    ok(
        "simulate", "--data-dir", laptop, "--teachers", "1", "--days", "5", "--seed", "4",
        "--start", "2026-10-01",
    )  # fmt: skip
    ok("export", "--to", usb, "--data-dir", laptop)
    ok("hub", "import", hub, usb, "--passphrase-file", pw)
    ok("hub", "mail", hub, "--to", usb, "--passphrase-file", pw)
    ok("receive", "--from", usb, "--data-dir", laptop)
    every = journal(laptop)
    assert len(every) > first
    assert "没有需要导出的新记录" in ok("export", "--to", usb, "--data-dir", laptop)

    # the hub's disk fails; the county restores last visit's copy
    for side in (hub.with_name("hub.db-wal"), hub.with_name("hub.db-shm")):
        side.unlink(missing_ok=True)
    shutil.copyfile(backup, hub)
    ok("hub", "mail", hub, "--to", usb, "--passphrase-file", pw)
    said = ok("receive", "--from", usb, "--data-dir", laptop)
    assert f"县级现只保存到第 {first} 条记录" in said and str(len(every) - first) in said
    out = ok("export", "--to", usb, "--data-dir", laptop)
    assert f"{first + 1}–{len(every)}" in out
    ok("hub", "import", hub, usb, "--passphrase-file", pw)
    with Hub.open(hub) as h:
        held = dict(h.conn.execute("SELECT seq, hash FROM events WHERE device_id=?", (device,)))
        assert held == every and h.acked_seq(device) == len(every)
    ok("hub", "mail", hub, "--to", usb, "--passphrase-file", pw)
    assert f"{len(every)}" in ok("receive", "--from", usb, "--data-dir", laptop)
    assert "没有需要导出的新记录" in ok("export", "--to", usb, "--data-dir", laptop)


def test_simulate_refuses_a_real_journal_unless_forced(tmp_path):
    data = tmp_path / "real"
    with Laptop.open(data) as lp:  # a teacher's real record, begun by the program itself
        lp.journal.append("t-1", "teacher.signed_in", {})
        before = lp.journal.last_seq()
    r = songpei("simulate", "--data-dir", data, "--teachers", "1", "--days", "2")
    assert r.returncode == 1 and "真实的学习记录" in r.stderr and str(data) in r.stderr
    assert "Traceback" not in r.stderr and len(journal(data)) == before
    ok("simulate", "--data-dir", data, "--teachers", "1", "--days", "2", "--force")
    assert len(journal(data)) > before
