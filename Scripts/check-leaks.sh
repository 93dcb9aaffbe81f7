#!/usr/bin/env bash
# Runs coopgraph under valgrind's memcheck over parsing, rendering every format and layout,
# the report pack (in one process, and shared with a helper process, which is not followed),
# the error paths and a layout stopped at its time limit (the parent; the
# forked layout process is not followed), and fails unless every run reports "definitely lost:
# 0 bytes" (after Scripts/valgrind.supp, which names the libraries' own one-time allocations).
# valgrind 3.19 cannot read the DWARF 5 that Swift writes, so the binary runs stripped.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product coopgraph -Xswiftc -gnone --scratch-path .build-valgrind >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp .build-valgrind/release/coopgraph "$work/coopgraph"
cp -r .build-valgrind/release/CooperationGraph_*.resources "$work/"
strip -g "$work/coopgraph"
bin="$work/coopgraph"
printf 'digraph {\n  a -> b\n  b -> [\n}\n' > "$work/bad.dot"
printf 'digraph { a [image="/etc/passwd"] }\n' > "$work/hostile.dot"
: > "$work/empty.yaml"
printf 'digraph { a -> b -> c; subgraph cluster_x { label="X"; c -> d } }\n' > "$work/good.dot"
python3 -c "print('digraph {' + ''.join(f'n{i} -> n{(i * 7919 + 13) % 3000};' for i in range(3000)) + '}')" > "$work/slow.dot"
runs=(
  "render $work/bad.dot -o $work/bad.svg"
  "render $work/hostile.dot -o $work/hostile.svg"
  "render $work/good.dot -o $work/good.svg --layout spring"
  "convert $work/good.dot -o $work/x.yaml"
  "stats"
  "validate $work/empty.yaml"
  "report -o $work/pack --processes 1"
  "report -o $work/shared-pack --processes 2"
  "render $work/good.dot -o $work/limited.svg --time-limit 60 --memory-limit 512"
  "render $work/slow.dot -o $work/slow.svg --time-limit 1"
)
for layout in dot neato fdp sfdp twopi circo; do runs+=("render $work/good.dot -o $work/good-$layout.svg --layout $layout"); done
for format in svg png pdf dot xdot; do runs+=("render --view partners -o $work/partners.$format"); done
failures=0
for run in "${runs[@]}"; do
  summary=$(valgrind --leak-check=full --child-silent-after-fork=yes --suppressions=Scripts/valgrind.supp "$bin" $run 2>&1 >/dev/null || true)
  if printf '%s\n' "$summary" | grep -q "All heap blocks were freed"; then
    lost="definitely lost: 0 bytes"
  else
    lost=$(printf '%s\n' "$summary" | grep -oE "definitely lost: [0-9,]+ bytes" || echo "valgrind did not run")
  fi
  printf '%-60s %s\n' "coopgraph ${run//$work\//}" "$lost"
  [ "$lost" = "definitely lost: 0 bytes" ] || failures=$((failures + 1))
done
[ "$failures" -eq 0 ] || { echo "$failures runs lost memory"; exit 1; }
echo "valgrind: definitely lost 0 bytes in all ${#runs[@]} runs"
