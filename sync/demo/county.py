"""A demo county to look at: a county key, a hub with the demo's 2.0 targets table (the
Guang'an districts, 2019–2023: content.targets.demo_targets), and school laptops across its
districts whose study, evidence and county decisions went through the real parts (journal,
signed pack, encrypted bundles, import, decisions, receipts), all dated within the 2.0
programme's years.

Sized like the table at `scale` (1.0: about 32,000 teachers; the default, about 100 in about
14 laptops, builds in seconds); the targets are scaled alike, so rates read as a real
county's would. Each laptop's school studies in one year, drawn as its district's targets
spread over the years. Schools are named after their district and township, and their kind
(小学, 初级中学, 完全中学) says which 学段 they teach, so the dashboard can place them and each
teacher teaches a 学科 her school has (content.school_stages). One laptop's clock is wrong (a
dead clock battery: dated before any kit existed, a clock-skew flag), one is not yet known to
the county (a quarantined bundle)."""

from __future__ import annotations

import datetime as dt
import math
import random
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from content.keys import PrivateKey, generate
from content.pack_build import build as build_pack
from content.targets import DistrictTarget, demo_targets
from sync.base.durable import atomic_write_bytes
from sync.base.errors import SongpeiError
from sync.base.events import EVIDENCE_RATED
from sync.county import rosters, school_documents
from sync.county.hub import Hub
from sync.county.mail import write_mail
from sync.county.measures import EARLIEST_YEAR
from sync.county.roster_files import Selected
from sync.demo.simulate import simulate
from sync.laptop import evidence
from sync.laptop.inbox import receive
from sync.laptop.laptop import Laptop
from sync.laptop.outbox import export_bundle

MARKER = "demo-county"
# What the marker of a finished build names: a demo county built before it became a 2.0
# county (its marker names none) is built afresh, not shown as it was.
EDITION = "2.0c"  # b: each year's project and its list; c: study in China-time afternoons
HUB_FILE = "county-hub.db"
KEY_FILE = "county.key"
PASSPHRASE_FILE = "county-passphrase.txt"
PASSPHRASE = b"songpei-demo-county"  # a demo's key: public on purpose, never a real county's
TEACHERS_PER_LAPTOP = 12
DEFAULT_SCALE = 0.003
# What build() tells as it goes: keys and the demo pack, the laptops (one by one), the county's
# import of their bundles, its decisions on evidence, and its receipts back to the laptops.
STEPS = ("keys", "laptops", "import", "decisions", "receipts")
OFFICER = "县教师发展中心（演示）"
TOWNS = (
    "协兴",
    "花桥",
    "龙台",
    "肖溪",
    "恒升",
    "石笋",
    "白市",
    "大龙",
    "兴隆",
    "观塘",
    "九龙",
    "顾县",
    "坪滩",
    "罗渡",
    "天池",
    "溪口",
)
KINDS = ("中心小学", "初级中学", "完全小学", "完全中学")
# The 2.0 programme's years (教育部 2019: every teacher 50 学时 by 2023), and the pack's date.
YEARS = range(2019, 2024)
PACK_DATE = dt.date(2019, 9, 1)
DEAD_CLOCK = dt.date(2013, 9, 1)  # where a laptop with a dead clock battery thinks it is
POINTS = {"A1": "技术支持的学情分析", "A3": "演示文稿设计与制作", "A5": "技术支持的课堂导入"}
POINT = """
[[ability_points]]
code = "{code}"
name = "{name}"
practice_hours = 10

  [[ability_points.evidence_slots]]
  id = "plan"
  kind = "plan"
  title = "设计方案"

  [[ability_points.evidence_slots]]
  id = "reflection"
  kind = "reflection"
  title = "反思"
"""
COURSE = """
[[courses]]
id = "{c}"
title = "{code} {name}"
ability_point = "{code}"

  [[courses.lessons]]
  id = "{c}-l1"
  title = "{name}：入门"
  hours = 4
  category = "online"
  kind = "document"
  document = "readings/{c}-l1.md"

  [[courses.lessons]]
  id = "{c}-l2"
  title = "{name}：课例"
  hours = 4
  category = "online"
  kind = "document"
  document = "readings/{c}-l2.md"
"""
PACK = """\
id = "songpei-demo-county"
version = 1
title = "提升工程 2.0 演示县课程"
created = {created}
programme = "national-2.0"
"""


class NotADemoCounty(SongpeiError):
    """The folder holds something other than a demo county; it was left alone (path=...)."""


@dataclass(frozen=True)
class DemoCounty:
    folder: Path
    hub_path: Path
    key_path: Path
    passphrase_path: Path
    laptops: int
    teachers: int


def built(folder: Path) -> DemoCounty | None:
    """The demo county already built in `folder`, if there is a finished one of this EDITION."""
    folder = Path(folder)
    marker = folder / MARKER
    words = marker.read_text(encoding="utf-8").split() if marker.exists() else []
    if len(words) != 4 or words[0] != "done" or words[3] != EDITION:
        return None
    _, laptops, teachers, _ = words
    return DemoCounty(
        folder,
        folder / HUB_FILE,
        folder / KEY_FILE,
        folder / PASSPHRASE_FILE,
        int(laptops),
        int(teachers),
    )


def build(
    folder: Path,
    scale: float = DEFAULT_SCALE,
    seed: int = 2021,
    progress: Callable[[int, int], None] | None = None,
    step: Callable[[str], None] | None = None,
) -> DemoCounty:
    """Build (or find, if already built) the demo county in `folder`. A folder holding
    anything else is refused; a build that was interrupted, or one of an earlier edition, is
    started afresh.
    `step(name)` hears as each of STEPS begins; `progress(done, total)` how far the step has
    come: after each laptop simulated, each bundle imported, each submission decided on, and
    each receipt written and then applied on its laptop. At `scale` 1.0 (about 32,000
    teachers on 2,700 laptops) a build takes about an hour; the default takes seconds."""

    def begin(name: str) -> None:
        if step is not None:
            step(name)

    folder = Path(folder).absolute()
    found = built(folder)
    if found is not None:
        return found
    marker = folder / MARKER
    if folder.exists() and any(folder.iterdir()):
        if not marker.exists():
            raise NotADemoCounty(path=str(folder))
        shutil.rmtree(folder)
    folder.mkdir(parents=True, exist_ok=True)
    marker.write_text("building\n", encoding="utf-8")
    rng = random.Random(seed)
    plans = random.Random(seed + 1)  # its own stream: the rest of the county stays as it was
    enrolled: dict[int, list[Selected]] = {}  # by year: who enrolled on the laptops

    begin("keys")
    county = generate("county", "广安市教师发展中心（演示）")
    key_path = folder / KEY_FILE
    atomic_write_bytes(key_path, county.to_bytes(PASSPHRASE))
    atomic_write_bytes(folder / PASSPHRASE_FILE, PASSPHRASE + b"\n")
    atomic_write_bytes(folder / "county.pub", county.public.to_bytes())
    publisher = generate("publisher", "广安市教师发展中心（演示）")
    pack = _pack(folder / "pack-source", publisher, folder / "packs")

    hub = Hub.init(folder / HUB_FILE, county, key_path)
    try:
        table = demo_targets()
        hub.set_targets(_scaled(table, scale))
        hub.add_publisher(publisher.public)
        hub.install_pack(pack)
        plan = _plan(table, scale, rng)
        begin("laptops")
        drive = folder / "drive"
        teachers = 0
        for n, (schools, size, start, days) in enumerate(plan):
            data = folder / "laptops" / f"{n + 1:04d}"
            # enrolled, school team named and pack installed the morning study begins
            with Laptop.open(data, wall_clock_ms=_clock(start)) as laptop:
                laptop.add_trust(publisher.public)
                laptop.add_trust(county.public)
                laptop.install_pack(pack)
                result = simulate(laptop, size, days, seed + n, start=start, schools=schools)
                teachers += result.teachers
                _practice(laptop, rng, start, days)
                enrolled.setdefault(start.year, []).extend(
                    Selected(t.id_number, t.name, t.school) for t in laptop.teachers.all()
                )
                _plans(laptop, plans, folder / "plans" / data.name, start, days)
                if n != 1:  # the second laptop has not been registered yet: quarantine
                    hub.enrol(laptop.journal.device_id, laptop.journal.device.public_bytes)
                export_bundle(laptop, drive)
            if progress:
                progress(n + 1, len(plan))
        begin("import")
        hub.import_paths([drive], county, report=progress)
        begin("decisions")
        _decide(hub, rng, progress)
        _rate_plans(hub, plans)
        _projects(hub, enrolled)
        begin("receipts")
        write_mail(hub, drive, county, progress=progress)
        for n, (_, _, start, days) in enumerate(plan):
            # the trainer brings the county's receipt a few weeks after the last study
            back = _clock(start + dt.timedelta(days=days + 20))
            with Laptop.open(folder / "laptops" / f"{n + 1:04d}", wall_clock_ms=back) as laptop:
                receive(laptop, drive)
            if progress:
                progress(n + 1, len(plan))
    finally:
        hub.close()
    marker.write_text(f"done {len(plan)} {teachers} {EDITION}\n", encoding="utf-8")
    return DemoCounty(
        folder, folder / HUB_FILE, key_path, folder / PASSPHRASE_FILE, len(plan), teachers
    )


def _clock(day: dt.date) -> Callable[[], int]:
    """A laptop's clock that reads 08:00 (China time) on `day` when asked first, and runs on
    from there."""
    base = int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc).timestamp())
    began = time.monotonic_ns()
    return lambda: base * 1000 + (time.monotonic_ns() - began) // 1_000_000


def _pack(src: Path, publisher: PrivateKey, out: Path) -> Path:
    """A small signed pack: two reading lessons (8 学时 online) and one ability point (10 学时
    practice) per course, so a teacher who works can finish (50 学时, half of it practice)."""
    (src / "readings").mkdir(parents=True)
    courses = []
    for code, name in POINTS.items():
        c = code.lower()
        for lesson in ("l1", "l2"):
            (src / "readings" / f"{c}-{lesson}.md").write_text(
                f"# {name}\n\n演示用阅读材料。\n", encoding="utf-8"
            )
        courses.append(COURSE.format(c=c, code=code, name=name))
    points = "".join(POINT.format(code=code, name=name) for code, name in POINTS.items())
    head = PACK.format(created=PACK_DATE.isoformat())
    (src / "pack.toml").write_text(head + points + "".join(courses), encoding="utf-8")
    return build_pack(src, publisher, out, today=PACK_DATE).folder


def _scaled(targets: list[DistrictTarget], scale: float) -> list[DistrictTarget]:
    """The table at the demo's scale, so its rates read as a county's would (1.0: as is)."""
    return [
        DistrictTarget(
            t.district,
            max(1, round(t.teachers_total * scale)),
            {y: round(n * scale) for y, n in t.targets.items()},
        )
        for t in targets
    ]


def _plan(targets, scale: float, rng: random.Random) -> list[tuple[list[str], int, dt.date, int]]:
    """(schools, teachers, first day, days) per laptop, laptops per district as the table's
    专任教师总数 at `scale`. A laptop's school studies in one of YEARS, drawn as its district's
    targets weigh them, from March to autumn, so its practice is rated within that year
    too. The first laptop's clock is years behind."""
    plan: list[tuple[list[str], int, dt.date, int]] = []
    for t in targets:
        people = max(1, round(t.teachers_total * scale))
        laptops = math.ceil(people / TEACHERS_PER_LAPTOP)
        weights = [t.targets.get(y, 0) for y in YEARS]
        for i in range(laptops):
            size = people // laptops + (1 if i < people % laptops else 0)
            town = TOWNS[(i + len(plan)) % len(TOWNS)]
            school = (
                f"{t.district}{town}镇{KINDS[(i + len(plan)) % len(KINDS)]}"
                if t.district.endswith(("区", "县", "市")) and "园区" not in t.district
                else f"{t.district}第{i + 1}{('小学', '中学')[i % 2]}"
            )
            year = rng.choices(YEARS, weights)[0] if any(weights) else rng.choice(YEARS)
            # 80 days of study and a fortnight of practice from mid-September at the latest
            # still end by mid-December: nothing slips into the next year.
            start = dt.date(year, 3, 1) + dt.timedelta(days=rng.randrange(200))
            plan.append(([school], size, start, rng.randint(50, 80)))
    if plan:
        _, size, _, days = plan[0]
        plan[0] = (plan[0][0], size, DEAD_CLOCK, days)
    return plan


def _practice(laptop: Laptop, rng: random.Random, start: dt.date, days: int) -> None:
    """Ability points, evidence and the school team's ratings, dated within the laptop's
    study weeks (written through the journal like the simulated study)."""
    people = laptop.teachers.all()
    if len(people) < 2:
        return
    head = laptop.teachers.set_school_team(people[0].id, True)
    base = int(
        dt.datetime(start.year, start.month, start.day, 12, tzinfo=dt.timezone.utc).timestamp()
        * 1000
    )
    day = 86_400_000
    for t in people[1:]:
        if rng.random() < 0.1:
            continue  # not started on practice yet
        codes = list(POINTS)
        wall = base + rng.randrange(days) * day
        laptop.journal.append(t.id, evidence.POINTS_CHOSEN, {"points": codes}, wall_ms=wall)
        for code in codes[: rng.choices([1, 2, 3], [1, 1, 8])[0]]:
            wall += rng.randrange(1, 5) * day
            sub = laptop.journal.append(
                t.id,
                evidence.SUBMITTED,
                {
                    "point": code,
                    "slots": {
                        "plan": f"{POINTS[code]}：一节{t.subject}课的设计",
                        "reflection": "课后反思：学生参与度提高，下次改进小组任务。",
                    },
                },
                wall_ms=wall,
            )
            if rng.random() < 0.95:
                level = rng.choices(["excellent", "pass", "fail"], [2, 7, 1])[0]
                laptop.journal.append(
                    t.id,
                    EVIDENCE_RATED,
                    {
                        "submission": sub.id,
                        "point": code,
                        "level": level,
                        "comment": "",
                        "rater": head.id,
                    },
                    wall_ms=wall + day,
                )


def _plans(laptop: Laptop, rng: random.Random, folder: Path, start: dt.date, days: int) -> None:
    """Most schools' 信息化管理团队 filed their 信息化发展规划 and 校本研修方案 (整校推进), some
    only one, a few neither; dated within the laptop's study weeks like its other work."""
    team = [t for t in laptop.teachers.all() if t.school_team]
    if not team:
        return
    head = team[0]
    kinds = [k for k in evidence.DOCUMENT_KINDS if rng.random() < 0.75]
    base = int(
        dt.datetime(start.year, start.month, start.day, 12, tzinfo=dt.timezone.utc).timestamp()
        * 1000
    )
    folder.mkdir(parents=True, exist_ok=True)
    words = {"development_plan": "信息化发展规划", "training_plan": "校本研修方案"}
    for kind in kinds:
        source = folder / f"{head.school}{words[kind]}.txt"
        source.write_text(
            f"{head.school}{words[kind]}（演示）\n一、现状分析\n二、目标\n三、措施与分工\n",
            encoding="utf-8",
        )
        stored = evidence.store_file(
            laptop,
            source,
            evidence.DOCUMENT_MAX_BYTES,
            lambda reason, k=kind, **more: evidence.EvidenceRefused(
                point=evidence.SCHOOL_POINT, slot=k, reason=reason, **more
            ),
        )
        laptop.journal.append(
            head.id,
            evidence.DOCUMENT_FILED,
            {"kind": kind, "file": stored},
            wall_ms=base + rng.randrange(max(days, 1)) * 86_400_000,
        )


def _projects(hub: Hub, enrolled: dict[int, list[Selected]]) -> None:
    """Each year's project as a county runs it (名额到校、通知到人): its list names the teachers
    of the laptops that study that year. The laptop still waiting for approval holds some of
    them, so the county does not know yet that they came: 报到率 stays below 100 % there. A
    year before any kit existed is a wrong clock, not a year of the programme."""
    for year, people in sorted(enrolled.items()):
        if year < EARLIEST_YEAR:
            continue
        project = rosters.add_project(
            hub,
            year,
            f"{year} 年信息技术应用能力提升工程 2.0 县级培训（演示）",
            "广安市教师发展中心（演示）",
            f"{year}-03-01",
            f"{year}-12-31",
            "mixed",
        )
        # A teacher enrolled on two laptops (one 身份证号: the simulation draws a few at full
        # size, as a real county has them) is on the list once.
        once: dict[str, Selected] = {}
        for person in people:
            once.setdefault(person.id_number, person)
        rosters.set_selection(hub, project.id, list(once.values()))


def _rate_plans(hub: Hub, rng: random.Random) -> None:
    """The county has rated about half of the plans that arrived; a few need changes."""
    for doc in school_documents.documents(hub):
        if rng.random() < 0.5:
            continue
        if rng.random() < 0.2:
            school_documents.rate(
                hub, doc.event_id, "不合格", "缺少年度目标与分工，请补充", OFFICER
            )
        else:
            school_documents.rate(hub, doc.event_id, "合格", "", OFFICER)


def _decide(
    hub: Hub, rng: random.Random, progress: Callable[[int, int], None] | None = None
) -> None:
    """The county has decided on about a third of the submissions; most are recognised."""
    pending = hub.evidence_submissions("pending")
    for n, item in enumerate(pending, start=1):
        if progress:
            progress(n, len(pending))
        if rng.random() > 0.35:
            continue
        if item.school_level == "fail" or rng.random() < 0.1:
            hub.decide_evidence(
                item.submission_id,
                "不合格",
                False,
                "方案与所选能力点不符，请修改后重新提交",
                OFFICER,
            )
        else:
            hub.decide_evidence(
                item.submission_id, rng.choice(["合格", "合格", "优秀"]), True, "", OFFICER
            )
