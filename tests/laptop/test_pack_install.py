"""Installing packs on a laptop (threats 12–14 and 18): real packs, real signatures, real
copies. "Library unchanged" means a hash of every folder and file under library/ (staging left
out) is the same before and after; the rest of the test folder is hashed too, so nothing was
written anywhere else."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from content.errors import PackRefused
from content.pack import FILES, MANIFEST
from content.pack_build import build
from content.rules import LESSON_SESSION
from content.trust import TrustStore
from sync.base.errors import DiskFull
from sync.base.library import (
    LibraryBusy,
    LibraryDamaged,
    _locked,
    install,
    installed,
    library_dir,
)
from sync.laptop.laptop import Laptop
from tests.support.ids import valid_id
from tests.support.packs import (
    OTHER,
    PUBLISHER,
    TRUST,
    author_folder,
    block_file,
    built_pack,
    forge,
    library_hash,
    relist,
    tree_hash,
)
from tests.support.paths import ROOT

MiB = 1024 * 1024


def file_sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def assert_installed_correctly(data_dir: Path, folder: Path) -> None:
    manifest = json.loads((folder / MANIFEST).read_bytes())
    (entry,) = [p for p in installed(data_dir) if p.id == manifest["id"]]
    assert entry.version == manifest["version"]
    target = library_dir(data_dir) / entry.folder
    assert (target / MANIFEST).read_bytes() == (folder / MANIFEST).read_bytes()
    for f in manifest["files"]:
        assert file_sha(target / FILES / f["path"]) == f["sha256"], f["path"]
    present = {
        p.relative_to(target / FILES).as_posix() for p in (target / FILES).rglob("*") if p.is_file()
    }
    assert present == {f["path"] for f in manifest["files"]}


def test_build_verify_install_then_the_laptop_teaches_the_pack(tmp_path, laptop):
    folder = built_pack(tmp_path)
    assert laptop.catalog.lesson("a1-l1") is not None  # the demo catalogue until then
    laptop.add_trust(PUBLISHER.public)
    seen = []
    r = laptop.install_pack(folder, progress=lambda done, total: seen.append((done, total)))
    assert r.status == "installed" and r.replaced_version is None
    assert (
        r.copied_bytes
        == r.total_bytes
        == sum(f.stat().st_size for f in (folder / FILES).rglob("*") if f.is_file())
    )
    assert seen[-1] == (r.total_bytes, r.total_bytes)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert_installed_correctly(laptop.data_dir, folder)

    assert laptop.catalog.lesson("a1-l1") is None
    lesson = laptop.catalog.lesson("a5-intro-a5-p1")
    assert lesson.category == "practice" and lesson.kind == "document"
    assert laptop.rules.id == "sichuan-2.0"
    # Hours are credited against the installed pack's lessons.
    teacher = laptop.teachers.enrol(
        "李老师", valid_id(), "岳池县中心小学", "primary", "语文", pin="2468"
    )
    laptop.journal.append(
        teacher.id,
        LESSON_SESSION,
        {"lesson": "a5-intro-a5-p1", "active_seconds": 2700, "position_s": 0, "completed": True},
    )
    # A practice reading kept open earns nothing by itself: rated evidence earns practice.
    assert laptop.progress(teacher.id).practice_hours == 0.0
    assert laptop.progress(teacher.id).total_hours == 0.0

    # A laptop opened afresh teaches the same.
    again = Laptop.open(laptop.data_dir)
    try:
        assert again.catalog == laptop.catalog and again.rules == laptop.rules
    finally:
        again.close()
    (entry,) = installed(laptop.data_dir)
    assert (entry.id, entry.version, entry.folder) == ("a5-intro", 5, "packs/a5-intro/v5")


def test_installing_the_same_pack_again_is_a_fast_no_op(tmp_path):
    folder = built_pack(tmp_path, video_bytes=8 * MiB)
    data = tmp_path / "data"
    install(folder, data, TRUST, demo=False)
    before = tree_hash(data)
    start = time.perf_counter()
    r = install(folder, data, TRUST, demo=False)
    took = time.perf_counter() - start
    assert r.status == "already" and r.copied_bytes == 0
    assert took < 0.5, took
    assert tree_hash(data) == before


def test_a_damaged_installed_copy_is_repaired_by_installing_again(tmp_path):
    folder = built_pack(tmp_path)
    data = tmp_path / "data"
    install(folder, data, TRUST, demo=False)
    victim = library_dir(data) / "packs" / "a5-intro" / "v5" / FILES / "docs" / "清单.pdf"
    victim.write_bytes(b"truncated")
    r = install(folder, data, TRUST, demo=False)
    assert r.status == "repaired"
    assert_installed_correctly(data, folder)


def test_upgrade_replaces_the_old_version_and_rollback_is_refused(tmp_path):
    data = tmp_path / "data"
    v4 = built_pack(tmp_path, version=4)
    v5 = built_pack(tmp_path, version=5)
    assert install(v4, data, TRUST, demo=False).status == "installed"
    r = install(v5, data, TRUST, demo=False)
    assert (r.status, r.replaced_version) == ("installed", 4)
    assert sorted(p.name for p in (library_dir(data) / "packs" / "a5-intro").iterdir()) == ["v5"]
    assert_installed_correctly(data, v5)

    before, everything = library_hash(data), tree_hash(tmp_path, skip=("data/library/.staging",))
    with pytest.raises(PackRefused) as e:
        install(v4, data, TRUST, demo=False)  # threat 13: v5 then v4
    assert e.value.code == "older_version"
    assert (e.value.fields["installed"], e.value.fields["offered"]) == (5, 4)
    assert library_hash(data) == before
    assert tree_hash(tmp_path, skip=("data/library/.staging",)) == everything


def test_a_reused_version_number_is_refused(tmp_path):
    data = tmp_path / "data"
    install(built_pack(tmp_path / "a"), data, TRUST, demo=False)
    other = built_pack(tmp_path / "b")
    forge(other, lambda d: d.update(title="同一版本号，不同内容"))
    before = library_hash(data)
    with pytest.raises(PackRefused) as e:
        install(other, data, TRUST, demo=False)
    assert e.value.code == "version_reused"
    assert library_hash(data) == before


def test_several_packs_make_one_catalogue(tmp_path, laptop):
    laptop.add_trust(PUBLISHER.public)
    laptop.install_pack(built_pack(tmp_path, "a5-intro"))
    laptop.install_pack(built_pack(tmp_path, "b2-slides", version=1))
    courses = [c.id for c in laptop.catalog.courses]
    assert courses == ["a5-intro-a5", "b2-slides-a5"]
    assert {c.pack for c in laptop.catalog.courses} == {"a5-intro", "b2-slides"}


# --- hostile packs ---------------------------------------------------------------------------------


def _first_path(new):
    def mutate(d):
        d["files"][0]["path"] = new

    return mutate


def _twin(d):
    f = dict(d["files"][0])
    d["files"][0]["path"], f["path"] = "video/A.mp4", "video/a.mp4"
    d["files"].append(f)
    d["total_size"] += f["size"]


HOSTILE_PATHS = [
    "../x",
    "../../../../../../x",
    "/etc/passwd",
    "C:\\x",
    "c:x",
    "CON",
    "con.txt",
    "aux.mp4",
    "a/./b",
    "video/intro.mp4.",
    "视" * 100,
]


def _growing(folder):
    """The drive answers with more bytes than it listed, once the copy is under way."""
    victim = folder / FILES / "docs" / "实践指南.pdf"

    def progress(done, total):
        if done >= MiB and victim.stat().st_size < 10 * MiB:
            with open(victim, "ab") as fh:
                fh.write(b"\0" * (9 * MiB))

    return progress


def hostile_cases():
    def changed_byte(folder):
        p = folder / FILES / "video" / "intro.mp4"
        data = bytearray(p.read_bytes())
        data[len(data) // 2] ^= 1
        p.write_bytes(bytes(data))

    def bigger(folder):
        with open(folder / FILES / "docs" / "清单.pdf", "ab") as fh:
            fh.write(b"% more")

    def broken_bank(folder):
        (folder / FILES / "quiz" / "a5.json").write_text('{"format": 1, "questions": [{}]}')
        relist(folder, "quiz/a5.json")

    cases = {
        "unknown key": (lambda f: forge(f, lambda d: None, key=OTHER), "unknown_key"),
        "revoked key": ("revoked", "revoked_key"),
        "changed byte in a file": (changed_byte, "hash_mismatch"),
        "extra file": (
            lambda f: (f / FILES / "docs" / "extra.pdf").write_bytes(b"%PDF"),
            "unlisted_file",
        ),
        "missing file": (lambda f: (f / FILES / "quiz" / "a5.json").unlink(), "missing_file"),
        "file bigger than listed": (bigger, "size_mismatch"),
        "file grows while copied": ("grow", "file_larger"),
        "A.mp4 and a.mp4": (lambda f: forge(f, _twin), "path_clash"),
        "manifest claims 70 GiB": (
            lambda f: forge(f, lambda d: d.update(total_size=70 * 1024**3)),
            "pack_too_large",
        ),
        "manifest not JSON": (
            lambda f: forge(f, raw=b"\x89PNG not a manifest"),
            "manifest_not_json",
        ),
        "broken question bank": (broken_bank, "bad_question_bank"),
        "device name as pack id": (
            lambda f: forge(f, lambda d: d.update(id="con")),
            "bad_manifest",
        ),
    }
    for p in HOSTILE_PATHS:
        cases[f"path {p!r}"] = (lambda f, p=p: forge(f, _first_path(p)), "bad_path")
    return cases


@pytest.mark.parametrize("name", list(hostile_cases()))
def test_hostile_pack_is_refused_and_the_library_is_unchanged(tmp_path, name):
    spoil, code = hostile_cases()[name]
    data = tmp_path / "data"
    install(built_pack(tmp_path / "v1", version=1), data, TRUST, demo=False)
    folder = built_pack(tmp_path / "v5", version=5, video_bytes=3 * MiB)
    trust, progress = TRUST, None
    if spoil == "revoked":
        trust = TrustStore(TRUST.entries, frozenset({PUBLISHER.public.key_id}))
    elif spoil == "grow":
        progress = _growing(folder)
    else:
        spoil(folder)
    skip = ("data/library/.staging",) + (("v5",) if spoil == "grow" else ())
    library, everything = library_hash(data), tree_hash(tmp_path, skip=skip)
    passwd = file_sha(Path("/etc/passwd")) if Path("/etc/passwd").exists() else None

    with pytest.raises(PackRefused) as e:
        install(folder, data, trust, demo=False, progress=progress)
    assert e.value.code == code, e.value.fields
    assert e.value.fields["pack"] == str(folder)
    assert library_hash(data) == library
    assert tree_hash(tmp_path, skip=skip) == everything
    if passwd:
        assert file_sha(Path("/etc/passwd")) == passwd
    (entry,) = installed(data)
    assert entry.version == 1  # still the pack installed before


def test_a_huge_manifest_is_refused_before_it_is_read(tmp_path):
    folder = built_pack(tmp_path)
    forge(folder, raw=b" " * (17 * MiB))
    with pytest.raises(PackRefused) as e:
        install(folder, tmp_path / "data", TRUST, demo=False)
    assert e.value.code == "manifest_too_large"
    assert not (tmp_path / "data").exists()


def test_a_second_install_at_the_same_time_waits_its_turn(tmp_path):
    data = tmp_path / "data"
    folder = built_pack(tmp_path)
    with _locked(library_dir(data)), pytest.raises(LibraryBusy):
        install(folder, data, TRUST, demo=False)
    assert install(folder, data, TRUST, demo=False).status == "installed"


def test_a_damaged_library_list_is_reported_not_guessed(tmp_path):
    data = tmp_path / "data"
    install(built_pack(tmp_path), data, TRUST, demo=False)
    (library_dir(data) / "installed.json").write_text("{")
    with pytest.raises(LibraryDamaged):
        Laptop.open(data)


def test_a_full_disk_is_found_before_copying(tmp_path):
    from tests.support.cli import mounted_tmpfs

    folder = built_pack(tmp_path, video_bytes=80 * MiB)
    with mounted_tmpfs(tmp_path / "small", "size=48m") as small:
        with pytest.raises(DiskFull):
            install(folder, small / "data", TRUST, demo=False)
        staged = list((small / "data" / "library" / ".staging").glob("*/parts/*"))
        assert staged == []


# --- resuming ---------------------------------------------------------------------------------------


class Pulled(Exception):
    pass


def test_an_interrupted_copy_resumes_where_it_stopped(tmp_path):
    data = tmp_path / "data"
    folder = built_pack(tmp_path, video_bytes=24 * MiB)

    def pull(done, total):
        if done > 10 * MiB:
            raise Pulled

    with pytest.raises(Pulled):
        install(folder, data, TRUST, demo=False, progress=pull)
    assert installed(data) == []
    assert library_hash(data) == tree_hash(tmp_path / "nowhere")  # only staging was written

    r = install(folder, data, TRUST, demo=False)
    assert r.status == "installed"
    assert r.resumed_bytes >= 10 * MiB
    assert r.copied_bytes < r.total_bytes
    assert r.copied_bytes + r.resumed_bytes == r.total_bytes
    assert_installed_correctly(data, folder)
    assert list((library_dir(data) / ".staging").iterdir()) == [
        library_dir(data) / ".staging" / ".lock"
    ]


def test_a_torn_part_is_copied_afresh(tmp_path):
    data = tmp_path / "data"
    folder = built_pack(tmp_path, video_bytes=6 * MiB)

    def pull(done, total):
        if done > 4 * MiB:
            raise Pulled

    with pytest.raises(Pulled):
        install(folder, data, TRUST, demo=False, progress=pull)
    (part,) = (library_dir(data) / ".staging").glob("*/parts/*")
    with open(part, "r+b") as fh:  # what a power cut can leave: the length, not the bytes
        fh.seek(MiB)
        fh.write(b"\0" * 4096)
    r = install(folder, data, TRUST, demo=False)
    assert r.status == "installed"
    assert_installed_correctly(data, folder)


CHILD = """
import sys
from pathlib import Path
from content.keys import PublicKey
from content.trust import TrustStore
from sync.base.library import install
key = PublicKey.from_bytes(Path(sys.argv[3]).read_bytes())
install(Path(sys.argv[1]), Path(sys.argv[2]), TrustStore().add(key, 0), False,
        lambda done, total: print(done, flush=True))
print("finished", flush=True)
"""


def test_kill_9_during_a_large_install_then_resume(tmp_path):
    data = tmp_path / "data"
    folder = built_pack(tmp_path, video_bytes=200 * MiB)
    (tmp_path / "publisher.pub").write_bytes(PUBLISHER.public.to_bytes())
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(folder), str(data), str(tmp_path / "publisher.pub")],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    killed_at = None
    for line in child.stdout:
        if line.strip() == "finished":
            break
        if int(line) > 64 * MiB:
            os.kill(child.pid, signal.SIGKILL)
            killed_at = int(line)
            break
    child.wait(timeout=60)
    child.stdout.close()
    assert killed_at is not None and child.returncode == -signal.SIGKILL
    assert installed(data) == []

    r = install(folder, data, TRUST, demo=False)
    assert r.status == "installed"
    assert r.resumed_bytes >= killed_at
    assert r.copied_bytes < r.total_bytes - 64 * MiB
    assert_installed_correctly(data, folder)


def test_block_file_is_what_it_claims(tmp_path):
    block_file(tmp_path / "x", 3 * MiB + 5)
    assert (tmp_path / "x").stat().st_size == 3 * MiB + 5


# --- names a pack chooses never meet the library's own ----------------------------------------


def test_a_pack_id_cannot_name_the_librarys_own_files(tmp_path):
    data = tmp_path / "data"
    first = built_pack(tmp_path, "installed.json", version=1)  # a valid id, and a file name
    assert install(first, data, TRUST, demo=False).status == "installed"
    second = built_pack(tmp_path, "a5-intro")
    assert install(second, data, TRUST, demo=False).status == "installed"
    assert [(p.id, p.folder) for p in installed(data)] == [
        ("installed.json", "packs/installed.json/v1"),
        ("a5-intro", "packs/a5-intro/v5"),
    ]
    assert (library_dir(data) / "installed.json").is_file()
    for folder in (first, second):
        assert_installed_correctly(data, folder)
    with Laptop.open(data) as lp:
        assert {c.pack for c in lp.catalog.courses} == {"installed.json", "a5-intro"}

    before = library_hash(data)
    bad_ids = ("..", ".staging", ".", "packs/../..", "../installed.json", "installed.json/..")
    for n, bad in enumerate(bad_ids):
        folder = built_pack(tmp_path / f"bad-{n}", version=9)
        forge(folder, lambda d, bad=bad: d.update(id=bad))
        with pytest.raises(PackRefused) as e:
            install(folder, data, TRUST, demo=False)
        assert (e.value.code, e.value.fields.get("field")) == ("bad_manifest", "id"), bad
    assert library_hash(data) == before


def _with_part_names(root: Path) -> Path:
    """A pack listing `video/intro.mp4.part` beside `video/intro.mp4` (and the same for a
    document), listed before them: names a copy in progress would have used for its
    temporary files."""
    src = author_folder(root, video_bytes=5 * MiB)
    block_file(src / "video" / "intro.mp4.part", 3 * MiB, seed=9)
    (src / "docs" / "清单.pdf.part").write_bytes(b"a file of its own, not a part")
    toml = src / "pack.toml"
    toml.write_text(
        toml.read_text("utf-8").replace(
            'programme = "sichuan-2.0"\n',
            'programme = "sichuan-2.0"\ninclude = ["video/intro.mp4.part", "docs/清单.pdf.part"]\n',
        ),
        "utf-8",
    )
    folder = build(src, PUBLISHER, root / "out", duration_of=lambda p: 600.0).folder
    # listed first, so they are in place before the files whose part they would have been
    forge(folder, lambda d: d["files"].sort(key=lambda f: not f["path"].endswith(".part")))
    return folder


@pytest.mark.parametrize("interrupted", [False, True])
def test_files_named_like_parts_install_completely_and_verify(tmp_path, interrupted):
    from content.pack import verify_pack

    folder = _with_part_names(tmp_path)
    listed = {f["path"] for f in json.loads((folder / MANIFEST).read_bytes())["files"]}
    assert {"video/intro.mp4.part", "docs/清单.pdf.part"} <= listed
    data = tmp_path / "data"
    if interrupted:  # a copy broken half way, resumed: parts must not be taken for files

        def pull(done, total):
            if done > 6 * MiB:
                raise Pulled

        with pytest.raises(Pulled):
            install(folder, data, TRUST, demo=False, progress=pull)
    r = install(folder, data, TRUST, demo=False)
    assert r.status == "installed"
    assert_installed_correctly(data, folder)
    assert r.copied_bytes + r.resumed_bytes == r.total_bytes
    (entry,) = installed(data)
    verify_pack(library_dir(data) / entry.folder, TRUST, demo=False, check_hashes=True)
    assert install(folder, data, TRUST, demo=False).status == "already"
