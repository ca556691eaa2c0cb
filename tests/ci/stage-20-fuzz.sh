#!/usr/bin/env bash
# CI stage: the fuzz smoke run. Configures a clang build of only the libFuzzer targets
# (tests/fuzz/CMakeLists.txt, standalone) beside the main build, builds them and runs them
# about 60 s in all, split evenly across targets (at least 2 s each), from their seed corpora.
# Any crash, leak, undefined behaviour, hang or failed check fails the stage; the finding is
# in <fuzz build>/crashes/<target>/ (keep it as tests/fuzz/regressions/<target>/<name>).
#
#   bash tests/ci/stage-20-fuzz.sh build
# REPDESK_FUZZ_BUILD_DIR overrides the fuzz build directory (default: <build>-fuzz beside the
# main build); REPDESK_FUZZ_SECONDS the total budget (default 60).
set -euo pipefail
build="${1:-build}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
fuzz_build="${REPDESK_FUZZ_BUILD_DIR:-${build%/}-fuzz}"
budget="${REPDESK_FUZZ_SECONDS:-60}"

if ! command -v clang++ >/dev/null; then
  echo "stage-20-fuzz: clang++ not found (Debian: apt install clang libclang-rt-14-dev)" >&2
  exit 1
fi
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

start=$(date +%s)
cmake -S "$root/tests/fuzz" -B "$fuzz_build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
  -DREPDESK_FUZZ=ON "${launcher[@]}" >/dev/null
cmake --build "$fuzz_build" -j2 --target fuzz_all
built=$(( $(date +%s) - start ))

targets=()
for d in "$root"/tests/fuzz/corpus/*/; do targets+=("$(basename "$d")"); done
each=$(( budget / ${#targets[@]} ))
[ "$each" -lt 2 ] && each=2
echo "fuzz smoke: ${#targets[@]} targets x ${each} s (build ${built} s)"
rc=0
bash "$root/tests/fuzz/run-fuzz.sh" "$fuzz_build" "$each" "${targets[@]}" | tee "$fuzz_build/smoke.log" || rc=$?
# One line of figures for the CI log, failed or not.
sed -n "s/^fuzz: \(.*\)/figures: fuzz \1, build ${built} s/p" "$fuzz_build/smoke.log"
exit "$rc"
