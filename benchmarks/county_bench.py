"""County figures: the per-teacher report over a county-sized hub, the platform table as CSV
and Excel, the county PDF, and how long the county window takes to open on that hub (beside a
bare QMainWindow)."""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
import zipfile
from dataclasses import replace
from pathlib import Path

from app.pdf.county_report import render_pdf
from content.keys import generate
from content.targets import guangan_targets
from sync.base.events import canonical_json
from sync.base.idcard import check_digit
from sync.county.hub import Hub
from sync.county.measures import summary
from sync.county.report_figures import county_figures
from sync.county.teacher_rows import teacher_rows, write_csv, write_xlsx
from sync.county.xlsx import read_xlsx

ROOT = Path(__file__).resolve().parents[1]
DISTRICTS = ["广安区", "华蓥市", "岳池县", "武胜县", "邻水县", "前锋区"]
START_MS = 1_420_070_400_000  # 2015-01-01
SPAN_MS = 3 * 365 * 86_400_000


def fill(hub: Hub, teachers: int, events: int, seed: int = 5) -> None:
    """Rows straight into the hub's table (the import path has its own figures): 100 laptops,
    `teachers` people, `events` lesson sessions spread over them and over 2015–2017, and one
    evidence submission with its school rating for every tenth teacher."""
    rng = random.Random(seed)
    catalog, _ = hub.content()
    lessons = [lesson.id for lesson in catalog.lessons]
    rows, per_device = [], {}
    ids = []
    for i in range(teachers):
        dev = f"dev-{i % 100:016d}"
        tid = f"t-{i:016x}"
        first17 = f"5116{rng.randrange(10, 99)}19{rng.randrange(60, 99)}0101{i % 1000:03d}"
        payload = canonical_json(
            {
                "name": f"教师{i}",
                "id_number": first17 + check_digit(first17),
                "school": f"{DISTRICTS[i % 6]}第{i % 40}镇小学",
                "stage": "primary",
                "subject": "数学",
            }
        )
        ids.append((dev, tid))
        seq = per_device[dev] = per_device.get(dev, 0) + 1
        rows.append(
            (
                dev,
                seq,
                str(uuid.uuid4()),
                tid,
                "teacher.enrolled",
                payload,
                START_MS,
                0,
                "b",
                "",
                "",
                "bench",
            )
        )
    for _ in range(events):
        dev, tid = ids[rng.randrange(teachers)]
        seq = per_device[dev] = per_device[dev] + 1
        payload = canonical_json(
            {"lesson": rng.choice(lessons), "active_seconds": rng.randint(300, 1500)}
        )
        rows.append(
            (
                dev,
                seq,
                str(uuid.uuid4()),
                tid,
                "lesson.session",
                payload,
                START_MS + rng.randrange(SPAN_MS),
                0,
                "b",
                "",
                "",
                "bench",
            )
        )
    for dev, tid in ids[::10]:
        sub = str(uuid.uuid4())
        for type_, data in (
            ("evidence.submitted", {"point": "A1", "slots": {"plan": "教案"}}),
            ("evidence.rated", {"submission": sub, "point": "A1", "level": "pass", "rater": tid}),
        ):
            seq = per_device[dev] = per_device[dev] + 1
            rows.append(
                (
                    dev,
                    seq,
                    sub if type_ == "evidence.submitted" else str(uuid.uuid4()),
                    tid,
                    type_,
                    canonical_json(data),
                    START_MS + rng.randrange(SPAN_MS),
                    0,
                    "b",
                    "",
                    "",
                    "bench",
                )
            )
    hub.conn.execute("BEGIN")  # one transaction: the hub's connection is in autocommit mode
    hub.conn.executemany("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    hub.conn.execute("COMMIT")
    hub.rebuild_sums()  # what imports keep as they go


def _median(work, rounds: int = 3) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _raw_zip(xlsx: Path, folder: Path) -> float | None:
    """The raw limit: the `zip` tool compressing the very XML members our writer made."""
    if shutil.which("zip") is None:
        return None
    with zipfile.ZipFile(xlsx) as z:
        z.extractall(folder)
    out = folder.with_suffix(".zip")

    def run() -> None:
        out.unlink(missing_ok=True)
        subprocess.run(["zip", "-q", "-6", "-X", "-r", str(out), "."], cwd=folder, check=True)

    return _median(run)


def _probe(args: list[str]) -> tuple[float, float, float]:
    """(first paint, dashboard filled, every page read) in seconds, measured inside a fresh
    process."""
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.county_window_probe", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found = dict(line.split() for line in out.splitlines() if line.count(" ") == 1)
    return float(found["painted"]), float(found["ready"]), float(found["settled"])


def run(quick: bool) -> list[tuple]:
    teachers, events = (1_000, 100_000) if quick else (10_000, 2_000_000)
    tmp = Path(tempfile.mkdtemp())
    try:
        county = generate("county", "benchmark")
        (tmp / "county.key").write_bytes(county.to_bytes(b"benchmark passphrase"))
        (tmp / "pass").write_bytes(b"benchmark passphrase")
        hub = Hub.init(tmp / "hub.db", county, tmp / "county.key")
        fill(hub, teachers, events)
        hub.set_targets(guangan_targets())
        catalog, rules = hub.content()
        times = []
        for _ in range(3):
            start = time.perf_counter()
            rows = teacher_rows(hub, catalog, rules, 2016)
            summary(hub, 2016, "district", rows=rows)
            times.append(time.perf_counter() - start)
        report = statistics.median(times)
        raw = []  # the floor: raw sqlite3 reading the yearly sums and the profiles, no Python work
        for _ in range(3):
            start = time.perf_counter()
            hub.conn.execute("SELECT * FROM lesson_year_sums").fetchall()
            hub.conn.execute(
                "SELECT payload FROM events WHERE type IN ('teacher.enrolled', "
                "'teacher.profile_changed')"
            ).fetchall()
            raw.append(time.perf_counter() - start)
        floor = statistics.median(raw)
        many = [
            replace(r, best_score=55.0 + i % 45, tests_passed=i % 3)
            for i, r in enumerate((rows * (20_000 // len(rows) + 1))[:20_000])
        ]
        csv_time = _median(lambda: write_csv(many, tmp / "report.csv", rules.title))
        xlsx_time = _median(lambda: write_xlsx(many, tmp / "report.xlsx", rules.title))
        zip_time = _raw_zip(tmp / "report.xlsx", tmp / "raw")
        start = time.perf_counter()
        read_xlsx((tmp / "report.xlsx").read_bytes(), "report.xlsx")
        read_time = time.perf_counter() - start
        pdf_rows = rows[: min(len(rows), 10_000)]
        start = time.perf_counter()
        figures = county_figures(pdf_rows, hub.targets(), 2016)
        pdf = render_pdf(figures, "benchmark", rules.title, dt.datetime(2026, 11, 25))
        pdf_time = time.perf_counter() - start
        pages = pdf.count(b"/Type /Page\n")
        hub.close()
        window = [
            _probe([str(tmp / "hub.db"), str(tmp / "county.key"), str(tmp / "pass")])
            for _ in range(3)
        ]
        bare = [_probe(["bare"]) for _ in range(3)]
        painted = statistics.median(w[0] for w in window)
        ready = statistics.median(w[1] for w in window)
        base = statistics.median(b[0] for b in bare)
        return [
            (
                f"county report, {teachers:,} teachers, {events:,} events",
                f"{report:.2f} s",
                "≤ 1 s",
                "2016: per-teacher hours by the end of 2016 and of 2015 (yearly sums "
                "kept at import, fed to compute_progress), evidence, district summary; "
                f"median of 3; raw sqlite3 reading the sums + profiles {floor:.2f} s "
                f"({report / floor:.1f}×)",
            ),
            (
                "platform Excel (.xlsx), 20,000 rows",
                f"{xlsx_time:.2f} s",
                "≤ 3 s",
                f"CSV writer, same rows {csv_time:.2f} s (×{xlsx_time / csv_time:.1f}); "
                + (
                    f"`zip` of the same XML {zip_time:.2f} s (×{xlsx_time / zip_time:.1f})"
                    if zip_time
                    else "`zip` not installed"
                )
                + "; median of 3",
            ),
            (
                "read it back (first sheet → rows)",
                f"{read_time:.2f} s",
                "—",
                "the reader the targets import uses",
            ),
            (
                f"county PDF, {len(pdf_rows):,} teachers ({len(figures.behind):,} listed behind)",
                f"{pdf_time:.2f} s",
                "—",
                f"{pages} A4 pages, charts, every school and every teacher behind",
            ),
            (
                f"county window opens, {teachers:,} teachers: first paint",
                f"{painted:.2f} s",
                "≤ 1.5 s",
                f"bare QMainWindow {base:.3f} s (×{painted / base:.1f}); key already "
                "unlocked, median of 3",
            ),
            (
                "county window: dashboard filled",
                f"{ready:.2f} s",
                "≤ 1.5 s",
                f"hub opened, every teacher's hours added up and shown (×{ready / base:.1f} the "
                "bare window)",
            ),
        ]
    finally:
        shutil.rmtree(tmp)
