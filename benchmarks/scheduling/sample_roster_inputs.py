#!/usr/bin/env python3
"""Writes agents.csv, shifts.csv and unavailability.csv for the sample hotlines (seeded, reproducible).

Sizing (see data-samples/ROSTER-INPUTS.md): the agents' maximum contract hours cover about the agent-hours that
Erlang C (80% in 20 s, 30% shrinkage) asks for on the sample's traffic, so the roster is tight, not padded.

    python3 benchmarks/scheduling/sample_roster_inputs.py data-samples
"""
import csv
import datetime as dt
import random
import sys
from pathlib import Path

PLAN_START = dt.date(2026, 12, 1)  # the month after the samples' history ends


def write(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


SURNAMES = "Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin He Guo Ma Luo Liang Song Zheng Xie Han Tang Feng Yu Dong Xiao".split()
GIVEN = "Wei Fang Na Min Jing Li Qiang Lei Jun Yang Yong Yan Jie Tao Ming Chao Xiu Hua Ping Gang Hui Juan Xia Bo Hong Dan Ying Rui Lin Kai".split()


def name(rng):
    return rng.choice(SURNAMES) + " " + rng.choice(GIVEN)


def unavailability(rng, agent_ids, days, share_leave, share_training):
    rows = []
    for a in agent_ids:
        if rng.random() < share_leave:  # annual leave: 2-5 consecutive days
            start = rng.randrange(days - 5)
            for d in range(start, start + rng.randint(2, 5)):
                rows.append([a, PLAN_START + dt.timedelta(days=d), "", "", "leave"])
        if rng.random() < share_training:  # a half-day training session
            d = rng.randrange(days)
            rows.append([a, PLAN_START + dt.timedelta(days=d), "14:00", "18:00", "training"])
        if rng.random() < 0.10:  # a request off
            rows.append([a, PLAN_START + dt.timedelta(days=rng.randrange(days)), "", "", "request"])
    rows.sort(key=lambda r: (r[1], r[0]))
    return rows


def hotline_95504(folder, rng):
    # 08:00-20:00; ~390 calls a weekday; about 7 agents on the phones (22 agents' contracts) after 30% shrinkage
    write(folder / "shifts.csv", ["shift_id", "start_time", "duration", "break_minutes", "days"], [
        ["E08", "08:00", "9h", 60, "Mon-Sun"],
        ["M09", "09:00", "9h", 60, "Mon-Sun"],
        ["M10", "10:00", "9h", 60, "Mon-Sun"],
        ["L11", "11:00", "9h", 60, "Mon-Sun"],
        ["P08", "08:00", "4h", 0, "Mon-Sun"],
        ["P12", "12:00", "4h", 0, "Mon-Sun"],
        ["P16", "16:00", "4h", 0, "Mon-Sun"],
    ])
    # 36 agents in the 50-seat room: with 24 the contracts (864 h a week) were below the ~900 on-phone hours the
    # per-queue requirement asks for before any absence, so no roster could hold once absence is counted
    agents = []
    for i in range(1, 37):
        aid = f"F{i:03d}"
        if i <= 12:  # complaints take ~2.5 agents all day: one senior alone leaves the line empty at breaks
            skills = "complaints;account-service;enquiry"
        elif i <= 19:
            skills = "card-info;account-service;enquiry"
        elif i <= 23:
            skills = "card-info;enquiry"
        else:
            skills = "enquiry"
        if i >= 29:  # part-timers on the enquiry line
            agents.append([aid, name(rng), skills, 16, 24, 5, "Beijing", "no"])
        else:
            agents.append([aid, name(rng), skills, 32, 40, 6, "Beijing", "yes" if i % 7 == 0 else "no"])
    write(folder / "agents.csv", ["agent_id", "name", "skills", "min_hours_per_week", "max_hours_per_week",
                                  "max_consecutive_days", "site", "remote"], agents)
    write(folder / "unavailability.csv", ["agent_id", "date", "from", "to", "reason"],
          unavailability(rng, [a[0] for a in agents], 31, 0.15, 0.2))


def hotline_10086(folder, rng):
    # 24 h; ~100,000 calls a day; ~11,400 agent-hours a day after 30% shrinkage: ~2,000 agents
    shifts = [[f"D{h:02d}", f"{h:02d}:00", "9h", 60, "Mon-Sun"] for h in range(7, 16)]
    shifts += [
        ["E16", "16:00", "9h", 60, "Mon-Sun"],   # to 01:00
        ["N20", "20:00", "9h", 60, "Mon-Sun"],   # to 05:00
        ["N22", "22:00", "9h", 60, "Mon-Sun"],   # to 07:00
        ["N23", "23:00", "9h", 60, "Mon-Sun"],   # to 08:00
        ["P09", "09:00", "5h", 0, "Mon-Sun"],
        ["P14", "14:00", "5h", 0, "Mon-Sun"],
        ["P18", "18:00", "5h", 0, "Mon-Sun"],
    ]
    write(folder / "shifts.csv", ["shift_id", "start_time", "duration", "break_minutes", "days"], shifts)
    # skill mix follows the queues' workload: billing 39%, mobile-data 28%, complaints 23%, english 10%
    mix = [("billing", 0.26), ("billing;mobile-data", 0.20), ("mobile-data", 0.16),
           ("complaints;billing", 0.14), ("complaints", 0.10), ("english;billing", 0.08), ("english", 0.06)]
    sites = ["Jinan", "Qingdao", "Yantai"]
    agents = []
    n = 2000
    for i in range(1, n + 1):
        skills = skills_of(i, n, mix)
        part_time = i % 10 == 0
        mn, mx = (16, 25) if part_time else (32, 40)
        agents.append([f"S{i:04d}", name(rng), skills, mn, mx, 6, sites[i % 3], "yes" if i % 25 == 0 else "no"])
    write_agents(folder, rng, agents, 31, 0.08, 0.1)


def skills_of(i, n, mix):
    """The skills of agent i of n when the agents' skills follow the mix (skills, share) in order."""
    r = (i - 1) / n
    acc = 0
    for skills, share in mix:
        acc += share
        if r < acc:
            break
    return skills


def mixed_agents(rng, prefix, n, mix, sites, remote_share, part_time_every):
    """n agents whose skills follow the mix (skills, share); every part_time_every-th works part time."""
    agents = []
    for i in range(1, n + 1):
        skills = skills_of(i, n, mix)
        part_time = i % part_time_every == 0
        mn, mx = (16, 24) if part_time else (32, 40)
        remote = "yes" if rng.random() < remote_share else "no"
        agents.append([f"{prefix}{i:04d}", name(rng), skills, mn, mx, 6, sites[i % len(sites)], remote])
    return agents


def write_agents(folder, rng, agents, days, share_leave, share_training):
    write(folder / "agents.csv", ["agent_id", "name", "skills", "min_hours_per_week", "max_hours_per_week",
                                  "max_consecutive_days", "site", "remote"], agents)
    write(folder / "unavailability.csv", ["agent_id", "date", "from", "to", "reason"],
          unavailability(rng, [a[0] for a in agents], days, share_leave, share_training))


def hotline_10010(folder, rng):
    # 24 h; ~12,000 calls a day to agents; ~6,500 agent-hours a week on the phones: 200 agents
    shifts = [[f"D{h:02d}", f"{h:02d}:00", "9h", 60, "Mon-Sun"] for h in range(7, 15)]
    shifts += [["E16", "16:00", "9h", 60, "Mon-Sun"], ["N22", "22:00", "9h", 60, "Mon-Sun"],
               ["N23", "23:00", "9h", 60, "Mon-Sun"], ["P09", "09:00", "5h", 0, "Mon-Sun"],
               ["P18", "18:00", "5h", 0, "Mon-Sun"]]
    write(folder / "shifts.csv", ["shift_id", "start_time", "duration", "break_minutes", "days"], shifts)
    mix = [("10010-service", 0.60), ("10010-service;10018-club", 0.30), ("10018-club", 0.10)]
    write_agents(folder, rng, mixed_agents(rng, "U", 200, mix, ["Tianjin-Hexi", "Tianjin-Nankai"], 0.05, 10),
                 31, 0.08, 0.1)


def hotline_crgas(folder, rng):
    # 24 h; ~2,500 calls a day incl. outbound surveys; ~2,500 agent-hours a week on the phones: 75 agents
    write(folder / "shifts.csv", ["shift_id", "start_time", "duration", "break_minutes", "days"], [
        ["D08", "08:00", "9h", 60, "Mon-Sun"], ["D09", "09:00", "9h", 60, "Mon-Sun"],
        ["D10", "10:00", "9h", 60, "Mon-Sun"], ["D12", "12:00", "9h", 60, "Mon-Sun"],
        ["E15", "15:00", "9h", 60, "Mon-Sun"], ["N23", "23:00", "9h", 60, "Mon-Sun"],
        ["P09", "09:00", "4h", 0, "Mon-Fri"], ["P14", "14:00", "4h", 0, "Mon-Fri"],
    ])
    mix = [("service;emergency", 0.40), ("emergency;service", 0.15), ("survey;service", 0.30), ("service", 0.15)]
    write_agents(folder, rng, mixed_agents(rng, "G", 75, mix, ["Shenzhen"], 0.0, 8), 31, 0.1, 0.2)


def hotline_hebei(folder, rng):
    # 08:00-22:00; ~4,000 calls a day; ~3,100 agent-hours a week on the phones: 95 agents, most at home
    write(folder / "shifts.csv", ["shift_id", "start_time", "duration", "break_minutes", "days"], [
        ["D08", "08:00", "9h", 60, "Mon-Sun"], ["D09", "09:00", "9h", 60, "Mon-Sun"],
        ["D10", "10:00", "9h", 60, "Mon-Sun"], ["D12", "12:00", "9h", 60, "Mon-Sun"],
        ["L13", "13:00", "9h", 60, "Mon-Sun"], ["P08", "08:00", "4h", 0, "Mon-Sun"],
        ["P18", "18:00", "4h", 0, "Mon-Sun"],
    ])
    mix = [("service;repair", 0.45), ("repair", 0.20), ("complaints;service", 0.25), ("complaints", 0.10)]
    write_agents(folder, rng, mixed_agents(rng, "H", 95, mix, ["Shijiazhuang", "Baoding", "Tangshan"], 0.70, 6),
                 31, 0.1, 0.15)


SAMPLES = (("hotline-95504", hotline_95504), ("hotline-10086", hotline_10086), ("hotline-10010", hotline_10010),
           ("hotline-crgas", hotline_crgas), ("hotline-hebei", hotline_hebei))

if __name__ == "__main__":
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "data-samples")
    for folder, make in SAMPLES:
        (root / folder).mkdir(parents=True, exist_ok=True)
        make(root / folder, random.Random(folder))
