"""Chinese first: every string in app/ is in the zh_CN catalogue, translated, and compiled."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.i18n import build as i18n_build
from tests.support.paths import ROOT

TS = ROOT / "app" / "translations" / "songpei_zh_CN.ts"


def messages(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (c.findtext("name"), m.findtext("source"))
        for c in root.iter("context")
        for m in c.iter("message")
    }


def test_zh_cn_is_complete():
    assert i18n_build.unfinished(TS) == []


def test_catalogue_holds_every_string_in_the_code(tmp_path):
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [str(lupdate), *i18n_build.sources(), "-no-obsolete", "-ts", str(fresh)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    assert messages(fresh) == messages(TS), "run: python -m app.i18n.build update, then translate"


def test_compiled_catalogue_speaks_chinese(zh_app):
    assert QCoreApplication.translate("PickerPage", "Who is studying today?") == "今天谁来学习？"
    assert QCoreApplication.translate("Messages", "Please fill in: %1.") == "请填写：%1。"
