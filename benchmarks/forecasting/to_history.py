#!/usr/bin/env python3
"""Converts the real data sets of ../shared/data (date, weekday, interval, start, calls) to history.csv.

usage: to_history.py INPUT.csv OUTPUT.csv [QUEUE]
Half-calls (imputed values in the Anonymous Bank file) are rounded to whole calls.
"""
import csv
import sys

src, dst = sys.argv[1], sys.argv[2]
queue = sys.argv[3] if len(sys.argv) > 3 else "default"
with open(src, newline="") as f, open(dst, "w", newline="") as g:
    out = csv.writer(g, lineterminator="\n")
    out.writerow(["interval_start", "queue", "offered"])
    for row in csv.DictReader(f):
        out.writerow([row["date"] + "T" + row["start"], queue, int(round(float(row["calls"])))])
