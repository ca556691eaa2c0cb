#!/usr/bin/env bash
# Checks the desktop integration files and, on request, the .deb built from a build tree.
#
#   tests/packaging/check-metadata.sh                    # validate .desktop + metainfo
#   REPDESK_TEST_CPACK=1 tests/packaging/check-metadata.sh build
#                                                        # also cpack -G DEB and inspect it
#
# The cpack part is opt-in because it strips and packages the binaries (a minute or more);
# ctest runs this script with the build dir, so `REPDESK_TEST_CPACK=1 ctest -L packaging`
# exercises everything. A missing validator is a skip, not a failure: they are test-only
# packages (desktop-file-utils, appstream) that a build-only machine may lack.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
pkg="$root/packaging"
build="${1:-}"
failures=0

fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }
skip() { echo "skip: $*"; }

# --- static metadata -----------------------------------------------------------------
desktop="$pkg/io.repdesk.Repdesk.desktop"
metainfo="$pkg/io.repdesk.Repdesk.metainfo.xml"

if command -v desktop-file-validate >/dev/null; then
  # Hints (e.g. two main categories) are printed but do not fail: only errors do.
  if out="$(desktop-file-validate "$desktop" 2>&1)"; then
    pass "desktop-file-validate"
  else
    fail "desktop-file-validate: $out"
  fi
  [ -n "${out:-}" ] && echo "$out" | sed 's/^/    /'
else
  skip "desktop-file-validate not installed (apt install desktop-file-utils)"
fi

if command -v appstreamcli >/dev/null; then
  if out="$(appstreamcli validate --no-net "$metainfo" 2>&1)"; then
    pass "appstreamcli validate"
  else
    fail "appstreamcli validate: $out"
  fi
else
  skip "appstreamcli not installed (apt install appstream)"
fi

# The three files must agree on the application id, or software centres lose the icon/launcher.
grep -qx 'Icon=io.repdesk.Repdesk' "$desktop" || fail "desktop Icon= is not the app id"
grep -q '<launchable type="desktop-id">io.repdesk.Repdesk.desktop</launchable>' "$metainfo" \
  || fail "metainfo launchable does not name io.repdesk.Repdesk.desktop"
grep -q '<id>io.repdesk.Repdesk</id>' "$metainfo" || fail "metainfo id is not io.repdesk.Repdesk"
version="$(sed -n 's/^project(Repdesk VERSION \([0-9.]*\).*/\1/p' "$root/CMakeLists.txt")"
grep -q "<release version=\"$version\"" "$metainfo" \
  || fail "metainfo has no <release> for the project version $version"
grep -q '<content_rating type="oars-1.1">' "$metainfo" || fail "metainfo has no OARS content rating"

# Each screenshot the metainfo names is a file in resources/screenshots/ (what a release publishes),
# and README shows the same files.
shots=0
while read -r name; do
  shots=$((shots + 1))
  [ -f "$root/resources/screenshots/$name" ] || fail "metainfo screenshot $name is not in resources/screenshots/"
  grep -q "resources/screenshots/$name" "$root/README.md" || fail "README does not show resources/screenshots/$name"
done < <(sed -n 's#.*<image[^>]*>[^<]*/screenshots/\([^<]*\)</image>.*#\1#p' "$metainfo")
[ "$shots" -ge 5 ] && pass "metainfo names $shots screenshots" \
  || fail "metainfo names $shots screenshots (want at least 5)"

# The hicolor PNGs (packaging/render-icons.sh) exist at every size install.cmake installs.
sizes="$(sed -n 's/^set(REPDESK_ICON_SIZES \(.*\))$/\1/p' "$pkg/install.cmake")"
[ -n "$sizes" ] || fail "no REPDESK_ICON_SIZES in packaging/install.cmake"
for n in $sizes; do
  png="$root/resources/icons/hicolor/${n}x${n}/io.repdesk.Repdesk.png"
  if [ ! -f "$png" ]; then
    fail "missing $png (run packaging/render-icons.sh)"
  elif ! head -c 24 "$png" | od -An -tx1 | tr -d ' \n' | grep -q "^89504e470d0a1a0a.\{16\}$(printf '%08x%08x' "$n" "$n")$"; then
    fail "$png is not a ${n}x${n} PNG"
  fi
done
pass "hicolor PNGs: $sizes"

# The Flatpak manifest is untested here (no runtime); at least keep the sandbox holes it needs.
flatpak="$pkg/flatpak/io.repdesk.Repdesk.yml"
for arg in --share=network --socket=wayland --socket=fallback-x11 \
           --talk-name=org.freedesktop.secrets --talk-name=org.freedesktop.Notifications; do
  grep -q -- "- $arg" "$flatpak" || fail "flatpak manifest lacks finish-arg $arg"
done

# --- the .deb ------------------------------------------------------------------------
if [ "${REPDESK_TEST_CPACK:-0}" != "1" ]; then
  skip "cpack checks (set REPDESK_TEST_CPACK=1 and pass the build dir)"
elif [ -z "$build" ] || [ ! -f "$build/CPackConfig.cmake" ]; then
  fail "REPDESK_TEST_CPACK=1 needs a configured build dir with CPackConfig.cmake (got '$build')"
elif ! command -v dpkg-deb >/dev/null; then
  skip "dpkg-deb not installed"
else
  build="$(cd "$build" && pwd)"
  out_dir="$(mktemp -d)"
  trap 'rm -rf "$out_dir"' EXIT
  # -B keeps _CPack_Packages out of the build tree, so parallel ctest runs do not collide.
  if ! (cd "$build" && cpack -G DEB -B "$out_dir" >"$out_dir/cpack.log" 2>&1); then
    fail "cpack -G DEB"; sed 's/^/    /' "$out_dir/cpack.log"
  fi
  deb="$(find "$out_dir" -maxdepth 1 -name "repdesk_${version}_*.deb" | head -n1)"
  sandbox_deb="$(find "$out_dir" -maxdepth 1 -name "repdesk-sandbox_${version}_*.deb" | head -n1)"
  [ -n "$sandbox_deb" ] && pass "cpack -G DEB: $(basename "$sandbox_deb")" || fail "no repdesk-sandbox .deb produced"
  if [ -z "$deb" ]; then
    fail "no repdesk .deb produced"
  else
    pass "cpack -G DEB: $(basename "$deb")"
    depends="$(dpkg-deb -f "$deb" Depends)"
    echo "    Depends: $depends"
    # Every "run" row of the dependency list must be declared ...
    while read -r name; do
      grep -Eq "(^|, )$name( |,|$)" <<<"$depends" || fail "Depends lacks run package $name"
    done < <(grep -v '^\s*#' "$pkg/debian-packages.txt" | awk 'NF>=2 && $2=="run" {print $1}')
    # ... and dpkg-shlibdeps must have added the linked Qt libraries (CPack skips that step
    # silently when dpkg-shlibdeps or file is missing).
    for lib in libqt6core6 libqt6widgets6 libqt6webenginewidgets6; do
      grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib (dpkg-shlibdeps did not run?)"
    done
    recommends="$(dpkg-deb -f "$deb" Recommends)"
    echo "    Recommends: $recommends"
    while read -r name; do
      grep -Eq "(^|, )$name( |,|$)" <<<"$recommends" || fail "Recommends lacks $name"
    done < <(grep -v '^\s*#' "$pkg/debian-packages.txt" | awk 'NF>=2 && $2=="recommend" {print $1}')
    contents="$(dpkg-deb -c "$deb" | awk '{print $NF}')"
    for f in usr/bin/repdesk \
             usr/lib/repdesk/plugins/librepdesk_webviews.so \
             usr/share/applications/io.repdesk.Repdesk.desktop \
             usr/share/metainfo/io.repdesk.Repdesk.metainfo.xml \
             usr/share/icons/hicolor/scalable/apps/io.repdesk.Repdesk.svg \
             usr/share/icons/hicolor/64x64/apps/io.repdesk.Repdesk.png \
             usr/share/icons/hicolor/128x128/apps/io.repdesk.Repdesk.png; do
      grep -qx "\./$f" <<<"$contents" && pass "deb contains /$f" || fail "deb lacks /$f"
    done
    grep -qx "\./usr/bin/repdesk-sandbox" <<<"$contents" && fail "repdesk .deb carries repdesk-sandbox"
    if [ -n "$sandbox_deb" ]; then
      sandbox_contents="$(dpkg-deb -c "$sandbox_deb" | awk '{print $NF}')"
      grep -qx './usr/bin/repdesk-sandbox' <<<"$sandbox_contents" \
        && pass "repdesk-sandbox .deb contains /usr/bin/repdesk-sandbox" || fail "repdesk-sandbox .deb lacks its binary"
    fi
    # Nothing from the build or test trees may leak into the package.
    if leaked="$(grep -E '/(tst_|bench_)|/include/|\.a$' <<<"$contents")"; then
      fail "deb contains test or development files: $leaked"
    fi
    # appstream's tree check sees what a software centre sees: metainfo + desktop + icon.
    if command -v appstreamcli >/dev/null; then
      tree="$out_dir/tree"
      dpkg-deb -x "$deb" "$tree"
      if out="$(appstreamcli validate-tree --no-net "$tree" 2>&1)"; then
        pass "appstreamcli validate-tree on the unpacked .deb"
      else
        fail "appstreamcli validate-tree: $out"
      fi
    fi
  fi
fi

if [ "$failures" -ne 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all packaging checks passed"
