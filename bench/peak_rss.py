"""Run one command and print its wall time and peak RSS as JSON, measured from a small process.

usage: python bench/peak_rss.py STDOUT_FILE COMMAND [ARG ...]

Why a process of its own: a child's peak RSS (``ru_maxrss`` from ``wait4``) counts the memory
of the process that forked it, as it stood at the fork, before ``exec`` replaced it. Forked
straight from the benchmark, which by then has walked 200,000 paths, a command's peak read as
the benchmark's own size (84 MiB for a 42 MiB run). Forked from this small launcher instead, the
figure is the command's own (the launcher is smaller than anything measured).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time


def main() -> None:
    stdout_path, command = sys.argv[1], sys.argv[2:]
    with open(stdout_path, "wb") as out:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
    print(json.dumps({"wall_s": wall, "peak_mib": usage.ru_maxrss / 1024,
                      "returncode": os.waitstatus_to_exitcode(status)}))


if __name__ == "__main__":
    main()
