#!/usr/bin/env bash
# Runs every ctest test headless. Tests that need a secret service get a private
# D-Bus session with an unlocked gnome-keyring, so nothing touches the user's keyring.
set -euo pipefail
build="${1:-build}"
shift || true
export QT_QPA_PLATFORM=offscreen
if [ -z "${REPDESK_IN_TEST_SESSION:-}" ] && command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
  export REPDESK_IN_TEST_SESSION=1
  exec dbus-run-session -- "$0" "$build" "$@"
fi
if [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] && command -v gnome-keyring-daemon >/dev/null; then
  export XDG_DATA_HOME="$(mktemp -d)"
  echo -n "repdesk-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
fi
ctest --test-dir "$build" --output-on-failure --no-tests=error -j2 "$@"
