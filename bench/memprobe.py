"""Peak memory of one command and all its worker processes.

Run as ``python -m bench.memprobe CMD...`` in a fresh process for each measurement, so
``RUSAGE_CHILDREN`` (the largest single process among the children waited for) covers
that command only. It also polls ``/proc`` for the command's process tree, because the
total over the parent and its workers is what a machine must hold: it prints the peak
of the summed resident sizes and the sum of each process's own peak (VmHWM).
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

POLL_SECONDS = 0.05


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(x) for x in text.split()]


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(_children(p))
    return out


def _status_kb(pid: int, field: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def probe(cmd: list[str]) -> dict[str, float]:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak_total = 0
    hwm: dict[int, int] = {}
    while proc.poll() is None:
        pids = _tree(proc.pid)
        peak_total = max(peak_total, sum(_status_kb(p, "VmRSS") for p in pids))
        for p in pids:
            hwm[p] = max(hwm.get(p, 0), _status_kb(p, "VmHWM"))
        time.sleep(POLL_SECONDS)
    stderr = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    return {
        "returncode": proc.returncode,
        "seconds": time.perf_counter() - start,
        "max_process_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
        "peak_total_kb": peak_total,
        "sum_of_peaks_kb": sum(hwm.values()),
        "processes": len(hwm),
        "stderr_tail": stderr[-2000:],
    }


if __name__ == "__main__":
    if len(sys.argv) < 2:
        raise SystemExit("usage: python -m bench.memprobe CMD [ARGS...]")
    print(json.dumps(probe(sys.argv[1:])))
    sys.stdout.flush()
    os._exit(0)
