"""Narrated lesson videos for the demo pack, made from text.

    python3 packaging/demo_pack/make_videos.py [--out DIR] [--lesson ID ...] [--force]

Every video lesson in content/demo_pack/pack.toml has slides/<lesson id>.toml beside it: per
slide a heading, a few lines and the narration said over it. Each slide becomes a 1280×720 image
(ffmpeg drawtext, WenQuanYi Micro Hei), each narration a WAV (espeak-ng, Mandarin), and the
slide stays up exactly as long as its narration plus a short pause. The result is an H.264/AAC
MP4 (15 fps, CRF 30, mono 22.05 kHz) named as the lesson's `media` path names it, in
content/demo_pack/media/ unless --out says otherwise (that folder is not kept in git).

Next to each video, <name>.inputs holds the SHA-256 of everything it is made from (the slide
file, this script, the font, the ffmpeg and espeak-ng versions); a video whose inputs are
unchanged is skipped. The same inputs give the same bytes."""

from __future__ import annotations

import argparse
import hashlib
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import wave
from dataclasses import dataclass
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    sys.exit("需要 Python ≥ 3.11（tomllib） / Python >= 3.11 is required (tomllib)")

ROOT = Path(__file__).resolve().parents[2]
PACK = ROOT / "content" / "demo_pack"
FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")

WIDTH, HEIGHT, FPS = 1280, 720, 15
RATE = 22050  # espeak-ng's own rate: 1470 samples per frame at 15 fps
GAP_S = 0.2  # silence after each slide's narration
VOICE = ("-v", "cmn", "-s", "150")
QUIET = ("-hide_banner", "-nostdin", "-loglevel", "error", "-y")

# The look: warm paper, a deep green band, dark text; large enough for the back row.
PAPER, BAND, INK, ACCENT, GREY, PALE = (
    "0xF7F4EC",
    "0x24584A",
    "0x1F2A2E",
    "0xC8862A",
    "0x6B6B6B",
    "0xDCEBE4",
)
MARGIN = 72
BAND_H = 132
HEADING_PX, BODY_PX, FOOT_PX = 54, 48, 24
BODY_X, BODY_TOP, LINE_H, BODY_BOTTOM = 128, 184, 78, 640
TITLE_PX, SUB_PX = 64, 40

# Lines never start with these (Chinese line-breaking rules).
NO_START = set("，。、；：！？）》」』”’%）】…—～·,.;:!?)]")
SAFE_PATH = re.compile(r"[A-Za-z0-9_./+-]+")


class Failure(Exception):
    """Something the author must fix; the message says what."""


@dataclass(frozen=True)
class Slide:
    heading: str
    lines: tuple[str, ...]
    narration: str
    style: str  # "title" or "body"


@dataclass(frozen=True)
class Lesson:
    id: str
    media: str
    slides_file: Path


# --- reading the author folder ----------------------------------------------------------------


def video_lessons(pack_dir: Path) -> list[Lesson]:
    with open(pack_dir / "pack.toml", "rb") as f:
        pack = tomllib.load(f)
    found = []
    for course in pack.get("courses", []):
        for lesson in course.get("lessons", []):
            if lesson.get("kind") == "video":
                found.append(
                    Lesson(
                        lesson["id"], lesson["media"], pack_dir / "slides" / f"{lesson['id']}.toml"
                    )
                )
    return found


def read_slides(path: Path) -> tuple[str, list[Slide]]:
    if not path.is_file():
        raise Failure(f"缺少幻灯片文字 / slide text missing: {path}")
    with open(path, "rb") as f:
        d = tomllib.load(f)
    slides = []
    for i, s in enumerate(d.get("slides", []), 1):
        where = f"{path.name}, slide {i}"
        heading, narration = s.get("heading", "").strip(), s.get("narration", "").strip()
        lines = s.get("lines", [])
        style = s.get("style", "body")
        if (
            not heading
            or not narration
            or not isinstance(lines, list)
            or style not in ("title", "body")
        ):
            raise Failure(
                f"{where}: 需要 heading、lines、narration / needs heading, lines, "
                "narration (style: title or body)"
            )
        slides.append(Slide(heading, tuple(str(x).strip() for x in lines), narration, style))
    if not slides:
        raise Failure(f"{path.name}: 没有幻灯片 / no [[slides]]")
    return str(d.get("footer", "")).strip(), slides


# --- laying out text --------------------------------------------------------------------------


def text_width(text: str, px: int) -> float:
    """A safe over-estimate of the drawn width: CJK glyphs are one em, others at most 0.6."""
    return sum(px if unicodedata.east_asian_width(c) in "WF" else 0.6 * px for c in text)


def _units(text: str) -> list[str]:
    """Break opportunities: a CJK character alone, a run of Latin letters, digits and signs as
    one unit (a number or a function name is never split), a space on its own."""
    return re.findall(r"[A-Za-z0-9.%+\-/():]+| |.", text)


def wrap(text: str, px: int, width: float) -> list[str]:
    lines: list[str] = []
    cur = ""
    for unit in _units(text):
        if cur and text_width(cur + unit, px) > width:
            if unit[0] in NO_START:  # take the last character along to the next line
                cur, carry = cur[:-1], cur[-1]
                lines.append(cur.rstrip())
                cur = carry + unit
            else:
                lines.append(cur.rstrip())
                cur = unit.lstrip()
        else:
            cur += unit
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


# --- drawing a slide --------------------------------------------------------------------------


def _safe(path: Path) -> str:
    s = str(path)
    if not SAFE_PATH.fullmatch(s):
        raise Failure(f"路径含特殊字符 / path has characters ffmpeg filters cannot take: {s}")
    return s


class Painter:
    """Collects drawbox / drawtext filters for one frame; text goes through files, so no
    escaping of the words themselves is ever needed."""

    def __init__(self, work: Path, font: Path) -> None:
        self.work, self.font, self.filters, self.n = work, _safe(font), [], 0

    def box(self, x: int, y: int, w: int, h: int, color: str) -> None:
        self.filters.append(f"drawbox=x={x}:y={y}:w={w}:h={h}:color={color}:t=fill")

    def text(self, s: str, px: int, color: str, x: str | int, y: int) -> None:
        self.n += 1
        f = self.work / f"t{self.n:03d}.txt"
        f.write_text(s, encoding="utf-8")
        self.filters.append(
            f"drawtext=fontfile={self.font}:textfile={_safe(f)}:expansion=none"
            f":fontsize={px}:fontcolor={color}:x={x}:y={y}"
        )


def paint(
    slide: Slide,
    number: int,
    total: int,
    footer: str,
    work: Path,
    font: Path,
    out: Path,
    ffmpeg: str,
    where: str,
) -> None:
    p = Painter(work, font)
    if slide.style == "title":
        p.box(0, 0, WIDTH, HEIGHT, BAND)
        p.box(MARGIN, 392, 96, 6, ACCENT)
        rows = wrap(slide.heading, TITLE_PX, WIDTH - 2 * MARGIN)
        if len(rows) > 2:
            raise Failure(f"{where}: 标题太长 / heading too long for the title slide")
        y = 380 - len(rows) * 88
        for row in rows:
            p.text(row, TITLE_PX, "white", MARGIN, y)
            y += 88
        y = 430
        for line in slide.lines:
            for row in wrap(line, SUB_PX, WIDTH - 2 * MARGIN):
                p.text(row, SUB_PX, PALE, MARGIN, y)
                y += 62
        if y > HEIGHT - 60:
            raise Failure(f"{where}: 副标题太多 / too many lines on the title slide")
    else:
        p.box(0, 0, WIDTH, BAND_H, BAND)
        if text_width(slide.heading, HEADING_PX) > WIDTH - 2 * MARGIN:
            raise Failure(f"{where}: 标题超过一行 / heading longer than one line")
        p.text(slide.heading, HEADING_PX, "white", MARGIN, (BAND_H - HEADING_PX) // 2 - 2)
        y = BODY_TOP
        for line in slide.lines:
            p.box(MARGIN + 8, y + BODY_PX // 2 - 7, 16, 16, ACCENT)
            for row in wrap(line, BODY_PX, WIDTH - BODY_X - MARGIN):
                if y + BODY_PX > BODY_BOTTOM:
                    raise Failure(f"{where}: 文字太多，一页放不下 / too much text for one slide")
                p.text(row, BODY_PX, INK, BODY_X, y)
                y += LINE_H
            y += 10
        p.box(MARGIN, 652, WIDTH - 2 * MARGIN, 2, "0xD9D3C4")
        if footer:
            p.text(footer, FOOT_PX, GREY, MARGIN, 670)
        p.text(f"{number} / {total}", FOOT_PX, GREY, f"w-text_w-{MARGIN}", 670)
    script = work / f"slide{number}.filter"
    script.write_text(",".join(p.filters), encoding="utf-8")
    run(
        [
            ffmpeg,
            *QUIET,
            "-f",
            "lavfi",
            "-i",
            f"color=c={PAPER}:s={WIDTH}x{HEIGHT}:d=1",
            "-filter_script:v",
            str(script),
            "-frames:v",
            "1",
            "-fflags",
            "+bitexact",
            "-flags",
            "+bitexact",
            str(out),
        ]
    )


# --- sound ------------------------------------------------------------------------------------


def speak(text: str, out: Path, espeak: str, where: str) -> bytes:
    source = out.with_suffix(".txt")  # from a file: no text is ever taken for an option
    source.write_text(text, encoding="utf-8")
    run([espeak, *VOICE, "-w", str(out), "-f", str(source)])
    with wave.open(str(out), "rb") as w:
        if (w.getframerate(), w.getnchannels(), w.getsampwidth()) != (RATE, 1, 2):
            raise Failure(
                f"{where}: espeak-ng 输出格式意外 / unexpected espeak-ng output "
                f"({w.getframerate()} Hz, {w.getnchannels()} ch)"
            )
        return w.readframes(w.getnframes())


# --- one lesson -------------------------------------------------------------------------------


def run(cmd: list[str]) -> None:
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        raise Failure(
            f"{Path(cmd[0]).name} 失败 / failed ({r.returncode}): "
            f"{(r.stderr or r.stdout).strip()[-800:]}"
        )


def tool_version(exe: str, flag: str) -> str:
    r = subprocess.run([exe, flag], capture_output=True, text=True)
    return (r.stdout or r.stderr).splitlines()[0] if (r.stdout or r.stderr) else ""


def inputs_hash(slides_file: Path, font: Path, versions: list[str]) -> str:
    if not slides_file.is_file():
        raise Failure(f"缺少幻灯片文字 / slide text missing: {slides_file}")
    h = hashlib.sha256()
    for part in (
        Path(__file__).read_bytes(),
        slides_file.read_bytes(),
        font.read_bytes(),
        "\n".join(versions).encode(),
    ):
        h.update(hashlib.sha256(part).digest())
    return h.hexdigest()


def make(lesson: Lesson, out_dir: Path, tools: dict[str, str], font: Path, digest: str) -> float:
    """Renders one lesson's video; returns its length in seconds."""
    footer, slides = read_slides(lesson.slides_file)
    target = out_dir / Path(lesson.media).name
    frame = RATE // FPS
    with tempfile.TemporaryDirectory(prefix="lesson-") as tmp:
        work = Path(tmp)
        audio = bytearray()
        frames = []
        for i, slide in enumerate(slides, 1):
            where = f"{lesson.slides_file.name}, slide {i}"
            paint(
                slide,
                i,
                len(slides),
                footer,
                work,
                font,
                work / f"s{i}.png",
                tools["ffmpeg"],
                where,
            )
            pcm = speak(slide.narration, work / f"s{i}.wav", tools["espeak-ng"], where)
            samples = len(pcm) // 2 + round(GAP_S * RATE)
            n = math.ceil(samples / frame)  # whole frames; the sound is padded to fit them
            frames.append(n)
            audio += pcm + bytes(2 * (n * frame) - len(pcm))
        with wave.open(str(work / "narration.wav"), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(RATE)
            w.writeframes(bytes(audio))
        inputs, graph = [], []
        for i, n in enumerate(frames):
            inputs += ["-i", str(work / f"s{i + 1}.png")]
            graph.append(f"[{i}:v]loop=loop={n - 1}:size=1:start=0,setpts=N/{FPS}/TB[v{i}]")
        graph.append(
            "".join(f"[v{i}]" for i in range(len(frames)))
            + f"concat=n={len(frames)}:v=1:a=0,format=yuv420p[v]"
        )
        out_dir.mkdir(parents=True, exist_ok=True)
        part = out_dir / f".{target.name}.part.mp4"
        try:
            run(
                [
                    tools["ffmpeg"],
                    *QUIET,
                    *inputs,
                    "-i",
                    str(work / "narration.wav"),
                    "-filter_complex",
                    ";".join(graph),
                    "-map",
                    "[v]",
                    "-map",
                    f"{len(frames)}:a",
                    "-r",
                    str(FPS),
                    "-c:v",
                    "libx264",
                    "-preset",
                    "medium",
                    "-crf",
                    "30",
                    "-tune",
                    "stillimage",
                    "-c:a",
                    "aac",
                    "-b:a",
                    "48k",
                    "-ar",
                    str(RATE),
                    "-ac",
                    "1",
                    "-map_metadata",
                    "-1",
                    "-movflags",
                    "+faststart",
                    "-fflags",
                    "+bitexact",
                    "-flags:v",
                    "+bitexact",
                    "-flags:a",
                    "+bitexact",
                    str(part),
                ]
            )
            stamp = out_dir / f"{target.name}.inputs"
            stamp.unlink(missing_ok=True)
            os.replace(part, target)
        finally:
            part.unlink(missing_ok=True)
    stamp.write_text(digest + "\n", encoding="ascii")
    return sum(frames) / FPS


def find_tools() -> dict[str, str]:
    tools = {name: shutil.which(name) for name in ("ffmpeg", "espeak-ng")}
    missing = [name for name, path in tools.items() if not path]
    if missing:
        raise Failure(
            f"找不到 {', '.join(missing)} / not found: {', '.join(missing)}. "
            f"Install: apt-get install -y {' '.join(missing)} "
            "(packaging/setup.sh installs both)"
        )
    return tools  # type: ignore[return-value]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Make the demo pack's narrated lesson videos.")
    ap.add_argument("--pack", type=Path, default=PACK, help="the author folder (pack.toml)")
    ap.add_argument("--out", type=Path, help="output folder (default: <pack>/media)")
    ap.add_argument("--lesson", action="append", help="only this lesson id (repeatable)")
    ap.add_argument("--font", type=Path, default=FONT)
    ap.add_argument("--force", action="store_true", help="remake even when inputs are unchanged")
    args = ap.parse_args(argv)
    out_dir = args.out or args.pack / "media"
    try:
        tools = find_tools()
        if not args.font.is_file():
            raise Failure(
                f"找不到字体 / font not found: {args.font} (apt-get install -y fonts-wqy-microhei)"
            )
        lessons = video_lessons(args.pack)
        if args.lesson:
            unknown = set(args.lesson) - {x.id for x in lessons}
            if unknown:
                raise Failure(f"没有这个视频课 / no video lesson: {', '.join(sorted(unknown))}")
            lessons = [x for x in lessons if x.id in args.lesson]
        versions = [
            tool_version(tools["ffmpeg"], "-version"),
            tool_version(tools["espeak-ng"], "--version"),
        ]
        for lesson in lessons:
            digest = inputs_hash(lesson.slides_file, args.font, versions)
            target = out_dir / Path(lesson.media).name
            stamp = out_dir / f"{target.name}.inputs"
            if (
                not args.force
                and target.is_file()
                and stamp.is_file()
                and stamp.read_text(encoding="ascii").strip() == digest
            ):
                print(f"{lesson.id}: 未改动，跳过 / unchanged, skipped ({target})")
                continue
            seconds = make(lesson, out_dir, tools, args.font, digest)
            print(f"{lesson.id}: {target} {seconds:.1f} s, {target.stat().st_size} bytes")
    except Failure as e:
        print(f"make_videos: {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
