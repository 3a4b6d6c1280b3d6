"""Building packs: author folders (pack.toml) and old courseware CDs, with real videos made by
ffmpeg and their lengths read by libvlc."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys

import pytest

from app.media_probe import MediaProbe
from content.errors import KeyRoleMismatch, PackBuildError
from content.keys import generate
from content.pack import FILES, MANIFEST, verify_pack
from content.pack_build import build, build_from_folder, media_hours
from tests.support.packs import (
    PUBLISHER,
    TRUST,
    author_folder,
    ffmpeg,
    minimal_pdf,
    short_video,
)
from tests.support.paths import ROOT


@pytest.fixture(scope="module")
def probe():
    p = MediaProbe()
    if not p.available():
        pytest.skip(f"libvlc cannot be loaded: {p.error}")
    yield p
    p.close()


def test_media_probe_reads_real_videos_and_gives_up_on_junk(tmp_path, probe):
    mp4 = short_video(tmp_path / "x.mp4")
    assert probe(mp4) == pytest.approx(2.0, abs=0.1)
    flv = tmp_path / "x.flv"
    ffmpeg("-i", str(mp4), str(flv))
    assert probe(flv) == pytest.approx(2.0, abs=0.1)
    mpg = tmp_path / "x.mpg"  # no length in its header: found by playing it silently
    ffmpeg("-i", str(mp4), "-r", "25", str(mpg))
    assert probe(mpg) == pytest.approx(2.0, abs=0.2)
    junk = tmp_path / "坏了.rmvb"
    junk.write_bytes(os.urandom(64 * 1024))
    assert probe(junk) is None
    assert probe(tmp_path / "missing.mp4") is None
    assert probe(tmp_path) is None


def test_media_probe_without_libvlc_says_so(tmp_path):
    # python-vlc honours this variable; a path that is not there is a machine without libvlc.
    code = (
        "from app.media_probe import MediaProbe; p = MediaProbe(); "
        "print(p.available(), p(__import__('pathlib').Path('x.mp4')), bool(p.error))"
    )
    r = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHON_VLC_LIB_PATH=str(tmp_path / "no.so")),
    )
    assert r.stdout.split() == ["False", "None", "True"], r.stdout + r.stderr


@pytest.mark.parametrize(
    "seconds, counted",
    [(2, 2), (85.2, 86), (86, 86), (1350, 1350), (2700, 2700), (3 * 3600, 3 * 3600)],
)
def test_a_videos_nominal_time_is_its_length_to_the_second(seconds, counted):
    from content.catalog import Lesson

    lesson = Lesson("v", "video", "c", media_hours(seconds), "online", duration_s=seconds)
    assert lesson.nominal_seconds(2700) == counted  # a 1:26 video counts 86 s, not 22 minutes


def courseware_cd(root):
    cd = root / "光盘"
    short_video(cd / "第1讲 课堂导入.mp4")
    ffmpeg("-i", str(cd / "第1讲 课堂导入.mp4"), str(cd / "第2讲_导入素材.flv"))
    (cd / "讲义.pdf").write_bytes(minimal_pdf("handout"))
    (cd / "第10讲 坏了.rmvb").write_bytes(os.urandom(64 * 1024))
    (cd / "AUTORUN.INF").write_text("[autorun]\nopen=setup.exe\n")
    (cd / "setup.exe").write_bytes(b"MZ" + b"\0" * 100)
    web = cd / "网页课件"
    (web / "img").mkdir(parents=True)
    (web / "index.htm").write_text("<html><img src='img/a.png'><a href='p2.htm'>2</a></html>")
    (web / "p2.htm").write_text("<html>page 2</html>")
    (web / "img" / "a.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (cd / "第二章").mkdir()
    (cd / "第二章" / "案例.pptx").write_bytes(b"PK\x03\x04 slides")
    return cd


def test_a_courseware_cd_becomes_a_pack(tmp_path, probe, laptop):
    cd = courseware_cd(tmp_path)
    built = build_from_folder(
        cd,
        PUBLISHER,
        tmp_path / "out",
        pack_id="yuechi-cd-2014",
        title="岳池县 2014 培训光盘",
        duration_of=probe,
    )
    m = built.manifest
    assert built.folder.name == "yuechi-cd-2014-v1.songpack"
    assert built.unreadable == ["第10讲 坏了.rmvb"]
    assert sorted(built.skipped) == [("AUTORUN.INF", "program"), ("setup.exe", "program")]

    # A video's nominal time is its length (whole seconds, rounded up), a document half a 学时.
    lessons = [(x.title, x.kind, x.nominal_seconds(2700)) for x in m.catalog().lessons]
    assert [x[2] for x in lessons[:2]] == [
        math.ceil(x.duration_s or 0) for x in m.catalog().lessons[:2]
    ]
    assert all(2 <= x[2] <= 3 for x in lessons[:2])
    assert lessons[2:] == [
        ("讲义", "document", 1350),
        ("案例", "document", 1350),
        ("网页课件", "document", 1350),
    ]
    videos = [x for x in m.catalog().lessons if x.kind == "video"]
    assert [x.duration_s for x in videos] == [pytest.approx(2.0, abs=0.1)] * 2
    assert [c.title for c in m.courses] == ["岳池县 2014 培训光盘", "第二章", "网页课件"]
    files = {f.path for f in m.files}
    assert files == {
        "第1讲 课堂导入.mp4",
        "第2讲_导入素材.flv",
        "讲义.pdf",
        "第二章/案例.pptx",
        "网页课件/index.htm",
        "网页课件/p2.htm",
        "网页课件/img/a.png",
    }
    assert m.rules().id == "national-2.0"

    # It installs, and the laptop teaches it.
    laptop.add_trust(PUBLISHER.public)
    laptop.install_pack(built.folder)
    assert [x.title for x in laptop.catalog.lessons][:2] == ["第1讲 课堂导入", "第2讲 导入素材"]

    # Built again (a second edition of the CD), lesson ids stay, so hours stay.
    again = build_from_folder(
        cd,
        PUBLISHER,
        tmp_path / "out2",
        pack_id="yuechi-cd-2014",
        title="岳池县 2014 培训光盘",
        version=2,
        duration_of=probe,
    )
    assert [x.id for x in again.manifest.catalog().lessons] == [x.id for x in m.catalog().lessons]


def test_a_folder_with_nothing_to_teach_is_refused(tmp_path):
    (tmp_path / "cd").mkdir()
    (tmp_path / "cd" / "setup.exe").write_bytes(b"MZ")
    with pytest.raises(PackBuildError) as e:
        build_from_folder(tmp_path / "cd", PUBLISHER, tmp_path / "out", pack_id="x", title="x")
    assert e.value.code == "no_lessons"


def test_author_build_is_reproducible_and_verifies(tmp_path):
    import datetime as dt

    src = author_folder(tmp_path)
    day = dt.date(2026, 9, 1)
    a = build(src, PUBLISHER, tmp_path / "a", duration_of=lambda p: 61.5, today=day)
    b = build(src, PUBLISHER, tmp_path / "b", duration_of=lambda p: 61.5, today=day)
    assert (a.folder / MANIFEST).read_bytes() == (b.folder / MANIFEST).read_bytes()
    m = verify_pack(a.folder, TRUST, demo=False, check_hashes=True)
    assert m.catalog().lesson("a5-intro-a5-l1").duration_s == 61.5
    assert a.unreadable == []
    assert [p.name for p in (tmp_path / "a").iterdir()] == ["a5-intro-v5.songpack"]


def test_an_unreadable_video_in_an_author_folder_is_listed(tmp_path):
    src = author_folder(tmp_path)
    built = build(src, PUBLISHER, tmp_path / "out", duration_of=lambda p: None)
    assert built.unreadable == ["video/intro.mp4"]
    assert built.manifest.catalog().lesson("a5-intro-a5-l1").duration_s is None


def test_supporting_files_come_along_with_include(tmp_path):
    src = author_folder(tmp_path)
    (src / "docs" / "img").mkdir()
    (src / "docs" / "img" / "fig1.png").write_bytes(b"\x89PNG")
    # At the top: a key after a table header would belong to that table.
    text = (src / "pack.toml").read_text("utf-8")
    (src / "pack.toml").write_text('include = ["docs/img"]\n' + text, "utf-8")
    built = build(src, PUBLISHER, tmp_path / "out")
    assert "docs/img/fig1.png" in {f.path for f in built.manifest.files}


def build_error(src, tmp_path, key=PUBLISHER) -> PackBuildError:
    with pytest.raises(PackBuildError) as e:
        build(src, key, tmp_path / "out")
    assert list((tmp_path / "out").glob(".*.tmp")) == []
    return e.value


def edit_toml(src, old, new):
    text = (src / "pack.toml").read_text("utf-8")
    assert old in text
    (src / "pack.toml").write_text(text.replace(old, new, 1), "utf-8")


def test_author_mistakes_are_named(tmp_path):
    src = author_folder(tmp_path)
    (src / "pack.toml").rename(src / "pack.txt")
    assert build_error(src, tmp_path).code == "no_pack_toml"
    (src / "pack.txt").rename(src / "pack.toml")

    edit_toml(src, "version = 5", "version = = 5")
    e = build_error(src, tmp_path)
    assert (e.code, e.fields["line"]) == ("bad_toml", 2)
    edit_toml(src, "version = = 5", "version = 5")

    edit_toml(src, 'media = "video/intro.mp4"', 'media = "video/missing.mp4"')
    e = build_error(src, tmp_path)
    assert (e.code, e.fields["path"]) == ("missing_file", "video/missing.mp4")
    edit_toml(src, 'media = "video/missing.mp4"', 'media = "../../etc/passwd"')
    e = build_error(src, tmp_path)
    assert (e.code, e.fields["rule"]) == ("bad_path", "dot_component")
    edit_toml(src, 'media = "../../etc/passwd"', 'media = "video/intro.mp4"')

    edit_toml(src, "hours = 2", 'hours = "two"')
    e = build_error(src, tmp_path)
    assert (e.code, e.fields["field"], e.fields["problem"]) == (
        "bad_manifest",
        "courses[0].lessons[0].hours",
        "not_a_number",
    )
    edit_toml(src, 'hours = "two"', "hours = 2")

    edit_toml(src, 'programme = "sichuan-2.0"', 'programme = "mars-1.0"')
    assert build_error(src, tmp_path).code == "unknown_programme"
    edit_toml(src, 'programme = "mars-1.0"', 'programme = "sichuan-2.0"\ntotal_size = 1')
    e = build_error(src, tmp_path)
    assert (e.code, e.fields["field"]) == ("bad_manifest", "total_size")
    edit_toml(src, "\ntotal_size = 1", "")

    (src / "quiz" / "a5.json").write_text(
        json.dumps(
            {
                "format": 1,
                "questions": [
                    {"format": 1, "id": "q1", "type": "single", "text": "?", "choices": []}
                ],
            }
        )
    )
    e = build_error(src, tmp_path)
    assert (e.code, e.fields["path"], e.fields["reason"]) == (
        "bad_question_bank",
        "quiz/a5.json",
        "too_few_choices",
    )

    with pytest.raises(KeyRoleMismatch):
        build(author_folder(tmp_path / "2"), generate("county", "x"), tmp_path / "out")


def test_building_never_leaves_half_a_pack(tmp_path):
    src = author_folder(tmp_path, video_bytes=5 * 1024 * 1024)
    out = tmp_path / "out"

    class Stop(Exception):
        pass

    def stop(done, total):
        if done > 2 * 1024 * 1024:
            raise Stop

    with pytest.raises(Stop):
        build(src, PUBLISHER, out, progress=stop)
    assert list(out.iterdir()) == []
    first = build(src, PUBLISHER, out)
    with pytest.raises(PackBuildError) as e:
        build(src, PUBLISHER, out)
    assert e.value.code == "exists"
    assert [p.name for p in out.iterdir()] == [first.folder.name]
    assert (first.folder / FILES / "video" / "intro.mp4").stat().st_size == 5 * 1024 * 1024
