"""Certificates: the hub issues one for a teacher's recognised hours, its PDF and a PNG render
of it verify offline against the county's public key, and a changed one, or one signed by
another county, is refused."""

from __future__ import annotations

import random
import shutil
import subprocess

import pytest
import segno

from app.certificate_scan import codes_in
from app.pdf.certificate import write_certificate
from content.keys import generate
from content.rules import ProgrammeRules, bundled_rules
from sync.base import certificate as cert_format
from sync.base.certificate import (
    CertificateNumberInvalid,
    CertificateRefused,
    CertificateUnreadable,
    b45decode,
    b45encode,
    make_number,
    parse_number,
    verify,
)
from sync.base.errors import InvalidIdNumber
from sync.county import certificates
from sync.county.certificates import CertificateNotIssued
from sync.demo.simulate import DEMO_PIN
from sync.laptop import attendance
from sync.laptop.outbox import export_bundle
from tests.support.county import COUNTY, TRAINER, county_hub
from tests.support.ids import valid_id

needs_poppler = pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils missing")


@pytest.fixture
def issued(laptop, tmp_path):
    """A hub whose county has decided every submission as the school rated it: a certificate
    is issued only once nothing waits for the county's 学时认定."""
    hub, truth = county_hub(laptop, tmp_path)
    for s in hub.evidence_submissions("pending"):
        if s.school_level in ("pass", "excellent"):
            hub.decide_evidence(s.submission_id, s.school_level, True, "", "县教师发展中心")
        else:
            hub.decide_evidence(s.submission_id, "fail", False, "未达合格标准", "县教师发展中心")
    yield hub, truth
    hub.close()


def _pdftoppm(pdf, tmp_path, dpi: int = 150):
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(tmp_path / "page")], check=True
    )
    (png,) = tmp_path.glob("page*.png")
    return png


@needs_poppler
def test_a_certificate_verifies_from_its_pdf_and_from_a_png_of_it(issued, tmp_path, qapp):
    hub, truth = issued
    person = next(k for k, v in truth.items() if v["met"])
    got = certificates.issue(hub, COUNTY, person, "李审核")
    assert got.new and got.certificate.kind == "completion"
    pdf = tmp_path / "证书.pdf"
    write_certificate(got.certificate, got.code, pdf)

    from_pdf = [verify(c, [COUNTY.public], str(pdf)) for c in codes_in(pdf)]
    png = _pdftoppm(pdf, tmp_path)
    from_png = [verify(c, [COUNTY.public], str(png)) for c in codes_in(png)]
    assert from_pdf == from_png and len(from_png) == 1
    cert = from_png[0]
    t = truth[person]
    assert cert.name == t["name"] and cert.masked_id == got.certificate.masked_id
    assert person not in got.code and person[6:14] not in cert.masked_id  # no full 身份证号
    assert cert.hours == {
        "online": round(t["online"], 1),
        "face_to_face": round(t["face_to_face"], 1),
        "practice": round(t["practice"], 1),
    }
    assert cert.number == got.certificate.number and cert.issuer == "岳池县"
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for words in (
        "结 业 证 书",
        cert.number,
        t["name"],
        "审核人：李审核",
        "发证单位（盖章）：岳池县",
    ):
        assert "".join(words.split()) in "".join(text.split()), words


@needs_poppler
def test_a_tilted_low_quality_photo_and_a_coarse_scan_verify(issued, tmp_path, qapp):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QTransform

    hub, truth = issued
    got = certificates.issue(hub, COUNTY, next(iter(truth)), "李审核")
    pdf = tmp_path / "c.pdf"
    write_certificate(got.certificate, got.code, pdf)
    page = QImage(str(_pdftoppm(pdf, tmp_path, dpi=150)))
    smooth = Qt.TransformationMode.SmoothTransformation
    photo = page.transformed(QTransform().rotate(7), smooth).scaledToWidth(
        int(page.width() * 0.7), smooth
    )  # held crooked, from further away, saved as a poor JPEG
    assert photo.save(str(tmp_path / "photo.jpg"), "JPG", 60)
    coarse = tmp_path / "coarse"
    coarse.mkdir()
    for picture in (tmp_path / "photo.jpg", _pdftoppm(pdf, coarse, dpi=100)):
        (code,) = codes_in(picture)
        assert verify(code, [COUNTY.public]).number == got.certificate.number


@needs_poppler
def test_a_changed_certificate_and_another_countys_are_refused(issued, tmp_path, qapp):
    hub, truth = issued
    person = next(k for k, v in truth.items() if not v["met"] and v["online"] > 0)
    got = certificates.issue(hub, COUNTY, person, "李审核")
    assert got.certificate.kind == "hours"
    pdf = tmp_path / "h.pdf"
    write_certificate(got.certificate, got.code, pdf)

    # More hours written into the signed data, the signature kept: the PDF's own copy (same
    # length, so the file still opens) and a QR code printed from it.
    payload, signature = cert_format.signed_parts(got.code)
    online = str(round(truth[person]["online"], 1))
    hours, more = f'"online":{online}', f'"online":{"9" * (len(online) - 2)}.9'
    assert hours.encode() in payload and more != hours
    forged = payload.replace(hours.encode(), more.encode())
    forged_code = cert_format.PREFIX + b45encode(forged + signature)
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(pdf.read_bytes().replace(got.code.encode(), forged_code.encode()))
    (code,) = codes_in(changed)
    with pytest.raises(CertificateRefused) as refused:
        verify(code, [COUNTY.public], str(changed))
    assert refused.value.reason == "changed" and refused.value.args_["path"] == str(changed)
    photo = tmp_path / "changed.png"
    segno.make(forged_code, error="m").save(str(photo), scale=4)
    with pytest.raises(CertificateRefused) as refused:
        verify(codes_in(photo)[0], [COUNTY.public], str(photo))
    assert refused.value.reason == "changed"

    other = generate("county", "邻县")
    with pytest.raises(CertificateRefused) as refused:
        verify(got.code, [other.public], str(pdf))
    assert refused.value.reason == "other-key"
    assert refused.value.args_["key_id"] == COUNTY.public.key_id
    assert verify(got.code, [other.public, COUNTY.public]).number == got.certificate.number

    blank = tmp_path / "blank.png"
    segno.make("https://example.invalid/", error="m").save(str(blank), scale=4)
    with pytest.raises(CertificateUnreadable):
        codes_in(blank)  # a QR code, not a certificate's
    with pytest.raises(CertificateUnreadable):
        codes_in(_not_an_image(tmp_path))  # neither a picture nor a PDF


def _not_an_image(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("not a picture")
    return path


@needs_poppler
def test_the_credits_at_the_programmes_rate_are_printed_and_signed(tmp_path, qapp):
    rules = bundled_rules("sichuan-2.0")
    cert = cert_format.Certificate(
        number=make_number(COUNTY.public.key_id, 2026, 7),
        kind="completion",
        county_key_id=COUNTY.public.key_id,
        issuer=COUNTY.public.name,
        name="张敏",
        masked_id="511***********1234",
        programme=rules.title,
        year=2026,
        hours={"online": 20.0, "practice": 30.0},
        credits=rules.credits(50.0),
        issued="2026-12-06",
        officer="李审核",
    )
    pdf = tmp_path / "c.pdf"
    write_certificate(cert, cert_format.encode(cert, COUNTY), pdf)
    (code,) = codes_in(_pdftoppm(pdf, tmp_path))
    assert verify(code, [COUNTY.public]).credits == rules.credits(50.0) == 5.0
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "折合5学分" in "".join(text.split())


def test_the_same_hours_give_the_same_certificate_and_more_hours_a_new_one(
    laptop, issued, tmp_path
):
    hub, truth = issued
    person = next(k for k, v in truth.items() if v["online"] > 0 and not v["face_to_face"])
    first = certificates.issue(hub, COUNTY, person, "李审核")
    again = certificates.issue(hub, COUNTY, person, "王审核")
    assert not again.new and again.certificate == first.certificate
    assert again.certificate.officer == "李审核"  # the register's, as issued

    teacher = next(t for t in laptop.teachers.all() if t.id_number == person)
    s = attendance.open_session(TRAINER, "送教活动 补", 6, laptop.journal.now_ms())
    attendance.sign(laptop, s, TRAINER, teacher.id, DEMO_PIN)
    hub.import_paths(export_bundle(laptop, tmp_path / "usb2").paths, COUNTY)
    later = certificates.issue(hub, COUNTY, person, "李审核")
    assert later.new and later.certificate.number != first.certificate.number
    assert later.certificate.hours["face_to_face"] == first.certificate.hours["face_to_face"] + 6
    listed = certificates.register(hub)
    assert [(i.certificate.number, i.latest) for i in listed] == [
        (first.certificate.number, False),
        (later.certificate.number, True),
    ]
    looked = certificates.lookup(hub, first.certificate.number.replace("-", "").lower())
    assert looked.certificate == first.certificate and not looked.latest


def test_refused_issues_write_nothing(issued):
    hub, truth = issued
    person = next(iter(truth))
    with pytest.raises(CertificateNotIssued) as refused:
        certificates.issue(hub, COUNTY, person, "  ")
    assert refused.value.reason == "officer-required"
    with pytest.raises(CertificateNotIssued) as refused:
        certificates.issue(hub, COUNTY, valid_id(seq="999"), "李审核")
    assert refused.value.reason == "unknown-teacher"
    with pytest.raises(InvalidIdNumber):
        certificates.issue(hub, COUNTY, "51160219890103237", "李审核")
    assert hub.conn.execute("SELECT count(*) FROM certificates").fetchone()[0] == 0


@pytest.mark.parametrize("seed", range(40))
def test_numbers_carry_check_digits_that_catch_typing_mistakes(seed):
    """For any county (its code is four base32 characters of its key id): every single wrong
    character, a letter typed as a digit included, and every swap of neighbours is caught."""
    rng = random.Random(seed)
    key_id = "county-" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz234567") for _ in range(16))
    number = make_number(key_id, 2020 + seed % 7, rng.randrange(1, 999_999))
    assert parse_number(number.lower().replace("-", " ")) == number
    plain = number.replace("-", "")
    for i, ch in enumerate(plain):
        allowed = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567" if i < 4 else "0123456789"
        for other in allowed:
            if other != ch:
                with pytest.raises(CertificateNumberInvalid):
                    parse_number(plain[:i] + other + plain[i + 1 :])
    for i in range(len(plain) - 3):  # neighbours swapped before the check digits
        swapped = plain[:i] + plain[i + 1] + plain[i] + plain[i + 2 :]
        if swapped != plain:
            with pytest.raises(CertificateNumberInvalid):
                parse_number(swapped)
    with pytest.raises(CertificateNumberInvalid) as bad:
        parse_number("证书 12")
    assert bad.value.args_["reason"] == "format"


def test_base45_is_rfc_9285():
    for raw, text in ((b"AB", "BB8"), (b"Hello!!", "%69 VD92EX0"), (b"base-45", "UJCLQE7W581")):
        assert b45encode(raw) == text and b45decode(text) == raw
    for broken in ("GGW", "A", "aa"):  # over 65535, a lone character, outside the alphabet
        with pytest.raises(ValueError):
            b45decode(broken)


def test_credits_follow_the_programmes_rate_and_files_without_it_still_read():
    assert bundled_rules("national-2.0").hours_per_credit is None
    sichuan = bundled_rules("sichuan-2.0")
    assert sichuan.credits(50) == 50 / sichuan.hours_per_credit
    assert bundled_rules("national-2.0").credits(50) is None
    data = {
        "format": 1,
        "id": "x",
        "title": "x",
        "goal_hours": 50,
        "min_practice_share": 0.5,
        "min_online_hours": 0,
        "min_practice_hours": 0,
        "cycle_years": 5,
        "seconds_per_hour": 2700,
    }
    for bad in (0, -1, float("nan")):
        with pytest.raises(ValueError):
            ProgrammeRules.from_dict(data | {"hours_per_credit": bad})
