"""A wheel is a complete install: built from the files git tracks the way `python -m build`
builds it (the sdist first, then the wheel from the unpacked sdist), installed into a fresh
virtual environment, it passes `songpei --self-test` in Chinese with its own translations, demo
pack and PDF font, none borrowed from the checkout.

The build starts from a copy of the files `git ls-files` lists, as they are in the working tree:
edits to tracked files are tested without committing, but a new file counts only once it is
`git add`-ed. Building from scratch needs what packaging/shipped.py needs (ffmpeg, espeak-ng,
libvlc and fonts-wqy-microhei, all from packaging/setup.sh) and pip's index or cache for the
build and runtime dependencies; it remakes the demo videos, so it takes a few minutes."""

from __future__ import annotations

import fnmatch
import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from tests.support.paths import ROOT

pytestmark = pytest.mark.slow
tomllib = pytest.importorskip("tomllib", reason="building from a checkout needs Python 3.11")

VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
INFO = f"songpei-{VERSION}.dist-info"
PARTS = [
    "app/translations/songpei_zh_CN.qm",
    "app/bundled/fonts/wqy-microhei.ttc",
    "app/bundled/demo-pack/*.songpack/manifest.sig",
    "app/bundled/demo-pack/*.songpack/files/media/*.mp4",
]


def tracked_copy(dest: Path) -> Path:
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True)
    for name in listed.stdout.decode().split("\0"):
        src = ROOT / name
        if name and src.is_file():  # a tracked file deleted in the working tree is left out
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name, follow_symlinks=False)
    return dest


def run(cmd: list, **kw) -> subprocess.CompletedProcess:
    r = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, **kw)
    assert r.returncode == 0, (
        f"{' '.join(map(str, cmd))} failed:\n{r.stdout[-4000:]}{r.stderr[-4000:]}"
    )
    return r


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """(sdist, wheel) built from a clean copy of the tracked files."""
    if subprocess.run(["git", "rev-parse"], cwd=ROOT, capture_output=True).returncode != 0:
        pytest.skip("not a git checkout")
    tmp = tmp_path_factory.mktemp("wheel")
    src = tracked_copy(tmp / "src")
    assert not (src / "app" / "bundled").exists()
    assert not any((src / "app" / "translations").glob("*.qm"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("SONGPEI_")}
    run([sys.executable, "-m", "build", "--outdir", tmp / "dist", src], env=env, timeout=1800)
    (sdist,) = (tmp / "dist").glob("songpei-*.tar.gz")
    (wheel,) = (tmp / "dist").glob("songpei-*-py3-none-any.whl")
    return sdist, wheel


def test_the_sdist_and_the_wheel_carry_translations_demo_pack_and_font(built):
    sdist, wheel = built
    with tarfile.open(sdist) as tar:
        in_sdist = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    with zipfile.ZipFile(wheel) as z:
        in_wheel = set(z.namelist())
        metadata = z.read(f"{INFO}/METADATA").decode()
        license_text = z.read(f"{INFO}/licenses/LICENSE").decode()
    for part in PARTS:
        assert fnmatch.filter(in_sdist, part) and fnmatch.filter(in_wheel, part), part
    assert "packaging/songpei_build.py" in in_sdist  # the backend the sdist's pyproject names
    assert "app/translations/songpei_pseudo.qm" not in in_wheel
    assert "License-Expression: GPL-3.0-or-later" in metadata
    assert (
        "GNU GENERAL PUBLIC LICENSE" in license_text and "Version 3, 29 June 2007" in license_text
    )
    assert f"{INFO}/licenses/packaging/licenses/wqy-microhei.txt" in in_wheel


def test_the_installed_wheel_passes_its_self_test_in_chinese(built, tmp_path):
    _, wheel = built
    with zipfile.ZipFile(wheel) as z:
        (manifest,) = fnmatch.filter(z.namelist(), "app/bundled/demo-pack/*/manifest.json")
        listed = len(json.loads(z.read(manifest))["files"])
    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", venv])
    run([venv / "bin" / "python", "-m", "pip", "install", "-q", wheel], timeout=1800)
    home = tmp_path / "home"
    home.mkdir()
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("SONGPEI_", "PYTHON", "VIRTUAL_ENV", "QT_"))
    }
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")

    r = run(
        [venv / "bin" / "songpei", "--self-test", "--lang", "zh_CN"], cwd=home, env=env, timeout=300
    )
    assert "安装自检" in r.stdout and "全部 6 项检查通过" in r.stdout, r.stdout
    assert "✔ 界面翻译: songpei_zh_CN.qm" in r.stdout
    assert "已嵌入 WenQuanYiMicroHei" in r.stdout
    assert f"签名与 {listed} 个文件校验通过" in r.stdout

    # Each part came from the wheel: the installed package holds them, the checkout is not seen.
    where = run(
        [
            venv / "bin" / "python",
            "-c",
            "import app.demo, app.fonts, app.i18n\n"
            "print(app.i18n.TRANSLATIONS / 'songpei_zh_CN.qm')\n"
            "print(app.fonts.find_cjk_font())\n"
            "print(app.demo.demo_packs()[0])",
        ],
        cwd=home,
        env=env,
    ).stdout.split("\n")
    site = (venv / "lib").resolve()
    for line in where[:3]:
        path = Path(line).resolve()
        assert site in path.parents and path.exists(), line
