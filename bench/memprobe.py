"""Peak memory and CPU waits of one command and all its worker processes.

Run as ``python -m bench.memprobe CMD...`` in a fresh process for each measurement, so
``RUSAGE_CHILDREN`` (the largest single process among the children waited for) covers
that command only. It also polls ``/proc`` for the command's process tree, because the
total over the parent and its workers is what a machine must hold: it prints the peak
of the summed resident sizes and the sum of each process's own peak (VmHWM). From
``/proc/PID/schedstat`` it keeps each process's CPU time and the time it sat runnable
waiting for a CPU, so a busy machine's share of a run's wall clock can be told apart.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
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


def _schedstat(pid: int) -> tuple[float, float] | None:
    """(seconds on a CPU, seconds runnable but waiting for one)."""
    try:
        run_ns, wait_ns, _ = Path(f"/proc/{pid}/schedstat").read_text().split()
        return int(run_ns) / 1e9, int(wait_ns) / 1e9
    except (OSError, ValueError):
        return None


def probe(cmd: list[str]) -> dict[str, object]:
    start = time.perf_counter()
    # stderr goes to a file, not a pipe: a pipe nobody reads until the end fills up and
    # blocks a chatty worker, and the run with it.
    err = tempfile.TemporaryFile()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err)
    peak_total = 0
    hwm: dict[int, int] = {}
    sched: dict[int, tuple[float, float]] = {}
    workers: set[int] = set()
    while proc.poll() is None:
        pids = _tree(proc.pid)
        workers.update(_children(proc.pid))
        peak_total = max(peak_total, sum(_status_kb(p, "VmRSS") for p in pids))
        for p in pids:
            hwm[p] = max(hwm.get(p, 0), _status_kb(p, "VmHWM"))
            stat = _schedstat(p)
            if stat is not None:
                sched[p] = stat
        time.sleep(POLL_SECONDS)
    err.seek(max(0, err.seek(0, os.SEEK_END) - 2000))
    stderr = err.read().decode("utf-8", "replace")
    err.close()
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "returncode": proc.returncode,
        "seconds": time.perf_counter() - start,
        "max_process_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
        "peak_total_kb": peak_total,
        "sum_of_peaks_kb": sum(hwm.values()),
        "processes": len(hwm),
        "cpu_seconds": usage.ru_utime + usage.ru_stime,
        "root_sched": list(sched.get(proc.pid, (0.0, 0.0))),
        "worker_sched": [list(sched[p]) for p in sorted(workers) if p in sched],
        "stderr_tail": stderr[-2000:],
    }


if __name__ == "__main__":
    if len(sys.argv) < 2:
        raise SystemExit("usage: python -m bench.memprobe CMD [ARGS...]")
    print(json.dumps(probe(sys.argv[1:])))
    sys.stdout.flush()
    os._exit(0)
