"""The county's lists as the office keeps them, CSV (UTF-8) or an Excel workbook (.xlsx): the
school roster (学校代码, 学校, 区县, 乡镇, 学段) and a project's selected teachers (姓名, 身份证号,
学校). A wrong file is refused whole, naming the line, the column and what is wrong, before the
hub is touched (sync.county.rosters writes what is read here in one transaction)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from content.targets import simplified
from sync.base import idcard
from sync.base.errors import InvalidIdNumber, SongpeiError
from sync.county.xlsx import OLD_XLS_MAGIC, XLSX_MAGIC, Cell, read_xlsx

MAX_TEXT = 200  # a school's or a person's name; longer is a pasted paragraph


class ListInvalid(SongpeiError):
    """A roster or selection file that cannot be used (path=..., line=..., column=...,
    reason='not-utf8'|'old-xls'|'empty'|'missing-column'|'cell-count'|'empty-cell'|
    'too-long'|'duplicate'|'id-as-number'|'bad-id', detail=...): `detail` is the ID number's
    own reason (sync.base.idcard) for 'bad-id'. Nothing was changed."""


@dataclass(frozen=True)
class School:
    code: str
    name: str  # as the roster spells it; matched to teachers' schools by content.targets.simplified
    district: str  # simplified characters, as the targets table's
    township: str
    stage: str


@dataclass(frozen=True)
class Selected:
    id_number: str  # normalised (sync.base.idcard)
    name: str
    school: str


# Each column's names: the Chinese header a county office types, then the English one.
ROSTER_COLUMNS = {
    "code": ("学校代码", "学校标识码", "code"),
    "name": ("学校", "学校名称", "name"),
    "district": ("区县", "district"),
    "township": ("乡镇", "township"),
    "stage": ("学段", "stage"),
}
SELECTION_COLUMNS = {
    "name": ("姓名", "name"),
    "id_number": ("身份证号", "身份证号码", "id_number"),
    "school": ("学校", "学校名称", "school"),
}
# Columns a row may leave empty.
_MAY_BE_EMPTY = {"township", "stage"}


def _cells(data: bytes, source: str) -> list[list[Cell]]:
    """The file's rows as read: text from CSV; text and numbers from a workbook's first sheet,
    as wide as its header (a filled cell beyond it is a mistake to show, not to drop)."""
    if data.startswith(OLD_XLS_MAGIC):
        raise ListInvalid(path=source, line=1, column="", reason="old-xls", detail="")
    if not data.startswith(XLSX_MAGIC):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ListInvalid(
                path=source, line=1, column="", reason="not-utf8", detail=""
            ) from None
        return [list(row) for row in csv.reader(io.StringIO(text))]
    rows: list[list[Cell]] = [list(r) for r in read_xlsx(data, source)]
    if not rows:
        return rows
    width = max((i + 1 for i, h in enumerate(rows[0]) if str(h).strip()), default=0)
    for n, row in enumerate(rows, start=1):
        if any(str(c).strip() for c in row[width:]):
            raise ListInvalid(path=source, line=n, column="", reason="cell-count", detail="")
    return [row[:width] for row in rows]


def _table(
    data: bytes, source: str, wanted: dict[str, tuple[str, ...]]
) -> list[tuple[int, dict[str, Cell], dict[str, str]]]:
    """(line, cells by field, header by field) of every filled row; the header must name every
    field (other columns, such as 备注, are left alone)."""
    rows = _cells(data, source)
    if not rows:
        raise ListInvalid(path=source, line=1, column="", reason="empty", detail="")
    header = [str(h).strip() for h in rows[0]]
    where, named = {}, {}
    for field, names in wanted.items():
        found = next((i for i, h in enumerate(header) if h in names), None)
        if found is None:
            raise ListInvalid(
                path=source, line=1, column=names[0], reason="missing-column", detail=""
            )
        where[field], named[field] = found, header[found]
    out = []
    for n, row in enumerate(rows[1:], start=2):
        if not any(str(c).strip() for c in row):
            continue
        if len(row) != len(header):
            raise ListInvalid(path=source, line=n, column="", reason="cell-count", detail="")
        out.append((n, {f: row[i] for f, i in where.items()}, named))
    return out


def _text(source: str, line: int, column: str, field: str, cell: Cell) -> str:
    value = " ".join(str(cell).split())  # a stray line break or double space is no difference
    if not value and field not in _MAY_BE_EMPTY:
        raise ListInvalid(path=source, line=line, column=column, reason="empty-cell", detail="")
    if len(value) > MAX_TEXT:
        raise ListInvalid(path=source, line=line, column=column, reason="too-long", detail="")
    return value


def parse_roster(data: bytes, source: str) -> list[School]:
    """The school roster: every school once, by code and by name."""
    out: list[School] = []
    codes: set[str] = set()
    names: set[str] = set()
    for n, cells, header in _table(data, source, ROSTER_COLUMNS):
        v = {f: _text(source, n, header[f], f, cells[f]) for f in ROSTER_COLUMNS}
        for field, seen, value in (
            ("code", codes, v["code"]),
            ("name", names, simplified(v["name"])),
        ):
            if value in seen:
                raise ListInvalid(
                    path=source, line=n, column=header[field], reason="duplicate", detail=""
                )
            seen.add(value)
        out.append(
            School(v["code"], v["name"], simplified(v["district"]), v["township"], v["stage"])
        )
    return out


def parse_selection(data: bytes, source: str) -> list[Selected]:
    """A project's selected teachers: every ID number checked (GB 11643) and listed once."""
    out: list[Selected] = []
    seen: set[str] = set()
    for n, cells, header in _table(data, source, SELECTION_COLUMNS):
        column = header["id_number"]
        if isinstance(cells["id_number"], (int, float)):
            # Excel keeps 15 digits of a number: the last three of an 18-digit ID are gone.
            raise ListInvalid(path=source, line=n, column=column, reason="id-as-number", detail="")
        raw = _text(source, n, column, "id_number", cells["id_number"])
        try:
            id_number = idcard.normalise(raw)
        except InvalidIdNumber as exc:
            raise ListInvalid(
                path=source, line=n, column=column, reason="bad-id", detail=exc.args_["reason"]
            ) from None
        if id_number in seen:
            raise ListInvalid(path=source, line=n, column=column, reason="duplicate", detail="")
        seen.add(id_number)
        out.append(
            Selected(
                id_number,
                _text(source, n, header["name"], "name", cells["name"]),
                _text(source, n, header["school"], "school", cells["school"]),
            )
        )
    return out
