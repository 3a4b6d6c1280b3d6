"""The county's school roster, projects, selections and exemptions, imported through the real
command line into a real hub fed by a real bundle: the roster places schools whose names say
nothing, a wrong list is refused whole naming its row, exempt teachers leave the 选送率
denominator, and 参训率 has one denominator at every level."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from content.targets import guangan_targets
from sync.county import rosters
from sync.county.hub import Hub
from sync.county.measures import LEVELS, summary
from sync.county.teacher_rows import teacher_rows
from sync.demo.simulate import simulate
from sync.laptop.laptop import Laptop
from sync.laptop.outbox import export_bundle
from tests.support.cli import songpei
from tests.support.county import COUNTY
from tests.support.ids import valid_id

YEAR = 2016
# Three real Guang'an schools whose names start with no district, and one that does.
SCHOOLS = ["华蓥中学", "广安中学", "四川省广安第二中学校", "岳池县花桥镇中心小学"]
ROSTER = [
    ["学校代码", "学校", "区县", "乡镇", "学段"],
    ["5116810001", "华蓥中学", "华蓥市", "双河街道", "高中"],
    ["5116020001", "广安中学", "广安区", "北辰街道", "高中"],
    ["5116020002", "四川省广安第二中学校", "广安区", "浓洄街道", "高中"],
]


@pytest.fixture
def county(tmp_path):
    """A hub with the real targets table and one laptop's 8 teachers at SCHOOLS, who studied
    in spring 2016; the hub file is closed, for the command line."""
    lp = Laptop.open(tmp_path / "laptop")
    simulate(lp, teachers=8, days=30, seed=7, start=dt.date(YEAR, 3, 1), schools=SCHOOLS)
    lp.add_trust(COUNTY.public)
    hub = Hub.init(tmp_path / "hub.db", COUNTY, tmp_path / "county.key")
    hub.set_targets(guangan_targets())
    hub.enrol(lp.journal.device_id, lp.journal.device.public_bytes)
    (r,) = hub.import_paths(export_bundle(lp, tmp_path / "usb").paths, COUNTY)
    assert r.status == "imported"
    hub.close()
    people = lp.teachers.all()
    lp.close()
    return tmp_path / "hub.db", people


def _rows(path):
    with Hub.open(path) as hub:
        return {r.id_number: r for r in teacher_rows(hub, *hub.content(), YEAR)}


def _xlsx(path, rows):
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def _project(path) -> int:
    r = songpei(
        "hub", "project", "add", path, "--year", YEAR, "--name", "国培计划（2016）送教下乡",
        "--provider", "广安职业技术学院", "--starts", "2016-03-01", "--ends", "2016-11-30",
        "--kind", "mixed",
    )  # fmt: skip
    assert r.returncode == 0 and "已登记项目 1" in r.stdout, r.stderr
    return 1


def test_a_roster_moves_huaying_school_into_huaying_city(county, tmp_path):
    path, people = county
    at = {t.id_number: t.school for t in people}
    before = _rows(path)
    for school in SCHOOLS[:3]:  # the names match no district: guessed as "not known"
        assert {r.district for r in before.values() if r.school == school} == {""}
    with Hub.open(path) as hub:
        assert rosters.places(hub).unlisted(at.values()) == sorted(set(SCHOOLS))

    roster = _xlsx(tmp_path / "学校名册.xlsx", ROSTER)
    r = songpei("hub", "roster", "import", path, roster)
    assert r.returncode == 0 and "3 所学校" in r.stdout, r.stderr
    after = _rows(path)
    for _code, school, district, township, _stage in ROSTER[1:]:
        mine = [r for r in after.values() if r.school == school]
        assert mine and {(r.district, r.township) for r in mine} == {(district, township)}
    # an unlisted school keeps the guess from its name
    flower = [r for r in after.values() if r.school == "岳池县花桥镇中心小学"]
    assert {(r.district, r.township) for r in flower} == {("岳池县", "花桥镇")}
    with Hub.open(path) as hub:
        assert rosters.places(hub).unlisted(at.values()) == ["岳池县花桥镇中心小学"]
        districts = {d.name: d for d in summary(hub, YEAR, "district")}
        towns = summary(hub, YEAR, "township", ("华蓥市",))
        kept = rosters.roster(hub)
    huaying = sum(1 for s in at.values() if s == "华蓥中学")
    assert districts["华蓥市"].enrolled == huaying > 0
    assert "" not in districts  # every school now has a district
    assert [(t.name, t.enrolled) for t in towns] == [("双河街道", huaying)]

    # the same file again changes nothing; a wrong one is refused whole, naming the row
    assert songpei("hub", "roster", "import", path, roster).returncode == 0
    bad = _xlsx(
        tmp_path / "名册2.xlsx", [*ROSTER, ["5116810001", "华蓥市第一中学", "华蓥市", "", ""]]
    )
    r = songpei("hub", "roster", "import", path, bad)
    assert r.returncode == 1, r.stderr
    assert "名册2.xlsx，第 5 行：“学校代码”与前面某一行重复。未作任何改动。" in r.stderr
    r = songpei("hub", "roster", "import", path, _xlsx(tmp_path / "名册3.xlsx", [ROSTER[0][1:]]))
    assert r.returncode == 1 and "缺少“学校代码”列" in r.stderr, r.stderr
    with Hub.open(path) as hub:
        assert rosters.roster(hub) == kept


def test_a_selection_with_a_bad_id_number_is_refused_whole_with_its_row(county, tmp_path):
    path, people = county
    project = _project(path)
    rows = [["姓名", "身份证号", "学校"]] + [[t.name, t.id_number, t.school] for t in people[:3]]
    wrong = people[3].id_number[:-1] + ("0" if people[3].id_number[-1] != "0" else "1")
    listing = tmp_path / "选送名单.csv"
    listing.write_text(
        "\n".join(",".join(r) for r in [*rows, [people[3].name, wrong, people[3].school]]),
        encoding="utf-8",
    )
    r = songpei("hub", "selection", "import", path, project, listing)
    assert r.returncode == 1, r.stdout
    assert "选送名单.csv，第 5 行：“身份证号”中的身份证号无效：校验码不符" in r.stderr
    assert "未作任何改动" in r.stderr and "Traceback" not in r.stderr
    listed = songpei("hub", "project", "list", path)
    assert listed.returncode == 0
    (line,) = [ln for ln in listed.stdout.splitlines() if "国培计划" in ln]
    assert line.split()[-2:] == ["0", "0"]  # nothing selected: not the three good rows either

    # Excel stores a typed ID number as a number: its last digits are gone, so it is refused
    typed = _xlsx(tmp_path / "名单.xlsx", [rows[0], [people[0].name, 511621198503120, "华蓥中学"]])
    r = songpei("hub", "selection", "import", path, project, typed)
    assert r.returncode == 1 and "名单.xlsx，第 2 行：“身份证号”存成了数字" in r.stderr, r.stderr

    # the good list, plus one teacher not yet enrolled on any laptop; twice: the same numbers
    stranger = ["赵老师", valid_id(area="511681", seq="777"), "华蓥中学"]
    listing.write_text("\n".join(",".join(r) for r in [*rows, stranger]), encoding="utf-8")
    for _ in range(2):
        r = songpei("hub", "selection", "import", path, project, listing)
        assert r.returncode == 0 and "选送 4 位教师，其中 3 位已在电脑上报到" in r.stdout, r.stderr
    r = songpei("hub", "selection", "import", path, 9, listing)
    assert r.returncode == 1 and "没有编号为 9 的项目" in r.stderr, r.stderr


def test_exempt_teachers_leave_the_selection_rate_denominator(county, tmp_path):
    path, people = county
    assert (
        songpei("hub", "roster", "import", path, _xlsx(tmp_path / "r.xlsx", ROSTER)).returncode == 0
    )
    project = _project(path)
    huaying = [t for t in people if t.school == "华蓥中学"]
    stranger = ["赵老师", valid_id(area="511681", seq="777"), "华蓥中学"]
    listing = tmp_path / "选送.csv"
    listing.write_text(
        "\n".join(
            ",".join(r)
            for r in [
                ["姓名", "身份证号", "学校"],
                *([t.name, t.id_number, t.school] for t in huaying),
                stranger,
            ]
        ),
        encoding="utf-8",
    )
    assert songpei("hub", "selection", "import", path, project, listing).returncode == 0
    total = next(t.teachers_total for t in guangan_targets() if t.district == "华蓥市")

    def huaying_city():
        with Hub.open(path) as hub:
            return next(d for d in summary(hub, YEAR, "district") if d.name == "华蓥市")

    d = huaying_city()
    selected = len(huaying) + 1
    assert (d.selected, d.reported, d.exempt) == (selected, len(huaying), 0)
    assert d.selection_rate == selected / total
    assert d.report_rate == len(huaying) / selected
    for n, reason in (("601", "今年退休"), ("602", "长期病假")):
        r = songpei(
            "hub", "exempt", path, valid_id(area="511681", seq=n), "--year", YEAR,
            "--school", "华蓥中学", "--reason", reason,
        )  # fmt: skip
        assert r.returncode == 0 and f"已登记 {YEAR} 年免训" in r.stdout, r.stderr
    again = songpei(  # the same teacher again: a new reason, not a second exemption
        "hub", "exempt", path, valid_id(area="511681", seq="602"), "--year", YEAR,
        "--school", "华蓥中学", "--reason", "产假",
    )  # fmt: skip
    assert again.returncode == 0
    d = huaying_city()
    assert d.exempt == 2 and d.selection_rate == selected / (total - 2)
    assert d.report_rate == len(huaying) / selected  # exemptions do not touch 报到率
    with Hub.open(path) as hub:  # another year knows neither the project nor the exemptions
        later = next(d for d in summary(hub, YEAR + 1, "district") if d.name == "华蓥市")
    assert later.selected is None and later.selection_rate is None and later.exempt == 0
    r = songpei(
        "hub", "exempt", path, "511681198503120", "--year", YEAR, "--school", "华蓥中学",
        "--reason", "退休",
    )  # fmt: skip
    assert r.returncode == 1 and "身份证号无效" in r.stderr, r.stderr


def test_participation_rate_uses_one_denominator_at_every_level(county, tmp_path):
    path, _ = county
    targets = {t.district: t.teachers_total for t in guangan_targets()}

    def levels():
        with Hub.open(path) as hub:
            rows = teacher_rows(hub, *hub.content(), YEAR)
            return {
                level: summary(hub, YEAR, level, rows=rows) for level in ("county", *LEVELS[:3])
            }

    def check(found):
        for d in found["district"]:
            # the targets' 专任教师总数, or "not known": never the teachers the hub knows
            assert d.teachers_total == targets.get(d.name)
            assert d.participation_rate == (
                d.active / d.teachers_total if d.teachers_total else None
            )
        for level in ("township", "school"):  # the targets count no teachers below a district
            assert found[level] and all(r.participation_rate is None for r in found[level])
            assert any(r.active for r in found[level])

    # before the roster three schools match no district: the county's base would leave their
    # teachers out, so its 参训率 is not known rather than over another base
    found = levels()
    check(found)
    (county_row,) = found["county"]
    assert any(d.name == "" and d.active for d in found["district"])
    assert county_row.teachers_total is None and county_row.participation_rate is None

    assert (
        songpei("hub", "roster", "import", path, _xlsx(tmp_path / "r.xlsx", ROSTER)).returncode == 0
    )
    found = levels()
    check(found)
    (county_row,) = found["county"]
    assert county_row.teachers_total == sum(targets.values())
    assert county_row.participation_rate == county_row.active / sum(targets.values())
    assert county_row.active == sum(d.active for d in found["district"]) > 0


def test_a_wrong_project_is_refused_and_nothing_is_recorded(county):
    path, _ = county
    base = ["hub", "project", "add", path, "--year", YEAR, "--provider", "广安职业技术学院"]
    for extra, expect in [
        (["--name", "国培", "--starts", "2016-09-01", "--ends", "2016-03-01"],
         "结束日期 2016-03-01 早于开始日期"),
        (["--name", "国培", "--starts", "2016-02-30", "--ends", "2016-03-01"],
         "开始日期“2016-02-30”不是 2026-03-01 这样的日期"),
        (["--name", "  ", "--starts", "2016-03-01", "--ends", "2016-09-01"], "项目名称为空"),
    ]:  # fmt: skip
        r = songpei(*base, *extra, "--kind", "mixed")
        assert r.returncode == 1 and expect in r.stderr and "未作任何改动" in r.stderr, r.stderr
    listed = songpei("hub", "project", "list", path)
    assert "还没有登记项目" in listed.stdout
    _project(path)
    r = songpei(
        *base, "--name", "国培计划（2016）送教下乡", "--starts", "2016-03-01",
        "--ends", "2016-11-30", "--kind", "online",
    )  # fmt: skip
    assert r.returncode == 1 and "该年度已有名为“国培计划（2016）送教下乡”的项目" in r.stderr
    with Hub.open(path) as hub:
        assert [(p.id, p.kind) for p in rosters.projects(hub)] == [(1, "mixed")]
