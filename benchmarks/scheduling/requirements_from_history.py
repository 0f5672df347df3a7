#!/usr/bin/env python3
"""A stand-in for `wfm forecast` + `wfm staff`, for scheduling benchmarks only: requirements.csv for a month.

Forecast: the mean of each (queue, weekday, half-hour) over the last 4 weeks of history.csv, times an optional
month-edge factor table (the sample generator's own, given on the command line). Staffing: Erlang C, the least
agents reaching 80% answered within 20 s, grossed up for 30% shrinkage.

    python3 requirements_from_history.py HISTORY.csv 2026-12-01 31 OUT.csv [--month-edges 1.25,1.40:1.50,1.30,1.15]
"""
import collections
import csv
import datetime as dt
import math
import sys


def erlang_c_agents(calls, aht, period=1800.0, target=0.8, within=20.0):
    if calls <= 0:
        return 0
    a = calls * aht / period
    n = int(math.floor(a)) + 1
    while True:
        b = 1.0
        for k in range(1, n + 1):
            b = a * b / (k + a * b)
        c = n * b / (n - a * (1 - b))
        if 1 - c * math.exp(-(n - a) * within / aht) >= target:
            return n
        n += 1


def edge_factor(day, last, first):
    end = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    from_end = (end - day).days  # 0 = last day
    if from_end < len(last):
        return last[len(last) - 1 - from_end]
    if day.day <= len(first):
        return first[day.day - 1]
    return 1.0


def main(argv):
    history, start, days, out = argv[0], dt.date.fromisoformat(argv[1]), int(argv[2]), argv[3]
    last, first = [], []
    if "--month-edges" in argv:
        spec = argv[argv.index("--month-edges") + 1]
        last, first = ([float(x) for x in part.split(",")] for part in spec.split(":"))
    rows = list(csv.DictReader(open(history, encoding="utf-8")))
    dates = sorted({r["interval_start"][:10] for r in rows})
    window = set(dates[-28:])
    acc = collections.defaultdict(lambda: [0.0, 0.0, 0])
    edge_sum = 0.0
    for d in window:
        edge_sum += edge_factor(dt.date.fromisoformat(d), last, first)
    mean_edge = edge_sum / len(window)
    for r in rows:
        d = r["interval_start"][:10]
        if d in window:
            day = dt.date.fromisoformat(d)
            key = (r.get("queue") or "default", day.weekday(), r["interval_start"][11:16])
            f = edge_factor(day, last, first)
            a = acc[key]
            off = float(r["offered"]) / f * mean_edge / mean_edge  # de-surged level
            a[0] += off
            a[1] += float(r["aht_seconds"] or 0) * off
            a[2] += 1
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["interval_start", "queue", "required_agents", "calls", "aht_seconds"])
        for i in range(days):
            day = start + dt.timedelta(days=i)
            factor = edge_factor(day, last, first)
            for (queue, weekday, hm), (off, aht_sum, n) in sorted(acc.items(), key=lambda kv: (kv[0][2], kv[0][0])):
                if weekday != day.weekday():
                    continue
                calls = off / n * factor
                aht = aht_sum / off if off else 180.0
                agents = erlang_c_agents(calls, aht) / 0.7
                w.writerow([f"{day}T{hm}", queue, round(agents, 2), round(calls, 1), round(aht, 1)])


if __name__ == "__main__":
    main(sys.argv[1:])
