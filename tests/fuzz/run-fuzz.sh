#!/usr/bin/env bash
# Runs libFuzzer targets built by tests/fuzz/CMakeLists.txt, each for the given seconds, from
# its seed corpus (tests/fuzz/corpus/<name>, never written to) plus a working corpus kept in
# <build>/corpus/<name> that grows run after run. Crashes go to <build>/crashes/<name>/.
#
#   tests/fuzz/run-fuzz.sh <fuzz-build> <seconds-per-target> [name ...]   # no name: every target
#
# Prints a line per target and one "fuzz:" line of figures; exits non-zero if any target found
# a crash, a leak, undefined behaviour, a timeout or a failed check (all are libFuzzer errors).
# Extra libFuzzer flags can be passed in REPDESK_FUZZ_FLAGS (e.g. "-jobs=2 -workers=2").
set -uo pipefail
build="${1:?fuzz build directory}"
seconds="${2:?seconds per target}"
shift 2
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for d in "$here"/corpus/*/; do names+=("$(basename "$d")"); done
fi

total_execs=0
failed=()
start=$(date +%s)
for name in "${names[@]}"; do
  binary="$build/fuzz_$name"
  if [ ! -x "$binary" ]; then
    echo "fuzz_$name: not built in $build" >&2
    failed+=("$name")
    continue
  fi
  dict=()
  case "$name" in
    record_*|page) dict=(-dict="$here/json.dict") ;;
    html) dict=(-dict="$here/html.dict") ;;
    css) dict=(-dict="$here/css.dict") ;;
  esac
  mkdir -p "$build/corpus/$name" "$build/crashes/$name"
  log="$build/crashes/$name/last-run.log"
  # -timeout: one input taking 10 s is a hang even on a loaded CI machine.
  # shellcheck disable=SC2086
  "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$build/crashes/$name/" "${dict[@]}" ${REPDESK_FUZZ_FLAGS:-} \
    "$build/corpus/$name" "$here/corpus/$name" >"$log" 2>&1
  rc=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  execs=${execs:-0}
  total_execs=$((total_execs + execs))
  if [ $rc -ne 0 ]; then
    failed+=("$name")
    echo "fuzz_$name: FAILED (exit $rc) after $execs execs; log: $log"
    grep -E "^(==[0-9]+==ERROR|SUMMARY|$name: )|runtime error|Test unit written" "$log" | head -8 | sed 's/^/    /'
  else
    echo "fuzz_$name: $execs execs in ${seconds} s, corpus $(ls "$build/corpus/$name" | wc -l) + $(ls "$here/corpus/$name" | wc -l) seeds"
  fi
done
echo "fuzz: ${#names[@]} targets, $total_execs execs, $(( $(date +%s) - start )) s, ${#failed[@]} failed${failed:+: ${failed[*]}}"
[ ${#failed[@]} -eq 0 ]
