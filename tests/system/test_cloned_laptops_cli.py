"""Two laptops restored from one disk image (docs/threats.md row 35), through the commands a
trainer and a county officer type: the county holds the second history, approves it as a
laptop of its own, that laptop takes on a new identity from the next receipt, and every
teacher's study on both laptops reaches the county's figures."""

from __future__ import annotations

import re
import shutil

from sync.county.hub import Hub
from sync.county.teacher_rows import teacher_rows
from sync.laptop.laptop import Laptop
from tests.support.cli import songpei


def ok(*args):
    r = songpei(*args)
    assert r.returncode == 0, r.stdout + r.stderr
    return r.stdout


def sessions(data_dir):
    with Laptop.open(data_dir) as lp, lp.journal.reader() as c:
        return {i for (i,) in c.execute("SELECT id FROM events WHERE type='lesson.session'")}


def test_a_copied_laptop_is_approved_as_its_own_and_every_hour_counts(tmp_path):
    pw = tmp_path / "pass.txt"
    pw.write_text("县里的口令 2026\n", encoding="utf-8")
    keys, a, b, hub = (tmp_path / n for n in ("keys", "a", "b", "hub.db"))
    usb, mail = tmp_path / "usb", tmp_path / "mail"
    ok("keys", "new", "--role", "county", "--out", keys, "--passphrase-file", pw)
    ok("simulate", "--data-dir", a, "--teachers", "2", "--days", "4", "--seed", "3")
    ok("trust", "add", keys / "county.pub", "--data-dir", a)
    ok("export", "--to", usb, "--data-dir", a)
    ok("hub", "init", hub, "--county-key", keys / "county.key", "--passphrase-file", pw)
    held = songpei("hub", "import", hub, usb, "--passphrase-file", pw).stdout  # not enrolled yet
    device = re.search(r"(dev-[a-z2-7]+)", held).group(1)
    ok("hub", "approve", hub, device, "--passphrase-file", pw)
    ok("hub", "mail", hub, "--to", usb, "--passphrase-file", pw)
    ok("receive", "--from", usb, "--data-dir", a)

    shutil.copytree(a, b)  # the disk image restored on a second laptop
    for data, seed in ((a, "4"), (b, "5")):
        ok(
            "simulate", "--data-dir", data, "--teachers", "1", "--days", "5", "--seed", seed,
            "--start", "2026-10-01",
        )  # fmt: skip
        ok("export", "--to", tmp_path / f"usb-{data.name}", "--data-dir", data)
    ok("hub", "import", hub, tmp_path / "usb-a", "--passphrase-file", pw)
    held = songpei("hub", "import", hub, tmp_path / "usb-b", "--passphrase-file", pw)
    assert held.returncode == 1 and "另一份记录历史" in held.stdout
    item = re.search(r"approve-fork HUB (\d+)", held.stdout).group(1)

    wrong = songpei("hub", "approve-fork", hub, str(int(item) + 1))
    assert wrong.returncode == 1 and "Traceback" not in wrong.stderr
    assert "没有这条隔离记录" in wrong.stderr + wrong.stdout
    assert device in ok("hub", "approve-fork", hub, item)
    ok("hub", "mail", hub, "--to", mail, "--passphrase-file", pw)
    assert "县级已确认" in ok("receive", "--from", mail, "--data-dir", a)  # the sibling: as ever
    said = ok("receive", "--from", mail, "--data-dir", b)
    new = re.search(r"电脑 (dev-[a-z2-7]+)", said).group(1)
    assert new != device and f"before-rekey-{device}" in said
    ok("export", "--to", tmp_path / "usb-b2", "--data-dir", b)
    back = ok("hub", "import", hub, tmp_path / "usb-b2", "--passphrase-file", pw)
    assert new in back and "导入" in back

    with Hub.open(hub) as h:
        assert h.quarantined() == []
        held_sessions = h.conn.execute("SELECT id FROM events WHERE type='lesson.session'")
        assert {i for (i,) in held_sessions} == sessions(a) | sessions(b)
        catalog, rules = h.content()
        rows = {r.id_number: r for r in teacher_rows(h, catalog, rules, None)}
    for data in (a, b):
        with Laptop.open(data) as lp:
            for t in lp.teachers.all():
                assert rows[t.id_number].total_hours > 0
    ok("hub", "mail", hub, "--to", mail, "--passphrase-file", pw)
    assert "县级已确认" in ok("receive", "--from", mail, "--data-dir", b)
    assert "没有需要导出的新记录" in ok("export", "--to", usb, "--data-dir", b)
