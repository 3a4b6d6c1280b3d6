"""Searching what the laptop teaches: the real demo pack installed, then its readings' words,
Chinese title fragments of two and of three or more characters, and an index that follows the
installed packs (rebuilt when it is missing, damaged or older than the last install)."""

from __future__ import annotations

import sqlite3

import pytest

from content.demo_key import demo_publisher
from sync.laptop import catalogue_search
from sync.laptop.laptop import DEMO_MARKER, Laptop


@pytest.fixture
def taught(laptop, demo_pack):
    (laptop.data_dir / DEMO_MARKER).touch()  # the demo key signs packs for demo profiles only
    laptop.add_trust(demo_publisher(), demo_only=True)
    laptop.install_pack(demo_pack)
    return laptop


def ids(hits) -> list[str]:
    return [h.lesson_id for h in hits]


def test_a_word_found_only_inside_a_reading_finds_that_reading(taught):
    assert all("方言童谣" not in lesson.title for lesson in taught.catalog.lessons)
    (hit,) = taught.search_catalogue("方言童谣")
    assert hit.lesson_id == "a5-l2"
    assert hit.title == "阅读：没有网络也能用的导入素材"
    assert hit.course == "A5 技术支持的课堂导入"
    assert "方言童谣" in hit.snippet and "\n" not in hit.snippet


def test_a_two_character_title_fragment_finds_its_lesson_first(taught):
    hits = taught.search_catalogue("小测")
    assert ids(hits)[0] == "a1-l1"
    assert hits[0].title == "视频：五分钟小测，摸清学情"


def test_a_longer_title_fragment_finds_its_lesson_first(taught):
    hits = taught.search_catalogue("条形图")
    assert ids(hits)[0] == "a1-l2"
    assert "a1-l2" in ids(taught.search_catalogue("纸笔快测与成绩"))


def test_every_word_must_be_there(taught):
    assert ids(taught.search_catalogue("导入 素材"))[0] == "a5-l2"
    assert taught.search_catalogue("方言童谣 条形图") == []
    assert taught.search_catalogue("   ") == []


def test_search_words_are_words_not_query_syntax(taught):
    for query in ("NOT", '"', "导入 OR", "a%_", "*", "方言童谣)"):
        taught.search_catalogue(query)  # no query syntax error reaches the search box
    assert taught.search_catalogue("a%_") == []


def test_the_index_follows_the_installed_packs(laptop, demo_pack):
    # Before any pack: the demo catalogue's titles.
    assert ids(laptop.search_catalogue("成绩条形图")) == ["a1-l2"]
    assert laptop.search_catalogue("方言童谣") == []
    (laptop.data_dir / DEMO_MARKER).touch()
    laptop.add_trust(demo_publisher(), demo_only=True)
    laptop.install_pack(demo_pack)
    assert ids(laptop.search_catalogue("方言童谣")) == ["a5-l2"]


@pytest.mark.parametrize("damage", ["missing", "garbage", "stale"])
def test_a_laptop_whose_index_is_missing_damaged_or_stale_rebuilds_it(taught, damage):
    index = taught.data_dir / catalogue_search.INDEX_FILE
    if damage == "missing":
        index.unlink()
    elif damage == "garbage":
        index.write_bytes(b"not a database" * 100)
    else:  # built before this pack was installed, as on a laptop older than search
        catalogue_search.rebuild(taught.data_dir, taught.catalog)
        with sqlite3.connect(index) as conn:
            conn.execute("UPDATE built_for SET key = '[]'")
            conn.execute("DELETE FROM lessons")
            conn.execute("INSERT INTO lessons_fts(lessons_fts) VALUES ('rebuild')")
        conn.close()
    again = Laptop.open(taught.data_dir)
    try:
        assert ids(again.search_catalogue("方言童谣")) == ["a5-l2"]
    finally:
        again.close()
