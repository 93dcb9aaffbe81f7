#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzzing/ (AddressSanitizer, coverage) and runs each one.
#   Scripts/fuzz.sh            # 60 seconds a target
#   Scripts/fuzz.sh 1000000    # that many executions a target
# libFuzzer's driver is linked from clang's libclang_rt.fuzzer_no_main and started from the
# targets' own main, as SwiftPM executables keep their entry point.
set -euo pipefail
cd "$(dirname "$0")/../Fuzzing"
runs="${1:-}"
fuzzer=$(ls "$(dirname "$(dirname "$(command -v swiftc)")")"/lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a | head -n 1)
swift build -c release --scratch-path .build-fuzz -Xswiftc -sanitize=address \
  -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp -Xlinker "$fuzzer" -Xlinker -lstdc++ 2>&1 \
  | grep -vE "Cannot export local symbol|xcprivacy|unhandled" || true
limit=$([ -n "$runs" ] && echo "-runs=$runs" || echo "-max_total_time=60")
export SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0
for target in FuzzDOT:dot FuzzDatasets:yaml; do
  name=${target%%:*}; corpus=Corpus/${target##*:}
  work=$(mktemp -d)
  echo "== $name $limit"
  .build-fuzz/release/$name "$limit" -max_len=4096 -timeout=10 "$work" "$corpus" 2>&1 | grep -aE "^Done|ERROR|SUMMARY|our writer|crash-" || true
  rm -rf "$work"
  if ls crash-* timeout-* >/dev/null 2>&1; then echo "$name found a failing input: $(ls crash-* timeout-*)"; exit 1; fi
done
