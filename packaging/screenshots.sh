#!/usr/bin/env bash
# Takes the screenshots in resources/screenshots/ (README, AppStream) from `repdesk --demo`: a real
# session on the demo server, under Xvfb, with a fresh profile, driven by the keyboard.
#
#   packaging/screenshots.sh [build-dir | path/to/repdesk] [display number]
#   packaging/screenshots.sh build 99        # default: build/repdesk on :99
#
# Needs xvfb, xdotool and ImageMagick's import (packaging/install-deps.sh test). The demo data is
# anchored at the current time, so names and figures differ between runs; look at each picture
# before committing it. The language is the session's (LANGUAGE=de packaging/screenshots.sh ...
# for German); the output file names do not change with it, so use OUT=<dir> for a second set.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="${1:-$root/build}"
[ -d "$target" ] && target="$target/repdesk"
[ -x "$target" ] || { echo "screenshots: $target is not an executable" >&2; exit 1; }
display=":${2:-99}"
out="${OUT:-$root/resources/screenshots}"
width=1280 height=800
for tool in Xvfb xdotool import; do
  command -v "$tool" >/dev/null || { echo "screenshots: $tool not found (packaging/install-deps.sh test)" >&2; exit 1; }
done
mkdir -p "$out"

profile="$(mktemp -d /tmp/repdesk-shots.XXXXXX)"
xvfb_pid= app_pid=
cleanup() { # every step tolerates failure: set -e applies inside the trap too
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true; fi
  rm -rf "$profile"
}
trap cleanup EXIT

Xvfb "$display" -screen 0 "${width}x${height}x24" -nolisten tcp >"$profile/xvfb.log" 2>&1 &
xvfb_pid=$!
export DISPLAY="$display"
for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done
# Our own server, not someone else's on the same number (Xvfb exits when the display is taken).
kill -0 "$xvfb_pid" 2>/dev/null || { echo "screenshots: display $display is in use; pick another number" >&2; exit 1; }

mkdir -p "$profile/run" && chmod 700 "$profile/run"
env HOME="$profile" XDG_CONFIG_HOME="$profile/config" XDG_DATA_HOME="$profile/data" \
    XDG_CACHE_HOME="$profile/cache" XDG_RUNTIME_DIR="$profile/run" \
    QTWEBENGINE_DISABLE_SANDBOX="$([ "$(id -u)" = 0 ] && echo 1 || echo 0)" \
    "$target" --demo >"$profile/repdesk.log" 2>&1 &
app_pid=$!

# The main window: the app's widest visible window. Looked up again for every picture: a
# window seen in the first seconds can be replaced (and WebEngine's helper windows come and go).
main_window() {
  local w width
  for w in $(xdotool search --onlyvisible --class repdesk 2>/dev/null || true); do
    width="$(xdotool getwindowgeometry "$w" 2>/dev/null | sed -n 's/.*Geometry: \([0-9]*\)x.*/\1/p')"
    [ "${width:-0}" -ge 600 ] && { echo "$w"; return 0; }
  done
  return 1
}
# The list paints from the demo server within seconds; WebEngine warms up at idle after that.
sleep 12
window=
for _ in $(seq 60); do window="$(main_window)" && break; sleep 0.5; done
[ -n "$window" ] || { echo "screenshots: no Repdesk window appeared" >&2; cat "$profile/repdesk.log" >&2; exit 1; }
# No window manager: place the window over the whole screen ourselves, and keep the pointer on
# the status bar so that no row shows a hover highlight. X gives the keyboard to the window
# under the pointer.
xdotool windowmove "$window" 0 0 windowsize "$window" "$width" "$height"
sleep 1
xdotool mousemove "$((width / 2))" "$((height - 4))"

shot() { # <name>: the main window
  import -window "$(main_window)" -depth 8 "$out/$1.png"
  echo "screenshots: $out/$1.png"
}
keys() { xdotool key --delay 120 "$@"; }

# Inbox: moving in the list opens the conversation beside it (thread, reply, contact).
keys Down Down Down
sleep 4
shot inbox
# A thread: a few rows further down, Enter moves the keyboard into the message view.
keys Down Down Down Return
sleep 4
shot thread
# The reply editor: r focuses it; a few words typed (nothing is sent: no Send, no Ctrl+Enter).
keys Up Up
sleep 3
keys r
sleep 2
# The demo's drafted reply is selected and typed over, so the picture shows one clean reply.
keys ctrl+a
xdotool type --delay 30 "Hi, thanks for getting back to us! The updated quote is attached; the team can start on the 14th."
sleep 2
shot reply
# Leave the editor without sending (the typed text stays a local draft in this throw-away
# profile): the web editor keeps the workspace keys for itself, so click the empty part of the
# folder pane to take the keyboard back to the window's widgets.
xdotool mousemove 80 "$((height - 120))" click 1
sleep 0.5
xdotool mousemove "$((width / 2))" "$((height - 4))"
sleep 1
# Review queue (Ctrl+4): discovers the drafts awaiting review, then shows the first.
keys ctrl+4
sleep 12
shot review
# Dashboards (Ctrl+2): figures arrive per request; give the leaderboard time to fill.
keys ctrl+2
sleep 15
shot dashboards
# Pipeline board (Ctrl+3).
keys ctrl+3
sleep 10
shot pipeline
