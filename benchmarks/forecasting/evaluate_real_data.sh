#!/usr/bin/env bash
# Real-data check of wfm's forecasting (not part of CI): on the fpp2 bank calls (5-minute, weekdays) and the
# Anonymous Bank 1999 counts (6-minute, every day), both aggregated to 30 minutes with --interval 30m,
# a rolling-origin backtest with a one-week horizon must show
#   - the automatic choice ('auto', chosen on earlier folds only) more accurate (WAPE) than both baselines
#     (seasonal-naive, week-average), and
#   - its 80% prediction interval covering 75-85% of the actuals.
# usage: benchmarks/forecasting/evaluate_real_data.sh DATA_DIR [FOLDS]   (DATA_DIR holds the two CSV files)
set -euo pipefail
data=${1:?usage: evaluate_real_data.sh DATA_DIR [FOLDS]}
folds=${2:-8}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 "$here/to_history.py" "$data/fpp2_calls_5min_2003.csv" "$work/fpp2.csv" fpp2
python3 "$here/to_history.py" "$data/anonymous_bank_1999_6min_counts.csv" "$work/bank.csv" anonymous-bank

"$root/wfm" --quiet backtest --history "$work/fpp2.csv" --interval 30m --horizon 7d --folds "$folds" \
  --format json > "$work/fpp2.json"
# the Israeli bank closes on Jewish holidays: a planner gives them, as for any centre
"$root/wfm" --quiet backtest --history "$work/bank.csv" --holidays "$here/israel_holidays_1999.csv" \
  --interval 30m --horizon 7d --folds "$folds" --format json > "$work/bank.json"

python3 - "$work/fpp2.json" "$work/bank.json" <<'PY'
import json, sys
ok = True
print(f"{'data set':<16} {'model':<20} {'WAPE':>7} {'MASE':>6} {'bias':>7} {'in 80%':>7} {'in 95%':>7}")
for path in sys.argv[1:]:
    r = json.load(open(path))
    name = r["queues"][0]["queue"]
    m = {x["model"]: x for x in r["all"]["models"]}
    for k, x in m.items():
        print(f"{name:<16} {k:<20} {100*x['wape']:6.2f}% {x['mase']:6.3f} {100*x['bias']:6.2f}% "
              f"{100*x['coverage80']:6.1f}% {100*x['coverage95']:6.1f}%")
    auto = m["auto"]
    beats = auto["wape"] < m["seasonal-naive"]["wape"] and auto["wape"] < m["week-average"]["wape"]
    covers = 0.75 <= auto["coverage80"] <= 0.85
    print(f"{name}: auto beats both baselines: {'PASS' if beats else 'FAIL'}; "
          f"80% interval covers {100*auto['coverage80']:.1f}% (75-85%): {'PASS' if covers else 'FAIL'}\n")
    ok &= beats and covers
sys.exit(0 if ok else 1)
PY
