"""The house rules, read from the source so they cannot rot: content/ imports neither sync/ nor
app/; sync/ never imports app/; only app/ touches PySide6, shiboken6, vlc or reportlab. Inside
sync/: the base imports no wing; the laptop and the county never import each other; the demo
may import both (docs/architecture.md)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.support.paths import ROOT

GUI_LIBS = {"PySide6", "shiboken6", "vlc", "reportlab"}
WINGS = {"sync.laptop", "sync.county", "sync.demo"}
# Folder (as a dotted package) -> the modules it may not import, nor anything below them.
FORBIDDEN = {
    "content": {"sync", "app"} | GUI_LIBS,
    "sync": {"app"} | GUI_LIBS,
    "sync.base": WINGS,
    "sync.laptop": {"sync.county", "sync.demo"},
    "sync.county": {"sync.laptop", "sync.demo"},
    "sync.demo": set(),
}


def imported_modules(path: Path, package: str) -> set[str]:
    """Every module the file at `path` (a module of `package`) imports, dotted and absolute:
    relative imports resolved, `from a import b` counted as a and a.b (b may be a module),
    imports under TYPE_CHECKING and inside functions included."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.add(module)
            found |= {f"{module}.{alias.name}" for alias in node.names}
        elif isinstance(node, ast.Call) and getattr(node.func, "id", "") == "__import__":
            found |= {a.value for a in node.args[:1] if isinstance(a, ast.Constant)}
    return found


def offenders(root: Path, folder: str) -> dict[str, list[str]]:
    """File -> the forbidden modules it imports, for every .py under `folder` (dotted)."""
    rules = {
        prefix: banned
        for prefix, banned in FORBIDDEN.items()
        if folder == prefix or folder.startswith(prefix + ".")
    }
    found = {}
    for f in sorted((root / folder.replace(".", "/")).rglob("*.py")):
        rel = f.relative_to(root).with_suffix("")
        parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
        package = ".".join(rel.parts[:-1])
        module_rules = set().union(
            *(banned for prefix, banned in rules.items() if ".".join(parts).startswith(prefix))
        )
        bad = sorted(
            m
            for m in imported_modules(f, package)
            if any(m == b or m.startswith(b + ".") for b in module_rules)
        )
        if bad:
            found[str(f.relative_to(root))] = bad
    return found


@pytest.mark.parametrize("folder", sorted(FORBIDDEN))
def test_each_room_keeps_to_its_rules(folder):
    assert list((ROOT / folder.replace(".", "/")).rglob("*.py")), f"no sources in {folder}"
    assert offenders(ROOT, folder) == {}


def test_the_checker_sees_a_forbidden_import(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text("import os\nfrom PySide6.QtCore import QObject\nimport vlc as v\n")
    assert imported_modules(probe, "") >= {"PySide6.QtCore", "vlc"}


def test_the_checker_sees_a_wing_import_the_other_wing(tmp_path):
    """A laptop module reaching into the county, absolutely, relatively or by `from sync
    import`, and the base reaching into a wing, are each caught; the demo may."""
    for folder in ("sync/base", "sync/laptop", "sync/county", "sync/demo"):
        (tmp_path / folder).mkdir(parents=True)
    (tmp_path / "sync/laptop/a.py").write_text("from sync.county.hub import Hub\n")
    (tmp_path / "sync/laptop/b.py").write_text("from ..county import hub\n")
    (tmp_path / "sync/laptop/c.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from sync import county\n"
    )
    (tmp_path / "sync/laptop/fine.py").write_text("from sync.base.events import Event\n")
    (tmp_path / "sync/base/d.py").write_text("def f():\n    import sync.laptop.journal\n")
    (tmp_path / "sync/demo/e.py").write_text(
        "from sync.county.hub import Hub\nfrom sync.laptop.laptop import Laptop\n"
    )
    assert offenders(tmp_path, "sync.laptop") == {
        "sync/laptop/a.py": ["sync.county.hub", "sync.county.hub.Hub"],
        "sync/laptop/b.py": ["sync.county", "sync.county.hub"],
        "sync/laptop/c.py": ["sync.county"],
    }
    assert offenders(tmp_path, "sync.base") == {"sync/base/d.py": ["sync.laptop.journal"]}
    assert offenders(tmp_path, "sync.demo") == {}


def test_core_imports_without_qt_in_a_fresh_interpreter():
    import subprocess
    import sys

    code = (
        "import sys, sync.base.events, sync.laptop.laptop, sync.county.hub, "
        "sync.demo.simulate, content.rules; "
        "bad = [m for m in ('PySide6', 'shiboken6', 'vlc', 'reportlab') if m in sys.modules]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
