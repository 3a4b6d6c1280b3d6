"""Realistic learning written through the real journal API, reproducible for a seed.

Used by benchmarks, tests and the demo. Resumable: every event id comes from the seeded
random stream, so running the same command again (after a crash, say) skips what is already
written and finishes the rest; it never writes an event twice."""

from __future__ import annotations

import datetime as dt
import random
import shutil
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from content.catalog import ONLINE, Catalog
from content.keys import PublicKey
from content.school_stages import PRIMARY, SUBJECTS, stages_of
from sync.base import idcard
from sync.base.datadir import prepare_data_dir
from sync.base.durable import atomic_write_bytes
from sync.base.errors import DataDirUnusable, DuplicateIdNumber, SongpeiError
from sync.base.events import LESSON_SESSION
from sync.base.events import TEACHER_SIGNED_IN as SIGNED_IN
from sync.laptop.journal import Draft
from sync.laptop.laptop import DEMO_MARKER, Laptop
from sync.laptop.teachers import Teacher

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国志红云飞鹏晓燕春梅海波"
# Guang'an districts (as in the targets table) and their area codes.
AREAS = {
    "511602": "广安区",
    "511681": "华蓥市",
    "511621": "岳池县",
    "511622": "武胜县",
    "511623": "邻水县",
    "511603": "前锋区",
}
TOWNS = "协兴 花桥 龙台 肖溪 恒升 石笋 白市 大龙 兴隆 观塘".split()
SCHOOL_KINDS = ("中心小学", "完全小学", "初级中学", "村小")
DEMO_PIN = "123456"
CHINA = dt.timezone(dt.timedelta(hours=8))  # the simulated teachers study by China time
_FILLED = b"filled\n"  # the demo marker's text once the simulated learning is all written


SIMULATED_MARKER = "simulated"  # this folder's journal was begun by `simulate`


class RealJournal(SongpeiError):
    """The journal holds real records, not simulated ones (path=...): simulating would mix
    invented study into a teacher's record; refused unless forced."""


def may_simulate(laptop: Laptop, force: bool = False) -> None:
    """Refuse to write invented study into a real journal: one that holds records and was
    neither begun by `simulate` nor marked a demo profile. An empty journal is marked as
    simulated from now on."""
    marker = laptop.data_dir / SIMULATED_MARKER
    if laptop.journal.last_seq() == 0:
        marker.touch()
    elif not (force or laptop.is_demo or marker.exists()):
        raise RealJournal(path=str(laptop.journal.path))


@dataclass(frozen=True)
class SimResult:
    teachers: int
    events_written: int
    events_skipped: int
    last_seq: int


def _id_number(rng: random.Random, area: str) -> str:
    born = dt.date(1965, 1, 1) + dt.timedelta(days=rng.randrange(365 * 35))
    first17 = f"{area}{born:%Y%m%d}{rng.randrange(1000):03d}"
    return first17 + idcard.check_digit(first17)


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def simulate(
    laptop: Laptop,
    teachers: int,
    days: int,
    seed: int,
    *,
    start: dt.date = dt.date(2026, 9, 1),
    pin: str = DEMO_PIN,
    on_commit: Callable[[int], None] | None = None,
    schools: Sequence[str] = (),
) -> SimResult:
    """`teachers` people enrolled (at `schools` if given, else at made-up Guang'an schools),
    each teaching a 学科 of a 学段 her school teaches, and `days` of study from `start`."""
    rng = random.Random(seed)
    catalog: Catalog = laptop.catalog
    lessons = catalog.lessons
    online = [lesson for lesson in lessons if lesson.category == ONLINE]
    written = skipped = 0
    people: list[Teacher] = []
    known = {t.id_number: t for t in laptop.teachers.all()}
    for _ in range(teachers):
        area = rng.choice(sorted(AREAS))
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))
        school = f"{AREAS[area]}{rng.choice(TOWNS)}{rng.choice(SCHOOL_KINDS)}"
        if schools:
            school = schools[len(people) % len(schools)]
        # a 学段 the school teaches (by its name), and a 学科 of that 学段
        stage = rng.choice(stages_of(school) or (PRIMARY,))
        subject = rng.choice(SUBJECTS[stage])
        id_number = _id_number(rng, area)
        while id_number in known and known[id_number].name != name:
            id_number = _id_number(rng, area)  # a clash with another person: draw again
        if id_number in known:
            people.append(known[id_number])  # enrolled by an earlier (maybe killed) run
            continue
        try:
            t = laptop.teachers.enrol(name, id_number, school, stage, subject, pin)
        except DuplicateIdNumber:
            continue
        known[id_number] = t
        people.append(t)
        if on_commit:
            on_commit(laptop.journal.last_seq())

    existing = {e.id for e in laptop.journal.events(types=(SIGNED_IN, LESSON_SESSION))}
    for day in range(days):
        date = start + dt.timedelta(days=day)
        weekend = date.weekday() >= 5
        for t in people:
            if rng.random() > (0.25 if weekend else 0.55):
                continue
            at = dt.datetime(
                date.year,
                date.month,
                date.day,
                rng.randint(15, 20),  # after lessons, China time: what every screen shows
                rng.randrange(60),
                tzinfo=CHINA,
            )
            wall = int(at.timestamp() * 1000)
            drafts = [Draft(t.id, SIGNED_IN, {}, wall, _uuid(rng))]
            for _ in range(rng.randint(1, 3)):
                lesson = rng.choice(online)
                # a sitting rarely outlasts the lesson: cap near its nominal length
                active = min(rng.randint(300, 2400), int(lesson.hours * 2700 * 1.1))
                wall += (active + rng.randint(30, 600)) * 1000
                drafts.append(
                    Draft(
                        t.id,
                        LESSON_SESSION,
                        {
                            "lesson": lesson.id,
                            "active_seconds": active,
                            "position_s": rng.randint(active // 2, active),
                            "completed": rng.random() < 0.4,
                        },
                        wall,
                        _uuid(rng),
                    )
                )
            new = [d for d in drafts if d.event_id not in existing]
            skipped += len(drafts) - len(new)
            if not new:
                continue
            # Every draft is checked, not the day's first: with another catalog (the station
            # installed a pack) the stream drifts, and a later id may be one already written.
            laptop.journal.append_many(new)
            existing.update(d.event_id for d in new if d.event_id)  # seeded: never None
            written += len(new)
            if on_commit:
                on_commit(laptop.journal.last_seq())
    return SimResult(len(people), written, skipped, laptop.journal.last_seq())


def ensure_demo_profile(
    data_dir: Path,
    reset: bool = False,
    teachers: int = 6,
    days: int = 45,
    seed: int = 2026,
    packs: Sequence[Path] = (),
    publisher: PublicKey | None = None,
) -> None:
    """Fill a demo data folder once (idempotent); `reset` starts it afresh. Refuses to touch a
    folder that is not marked as a demo profile, so real records can never be wiped. Once
    filled, the marker says so and later starts only install packs: the simulated learning
    depends on the catalog, which grows when the sync station installs packs."""
    data_dir = Path(data_dir)
    marker = data_dir / DEMO_MARKER
    has_data = data_dir.exists() and any(data_dir.iterdir())
    if has_data and not marker.exists():
        raise DataDirUnusable(path=str(data_dir), reason="not a demo profile")
    if reset and marker.exists():
        shutil.rmtree(data_dir)
    prepare_data_dir(data_dir)
    marker.touch()
    with Laptop.open(data_dir) as laptop:
        if publisher is not None:
            laptop.add_trust(publisher, demo_only=True)  # the demo key: this profile only
        for pack in packs:
            laptop.install_pack(pack)  # a no-op once installed
        if marker.read_bytes() != _FILLED:
            simulate(laptop, teachers, days, seed)
            atomic_write_bytes(marker, _FILLED)
