"""The command line as the tests drive it: `songpei` in a real process, and a real mounted
file system for the read-only and disk-full cases."""

from __future__ import annotations

import os
import subprocess
from contextlib import contextmanager

import pytest

from tests.support.paths import ROOT, SONGPEI


def songpei(*args, lang="zh_CN", env=None, timeout=120):
    e = dict(os.environ, SONGPEI_LANG=lang, **(env or {}))
    return subprocess.run(
        [*SONGPEI, *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=e,
        timeout=timeout,
    )


@contextmanager
def mounted_tmpfs(path, options):
    """A real read-only or tiny file system (needs root, as CI has)."""
    if os.geteuid() != 0:
        pytest.skip("mounting a test file system needs root")
    path.mkdir(parents=True, exist_ok=True)
    r = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)], capture_output=True, text=True
    )
    if r.returncode != 0:
        pytest.skip(f"cannot mount tmpfs here: {r.stderr.strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)
