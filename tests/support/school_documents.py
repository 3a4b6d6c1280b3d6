"""Two schools at one hub: 协兴镇中心小学's 信息化管理团队 files both plans on its laptop, and
城关小学's laptop files none; both laptops' real bundles are imported."""

from __future__ import annotations

from pathlib import Path

from sync.county.hub import Hub
from sync.laptop import evidence
from sync.laptop.laptop import Laptop
from sync.laptop.outbox import export_bundle
from sync.laptop.teachers import Teacher
from tests.support.county import COUNTY
from tests.support.evidence import enrol
from tests.support.ids import valid_id
from tests.support.packs import minimal_pdf

SCHOOL = "协兴镇中心小学"  # tests.support.evidence.enrol's school
OTHER_SCHOOL = "城关小学"


def sync(laptop: Laptop, hub: Hub, drive: Path) -> None:
    for r in hub.import_paths(export_bundle(laptop, drive).paths, COUNTY):
        assert r.status in ("imported", "already-had"), r


def two_schools(laptop: Laptop, hub: Hub, folder: Path) -> tuple[Teacher, Path, Path]:
    """(the head who filed, the development plan, the training plan) once both are imported."""
    laptop.add_trust(COUNTY.public)
    enrol(laptop, "王芳", "011")
    head = enrol(laptop, "李校长", "023", school_team=True)
    plan = folder / "信息化发展规划.pdf"
    plan.write_bytes(minimal_pdf("development plan"))
    training = folder / "校本研修方案.txt"
    training.write_text("每周三下午集体研修：学情分析、微课制作。", encoding="utf-8")
    evidence.file_school_document(laptop, head.id, "development_plan", plan)
    evidence.file_school_document(laptop, head.id, "training_plan", training)
    hub.enrol(laptop.journal.device_id, laptop.journal.device.public_bytes)
    sync(laptop, hub, folder / "usb")
    other = Laptop.open(folder / "other")
    try:
        other.add_trust(COUNTY.public)
        other.teachers.enrol(
            "赵老师", valid_id(seq="031"), OTHER_SCHOOL, "primary", "语文", "123456", "123456"
        )
        hub.enrol(other.journal.device_id, other.journal.device.public_bytes)
        sync(other, hub, folder / "usb-other")
    finally:
        other.close()
    return head, plan, training
