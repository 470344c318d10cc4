#!/bin/sh
# Runs every fuzz target of a build folder one after the other, SECONDS each (so that a 2-core
# machine stays usable): ./setup.sh fuzz builds them and calls this.
#   fuzz/run.sh BUILD_DIR [SECONDS]
# Each target keeps its corpus in BUILD_DIR/fuzz/corpus/NAME (grown by every run, started from
# the seeds) and writes a crashing input to BUILD_DIR/fuzz/crashes/NAME-*; a crash stops the run
# with exit 1. Prints the executions of each target.
set -eu
dir="$1/fuzz"
dicts="$(cd "$(dirname "$0")" && pwd)/dict"
seconds=${2:-60}
mkdir -p "$dir/crashes"
for name in $(cat "$dir/targets.txt"); do
  mkdir -p "$dir/corpus/$name"
  # The tokens of the input's syntax, when there are some: fuzz/dict/NAME.dict (the CSV
  # targets share one).
  dict=""
  if [ -f "$dicts/$name.dict" ]; then dict="-dict=$dicts/$name.dict"; fi
  case $name in
    csv_reader | load_areas | load_indicators | load_values) dict="-dict=$dicts/csv.dict" ;;
  esac
  # shellcheck disable=SC2086
  if ! "$dir/fuzz_$name" $dict -max_total_time="$seconds" -max_len=65536 -timeout=20 \
    -rss_limit_mb=3072 -print_final_stats=1 -artifact_prefix="$dir/crashes/$name-" \
    "$dir/corpus/$name" "$dir/seeds/$name" >"$dir/$name.log" 2>&1; then
    tail -n 60 "$dir/$name.log"
    echo "fuzz: $name crashed; the input: $(ls "$dir/crashes/$name-"* 2>/dev/null | head -n 1)" >&2
    exit 1
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/$name.log")
  echo "fuzz: $name: $runs executions in $seconds s, no crash"
done
