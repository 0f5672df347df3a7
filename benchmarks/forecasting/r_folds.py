#!/usr/bin/env python3
"""Prepares the R comparison: a real data set aggregated to 30 minutes, open intervals only, and the backtest
origins wfm uses (midnight, one week apart, the last one 7 days before the end).
usage: r_folds.py INPUT.csv OUT_SERIES.csv OUT_ORIGINS.txt FOLDS"""
import collections, csv, datetime, sys

src, out_series, out_origins, folds = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
sums = collections.OrderedDict()
for r in csv.DictReader(open(src)):
    h, m = map(int, r["start"].split(":"))
    key = (r["date"], (h * 60 + m) // 30)
    sums[key] = sums.get(key, 0) + float(r["calls"])
with open(out_series, "w") as f:
    f.write("date,slot,calls\n")
    for (d, s), v in sorted(sums.items()):
        f.write(f"{d},{s},{round(v)}\n")
dates = sorted({d for d, _ in sums})
last = datetime.date.fromisoformat(dates[-1])
origins = [last - datetime.timedelta(days=6 + 7 * (folds - 1 - k)) for k in range(folds)]
open(out_origins, "w").write("\n".join(o.isoformat() for o in origins) + "\n")
