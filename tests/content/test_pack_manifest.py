"""The pack manifest: path rules, caps, the whole-manifest check, conversion to the catalogue
and rules, and verify_pack against a trust store (threats 12 and 14, checked without copying)."""

from __future__ import annotations

import json
import os

import pytest

from content.catalog import DOCUMENT, QUIZ, VIDEO
from content.errors import PackRefused
from content.pack import (
    FILES,
    MANIFEST,
    canonical,
    check_path,
    check_paths,
    parse_manifest,
    verify_pack,
)
from content.trust import TrustStore
from tests.support.packs import OTHER, PUBLISHER, TRUST, built_pack, forge


@pytest.mark.parametrize(
    "path, rule",
    [
        ("", "empty"),
        ("../x", "dot_component"),
        ("a/../../x", "dot_component"),
        ("a/./b", "dot_component"),
        ("./a", "dot_component"),
        ("/etc/passwd", "absolute"),
        ("C:\\x", "drive_letter"),
        ("c:x", "drive_letter"),
        ("C:/Windows/x", "drive_letter"),
        ("a\\b", "backslash"),
        ("\\\\server\\share\\x", "backslash"),
        ("a//b", "empty_component"),
        ("a/", "empty_component"),
        ("CON", "device_name"),
        ("con.txt", "device_name"),
        ("aux.mp4", "device_name"),
        ("video/nul.tar.gz", "device_name"),
        ("COM1.log", "device_name"),
        ("lpt9", "device_name"),
        ("com¹.txt", "device_name"),
        ("CON .txt", "device_name"),
        ("a.mp4.", "trailing_dot_or_space"),
        ("folder./a", "trailing_dot_or_space"),
        ("a.mp4 ", "trailing_dot_or_space"),
        ("a:b", "drive_letter"),  # drive-relative on Windows
        ("ab:c", "bad_character"),  # an NTFS alternate stream
        ("a?.mp4", "bad_character"),
        ("a|b", "bad_character"),
        ("a\x1b[31mred", "bad_character"),
        ("a\nb", "bad_character"),
        ("视" * 100, "component_too_long"),  # 300 bytes in 100 characters
        ("x" * 241, "too_long"),
        ("e\u0301.mp4", "not_nfc"),  # é as e + combining accent
        ("bad\udcff.mp4", "not_utf8"),  # a name that was not UTF-8 on the disk
        (None, "empty"),
        (5, "empty"),
    ],
)
def test_check_path_refuses_names_that_escape_or_break_a_laptop(path, rule):
    with pytest.raises(PackRefused) as e:
        check_path(path)
    assert e.value.code == "bad_path"
    assert e.value.fields["rule"] == rule
    assert "path" in e.value.fields


@pytest.mark.parametrize(
    "path",
    [
        "video/第1讲 导入.mp4",
        "a.b.c",
        "console.txt",
        "COM10.txt",
        "lpt.txt",
        "x" * 240,
        "视" * 85,
        "cons/..a",
        ".hidden/x",
    ],
)
def test_check_path_keeps_ordinary_names(path):
    assert check_path(path) == path


def test_names_that_collide_on_windows_are_refused():
    with pytest.raises(PackRefused) as e:
        check_paths(["A.mp4", "a.mp4"])
    assert e.value.code == "path_clash"
    with pytest.raises(PackRefused) as e:
        check_paths(["v/a.mp4", "v/a.mp4"])
    assert e.value.code == "duplicate_path"
    with pytest.raises(PackRefused) as e:
        check_paths(["docs", "DOCS/a.pdf"])  # a file where a folder must go
    assert e.value.code == "path_clash"
    check_paths(["docs/a.pdf", "docs/b.pdf", "Video/a.mp4"])


def test_a_built_pack_converts_to_catalogue_and_rules(tmp_path):
    folder = built_pack(tmp_path)
    m = verify_pack(folder, TRUST, demo=False, check_hashes=True)
    assert (m.id, m.version, folder.name) == ("a5-intro", 5, "a5-intro-v5.songpack")
    assert m.publisher_key_id == PUBLISHER.public.key_id
    cat = m.catalog()
    assert [c.id for c in cat.courses] == ["a5-intro-a5"]
    course = cat.courses[0]
    assert course.ability_point == "A5" and course.pack == "a5-intro"
    kinds = {x.id: x.kind for x in cat.lessons}
    assert kinds == {
        "a5-intro-a5-l1": VIDEO,
        "a5-intro-a5-l2": DOCUMENT,
        "a5-intro-a5-q": QUIZ,
        "a5-intro-a5-p1": DOCUMENT,
    }
    video = cat.lesson("a5-intro-a5-l1")
    assert video.media == "video/intro.mp4" and video.duration_s == 5400.0
    assert video.nominal_seconds(2700) == 5400  # its 2 学时, which its length allows
    assert cat.lesson("a5-intro-a5-q").quiz.bank == "quiz/a5.json"
    assert cat.lesson("a5-intro-a5-q").quiz.draw == 2
    assert cat.lesson("a5-intro-a5-p1").category == "practice"
    rules = m.rules()
    assert rules.id == "sichuan-2.0" and rules.min_practice_hours == 30
    (point,) = m.ability_points
    assert point.code == "A5" and point.evidence_slots[0].types == ("docx", "pdf")
    # The manifest is canonical JSON: re-serialising gives the signed bytes back.
    assert canonical(json.loads(m.raw)) == m.raw


def refusal(folder, trust=TRUST, demo=False, **kw) -> PackRefused:
    with pytest.raises(PackRefused) as e:
        verify_pack(folder, trust, demo, **kw)
    assert e.value.fields["pack"] == str(folder)
    return e.value


def test_unknown_revoked_and_demo_keys_are_refused(tmp_path):
    folder = built_pack(tmp_path)
    assert refusal(folder, TrustStore()).code == "unknown_key"
    assert refusal(folder, TrustStore().add(OTHER.public, 0)).code == "unknown_key"
    revoked = TrustStore(TRUST.entries, frozenset({PUBLISHER.public.key_id}))
    assert refusal(folder, revoked).code == "revoked_key"
    demo_only = TrustStore().add(PUBLISHER.public, 0, demo_only=True)
    assert refusal(folder, demo_only).code == "demo_key"
    assert verify_pack(folder, demo_only, demo=True).id == "a5-intro"


def test_a_look_alike_signature_is_refused(tmp_path):
    folder = built_pack(tmp_path)
    # Another key signs and claims the trusted key's id: the id is a name, not a proof.
    forge(folder, lambda d: d.update(title="冒名"), key=OTHER)
    sig = json.loads((folder / "manifest.sig").read_text())
    sig["key_id"] = PUBLISHER.public.key_id
    (folder / "manifest.sig").write_text(json.dumps(sig))
    assert refusal(folder).code == "bad_signature"


def test_one_changed_byte_in_the_manifest_or_signature_is_refused(tmp_path):
    folder = built_pack(tmp_path)
    raw = (folder / MANIFEST).read_bytes()
    for i in (0, len(raw) // 2, len(raw) - 1):
        (folder / MANIFEST).write_bytes(raw[:i] + bytes([raw[i] ^ 1]) + raw[i + 1 :])
        assert refusal(folder).code == "bad_signature"
    (folder / MANIFEST).write_bytes(raw)
    (folder / "manifest.sig").write_text("{}")
    assert refusal(folder).code == "bad_signature_file"


def test_listed_files_must_be_exactly_the_files_present(tmp_path):
    folder = built_pack(tmp_path)
    files = folder / FILES
    (files / "video" / "planted.exe").write_bytes(b"MZ")
    e = refusal(folder)
    assert (e.code, e.fields["path"]) == ("unlisted_file", "video/planted.exe")
    (files / "video" / "planted.exe").unlink()

    doc = files / "docs" / "清单.pdf"
    keep = doc.read_bytes()
    doc.unlink()
    e = refusal(folder)
    assert (e.code, e.fields["path"]) == ("missing_file", "docs/清单.pdf")

    doc.write_bytes(keep + b"\n% one more line")
    e = refusal(folder)
    assert e.code == "size_mismatch" and e.fields["found"] == len(keep) + 16

    doc.write_bytes(keep[:-1] + bytes([keep[-1] ^ 0xFF]))  # same size, one byte changed
    assert verify_pack(folder, TRUST, demo=False).id == "a5-intro"  # sizes hold
    e = refusal(folder, check_hashes=True)
    assert (e.code, e.fields["path"]) == ("hash_mismatch", "docs/清单.pdf")


def test_a_link_inside_files_is_refused_not_followed(tmp_path):
    folder = built_pack(tmp_path)
    os.symlink("/etc/passwd", folder / FILES / "docs" / "passwd")
    e = refusal(folder)
    assert (e.code, e.fields["path"]) == ("not_a_file", "docs/passwd")


def test_not_a_pack(tmp_path):
    assert refusal(tmp_path / "nothing").code == "not_a_pack"
    (tmp_path / "empty.songpack").mkdir()
    assert refusal(tmp_path / "empty.songpack").code == "not_a_pack"


def manifest_of(tmp_path):
    folder = built_pack(tmp_path)
    return json.loads((folder / MANIFEST).read_bytes())


def parse_refusal(data) -> PackRefused:
    with pytest.raises(PackRefused) as e:
        parse_manifest(canonical(data) if not isinstance(data, bytes) else data)
    return e.value


def test_every_field_is_checked(tmp_path):
    good = manifest_of(tmp_path)
    assert parse_manifest(canonical(good)).id == "a5-intro"

    def changed(fn):
        d = json.loads(json.dumps(good))
        fn(d)
        return parse_refusal(d)

    lesson = ("courses", 0, "lessons")
    cases = [
        (lambda d: d.update(extra=1), "extra", "unknown"),
        (lambda d: d.pop("title"), "title", "missing"),
        (lambda d: d.update(id="CON"), "id", "bad_id"),
        (lambda d: d.update(id="Has Space"), "id", "bad_id"),
        (lambda d: d.update(id="con"), "id", "bad_id"),
        (lambda d: d.update(version=0), "version", "out_of_range"),
        (lambda d: d.update(version="5"), "version", "not_an_integer"),
        (lambda d: d.update(version=True), "version", "not_an_integer"),
        (lambda d: d.update(created="yesterday"), "created", "not_a_date"),
        (lambda d: d["programme"].pop("goal_hours"), "programme", "invalid"),
        (
            lambda d: d[lesson[0]][0][lesson[2]][0].update(hours=-1),
            "courses[0].lessons[0].hours",
            "out_of_range",
        ),
        (
            lambda d: d[lesson[0]][0][lesson[2]][0].update(category="offline"),
            "courses[0].lessons[0].category",
            "unknown_value",
        ),
        (
            lambda d: d[lesson[0]][0][lesson[2]][0].update(media="video/other.mp4"),
            "courses[0].lessons[0].media",
            "file_not_listed",
        ),
        (
            lambda d: d[lesson[0]][0][lesson[2]][1].update(media="video/intro.mp4"),
            "courses[0].lessons[1].media",
            "not_for_this_kind",
        ),
        (
            lambda d: d[lesson[0]][0].update(ability_point="B9"),
            "courses[0].ability_point",
            "not_listed",
        ),
        (
            lambda d: d[lesson[0]][0][lesson[2]].append(d[lesson[0]][0][lesson[2]][0]),
            "courses",
            "duplicate_lesson_id",
        ),
        (lambda d: d["files"][0].update(sha256="XYZ"), "files[0].sha256", "not_a_sha256"),
    ]
    for fn, field, problem in cases:
        e = changed(fn)
        assert e.code == "bad_manifest", (field, e.code)
        assert (e.fields["field"], e.fields["problem"]) == (field, problem), (field, e.fields)
    assert changed(lambda d: d.update(format=2)).code == "unsupported_format"
    assert changed(lambda d: d.update(total_size=d["total_size"] + 1)).code == "total_size_mismatch"
    assert parse_refusal(b"not json {").code == "manifest_not_json"
    assert parse_refusal(b"[1, 2]").code == "manifest_not_json"
    assert parse_refusal(b'{"format": NaN}').code == "manifest_not_json"
    assert parse_refusal(b"\xff\xfe").code == "manifest_not_json"


def test_caps(tmp_path):
    good = manifest_of(tmp_path)
    big = json.loads(json.dumps(good))
    big["total_size"] = 70 * 1024**3
    e = parse_refusal(big)
    assert e.code == "pack_too_large" and e.fields["size"] == 70 * 1024**3

    many = json.loads(json.dumps(good))
    many["files"] = [
        {"path": f"v/{i}.mp4", "size": 4 * 1024**3 - 1, "sha256": "0" * 64} for i in range(18)
    ]
    many["total_size"] = sum(f["size"] for f in many["files"])
    many["courses"] = []
    assert parse_refusal(many).code == "pack_too_large"

    huge = json.loads(json.dumps(good))
    huge["files"][0]["size"] = 4 * 1024**3
    assert parse_refusal(huge).code == "file_too_large"

    crowd = json.loads(json.dumps(good))
    crowd["files"] = [{"path": f"{i}", "size": 0, "sha256": "0" * 64} for i in range(100_001)]
    assert parse_refusal(crowd).code == "too_many_files"
