#!/usr/bin/env python3
"""Night shifts, weekend days and surge days per agent in a roster.csv: mean, sd, min, max over all agents.

Usage: fair_shares.py agents.csv roster.csv FIRST_DAY LAST_DAY SURGE_DAYS
  e.g. fair_shares.py data-samples/hotline-10086/agents.csv plan-hotline-10086/roster.csv \
       2026-12-01 2026-12-31 2026-12-01,2026-12-02,2026-12-03,2026-12-30,2026-12-31

A night is a shift with at least two hours between 22:00 and 06:00 (Assignment.isNight, the solver's rule); it
counts on the day it starts, like the solver, so the lead-in night before FIRST_DAY counts too. Weekend and surge
days count shifts starting on them within FIRST_DAY..LAST_DAY. Agents without any shift count as zero.
"""
import csv
import statistics
import sys
from datetime import date, datetime, timedelta


def night_minutes(start, end):
    minutes = 0
    day = datetime.combine(start.date() - timedelta(days=1), datetime.min.time())
    while day < end:
        lo, hi = max(start, day + timedelta(hours=22)), min(end, day + timedelta(hours=30))
        minutes += max(0, (hi - lo).total_seconds() / 60)
        day += timedelta(days=1)
    return minutes


def main(agents_csv, roster_csv, first, last, surge):
    first, last = date.fromisoformat(first), date.fromisoformat(last)
    surge = {date.fromisoformat(d) for d in surge.split(",")}
    with open(agents_csv, newline="") as f:
        counts = {row["agent_id"]: [0, 0, 0] for row in csv.DictReader(f)}
    with open(roster_csv, newline="") as f:
        for row in csv.DictReader(f):
            start, end = datetime.fromisoformat(row["start"]), datetime.fromisoformat(row["end"])
            c = counts[row["agent_id"]]
            c[0] += night_minutes(start, end) >= 120
            d = start.date()
            if first <= d <= last:
                c[1] += d.weekday() >= 5
                c[2] += d in surge
    for k, name in enumerate(["nights", "weekend days", "surge days"]):
        v = [c[k] for c in counts.values()]
        print(f"{name:13s} mean {statistics.mean(v):.2f} sd {statistics.pstdev(v):.2f} "
              f"min {min(v)} max {max(v)} sum of squares {sum(x * x for x in v):,}")


if __name__ == "__main__":
    if len(sys.argv) != 6:
        sys.exit(__doc__)
    main(*sys.argv[1:])
