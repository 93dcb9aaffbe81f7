#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzzing/ (AddressSanitizer, coverage) and runs each one on
# its committed seed corpus (Fuzzing/Corpus), two at a time:
#   Scripts/fuzz.sh            # the short run: a fixed number of executions a target (≈ 60 s),
#                              # with a fixed seed, so that every machine runs the same inputs
#   Scripts/fuzz.sh 1000000    # that many executions a target, with a random seed
#   FUZZ_TARGETS="FuzzDOT FuzzWriter" Scripts/fuzz.sh …   # only these targets
# A failing input is saved as Fuzzing/artifacts/<target>-crash-… and the script fails.
# libFuzzer's driver is linked from clang's libclang_rt.fuzzer_no_main and started from the
# targets' own main, as SwiftPM executables keep their entry point.
set -euo pipefail
cd "$(dirname "$0")/../Fuzzing"
runs="${1:-}"
# target:corpus:executions in the short run
targets=(FuzzDOT:dot:250000 FuzzWriter:writer:200000 FuzzYAML:yaml:100000 FuzzJSON:json:90000
         FuzzCSV:csv:80000 FuzzGraphML:graphml:120000 FuzzGEXF:gexf:140000)
fuzzer=$(ls "$(dirname "$(dirname "$(command -v swiftc)")")"/lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a | head -n 1)
if ! swift build -c release --scratch-path .build-fuzz -Xswiftc -sanitize=address \
  -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp -Xlinker "$fuzzer" -Xlinker -lstdc++ \
  >.build-fuzz.log 2>&1; then
  grep -E "error" .build-fuzz.log | head -n 20
  echo "the fuzz targets did not build (Fuzzing/.build-fuzz.log)"
  exit 1
fi
export SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0
mkdir -p artifacts
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT

run() {
  local name=$1 corpus=$2 count=$3 seed work
  work=$(mktemp -d)
  seed=$([ -n "$runs" ] && echo 0 || echo 1)
  .build-fuzz/release/"$name" -runs="$count" -seed="$seed" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="artifacts/$name-" -print_final_stats=1 "$work" "Corpus/$corpus" >"$logs/$name" 2>&1
  local status=$?
  rm -rf "$work"
  return $status
}

failed=0
pids=()
names=()
for target in "${targets[@]}"; do
  IFS=: read -r name corpus quick <<<"$target"
  if [ -n "${FUZZ_TARGETS:-}" ] && [[ " $FUZZ_TARGETS " != *" $name "* ]]; then continue; fi
  run "$name" "$corpus" "${runs:-$quick}" &
  pids+=($!); names+=("$name")
  if [ $(jobs -rp | wc -l) -ge 2 ]; then wait -n || true; fi
done
for index in "${!pids[@]}"; do
  name=${names[$index]}
  if wait "${pids[$index]}"; then result=ok; else result=FAILED; failed=$((failed + 1)); fi
  executions=$(grep -aoE "stat::number_of_executed_units: *[0-9]+" "$logs/$name" | grep -oE "[0-9]+$" || echo "?")
  seconds=$(grep -aoE "Done [0-9]+ runs in [0-9]+ second" "$logs/$name" | grep -oE "in [0-9]+" | grep -oE "[0-9]+" || echo "?")
  printf '%-12s %-6s %10s executions in %s s\n' "$name" "$result" "$executions" "$seconds"
  if [ "$result" = FAILED ]; then grep -aE "ERROR|SUMMARY|property broken|artifact|Test unit written" "$logs/$name" | head -n 20; fi
done
[ "$failed" -eq 0 ] || { echo "$failed fuzz targets found a failing input (Fuzzing/artifacts/)"; exit 1; }
