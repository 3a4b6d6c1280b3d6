"""The school laptops of the county benchmark, made once and kept: each is a real journal
(written through `Journal.append_many` in one transaction: enrolments, sign-ins, lesson
sessions, self-tests, evidence and the school's ratings over a school year) exported by the
real outbox as an encrypted, signed bundle. Only the bundles and the devices' public keys
are kept, in a cache folder, with the county key they are encrypted to; a second run reads
them from there.

Every tenth laptop's first teacher is also enrolled on the laptop before it (a teacher who
moved school), so the county's check for one person on several laptops has work to do."""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from content.catalog import ONLINE, demo_catalog
from content.keys import PrivateKey, generate, load_private
from sync.base.durable import atomic_write_bytes
from sync.base.events import (
    EVIDENCE_POINTS_CHOSEN,
    EVIDENCE_RATED,
    EVIDENCE_SUBMITTED,
    LESSON_SESSION,
    QUIZ_ATTEMPT,
    TEACHER_ENROLLED,
    TEACHER_SIGNED_IN,
)
from sync.base.idcard import check_digit
from sync.demo.simulate import AREAS as DISTRICTS
from sync.demo.simulate import TOWNS
from sync.laptop.journal import Draft
from sync.laptop.laptop import Laptop
from sync.laptop.outbox import export_bundle

FORMAT = 1  # bump when what a laptop holds changes: older caches are then made afresh
PASSPHRASE = b"county benchmark"
KINDS = ("中心小学", "完全小学", "初级中学")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国志红云飞鹏晓燕春梅海波"
SUBJECTS = ("语文", "数学", "英语", "科学", "音乐", "美术", "体育", "信息技术")
QUIZZES = ("a1-t1", "a3-t1")  # self-tests, as the demo pack names them
YEAR_START = dt.date(2016, 9, 1)  # a school year: September to August


@dataclass(frozen=True)
class CachedLaptop:
    index: int
    device_id: str
    public: bytes
    folder: Path  # holds the laptop's bundle part(s)


def _id_number(person: int) -> str:
    area = sorted(DISTRICTS)[person % len(DISTRICTS)]
    born = dt.date(1962, 1, 1) + dt.timedelta(days=person % 12_000)
    first17 = f"{area}{born:%Y%m%d}{person // 12_000 % 1000:03d}"  # never two alike
    return first17 + check_digit(first17)


def _profile(person: int, school: str, rng: random.Random) -> dict:
    return {
        "name": rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2))),
        "id_number": _id_number(person),
        "school": school,
        "stage": rng.choice(("primary", "junior")),
        "subject": rng.choice(SUBJECTS),
    }


def _ms(day: dt.date, hour: int, minute: int) -> int:
    at = dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=dt.timezone.utc)
    return int(at.timestamp() * 1000) - 8 * 3_600_000  # the hour as read in China


def drafts(index: int, teachers: int, rate: float, seed: int) -> list[Draft]:
    """A school year on laptop `index`: `teachers` enrolled, each studying on about `rate`
    of the weekdays (a third of that at weekends), one to three lessons a sitting; two in
    three try self-tests; most choose ability points, submit evidence and are rated."""
    rng = random.Random(seed * 1_000_003 + index)
    district = sorted(DISTRICTS)[index % len(DISTRICTS)]
    school = f"{DISTRICTS[district]}{TOWNS[index // 6 % len(TOWNS)]}镇{KINDS[index % 3]}"
    online = [lesson for lesson in demo_catalog().lessons if lesson.category == ONLINE]
    out: list[Draft] = []
    people = []
    for t in range(teachers):
        person = index * teachers + t
        if t == 0 and index % 10 == 1:
            person = (index - 1) * teachers  # moved from the laptop before: the same person
        tid = f"t-{uuid.UUID(int=rng.getrandbits(128), version=4).hex[:16]}"
        people.append(tid)
        out.append(
            Draft(tid, TEACHER_ENROLLED, _profile(person, school, rng), _ms(YEAR_START, 8, t % 60))
        )

    def event_id() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    for day in (YEAR_START + dt.timedelta(days=d) for d in range(365)):
        chance = rate if day.weekday() < 5 else rate / 3
        for tid in people:
            if rng.random() > chance:
                continue
            wall = _ms(day, rng.randint(15, 20), rng.randrange(60))
            out.append(Draft(tid, TEACHER_SIGNED_IN, {}, wall, event_id()))
            for _ in range(rng.randint(1, 3)):
                lesson = rng.choice(online)
                active = min(rng.randint(300, 2400), int(lesson.hours * 2700 * 1.1))
                wall += (active + rng.randint(30, 600)) * 1000
                payload = {
                    "lesson": lesson.id,
                    "active_seconds": active,
                    "position_s": rng.randint(active // 2, active),
                    "completed": rng.random() < 0.4,
                }
                out.append(Draft(tid, LESSON_SESSION, payload, wall, event_id()))
    end = _ms(YEAR_START + dt.timedelta(days=300), 10, 0)
    for k, tid in enumerate(people):
        if k % 3 != 2:
            score = round(rng.uniform(40, 100), 1)
            out.append(
                Draft(
                    tid,
                    QUIZ_ATTEMPT,
                    {"lesson": rng.choice(QUIZZES), "score": score, "passed": score >= 60},
                    end,
                    event_id(),
                )
            )
        if rng.random() < 0.2:
            continue  # not started on practice
        out.append(Draft(tid, EVIDENCE_POINTS_CHOSEN, {"points": ["A1", "A3"]}, end, event_id()))
        for point in ("A1", "A3")[: rng.randint(1, 2)]:
            sub = event_id()
            out.append(
                Draft(
                    tid,
                    EVIDENCE_SUBMITTED,
                    {"point": point, "slots": {"plan": "一节数学课的设计", "reflection": "反思"}},
                    end + 86_400_000,
                    sub,
                )
            )
            level = rng.choices(["excellent", "pass", "fail"], [2, 7, 1])[0]
            out.append(
                Draft(
                    tid,
                    EVIDENCE_RATED,
                    {"submission": sub, "point": point, "level": level, "rater": people[0]},
                    end + 2 * 86_400_000,
                    event_id(),
                )
            )
    out.sort(key=lambda d: d.wall_ms or 0)  # as a journal would have them, in time order
    return out


def county_key(cache: Path) -> PrivateKey:
    """The county key the cached bundles are encrypted to (made on the first run)."""
    path = cache / "county.key"
    if not path.exists():
        cache.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, generate("county", "县教师发展中心（基准）").to_bytes(PASSPHRASE))
    return load_private(path, PASSPHRASE, role="county")


def laptop(
    cache: Path, county: PrivateKey, index: int, teachers: int, rate: float, seed: int = 2016
) -> CachedLaptop:
    """Laptop `index` from the cache, made (journal, then bundle) when it is not there."""
    folder = cache / f"{teachers}x{rate:g}-v{FORMAT}" / f"{index:04d}"
    done = folder / "device.json"
    if not done.exists():
        if folder.exists():
            shutil.rmtree(folder)  # an interrupted run's half
        work = folder.with_name(folder.name + ".journal")
        shutil.rmtree(work, ignore_errors=True)
        with Laptop.open(work) as lp:
            lp.add_trust(county.public)
            lp.journal.append_many(drafts(index, teachers, rate, seed))
            export_bundle(lp, folder / "drive")
            device = {
                "device_id": lp.journal.device_id,
                "public": lp.journal.device.public_bytes.hex(),
            }
        shutil.rmtree(work)
        atomic_write_bytes(done, json.dumps(device).encode())
    device = json.loads(done.read_text())
    return CachedLaptop(
        index, device["device_id"], bytes.fromhex(device["public"]), folder / "drive"
    )
