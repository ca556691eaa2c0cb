#!/bin/bash
# Issue #9's "keyboard-only review of 20 drafts in the demo": starts `repdesk --demo` in a throwaway
# profile on its own Xvfb display, opens the review queue with Ctrl+4 and works through 20 drafts by
# keyboard alone (every fifth edited and sent, every fifth discarded, the rest approved as proposed),
# then saves a screenshot whose queue header counts what was sent. Not run by ctest: it needs Xvfb
# and xdotool, and takes about 40 s.
#   usage: tests/bench/review_keyboard.sh [path/to/repdesk] [screenshot.png]
set -euo pipefail
app=${1:-build/repdesk}
shot=${2:-review-keyboard.png}
profile=$(mktemp -d)
trap 'kill "$app_pid" "$xvfb_pid" 2>/dev/null || true; rm -rf "$profile"' EXIT
export HOME=$profile XDG_CONFIG_HOME=$profile/config XDG_DATA_HOME=$profile/data XDG_CACHE_HOME=$profile/cache
export XDG_RUNTIME_DIR=$profile/run
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb_pid=$!
export DISPLAY=$display
sleep 1
# Chromium's sandbox cannot start as root; this run only.
QTWEBENGINE_DISABLE_SANDBOX=1 "$app" --demo >/dev/null 2>&1 &
app_pid=$!
for _ in $(seq 60); do
  window=$(xdotool search --onlyvisible --name Repdesk 2>/dev/null | head -1 || true)
  [ -n "$window" ] && break
  sleep 0.5
done
[ -n "$window" ] || { echo "no Repdesk window" >&2; exit 1; }
sleep 4 # the first sync and the queue's discovery
xdotool windowfocus --sync "$window"
xdotool key ctrl+4
sleep 6
import -window root "${shot%.png}-before.png"
for i in $(seq 0 19); do
  case $((i % 5)) in
    0) xdotool key Return; sleep 1.2; xdotool type --delay 20 "Looking forward to it. "; sleep 0.3; xdotool key ctrl+Return ;;
    1) xdotool key ctrl+Delete ;;
    *) xdotool key ctrl+Return ;;
  esac
  sleep 1
done
sleep 7 # the last undo delay
import -window root "$shot"
echo "screenshots: ${shot%.png}-before.png and $shot"
