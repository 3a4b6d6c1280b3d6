#!/usr/bin/env bash
# Check a built songpei .deb as far as this machine allows: its control data and file list,
# the desktop file and the AppStream metadata, then unpack it into a scratch root (dpkg -x, no
# root needed) and run the packaged self-test from there. As root on a Debian-like system (CI),
# also install it for real with dpkg -i, run /usr/bin/songpei --self-test, and remove it again.
set -euo pipefail
deb=${1:?usage: check_deb.sh songpei_VERSION_amd64.deb}
fail() { echo "check_deb: $*" >&2; exit 1; }
app_id=io.github.songpei.Songpei

info=$(dpkg-deb --info "$deb")
for field in "Package: songpei" "Architecture: amd64" "Depends: libc6 (>= " "libxcb1" "libegl1" \
             "libfontconfig1" "libavcodec" "libzbar0"; do
  grep -qF "$field" <<<"$info" || fail "control lacks '$field'"
done
contents=$(dpkg-deb --contents "$deb")
icons=()
for size in 16 24 32 48 64 128 256; do
  icons+=("./usr/share/icons/hicolor/${size}x${size}/apps/songpei.png")
done
for path in ./opt/songpei/songpei ./usr/bin/songpei "./usr/share/applications/$app_id.desktop" \
            "./usr/share/metainfo/$app_id.metainfo.xml" "${icons[@]}" \
            ./usr/share/icons/hicolor/scalable/apps/songpei.svg \
            ./opt/songpei/_internal/vlc/plugins/plugins.dat \
            ./opt/songpei/_internal/app/bundled/fonts/wqy-microhei.ttc \
            ./opt/songpei/_internal/app/translations/songpei_zh_CN.qm; do
  grep -qF " $path" <<<"$contents" || fail "$path is not in the package"
done
if grep -v " root/root " <<<"$contents" | grep -q .; then fail "files not owned by root/root"; fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
dpkg-deb -x "$deb" "$scratch"
desktop="$scratch/usr/share/applications/$app_id.desktop"
grep -q '^Name\[zh_CN\]=送培$' "$desktop" || fail "the desktop file has no Chinese name"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$desktop"; fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$scratch/usr/share/metainfo/$app_id.metainfo.xml" >/dev/null ||
    fail "the AppStream metadata does not validate"
fi
echo "== self-test from the unpacked package ($scratch/opt/songpei)"
QT_QPA_PLATFORM=offscreen "$scratch/opt/songpei/songpei" --self-test

if [ "$(id -u)" = 0 ] && [ -n "${CI:-}" ] && command -v dpkg >/dev/null; then
  if dpkg-query -W -f='${Status}' songpei 2>/dev/null | grep -q "ok installed"; then
    fail "songpei is already installed here; not touching it"
  fi
  echo "== dpkg -i (running as root in CI)"
  dpkg -i "$deb"
  trap 'dpkg -r songpei >/dev/null; rm -rf "$scratch"' EXIT
  QT_QPA_PLATFORM=offscreen /usr/bin/songpei --self-test
fi
echo "check_deb: $deb is good ($(du -h "$deb" | cut -f1))"
