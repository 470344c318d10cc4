#!/bin/bash
# Scale and speed (issue 8): `baocao build` beside the Python peer on the same generated data.
#
#   scripts/bench.sh [--national] [--presets "town province"] [--repeat N] [--no-peer]
#                    [--no-floors]
#
# For each preset it
#   1. generates the dataset with baocao-gen (cached in $BAOCAO_BENCH_DIR, default
#      /tmp/baocao-bench-data, shared with bench/'s Google Benchmark cases);
#   2. runs `baocao build --date 2024-01-05 --quiet` (Release build in $BUILD_DIR, default
#      build-bench/) and, when ../shared/bench is beside the repository, the peer
#      peer_python.py --engine xlsxwriter (constant_memory for national, as the peer's notes
#      say), each under /usr/bin/time -v;
#   3. measures the floors: (a) libxlsxwriter alone writing the same data-sheet cells in the same
#      mode over the same number of threads (floor-xlsx), plus the time of the briefings and
#      PDFs (baocao-bench's briefing/ and pdf/ cases); (b) deflating the workbooks' XML: the
#      bundle's .xlsx files unzipped and their parts put through `gzip -6`, and through zlib's
#      deflate at level 6, the library libxlsxwriter uses (floor-deflate).
#   4. for the province: collect (issue 13): its department workbooks from step 2, every row
#      with a reference figure filled by tests/collect/workbook_tool.py (cached in
#      $BAOCAO_BENCH_DIR/province-returned/), read back by `baocao collect` (no --apply: read,
#      checked, compared with values.csv) beside openpyxl reading the same files in read-only
#      mode (bench/read_inputs_openpyxl.py), printed on a line of its own with the ratio.
# and prints a table: rows, wall time and peak RSS of ours and of the peer, the ratios, and how
# far the build is from each floor. Each timing is the fastest of --repeat runs (default 3, 1
# for national), so that another process's burst does not decide a ratio; the load average
# before and after is printed with the table.
set -euo pipefail

REPO="$(cd "$(dirname "$0")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$REPO/build-bench}"
DATA_ROOT="${BAOCAO_BENCH_DIR:-/tmp/baocao-bench-data}"
RUN_ROOT="${BENCH_RUN_DIR:-$DATA_ROOT/runs}"
PEER_DIR="${PEER_DIR:-$REPO/../shared/bench}"  # the peer; absent: its columns stay empty
PY=/usr/bin/python3
DATE=2024-01-05
PERIOD=2023
PRESETS="town province"
PEER=1
FLOORS=1
REPEAT=""

while [ $# -gt 0 ]; do
  case "$1" in
    --national) PRESETS="$PRESETS national" ;;
    --presets) PRESETS="$2"; shift ;;
    --repeat) REPEAT="$2"; shift ;;
    --no-peer) PEER=0 ;;
    --no-floors) FLOORS=0 ;;
    -h|--help) awk 'NR > 1 && /^set -euo/ { exit } NR > 1' "$0"; exit 0 ;;
    *) echo "bench.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

for tool in /usr/bin/time unzip gzip cmake; do
  command -v "$tool" >/dev/null || { echo "bench.sh: $tool is missing" >&2; exit 2; }
done
if [ $PEER = 1 ] && [ ! -f "$PEER_DIR/peer_python.py" ]; then
  echo "bench.sh: no peer at $PEER_DIR: the peer columns are left empty" >&2
  PEER=0
fi

log() { echo "bench.sh: $*" >&2; }

# ---- build -----------------------------------------------------------------------------------
log "building Release in $BUILD_DIR"
cmake -S "$REPO" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBAOCAO_BENCHMARKS=ON \
  -DBAOCAO_TESTS=OFF >/dev/null
cmake --build "$BUILD_DIR" --target baocao baocao-gen floor-xlsx floor-deflate baocao-bench >/dev/null
BAOCAO="$BUILD_DIR/baocao"
GEN="$BUILD_DIR/baocao-gen"

# ---- helpers ---------------------------------------------------------------------------------
rss_mb_of() { awk '/Maximum resident set size/ {printf "%.0f", $NF / 1024}' "$1"; }
cpu_of() { awk '/User time/ {u = $NF} /System time/ {s = $NF} END {printf "%.2f", u + s}' "$1"; }
faster() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(b == "" || a + 0 < b + 0) }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b + 0 == 0) print "-"; else printf "%.2f", a / b }'; }

dataset() {  # preset -> prints the dataset folder, generated unless cached
  local p=$1 dir="$DATA_ROOT/$1" stamp
  stamp="$("$GEN" --version) preset=$p seed=1"
  if [ ! -f "$dir/values.csv" ] || [ "$(cat "$DATA_ROOT/$p.stamp" 2>/dev/null)" != "$stamp" ] ||
     [ ! -f "$DATA_ROOT/$p.rows" ]; then
    log "generating $p"
    rm -rf "$dir" "$dir.tmp"
    "$GEN" --preset "$p" --seed 1 --out "$dir.tmp" | sed -n 's/.*values_rows=\([0-9]*\).*/\1/p' \
      > "$DATA_ROOT/$p.rows"
    mv "$dir.tmp" "$dir"
    echo "$stamp" > "$DATA_ROOT/$p.stamp"
  fi
  echo "$dir"
}

# Milliseconds of a baocao-bench case, from its JSON output.
bench_ms() {  # case-name
  BAOCAO_BENCH_NATIONAL=1 "$BUILD_DIR/baocao-bench" --benchmark_filter="^$1/" \
    --benchmark_format=json 2>/dev/null |
    "$PY" -c 'import json, sys
b = json.load(sys.stdin)["benchmarks"]
print("%.1f" % b[0]["real_time"] if b and "error_occurred" not in b[0] else "")' || true
}

# timed NAME DIR N CMD...: runs CMD N times under /usr/bin/time -v, emptying DIR before each;
# NAME.time is the fastest run's report and NAME.wall its wall time in seconds, to the
# millisecond (time(1) rounds to 10 ms, too coarse for a town's bundle); NAME.out/.err the last
# run's output. Fails if a run does.
timed() {
  local name=$1 dir=$2 n=$3 i w t0 best=""
  shift 3
  for ((i = 1; i <= n; i++)); do
    rm -rf "$dir"
    t0=$(date +%s%N)
    /usr/bin/time -v -o "$name.time.run" "$@" > "$name.out" 2> "$name.err" || return 1
    w=$(awk -v a="$t0" -v b="$(date +%s%N)" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
    if faster "$w" "$best"; then best=$w; mv "$name.time.run" "$name.time"; fi
  done
  echo "$best" > "$name.wall"
  rm -f "$name.time.run"
}

mkdir -p "$DATA_ROOT" "$RUN_ROOT"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
RESULTS="$RUN_ROOT/results.tsv"
: > "$RESULTS"
export BAOCAO_BENCH_DIR="$DATA_ROOT"

for p in $PRESETS; do
  data="$(dataset "$p")"
  rows="$(cat "$DATA_ROOT/$p.rows")"
  mb="$(du -m "$data/values.csv" | cut -f1)"

  n=${REPEAT:-3}
  [ -z "$REPEAT" ] && [ "$p" = national ] && n=1

  # ---- ours
  out="$RUN_ROOT/ours-$p"
  log "$p: baocao build (x$n)"
  if ! timed "$out" "$out" "$n" "$BAOCAO" build --data "$data" --templates "$REPO/templates" \
      --out "$out" --date "$DATE" --quiet; then
    log "$p: baocao build FAILED (see $out.err)"; cat "$out.err" >&2; continue
  fi
  our_wall=$(cat "$out.wall"); our_rss=$(rss_mb_of "$out.time"); our_cpu=$(cpu_of "$out.time")

  # ---- the peer
  peer_wall=""; peer_rss=""; peer_cpu=""
  if [ $PEER = 1 ]; then
    pout="$RUN_ROOT/peer-$p"
    mode=default
    [ "$p" = national ] && mode=constant_memory
    log "$p: peer (xlsxwriter, $mode, x$n)"
    if timed "$pout" "$pout" "$n" "$PY" "$PEER_DIR/peer_python.py" --data "$data" --out "$pout" \
        --period "$PERIOD" --engine xlsxwriter --mode "$mode"; then
      peer_wall=$(cat "$pout.wall"); peer_rss=$(rss_mb_of "$pout.time"); peer_cpu=$(cpu_of "$pout.time")
    else
      log "$p: peer FAILED (see $pout.err)"
    fi
  fi

  # ---- floors
  floor_a=""; docs_s=""; deflate_s=""; zlib_s=""; xml_mb=""
  if [ $FLOORS = 1 ]; then
    log "$p: floor (a): libxlsxwriter alone (x$n)"
    fout="$RUN_ROOT/floor-$p"
    for ((i = 1; i <= n; i++)); do
      rm -rf "$fout"
      w=$("$BUILD_DIR/floor-xlsx" --data "$data" --out "$fout" | sed -n 's/.*wall_s=\([0-9.]*\).*/\1/p')
      if faster "$w" "$floor_a"; then floor_a=$w; fi
    done
    rm -rf "$fout"
    log "$p: briefings and PDFs (baocao-bench)"
    b_ms=$(bench_ms "briefing/$p"); pdf_ms=$(bench_ms "pdf/$p")
    docs_s=$(awk -v a="${b_ms:-0}" -v b="${pdf_ms:-0}" 'BEGIN { printf "%.3f", (a + b) / 1000 }')
    log "$p: floor (b): gzip -6 over the workbooks' XML (x$n)"
    parts="$RUN_ROOT/xml-$p"
    rm -rf "$parts"
    mkdir -p "$parts"
    k=0
    while IFS= read -r -d '' x; do
      k=$((k + 1)); unzip -q -o "$x" -d "$parts/$k"
    done < <(find "$out" -name '*.xlsx' -print0)
    xml_mb=$(du -sm "$parts" | cut -f1)
    for ((i = 1; i <= n; i++)); do
      start=$(date +%s.%N)
      find "$parts" -type f -exec gzip -6 -c {} + > /dev/null
      w=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.3f", e - s }')
      if faster "$w" "$deflate_s"; then deflate_s=$w; fi
      w=$(find "$parts" -type f -print0 | xargs -0 "$BUILD_DIR/floor-deflate" |
          awk '{ for (f = 1; f <= NF; f++) if ($f ~ /^seconds=/) s += substr($f, 9) } END { printf "%.3f", s }')
      if faster "$w" "$zlib_s"; then zlib_s=$w; fi
    done
    rm -rf "$parts"
  fi
  printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n" \
    "$p" "$rows" "$mb" "$our_wall" "$our_rss" "$our_cpu" "$peer_wall" "$peer_rss" "$peer_cpu" \
    "$(ratio "$peer_wall" "$our_wall")" "$(ratio "$peer_rss" "$our_rss")" \
    "$floor_a" "$docs_s" "$(ratio "$our_wall" "$(awk -v a="$floor_a" -v b="$docs_s" 'BEGIN { if (a != "") printf "%.3f", a + b }')")" \
    "$xml_mb" "$deflate_s" "$(ratio "$our_wall" "$deflate_s")" "$zlib_s" >> "$RESULTS"
done

echo
echo "baocao build vs peer_python.py (xlsxwriter), $(date -u +%Y-%m-%d), $(nproc) cores," \
  "load average $LOAD_BEFORE before, $(cut -d' ' -f1-3 /proc/loadavg) after"
{
  printf "preset\trows\tCSV_MB\tours_s\tours_MB\tours_cpu_s\tpeer_s\tpeer_MB\tpeer_cpu_s\tspeed_x\tRSS_x\tfloor_a_s\tdocs_s\tvs_a+docs\tXML_MB\tgzip6_s\tvs_gzip\tzlib6_s\n"
  cat "$RESULTS"
} | column -t -s $'\t'
cat <<'EOF'

ours_s/ours_MB: wall time and peak RSS of `baocao build`; peer_*: the same for the peer.
speed_x = peer_s / ours_s; RSS_x = peer_MB / ours_MB (targets: town 10x and 2x, province 5x and
4x, national 4x, < 60 s and <= 500 MB). floor_a_s: libxlsxwriter alone writing the data sheets'
cells; docs_s: building and rendering the briefings; vs_a+docs = ours_s / (floor_a_s + docs_s)
(target <= 1.5). gzip6_s: `gzip -6` over the unzipped workbook parts (one process);
vs_gzip = ours_s / gzip6_s; zlib6_s: zlib's deflate at level 6 (libxlsxwriter's) over the same.
EOF

# ---- collect (issue 13) ----------------------------------------------------------------------
sent="$RUN_ROOT/ours-province/$PERIOD/phong-ban"
if [[ " $PRESETS " == *" province "* ]] && [ -d "$sent" ]; then
  returned="$DATA_ROOT/province-returned"
  stamp="$(cat "$sent"/*.xlsx | sha256sum | cut -d' ' -f1)"
  if [ "$(cat "$returned.stamp" 2>/dev/null)" != "$stamp" ]; then
    log "province: filling the department workbooks (openpyxl)"
    rm -rf "$returned"; mkdir -p "$returned"
    "$PY" "$REPO/tests/collect/workbook_tool.py" fill-all "$returned" "$sent"/*.xlsx
    echo "$stamp" > "$returned.stamp"
  fi
  n=${REPEAT:-3}
  cout="$RUN_ROOT/collect-province"
  log "province: baocao collect (x$n)"
  timed "$cout" "$cout.dir" "$n" "$BAOCAO" collect "$returned" --data "$(dataset province)"
  pyout="$RUN_ROOT/openpyxl-province"
  log "province: openpyxl read-only (x$n)"
  timed "$pyout" "$pyout.dir" "$n" "$PY" "$REPO/bench/read_inputs_openpyxl.py" "$returned"/*.xlsx
  files=$(ls "$returned"/*.xlsx | wc -l)
  echo
  echo "collect: $files province department workbooks ($(grep " new, " "$cout.out" | tail -1)), $(cat "$pyout.out")"
  printf "  baocao collect %s s, %s MB; openpyxl read-only %s s, %s MB; speed_x %s\n" \
    "$(cat "$cout.wall")" "$(rss_mb_of "$cout.time")" "$(cat "$pyout.wall")" \
    "$(rss_mb_of "$pyout.time")" "$(ratio "$(cat "$pyout.wall")" "$(cat "$cout.wall")")"
fi
