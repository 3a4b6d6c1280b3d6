"""The county benchmark: a real county's school year as a county officer meets it.

    python -m benchmarks.county_scale [--laptops 200] [--teachers 50] [--cache DIR]

200 school laptops of 50 teachers (10,000 teachers, about 2,000,000 events; made once and
kept in the cache folder, see benchmarks.county_laptops) are imported one after another into
one hub. Each laptop's import is printed beside the raw floor measured in the same run: raw
sqlite3 `executemany` of the same rows into a database of the same schema and indexes, grown
laptop by laptop as the hub is. Then a laptop of 600 teachers (about 300,000 events) is
imported into the full hub, into an empty one beside its raw floor, again (already held), and
held then approved; then the dashboard, the Excel table of every teacher, the county window,
the PDF report and the xAPI export run on the county's hub. Every step runs in its own
process, whose peak RSS (VmHWM) is printed against the budget."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import county_laptops
from content.keys import load_private
from sync.base import migrate
from sync.base.bundle import open_bundles
from sync.base.events import COLUMNS, ID
from sync.county import event_ids

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "bench-out" / "county-cache"  # ignored by git
RATE = 0.22  # share of weekdays a teacher studies: ~200 events a teacher-year
BIG_TEACHERS, BIG_RATE = 600, 0.55  # the laptop: 600 teachers, ~300,000 events
YEAR = 2017
BUDGET_RSS_MB = 300
INSERT = f"INSERT INTO events ({COLUMNS}, bundle_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"


def _peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _say(**fields: object) -> None:
    print(json.dumps(fields, ensure_ascii=False), flush=True)


# --- steps, each run in its own process (python -m benchmarks.county_scale --step NAME) -----
def _key(work: Path):
    return load_private(work / "county.key", county_laptops.PASSPHRASE, role="county")


def _bundle(folder: str):
    _, found = open_bundles([Path(folder)])
    (bundle,) = found
    return bundle


class _Floor:
    """The floor: a laptop's rows (decrypted beforehand, not timed) inserted by raw sqlite3
    executemany in one transaction into a database of the hub's schema and indexes, grown
    laptop by laptop as the hub is. The hub's schema keeps every event id in a table of its
    own for the id check (sync/county/event_ids.py: what the events table's unique index did
    before), so the floor puts the ids into its first level as well; what the import adds
    beyond that (merging the levels, the checks, the kept tables) is the import's own work.
    With `ids=False`, the rows into the events table alone."""

    def __init__(self, path: Path, ids: bool = True) -> None:
        self.ids = ids
        self.c = sqlite3.connect(path, isolation_level=None)
        self.c.execute("PRAGMA journal_mode=WAL")
        self.c.execute("PRAGMA synchronous=FULL")
        self.c.execute("PRAGMA cache_size=-65536")
        migrate.apply(self.c, path, migrate.package_dir("county/migrations"))

    def insert(self, folder: str, agreement) -> float:
        bundle = _bundle(folder)
        rows = [r + [bundle.head.bundle_id] for r in bundle.rows(agreement)]
        ids = [(r[ID],) for r in rows]
        start = time.perf_counter()
        self.c.execute("BEGIN")
        self.c.executemany(INSERT, rows)
        if self.ids:
            self.c.executemany(f"INSERT INTO {event_ids.LEVELS[0]} (id) VALUES (?)", ids)
        self.c.execute("COMMIT")
        return time.perf_counter() - start


def step_raw(work: Path, plan: list[dict], db: str, ids: bool = True) -> None:
    """The floor alone: for a bundle too big to hold beside an import, and the floor of the
    events table alone (see _Floor)."""
    floor = _Floor(work / db, ids)
    agreement = _key(work).agreement
    for item in plan:
        _say(index=item["index"], seconds=floor.insert(item["folder"], agreement))
    _say(peak_mb=_peak_mb())


def step_import(
    work: Path, plan: list[dict], hub_file: str, enrol: bool, raw: str | None = None
) -> None:
    """Each laptop's bundle imported into the hub as the county office imports it; with
    `raw`, each just after its floor (so both meet the machine as it is at that moment: the
    floor's rows, about 10 MB a laptop, are freed before the import)."""
    from sync.county.hub import Hub

    key = _key(work)
    floor = _Floor(work / raw) if raw else None
    with Hub.open(work / hub_file) as hub:
        enrolled = {d[0] for d in hub.devices() if d[1] == "enrolled"}
        for item in plan:
            if enrol and item["device_id"] not in enrolled:
                enrolled.add(item["device_id"])
                hub.enrol(item["device_id"], bytes.fromhex(item["public"]))
            base = floor.insert(item["folder"], key.agreement) if floor else None
            start = time.perf_counter()
            (r,) = hub.import_paths([Path(item["folder"])], key)
            took = time.perf_counter() - start
            _say(index=item["index"], events=r.new_events, seconds=took, status=r.status, raw=base)
    _say(peak_mb=_peak_mb())


def step_approve(work: Path, plan: list[dict], hub_file: str) -> None:
    """Held (an unknown laptop), then approved: the approval is the import of the held copy."""
    from sync.county.hub import Hub

    key = _key(work)
    with Hub.open(work / hub_file) as hub:
        for item in plan:
            start = time.perf_counter()
            (held,) = hub.import_paths([Path(item["folder"])], key)
            hold = time.perf_counter() - start
            start = time.perf_counter()
            (r,) = hub.approve(item["device_id"], key)
            took = time.perf_counter() - start
            assert held.status == "quarantined" and r.status == "imported", (held, r)
            _say(index=item["index"], events=r.new_events, seconds=took, hold=hold)
    _say(peak_mb=_peak_mb())


def _rows(hub, year):
    from sync.county.teacher_rows import teacher_rows

    catalog, rules = hub.content()
    return teacher_rows(hub, catalog, rules, year), rules


def step_dashboard(work: Path, hub_file: str) -> None:
    """What the dashboard computes: every teacher's row for the year, the district summary."""
    from sync.county.hub import Hub
    from sync.county.measures import summary

    with Hub.open(work / hub_file) as hub:
        times = []
        for _ in range(3):
            start = time.perf_counter()
            rows, _ = _rows(hub, YEAR)
            summary(hub, YEAR, "district", rows=rows)
            times.append(time.perf_counter() - start)
        _say(seconds=statistics.median(times), teachers=len(rows), peak_mb=_peak_mb())


def step_excel(work: Path, hub_file: str) -> None:
    """The platform's Excel table of every teacher (rows computed first, not timed)."""
    from sync.county.hub import Hub
    from sync.county.teacher_rows import write_xlsx

    with Hub.open(work / hub_file) as hub:
        rows, rules = _rows(hub, None)
        start = time.perf_counter()
        write_xlsx(rows, work / "teachers.xlsx", rules.title)
        took = time.perf_counter() - start
    _say(seconds=took, teachers=len(rows), peak_mb=_peak_mb())


def step_pdf(work: Path, hub_file: str) -> None:
    """The county's PDF report of every teacher, charts and the teachers behind listed."""
    from app.pdf.county_report import render_pdf
    from sync.county.hub import Hub
    from sync.county.report_figures import county_figures

    with Hub.open(work / hub_file) as hub:
        rows, rules = _rows(hub, YEAR)
        start = time.perf_counter()
        figures = county_figures(rows, hub.targets(), YEAR)
        pdf = render_pdf(figures, "benchmark", rules.title, dt.datetime(2026, 11, 25))
        took = time.perf_counter() - start
    _say(
        seconds=took,
        teachers=len(rows),
        pages=pdf.count(b"/Type /Page\n"),
        peak_mb=_peak_mb(),
    )


def step_xapi(work: Path, hub_file: str) -> None:
    """Every statement of the hub written to a file, as `songpei hub xapi --out` does."""
    from sync.county import xapi
    from sync.county.hub import Hub

    with Hub.open(work / hub_file) as hub:
        start = time.perf_counter()
        n = xapi.write_file(hub, work / "statements.json")
        took = time.perf_counter() - start
    size = (work / "statements.json").stat().st_size
    (work / "statements.json").unlink()
    _say(seconds=took, statements=n, mb=size / 1e6, peak_mb=_peak_mb())


STEPS = {
    "raw": step_raw,
    "import": step_import,
    "approve": step_approve,
    "dashboard": step_dashboard,
    "excel": step_excel,
    "pdf": step_pdf,
    "xapi": step_xapi,
}


# --- the run ------------------------------------------------------------------------------
def _run(name: str, work: Path, *args: object, each=None) -> list[dict]:
    """Run a step in a fresh process; its JSON lines, each handed to `each` as it comes."""
    cmd = [sys.executable, "-m", "benchmarks.county_scale", "--step", name, str(work)]
    cmd += [json.dumps(a) for a in args]
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    out = []
    assert proc.stdout is not None
    for line in proc.stdout:
        item = json.loads(line)
        out.append(item)
        if each is not None:
            each(item)
    if proc.wait() != 0:
        raise RuntimeError(f"step {name} failed")
    return out


def _probe(work: Path, hub_file: str) -> tuple[float, ...]:
    """The county window opening on the hub (benchmarks.county_window_probe): first paint,
    dashboard filled, every page read; each the median of 3."""
    from benchmarks.county_bench import _probe as probe

    runs = [
        probe([str(work / hub_file), str(work / "county.key"), str(work / "pass")])
        for _ in range(3)
    ]
    return tuple(statistics.median(r[i] for r in runs) for i in range(3))


class _Figures(list):
    """The result table: each figure is printed as soon as it is measured (a later step that
    fails loses nothing), and the whole table aligned at the end."""

    def append(self, row) -> None:
        print("  " + " | ".join(row), flush=True)
        super().append(row)

    def __iadd__(self, rows):
        for row in rows:
            self.append(row)
        return self


def _slope(per_event: list[float], held: list[int]) -> float:
    """Least-squares change of the per-event import cost (µs) per million events held."""
    n = len(per_event)
    if n < 2:
        return 0.0
    mx, my = sum(held) / n, sum(per_event) / n
    sxx = sum((x - mx) ** 2 for x in held)
    return (
        0.0
        if sxx == 0
        else sum((x - mx) * (y - my) for x, y in zip(held, per_event, strict=True)) / sxx * 1e6
    )


def _plan(laptops) -> list[dict]:
    return [
        {
            "index": lp.index,
            "device_id": lp.device_id,
            "public": lp.public.hex(),
            "folder": str(lp.folder),
        }
        for lp in laptops
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--laptops", type=int, default=200, help="school laptops (default 200)")
    ap.add_argument("--teachers", type=int, default=50, help="teachers per laptop (default 50)")
    ap.add_argument("--cache", type=Path, default=CACHE, help="where the laptops' bundles are kept")
    ap.add_argument("--keep", type=Path, help="keep the county hub here (a new folder)")
    ap.add_argument("--no-big", action="store_true", help="skip the 600-teacher laptop")
    ap.add_argument("--step", help=argparse.SUPPRESS)
    ap.add_argument("rest", nargs="*", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.step:
        STEPS[args.step](Path(args.rest[0]), *(json.loads(a) for a in args.rest[1:]))
        return 0

    county = county_laptops.county_key(args.cache)
    start = time.perf_counter()
    laptops = []
    for i in range(args.laptops):
        laptops.append(county_laptops.laptop(args.cache, county, i, args.teachers, RATE))
        print(f"\rlaptops ready: {i + 1}/{args.laptops}", end="", file=sys.stderr, flush=True)
    big = (
        None
        if args.no_big
        else county_laptops.laptop(args.cache, county, 9999, BIG_TEACHERS, BIG_RATE)
    )
    print(f" ({time.perf_counter() - start:.0f} s)", file=sys.stderr)

    work = Path(args.keep or tempfile.mkdtemp(prefix="county-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(args.cache / "county.key", work / "county.key")
    (work / "pass").write_bytes(county_laptops.PASSPHRASE)
    from content.targets import guangan_targets
    from sync.county.hub import Hub

    for name in ("hub.db", "empty.db", "held.db"):
        with Hub.init(work / name, county, work / "county.key") as hub:
            hub.set_targets(guangan_targets())
    plan = _plan(laptops)
    try:
        print(f"{'laptop':>6} {'events':>7} {'import':>8} {'raw':>8} {'of raw':>7} {'ev/s':>8}")

        def line(r: dict) -> None:
            if "index" not in r:
                return
            floor = r["raw"]
            print(
                f"{r['index'] + 1:>6} {r['events']:>7,} {r['seconds']:>7.2f}s {floor:>7.2f}s "
                f"{floor / r['seconds']:>6.0%} {r['events'] / r['seconds']:>8,.0f}",
                flush=True,
            )

        done = _run("import", work, plan, "hub.db", True, "raw.db", each=line)
        imports = [r for r in done if "index" in r]
        import_peak = done[-1]["peak_mb"]
        events = sum(r["events"] for r in imports)
        per_event = [r["seconds"] / r["events"] * 1e6 for r in imports]
        held, total = [], 0
        for r in imports:
            held.append(total)
            total += r["events"]
        tenth = max(1, len(imports) // 10)
        first, last = statistics.mean(per_event[:tenth]), statistics.mean(per_event[-tenth:])
        raw_event = [r["raw"] / r["events"] * 1e6 for r in imports]
        raw_first = statistics.mean(raw_event[:tenth])
        raw_last = statistics.mean(raw_event[-tenth:])
        ours = sum(r["seconds"] for r in imports)
        floor = sum(r["raw"] for r in imports)
        # The events table alone, in a process of its own after the import (its database
        # beside the import's would add its page cache to the import's peak RSS).
        bare = sum(
            r["seconds"]
            for r in _run("raw", work, plan, "raw-events-only.db", False)
            if "index" in r
        )
        rows = _Figures([("what", "measured", "budget", "beside")])
        rows.append(
            (
                f"import {len(imports)} laptops, {events:,} events, one after another",
                f"{ours:.1f} s",
                "≥ 50 % of raw",
                f"raw executemany {floor:.1f} s → {floor / ours:.0%} of raw ({events / ours:,.0f} ev/s); "
                f"into the events table alone {bare:.1f} s → {bare / ours:.0%}",
            )
        )
        rows.append(
            (
                f"per event: last {tenth} laptops against the first {tenth}",
                f"{last:.1f} / {first:.1f} µs (×{last / first:.2f})",
                "≤ ×1.3",
                f"slope {_slope(per_event, held):+.2f} µs/event per million held; raw "
                f"executemany {raw_last:.1f} / {raw_first:.1f} µs (×{raw_last / raw_first:.2f})",
            )
        )
        rows.append(("peak RSS, import", f"{import_peak:.0f} MB", f"≤ {BUDGET_RSS_MB} MB", "VmHWM"))
        in_hub = events  # what the hub holds by the end: the 200 laptops, then the big one
        if big is not None:
            bp = _plan([big])
            (braw,) = [r for r in _run("raw", work, bp, "raw-big.db") if "index" in r]
            (bbare,) = [
                r for r in _run("raw", work, bp, "raw-big-events-only.db", False) if "index" in r
            ]
            (full,) = [r for r in _run("import", work, bp, "hub.db", True) if "index" in r]
            fresh = _run("import", work, bp + bp, "empty.db", True)
            (approve, approve_peak) = _run("approve", work, bp, "held.db")
            first_imp, again = fresh[0], fresh[1]
            in_hub += full["events"]
            rows += [
                (
                    f"a laptop of {BIG_TEACHERS} teachers ({first_imp['events']:,} events) into an empty hub",
                    f"{first_imp['seconds']:.1f} s",
                    "≥ 50 % of raw",
                    f"raw executemany {braw['seconds']:.1f} s → {braw['seconds'] / first_imp['seconds']:.0%} of raw; "
                    f"into the events table alone {bbare['seconds']:.1f} s → "
                    f"{bbare['seconds'] / first_imp['seconds']:.0%}",
                ),
                (
                    f"the same laptop into the county's hub ({events:,} events held)",
                    f"{full['seconds']:.1f} s",
                    "as into an empty hub",
                    f"×{full['seconds'] / first_imp['seconds']:.2f} the empty hub's",
                ),
                (
                    "re-import of the bundle already held",
                    f"{again['seconds'] * 1000:.0f} ms",
                    "≤ 5 % of first",
                    f"{again['seconds'] / first_imp['seconds']:.2%}",
                ),
                (
                    "approve: the held bundle imported",
                    f"{approve['seconds']:.1f} s",
                    "as a plain import",
                    f"×{approve['seconds'] / first_imp['seconds']:.2f} the plain import; holding it took {approve['hold']:.1f} s",
                ),
                (
                    "peak RSS, approve",
                    f"{approve_peak['peak_mb']:.0f} MB",
                    f"≤ {BUDGET_RSS_MB} MB",
                    "VmHWM",
                ),
            ]
        size = (work / "hub.db").stat().st_size / 1e6
        (dash,) = _run("dashboard", work, "hub.db")
        rows.append(
            (
                f"dashboard, {dash['teachers']:,} teachers, {YEAR}",
                f"{dash['seconds']:.2f} s",
                "≤ 1 s",
                f"median of 3; peak RSS {dash['peak_mb']:.0f} MB",
            )
        )
        (excel,) = _run("excel", work, "hub.db")
        rows.append(
            (
                f"Excel of every teacher ({excel['teachers']:,} rows)",
                f"{excel['seconds']:.2f} s",
                "≤ 3 s",
                f"peak RSS {excel['peak_mb']:.0f} MB",
            )
        )
        (pdf,) = _run("pdf", work, "hub.db")
        rows.append(
            (
                f"PDF report, {pdf['teachers']:,} teachers ({pdf['pages']} pages)",
                f"{pdf['seconds']:.2f} s",
                "≤ 10 s",
                f"peak RSS {pdf['peak_mb']:.0f} MB",
            )
        )
        (xapi,) = _run("xapi", work, "hub.db")
        rows.append(
            (
                f"xAPI export, {xapi['statements']:,} statements ({xapi['mb']:.0f} MB)",
                f"{xapi['statements'] / xapi['seconds']:,.0f} st/s",
                "≥ 20,000 st/s",
                f"{xapi['seconds']:.1f} s; peak RSS {xapi['peak_mb']:.0f} MB",
            )
        )
        rows.append(
            (
                "the county's hub file",
                f"{size:,.0f} MB",
                "—",
                f"{in_hub:,} events, {dash['teachers']:,} teachers",
            )
        )
        painted, ready, settled = _probe(work, "hub.db")
        rows += [
            ("county window: first paint", f"{painted:.2f} s", "≤ 1.5 s", "median of 3"),
            ("county window: dashboard filled", f"{ready:.2f} s", "≤ 1.5 s", "median of 3"),
            ("county window: every page read", f"{settled:.2f} s", "—", "median of 3"),
        ]
        widths = [max(len(r[i]) for r in rows) for i in range(4)]
        print()
        for i, r in enumerate(rows):
            print("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())
            if i == 0:
                print("  ".join("-" * w for w in widths))
    finally:
        if args.keep is None:
            shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
