"""A fresh clone of the repository, with nothing beside it, is complete: no tracked file reaches
for the shared folder that sits next to the repository on the developers' machines."""

from __future__ import annotations

import re
import subprocess

import pytest

from tests.support.paths import ROOT

# Built from pieces so that this file does not name the folder it looks for (nor may its
# comments: the test reads this file too). Three forms: ../FOLDER, FOLDER/reference or
# FOLDER/interop however joined (a string, or pathlib's / operator), and a parent / "FOLDER".
_FOLDER = "sha" + "red"
_OUTSIDE = re.compile(
    r"\.\.[/\\]"
    + _FOLDER
    + r"\b"
    + r"|\b"
    + _FOLDER
    + r"""["']?\s*[/\\]\s*["']?(reference|interop)\b"""
    + r"""|\.parents?(\[\d+\])?\s*/\s*["']"""
    + _FOLDER
    + r"""["']"""
)


def _tracked_text_files() -> list[tuple[str, str]]:
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: nothing is tracked")
    out = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True)
    files = []
    for name in out.stdout.decode("utf-8").split("\0"):
        path = ROOT / name
        if not name or not path.is_file():
            continue  # the separator after the last name, or a file deleted but not committed
        data = path.read_bytes()
        if b"\0" in data:
            continue  # binary: a picture, a key
        try:
            files.append((name, data.decode("utf-8")))
        except UnicodeDecodeError:
            continue
    return files


@pytest.mark.parametrize(
    "line",
    [
        "TARGETS = ROOT.parent / 'FOLDER' / 'reference' / 'guangan-targets-2014-2017.csv'",
        'MOODLE = Path(__file__).resolve().parents[2] / "FOLDER" / "interop" / "moodle"',
        "cp ../FOLDER/reference/x.csv content/data/",
        r"see ..\FOLDER\DESIGN.md",
        "the fixtures in FOLDER/interop/moodle/",
    ],
)
def test_the_pattern_finds_every_way_of_reaching_outside(line):
    assert _OUTSIDE.search(line.replace("FOLDER", _FOLDER))


@pytest.mark.parametrize(
    "line",
    [
        "shared strings in text-formatted cells",  # an .xlsx part, not the folder
        'z.writestr("xl/sharedStrings.xml", shared)',
        "the sync.base.bundle key derived from the shared secret",
    ],
)
def test_the_pattern_leaves_the_word_alone(line):
    assert not _OUTSIDE.search(line)


def test_no_tracked_file_refers_to_anything_outside_the_repository():
    files = _tracked_text_files()
    assert len(files) > 100 and any(name == "README.md" for name, _ in files)
    hits = [
        f"{name}:{n}: {line.strip()}"
        for name, text in files
        for n, line in enumerate(text.splitlines(), 1)
        if _OUTSIDE.search(line)
    ]
    assert hits == []
