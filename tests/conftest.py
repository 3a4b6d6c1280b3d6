from __future__ import annotations

import faulthandler
import os
import sys
import tempfile
from pathlib import Path

import pytest

from tests.support.paths import ROOT

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The tests never write into the home folder of whoever runs them: before anything reads them,
# HOME and the XDG folders point into a folder of this session's own, removed at exit. Every
# process the tests start inherits it. (tests/system/test_home.py checks that Songpei itself
# writes nothing into HOME when told where to write.)
_SESSION_HOME = tempfile.TemporaryDirectory(prefix="songpei-tests-home-")
os.environ["HOME"] = _SESSION_HOME.name
for _var, _sub in (
    ("XDG_DATA_HOME", ".local/share"),
    ("XDG_CONFIG_HOME", ".config"),
    ("XDG_CACHE_HOME", ".cache"),
):
    os.environ[_var] = str(Path(_SESSION_HOME.name, _sub))


def pytest_unconfigure(config):
    """A run that cannot end after its summary (a thread waiting for an answer that never comes
    holds the interpreter open at exit) prints every thread's stack and fails after two minutes,
    instead of waiting silently for CI's whole time limit."""
    faulthandler.dump_traceback_later(120, exit=True)


@pytest.fixture
def laptop(tmp_path):
    from sync.laptop.laptop import Laptop

    lp = Laptop.open(tmp_path / "data")
    yield lp
    if "app.gui.operations" in sys.modules:  # as the app does: a closing window's last write lands
        sys.modules["app.gui.operations"].drain(lp)
    lp.close()


@pytest.fixture
def zh_app(qapp):
    """The QApplication speaking Simplified Chinese, as a village laptop does."""
    from app import i18n
    from app.gui import style

    assert i18n.install(qapp, "zh_CN"), "zh_CN .qm missing: run ./dev.sh setup"
    style.apply(qapp)
    yield qapp
    i18n.install(qapp, "en")


@pytest.fixture(scope="session")
def demo_pack(tmp_path_factory):
    """The real demo pack, built once per run (its videos are cached between runs)."""
    import subprocess

    from sync.base import library

    out = tmp_path_factory.mktemp("demo-pack")
    subprocess.run(
        [sys.executable, "packaging/demo_pack/build_demo_pack.py", "--out", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    (pack,) = library.find_packs(out)
    return pack


@pytest.fixture
def ralph(tmp_path):
    """A real learning record store (Ralph) on loopback, empty, stopped after the test."""
    from tests.support import ralph as lrs

    yield from lrs.start(tmp_path / "ralph")
