"""The county's exports, one way for the command line and the county window alike: every
teacher's hours in the platform's template (CSV or Excel) and the progress report (PDF). Each
file is written atomically by the function that makes it."""

from __future__ import annotations

from pathlib import Path

from sync.county.hub import Hub
from sync.county.platform_template import DEFAULT, Template
from sync.county.report_figures import county_figures, latest_year
from sync.county.teacher_details import teacher_extras
from sync.county.teacher_rows import teacher_rows, write_csv, write_xlsx

FORMATS = ("csv", "xlsx", "pdf")


def export_report(
    hub: Hub,
    fmt: str,
    out: Path,
    *,
    year: int | None = None,
    template: Template | None = None,
) -> tuple[int, int]:
    """Write `out` in `fmt`; returns (teachers, of them finished). The PDF shows one year's
    figures (hours, 结业 and 合格 by its end) against its targets, by default the latest year
    of the targets table; the spreadsheets show every teacher's hours to date."""
    if fmt not in FORMATS:
        raise ValueError(fmt)
    catalog, rules = hub.content()
    targets = hub.targets()
    if fmt == "pdf":
        from .pdf.county_report import write_county_report

        year = year or latest_year(targets)
        rows = (
            teacher_rows(hub, catalog, rules, year)
            if year is not None
            else teacher_rows(hub, catalog, rules)
        )
        write_county_report(county_figures(rows, targets, year), hub.county.name, rules.title, out)
    else:
        rows = teacher_rows(hub, catalog, rules)
        template = template or DEFAULT
        extras = teacher_extras(hub, rules) if template.needs_details else None
        writer = write_xlsx if fmt == "xlsx" else write_csv
        writer(rows, out, rules.title, template, extras)
    return len(rows), sum(r.met for r in rows)
