#!/usr/bin/env python3
"""usage: anonymous_bank_calls.py anonymous_bank_1999_08_calls.csv calls.csv"""
import csv,sys
# Anonymous Bank August 1999 -> calls.csv (queue = service type); arrival = q_start (queue entry), calls that never queued are dropped
out=csv.writer(open(sys.argv[2],'w',newline=''),lineterminator='\n')
out.writerow(['call_id','queue','arrival_time','answer_time','end_time','outcome'])
def t(d,s):
    h,m,x=s.split(':'); return f"{d}T{int(h):02d}:{int(m):02d}:{int(x):02d}"
for r in csv.DictReader(open(sys.argv[1])):
    if r['q_start']=='0:00:00' or r['outcome'] not in ('AGENT','HANG'): continue
    a,b,c=t(r['date'],r['q_start']),t(r['date'],r['ser_start']),t(r['date'],r['ser_exit'])
    if r['outcome']=='AGENT':
        if b<a or c<b: continue  # clock glitches of one second in the source
        out.writerow([r['call_id'],r['type'],a,b,c,'answered'])
    else:
        e=t(r['date'],r['q_exit'])
        if e<a: continue
        out.writerow([r['call_id'],r['type'],a,'',e,'abandoned'])
