"""The demo pack's author folder (content/demo_pack/): pack.toml as docs/formats.md specifies it
("Content pack — format 1"), question banks that load and cover every type, honest hours, every
named file present, and narrated videos that packaging/demo_pack/make_videos.py really makes."""

from __future__ import annotations

import json
import math
import re
import shutil
import subprocess
import sys
import wave
from collections import Counter
from pathlib import Path

import pytest

from content.catalog import Catalog, demo_catalog
from content.questions import CASE, MULTIPLE, TYPES, bank_from_dict
from content.rules import ProgrammeRules, bundled_rules
from content.scoring import score
from tests.support.paths import ROOT

PACK = ROOT / "content" / "demo_pack"
SCRIPT = ROOT / "packaging" / "demo_pack" / "make_videos.py"
POINTS = {"A1": "a1", "A3": "a3", "A5": "a5"}
DIMENSIONS_2_0 = {"学情分析", "教学设计", "学法指导", "学业评价"}
SLOT_KINDS = {"plan", "explanation", "media", "reflection"}
SECONDS_PER_HOUR = 2700
HALF = SECONDS_PER_HOUR / 2
HAN = re.compile(r"[\u4e00-\u9fff]")
PATH_PART = re.compile(r"[a-z0-9][a-z0-9._-]*")
TOOLS = ("ffmpeg", "ffprobe", "espeak-ng")

tomllib = pytest.importorskip("tomllib", reason="reading pack.toml needs Python 3.11")


def load_pack() -> dict:
    with open(PACK / "pack.toml", "rb") as f:
        return tomllib.load(f)


def lessons(pack: dict):
    for course in pack["courses"]:
        for lesson in course["lessons"]:
            yield course, lesson


def point(pack: dict, code: str) -> dict:
    return next(p for p in pack["ability_points"] if p["code"] == code)


def narration_seconds(lesson_id: str, tmp_path: Path) -> float:
    """What espeak-ng says for a lesson's slides, measured on its own WAVs."""
    with open(PACK / "slides" / f"{lesson_id}.toml", "rb") as f:
        slides = tomllib.load(f)["slides"]
    total = 0.0
    for i, slide in enumerate(slides):
        out = tmp_path / f"{lesson_id}-{i}.wav"
        subprocess.run(
            ["espeak-ng", "-v", "cmn", "-s", "150", "-w", str(out), slide["narration"]],
            check=True,
            capture_output=True,
        )
        with wave.open(str(out)) as w:
            total += w.getnframes() / w.getframerate()
    return total


def needs_tools():
    missing = [t for t in TOOLS if not shutil.which(t)]
    if missing:
        pytest.skip(f"{', '.join(missing)} missing: run packaging/setup.sh")


# --- pack.toml --------------------------------------------------------------------------------


def test_pack_toml_has_the_author_fields_of_format_1():
    pack = load_pack()
    assert set(pack) == {
        "format",
        "kind",
        "id",
        "version",
        "title",
        "created",
        "programme",
        "ability_points",
        "courses",
        "diagnostic",
    }
    assert (pack["format"], pack["kind"], pack["id"], pack["version"]) == (
        1,
        "songpei-pack",
        "songpei-demo-2.0",
        4,
    )
    assert re.fullmatch(r"[a-z0-9][a-z0-9.-]*", pack["id"])
    assert HAN.search(pack["title"])
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", pack["created"])


def test_programme_rules_are_the_national_ones_inline():
    rules = ProgrammeRules.from_dict(load_pack()["programme"])
    assert rules == bundled_rules("national-2.0")
    assert (
        rules.goal_hours,
        rules.min_practice_share,
        rules.cycle_years,
        rules.seconds_per_hour,
    ) == (50, 0.5, 5, SECONDS_PER_HOUR)


def test_ability_points_have_slots_and_criteria():
    pack = load_pack()
    assert [p["code"] for p in pack["ability_points"]] == list(POINTS)
    for p in pack["ability_points"]:
        assert set(p) == {
            "code",
            "name",
            "dimension",
            "environment",
            "description",
            "practice_hours",
            "evidence_slots",
            "criteria",
        }
        assert p["dimension"] in DIMENSIONS_2_0 and p["environment"] == "多媒体教学环境"
        assert HAN.search(p["name"]) and len(p["description"]) >= 40
        assert p["practice_hours"] > 0
        slots = p["evidence_slots"]
        assert {s["kind"] for s in slots} == SLOT_KINDS
        assert len({s["id"] for s in slots}) == len(slots)
        for s in slots:
            assert set(s) == {"id", "kind", "title", "required", "max_bytes", "types"}
            assert isinstance(s["required"], bool) and "：" in s["title"]
            assert 0 < s["max_bytes"] < 4 * 2**30
            assert s["types"] and all(re.fullmatch(r"[a-z0-9]+", t) for t in s["types"])
        assert all(s["required"] for s in slots if s["kind"] != "media")
        assert set(p["criteria"]) == {"excellent", "pass"}
        for level in ("excellent", "pass"):
            assert len(p["criteria"][level]) >= 4
            assert all(isinstance(c, str) and HAN.search(c) for c in p["criteria"][level])
    # A1 asks for the point's classic pair of artefacts; the others need their media
    assert [s["required"] for s in point(pack, "A1")["evidence_slots"] if s["kind"] == "media"] == [
        False
    ]
    for code in ("A3", "A5"):
        assert all(s["required"] for s in point(pack, code)["evidence_slots"])


def test_practice_hours_meet_the_programme_share():
    pack = load_pack()
    rules = ProgrammeRules.from_dict(pack["programme"])
    assert sum(p["practice_hours"] for p in pack["ability_points"]) >= rules.practice_required


def test_courses_keep_the_catalogue_ids_and_fit_the_catalogue_model():
    pack = load_pack()
    assert [(c["id"], c["ability_point"]) for c in pack["courses"]] == [
        (v, k) for k, v in POINTS.items()
    ]
    ids = [lesson["id"] for _, lesson in lessons(pack)]
    assert len(ids) == len(set(ids))
    assert {x.id for x in demo_catalog().lessons} <= set(ids)  # the simulator's ids stay
    catalog = Catalog.from_dict(
        {"format": 1, "id": pack["id"], "title": pack["title"], "courses": pack["courses"]}
    )
    assert len(catalog.lessons) == len(ids)


def test_each_course_has_a_video_a_reading_a_self_test_and_a_practice():
    for course in load_pack()["courses"]:
        kinds = [(x["kind"], x["category"]) for x in course["lessons"]]
        assert kinds == [
            ("video", "online"),
            ("document", "online"),
            ("quiz", "online"),
            ("document", "practice"),
        ], course["id"]
        for lesson in course["lessons"]:
            assert lesson["id"].startswith(course["id"] + "-") and HAN.search(lesson["title"])
            assert "duration_s" not in lesson  # measured by the builder


def test_named_files_exist_with_safe_paths():
    pack = load_pack()
    for _, lesson in lessons(pack):
        for key in ("media", "document"):
            if key in lesson:
                path = lesson[key]
                assert all(PATH_PART.fullmatch(part) for part in path.split("/")), path
                if lesson["kind"] == "video":  # made by the script, never committed
                    assert path == f"media/{lesson['id']}.mp4"
                    assert (PACK / "slides" / f"{lesson['id']}.toml").is_file()
                else:
                    assert (PACK / path).is_file(), path
        if "quiz" in lesson:
            assert (PACK / lesson["quiz"]["bank"]).is_file()


def test_videos_are_not_kept_in_git():
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    r = subprocess.run(["git", "check-ignore", "-q", "content/demo_pack/media/a1-l1.mp4"], cwd=ROOT)
    assert r.returncode == 0


# --- hours ------------------------------------------------------------------------------------


def test_reading_and_practice_hours_are_honest():
    pack = load_pack()
    for course, lesson in lessons(pack):
        if lesson["kind"] == "document" and lesson["category"] == "online":
            assert 0.5 <= lesson["hours"] <= 1
            text = (PACK / lesson["document"]).read_text(encoding="utf-8")
            assert 500 <= len(HAN.findall(text)) <= 900, lesson["id"]
        if lesson["kind"] == "quiz":
            assert lesson["hours"] <= 0.5
        if lesson["category"] == "practice":
            p = point(pack, course["ability_point"])
            assert lesson["hours"] == p["practice_hours"]
            guide = (PACK / lesson["document"]).read_text(encoding="utf-8")
            for slot in p["evidence_slots"]:  # the guide names every slot as the app shows it
                assert slot["title"].split("：")[0] in guide, (lesson["id"], slot["id"])


def test_video_hours_are_the_narration_rounded_up_to_half_hours(tmp_path):
    needs_tools()
    for _, lesson in lessons(load_pack()):
        if lesson["kind"] == "video":
            seconds = narration_seconds(lesson["id"], tmp_path)
            assert 60 <= seconds <= 90, (lesson["id"], seconds)
            assert lesson["hours"] <= math.ceil(seconds / HALF) * 0.5


# --- question banks ---------------------------------------------------------------------------


def full_marks(q) -> object:
    """The response that should earn every mark."""
    if q.type in ("single", "truefalse"):
        right = next(i for i, c in enumerate(q.choices) if c.fraction == 1.0)
        return right if q.type == "single" else q.choices[right].text.text == "true"
    if q.type == MULTIPLE:
        return {i for i, c in enumerate(q.choices) if c.fraction > 0}
    if q.type == "ordering":
        return list(range(len(q.items)))
    if q.type == "matching":
        return [p.answer for p in q.pairs]
    if q.type == "short":
        return next(a.text for a in q.answers if a.fraction == 1.0 and "*" not in a.text)
    return [full_marks(p) for p in q.parts]


@pytest.mark.parametrize("code", list(POINTS))
def test_bank_loads_and_covers_every_type(code):
    pack = load_pack()
    course = next(c for c in pack["courses"] if c["ability_point"] == code)
    quiz = next(x for x in course["lessons"] if x["kind"] == "quiz")["quiz"]
    bank = bank_from_dict(json.loads((PACK / quiz["bank"]).read_text(encoding="utf-8")))
    assert len(bank) >= 10 and quiz["draw"] <= len(bank) and quiz["pass_mark"] == 60
    assert set(Counter(q.type for q in bank)) == set(TYPES)
    assert any(
        q.type == MULTIPLE
        and sum(c.fraction > 0 for c in q.choices) >= 2
        and any(c.fraction < 0 for c in q.choices)
        for q in bank
    )  # partial credit
    cases = [q for q in bank if q.type == CASE]
    assert cases and all(len(q.parts) >= 2 for q in cases)
    for q in bank:
        for item in (q, *q.parts):
            assert item.tags.ability_point == code, item.id
            assert item.general_feedback.text.strip(), item.id
            assert item.tags.dimension is not None, item.id
        assert score(q, full_marks(q)) == 1.0, q.id
        assert score(q, None) == 0.0


# --- the videos -------------------------------------------------------------------------------


def probe(path: Path) -> dict:
    r = subprocess.run(
        [
            "ffprobe",
            "-v",
            "error",
            "-print_format",
            "json",
            "-show_format",
            "-show_streams",
            str(path),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(r.stdout)


def test_script_makes_a_narrated_mp4_and_skips_it_when_unchanged(tmp_path):
    needs_tools()
    out = tmp_path / "media"
    cmd = [sys.executable, str(SCRIPT), "--out", str(out), "--lesson", "a1-l1"]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    video = out / "a1-l1.mp4"
    assert [p.name for p in sorted(out.iterdir())] == ["a1-l1.mp4", "a1-l1.mp4.inputs"]
    info = probe(video)
    assert "mp4" in info["format"]["format_name"]
    streams = {s["codec_type"]: s for s in info["streams"]}
    assert streams["video"]["codec_name"] == "h264"
    assert (streams["video"]["width"], streams["video"]["height"]) == (1280, 720)
    assert streams["audio"]["codec_name"] == "aac"
    duration = float(info["format"]["duration"])
    assert abs(duration - narration_seconds("a1-l1", tmp_path)) <= 2
    assert video.stat().st_size < 2 * 2**20

    before = video.stat().st_mtime_ns
    again = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    assert again.returncode == 0 and "skipped" in again.stdout
    assert video.stat().st_mtime_ns == before


def test_script_says_which_tool_is_missing(tmp_path):
    empty = tmp_path / "bin"
    empty.mkdir()
    r = subprocess.run(
        [sys.executable, str(SCRIPT), "--out", str(tmp_path / "m")],
        capture_output=True,
        text=True,
        env={"PATH": str(empty)},
    )
    assert r.returncode != 0
    assert "ffmpeg" in r.stderr and "espeak-ng" in r.stderr and "apt-get" in r.stderr
    assert not (tmp_path / "m").exists()
