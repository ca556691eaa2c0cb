#!/usr/bin/env bash
# Installs every Debian package the build, the tests and the app need.
# The list lives in debian-packages.txt beside this script; CPack's Depends is derived from it too.
# Usage: packaging/install-deps.sh [build|run|test|recommend|all]   (default: all = build, run and test;
# the "recommend" rows, fonts of about 140 MB, only when named)
set -euo pipefail
role="${1:-all}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mapfile -t pkgs < <(grep -v '^\s*#' "$here/debian-packages.txt" | awk -v r="$role" 'NF>=2 && ($2==r || ((r=="all" || r=="test") && $2!="recommend")) {print $1}')
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#pkgs[@]} packages present"
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
