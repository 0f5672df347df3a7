#!/usr/bin/env bash
# Side by side with R's forecast package (Debian: apt-get install r-base-core r-cran-forecast), not part of CI.
# Same data (30-minute), same folds (weekly origins, 7-day horizon), WAPE over the same actuals.
# R fits stlf and dshw on the last TRAIN_WEEKS weeks of open intervals; wfm on its own windows
# (Holt-Winters 12 weeks, calendar regression up to 2 years). Times: R's model fitting only; wfm's whole backtest
# of all its models (JVM start included) as wall time.
# usage: benchmarks/forecasting/compare_with_r.sh DATA_DIR [FOLDS] [TRAIN_WEEKS]
set -euo pipefail
data=${1:?usage: compare_with_r.sh DATA_DIR [FOLDS] [TRAIN_WEEKS]}
folds=${2:-8}
weeks=${3:-12}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%-16s %-22s %8s %10s\n' "data set" "method" "WAPE" "seconds"
run() { # name file daily weekly holidays-args
  local name=$1 file=$2 p1=$3 p2=$4; shift 4
  python3 "$here/r_folds.py" "$data/$file" "$work/$name.series.csv" "$work/$name.origins" "$folds"
  Rscript "$here/r_forecast.R" "$work/$name.series.csv" "$work/$name.origins" "$p1" "$p2" "$weeks" |
    while read -r m w s; do printf '%-16s %-22s %7.2f%% %10.2f\n' "$name" "R $m" "$(echo "$w*100" | bc -l)" "$s"; done
  python3 "$here/to_history.py" "$data/$file" "$work/$name.history.csv" "$name"
  local t0 t1
  t0=$(date +%s.%N)
  "$root/wfm" --quiet backtest --history "$work/$name.history.csv" --interval 30m --horizon 7d --folds "$folds" \
    --format json "$@" > "$work/$name.json"
  t1=$(date +%s.%N)
  python3 - "$work/$name.json" "$name" "$(echo "$t1 - $t0" | bc -l)" <<'PY'
import json, sys
r = json.load(open(sys.argv[1])); name = sys.argv[2]; secs = float(sys.argv[3])
for m in r["all"]["models"]:
    print(f"{name:<16} {'wfm ' + m['model']:<22} {100*m['wape']:7.2f}% {secs if m['model']=='auto' else float('nan'):10.2f}")
PY
}
run fpp2 fpp2_calls_5min_2003.csv 29 145
run anonymous-bank anonymous_bank_1999_6min_counts.csv 48 336 --holidays "$here/israel_holidays_1999.csv"
