"""Pull the plug: kill -9 `songpei simulate` at random moments, again and again, and check that
the journal is never corrupt, the chain and the sequence never break, and no event whose
write had returned (the program had printed it) is ever lost."""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import threading
import time

from sync.laptop.laptop import Laptop
from tests.support.paths import ROOT, SONGPEI

ROUNDS = 100


def run_and_kill(data, seed, rng, fresh):
    env = dict(os.environ, SONGPEI_LANG="en")
    proc = subprocess.Popen(
        [
            *SONGPEI,
            "simulate",
            "--data-dir",
            str(data),
            "--teachers",
            "3",
            "--days",
            "400",
            "--seed",
            str(seed),
            "--progress",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    confirmed = []
    started = threading.Event()

    def read():
        for line in proc.stdout:
            m = re.match(r"committed up to event (\d+)", line)
            if m:
                confirmed.append(int(m.group(1)))
                started.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if fresh:  # die anywhere, even while the key and the schema are being made
        time.sleep(rng.uniform(0.0, 0.8))
    else:
        started.wait(timeout=30)
        time.sleep(rng.uniform(0.0, 0.25))
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    reader.join(timeout=10)
    return max(confirmed, default=0)


def test_kill_minus_9_in_a_loop(tmp_path):
    rng = random.Random(20261125)
    data = tmp_path / "data"
    killed_mid_write = 0
    for i in range(ROUNDS):
        fresh = i % 10 == 0
        if fresh:
            data = tmp_path / f"data-{i}"
        confirmed = run_and_kill(data, seed=i % 7, rng=rng, fresh=fresh)
        if not (data / "journal.db").exists():
            assert confirmed == 0
            continue
        laptop = Laptop.open(data)
        try:
            assert laptop.journal.check() == [], f"round {i}: chain broken"
            last = laptop.journal.last_seq()
            seqs = [e.seq for e in laptop.journal.events()]
        finally:
            laptop.close()
        assert seqs == list(range(1, last + 1)), f"round {i}: sequence has gaps"
        assert last >= confirmed, f"round {i}: lost events {confirmed} > {last}"
        killed_mid_write += confirmed > 0
    assert killed_mid_write >= ROUNDS // 2  # the kills really landed while writing
