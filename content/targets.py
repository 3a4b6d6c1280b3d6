"""The county's targets table (专任教师总数 and a yearly target per 区县), read from CSV (or
from a workbook's rows: sync.county.targets_file).

The Guang'an 1.0 table in data/ is a real one: `district, full_time_teachers_2013,
target_2014, …`, district names in traditional characters. Chinese headers (区县, 专任教师总数,
2014年目标) are accepted too. A wrong file is refused whole, naming the line and the column."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from importlib import resources

from .errors import SongpeiError

# Enough traditional → simplified to match the district names county tables use to the
# simplified names schools write (廣安區 → 广安区), and the words that tell a school's 学段
# (初級中學 → 初级中学: content.school_stages).
_T2S = str.maketrans(
    "廣區華鎣縣鄰勝鋒經開協興園棗屬學嶽陽東寧義龍鳳雲鎮鄉橋級貫點",
    "广区华蓥县邻胜锋经开协兴园枣属学岳阳东宁义龙凤云镇乡桥级贯点",
)


_WHOLE = re.compile(r"[0-9]+")
# A count of teachers: nine digits is already more than the country has; a longer number is a
# pasted ID or a slipped key, and would overflow SQLite's integers further on.
MAX_DIGITS = 9


class TargetsInvalid(SongpeiError):
    """A targets file that cannot be used (path=..., line=..., column=..., reason=...)."""


@dataclass(frozen=True)
class DistrictTarget:
    district: str  # simplified characters
    teachers_total: int
    targets: dict[int, int]  # year → teachers to train that year


def simplified(name: str) -> str:
    return name.strip().translate(_T2S)


def _year(header: str) -> int | None:
    m = re.fullmatch(r"(?:target_(\d{4})|(\d{4})\s*年?\s*目标)", header.strip())
    return int(m.group(1) or m.group(2)) if m else None


def parse_targets(data: bytes, source: str) -> list[DistrictTarget]:
    """The table from CSV bytes (UTF-8, a BOM is fine)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise TargetsInvalid(path=source, line=1, column="", reason="not-utf8") from None
    return targets_from_rows(list(csv.reader(io.StringIO(text))), source)


def targets_from_rows(rows: list[list[str]], source: str) -> list[DistrictTarget]:
    """The table from rows of cell texts, whatever file they came from (CSV, a workbook)."""
    if not rows:
        raise TargetsInvalid(path=source, line=1, column="", reason="empty")
    header = [h.strip() for h in rows[0]]
    district_col = next(
        (i for i, h in enumerate(header) if h in ("district", "区县", "區縣")), None
    )
    total_col = next(
        (
            i
            for i, h in enumerate(header)
            if h.startswith("full_time_teachers") or h == "专任教师总数"
        ),
        None,
    )
    years = {i: _year(h) for i, h in enumerate(header)}
    if district_col is None:
        raise TargetsInvalid(path=source, line=1, column="district", reason="missing-column")
    # A missing column is named in the words the header itself uses.
    chinese = header[district_col] != "district"
    if total_col is None:
        raise TargetsInvalid(
            path=source,
            line=1,
            reason="missing-column",
            column="专任教师总数" if chinese else "full_time_teachers",
        )
    for i, h in enumerate(header):
        if i not in (district_col, total_col) and years[i] is None:
            raise TargetsInvalid(path=source, line=1, column=h, reason="unknown-column")
    if not any(years.values()):
        raise TargetsInvalid(
            path=source,
            line=1,
            reason="missing-column",
            column="YYYY年目标" if chinese else "target_YYYY",
        )
    out, seen = [], set()
    for n, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise TargetsInvalid(path=source, line=n, column="", reason="cell-count")
        district = simplified(row[district_col])
        if not district or district in seen:
            raise TargetsInvalid(
                path=source,
                line=n,
                column=header[district_col],
                reason="duplicate" if district else "empty",
            )
        seen.add(district)
        numbers = {}
        for i, cell in enumerate(row):
            if i == district_col:
                continue
            digits = cell.strip()
            if not _WHOLE.fullmatch(digits):  # ASCII only: "²".isdigit() but int() refuses it
                raise TargetsInvalid(path=source, line=n, column=header[i], reason="not-number")
            if len(digits.lstrip("0")) > MAX_DIGITS:
                raise TargetsInvalid(path=source, line=n, column=header[i], reason="too-large")
            numbers[i] = int(digits)
        out.append(
            DistrictTarget(
                district,
                numbers[total_col],
                {y: v for i, v in numbers.items() if (y := years[i])},
            )
        )
    return out


# The real Guang'an table of the 1.0 programme (2014–2017), package data of `content`: what a
# county's own table looks like, and the benchmarks' county.
GUANGAN_TABLE = "data/guangan-targets-2014-2017.csv"
# The demo county's 2.0 table (2019–2023): the same districts, made up for the demo (no
# official table is claimed), every teacher of 2018 to be trained by the end of 2023.
DEMO_TABLE = "data/demo-targets-2019-2023.csv"


def guangan_targets() -> list[DistrictTarget]:
    """The real Guang'an 1.0 table shipped with the kit, parsed."""
    return _shipped(GUANGAN_TABLE)


def demo_targets() -> list[DistrictTarget]:
    """The demo county's illustrative 2.0 table, parsed."""
    return _shipped(DEMO_TABLE)


def _shipped(name: str) -> list[DistrictTarget]:
    return parse_targets(resources.files("content").joinpath(name).read_bytes(), name)


def district_of(school: str, districts: list[str]) -> str:
    """The district a school belongs to, from its name ("岳池县花桥中心小学" → 岳池县); "" if none
    matches (a roster mapping schools to districts would settle those)."""
    name = simplified(school)
    matches = [d for d in districts if name.startswith(d)]
    return max(matches, key=len) if matches else ""


_PREFIX = re.compile(r"^(?:[\u4e00-\u9fff]{1,5}?[省市县区])+")
_TOWNSHIP = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:街道|镇|乡)")


def township_of(school: str, district: str = "") -> str:
    """The 乡 / 镇 / 街道 a school belongs to, from its name: what follows the district
    ("岳池县花桥镇中心小学" → 花桥镇); "" when the name names none ("岳池县第一中学"). Without a
    known district, leading province / city / county names are skipped."""
    name = simplified(school)
    district = simplified(district)
    if district and name.startswith(district):
        name = name[len(district) :]
    else:
        name = _PREFIX.sub("", name, count=1)
    m = _TOWNSHIP.match(name)
    if not m or any(word in m.group() for word in ("小学", "中学", "学校", "幼儿")):
        return ""
    return m.group()
