#!/usr/bin/env bash
# Is wfm's 'auto' at or below the best baseline on any rolling-origin fold set of the two real series, not only on
# the benchmark's own 8 origins? (Not part of CI.) Both series at 30 minutes, one-week horizon, weekly origins; every
# FOLDS x OFFSET is one fold set (OFFSET = days cut from the end of the history, which moves every origin). Baselines:
# seasonal naive, week-average (4 weeks), R's stlf / tbats / dshw and the means of stlf with each of the first two.
# The Anonymous Bank runs twice, without and with the 1999 Jewish holidays file.
# R's forecasts are cached per origin in $WFM_R_CACHE (default ${TMPDIR:-/tmp}/wfm-r-forecasts), so a second run
# refits nothing; R_METHODS picks which R methods to fit for these fold sets (tbats and dshw take minutes per origin:
# fill their cache for a few fold sets, e.g. FOLDS=8 OFFSETS=0 R_METHODS="tbats dshw"); an R method missing an origin
# of a fold set is left out of that fold set. Without Rscript only the wfm baselines are compared.
# usage: benchmarks/forecasting/fold_sets.sh DATA_DIR [FOLDS] [OFFSETS] [R_METHODS]
#        e.g. fold_sets.sh /work/shared/data 8,26 0,1,2,3,4,5,6 stlf
set -euo pipefail
data=${1:?usage: fold_sets.sh DATA_DIR [FOLDS] [OFFSETS] [R_METHODS]}
folds=${2:-8,26}
offsets=${3:-0,1,2,3,4,5,6}
methods=${4:-stlf}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cache=${WFM_R_CACHE:-${TMPDIR:-/tmp}/wfm-r-forecasts}
jar="$root/benchmarks/target/benchmarks.jar"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ ! -f "$jar" ]; then
  (cd "$root" && ./mvnw -B -q -o -pl benchmarks -am package -DskipTests) >&2
fi
run() { # name file daily-period weekly-period holidays|-
  local name=$1 file=$2 p1=$3 p2=$4 holidays=$5
  python3 "$here/to_history.py" "$data/$file" "$work/$name.history.csv" "$name"
  if command -v Rscript > /dev/null; then
    python3 "$here/r_series.py" "$data/$file" "$work/$name.series.csv" "$work/$name.origins" "$folds" "$offsets"
    for m in $methods; do
      Rscript "$here/r_baselines.R" "$work/$name.series.csv" "$work/$name.origins" "$p1" "$p2" 12 "$m" \
        "$cache/$name" > "$work/$name.$m.log"
    done
  fi
  java -cp "$jar" wfm.benchmarks.forecasting.FoldSets "$work/$name.history.csv" "$holidays" "$cache/$name" \
    "$folds" "$offsets"
}
run fpp2 fpp2_calls_5min_2003.csv 29 145 -
run anonymous-bank anonymous_bank_1999_6min_counts.csv 48 336 -
echo "(with the holidays file)"
run anonymous-bank anonymous_bank_1999_6min_counts.csv 48 336 "$here/israel_holidays_1999.csv"
