#!/usr/bin/env bash
# CI stage: the packages as a user gets them. Builds the .deb and .rpm packages from the main
# build (cpack), installs the .debs with apt, runs the installed /usr/bin/repdesk (--version,
# then `--demo` offscreen until the first painted list, then until the WebEngine plugin has
# rendered from /usr/lib/repdesk/plugins), removes them again, and checks the RPMs' file lists.
#
#   bash tests/ci/stage-30-package.sh build      # as root (or with password-less sudo)
#
# It really installs into /usr: run it on a CI machine or a throw-away container, not on a
# desktop where a repdesk package of your own is installed (it would be replaced and removed).
# The fonts the .deb recommends (about 140 MB) are not downloaded here: apt runs with
# --no-install-recommends and the Recommends field is checked instead.
set -euo pipefail

build="$(cd "${1:-build}" && pwd)"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif sudo -n true 2>/dev/null; then
  SUDO=(sudo -n)
else
  echo "stage-30-package: needs root or password-less sudo to install packages" >&2
  exit 1
fi
for tool in cpack apt-get dpkg-deb rpm rpmbuild timeout; do
  command -v "$tool" >/dev/null || { echo "stage-30-package: $tool not found (packaging/install-deps.sh test)" >&2; exit 1; }
done

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

work="$(mktemp -d /tmp/repdesk-package.XXXXXX)"
installed_by_us=0
cleanup() {
  if [ "$installed_by_us" = 1 ] && dpkg-query -W -f='${Status}' repdesk 2>/dev/null | grep -q "ok installed"; then
    DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get remove -y -qq repdesk repdesk-sandbox >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

version="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")"
[ -n "$version" ] || { echo "stage-30-package: no project version in $build/CMakeCache.txt" >&2; exit 1; }

# A package left by an interrupted run would make the install a no-op: start clean.
for p in repdesk repdesk-sandbox; do
  if dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
    echo "note: $p was installed before this stage; removing it first"
    DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get remove -y -qq "$p" >/dev/null
  fi
done

# --- build the packages -----------------------------------------------------------------
t0="$(now)"
# -B keeps _CPack_Packages out of the build tree.
if ! (cd "$build" && cpack -G "DEB;RPM" -B "$work" >"$work/cpack.log" 2>&1); then
  sed 's/^/    /' "$work/cpack.log"
  echo "FAIL: cpack"; exit 1
fi
t_cpack="$(secs "$t0" "$(now)")"
deb="$(ls "$work"/repdesk_"$version"_*.deb 2>/dev/null | head -n1)"
sandbox_deb="$(ls "$work"/repdesk-sandbox_"$version"_*.deb 2>/dev/null | head -n1)"
rpm_app="$(ls "$work"/repdesk-"$version"-*.rpm 2>/dev/null | head -n1)"
rpm_sandbox="$(ls "$work"/repdesk-sandbox-"$version"-*.rpm 2>/dev/null | head -n1)"
for f in deb sandbox_deb rpm_app rpm_sandbox; do
  [ -n "${!f}" ] || { ls -l "$work"; echo "FAIL: cpack made no $f package"; exit 1; }
done
pass "cpack in ${t_cpack} s: $(cd "$work" && ls ./*.deb ./*.rpm | xargs -n1 basename | tr '\n' ' ')"

# --- control fields ---------------------------------------------------------------------
[ "$(dpkg-deb -f "$deb" Package)" = repdesk ] || fail "app .deb is not named repdesk"
[ "$(dpkg-deb -f "$sandbox_deb" Package)" = repdesk-sandbox ] || fail "sandbox .deb is not named repdesk-sandbox"
recommends="$(dpkg-deb -f "$deb" Recommends)"
while read -r font; do
  grep -Eq "(^|, )$font( |,|$)" <<<"$recommends" && pass "Recommends $font" || fail "Recommends lacks $font"
done < <(grep -v '^\s*#' "$root/packaging/debian-packages.txt" | awk 'NF>=2 && $2=="recommend" {print $1}')
# (Listings in variables: with pipefail, grep -q closing a pipe early would read as a failure.)
deb_files="$(dpkg-deb -c "$deb" | awk '{print $NF}')"
sandbox_files="$(dpkg-deb -c "$sandbox_deb" | awk '{print $NF}')"
grep -qx './usr/bin/repdesk-sandbox' <<<"$deb_files" && fail "repdesk .deb carries repdesk-sandbox"
grep -qx './usr/bin/repdesk-sandbox' <<<"$sandbox_files" || fail "repdesk-sandbox .deb lacks /usr/bin/repdesk-sandbox"

# --- install ------------------------------------------------------------------------------
t0="$(now)"
installed_by_us=1
if ! DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends \
       "$deb" "$sandbox_deb" >"$work/apt.log" 2>&1; then
  sed 's/^/    /' "$work/apt.log"
  echo "FAIL: apt-get install"; exit 1
fi
t_install="$(secs "$t0" "$(now)")"
pass "apt-get install in ${t_install} s"

# The app creates its QApplication before it reads the options, so even --version needs a
# platform plugin; CI has no display, and offscreen stands in for one.
out="$(QT_QPA_PLATFORM=offscreen /usr/bin/repdesk --version 2>"$work/version.err")" \
  || { fail "/usr/bin/repdesk --version exited $?"; sed 's/^/    /' "$work/version.err"; }
[ "$out" = "repdesk $version" ] && pass "/usr/bin/repdesk --version: $out" || fail "/usr/bin/repdesk --version said '$out'"
/usr/bin/repdesk-sandbox --help >/dev/null 2>&1 && pass "/usr/bin/repdesk-sandbox --help" || fail "/usr/bin/repdesk-sandbox --help"
# In the application menu: the launcher, its icon at the sizes menus ask for, and AppStream.
for f in /usr/share/applications/io.repdesk.Repdesk.desktop /usr/share/metainfo/io.repdesk.Repdesk.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/io.repdesk.Repdesk.svg \
         /usr/share/icons/hicolor/48x48/apps/io.repdesk.Repdesk.png /usr/share/icons/hicolor/256x256/apps/io.repdesk.Repdesk.png; do
  [ -f "$f" ] || fail "not installed: $f"
done
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate /usr/share/applications/io.repdesk.Repdesk.desktop && pass "installed .desktop validates" \
    || fail "installed .desktop does not validate"
fi

# --- run the installed app ----------------------------------------------------------------
# A fresh profile per run, away from the build tree, and nothing pointing at a build's plugins.
run_installed() { # <hook variable> <seconds> <output file>
  local profile; profile="$(mktemp -d "$work/profile.XXXXXX")"
  (cd "$profile" && env -u REPDESK_PLUGIN_DIR -u LD_LIBRARY_PATH -u QT_PLUGIN_PATH \
      HOME="$profile" XDG_CONFIG_HOME="$profile/config" XDG_DATA_HOME="$profile/data" \
      XDG_CACHE_HOME="$profile/cache" XDG_RUNTIME_DIR="$profile/run" \
      QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 "$1=1" \
      timeout --kill-after=10 "$2" /usr/bin/repdesk --demo >"$3" 2>"$3.err")
}
t0="$(now)"
if run_installed REPDESK_REPORT_FIRST_PAINT 120 "$work/paint.out" && grep -Eq '^first-paint rows=[1-9]' "$work/paint.out"; then
  pass "installed repdesk --demo painted its list in $(secs "$t0" "$(now)") s ($(grep -m1 '^first-paint' "$work/paint.out"))"
else
  fail "installed repdesk --demo did not paint a list"; sed 's/^/    /' "$work/paint.out" "$work/paint.out.err" | tail -n 30
fi
t0="$(now)"
plugin=/usr/lib/repdesk/plugins/librepdesk_webviews.so
if run_installed REPDESK_REPORT_WEBVIEWS 180 "$work/web.out" && grep -qx "webviews: loaded $plugin rendered=ok" "$work/web.out"; then
  pass "WebEngine plugin loaded from $plugin and rendered in $(secs "$t0" "$(now)") s"
else
  fail "WebEngine plugin not loaded from $plugin (or did not render)"
  sed 's/^/    /' "$work/web.out" "$work/web.out.err" | tail -n 30
fi

# --- remove -------------------------------------------------------------------------------
t0="$(now)"
DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get remove -y -qq repdesk repdesk-sandbox >"$work/remove.log" 2>&1 \
  || { sed 's/^/    /' "$work/remove.log"; fail "apt-get remove"; }
installed_by_us=0
t_remove="$(secs "$t0" "$(now)")"
for f in /usr/bin/repdesk /usr/bin/repdesk-sandbox "$plugin" /usr/share/applications/io.repdesk.Repdesk.desktop; do
  [ ! -e "$f" ] || fail "still present after remove: $f"
done
pass "apt-get remove in ${t_remove} s"

# --- RPM file lists -----------------------------------------------------------------------
rpm_files="$(rpm -qlp "$rpm_app" 2>/dev/null)"
expect=(/usr/bin/repdesk "$plugin" /usr/share/applications/io.repdesk.Repdesk.desktop
        /usr/share/metainfo/io.repdesk.Repdesk.metainfo.xml /usr/share/icons/hicolor/scalable/apps/io.repdesk.Repdesk.svg)
for n in 16 22 24 32 48 64 128 256 512; do
  expect+=("/usr/share/icons/hicolor/${n}x${n}/apps/io.repdesk.Repdesk.png")
done
missing=0
for f in "${expect[@]}"; do
  grep -qx "$f" <<<"$rpm_files" || { fail "RPM lacks $f"; missing=1; }
done
[ "$missing" = 0 ] && pass "RPM $(basename "$rpm_app") lists the binary, plugin, desktop file, metainfo and ${#expect[@]} files in all"
grep -qx /usr/bin/repdesk-sandbox <<<"$rpm_files" && fail "repdesk RPM carries repdesk-sandbox"
rpm_sandbox_files="$(rpm -qlp "$rpm_sandbox" 2>/dev/null)"
grep -qx /usr/bin/repdesk-sandbox <<<"$rpm_sandbox_files" && pass "RPM $(basename "$rpm_sandbox") lists /usr/bin/repdesk-sandbox" \
  || fail "repdesk-sandbox RPM lacks /usr/bin/repdesk-sandbox"
# Standard directories belong to the filesystem package; owning them makes the install conflict.
if owned="$(grep -Ex '/usr(/bin|/lib|/share|/share/applications|/share/icons(/hicolor(/[^/]+(/apps)?)?)?|/share/metainfo)?' <<<"$rpm_files")"; then
  fail "RPM owns system directories: $(tr '\n' ' ' <<<"$owned")"
fi
rpm_suggests="$(rpm -qp --suggests "$rpm_app" 2>/dev/null)"
grep -q noto-sans-cjk <<<"$rpm_suggests" && pass "RPM suggests the CJK fonts" || fail "RPM suggests no CJK fonts"

if [ "$failures" -ne 0 ]; then
  echo "$failures package check(s) failed"
  exit 1
fi
echo "package: cpack ${t_cpack} s, install ${t_install} s, remove ${t_remove} s; all checks passed"
