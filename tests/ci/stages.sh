#!/usr/bin/env bash
# CI stages that run after the main build's ctest suite (README's test line calls this).
# Each stage is one script in tests/ci/stage-*.sh, run in name order with the main build
# directory as its argument; the first failing stage fails CI. A stage prints one line that
# starts with "stage:" and its figures, so the CI log reads as a table.
set -euo pipefail
build="${1:-build}"
here="$(cd "$(dirname "$0")" && pwd)"
shopt -s nullglob
for stage in "$here"/stage-*.sh; do
  name="$(basename "$stage" .sh)"
  echo "=== ${name#stage-} ==="
  start=$(date +%s)
  bash "$stage" "$build"
  echo "stage: ${name#stage-} passed in $(( $(date +%s) - start )) s"
done
