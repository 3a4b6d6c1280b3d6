"""DESIGN.md's house rule: content/ imports neither sync/ nor app/; sync/ never imports app/;
only app/ touches PySide6, vlc or reportlab. Read from the source, so it cannot rot."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

GUI_LIBS = {"PySide6", "shiboken6", "vlc", "reportlab"}
FORBIDDEN = {"content": {"sync", "app"} | GUI_LIBS, "sync": {"app"} | GUI_LIBS}


def imported_roots(path: Path) -> set[str]:
    roots = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
        elif isinstance(node, ast.Call) and getattr(node.func, "id", "") == "__import__":
            roots |= {a.value.split(".")[0] for a in node.args[:1] if isinstance(a, ast.Constant)}
    return roots


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_keeps_to_its_layer(package):
    offenders = {}
    files = sorted((ROOT / package).rglob("*.py"))
    assert files, f"no sources found in {package}/"
    for f in files:
        bad = imported_roots(f) & FORBIDDEN[package]
        if bad:
            offenders[str(f.relative_to(ROOT))] = sorted(bad)
    assert offenders == {}


def test_the_checker_sees_a_forbidden_import(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text("import os\nfrom PySide6.QtCore import QObject\nimport vlc as v\n")
    assert imported_roots(probe) >= {"PySide6", "vlc"}


def test_core_imports_without_qt_in_a_fresh_interpreter():
    import subprocess
    import sys

    code = ("import sys, sync.laptop, sync.demo.simulate, content.rules; "
            "bad = [m for m in ('PySide6', 'vlc', 'reportlab') if m in sys.modules]; "
            "print(bad); sys.exit(1 if bad else 0)")
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
