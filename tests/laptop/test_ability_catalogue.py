"""The programme's catalogue of ability points at install, and the school's teaching environment
on a real laptop: real signed packs, a real journal, a real county import."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.messages import describe
from content.ability_points import national_catalogue
from content.errors import PackBuildError, PackRefused
from content.pack_build import build
from content.rules import bundled_programme
from sync.base.library import install, installed
from sync.county.hub import Hub
from sync.laptop import evidence, school
from sync.laptop.evidence import PointsRefused, RatingRefused
from sync.laptop.laptop import Laptop
from sync.laptop.outbox import export_bundle
from sync.laptop.school import EnvironmentRefused
from tests.support.county import COUNTY
from tests.support.evidence import enrol, install_points_pack
from tests.support.packs import PUBLISHER, TRUST, built_pack, forge, library_hash
from tests.support.paths import ROOT

PROVINCE_PACK = """\
id = "province-b"
version = 1
title = "某省混合学习环境课程"
created = 2026-09-01

[programme]
{programme}

[[ability_points]]
code = "{code}"
practice_hours = 10

  [[ability_points.evidence_slots]]
  id = "plan"
  kind = "plan"
  title = "设计方案"

[[courses]]
id = "c1"
title = "课程"
ability_point = "{code}"

  [[courses.lessons]]
  id = "c1-l1"
  title = "读一读"
  hours = 1
  category = "online"
  kind = "document"
  document = "docs/read.txt"
"""


def province_source(root: Path, code: str, points: list[dict]) -> Path:
    """An author folder whose programme is a province's own: the national rules with only
    `points` in its catalogue."""
    src = root / f"author-{code}"
    (src / "docs").mkdir(parents=True)
    (src / "docs" / "read.txt").write_text("读一读", "utf-8")
    programme = {**bundled_programme(), "id": "province-2.0", "ability_points": points}
    # Each key on its own line, its value spelt as JSON: strings, numbers and true are TOML too.
    lines = []
    for key, value in programme.items():
        if key != "ability_points":
            lines.append(f"{key} = {json.dumps(value, ensure_ascii=False)}")
    body = "\n".join(lines)
    tables = "".join(
        "\n[[programme.ability_points]]\n"
        + "\n".join(f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in p.items())
        + "\n"
        for p in points
    )
    text = PROVINCE_PACK.format(programme=body, code=code)
    text = text.replace("\n[[ability_points]]", tables + "\n[[ability_points]]", 1)
    (src / "pack.toml").write_text(text, "utf-8")
    return src


def test_a_pack_naming_a_point_its_programme_does_not_list_is_refused(tmp_path, zh_app):
    folder = built_pack(tmp_path)

    def a14(d):  # the pack's A5 entry and its course, renamed to a code the 2.0 list lacks
        d["ability_points"][0]["code"] = "A14"
        d["courses"][0]["ability_point"] = "A14"

    forge(folder, a14)
    data = tmp_path / "data"
    data.mkdir()
    before = library_hash(data)
    with pytest.raises(PackRefused) as err:
        install(folder, data, TRUST, demo=False)
    assert err.value.code == "unknown_ability_point"
    assert err.value.fields["point"] == "A14"
    assert err.value.fields["field"] == "ability_points[0].code"
    assert library_hash(data) == before and installed(data) == []
    said = describe(err.value)
    assert "A14" in said and "sichuan-2.0" in said and "能力点" in said and "未安装" in said


def test_a_pack_that_says_otherwise_of_a_listed_point_is_refused(tmp_path):
    folder = built_pack(tmp_path)
    forge(folder, lambda d: d["ability_points"][0].update(dimension="学业评价"))
    with pytest.raises(PackRefused) as err:
        install(folder, tmp_path / "data", TRUST, demo=False)
    assert (err.value.code, err.value.fields["field"]) == (
        "not_as_catalogued",
        "ability_points[0].dimension",
    )


@pytest.mark.parametrize("environment", ["D", "智能教育环境", ""])
def test_a_programme_listing_an_environment_outside_a_b_c_is_refused(tmp_path, zh_app, environment):
    folder = built_pack(tmp_path)
    forge(folder, lambda d: d["programme"]["ability_points"][4].update(environment=environment))
    with pytest.raises(PackRefused) as err:
        install(folder, tmp_path / "data", TRUST, demo=False)
    assert err.value.code == "unknown_environment"
    assert err.value.fields["field"] == "programme.ability_points[4].environment"
    assert "多媒体教学环境" in describe(err.value)


def test_a_pack_entry_naming_an_environment_outside_a_b_c_is_refused(tmp_path):
    folder = built_pack(tmp_path)
    forge(folder, lambda d: d["ability_points"][0].update(environment="E"))
    with pytest.raises(PackRefused) as err:
        install(folder, tmp_path / "data", TRUST, demo=False)
    assert (err.value.code, err.value.fields["value"]) == ("unknown_environment", "E")


def test_a_dimension_outside_the_four_is_refused(tmp_path):
    folder = built_pack(tmp_path)
    forge(folder, lambda d: d["programme"]["ability_points"][0].update(dimension="教学实施"))
    with pytest.raises(PackRefused) as err:
        install(folder, tmp_path / "data", TRUST, demo=False)
    assert err.value.code == "unknown_dimension"


def test_a_province_publishes_its_own_list(laptop, tmp_path):
    """A programme listing only its own points: a pack of one of them installs with the
    province's words for it; a national point the province left out is refused."""
    laptop.add_trust(PUBLISHER.public)
    own = [
        {
            "code": "B6",
            "name": "技术支持的展示交流（本省）",
            "environment": "B",
            "dimension": "学法指导",
        }
    ]
    good = build(province_source(tmp_path / "good", "B6", own), PUBLISHER, tmp_path / "out")
    laptop.install_pack(good.folder)
    assert laptop.rules.id == "province-2.0" and list(laptop.rules.catalogue) == ["B6"]
    point = laptop.ability_points()["B6"]
    assert (point.name, point.environment, point.practice_hours) == (
        "技术支持的展示交流（本省）",
        "B",
        10,
    )
    bad = province_source(tmp_path / "bad", "A1", own)
    with pytest.raises(PackBuildError) as err:  # checked by the laptop's own code before signing
        build(bad, PUBLISHER, tmp_path / "out2")
    assert (err.value.code, err.value.fields["programme"]) == (
        "unknown_ability_point",
        "province-2.0",
    )


# --- the school's teaching environment ----------------------------------------------------------


@pytest.fixture
def school_laptop(laptop, tmp_path):
    install_points_pack(laptop, tmp_path, {"A1": 10, "A3": 8, "A5": 6, "B6": 6, "C2": 6})
    teacher = enrol(laptop, "王芳", "011")
    head = enrol(laptop, "李校长", "023", school_team=True)
    return laptop, teacher, head


def test_the_school_environment_decides_the_points_a_teacher_may_choose(school_laptop):
    laptop, teacher, head = school_laptop
    assert laptop.school_environment() is None
    assert set(laptop.allowed_points()) == {"A1", "A3", "A5", "B6", "C2"}  # not set: all
    school.set_environment(laptop, head.id, "A")
    assert set(laptop.allowed_points()) == {"A1", "A3", "A5"}
    with pytest.raises(PointsRefused) as err:
        evidence.choose_points(laptop, teacher.id, ["A1", "A3", "B6"])
    assert err.value.args_ == {"reason": "not_in_environment", "code": "B6", "environment": "A"}
    assert "多媒体教学环境" in describe(err.value) or "multimedia" in describe(err.value)
    evidence.choose_points(laptop, teacher.id, ["A1", "A3", "A5"])
    # 混合学习环境 includes the multimedia classroom: A and B, not C.
    school.set_environment(laptop, head.id, "混合学习环境")
    assert set(laptop.allowed_points()) == {"A1", "A3", "A5", "B6"}
    school.set_environment(laptop, head.id, "C")
    assert set(laptop.allowed_points()) == {"A1", "A3", "A5", "B6", "C2"}


def test_only_the_school_team_sets_the_environment_and_only_a_b_or_c(school_laptop):
    laptop, teacher, head = school_laptop
    before = laptop.journal.last_seq()
    with pytest.raises(RatingRefused):
        school.set_environment(laptop, teacher.id, "A")
    with pytest.raises(EnvironmentRefused) as err:
        school.set_environment(laptop, head.id, "D")
    assert "D" in describe(err.value)
    assert laptop.journal.last_seq() == before and laptop.school_environment() is None
    first = school.set_environment(laptop, head.id, "B")
    assert first is not None and school.set_environment(laptop, head.id, "B") is None
    assert laptop.journal.last_seq() == before + 1  # the same setting is written once


def test_the_environment_survives_a_restart_and_travels_to_the_county(school_laptop, tmp_path):
    laptop, _, head = school_laptop
    school.set_environment(laptop, head.id, "A")
    data_dir = laptop.data_dir
    laptop.close()
    again = Laptop.open(data_dir)
    try:
        assert again.school_environment() == "A"
        assert set(again.allowed_points()) == {"A1", "A3", "A5"}
        again.add_trust(COUNTY.public)
        hub = Hub.init(tmp_path / "hub.db", COUNTY, tmp_path / "k")
        hub.enrol(again.journal.device_id, again.journal.device.public_bytes)
        (r,) = hub.import_paths(export_bundle(again, tmp_path / "usb").paths, COUNTY)
        assert r.status == "imported"
        rows = hub.conn.execute(
            "SELECT teacher_id, payload FROM events WHERE type='school.environment_set'"
        ).fetchall()
        assert rows == [(head.id, '{"environment":"A"}')]
        hub.close()
    finally:
        again.close()


def test_the_national_list_is_the_one_a_programme_without_its_own_uses(tmp_path):
    points = national_catalogue()
    by_code = {p.code: p for p in points}
    # The four checked against published sources, as the file says.
    shipped = json.loads((ROOT / "content/data/ability-points-2.0.json").read_text("utf-8"))
    assert shipped["confirmed"] == ["A1", "A3", "B6", "C4"]
    assert by_code["A1"].name == "技术支持的学情分析" and by_code["A3"].name == "演示文稿设计与制作"
    assert by_code["B6"].name == "技术支持的展示交流"
    c4 = by_code["C4"]
    assert (c4.name, c4.dimension, c4.environment) == ("支持学生创造性学习与表达", "学法指导", "C")
    assert [s.kind for s in c4.evidence_slots] == ["plan"] and c4.criteria_excellent
    assert [p.code for p in points if p.environment == "A"] == [f"A{i}" for i in range(1, 14)]
    assert [p.code for p in points if p.environment == "B"] == [f"B{i}" for i in range(1, 11)]
    assert [p.code for p in points if p.environment == "C"] == [f"C{i}" for i in range(1, 8)]
