"""Excel workbooks (.xlsx, Office Open XML SpreadsheetML) written and read with zipfile alone.

The county's exports are one sheet of plain values: a library would add a dependency to every
county PC for what is a few hundred lines of well-documented XML (ECMA-376 part 1, §18). The
writer makes: one sheet, shared strings, numbers stored as numbers (a 学时 column sums in
Excel), a bold header row that stays frozen while scrolling, and column widths fitted to the
text (a CJK character counts as two). The same rows give the same bytes (fixed zip times).

The reader takes the first sheet of any workbook (Excel's, WPS's, LibreOffice's, ours) into
rows of strings and numbers, so a county can keep its targets table in Excel."""

from __future__ import annotations

import functools
import io
import math
import posixpath
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from xml.etree import ElementTree as ET

from sync.base.durable import atomic_write_bytes
from sync.base.errors import SongpeiError

Cell = str | int | float | None

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
MAX_MEMBER = 64 * 1024 * 1024  # a county sheet is a few MB; refuse zip bombs
MAX_ROWS = 1_048_576  # Excel's own limit
MAX_COLS = 16_384  # Excel's own limit (column XFD)
# Rows × columns the reader pads out: a sheet's size is what its filled cells span, and one
# cell declared at row 2,000,000,000 or column ZZZZZZZ must not allocate the space up to it.
MAX_CELLS = 4_000_000
_REF = re.compile(r"([A-Za-z]{1,3})([0-9]{1,7})")
XLSX_MAGIC = b"PK\x03\x04"  # a zip file
OLD_XLS_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97–2003 (.xls): not OOXML
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
# Characters XML 1.0 cannot carry at all (a stray one would make Excel refuse the file).
_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class XlsxUnreadable(SongpeiError):
    """Not a workbook we can read (path=..., reason='not-xlsx'|'old-xls'|'damaged'|'too-large').
    'too-large': a part over MAX_MEMBER, or filled cells spanning more than MAX_CELLS."""


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    s = ""
    index += 1
    while index:
        index, r = divmod(index - 1, 26)
        s = chr(65 + r) + s
    return s


def _esc(text: str) -> str:
    text = _BAD_XML.sub("", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def display_width(text: str) -> int:
    """Columns `text` takes where a Chinese character takes two (Excel's widths, a terminal's)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _widths(header: Sequence[str], rows: Sequence[Sequence[Cell]]) -> list[float]:
    out = [display_width(h) for h in header]
    for row in rows[:2000]:  # enough to see the longest school names; cheap on 20,000 rows
        for i, v in enumerate(row):
            if v is not None:
                w = display_width(v if isinstance(v, str) else _number(v))
                if w > out[i]:
                    out[i] = w
    return [min(max(w + 2, 6), 60) for w in out]


def _number(v: int | float) -> str:
    if isinstance(v, bool):
        return str(int(v))
    if isinstance(v, int):
        return str(v)
    if not math.isfinite(v):
        raise ValueError(f"not a finite number: {v!r}")
    return repr(float(v))


STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="{MAIN}">
<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="宋体"/><family val="2"/><charset val="134"/></font>\
<font><b/><sz val="11"/><name val="宋体"/><family val="2"/><charset val="134"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
<fill><patternFill patternType="solid"><fgColor rgb="FFE8EEF5"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>\
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>"""


def workbook_bytes(
    header: Sequence[str], rows: Iterable[Sequence[Cell]], sheet: str = "Sheet1"
) -> bytes:
    """The .xlsx file's bytes: `header` in bold and frozen, then `rows` (str → shared string
    in a text-formatted cell, int → number, float → number shown with one decimal, None →
    empty cell)."""
    rows = rows if isinstance(rows, list) else list(rows)
    if len(rows) + 1 > MAX_ROWS:
        raise ValueError("more rows than a worksheet holds")
    ncols = len(header)
    letters = [column_letter(i) for i in range(ncols)]
    strings: dict[str, int] = {}

    def sst(text: str) -> int:
        n = strings.get(text)
        if n is None:
            n = strings[text] = len(strings)
        return n

    parts = ['<row r="1">']
    parts += [
        f'<c r="{letters[i]}1" t="s" s="1"><v>{sst(str(h))}</v></c>' for i, h in enumerate(header)
    ]
    parts.append("</row>")
    for r, row in enumerate(rows, start=2):
        if len(row) != ncols:
            raise ValueError(f"row {r} has {len(row)} cells, the header {ncols}")
        parts.append(f'<row r="{r}">')
        for i, v in enumerate(row):
            if v is None:
                continue
            if isinstance(v, str):
                parts.append(f'<c r="{letters[i]}{r}" t="s" s="3"><v>{sst(v)}</v></c>')
            elif isinstance(v, float):
                parts.append(f'<c r="{letters[i]}{r}" s="2"><v>{_number(v)}</v></c>')
            else:
                parts.append(f'<c r="{letters[i]}{r}"><v>{_number(v)}</v></c>')
        parts.append("</row>")
    last = f"{letters[-1] if letters else 'A'}{len(rows) + 1}"
    cols = "".join(
        f'<col min="{i + 1}" max="{i + 1}" width="{w:.1f}" customWidth="1"/>'
        for i, w in enumerate(_widths(header, rows))
    )
    sheet_xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{MAIN}" '
        f'xmlns:r="{REL}"><dimension ref="A1:{last}"/><sheetViews><sheetView workbookViewId="0">'
        '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
        '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
        f'<sheetFormatPr defaultRowHeight="15"/>{"<cols>" + cols + "</cols>" if cols else ""}'
        f"<sheetData>{''.join(parts)}</sheetData>"
        # 身份证号 are digits kept as text (as numbers Excel would round them to 15 digits):
        # text-formatted, and Excel told not to flag them as "number stored as text".
        f'<ignoredErrors><ignoredError sqref="A1:{last}" numberStoredAsText="1"/>'
        "</ignoredErrors></worksheet>"
    )
    shared = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{MAIN}" '
        f'count="{len(strings)}" uniqueCount="{len(strings)}">'
        + "".join(f'<si><t xml:space="preserve">{_esc(s)}</t></si>' for s in strings)
        + "</sst>"
    )
    name = _esc(_sheet_name(sheet))
    members = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://'
            'schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default '
            'Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml"'
            ' ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.'
            'main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName='
            '"/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType='
            '"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="'
            f'{PKG_REL}"><Relationship Id="rId1" Type="{REL}/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{MAIN}" '
            f'xmlns:r="{REL}"><bookViews><workbookView/></bookViews><sheets><sheet name="{name}" '
            'sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="'
            f'{PKG_REL}"><Relationship Id="rId1" Type="{REL}/worksheet" '
            f'Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{REL}/styles" '
            f'Target="styles.xml"/><Relationship Id="rId3" Type="{REL}/sharedStrings" '
            'Target="sharedStrings.xml"/></Relationships>'
        ),
        "xl/styles.xml": STYLES,
        "xl/sharedStrings.xml": shared,
        "xl/worksheets/sheet1.xml": sheet_xml,
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        for member, text in members.items():
            info = zipfile.ZipInfo(member, _ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))
    return out.getvalue()


def _sheet_name(name: str) -> str:
    """Excel refuses sheet names over 31 characters or holding []:*?/\\."""
    return re.sub(r"[\[\]:*?/\\]", "_", name)[:31] or "Sheet1"


def write_xlsx(
    path: Path, header: Sequence[str], rows: Iterable[Sequence[Cell]], sheet: str = "Sheet1"
) -> None:
    """Write the workbook atomically: a crash leaves the old file or the whole new one."""
    atomic_write_bytes(Path(path), workbook_bytes(header, rows, sheet))


# --- reading --------------------------------------------------------------------------------


def _q(tag: str) -> str:
    return f"{{{MAIN}}}{tag}"


@functools.lru_cache(maxsize=4096)
def _col_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch.upper()) - 64)
    return n - 1


def _member(z: zipfile.ZipFile, name: str, source: str) -> bytes:
    try:
        info = z.getinfo(name)
    except KeyError:
        raise XlsxUnreadable(path=source, reason="damaged") from None
    if info.file_size > MAX_MEMBER:
        raise XlsxUnreadable(path=source, reason="too-large")
    with z.open(info) as f:
        data = f.read(MAX_MEMBER + 1)
    if len(data) > MAX_MEMBER:
        raise XlsxUnreadable(path=source, reason="too-large")
    return data


def _text(si: ET.Element) -> str:
    """A shared or inline string: plain <t>, or rich-text runs <r><t> (phonetic runs left out)."""
    t = si.find(_q("t"))
    if t is not None:
        return t.text or ""
    return "".join(r.findtext(_q("t")) or "" for r in si.findall(_q("r")))


def read_xlsx(data: bytes, source: str) -> list[list[str | int | float]]:
    """The first sheet's rows: strings as strings, numbers as int (when whole) or float,
    booleans as 1/0, empty cells as "". Rows are padded to the widest row; empty rows between
    filled ones kept (row numbers stay true), empty ones after the last filled row left out."""
    if data.startswith(OLD_XLS_MAGIC):
        raise XlsxUnreadable(path=source, reason="old-xls")
    if not data.startswith(XLSX_MAGIC):
        raise XlsxUnreadable(path=source, reason="not-xlsx")
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
        names = set(z.namelist())
        if "xl/workbook.xml" not in names:
            raise XlsxUnreadable(path=source, reason="not-xlsx")
        wb = ET.fromstring(_member(z, "xl/workbook.xml", source))
        first = wb.find(f"{_q('sheets')}/{_q('sheet')}")
        if first is None:
            raise XlsxUnreadable(path=source, reason="damaged")
        rid = first.get(f"{{{REL}}}id")
        rels = ET.fromstring(_member(z, "xl/_rels/workbook.xml.rels", source))
        target = next(
            (
                r.get("Target")
                for r in rels.findall(f"{{{PKG_REL}}}Relationship")
                if r.get("Id") == rid
            ),
            None,
        )
        if not target:
            raise XlsxUnreadable(path=source, reason="damaged")
        sheet_path = (
            target.lstrip("/")
            if target.startswith("/")
            else posixpath.normpath(posixpath.join("xl", target))
        )
        shared: list[str] = []
        if "xl/sharedStrings.xml" in names:
            shared = [
                _text(si)
                for si in ET.fromstring(_member(z, "xl/sharedStrings.xml", source)).findall(
                    _q("si")
                )
            ]
        root = ET.fromstring(_member(z, sheet_path, source))
    except (zipfile.BadZipFile, ET.ParseError, EOFError, OSError, ValueError):
        raise XlsxUnreadable(path=source, reason="damaged") from None
    rows: dict[int, dict[int, str | int | float]] = {}
    next_row = 1
    tag_c, tag_v, tag_is = _q("c"), _q("v"), _q("is")
    for row in root.iter(_q("row")):
        r = _row_number(row.get("r"), next_row, source)
        next_row = r + 1
        cells: dict[int, str | int | float] = {}
        next_col = 0
        for c in row.iter(tag_c):
            col = _col_number(c.get("r"), next_col, source)
            next_col = col + 1
            kind = c.get("t", "n")
            v = c.findtext(tag_v)
            try:
                if kind == "s":
                    value: str | int | float = shared[int(v)] if v is not None else ""
                elif kind == "inlineStr":
                    is_ = c.find(tag_is)
                    value = _text(is_) if is_ is not None else ""
                elif kind in ("str", "e"):
                    value = v or ""
                elif kind == "b":
                    value = 1 if v == "1" else 0
                elif v is None or v == "":
                    value = ""
                else:
                    f = float(v)
                    value = int(f) if f.is_integer() and abs(f) < 2**53 else f
            except (ValueError, IndexError):
                raise XlsxUnreadable(path=source, reason="damaged") from None
            if value != "":  # an empty cell (a formatted one, say) makes the sheet no larger
                cells[col] = value
        if cells:
            rows[r] = cells
    if not rows:
        return []
    width = max(max(c) + 1 for c in rows.values())
    height = max(rows)
    if width * height > MAX_CELLS:
        raise XlsxUnreadable(path=source, reason="too-large")
    return [[rows.get(r, {}).get(i, "") for i in range(width)] for r in range(1, height + 1)]


def _row_number(declared: str | None, following: int, source: str) -> int:
    """A <row r="…">: 1 to Excel's last row; absent means the row after the previous one."""
    if declared is None:
        n = following
    elif declared.isascii() and declared.isdigit() and len(declared) <= 7:
        n = int(declared)
    else:
        raise XlsxUnreadable(path=source, reason="damaged")
    if not 1 <= n <= MAX_ROWS:
        raise XlsxUnreadable(path=source, reason="damaged")
    return n


def _col_number(ref: str | None, following: int, source: str) -> int:
    """A cell's column (0 for A) from its reference "B7"; absent means the next column."""
    if ref is None:
        n = following
    else:
        m = _REF.fullmatch(ref)
        if not m:
            raise XlsxUnreadable(path=source, reason="damaged")
        n = _col_index(m.group(1))
    if not 0 <= n < MAX_COLS:
        raise XlsxUnreadable(path=source, reason="damaged")
    return n
