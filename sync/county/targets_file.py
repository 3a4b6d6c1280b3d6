"""The targets table from the file a county has: CSV (UTF-8) or an Excel workbook (.xlsx),
told apart by their first bytes, not by the name (a renamed file still reads right)."""

from __future__ import annotations

from content.targets import DistrictTarget, TargetsInvalid, parse_targets, targets_from_rows
from sync.county.xlsx import OLD_XLS_MAGIC, XLSX_MAGIC, read_xlsx


def _text(v: str | int | float) -> str:
    return str(v) if not isinstance(v, str) else v


def parse_targets_file(data: bytes, source: str) -> list[DistrictTarget]:
    if data.startswith(OLD_XLS_MAGIC):
        raise TargetsInvalid(path=source, line=1, column="", reason="old-xls")
    if not data.startswith(XLSX_MAGIC):
        return parse_targets(data, source)
    rows = [[_text(v) for v in row] for row in read_xlsx(data, source)]
    # A workbook's rows are as wide as its widest row; the header decides how wide the table is,
    # and a filled cell beyond it is a mistake to show, not to drop.
    width = max((i + 1 for i, h in enumerate(rows[0]) if h.strip()), default=0) if rows else 0
    table = []
    for n, row in enumerate(rows, start=1):
        if any(c.strip() for c in row[width:]):
            raise TargetsInvalid(path=source, line=n, column="", reason="cell-count")
        table.append(row[:width])
    return targets_from_rows(table, source)
