#!/usr/bin/env bash
# Feeds coopgraph (release) inputs far beyond any real diagram and checks that each gets an
# answer or a clear one-line error within bounded time and memory, never a crash, an
# out-of-memory kill or a hang. Prints each case's outcome, seconds and peak memory.
set -euo pipefail
cd "$(dirname "$0")/.."
# The release build Scripts/check-leaks.sh makes, so that make hardening builds it once.
swift build -c release --product coopgraph -Xswiftc -gnone --scratch-path .build-valgrind >/dev/null 2>&1
bin=.build-valgrind/release/coopgraph
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
open(f"{work}/million.dot", "w").write("digraph {\n" + "".join(f"n{i} -> n{(i * 7919 + 13) % 1000000};\n" for i in range(1000000)) + "}\n")
label = "Poznań " * (10 * 1048576 // 8)
open(f"{work}/label.dot", "w").write('digraph { a [shape=box, label="' + label + '"]; a -> b }\n')
# The same label continued on a new line every 4,000 characters ("\\" and a line break), as our writer does.
pieces = "\\\n".join(label[i:i + 4000] for i in range(0, len(label), 4000))
open(f"{work}/label-continued.dot", "w").write('digraph { a [shape=box, label="' + pieces + '"]; a -> b }\n')
open(f"{work}/deep.dot", "w").write("digraph {\n" + "subgraph {" * 1000000 + "a" + "}" * 1000000 + "}\n")
lines = ['a0: &a0 [' + ",".join(['"lol"'] * 9) + ']']
lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
open(f"{work}/bomb.yaml", "w").write("\n".join(lines + ["entities: *a9"]) + "\n")
open(f"{work}/deep.json", "w").write('{"entities": ' + "[" * 1000000 + "]" * 1000000 + "}\n")
PY
# name | expected exit status | command
cases=(
  "million-node DOT, layout limited|1|render $work/million.dot -o $work/million.svg --time-limit 20 --memory-limit 1024"
  "million-node DOT, read as a dataset|1|validate $work/million.dot"
  "10 MB label in one line (cgraph: 16 KB)|1|render $work/label.dot -o $work/label.svg"
  "10 MB label continued, rendered|0|render $work/label-continued.dot -o $work/label.svg --time-limit 120 --memory-limit 2048"
  "a million nested subgraphs|1|render $work/deep.dot -o $work/deep.svg"
  "YAML alias bomb (9^9)|1|validate $work/bomb.yaml"
  "JSON nested a million deep|1|validate $work/deep.json"
)
failures=0
printf '%-38s %6s %8s %9s  %s\n' case status seconds "peak MB" "first line of the error"
for entry in "${cases[@]}"; do
  IFS='|' read -r name expected command <<<"$entry"
  set +e
  /usr/bin/time -f "%e %M" -o "$work/time" timeout 300 "$bin" $command >/dev/null 2>"$work/errors"
  status=$?
  set -e
  read -r seconds kilobytes < <(tail -n 1 "$work/time") || true
  message=$( (grep -v "^Command exited" "$work/errors" || true) | head -n 1 | sed "s#$work/##g" | cut -c1-110)
  printf '%-38s %6s %8s %9s  %s\n' "$name" "$status" "$seconds" "$((kilobytes / 1024))" "$message"
  if [ "$status" != "$expected" ] || [ "$((kilobytes / 1024))" -gt 3072 ]; then failures=$((failures + 1)); fi
done
[ "$failures" -eq 0 ] || { echo "$failures huge inputs were not handled as expected"; exit 1; }
echo "huge inputs: every case answered or refused clearly, in bounded memory"
