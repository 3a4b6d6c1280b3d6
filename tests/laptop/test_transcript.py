"""The transcript PDF from a simulated laptop: the CJK font embedded, the figures of
compute_progress, the county's confirmation, and the command line."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest

from app.pdf.transcript import (
    CONFIRMED,
    UNCONFIRMED,
    hours_text,
    render_pdf,
    transcript_facts,
    verification_code,
    write_transcript,
)
from content.keys import generate
from sync.county.hub import Hub
from sync.county.mail import write_mail
from sync.demo.simulate import DEMO_PIN, simulate
from sync.laptop import evidence
from sync.laptop.inbox import receive
from sync.laptop.outbox import export_bundle
from tests.support.evidence import enrol, install_points_pack
from tests.support.paths import ROOT, SONGPEI

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing")


def text_of(pdf) -> str:
    out = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(out.split())  # wrapped lines and table gaps as single spaces


def fonts_of(pdf) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    return [line.split() for line in out.stdout.splitlines()[2:]]


@pytest.fixture
def simulated(laptop):
    simulate(laptop, teachers=2, days=25, seed=4)
    return laptop, laptop.teachers.all()[0]


def test_the_pdf_embeds_the_cjk_font_and_states_compute_progress(simulated, tmp_path):
    laptop, teacher = simulated
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "成绩单.pdf"
    facts = write_transcript(laptop, teacher.id, out)
    fonts = fonts_of(out)
    assert fonts and all(row[-5] == "yes" for row in fonts), fonts  # the emb column
    assert any("WenQuanYi" in row[0] for row in fonts)
    text = text_of(out)
    p = laptop.progress(teacher.id)
    assert p.total_hours > 0
    assert teacher.name in text and teacher.masked_id in text
    assert teacher.id_number not in text  # the full 身份证号 never goes on paper
    assert f"网络研修 {hours_text(p.online_hours)}" in text
    assert f"实践应用 {hours_text(p.practice_hours)}" in text
    assert f"合计 {hours_text(p.total_hours)}" in text
    assert UNCONFIRMED in text and CONFIRMED not in text
    assert laptop.journal.device_id in text and facts["code"] in text
    assert facts["code"] == verification_code(transcript_facts(laptop, teacher.id))
    assert "审核人：" in text and "单位（盖章）：" in text and "日期：" in text  # signed, stamped
    assert [f.name for f in out.parent.iterdir()] == ["成绩单.pdf"]  # no temporary left


def test_a_receipt_covering_the_teacher_marks_it_confirmed(simulated, tmp_path):
    laptop, teacher = simulated
    county = generate("county", "岳池县教师发展中心")
    laptop.add_trust(county.public)
    drive = tmp_path / "usb"
    export_bundle(laptop, drive)
    hub = Hub.init(tmp_path / "hub.db", county, tmp_path / "county.key")
    try:
        hub.import_paths([drive], county)
        hub.approve(laptop.journal.device_id, county)
        write_mail(hub, drive, county)
    finally:
        hub.close()
    assert receive(laptop, drive).status == "applied"
    write_transcript(laptop, teacher.id, tmp_path / "t.pdf")
    text = text_of(tmp_path / "t.pdf")
    assert CONFIRMED in text and UNCONFIRMED not in text
    # A new event the county has not seen takes the confirmation away again.
    laptop.journal.append(teacher.id, "attendance.signed", {"hours": 1, "category": "online"})
    write_transcript(laptop, teacher.id, tmp_path / "t.pdf")
    assert UNCONFIRMED in text_of(tmp_path / "t.pdf")


def test_points_ratings_and_self_tests_are_listed(laptop, tmp_path):
    install_points_pack(laptop, tmp_path)
    teacher = enrol(laptop, "王芳", "011")
    head = enrol(laptop, "李校长", "023", school_team=True)
    evidence.choose_points(laptop, teacher.id, ["A1", "A3", "A5"])
    sub = evidence.submit(laptop, teacher.id, "A1", {"plan": "方案", "reflection": "反思"})
    evidence.rate(laptop, head.id, sub.id, "优秀")
    evidence.submit(laptop, teacher.id, "A5", {"plan": "方案", "reflection": "反思"})
    for score in (40.0, 90.0, 70.0):  # out of 100, as sync.laptop.self_tests records it
        laptop.journal.append(
            teacher.id, "quiz.attempt", {"lesson": "c1-l1", "score": score, "passed": score >= 60}
        )
    facts = write_transcript(laptop, teacher.id, tmp_path / "t.pdf")
    text = text_of(tmp_path / "t.pdf")
    assert "A1 技术支持的学情分析 10.0 优秀（李校长）" in text
    assert "A3 演示文稿设计与制作 8.0 未提交" in text and "A5 技术支持的课堂导入 6.0 待评价" in text
    assert "学情分析入门 90.0 合格" in text  # the best attempt, as every screen prints it
    assert f"实践应用 {hours_text(laptop.progress(teacher.id).practice_hours)}" in text
    assert facts["hours"]["practice"] == 10.0
    # The rated point is the practice row the total adds up; the unrated one earns nothing.
    assert "能力点 A1 技术支持的学情分析（考核合格） 10.0" in text and "能力点 A5" not in text
    assert "尚未结业" in text and "校本应用考核尚未合格" in text


def run_cli(*args):
    return subprocess.run(
        [*SONGPEI, *args, "--lang", "en"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_the_command_line_writes_the_file_or_names_the_problem(simulated, tmp_path):
    laptop, teacher = simulated
    data_dir = laptop.data_dir
    laptop.close()
    out = tmp_path / "t.pdf"
    pin = tmp_path / "pin"
    pin.write_text(DEMO_PIN + "\n")
    args = ("transcript", "--teacher", teacher.id, "--out", str(out), "--data-dir", str(data_dir))
    r = run_cli(*args)  # no PIN, no terminal to ask on
    assert r.returncode == 1 and "A PIN is needed" in r.stderr and "--pin-file" in r.stderr
    assert not out.exists()
    r = run_cli(*args, "--pin-file", str(pin))
    assert r.returncode == 0, r.stderr
    assert out.read_bytes().startswith(b"%PDF") and teacher.name in text_of(out)
    r = run_cli(
        "transcript",
        "--teacher",
        "t-0000000000000000",
        "--out",
        str(tmp_path / "x.pdf"),
        "--data-dir",
        str(data_dir),
        "--pin-file",
        str(pin),
    )
    assert r.returncode == 1
    assert "not enrolled" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_the_command_line_changes_the_school_team_only_with_a_members_pin(simulated, tmp_path):
    from sync.laptop.laptop import Laptop

    laptop, teacher = simulated
    other = laptop.teachers.all()[1]
    data_dir = laptop.data_dir
    laptop.close()
    pin, wrong = tmp_path / "pin", tmp_path / "wrong"
    pin.write_text(DEMO_PIN + "\n")
    wrong.write_text("999999\n")

    def team(*args):
        return run_cli("school-team", *args, "--data-dir", str(data_dir))

    def members():
        with Laptop.open(data_dir) as lp:
            return {t.id for t in lp.teachers.all() if t.school_team}

    r = team("--teacher", teacher.id)
    assert r.returncode == 1 and "A PIN is needed" in r.stderr
    r = team("--teacher", teacher.id, "--pin-file", str(wrong))
    assert r.returncode == 1 and "Wrong PIN" in r.stderr and members() == set()
    # The first member joins with their own PIN; after that, only a member's PIN will do.
    assert team("--teacher", teacher.id, "--pin-file", str(pin)).returncode == 0
    r = team("--teacher", other.id, "--pin-file", str(pin))
    assert r.returncode == 1 and "not on the school team" in r.stderr
    assert members() == {teacher.id}
    r = team("--teacher", other.id, "--by", teacher.id, "--pin-file", str(pin))
    assert r.returncode == 0, r.stderr
    assert members() == {teacher.id, other.id}
    # Another teacher's transcript: a member's PIN, not a colleague's.
    out = tmp_path / "other.pdf"
    r = team("--teacher", teacher.id, "--remove", "--by", other.id, "--pin-file", str(pin))
    assert r.returncode == 0 and members() == {other.id}
    args = ("transcript", "--teacher", other.id, "--out", str(out), "--data-dir", str(data_dir))
    r = run_cli(*args, "--by", teacher.id, "--pin-file", str(pin))
    assert r.returncode == 1 and "not on the school team" in r.stderr and not out.exists()
    r = run_cli(
        "transcript",
        "--teacher",
        teacher.id,
        "--out",
        str(out),
        "--data-dir",
        str(data_dir),
        "--by",
        other.id,
        "--pin-file",
        str(pin),
    )
    assert r.returncode == 0, r.stderr
    assert teacher.name in text_of(out)


def test_without_the_cjk_font_it_refuses_and_writes_nothing(simulated, tmp_path, monkeypatch):
    from app import fonts
    from app.messages import describe
    from app.pdf import transcript

    laptop, teacher = simulated
    monkeypatch.setattr(fonts, "find_cjk_font", lambda: None)
    with pytest.raises(transcript.CjkFontMissing) as err:
        write_transcript(laptop, teacher.id, tmp_path / "t.pdf")
    assert not (tmp_path / "t.pdf").exists()
    assert "fonts-wqy-microhei" in describe(err.value)


def test_the_county_recomputes_the_code_from_the_events_alone(laptop, tmp_path):
    from sync.laptop.transcript_facts import facts_from_events

    install_points_pack(laptop, tmp_path)
    simulate(laptop, teachers=2, days=10, seed=5)
    teacher = laptop.teachers.all()[0]
    head = enrol(laptop, "李校长", "023", school_team=True)
    evidence.choose_points(laptop, teacher.id, ["A1", "A3", "A5"])
    (tmp_path / "a.jpg").write_bytes(b"\xff\xd8")
    sub = evidence.submit(
        laptop,
        teacher.id,
        "A3",
        {"plan": "方案", "reflection": "反思", "media": tmp_path / "a.jpg"},
    )
    evidence.rate(laptop, head.id, sub.id, "合格")
    printed = write_transcript(laptop, teacher.id, tmp_path / "t.pdf")
    # What the county holds: every event of the device, in sequence order.
    events = laptop.journal.events()
    args = (
        teacher.id,
        laptop.journal.device_id,
        laptop.catalog,
        laptop.rules,
        laptop.ability_points(),
    )
    assert verification_code(facts_from_events(events, *args)) == printed["code"]
    # A record without the rating does not give the printed code.
    forged = [e for e in events if e.type != "evidence.rated"]
    assert verification_code(facts_from_events(forged, *args)) != printed["code"]


HOSTILE = [
    "<font color=red size=40>王</font>",
    '<a href="http://example.com/x">李</a>',
    '<img src="/etc/passwd"/>',
    "张<br/>三 & 四",
]


def test_markup_in_names_prints_literally_and_a_huge_school_name_still_prints(simulated, tmp_path):
    laptop, teacher = simulated
    facts = transcript_facts(laptop, teacher.id)
    out = tmp_path / "t.pdf"
    for name in HOSTILE:
        school = "校" * 4000
        facts["teacher"] |= {"name": name, "school": school}
        facts["programme"]["title"] = "<b>提升工程</b>"
        out.write_bytes(render_pdf(facts, False, dt.datetime(2026, 11, 25, 9, 30)))
        reading = ["pdftotext", str(out), "-"]  # reading order: a wrapped cell stays together
        text = "".join(subprocess.run(reading, capture_output=True, text=True).stdout.split())
        assert name.replace(" ", "") in text  # the markup itself is on paper, not obeyed
        assert "<b>提升工程</b>" in text
        assert "校" * 100 + "…" in text and "校" * 200 not in text  # cut, not a layout failure
