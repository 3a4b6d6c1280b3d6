"""Real packs for the pack tests: author folders, signed builds, forged manifests, tree hashes."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from content.keys import b64, generate
from content.pack import DOMAIN, FILES, MANIFEST, SIGNATURE, canonical
from content.pack_build import build
from content.trust import TrustStore

PUBLISHER = generate("publisher", "县教研室")
OTHER = generate("publisher", "冒名者")
TRUST = TrustStore().add(PUBLISHER.public, 0)

BANK = {
    "format": 1,
    "questions": [
        {
            "format": 1,
            "id": "q1",
            "type": "truefalse",
            "text": "导入要从问题出发。",
            "choices": [{"text": "true", "fraction": 1.0}, {"text": "false", "fraction": 0.0}],
        },
        {
            "format": 1,
            "id": "q2",
            "type": "single",
            "text": "1 学时是多少分钟？",
            "choices": [{"text": "45", "fraction": 1.0}, {"text": "60", "fraction": 0.0}],
        },
    ],
}

PACK_TOML = """\
id = "{id}"
version = {version}
title = "A5 技术支持的课堂导入"
created = 2026-09-01
programme = "sichuan-2.0"

[[ability_points]]
code = "A5"
name = "技术支持的课堂导入"
dimension = "教学设计"
environment = "多媒体教学环境"
practice_hours = 30

  [[ability_points.evidence_slots]]
  id = "plan"
  kind = "plan"
  title = "教学设计"
  types = ["docx", "pdf"]
  max_bytes = 20_000_000

[ability_points.criteria]
excellent = ["导入与目标一致"]
pass = ["有导入环节"]

[[courses]]
id = "{id}-a5"
title = "A5 课堂导入"
ability_point = "A5"

  [[courses.lessons]]
  id = "{id}-a5-l1"
  title = "好的导入：从问题出发"
  hours = 2
  category = "online"
  kind = "video"
  media = "video/intro.mp4"

  [[courses.lessons]]
  id = "{id}-a5-l2"
  title = "导入素材清单"
  hours = 1
  category = "online"
  kind = "document"
  document = "docs/清单.pdf"

  [[courses.lessons]]
  id = "{id}-a5-q"
  title = "自测"
  hours = 0.5
  category = "online"
  kind = "quiz"
  quiz = {{ bank = "quiz/a5.json", draw = 2, pass_mark = 60 }}

  [[courses.lessons]]
  id = "{id}-a5-p1"
  title = "实践：课堂导入设计与反思"
  hours = 10
  category = "practice"
  kind = "document"
  document = "docs/实践指南.pdf"
"""


def minimal_pdf(text: str = "Songpei") -> bytes:
    """A one-page PDF written by hand, with a correct cross-reference table."""
    stream = f"BT /F1 24 Tf 72 720 Td ({text}) Tj ET".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def block_file(path: Path, size: int, seed: int = 0) -> None:
    """`size` bytes fast and without randomness: a 1 MiB block, varied per block."""
    path.parent.mkdir(parents=True, exist_ok=True)
    block = hashlib.sha256(str(seed).encode()).digest() * (1024 * 1024 // 32)
    with open(path, "wb") as fh:
        left, i = size, 0
        while left > 0:
            chunk = block[: min(len(block), left)]
            fh.write(i.to_bytes(8, "little") + chunk[8:] if len(chunk) > 8 else chunk)
            left -= len(chunk)
            i += 1


def sha256_of(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while piece := f.read(1024 * 1024):
            h.update(piece)
    return h.hexdigest()


def author_folder(
    root: Path, pack_id: str = "a5-intro", version: int = 5, video_bytes: int | None = None
) -> Path:
    src = root / f"author-{pack_id}-{version}"
    (src / "video").mkdir(parents=True)
    (src / "docs").mkdir()
    (src / "quiz").mkdir()
    if video_bytes is None:
        (src / "video" / "intro.mp4").write_bytes(b"\0\0\0\x18ftypmp42" + b"v" * 5000)
    else:
        block_file(src / "video" / "intro.mp4", video_bytes, seed=version)
    (src / "docs" / "清单.pdf").write_bytes(minimal_pdf("list"))
    (src / "docs" / "实践指南.pdf").write_bytes(minimal_pdf("guide"))
    (src / "quiz" / "a5.json").write_text(json.dumps(BANK, ensure_ascii=False), "utf-8")
    (src / "pack.toml").write_text(PACK_TOML.format(id=pack_id, version=version), "utf-8")
    return src


VIDEO_SECONDS = 5400.0


def built_pack(
    root: Path,
    pack_id: str = "a5-intro",
    version: int = 5,
    key=PUBLISHER,
    video_bytes: int | None = None,
) -> Path:
    src = author_folder(root, pack_id, version, video_bytes)
    # The video is said to last its 2 学时 (90 min): a nominal time never exceeds the media.
    return build(src, key, root / "out", duration_of=lambda p: VIDEO_SECONDS).folder


def forge(folder: Path, mutate=None, raw: bytes | None = None, key=PUBLISHER) -> None:
    """Rewrite a pack's manifest (through `mutate(dict)` or as `raw` bytes) and sign it with
    `key`: the publisher's key made a hostile manifest, so only the manifest checks stand."""
    if raw is None:
        data = json.loads((folder / MANIFEST).read_bytes())
        mutate(data)
        raw = canonical(data)
    (folder / MANIFEST).write_bytes(raw)
    sig = {"format": 1, "key_id": key.public.key_id, "signature": b64(key.sign(DOMAIN, raw))}
    (folder / SIGNATURE).write_text(json.dumps(sig))


def relist(folder: Path, path: str) -> None:
    """Re-sign the manifest after a file's bytes changed (size and hash updated)."""
    data_path = folder / FILES / path

    def fix(d):
        for f in d["files"]:
            if f["path"] == path:
                old = f["size"]
                f["size"] = data_path.stat().st_size
                f["sha256"] = hashlib.sha256(data_path.read_bytes()).hexdigest()
                d["total_size"] += f["size"] - old

    forge(folder, fix)


def tree_hash(root: Path, skip: tuple[str, ...] = ()) -> str:
    """Every folder and file under root (names, modes, contents), minus paths under `skip`."""
    h = hashlib.sha256()
    if not root.exists():  # the same as an empty folder: a library holding only staging
        h.update(b"d .\n")
        return h.hexdigest()
    for dirpath, dirs, files in os.walk(root):
        rel = Path(dirpath).relative_to(root).as_posix()
        dirs[:] = sorted(
            d for d in dirs if (Path(dirpath) / d).relative_to(root).as_posix() not in skip
        )
        h.update(f"d {rel}\n".encode())
        for f in sorted(files):
            p = Path(dirpath) / f
            h.update(f"f {rel}/{f} {p.stat().st_size}\n".encode())
            h.update(hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()


def library_hash(data_dir: Path) -> str:
    return tree_hash(data_dir / "library", skip=(".staging",))


def copy_pack(folder: Path, dest_root: Path) -> Path:
    dest = dest_root / folder.name
    shutil.copytree(folder, dest)
    return dest


def ffmpeg(*args: str) -> None:
    if not shutil.which("ffmpeg"):
        pytest.skip("ffmpeg is not installed")
    subprocess.run(["ffmpeg", "-loglevel", "error", "-y", *args], check=True, timeout=60)


def short_video(path: Path, seconds: int = 2) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    ffmpeg(
        "-f",
        "lavfi",
        "-i",
        f"testsrc=duration={seconds}:size=160x120:rate=10",
        "-f",
        "lavfi",
        "-i",
        f"sine=duration={seconds}",
        "-shortest",
        str(path),
    )
    return path
