"""Waits until the machine is quiet: the events of a data load consumed, relays drained, JIT and caches warm.

A figure measured while the services still work through a load's backlog measures the backlog. Busy share of all
cores from /proc/stat, once a second; settled after three quiet seconds in a row, or gives up after the limit.
Usage: settle.py [limit seconds] [quiet share]
"""
import sys
import time

limit = float(sys.argv[1]) if len(sys.argv) > 1 else 180
quiet = float(sys.argv[2]) if len(sys.argv) > 2 else 0.15


def sample():
    with open("/proc/stat", encoding="ascii") as stat:
        fields = [int(v) for v in stat.readline().split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    return sum(fields), idle


started = time.monotonic()
quiet_seconds = 0
total, idle = sample()
while time.monotonic() - started < limit:
    time.sleep(1)
    total2, idle2 = sample()
    busy = 1 - (idle2 - idle) / max(1, total2 - total)
    total, idle = total2, idle2
    quiet_seconds = quiet_seconds + 1 if busy < quiet else 0
    if quiet_seconds >= 3:
        print(f"bench: settled after {time.monotonic() - started:.0f} s")
        sys.exit(0)
print(f"bench: still busy after {limit:.0f} s (last {busy:.0%}); measuring anyway")
