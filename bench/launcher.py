"""Run commands for the benchmark from a small process, and report their time and peak memory.

Linux keeps a process's peak resident size across fork and exec, so a command started from the
benchmark process (which holds a large corpus in memory) would report the benchmark's size as its
own peak. Started from this small process instead, `ru_maxrss` is the command's own.

Protocol: one JSON object per line on stdin, {"cmd": [...], "cwd": "...", "env": {...}}; one JSON
object per line on stdout, {"pid_wall_s", "cpu_s", "returncode", "maxrss_mb", "stderr"}.
Before running a command it prints {"pid": PID} so the caller can sample the process tree.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time


def main() -> None:
    for line in sys.stdin:
        job = json.loads(line)
        with tempfile.TemporaryFile() as err:
            start = time.perf_counter()
            proc = subprocess.Popen(job["cmd"], cwd=job.get("cwd"), env=job.get("env"),
                                    stdout=subprocess.DEVNULL, stderr=err)
            print(json.dumps({"pid": proc.pid}), flush=True)
            _, status, usage = os.wait4(proc.pid, 0)
            wall = time.perf_counter() - start
            proc.returncode = os.waitstatus_to_exitcode(status)
            err.seek(0)
            text = err.read().decode("utf-8", "replace")[-2000:]
        print(json.dumps({
            "wall_s": wall,
            "cpu_s": usage.ru_utime + usage.ru_stime,
            "returncode": proc.returncode,
            "maxrss_mb": usage.ru_maxrss / 1024,
            "stderr": text,
        }), flush=True)


if __name__ == "__main__":
    main()
