"""Pack figures: install throughput beside `cp` + `sha256sum` of the same files in the same run,
re-install of an installed pack, and peak memory while installing a large pack.

The pack's files are pushed out of the page cache before every timed run (posix_fadvise
DONTNEED on clean files), for the install and for the baseline alike, so both read from the
disk; each row says whether that was possible. Source and library share one disk here, where a
laptop reads from a USB drive: the ratio is the figure, not the MB/s."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from content.keys import b64, generate
from content.pack import DOMAIN, FILES, MANIFEST, SIGNATURE, canonical
from content.rules import bundled_programme
from content.trust import TrustStore
from sync.base.library import install

ROOT = Path(__file__).resolve().parents[1]
MiB = 1024 * 1024
BIG_FILES = 8
SMALL_FILES = 1000

PEAK_RSS = """
import sys
from pathlib import Path
from content.keys import PublicKey
from content.trust import TrustStore
from sync.base.library import install
if sys.argv[3] == "install":
    key = PublicKey.from_bytes(Path(sys.argv[2]).read_bytes())
    r = install(Path(sys.argv[1]), Path(sys.argv[4]), TrustStore().add(key, 0), False)
    assert r.status == "installed", r
print(next(l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM")))
"""


def make_pack(root: Path, total: int, key) -> Path:
    """A pack written directly (a build would double the set-up time): BIG_FILES videos that
    make up `total`, and SMALL_FILES pages of 4 KiB, flushed so they can leave the cache."""
    folder = root / "bench-v1.songpack"
    entries, lessons = [], []
    block = bytearray(hashlib.sha256(b"songpei").digest() * (MiB // 32))
    sizes = [(f"video/{i:02d}.mp4", total // BIG_FILES) for i in range(BIG_FILES)]
    sizes += [(f"pages/{i:04d}.html", 4096) for i in range(SMALL_FILES)]
    for n, (path, size) in enumerate(sizes):
        dest = folder / FILES / path
        dest.parent.mkdir(parents=True, exist_ok=True)
        h = hashlib.sha256()
        with open(dest, "wb") as fh:
            left, i = size, 0
            while left > 0:
                block[:16] = n.to_bytes(8, "little") + i.to_bytes(8, "little")
                chunk = memoryview(block)[: min(MiB, left)]
                fh.write(chunk)
                h.update(chunk)
                left -= len(chunk)
                i += 1
            fh.flush()
            os.fsync(fh.fileno())
        entries.append({"path": path, "size": size, "sha256": h.hexdigest()})
        if path.startswith("video/"):
            lessons.append(
                {
                    "id": f"bench-l{n}",
                    "title": path,
                    "hours": 1,
                    "category": "online",
                    "kind": "video",
                    "media": path,
                }
            )
    manifest = {
        "format": 1,
        "kind": "songpei-pack",
        "id": "bench",
        "version": 1,
        "title": "benchmark",
        "publisher_key_id": key.public.key_id,
        "created": "2026-09-01",
        "programme": bundled_programme(),
        "ability_points": [],
        "courses": [{"id": "bench-c", "title": "c", "lessons": lessons}],
        "files": entries,
        "total_size": sum(e["size"] for e in entries),
    }
    raw = canonical(manifest)
    (folder / MANIFEST).write_bytes(raw)
    (folder / SIGNATURE).write_text(
        json.dumps(
            {"format": 1, "key_id": key.public.key_id, "signature": b64(key.sign(DOMAIN, raw))}
        )
    )
    return folder


def evict(folder: Path) -> bool:
    """Drop the pack's files from the page cache; False where the OS cannot."""
    if not hasattr(os, "posix_fadvise"):
        return False
    os.sync()  # dirty pages cannot be dropped
    for p in folder.rglob("*"):
        if p.is_file():
            fd = os.open(p, os.O_RDONLY)
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)
    return True


def _clear(*paths: Path) -> None:
    for p in paths:
        shutil.rmtree(p, ignore_errors=True)
    os.sync()  # the last run's writes must not land in this run's time


def time_install(folder: Path, data: Path, trust: TrustStore) -> float:
    _clear(data)
    evict(folder)
    start = time.perf_counter()
    r = install(folder, data, trust, demo=False)
    took = time.perf_counter() - start
    assert r.status == "installed" and r.copied_bytes == r.total_bytes, r
    return took


SHA256SUM = ["sha256sum"]
OPENSSL = ["openssl", "dgst", "-sha256"]  # the SHA-256 code hashlib itself runs


def time_baseline(folder: Path, dest: Path, hasher: list[str], sync: bool = False) -> float:
    """cp of the files, then a hash of each (reading what cp just brought into the cache, the
    cheapest honest check), optionally with a sync as install's fsyncs do."""
    _clear(dest)
    evict(folder)
    files = sorted(str(p) for p in (folder / FILES).rglob("*") if p.is_file())
    start = time.perf_counter()
    subprocess.run(["cp", "-r", str(folder / FILES), str(dest)], check=True)
    if sync:
        subprocess.run(["sync"], check=True)
    subprocess.run([*hasher, *files], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def run(quick: bool) -> list[tuple[str, str, str, str]]:
    total = (256 if quick else 2048) * MiB
    rounds = 3
    tmp = Path(tempfile.mkdtemp(prefix="pack-bench-"))
    key = generate("publisher", "benchmark")
    trust = TrustStore().add(key.public, 0)
    rows = []
    try:
        folder = make_pack(tmp / "drive", total, key)
        size = sum(p.stat().st_size for p in (folder / FILES).rglob("*") if p.is_file())
        cold = evict(folder)
        cache = "not cached" if cold else "cached"
        label = f"{size / MiB:,.0f} MiB in {BIG_FILES + SMALL_FILES:,} files"
        if shutil.which("cp") and shutil.which("sha256sum"):
            ours = statistics.median(
                time_install(folder, tmp / "laptop", trust) for _ in range(rounds)
            )

            def median(hasher: list[str], sync: bool = False) -> float:
                return statistics.median(
                    time_baseline(folder, tmp / "copy", hasher, sync) for _ in range(rounds)
                )

            base = median(SHA256SUM)
            parts = [
                f"cp + sha256sum {size / base / 1e6:.0f} MB/s → {base / ours:.0%}",
                f"+ sync {size / (t := median(SHA256SUM, True)) / 1e6:.0f} MB/s → {t / ours:.0%}",
            ]
            if shutil.which("openssl"):
                t = median(OPENSSL, True)
                parts.append(f"cp + sync + openssl dgst {size / t / 1e6:.0f} MB/s → {t / ours:.0%}")
            rows.append(
                (
                    f"pack install, {label}, source {cache}",
                    f"{size / ours / 1e6:.0f} MB/s",
                    "≥ 80 % of cp + sha256sum",
                    "; ".join(parts) + f" (medians of {rounds}; install fsyncs every file)",
                )
            )
        _clear(tmp / "laptop", tmp / "copy")
        install(folder, tmp / "laptop", trust, demo=False)
        again = []
        for _ in range(5):
            start = time.perf_counter()
            r = install(folder, tmp / "laptop", trust, demo=False)
            again.append(time.perf_counter() - start)
            assert r.status == "already", r
        rows.append(
            (
                f"re-install of the installed pack ({BIG_FILES + SMALL_FILES:,} files)",
                f"{statistics.median(again) * 1000:.0f} ms",
                "≤ 0.5 s",
                "median of 5: signature, manifest, every installed file's size",
            )
        )

        pub = tmp / "publisher.pub"
        pub.write_bytes(key.public.to_bytes())
        _clear(tmp / "laptop")
        evict(folder)

        def peak(mode: str) -> float:
            r = subprocess.run(
                [sys.executable, "-c", PEAK_RSS, str(folder), str(pub), mode, str(tmp / "laptop")],
                cwd=ROOT,
                capture_output=True,
                text=True,
                check=True,
            )
            return int(r.stdout) / 1024

        installing, bare = peak("install"), peak("imports")
        rows.append(
            (
                f"peak RSS installing the {size / MiB:,.0f} MiB pack",
                f"{installing:.0f} MB",
                "≤ 150 MB (2 GiB pack)",
                f"interpreter with the same imports {bare:.0f} MB; VmHWM, source {cache}",
            )
        )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return rows


if __name__ == "__main__":
    for row in run(quick="--quick" in sys.argv):
        print("  ".join(row))
