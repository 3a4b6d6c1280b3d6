"""`songpei pack` as an author and a trainer drive it: real processes, real keys, real drives.
New strings are asserted in English (SONGPEI_LANG=en) until they are translated."""

from __future__ import annotations

import os
import shutil

from content.pack import FILES
from sync.base.library import installed
from tests.support.cli import songpei
from tests.support.packs import author_folder, minimal_pdf, short_video

PASS = "publisher-pass-1"


def en(*args, **kw):
    return songpei(*args, lang="en", **kw)


def keys(tmp_path):
    pw = tmp_path / "pw"
    pw.write_text(PASS + "\n")
    r = en(
        "keys", "new", "--role", "publisher", "--out", tmp_path / "keys", "--passphrase-file", pw
    )
    assert r.returncode == 0, r.stderr
    return tmp_path / "keys" / "publisher.key", tmp_path / "keys" / "publisher.pub", pw


def test_build_verify_install_from_a_drive(tmp_path):
    key, pub, pw = keys(tmp_path)
    src = author_folder(tmp_path)
    drive = tmp_path / "usb"
    packs = drive / "songpei" / "packs"
    r = en("pack", "build", src, "--key", key, "--out", packs, "--passphrase-file", pw)
    assert r.returncode == 0, r.stderr
    assert "Built" in r.stdout and "pack a5-intro version 5" in r.stdout
    folder = packs / "a5-intro-v5.songpack"

    r = en("pack", "verify", folder, "--trust", pub)
    assert r.returncode == 0, r.stderr
    assert "is intact" in r.stdout and "every size and hash checked" in r.stdout

    data = tmp_path / "laptop"
    r = en("pack", "install", drive, "--data-dir", data)
    assert r.returncode == 1
    assert "does not trust" in r.stderr and "Traceback" not in r.stderr
    assert installed(data) == []

    assert en("trust", "add", pub, "--data-dir", data).returncode == 0
    r = en("pack", "install", drive, "--data-dir", data)
    assert r.returncode == 0, r.stderr
    assert "Installed a5-intro version 5" in r.stdout
    assert "%" in r.stderr and "MB/s" in r.stderr and "left" in r.stderr
    assert [p.version for p in installed(data)] == [5]

    r = en("pack", "install", folder, "--data-dir", data)
    assert r.returncode == 0
    assert "already installed; nothing copied" in r.stdout


def test_verify_and_install_refuse_a_changed_file(tmp_path):
    key, pub, pw = keys(tmp_path)
    out = tmp_path / "out"
    assert (
        en(
            "pack",
            "build",
            author_folder(tmp_path),
            "--key",
            key,
            "--out",
            out,
            "--passphrase-file",
            pw,
        ).returncode
        == 0
    )
    folder = out / "a5-intro-v5.songpack"
    doc = folder / FILES / "docs" / "清单.pdf"
    doc.write_bytes(doc.read_bytes().replace(b"list", b"lost"))

    r = en("pack", "verify", folder, "--trust", pub)
    assert r.returncode == 1
    assert "was changed after the pack was signed" in r.stderr and "清单.pdf" in r.stderr

    data = tmp_path / "laptop"
    en("trust", "add", pub, "--data-dir", data)
    r = en("pack", "install", folder, "--data-dir", data)
    assert r.returncode == 1
    assert "was refused" in r.stderr and "Nothing was installed" in r.stderr
    assert installed(data) == []


def test_a_refusal_speaks_chinese_by_default_without_a_traceback(tmp_path):
    r = songpei(
        "pack", "verify", tmp_path / "nothing.songpack", "--trust", tmp_path / "missing.pub"
    )
    assert r.returncode == 1
    assert "Traceback" not in r.stderr and "missing.pub" in r.stderr


def test_build_from_a_courseware_folder_lists_what_it_left_out(tmp_path):
    key, pub, pw = keys(tmp_path)
    cd = tmp_path / "cd"
    short_video(cd / "01 导入.mp4")
    (cd / "讲义.pdf").write_bytes(minimal_pdf())
    (cd / "03 坏了.rmvb").write_bytes(os.urandom(32 * 1024))
    (cd / "player.exe").write_bytes(b"MZ")
    r = en(
        "pack",
        "build",
        "--from-folder",
        cd,
        "--key",
        key,
        "--out",
        tmp_path / "out",
        "--id",
        "cd-2014",
        "--title",
        "2014 光盘",
        "--passphrase-file",
        pw,
    )
    assert r.returncode == 0, r.stderr
    assert "2 lessons" in r.stdout
    assert "length cannot be read" in r.stdout and "03 坏了.rmvb" in r.stdout
    assert "player.exe: a program" in r.stdout
    assert (
        en("pack", "verify", tmp_path / "out" / "cd-2014-v1.songpack", "--trust", pub).returncode
        == 0
    )


def test_build_arguments_are_checked(tmp_path):
    key, pub, pw = keys(tmp_path)
    r = en("pack", "build", "--key", key, "--out", tmp_path / "o", "--passphrase-file", pw)
    assert r.returncode == 2 and "either SRC_DIR or --from-folder" in r.stderr
    r = en(
        "pack",
        "build",
        "--from-folder",
        tmp_path,
        "--key",
        key,
        "--out",
        tmp_path / "o",
        "--passphrase-file",
        pw,
    )
    assert r.returncode == 2 and "needs --id and --title" in r.stderr
    src = author_folder(tmp_path)
    (src / "pack.toml").write_text('id = "x"\nversion = \n', "utf-8")
    r = en("pack", "build", src, "--key", key, "--out", tmp_path / "o", "--passphrase-file", pw)
    assert r.returncode == 1
    assert "pack.toml is not valid TOML" in r.stderr and ", line 2" in r.stderr
    r = en("pack", "build", src, "--key", pub, "--out", tmp_path / "o", "--passphrase-file", pw)
    assert r.returncode == 1 and "Traceback" not in r.stderr


def test_install_finds_no_pack(tmp_path):
    (tmp_path / "usb").mkdir()
    r = en("pack", "install", tmp_path / "usb", "--data-dir", tmp_path / "laptop")
    assert r.returncode == 1 and "No content pack found" in r.stderr
    shutil.rmtree(tmp_path / "usb")
