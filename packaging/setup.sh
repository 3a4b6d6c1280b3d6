#!/usr/bin/env bash
# One setup step for developers, the demo and CI: Debian packages when missing, then .venv with
# the project installed editable with its dev and dist extras, then the compiled translations.
# Idempotent: a second run checks and returns in seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

# Runtime: libvlc plays courseware, WenQuanYi draws Chinese (screen and PDF), the xcb/EGL
# libraries let Qt open a window, libzbar0 reads certificates' QR codes from photos and scans. Development: Xvfb for screenshots, ffmpeg for test videos,
# espeak-ng to narrate the demo pack's lessons (packaging/demo_pack/make_videos.py),
# dosfstools and fusefat to test a real FAT32 trainer's drive without root's mount. Packaging
# (make dist / make deb): binutils for PyInstaller, desktop-file-utils and appstream to check the
# .desktop file and the AppStream metadata.
DEB_PACKAGES=(
  libvlc5 libvlc-bin vlc-plugin-base vlc-plugin-video-output
  fonts-wqy-microhei libzbar0
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libpulse0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-xkb1 libxcb-randr0
  xvfb xauth ffmpeg poppler-utils espeak-ng
  dosfstools fusefat
  binutils desktop-file-utils appstream
)

have_python() {
  command -v python3 >/dev/null 2>&1 &&
    python3 -c 'import sys, ensurepip, venv; sys.exit(sys.version_info < (3, 10))' 2>/dev/null
}

if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for p in "${DEB_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done
  have_python || missing+=(python3 python3-venv)
  if [ ${#missing[@]} -gt 0 ]; then
    line="apt-get install -y --no-install-recommends ${missing[*]}"
    if [ "$(id -u)" = 0 ]; then SUDO=""
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo"
    else
      echo "缺少系统软件包 / Missing Debian packages. Please run:" >&2
      echo "  sudo apt-get update && sudo $line" >&2
      exit 1
    fi
    echo "安装系统软件包 / installing Debian packages: ${missing[*]}"
    log=$(mktemp)
    if ! { $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
           $SUDO env DEBIAN_FRONTEND=noninteractive $line -qq; } >"$log" 2>&1; then
      cat "$log" >&2
      echo "安装失败 / apt-get failed: $line" >&2
      exit 1
    fi
    rm -f "$log"
  fi
else
  echo "注意：不是 Debian 系统，请自行安装 libvlc 与文泉驿微米黑字体 / not Debian: install libvlc and a CJK font yourself" >&2
fi

have_python || { echo "需要 Python ≥ 3.10 / Python >= 3.10 with venv is required" >&2; exit 1; }

# The stamp is the hash of pyproject.toml: pip runs again only when the dependencies change.
stamp_want=$(python3 -c 'import hashlib,sys;print(hashlib.sha256(open("pyproject.toml","rb").read()).hexdigest())')
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
if [ "$(cat .venv/.songpei-stamp 2>/dev/null)" != "$stamp_want" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e '.[dev,dist]'
  echo "$stamp_want" > .venv/.songpei-stamp
fi

.venv/bin/python -m app.i18n.build release
