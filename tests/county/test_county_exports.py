"""The county's exports as the office uses them, through the real command line: the platform
table as CSV and Excel (read back by us and by openpyxl), the PDF report (read back with
pdftotext) and xAPI statements all state the same hours as the laptop itself; a column template
shapes CSV and Excel alike; bad input is named and nothing is written."""

from __future__ import annotations

import csv
import json
import re
import sqlite3
import subprocess
from collections import defaultdict

import openpyxl
import pytest

from content.figures import score_value
from content.rules import LESSON_SESSION, compute_progress
from content.targets import district_of
from sync.county import xapi
from sync.county.hub import Hub
from sync.county.xlsx import read_xlsx, write_xlsx
from tests.support.cli import songpei
from tests.support.county import TARGETS, county_hub

DISTRICTS = [
    "广安区",
    "华蓥市",
    "岳池县",
    "武胜县",
    "邻水县",
    "前锋区",
    "经开区",
    "协兴园区",
    "枣山园区",
    "市直属学校",
]


@pytest.fixture
def hub_file(laptop, tmp_path):
    hub, truth = county_hub(laptop, tmp_path, teachers=9)
    hub.close()
    return tmp_path / "hub.db", truth


def _csv(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel on a county PC needs the BOM
    return list(csv.reader(raw.decode("utf-8-sig").splitlines()))


def _by_id(table, key="身份证号"):
    header, *rows = table
    return {r[header.index(key)]: dict(zip(header, r, strict=True)) for r in rows}


def test_csv_excel_pdf_and_xapi_state_the_same_hours(hub_file, tmp_path):
    hub, truth = hub_file
    out = {}
    for fmt in ("csv", "xlsx", "pdf", "xapi"):
        out[fmt] = tmp_path / f"report.{fmt}"
        r = songpei("hub", "report", hub, "--format", fmt, "--out", out[fmt], "--year", "2026")
        assert r.returncode == 0, r.stderr
    met = sum(t["met"] for t in truth.values())
    assert 0 < met < len(truth)  # some finished, some did not: both paths are exercised

    # 1. the laptop's own numbers, as the platform takes them (counted tenths: the parts add
    # up to the total exactly)
    want = {
        i: (
            t["online"],
            t["face_to_face"],
            t["practice"],
            t["total"],
            None if t["best"] is None else score_value(t["best"]),
            "已结业" if t["met"] else "未结业",
        )
        for i, t in truth.items()
    }
    assert all(round(w[0] + w[1] + w[2], 1) == w[3] for w in want.values())

    # 2. CSV
    rows = _by_id(_csv(out["csv"]))
    assert {
        i: (
            float(r["网络研修学时"]),
            float(r["集中培训学时"]),
            float(r["实践应用学时"]),
            float(r["总学时"]),
            float(r["成绩"]) if r["成绩"] else None,
            r["结业状态"],
        )
        for i, r in rows.items()
    } == want

    # 3. Excel, through our reader and through openpyxl: numbers are numbers
    ours = _by_id(read_xlsx(out["xlsx"].read_bytes(), "x"))
    ws = openpyxl.load_workbook(out["xlsx"]).active
    theirs = _by_id([[c.value for c in row] for row in ws.iter_rows()])
    for table in (ours, theirs):
        assert {
            i: (
                r["网络研修学时"],
                r["集中培训学时"],
                r["实践应用学时"],
                r["总学时"],
                r["成绩"] or None,
                r["结业状态"],
            )
            for i, r in table.items()
        } == want
    assert all(isinstance(r["总学时"], (int, float)) for r in theirs.values())
    assert theirs.keys() == rows.keys() and [c.value for c in ws[1]] == _csv(out["csv"])[0]
    total = round(sum(r["总学时"] for r in theirs.values()), 1)
    online = round(sum(r["网络研修学时"] for r in theirs.values()), 1)

    # 4. the PDF, as text: the county row, every district's row, every teacher behind
    text = subprocess.run(
        ["pdftotext", "-layout", out["pdf"], "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "2026 年目标" in text and "全市概况" in text  # all the learning is of 2026
    county = re.search(r"全市合计\s+(.*)", text).group(1).split()
    assert int(county[5]) == met  # finished
    assert float(county[7]) == total  # hours, to the digit of the spreadsheet
    assert re.search(rf"2026 年网络研修学时\s+{online:.1f}\s", text)
    names = DISTRICTS
    per_district = defaultdict(int)
    for r in theirs.values():
        per_district[district_of(r["学校"], names)] += r["结业状态"] == "已结业"
    for d in names:
        cells = re.search(rf"^\s*{d}\s+(\d.*)$", text, re.M).group(1).split()
        assert int(cells[5]) == per_district[d], d
    behind = [i for i, t in truth.items() if not t["met"]]
    assert f"尚未结业的教师（{len(behind)} 人）" in text
    for i in behind:
        line = next(ln for ln in text.splitlines() if i[:3] + "*" * 11 + i[-4:] in ln)
        numbers = line.split()[-6:]
        assert [float(n) for n in numbers[:4]] == list(want[i][:4]), line
        assert numbers[4] == ("—" if want[i][4] is None else f"{want[i][4]:.1f}")

    # 5. xAPI: the statements carry the sessions; the same rule over them gives the same hours
    statements = json.loads(out["xapi"].read_text("utf-8"))
    with Hub.open(hub) as h:
        catalog, rules = h.content()
        pseudonym = xapi.pseudonym_key(h)
    events, best = defaultdict(list), {}
    for st in statements:
        who, verb = st["actor"]["account"]["name"], st["verb"]["display"]["en-US"]
        if verb == "experienced":
            events[who].append(
                (
                    LESSON_SESSION,
                    {
                        "lesson": st["object"]["id"].rsplit("/", 1)[1],
                        "active_seconds": int(st["result"]["duration"][2:-1]),
                    },
                )
            )
        elif verb == "attended":  # a 送教 session, stated as face-to-face whatever it was
            assert st["result"]["extensions"][xapi.EXT + "category"] == "face_to_face"
        elif verb == "completed":
            best[who] = max(best.get(who, 0), st["result"]["score"]["scaled"] * 100)
    from_xapi = {}
    for i in truth:  # statements are per event: the online time and the scores they carry
        who = xapi.person_name(pseudonym, i)
        p = compute_progress(events[who], catalog, rules)
        from_xapi[i] = (p.online_hours, round(best[who], 1) if who in best else None)
    assert from_xapi == {i: (w[0], w[4]) for i, w in want.items()}


def test_a_template_shapes_csv_and_excel_alike(hub_file, tmp_path):
    hub, truth = hub_file
    template = tmp_path / "平台模板.json"
    template.write_text(
        json.dumps(
            {
                "format": 1,
                "columns": [
                    {"header": "证件号码", "field": "masked_id"},
                    {"header": "教师姓名", "field": "name"},
                    {"header": "通过自测数", "field": "tests_passed"},
                    {"header": "学时", "field": "total_hours"},
                ],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    for fmt in ("csv", "xlsx"):
        r = songpei(
            "hub",
            "report",
            hub,
            "--format",
            fmt,
            "--template",
            template,
            "--out",
            tmp_path / f"t.{fmt}",
        )
        assert r.returncode == 0, r.stderr
    as_csv = _csv(tmp_path / "t.csv")
    as_xlsx = read_xlsx((tmp_path / "t.xlsx").read_bytes(), "t")
    assert as_csv[0] == as_xlsx[0] == ["证件号码", "教师姓名", "通过自测数", "学时"]
    assert [[r[0], r[1], int(r[2]), float(r[3])] for r in as_csv[1:]] == as_xlsx[1:]
    got = {r[1]: r[2] for r in as_xlsx[1:]}
    assert got == {t["name"]: t["passed"] for t in truth.values()}
    assert not any(t_id in (tmp_path / "t.csv").read_text("utf-8-sig") for t_id in truth)


def test_a_template_naming_an_unknown_field_writes_nothing(hub_file, tmp_path):
    hub, _ = hub_file
    bad = tmp_path / "模板.json"
    bad.write_text(
        '{"columns": [{"header": "姓名", "field": "name"}, {"header": "手机", "field": "phone"}]}',
        encoding="utf-8",
    )
    for fmt in ("csv", "xlsx"):
        r = songpei(
            "hub", "report", hub, "--format", fmt, "--template", bad, "--out", tmp_path / f"r.{fmt}"
        )
        assert r.returncode == 1 and str(bad) in r.stderr and "“phone”" in r.stderr, r.stderr
        assert "第 2 列" in r.stderr and "未写入任何文件" in r.stderr
        assert "Traceback" not in r.stderr
        assert not (tmp_path / f"r.{fmt}").exists()
    bad.write_text("不是 JSON", encoding="utf-8")
    r = songpei("hub", "report", hub, "--template", bad, "--out", tmp_path / "r.csv")
    assert r.returncode == 1 and "不是 JSON 文件" in r.stderr


def test_what_is_not_a_hub_is_named_and_left_untouched(tmp_path):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as c:  # someone's database in the old rollback mode
        c.execute("CREATE TABLE t (x)")
    before = other.read_bytes()
    notes = tmp_path / "notes.txt"
    notes.write_text("岳池县", encoding="utf-8")
    claims = tmp_path / "claims.db"  # a hub's kind, but a version no hub ever had
    with sqlite3.connect(claims) as c:
        c.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        c.execute("INSERT INTO meta VALUES ('kind', 'songpei-county-hub')")
        c.execute("PRAGMA user_version=-5")
    claimed = claims.read_bytes()
    for path, why in [
        (other, "不是县级数据库"),
        (claims, "不是县级数据库"),
        (notes, "不是数据库文件"),
        (tmp_path / "missing.db", "文件不存在"),
    ]:
        r = songpei("hub", "report", path, "--format", "xlsx", "--out", tmp_path / "r.xlsx")
        assert r.returncode == 1 and str(path) in r.stderr and why in r.stderr, r.stderr
    assert other.read_bytes() == before  # not switched to WAL, not migrated
    assert claims.read_bytes() == claimed
    assert not (tmp_path / "r.xlsx").exists()


def test_an_out_folder_that_does_not_exist_is_named(hub_file, tmp_path):
    hub, _ = hub_file
    for fmt in ("csv", "xlsx", "pdf", "xapi"):
        target = tmp_path / "不存在" / f"r.{fmt}"
        r = songpei("hub", "report", hub, "--format", fmt, "--out", target)
        assert r.returncode == 1 and str(target.parent) in r.stderr, r.stderr
        assert "不存在" in r.stderr and "未写入任何文件" in r.stderr
    assert not (tmp_path / "不存在").exists()


def test_targets_from_excel_equal_targets_from_csv_and_a_wrong_one_changes_nothing(
    hub_file, tmp_path
):
    hub, _ = hub_file
    table = list(csv.reader(TARGETS.read_text("utf-8").splitlines()))
    good = tmp_path / "目标.xlsx"
    write_xlsx(good, table[0], [[r[0], *map(int, r[1:])] for r in table[1:]])
    with Hub.open(hub) as h:
        from_csv = h.targets()
        h.set_targets([])
    r = songpei("hub", "targets", hub, good)
    assert r.returncode == 0 and "10 个区县" in r.stdout, r.stderr
    with Hub.open(hub) as h:
        assert h.targets() == from_csv
    wb = openpyxl.Workbook()  # as a county office types it in Excel: Chinese headers
    wb.active.append(["区县", "专任教师", "2016年目标"])
    wb.active.append(["岳池县", 7228, 2600])
    wb.save(tmp_path / "wrong.xlsx")
    wb = openpyxl.Workbook()
    wb.active.append(["区县", "专任教师总数", "2016年目标"])
    wb.active.append(["岳池县", 7228.5, 2600])
    wb.save(tmp_path / "fraction.xlsx")
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
    for name, expect in [
        ("wrong.xlsx", "缺少“专任教师总数”列"),
        ("fraction.xlsx", "第 2 行"),
        ("old.xls", ".xlsx 或“CSV UTF-8”"),
    ]:
        r = songpei("hub", "targets", hub, tmp_path / name)
        assert r.returncode == 1 and expect in r.stderr and "未作任何改动" in r.stderr, r.stderr
        assert name in r.stderr
    with Hub.open(hub) as h:
        assert h.targets() == from_csv


def test_a_name_that_looks_like_a_formula_stays_text(tmp_path):
    from sync.county.teacher_rows import TeacherRow, write_csv
    from sync.county.teacher_rows import write_xlsx as write_table

    rows = [
        TeacherRow(
            "511621198001010011",
            '=HYPERLINK("http://x","点我")',
            "@岳池县小学",
            "primary",
            "数学",
            1,
            10.0,
            0.0,
            False,
            None,
            0,
        )
    ]
    write_csv(rows, tmp_path / "r.csv", "项目")
    line = _csv(tmp_path / "r.csv")[1]
    assert line[0] == '\'=HYPERLINK("http://x","点我")' and line[2] == "'@岳池县小学"
    write_table(rows, tmp_path / "r.xlsx", "项目")
    cell = openpyxl.load_workbook(tmp_path / "r.xlsx").active["A2"]
    assert cell.data_type == "s" and cell.value == rows[0].name  # a string, never a formula
