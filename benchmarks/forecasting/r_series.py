#!/usr/bin/env python3
"""Prepares the R baselines of fold_sets.sh: a real data set aggregated to 30 minutes and the origins of its fold sets.

The series holds the open intervals (slots seen in the data) of every day of a weekday that occurs in the data
(fpp2: Monday-Friday; the bank: every day); a missing such day (fpp2's six weekday holidays) is filled with the same
slots one week earlier, as wfm imputes it, so R's weekly period stays in phase.
Origins are wfm's: midnight, one week apart, the last one 7 days before the end of the history cut by OFFSET days,
for every FOLDS x OFFSET combination given (their union, one per line).
usage: r_series.py INPUT.csv OUT_SERIES.csv OUT_ORIGINS.txt FOLDS[,FOLDS...] OFFSET[,OFFSET...]"""
import collections, csv, datetime, sys

src, out_series, out_origins = sys.argv[1], sys.argv[2], sys.argv[3]
folds = [int(x) for x in sys.argv[4].split(",")]
offsets = [int(x) for x in sys.argv[5].split(",")]
sums = collections.defaultdict(float)
for r in csv.DictReader(open(src)):
    h, m = map(int, r["start"].split(":"))
    sums[(datetime.date.fromisoformat(r["date"]), (h * 60 + m) // 30)] += float(r["calls"])
dates = sorted({d for d, _ in sums})
seen = set(dates)
weekdays = {d.weekday() for d in dates}
slots = sorted({s for _, s in sums})
values = {}
d = dates[0]
while d <= dates[-1]:
    if d.weekday() in weekdays:
        for s in slots:
            values[(d, s)] = sums[(d, s)] if d in seen else values.get((d - datetime.timedelta(days=7), s), 0)
    d += datetime.timedelta(days=1)
with open(out_series, "w") as f:
    f.write("date,slot,calls\n")
    for (d, s), v in sorted(values.items()):
        f.write(f"{d},{s},{round(v)}\n")
origins = set()
for k in folds:
    for o in offsets:
        last = dates[-1] - datetime.timedelta(days=o + 6)
        origins.update(last - datetime.timedelta(days=7 * j) for j in range(k))
open(out_origins, "w").write("".join(f"{o}\n" for o in sorted(origins)))
