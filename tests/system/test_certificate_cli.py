"""`songpei hub certificates issue|list` at the county and `songpei certificate verify` anywhere,
as real processes: the PDF and a photo-like PNG of it verify, a changed PDF and another
county's key are refused, a typed number is checked only against the register, and says so."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from content.keys import generate
from sync.base.certificate import PREFIX, find_codes
from sync.county.hub import Hub
from sync.county.teacher_rows import teacher_rows
from sync.demo import county as county_demo
from tests.support.cli import songpei

pytestmark = pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils missing")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    found = county_demo.build(tmp_path_factory.mktemp("county") / "demo", scale=0.001)
    with Hub.open(found.hub_path) as hub:
        catalog, rules = hub.content()
        rows = teacher_rows(hub, catalog, rules)
    ready = [r for r in rows if r.total_hours > 0 and not r.evidence_pending]
    assert ready, "the demo county has a teacher with decided hours"
    return found, ready[0]


def test_issue_then_verify_the_pdf_a_png_and_the_number(demo, tmp_path):
    found, row = demo
    hub, pw = found.hub_path, found.passphrase_path
    pdf = tmp_path / "证书.pdf"
    r = songpei(
        "hub", "certificates", "issue", hub, row.id_number, "--officer", "张科长", "--out", pdf,
        "--passphrase-file", pw,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert "已向" in r.stdout and row.name in r.stdout
    number = r.stdout.split("发放证书 ")[1].split("（")[0]

    listed = songpei("hub", "certificates", "list", hub)
    assert (
        number in listed.stdout and "张科长" in listed.stdout and row.id_number not in listed.stdout
    )

    r = songpei("certificate", "verify", pdf, "--hub", hub)
    assert r.returncode == 0, r.stderr
    assert "真证书" in r.stdout and number in r.stdout and row.name in r.stdout
    assert f"学时：{row.total_hours:.1f}" in r.stdout

    subprocess.run(["pdftoppm", "-png", "-r", "150", str(pdf), str(tmp_path / "scan")], check=True)
    (png,) = tmp_path.glob("scan*.png")
    key = tmp_path / "county.pub"
    with Hub.open(hub) as h:
        key.write_bytes(h.county.to_bytes())
    r = songpei("certificate", "verify", png, "--key", key)
    assert r.returncode == 0 and "真证书" in r.stdout and number in r.stdout, r.stderr

    r = songpei("certificate", "verify", number, "--data-dir", tmp_path / "none")
    assert r.returncode == 2 and "未核验" in r.stdout  # a number alone proves nothing offline
    r = songpei("certificate", "verify", number.lower(), "--hub", hub)
    assert r.returncode == 0 and "发证登记" in r.stdout and "审核人：张科长" in r.stdout
    r = songpei("certificate", "verify", number[:-1] + str((int(number[-1]) + 1) % 10))
    assert r.returncode == 1 and "校验位不符" in r.stderr


def test_a_changed_pdf_and_another_countys_key_are_refused_by_name(demo, tmp_path):
    found, row = demo
    pdf = tmp_path / "c.pdf"
    r = songpei(
        "hub", "certificates", "issue", found.hub_path, row.id_number, "--officer", "张科长",
        "--out", pdf, "--passphrase-file", found.passphrase_path,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    key = tmp_path / "county.pub"
    with Hub.open(found.hub_path) as h:
        key.write_bytes(h.county.to_bytes())

    (code,) = find_codes(pdf.read_bytes())
    body = code[len(PREFIX) :]
    flipped = body[:10] + ("0" if body[10] != "0" else "1") + body[11:]
    changed = tmp_path / "改过.pdf"
    changed.write_bytes(pdf.read_bytes().replace(code.encode(), (PREFIX + flipped).encode()))
    r = songpei("certificate", "verify", changed, "--key", key)
    assert r.returncode == 1 and str(changed) in r.stdout, r.stderr
    assert "不是真证书" in r.stdout or "已损坏" in r.stdout

    other = tmp_path / "other.pub"
    other.write_bytes(generate("county", "邻县").public.to_bytes())
    r = songpei("certificate", "verify", pdf, "--key", other)
    assert r.returncode == 1 and "未能核验" in r.stdout and str(pdf) in r.stdout

    r = songpei("--lang", "en", "certificate", "verify", pdf, "--key", other)
    assert "NOT VERIFIED" in r.stdout

    r = songpei("certificate", "verify", pdf, "--data-dir", tmp_path / "none")
    assert r.returncode == 1 and "--key" in r.stderr and "Traceback" not in r.stderr
