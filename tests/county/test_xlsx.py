"""Our .xlsx writer and reader against another implementation (openpyxl, a test-time check only:
the program itself never needs it), and against workbooks written the ways others write them."""

from __future__ import annotations

import io
import tracemalloc
import zipfile

import openpyxl
import pytest

from sync.county.targets_file import parse_targets_file
from sync.county.xlsx import (
    MAIN,
    XlsxUnreadable,
    column_letter,
    read_xlsx,
    workbook_bytes,
    write_xlsx,
)

HEADER = ["姓名", "学校", "网络研修学时", "自测合格数", "成绩"]
ROWS = [
    ["张三", "岳池县花桥中心小学附属实验学校", 12.5, 2, 87.3],
    ["李四 <A&B>", "华蓥市协兴完全小学", 0.0, 0, None],
    ["王\x01五", "武胜县大龙完全小学", 50.0, 10, 100.0],
]


def test_column_letters():
    assert [column_letter(i) for i in (0, 25, 26, 51, 52, 701, 702)] == [
        "A",
        "Z",
        "AA",
        "AZ",
        "BA",
        "ZZ",
        "AAA",
    ]


def test_another_implementation_reads_what_we_write(tmp_path):
    path = tmp_path / "学时.xlsx"
    write_xlsx(path, HEADER, ROWS, sheet="学时")
    ws = openpyxl.load_workbook(path).active
    assert ws.title == "学时"
    assert [c.value for c in ws[1]] == HEADER
    assert [c.value for c in ws[2]] == ROWS[0]
    assert [c.value for c in ws[3]] == ["李四 <A&B>", "华蓥市协兴完全小学", 0, 0, None]
    assert ws["A4"].value == "王五"  # a control character XML cannot carry is dropped
    assert isinstance(ws["C2"].value, float) and isinstance(ws["D2"].value, int)
    assert ws["C2"].number_format == "0.0"  # 学时 shown with one decimal, summable
    assert all(c.font.b for c in ws[1]) and not ws["A2"].font.b
    assert ws.freeze_panes == "A2"
    widths = {k: d.width for k, d in ws.column_dimensions.items()}
    assert widths["B"] > widths["A"] >= 6  # the long school name gets a wide column
    assert widths["B"] >= 2 * len("岳池县花桥中心小学附属实验学校")  # CJK counts double
    assert ws.max_row == 4 and ws.max_column == 5


def test_our_reader_reads_ours_and_openpyxls(tmp_path):
    ours = tmp_path / "ours.xlsx"
    write_xlsx(ours, HEADER, ROWS)
    expected = [
        HEADER,
        ROWS[0],
        ["李四 <A&B>", "华蓥市协兴完全小学", 0, 0, ""],
        ["王五", "武胜县大龙完全小学", 50, 10, 100],
    ]
    assert read_xlsx(ours.read_bytes(), str(ours)) == expected
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "目标"
    ws.append(["区县", "专任教师总数", "2016年目标"])
    ws.append(["岳池县", 7228, 2600])
    ws["E5"] = "备注"  # a stray cell further down and to the right
    theirs = tmp_path / "theirs.xlsx"
    wb.save(theirs)
    assert read_xlsx(theirs.read_bytes(), str(theirs)) == [
        ["区县", "专任教师总数", "2016年目标", "", ""],
        ["岳池县", 7228, 2600, "", ""],
        ["", "", "", "", ""],
        ["", "", "", "", ""],
        ["", "", "", "", "备注"],
    ]


def _handmade(sheet_cells: str, shared: str | None = None, dimension: str = "") -> bytes:
    """A minimal workbook as other programs write them: inline strings, rich text, cells
    without references, the sheet not named sheet1."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{MAIN}" xmlns:r="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet '
            'name="S" sheetId="7" r:id="rIdX"/></sheets></workbook>',
        )
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            '<Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rIdX" '
            'Type="x" Target="/xl/worksheets/data.xml"/></Relationships>',
        )
        if shared is not None:
            z.writestr("xl/sharedStrings.xml", f'<sst xmlns="{MAIN}">{shared}</sst>')
        z.writestr(
            "xl/worksheets/data.xml",
            f'<worksheet xmlns="{MAIN}">{dimension}<sheetData>{sheet_cells}</sheetData>'
            "</worksheet>",
        )
    return out.getvalue()


def test_inline_and_rich_strings_and_cells_without_references():
    data = _handmade(
        '<row><c t="inlineStr"><is><t>区县</t></is></c><c t="s"><v>0</v></c>'
        '<c t="b"><v>1</v></c></row><row r="3"><c r="B3"><v>7228.5</v></c></row>',
        shared="<si><r><t>专任</t></r><r><t>教师</t></r><rPh><t>x</t></rPh></si>",
    )
    assert read_xlsx(data, "x.xlsx") == [["区县", "专任教师", 1], ["", "", ""], ["", 7228.5, ""]]


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"district,total\n", "not-xlsx"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "old-xls"),
        (b"PK\x03\x04 truncated", "damaged"),
    ],
)
def test_what_is_not_a_workbook_is_named(data, reason):
    with pytest.raises(XlsxUnreadable) as err:
        read_xlsx(data, "t.xlsx")
    assert err.value.args_ == {"path": "t.xlsx", "reason": reason}


def test_a_broken_sheet_is_damaged_not_a_traceback():
    with pytest.raises(XlsxUnreadable) as err:
        read_xlsx(_handmade("<row><c><v>1</v></row>"), "t.xlsx")
    assert err.value.args_["reason"] == "damaged"
    with pytest.raises(XlsxUnreadable):  # a shared string index that is not there
        read_xlsx(_handmade('<row><c t="s"><v>3</v></c></row>', shared=""), "t.xlsx")


def test_same_rows_same_bytes_and_the_write_is_atomic(tmp_path):
    assert workbook_bytes(HEADER, ROWS) == workbook_bytes(HEADER, ROWS)
    path = tmp_path / "r.xlsx"
    write_xlsx(path, HEADER, ROWS)
    with pytest.raises(ValueError):  # a row that does not fit the header: old file kept
        write_xlsx(path, HEADER, [["only one cell"]])
    assert read_xlsx(path.read_bytes(), "r")[1] == ROWS[0]
    assert [p.name for p in tmp_path.iterdir()] == ["r.xlsx"]


TARGETS_ROWS = (
    '<row r="1"><c r="A1" t="inlineStr"><is><t>district</t></is></c>'
    '<c r="B1" t="inlineStr"><is><t>full_time_teachers_2013</t></is></c>'
    '<c r="C1" t="inlineStr"><is><t>target_2014</t></is></c></row>'
    '<row r="2"><c r="A2" t="inlineStr"><is><t>岳池县</t></is></c>'
    '<c r="B2"><v>5000</v></c><c r="C2"><v>900</v></c></row>'
)


def _peak(read) -> tuple[object, int]:
    """What `read()` returns or raises, and the most memory it held (bytes)."""
    tracemalloc.start()
    try:
        result = read()
    except Exception as e:  # noqa: BLE001 (the refusal is the result under test)
        result = e
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return result, peak


def test_a_sheet_declaring_a_huge_size_reads_its_real_cells_in_little_memory():
    data = _handmade(
        TARGETS_ROWS + '<row r="1048576"><c r="XFD1048576" s="3"/></row>',
        dimension='<dimension ref="A1:ZZZZZZZ2000000000"/>',
    )
    rows, peak = _peak(lambda: parse_targets_file(data, "目标.xlsx"))
    assert [(t.district, t.teachers_total, t.targets) for t in rows] == [
        ("岳池县", 5000, {2014: 900})
    ]
    assert peak < 2_000_000


@pytest.mark.parametrize(
    "cell, reason",
    [
        ('<row r="2000000000"><c r="ZZZZZZZ2000000000"><v>1</v></c></row>', "damaged"),
        ('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>', "too-large"),
        ('<row r="9"><c r="A9"><v>1</v></c></row><row r="x"/>', "damaged"),
    ],
)
def test_a_filled_cell_far_away_is_refused_without_allocating_up_to_it(zh_app, cell, reason):
    from app.messages import describe

    err, peak = _peak(lambda: parse_targets_file(_handmade(TARGETS_ROWS + cell), "目标.xlsx"))
    assert isinstance(err, XlsxUnreadable) and err.args_["reason"] == reason
    assert peak < 2_000_000
    assert describe(err).startswith("无法读取 目标.xlsx")
