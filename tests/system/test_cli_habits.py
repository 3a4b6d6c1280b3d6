"""The command line behaves as command lines do: --version, global options before the command,
help without a screen, nothing written by a mistyped command, a list of the laptop's teachers,
and names from people or drives printed without their terminal escapes."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from app import __version__
from sync.county.xlsx import display_width
from sync.demo.simulate import DEMO_PIN, simulate
from sync.laptop.laptop import Laptop
from tests.support.cli import songpei
from tests.support.ids import valid_id
from tests.support.paths import ROOT, SONGPEI

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

# What tells Qt (and us) where the screen and the per-user folders are.
SCREEN = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
PER_USER = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR")


def songpei_without(remove, *args, home):
    """`songpei ARGS` in Chinese with HOME at `home` and the variables in `remove` unset."""
    env = {k: v for k, v in os.environ.items() if k not in remove}
    env.update(HOME=str(home), SONGPEI_LANG="zh_CN")
    return subprocess.run(
        [*SONGPEI, *map(str, args)], cwd=ROOT, capture_output=True, text=True, env=env, timeout=120
    )


def test_version_is_the_projects():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    assert __version__ == project
    r = songpei("--version")
    assert r.returncode == 0 and r.stdout.strip() == f"songpei {project}"


def test_global_options_go_before_the_command(tmp_path):
    data = tmp_path / "d"
    assert songpei("simulate", "--data-dir", data, "--teachers", "1", "--days", "3").returncode == 0
    for args in (
        ("--lang", "en", "verify", "--data-dir", data),
        ("--lang", "en", "--data-dir", data, "verify"),
        ("--data-dir", data, "verify", "--lang", "en"),
    ):
        r = songpei(*args)
        assert r.returncode == 0, r.stderr
        assert r.stdout.startswith("The learning record is intact"), args
    # given after the command too, the later one wins
    zh = songpei("--lang", "en", "verify", "--lang", "zh_CN", "--data-dir", data)
    assert "学习记录完好" in zh.stdout


def test_global_options_before_a_hub_command(tmp_path):
    from content.keys import generate
    from sync.county.hub import Hub

    Hub.init(tmp_path / "hub.db", generate("county", "岳池县"), tmp_path / "county.key").close()
    r = songpei("--lang", "en", "hub", "devices", tmp_path / "hub.db")
    assert r.returncode == 0 and r.stdout.strip() == "No laptops have sent anything yet.", r.stderr
    out = tmp_path / "hours.csv"
    r = songpei("--lang", "en", "hub", "report", tmp_path / "hub.db", "--out", out)
    assert r.returncode == 0 and out.exists() and r.stdout.startswith("Wrote "), r.stderr


def test_top_level_help_in_the_language_asked_for():
    en = songpei("--lang", "en", "--help")
    assert en.returncode == 0 and en.stdout.startswith("usage: songpei [-h] [--version]")
    assert "show program's version number and exit" in en.stdout and "transcript" in en.stdout
    zh = songpei("--help")
    assert zh.returncode == 0 and zh.stdout.startswith("用法：songpei [-h] [--version]")
    assert "检查本机能否运行送培" in zh.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["verfy"],
        ["--data-dir", "{data}", "verfy"],
        ["--lang", "en", "verfy", "--data-dir", "{data}"],
        ["--software-gl", "--data-dir", "{data}", "nope"],
        ["gui", "--data-dir", "{data}", "--bogus"],
        ["demo", "--county", "extra"],
        ["county"],
        ["--data-dir", "{data}", "--no-such-option"],
    ],
)
def test_a_mistyped_command_writes_nothing(tmp_path, args):
    """Above all no graphics marker: a start that seems to have died before painting switches
    the laptop to software drawing for good."""
    home, beside = tmp_path / "home", tmp_path / "beside"
    home.mkdir()
    beside.mkdir()
    r = songpei_without(
        PER_USER, *[a.replace("{data}", str(beside / "songpei")) for a in args], home=home
    )
    assert r.returncode == 2
    assert r.stderr.startswith("usage: songpei" if "en" in args else "用法：songpei")
    assert "Traceback" not in r.stderr
    assert list(beside.iterdir()) == [] and list(home.iterdir()) == []


@pytest.mark.parametrize(
    "command, shows", [("demo", "--reset"), ("county", "HUB.db"), ("gui", "--software-gl")]
)
def test_window_commands_print_help_without_a_display(tmp_path, command, shows):
    r = songpei_without(SCREEN + PER_USER, command, "--help", home=tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith(f"用法：songpei {command}") and shows in r.stdout
    assert list(tmp_path.iterdir()) == []


def _columns(line: str) -> list[int]:
    """Where the fields of a table line start, in terminal columns (fields are set apart by
    two spaces or more and hold no two spaces together)."""
    return [display_width(line[: m.start()]) for m in re.finditer(r"(?:^|(?<=  ))\S", line)]


def test_teachers_lists_ids_masked_numbers_schools_and_hours(tmp_path):
    data = tmp_path / "d"
    r = songpei("teachers", "--data-dir", data)
    assert r.returncode == 0 and r.stdout.startswith("本机还没有注册的教师")
    with Laptop.open(data) as laptop:
        simulate(laptop, teachers=3, days=20, seed=5)
        laptop.teachers.enrol(
            "\x1b[31m王\r小明\x1b]0;pwned\x07",
            valid_id(seq="017"),
            "岳池县\x1b[2J中心小学",
            "primary",
            "数学",
            "2468",
            "2468",
        )
        people = laptop.teachers.all()
        hours = {t.id: f"{laptop.progress(t.id).total_hours:.1f}" for t in people}
    r = songpei("teachers", "--data-dir", data)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].split() == ["送培编号", "姓名", "身份证号", "学校", "学时（目标50）"]
    assert len(lines) == 1 + len(people)
    for t, line in zip(people, lines[1:], strict=True):
        assert line.startswith(t.id + "  ")
        assert t.masked_id in line and t.id_number not in line
        assert re.fullmatch(r"\d{3}\*{11}[\dX]{4}", t.masked_id)
        assert line.split()[-1] == hours[t.id]
    assert any(float(h) > 0 for h in hours.values())  # the simulated study counts
    # the name and school typed with terminal escapes print as the plain words
    assert "\x1b" not in r.stdout and "\r" not in r.stdout and "pwned" not in r.stdout
    assert lines[-1].split()[1:4] == [
        "王小明",
        valid_id(seq="017")[:3] + "*" * 11 + valid_id(seq="017")[-4:],
        "岳池县中心小学",
    ]
    # columns line up as a terminal shows them, Chinese characters two columns wide
    assert len({tuple(_columns(line)) for line in lines}) == 1
    # the listed id is what transcript and school-team take
    pin = tmp_path / "pin"
    pin.write_text(DEMO_PIN)
    r = songpei("school-team", "--teacher", people[0].id, "--data-dir", data, "--pin-file", pin)
    assert r.returncode == 0 and r.stdout.strip() == f"{people[0].name} 已加入信息化管理团队。"


# --- progress of long work, on stderr ----------------------------------------------------------
def _county_with_two_laptops(tmp_path):
    """A county hub with its key on disk, and a drive holding two enrolled laptops' bundles."""
    from content.keys import generate
    from sync.base.durable import atomic_write_bytes
    from sync.county.hub import Hub
    from sync.laptop.outbox import export_bundle

    county = generate("county", "岳池县")
    key, pw = tmp_path / "county.key", tmp_path / "pass.txt"
    atomic_write_bytes(key, county.to_bytes(b"kou ling"))
    pw.write_text("kou ling\n", encoding="utf-8")
    hub = Hub.init(tmp_path / "hub.db", county, key)
    for n in range(2):
        with Laptop.open(tmp_path / f"laptop{n}") as laptop:
            simulate(laptop, teachers=2, days=40, seed=40 + n)
            laptop.add_trust(county.public)
            hub.enrol(laptop.journal.device_id, laptop.journal.device.public_bytes)
            export_bundle(laptop, tmp_path / "usb")
    hub.close()
    return tmp_path / "hub.db", pw


def _progress_lines(stderr: str, pattern: str) -> list[tuple[int, int]]:
    return [(int(a), int(b)) for a, b in re.findall(pattern, stderr)]


def test_hub_import_counts_the_bundles(tmp_path):
    hub, pw = _county_with_two_laptops(tmp_path)
    r = songpei("hub", "import", hub, tmp_path / "usb", "--passphrase-file", pw)
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.count("已导入") == 2
    seen = _progress_lines(r.stderr, r"已导入数据包：(\d+) / (\d+)")
    assert seen[0] == (0, 2) and seen[-1] == (2, 2)
    assert "\r" not in r.stderr  # not a terminal: plain lines for the log


def test_xapi_push_counts_the_statements(tmp_path):
    import threading
    from http.server import ThreadingHTTPServer

    from sync.county import xapi
    from tests.support.xapi import FakeLrs

    hub, _ = _county_with_two_laptops(tmp_path)
    assert (
        songpei(
            "hub", "import", hub, tmp_path / "usb", "--passphrase-file", tmp_path / "pass.txt"
        ).returncode
        == 0
    )
    FakeLrs.stored, FakeLrs.requests = {}, 0
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeLrs)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        r = songpei(
            "hub",
            "report",
            hub,
            "--format",
            "xapi",
            "--lrs",
            f"http://127.0.0.1:{server.server_address[1]}/xapi",
        )
    finally:
        server.shutdown()
    assert r.returncode == 0, r.stderr
    total = len(FakeLrs.stored)
    assert total > xapi.BATCH  # more than one batch
    seen = _progress_lines(r.stderr, r"已向 LRS 发送语句：(\d+) / (\d+)")
    assert seen[0] == (xapi.BATCH, total) and seen[-1] == (total, total)
    assert f"向 LRS 发送 {total} 条语句" in r.stdout


def test_hub_demo_tells_each_step(tmp_path):
    r = songpei("hub", "demo", tmp_path / "county")
    assert r.returncode == 0, r.stderr
    steps = [
        "正在生成县级密钥和演示内容包",
        "正在模拟各校电脑",
        "县级正在导入各电脑的数据包",
        "县级正在认定实践成果学时",
        "正在把回执送回各电脑",
    ]
    where = [r.stderr.find(s) for s in steps]
    assert -1 not in where and where == sorted(where), r.stderr
    laptops = _progress_lines(r.stderr, r"第 (\d+) 台电脑，共 (\d+) 台")
    assert laptops[0][0] == 1 and laptops[-1][0] == laptops[-1][1] > 1
    # the import counts its bundles too (at full size it runs for minutes), to the last
    bundles = _progress_lines(r.stderr, r"第 (\d+) 个数据包，共 (\d+) 个")
    assert bundles and bundles[-1][0] == bundles[-1][1] == laptops[-1][1]
    assert re.search(r"用时 [0-9.]+ 分钟", r.stderr), r.stderr


def test_on_a_terminal_the_status_line_is_rewritten_in_place():
    import pty

    from app.cli.console import Counter

    master, slave = pty.openpty()
    with os.fdopen(slave, "w", encoding="utf-8") as tty:
        with Counter("已导入数据包：%1 / %2", tty) as count:
            count(0, 2)
            count(2, 2)
        assert tty.isatty()
    chunks = []
    while True:  # a pty hands its bytes over in pieces when the machine is busy
        try:
            chunk = os.read(master, 4096)
        except OSError:  # EIO: the terminal's other end is closed and everything was read
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    shown = b"".join(chunks).decode("utf-8")
    assert shown.replace("\r\n", "\n") == "\r已导入数据包：0 / 2\r已导入数据包：2 / 2\n"


def test_terminal_escapes_from_names_are_stripped():
    from app.cli.console import clean

    assert clean("\x1b[1;31m王芳\x1b[0m") == "王芳"
    assert clean("岳池\x1b]0;new title\x07中学") == "岳池中学"
    assert clean("a.bundle\rfake.bundle") == "a.bundlefake.bundle"
    assert clean("\u202e\u0645\u0644\u0641.exe") == "\u0645\u0644\u0641.exe"
    assert clean("两行\n文字\x00\x7f\x9b2J") == "两行\n文字"
    assert clean("line\none", keep="") == "lineone"
