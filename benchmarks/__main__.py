"""Figures anyone can re-run: `./dev.sh bench` (or `python -m benchmarks [--quick]`).

Each figure is printed beside its budget from DESIGN.md and, where one exists, beside the raw
limit measured in the same run on the same machine (a bare Qt window, raw sqlite3)."""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

from sync.base import migrate
from sync.base.events import canonical_json
from sync.demo.simulate import simulate
from sync.laptop.journal import Draft
from sync.laptop.laptop import Laptop

from . import county_bench, pack_bench, stack_bench, sync_bench

ROOT = Path(__file__).resolve().parents[1]
BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
w = QLabel("送培"); w.resize(1280, 720)
class P(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            print(f"first-paint {time.time():.6f}", flush=True); o.removeEventFilter(self)
        return False
p = P(); w.installEventFilter(p); w.show(); app.exec()
"""


@contextmanager
def display():
    """A real X server when we can have one (Xvfb), otherwise Qt's offscreen platform."""
    if os.environ.get("DISPLAY") or not shutil.which("Xvfb"):
        yield (
            os.environ.get("QT_QPA_PLATFORM")
            or ("xcb" if os.environ.get("DISPLAY") else "offscreen"),
            dict(os.environ),
        )
        return
    num = 90 + os.getpid() % 100
    xvfb = subprocess.Popen(
        ["Xvfb", f":{num}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1.0)
    env = dict(os.environ, DISPLAY=f":{num}")
    env.pop("QT_QPA_PLATFORM", None)
    try:
        yield "xcb (Xvfb)", env
    finally:
        xvfb.terminate()
        xvfb.wait()


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def launch(
    cmd: list[str], env: dict, idle_s: float = 0.0, until: str = "first-paint"
) -> tuple[float, float]:
    """Seconds from process start to a marker line (the window's first paint, or the teacher
    list filled), and RSS after idling."""
    env = dict(env, SONGPEI_REPORT_PAINT="1", SONGPEI_LANG="zh_CN")
    t0 = time.time()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT
    )
    try:
        for line in proc.stdout:
            if line.startswith(until):
                painted = float(line.split()[1]) - t0
                break
        else:
            raise RuntimeError("the window never painted")
        time.sleep(idle_s)
        rss = rss_mb(proc.pid)
    finally:
        proc.kill()
        proc.wait()
    return painted, rss


def bench_launch(rounds: int) -> list[tuple]:
    data = Path(tempfile.mkdtemp()) / "laptop"
    lp = Laptop.open(data)
    simulate(lp, teachers=100, days=30, seed=1)
    events = lp.journal.last_seq()
    lp.close()
    rows = []
    with display() as (platform, env):
        app = [sys.executable, "-m", "app", "gui", "--data-dir", str(data)]
        bare = [sys.executable, "-c", BARE_WINDOW]
        launch(app, env)  # warm the page cache once, as a second start on a laptop would be
        ours = [launch(app, env)[0] for _ in range(rounds)]
        listed = [launch(app, env, until="teachers-listed")[0] for _ in range(rounds)]
        base = [launch(bare, env)[0] for _ in range(rounds)]
        _, idle = launch(app, env, idle_s=3.0)
        _, bare_idle = launch(bare, env, idle_s=3.0)
    m, b = statistics.median(ours), statistics.median(base)
    rows.append(
        (
            f"launch to first paint, 100 teachers, {events} events [{platform}]",
            f"{m:.3f} s",
            "≤ 0.8 s",
            f"bare PySide6 window {b:.3f} s (×{m / b:.2f})",
        )
    )
    rows.append(
        ("launch to the teacher list filled", f"{statistics.median(listed):.3f} s", "≤ 0.8 s", "")
    )
    rows.append(
        (
            "idle RSS of the app",
            f"{idle:.0f} MB",
            "≤ 120 MB",
            f"bare PySide6 window {bare_idle:.0f} MB (×{idle / bare_idle:.2f})",
        )
    )
    shutil.rmtree(data.parent)
    return rows


def _raw_db(path: Path) -> sqlite3.Connection:
    c = sqlite3.connect(path, isolation_level=None)
    c.execute("PRAGMA journal_mode=WAL")
    c.execute("PRAGMA synchronous=FULL")
    c.executescript(
        migrate.steps(migrate.package_dir("laptop/migrations"))[0][1]
    )  # the same table and indexes as the journal
    return c


def bench_journal(n_single: int, n_batch: int) -> list[tuple]:
    tmp = Path(tempfile.mkdtemp())
    payloads = [
        {"lesson": f"a1-l{i % 3}", "active_seconds": 600 + i % 900, "position_s": i}
        for i in range(max(n_single, n_batch))
    ]
    rows_for = [
        (
            i + 1,
            str(uuid.uuid4()),
            "dev-x",
            "t-1",
            "lesson.session",
            canonical_json(p),
            0,
            0,
            "b",
            "0" * 64,
            "f" * 64,
        )
        for i, p in enumerate(payloads)
    ]
    ins = "INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?)"

    lp = Laptop.open(tmp / "j1")
    t = time.perf_counter()
    for p in payloads[:n_single]:
        lp.journal.append("t-1", "lesson.session", p)
    ours_single = n_single / (time.perf_counter() - t)
    t = time.perf_counter()
    lp.journal.append_many([Draft("t-1", "lesson.session", p) for p in payloads[:n_batch]])
    ours_batch = n_batch / (time.perf_counter() - t)
    lp.close()

    c = _raw_db(tmp / "raw1.db")
    t = time.perf_counter()
    for r in rows_for[:n_single]:
        c.execute("BEGIN")
        c.execute(ins, r)
        c.execute("COMMIT")
    raw_single = n_single / (time.perf_counter() - t)
    c.close()
    c = _raw_db(tmp / "raw2.db")
    t = time.perf_counter()
    c.execute("BEGIN")
    c.executemany(ins, rows_for[:n_batch])
    c.execute("COMMIT")
    raw_batch = n_batch / (time.perf_counter() - t)
    c.close()
    shutil.rmtree(tmp)
    return [
        (
            f"journal append, durable, one per commit (n={n_single})",
            f"{ours_single:,.0f} ev/s",
            "—",
            f"raw sqlite3 {raw_single:,.0f} ev/s ({ours_single / raw_single:.0%})",
        ),
        (
            f"journal append_many, one commit (n={n_batch})",
            f"{ours_batch:,.0f} ev/s",
            "—",
            f"raw sqlite3 executemany {raw_batch:,.0f} ev/s ({ours_batch / raw_batch:.0%})",
        ),
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--quick", action="store_true", help="fewer rounds, smaller samples")
    args = ap.parse_args()
    rows = [("what", "measured", "budget", "beside the raw limit, same run")]
    rows += bench_launch(rounds=3 if args.quick else 7)
    rows += bench_journal(300 if args.quick else 2000, 5000 if args.quick else 50000)
    rows += sync_bench.run(args.quick)
    rows += county_bench.run(args.quick)
    rows += pack_bench.run(args.quick)
    rows += stack_bench.run(args.quick)
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    for i, r in enumerate(rows):
        print("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())
        if i == 0:
            print("  ".join("-" * w for w in widths))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
