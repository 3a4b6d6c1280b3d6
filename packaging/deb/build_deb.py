"""Wrap the onedir build (dist/songpei/) into a .deb for UOS, Kylin and Debian.

    python packaging/deb/build_deb.py --version 0.1.0 dist/songpei dist

Layout: /opt/songpei (the onedir as built), /usr/bin/songpei (a two-line wrapper), the desktop
file with its Chinese name and the AppStream metadata (both named by the application id), the
icon at every hicolor size and as SVG, the copyright. `Depends` is computed, not typed: every
library an ELF file in the bundle needs and the bundle does not hold is looked up in the build
machine's dpkg database (what dpkg-shlibdeps does, without a debian/ source tree), so the list
always matches what was left out (X11/XCB, EGL/GL, fontconfig, the system FFmpeg …).
Built with `dpkg-deb --build --root-owner-group`: no root needed, files owned by root."""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ICONS = HERE.parent / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)  # packaging/icons/render_icons.py makes them
PACKAGE = "songpei"
APP_ID = "io.github.songpei.Songpei"  # AppStream id = desktop file name (packaging/linux/)
METAINFO = HERE.parent / "linux" / f"{APP_ID}.metainfo.xml"
# Libraries the program opens by name at run time (ctypes), which no ELF file in the bundle
# lists as needed: pyzbar loads libzbar.so.0 to read certificates' QR codes.
LOADED_AT_RUN_TIME = ("libzbar0",)
# Libraries needed only by plugins a desktop may or may not use; never a hard dependency.
OPTIONAL = {
    "libgtk-3.so.0",
    "libgdk-3.so.0",
    "libatk-1.0.so.0",
    "libpango-1.0.so.0",
    "libcairo-gobject.so.2",
    "libgdk_pixbuf-2.0.so.0",
}

DESKTOP = """[Desktop Entry]
Type=Application
Name=Songpei
Name[zh_CN]=送培
GenericName=Teacher IT-ability training
GenericName[zh_CN]=教师信息技术应用能力提升培训
Comment=Offline courses, self-tests, practice evidence and hours for village teachers
Comment[zh_CN]=离线学习课程、自测、提交实践成果、查看学时
Exec=/usr/bin/songpei
Icon=songpei
Terminal=false
Categories=Education;
Keywords=training;teacher;送培;培训;学时;
StartupWMClass=songpei
Actions=demo;

[Desktop Action demo]
Name=Demo
Name[zh_CN]=演示模式
Exec=/usr/bin/songpei demo
"""

WRAPPER = """#!/bin/sh
# Songpei lives in /opt/songpei (a self-contained build); this puts it on the PATH.
exec /opt/songpei/songpei "$@"
"""

COPYRIGHT = """Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: songpei
License: GPL-3.0-or-later
Comment: /opt/songpei bundles Python (PSF-2.0), Qt 6 and PySide6 (LGPL-3.0), libvlc (LGPL-2.1+),
 WenQuanYi Micro Hei (Apache-2.0 / GPL-3 with font exception), reportlab (BSD), cryptography
 (Apache-2.0 / BSD). On Debian systems the GPL-3 is in /usr/share/common-licenses/GPL-3.
"""


def elf_files(root: Path) -> list[Path]:
    out = []
    for p in root.rglob("*"):
        if p.is_file() and not p.is_symlink():
            with open(p, "rb") as fh:
                if fh.read(4) == b"\x7fELF":
                    out.append(p)
    return out


def needed(path: Path) -> set[str]:
    r = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True)
    return set(re.findall(r"^\s*NEEDED\s+(\S+)", r.stdout, re.M))


def system_paths() -> dict[str, str]:
    """soname -> path, from the dynamic loader's cache (x86-64 entries only)."""
    out = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True).stdout
    found: dict[str, str] = {}
    for m in re.finditer(r"^\s*(\S+) \(libc6,x86-64[^)]*\) => (\S+)$", out, re.M):
        found.setdefault(m.group(1), m.group(2))
    return found


def owners(paths: list[str]) -> dict[str, str]:
    """path -> Debian package, with one dpkg -S call (usrmerge: try /usr/lib and the real path)."""
    tries = {
        path: {path, os.path.realpath(path), path.replace("/lib/", "/usr/lib/", 1)}
        for path in paths
    }
    every = sorted(set().union(*tries.values())) if tries else []
    r = subprocess.run(["dpkg", "-S", *every], capture_output=True, text=True)
    package_of = {}
    for line in r.stdout.splitlines():
        pkg, _, file = line.partition(": ")
        package_of[file.strip()] = pkg.split(":")[0].split(",")[0].strip()
    return {
        path: next((package_of[t] for t in alts if t in package_of), None)
        for path, alts in tries.items()
    }


def glibc_version() -> str:
    r = subprocess.run(
        ["dpkg-query", "-W", "-f=${Version}", "libc6"], capture_output=True, text=True
    )
    return (
        r.stdout.split("-")[0]
        if r.returncode == 0
        else os.confstr("CS_GNU_LIBC_VERSION").split()[1]
    )


def depends(bundle: Path) -> tuple[list[str], list[str]]:
    """(Debian packages the bundle needs, sonames nothing on this machine provides)."""
    inside = {p.name for p in bundle.rglob("*")}
    wanted: set[str] = set()
    for f in elf_files(bundle):
        wanted |= needed(f)
    outside = sorted(wanted - inside)
    paths = system_paths()
    wanted_out = [s for s in outside if s not in OPTIONAL]
    known = owners([paths[s] for s in wanted_out if s in paths])
    packages: set[str] = set()
    unresolved = []
    for soname in wanted_out:
        pkg = known.get(paths.get(soname, ""))
        if pkg is None:
            unresolved.append(soname)
        else:
            packages.add(pkg)
    packages.discard("libc6")
    packages |= set(LOADED_AT_RUN_TIME)
    return [f"libc6 (>= {glibc_version()})", *sorted(packages)], unresolved


def build(bundle: Path, out_dir: Path, version: str) -> Path:
    root = out_dir / "deb-root"
    if root.exists():
        shutil.rmtree(root)
    opt = root / "opt" / PACKAGE
    shutil.copytree(bundle, opt, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    wrapper = root / "usr" / "bin" / PACKAGE
    wrapper.write_text(WRAPPER)
    share = root / "usr" / "share"
    apps = share / "applications"
    apps.mkdir(parents=True)
    (apps / f"{APP_ID}.desktop").write_text(DESKTOP, encoding="utf-8")
    (share / "metainfo").mkdir()
    shutil.copy(METAINFO, share / "metainfo" / METAINFO.name)
    hicolor = share / "icons" / "hicolor"
    for size in ICON_SIZES:
        folder = hicolor / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy(ICONS / f"{PACKAGE}-{size}.png", folder / f"{PACKAGE}.png")
    (hicolor / "scalable" / "apps").mkdir(parents=True)
    shutil.copy(ICONS / f"{PACKAGE}.svg", hicolor / "scalable" / "apps" / f"{PACKAGE}.svg")
    doc = root / "usr" / "share" / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(COPYRIGHT)
    for p in root.rglob("*"):  # dpkg-deb refuses group/world-writable control or odd modes
        if p.is_symlink():
            continue
        executable = p.is_dir() or os.access(p, os.X_OK)
        p.chmod(0o755 if executable else 0o644)
    wrapper.chmod(0o755)

    deps, unresolved = depends(opt)
    if unresolved:  # a library the bundle needs that neither it nor any package holds
        raise SystemExit(
            "no package provides "
            + ", ".join(unresolved)
            + " (add it to the bundle, or drop what needs it in songpei.spec)"
        )
    size_kb = (
        sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    )
    control = root / "DEBIAN"
    control.mkdir()
    (control / "control").write_text(
        f"Package: {PACKAGE}\n"
        f"Version: {version}\n"
        "Architecture: amd64\n"
        "Maintainer: Songpei <songpei@localhost>\n"
        f"Installed-Size: {size_kb}\n"
        f"Depends: {', '.join(deps)}\n"
        "Recommends: libpulse0\n"
        "Section: education\n"
        "Priority: optional\n"
        "Homepage: https://songpei.invalid/\n"
        "Description: offline kit for the teacher IT-ability training programme\n"
        " 送培：乡村学校教师信息技术应用能力提升培训的离线工具。教师离线学习课程、\n"
        " 自测、提交实践成果、累计学时；送培教师用U盘安装课程包、收集学习记录；\n"
        " 县级管理员导入记录、认定学时、导出报表。\n"
        " .\n"
        " Village teachers study courses, take self-tests and submit practice evidence\n"
        " without a network; trainers carry packs and records on a USB drive; the county\n"
        " imports the records, recognises hours and exports reports.\n",
        encoding="utf-8",
    )
    deb = out_dir / f"{PACKAGE}_{version}_amd64.deb"
    subprocess.run(
        ["dpkg-deb", "--build", "--root-owner-group", str(root), str(deb)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    shutil.rmtree(root)
    return deb


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--version", required=True)
    ap.add_argument("bundle", type=Path)
    ap.add_argument("out", type=Path)
    args = ap.parse_args(argv)
    if not (args.bundle / PACKAGE).is_file():
        print(f"{args.bundle}/{PACKAGE} not found: run make dist first", file=sys.stderr)
        return 1
    deb = build(args.bundle, args.out, args.version)
    print(f"{deb} {deb.stat().st_size // 1024} KiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
