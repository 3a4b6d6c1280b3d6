"""The county's numbers agree wherever they are shown: on one real hub (a laptop's study,
practice sessions, evidence rated by the school team and one overruled by the county, teachers
who never started), the dashboard's summary per district and school, the PDF report, the
`hub progress` listing, the CSV and Excel tables and the xAPI statements state the same
参训率 / 合格率 / 结业率 and the same hours."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import subprocess
import uuid
from collections import defaultdict

import pytest

from app.pdf.county_report import rate_text
from content.rules import LESSON_SESSION, compute_progress
from content.targets import DistrictTarget, guangan_targets
from sync.county import xapi
from sync.county.hub import Hub
from sync.county.mail import write_mail
from sync.county.measures import summary
from sync.county.teacher_rows import teacher_rows
from sync.county.xlsx import read_xlsx
from sync.demo.simulate import DEMO_PIN, simulate
from sync.laptop import attendance, evidence
from sync.laptop.inbox import receive
from sync.laptop.outbox import export_bundle
from sync.laptop.transcript_facts import laptop_facts
from tests.support.cli import songpei
from tests.support.county import COUNTY, TRAINER, quiz_payload
from tests.support.evidence import install_points_pack
from tests.support.ids import valid_id
from tests.support.packs import PUBLISHER

YEAR = 2026  # the simulated study (autumn), the sessions and the evidence are all of it
SCHOOLS = [
    "岳池县花桥镇中心小学",
    "岳池县第一中学",
    "武胜县观塘镇初级中学",
    "广安区北辰街道第二小学",
]
POINTS = ["A1", "A3", "A5"]


def _submit_and_rate(laptop, tmp_path, teacher, head, codes=POINTS) -> list[str]:
    evidence.choose_points(laptop, teacher.id, POINTS)
    clip = tmp_path / "课堂片段.jpg"
    clip.write_bytes(b"\xff\xd8\xff\xe0 clip")
    subs = []
    for code in codes:
        slots = {"plan": f"{code} 方案", "reflection": "反思"}
        if code == "A3":
            slots["media"] = clip
        sub = evidence.submit(laptop, teacher.id, code, slots)
        evidence.rate(laptop, head.id, sub.id, "合格")
        subs.append(sub.id)
    return subs


POINT_HOURS = {"A1": 20, "A3": 15, "A5": 10}  # two points rated can meet the hours alone
DAY_MS = 86_400_000


@pytest.fixture
def county(laptop, tmp_path):
    """Returns the hub's path and who is who, on the points pack both sides know:
    `finished` (hours met, three points rated: 结业), `hours_only` (hours met with two points
    rated: not 合格, so not 结业), `qualified_only` (three points rated, no face-to-face: hours
    short), `overruled` (three rated by the school, the county refuses A1: its 20 hours drop,
    hours short and not 合格), `idle` (enrolled, never studied)."""
    pack = install_points_pack(laptop, tmp_path, POINT_HOURS)
    simulate(laptop, teachers=8, days=60, seed=31, schools=SCHOOLS, start=dt.date(YEAR, 3, 1))
    people = laptop.teachers.all()
    for i, t in enumerate(people):
        if i % 2 == 0:  # half come to 送教 on two days, two 7-hour sessions a day: 8 count a day
            for k in range(4):
                opened = laptop.journal.now_ms() - (k // 2) * DAY_MS
                s = attendance.open_session(TRAINER, f"送教活动 {k + 1}", 7, opened)
                attendance.sign(laptop, s, TRAINER, t.id, DEMO_PIN)
    for t, score in ((people[0], 80.0), (people[1], 45.0), (people[2], 72.5)):  # self-tests
        laptop.journal.append(
            t.id, "quiz.attempt", quiz_payload("c1-l1", score), event_id=str(uuid.uuid4())
        )
    assert all(laptop.progress(t.id).face_to_face_hours == 16.0 for t in people[::2])
    head = laptop.teachers.enrol(
        "李校长", valid_id(seq="901"), SCHOOLS[0], "primary", "数学", "123456", "123456"
    )
    head = laptop.teachers.set_school_team(head.id, True)
    idle = laptop.teachers.enrol(
        "赵静", valid_id(seq="902"), SCHOOLS[0], "primary", "语文", "123456", "123456"
    )
    finished, hours_only, overruled, qualified_only = people[0], people[2], people[4], people[1]
    for t in (finished, qualified_only, overruled):
        subs = _submit_and_rate(laptop, tmp_path, t, head)
    _submit_and_rate(laptop, tmp_path, hours_only, head, POINTS[:2])
    assert laptop.progress(hours_only.id).hours_met and not laptop.progress(hours_only.id).met
    assert laptop.progress(overruled.id).practice_hours == 45.0
    laptop.add_trust(COUNTY.public)
    hub = Hub.init(tmp_path / "hub.db", COUNTY, tmp_path / "county.key")
    hub.add_publisher(PUBLISHER.public)
    hub.install_pack(pack)
    hub.enrol(laptop.journal.device_id, laptop.journal.device.public_bytes)
    hub.add_trainer(TRAINER.public)
    (r,) = hub.import_paths(export_bundle(laptop, tmp_path / "usb").paths, COUNTY)
    assert r.status == "imported"
    hub.decide_evidence(subs[0], "不合格", False, "课堂片段看不清", "县教师发展中心")
    # small 专任教师总数 and a target for the year, so every rate has digits to compare
    hub.set_targets(
        [DistrictTarget(t.district, 10 + i, {YEAR: 3}) for i, t in enumerate(guangan_targets())]
    )
    hub.close()
    return tmp_path / "hub.db", {
        "finished": finished.id_number,
        "hours_only": hours_only.id_number,
        "qualified_only": qualified_only.id_number,
        "overruled": overruled.id_number,
        "idle": idle.id_number,
        "head": head.id_number,
        "overruled_id": overruled.id,
    }


def _pdf_cells(text: str, name: str, district: str = "") -> list[str]:
    return re.search(rf"^\s*{name}\s+{district}\s*(\d.*)$", text, re.M).group(1).split()


def _hours_by_district(rows, district_of) -> dict[str, list[float]]:
    out: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for who, *hours in rows:
        for i, h in enumerate(hours):
            out[district_of[who]][i] += h
    return {d: [round(h, 1) for h in v] for d, v in out.items()}


def test_screen_pdf_progress_spreadsheets_and_xapi_agree(county, tmp_path):
    path, who = county
    with Hub.open(path) as hub:
        catalog, rules = hub.content()
        pseudonym = xapi.pseudonym_key(hub)
        people = {r.id_number: r for r in teacher_rows(hub, catalog, rules, YEAR)}
        districts = summary(hub, YEAR, "district", rows=list(people.values()))
        schools = summary(hub, YEAR, "school", rows=list(people.values()))
        (total,) = summary(hub, YEAR, "county", rows=list(people.values()))

    # the teachers are what the laptop made of them
    assert rules.min_ability_points == 3
    assert people[who["finished"]].met and people[who["finished"]].qualified
    hours_only = people[who["hours_only"]]  # 结业 needs 合格 as well as the hours
    assert hours_only.total_hours >= 50 and hours_only.practice_hours == 35.0
    assert not hours_only.qualified and not hours_only.met and hours_only.status == "在训"
    assert people[who["qualified_only"]].qualified and not people[who["qualified_only"]].met
    overruled = people[who["overruled"]]
    assert overruled.points_rated == 2  # the county's 不合格 overrules the school
    assert overruled.practice_hours == 25.0  # and the refused point's 20 hours are gone
    assert not overruled.qualified and not overruled.met
    assert people[who["finished"]].face_to_face_hours == 16.0  # 4 × 7 h on two days: 8 a day
    assert not people[who["idle"]].active and people[who["idle"]].status == "未参训"
    busy = [d for d in districts if d.active]
    assert {d.name for d in busy} == {"岳池县", "武胜县", "广安区"}
    yc = next(d for d in districts if d.name == "岳池县")
    assert yc.enrolled > yc.active  # the idle teacher and the head are known, not 参训
    assert 0 < total.qualified_active < total.active and 0 < total.met_active < total.active
    assert total.qualified_active != total.met_active  # 合格 and 结业 are told apart
    # 合格率 and 结业率 are of the 参训; 参训率 of the targets' 专任教师总数
    assert yc.pass_rate == yc.qualified_active / yc.active
    assert yc.completion_rate == yc.met_active / yc.active
    assert yc.participation_rate == yc.active / yc.teachers_total
    assert yc.behind == max(3 - yc.finished, 0)
    # schools add up to their district
    for d in busy:
        mine = [s for s in schools if s.key[0] == d.name]
        for f in ("enrolled", "active", "qualified_active", "met_active", "finished"):
            assert sum(getattr(s, f) for s in mine) == getattr(d, f), (d.name, f)
        assert round(sum(s.online_hours for s in mine), 1) == d.online_hours

    out = {fmt: tmp_path / f"report.{fmt}" for fmt in ("csv", "xlsx", "pdf", "xapi")}
    for fmt, f in out.items():
        r = songpei("hub", "report", path, "--format", fmt, "--out", f, "--year", str(YEAR))
        assert r.returncode == 0, r.stderr

    # the PDF: every district's row, the county's, and every school's, as the screen has them
    text = subprocess.run(
        ["pdftotext", "-layout", out["pdf"], "-"], capture_output=True, text=True, check=True
    ).stdout
    for d in [*districts, total]:
        cells = _pdf_cells(text, d.name or "全市合计")
        assert cells == [
            str(d.teachers_total),
            str(d.active),
            rate_text(d.participation_rate),
            str(d.qualified_active),
            rate_text(d.pass_rate),
            str(d.met_active),
            rate_text(d.completion_rate),
            f"{d.total_hours:.1f}",
            str(d.target),
            str(d.finished),
            str(d.behind),
        ], d.name
    for s in schools:
        cells = _pdf_cells(text, s.name, s.key[0])
        assert cells == [
            str(s.enrolled),
            str(s.active),
            str(s.qualified_active),
            rate_text(s.pass_rate),
            str(s.met_active),
            rate_text(s.completion_rate),
            f"{s.total_hours:.1f}",
        ], s.name
    assert re.search(rf"{YEAR} 年网络研修学时\s+{total.online_hours:.1f}\s", text)
    assert total.tests_passed == 2 and re.search(r"自测合格人数\s+2\s", text)
    assert re.search(rf"已评定合格能力点\s+{total.points_rated}\s", text)
    assert total.points_rated == 3 + 3 + 2 + 2
    assert re.search(rf"{YEAR} 年集中培训学时\s+{total.face_to_face_hours:.1f}\s", text)
    assert total.face_to_face_hours == 16.0 * 4

    # `hub progress`: the same rates
    p = songpei("hub", "progress", path, "--year", str(YEAR))
    assert p.returncode == 0, p.stderr
    for d in [*districts, total]:
        assert (
            " | ".join(
                [
                    d.name or "全市合计",
                    str(d.teachers_total),
                    str(d.target),
                    str(d.active),
                    rate_text(d.participation_rate),
                    rate_text(d.pass_rate),
                    rate_text(d.completion_rate),
                    str(d.finished),
                    str(d.behind),
                ]
            )
            in p.stdout.splitlines()
        )

    # CSV and Excel: each teacher's hours, summed per district, are the summary's hours
    district_of = {i: r.district for i, r in people.items()}
    raw = out["csv"].read_bytes().decode("utf-8-sig")
    header, *lines = list(csv.reader(raw.splitlines()))
    col = {h: i for i, h in enumerate(header)}
    names = ("网络研修学时", "集中培训学时", "实践应用学时")
    from_csv = [(ln[col["身份证号"]], *(float(ln[col[n]]) for n in names)) for ln in lines]
    for ln in lines:  # each row's parts add up to its total, as printed
        assert f"{sum(float(ln[col[n]]) for n in names):.1f}" == ln[col["总学时"]]
    assert {ln[col["身份证号"]]: ln[col["结业状态"]] for ln in lines}[who["hours_only"]] == "未结业"
    header, *lines = read_xlsx(out["xlsx"].read_bytes(), "report.xlsx")
    from_xlsx = [(ln[col["身份证号"]], *(ln[col[n]] for n in names)) for ln in lines]
    want = {d.name: [d.online_hours, d.face_to_face_hours, d.practice_hours] for d in busy}
    assert _hours_by_district(from_csv, district_of) == want
    assert _hours_by_district(from_xlsx, district_of) == want

    # xAPI: the same rule over the statements gives each teacher's online hours, and so the
    # same sums; every attendance is stated as face-to-face, never as practice
    statements = json.loads(out["xapi"].read_text("utf-8"))
    events = defaultdict(list)
    for st in statements:
        name, verb = st["actor"]["account"]["name"], st["verb"]["display"]["en-US"]
        if verb == "experienced":
            events[name].append(
                (
                    LESSON_SESSION,
                    {
                        "lesson": st["object"]["id"].rsplit("/", 1)[1],
                        "active_seconds": int(st["result"]["duration"][2:-1]),
                    },
                )
            )
        elif verb == "attended":
            assert st["result"]["extensions"][xapi.EXT + "category"] == "face_to_face"
    from_xapi = []
    for i in people:
        p = compute_progress(events[xapi.person_name(pseudonym, i)], catalog, rules)
        from_xapi.append((i, p.online_hours, 0.0, 0.0))
    assert {d: v[0] for d, v in _hours_by_district(from_xapi, district_of).items()} == {
        d: v[0] for d, v in want.items()
    }


def test_a_refused_point_drops_everywhere(county, laptop, tmp_path):
    """The county refuses one of a teacher's points: its hours leave the county's row and,
    once the receipt is back, the laptop's hours, course rows and transcript."""
    path, who = county
    drive = tmp_path / "usb"
    with Hub.open(path) as hub:
        hub.approve(laptop.journal.device_id, COUNTY)
        write_mail(hub, drive, COUNTY)
        row = next(r for r in teacher_rows(hub, *hub.content()) if r.id_number == who["overruled"])
    assert receive(laptop, drive).status == "applied"
    teacher = who["overruled_id"]
    mine = laptop.progress(teacher)
    assert (mine.online_hours, mine.face_to_face_hours, mine.practice_hours) == (
        row.online_hours,
        row.face_to_face_hours,
        row.practice_hours,
    )
    assert mine.practice_hours == 25.0 and mine.point_tenths == {"A3": 150, "A5": 100}
    facts = laptop_facts(laptop, teacher)
    assert facts["hours"]["practice"] == 25.0 and not facts["hours"]["met"]
    assert [p["code"] for p in facts["practice"]] == ["A3", "A5"]
    assert facts["hours"]["total"] == round(
        sum(c["online"] for c in facts["courses"])
        + facts["hours"]["face_to_face"]
        + sum(p["hours"] for p in facts["practice"]),
        1,
    )
