"""The round trip as a trainer and a county officer type it: keys, trust, export, import,
approve, mail, receive; on real files, with wrong ones too."""

from __future__ import annotations

import re

from tests.support.cli import songpei


def test_scripted_round_trip(tmp_path):
    pw = tmp_path / "pass.txt"
    pw.write_text("县里的口令 2026\n", encoding="utf-8")
    keys, laptop, usb, hub = (tmp_path / n for n in ("keys", "laptop", "usb", "hub.db"))

    r = songpei(
        "keys",
        "new",
        "--role",
        "county",
        "--out",
        keys,
        "--name",
        "岳池县教师发展中心",
        "--passphrase-file",
        pw,
    )
    assert r.returncode == 0, r.stderr
    assert "已生成密钥 county-" in r.stdout
    again = songpei("keys", "new", "--role", "county", "--out", keys, "--passphrase-file", pw)
    assert again.returncode == 1 and "已存在，没有覆盖" in again.stderr

    assert (
        songpei(
            "simulate", "--data-dir", laptop, "--teachers", "3", "--days", "15", "--seed", "21"
        ).returncode
        == 0
    )
    no_key = songpei("export", "--to", usb, "--data-dir", laptop)
    assert no_key.returncode == 1 and "本机还不知道县级密钥" in no_key.stderr
    assert songpei("trust", "add", keys / "county.pub", "--data-dir", laptop).returncode == 0
    listed = songpei("trust", "list", "--data-dir", laptop)
    assert "县级" in listed.stdout and "county-" in listed.stdout

    out = songpei("export", "--to", usb, "--data-dir", laptop)
    assert out.returncode == 0 and "已为县级加密" in out.stdout, out.stderr
    assert "无需写入" in songpei("export", "--to", usb, "--data-dir", laptop).stdout

    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n")
    bad = songpei(
        "hub", "init", hub, "--county-key", keys / "county.key", "--passphrase-file", wrong
    )
    assert bad.returncode == 1 and "口令无法打开密钥文件" in bad.stderr and not hub.exists()
    assert (
        songpei(
            "hub", "init", hub, "--county-key", keys / "county.key", "--passphrase-file", pw
        ).returncode
        == 0
    )

    held = songpei("hub", "import", hub, usb, "--passphrase-file", pw)
    assert held.returncode == 1 and "已隔离" in held.stdout and "尚未登记" in held.stdout
    device = re.search(r"(dev-[a-z2-7]+)", held.stdout).group(1)
    devices = songpei("hub", "devices", hub)
    assert device in devices.stdout and "待批准" in devices.stdout

    ok = songpei("hub", "approve", hub, device, "--passphrase-file", pw)
    assert ok.returncode == 0 and "已导入" in ok.stdout, ok.stdout + ok.stderr
    twice = songpei("hub", "import", hub, usb, "--passphrase-file", pw)
    assert twice.returncode == 0 and "此前已导入" in twice.stdout

    assert "1 份回执" in songpei("hub", "mail", hub, "--to", usb, "--passphrase-file", pw).stdout
    rec = songpei("receive", "--from", usb, "--data-dir", laptop)
    assert rec.returncode == 0 and "县级已确认" in rec.stdout
    assert "没有需要导出的新记录" in songpei("export", "--to", usb, "--data-dir", laptop).stdout


def test_a_lost_drive_shows_no_names_or_id_numbers(tmp_path, laptop):
    from content.keys import generate
    from sync.demo.simulate import simulate
    from sync.laptop.outbox import export_bundle

    simulate(laptop, teachers=5, days=10, seed=2)
    laptop.add_trust(generate("county", "x").public)
    export_bundle(laptop, tmp_path / "usb")
    blob = b"".join(
        p.read_bytes() + p.name.encode() for p in (tmp_path / "usb").rglob("*") if p.is_file()
    )
    for t in laptop.teachers.all():
        for secret in (t.name, t.id_number, t.id_number[-6:], t.school):
            assert secret.encode("utf-8") not in blob
            assert secret.encode("utf-16-le") not in blob


def test_not_a_hub_and_a_drive_of_foreign_files(tmp_path):
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4 not a hub")
    r = songpei("hub", "import", pdf, tmp_path, "--passphrase-file", pdf)
    assert r.returncode == 1 and "不是县级数据库" in r.stderr and "Traceback" not in r.stderr
