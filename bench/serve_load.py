"""Load check of ``minutes serve`` (issue 14): a script, not a timed test.

    .venv/bin/python -m bench.serve_load                 # 20 clients x 30 s, 1 and 2 workers
    .venv/bin/python -m bench.serve_load --seconds 10 --workers 1

For each worker count it starts a real ``minutes serve`` on a loopback port, warms it up
(each input once), then runs N concurrent clients for a bounded time, each posting the
inputs in turn (the seeds and a PDF laid out from seed_003) over a kept-alive HTTP/1.1
connection. A client that gets 503 waits the Retry-After the server sent, as a well-behaved
client does. It prints requests per second, p50/p95/p99 latency of the answered requests,
the 503s and every other error, and the resident memory of the server's whole process
tree before and after the run. The baseline, measured in the same run, is ``minutes
extract --jobs 1`` on copies of the same files (the CLI in one process), as files per
second, with and without its start-up.

Only loopback addresses are used; every loop is bounded in time; the servers are stopped
at the end.
"""

from __future__ import annotations

import argparse
import http.client
import os
import resource
import shutil
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "bench" / "_work" / "serve_load"
sys.path.insert(0, str(ROOT / "tests"))  # pdfmaker, as the tests use it

from extractor.service import launch  # noqa: E402


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)  # seconds, answered (200) requests
    answered: dict[int, int] = field(default_factory=dict)  # input index -> answered requests
    busy: int = 0  # deliberate 503s
    other: dict[str, int] = field(default_factory=dict)  # any other status or transport error
    lock: threading.Lock = field(default_factory=threading.Lock)

    def error(self, what: str) -> None:
        with self.lock:
            self.other[what] = self.other.get(what, 0) + 1


def make_inputs(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for seed in sorted((ROOT / "corpus" / "raw").glob("seed_*.txt")):
        shutil.copy(seed, folder / seed.name)
        files.append(folder / seed.name)
    from pdfmaker import make_pdf

    pdf = folder / "seed_003_as_pdf.pdf"
    make_pdf((ROOT / "corpus" / "raw").glob("seed_003_*.txt").__next__().read_text(encoding="utf-8"), pdf,
             header="Committee minutes – page {page}")
    files.append(pdf)
    return files


def multipart(path: Path) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    head = (f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{path.name}"\r\n'
            f"Content-Type: application/octet-stream\r\n\r\n").encode()
    return head + path.read_bytes() + f"\r\n--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def tree(pid: int) -> list[int]:
    """``pid`` and all its descendants (Linux /proc): the server, its fork server and workers."""
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        try:
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def tree_rss_mb(pid: int) -> float:
    """Resident memory of the whole tree."""
    total_kb = 0
    for p in tree(pid):
        try:
            total_kb += sum(int(line.split()[1]) for line in Path(f"/proc/{p}/status").read_text().splitlines()
                            if line.startswith("VmRSS:"))
        except OSError:
            continue
    return total_kb / 1024


def sched(pid: int) -> dict[int, tuple[float, float]]:
    """Per process of the tree: (seconds on a CPU, seconds runnable but waiting for one)."""
    out = {}
    for p in tree(pid):
        try:
            run_ns, wait_ns, _ = Path(f"/proc/{p}/schedstat").read_text().split()
            out[p] = (int(run_ns) / 1e9, int(wait_ns) / 1e9)
        except (OSError, ValueError):
            continue
    return out


def cpu_split(pid: int, before: dict[int, tuple[float, float]], after: dict[int, tuple[float, float]]) -> dict:
    """CPU and CPU-wait seconds between two snapshots, for the server process and the rest (workers)."""
    def delta(p: int) -> tuple[float, float]:
        b = before.get(p, (0.0, 0.0))
        return after[p][0] - b[0], after[p][1] - b[1]

    server = delta(pid) if pid in after else (0.0, 0.0)
    rest = [delta(p) for p in after if p != pid]
    return {"server_cpu": server[0], "worker_cpu": sum(r[0] for r in rest), "worker_wait": sum(r[1] for r in rest)}


def client_loop(host: str, port: int, bodies: list[tuple[bytes, str]], start: int, deadline: float,
                tally: Tally) -> None:
    conn: Optional[http.client.HTTPConnection] = None
    turn = start
    while time.monotonic() < deadline:
        body, content_type = bodies[turn % len(bodies)]
        turn += 1
        if conn is None:
            conn = http.client.HTTPConnection(host, port, timeout=120)
        sent = time.monotonic()
        try:
            conn.request("POST", "/extract", body=body, headers={"Content-Type": content_type})
            response = conn.getresponse()
            response.read()
        except (OSError, http.client.HTTPException) as exc:
            tally.error(type(exc).__name__)
            conn.close()
            conn = None
            continue
        took = time.monotonic() - sent
        if response.status == 200:
            with tally.lock:
                tally.latencies.append(took)
                index = (turn - 1) % len(bodies)
                tally.answered[index] = tally.answered.get(index, 0) + 1
        elif response.status == 503:
            with tally.lock:
                tally.busy += 1
            wait = float(response.getheader("Retry-After") or 1)
            time.sleep(max(0.0, min(wait, deadline - time.monotonic())))
        else:
            tally.error(str(response.status))
        if response.getheader("Connection", "").lower() == "close":
            conn.close()
            conn = None
    if conn is not None:
        conn.close()


def warm_up(host: str, port: int, bodies: list[tuple[bytes, str]]) -> list[int]:
    """Post each body once, one at a time; the statuses that were not 200."""
    bad = []
    for body, content_type in bodies:
        conn = http.client.HTTPConnection(host, port, timeout=120)
        conn.request("POST", "/extract", body=body, headers={"Content-Type": content_type})
        status = conn.getresponse().status
        conn.close()
        if status != 200:
            bad.append(status)
    return bad


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))]


def run_server(workers: int, files: list[Path], clients: int, seconds: float) -> dict:
    WORK.mkdir(parents=True, exist_ok=True)
    server = launch.start(["--workers", str(workers), "--log-level", "warning"], WORK / f"serve-{workers}.log")
    try:
        host, port = server.url.removeprefix("http://").rsplit(":", 1)
        bodies = [multipart(p) for p in files]
        warm = warm_up(host, int(port), bodies * workers)  # every worker sees every input once
        time.sleep(1.0)
        rss_before = tree_rss_mb(server.proc.pid)
        sched_before = sched(server.proc.pid)
        tally = Tally()
        cpu_before = time.process_time()
        started = time.monotonic()
        deadline = started + seconds
        threads = [threading.Thread(target=client_loop, args=(host, int(port), bodies, i, deadline, tally), daemon=True)
                   for i in range(clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=seconds + 180)
        elapsed = time.monotonic() - started
        client_cpu = time.process_time() - cpu_before
        cpu = cpu_split(server.proc.pid, sched_before, sched(server.proc.pid))
        time.sleep(1.0)
        rss_after = tree_rss_mb(server.proc.pid)
    finally:
        code = server.stop()
    return {
        "workers": workers, "elapsed": elapsed, "ok": len(tally.latencies), "busy": tally.busy,
        "other": dict(tally.other), "rps": len(tally.latencies) / elapsed,
        "p50": percentile(tally.latencies, 50), "p95": percentile(tally.latencies, 95),
        "p99": percentile(tally.latencies, 99), "answered": dict(tally.answered), "rss_before": rss_before, "rss_after": rss_after,
        "client_cpu": client_cpu, "exit": code, "warm_errors": warm, **cpu,
    }


def cli_baseline(files: list[Path], copies: int) -> dict:
    """``minutes extract --jobs 1`` over ``copies`` copies of the inputs, and over one file (its start-up)."""
    folder = WORK / "cli-inputs"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for n in range(copies):
        for f in files:
            shutil.copy(f, folder / f"{n:03d}_{f.name}")
    count = copies * len(files)

    def timed(inputs: list[str]) -> tuple[float, float]:
        """Wall clock and CPU seconds of one run."""
        out = WORK / "cli.jsonl"
        out.unlink(missing_ok=True)
        start, used = time.monotonic(), resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(launch.minutes_command() + ["extract", *inputs, "--jsonl", str(out), "--jobs", "1",
                                                   "--quiet", "--force"], check=True)
        now = resource.getrusage(resource.RUSAGE_CHILDREN)
        return time.monotonic() - start, now.ru_utime + now.ru_stime - used.ru_utime - used.ru_stime

    whole, whole_cpu = timed([str(folder)])
    startup, startup_cpu = timed([str(files[0])])
    return {"files": count, "seconds": whole, "startup": startup, "fps": count / whole,
            "fps_net": count / max(0.01, whole - startup),
            "cpu_per_file": (whole_cpu - startup_cpu) / count}


def library_cpu(files: list[Path], rounds: int = 3) -> list[float]:
    """CPU seconds of ``extract(file).to_json()`` in this process, per file (least of ``rounds``):
    what each answered request would cost with no service around the library."""
    import extractor

    nlp = extractor.load()
    best = [float("inf")] * len(files)
    for _ in range(rounds):
        for i, f in enumerate(files):
            start = time.process_time()
            extractor.extract(f, nlp=nlp).to_json()
            best[i] = min(best[i], time.process_time() - start)
    return best


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--copies", type=int, default=20, help="copies of the inputs for the CLI baseline")
    args = parser.parse_args(argv)

    files = make_inputs(WORK / "inputs")
    load = os.getloadavg()[0]
    print(f"inputs: {', '.join(f.name for f in files)} ({sum(f.stat().st_size for f in files) / 1024:.0f} KB)")
    base = cli_baseline(files, args.copies)
    print(f"baseline: minutes extract --jobs 1, {base['files']} files in {base['seconds']:.1f} s = "
          f"{base['fps']:.1f} files/s ({base['fps_net']:.1f} files/s less its {base['startup']:.1f} s start-up)")
    results = [run_server(w, files, args.clients, args.seconds) for w in args.workers]
    lib = library_cpu(files)
    print(f"library in this process, CPU per file: {', '.join(f'{f.name[:8]} {1000 * c:.0f} ms' for f, c in zip(files, lib))}"
          f"; the CLI used {1000 * base['cpu_per_file']:.0f} ms per file net of start-up "
          f"({base['cpu_per_file'] / (sum(lib) / len(lib)):.2f} x the library)")
    print(f"\nminutes serve, {args.clients} clients for {args.seconds:g} s each "
          f"(load average {load:.2f} -> {os.getloadavg()[0]:.2f}, {os.cpu_count()} cores):")
    header = ("workers", "req/s", "vs CLI", "vs CLI net", "p50 s", "p95 s", "p99 s", "200s", "503s",
              "other errors", "RSS before", "RSS after", "after/before")
    print(" | ".join(header))
    print("|".join("---" for _ in header))
    for r in results:
        errors = sum(r["other"].values())
        print(" | ".join([
            str(r["workers"]), f"{r['rps']:.1f}", f"{r['rps'] / base['fps']:.2f}", f"{r['rps'] / base['fps_net']:.2f}",
            f"{r['p50']:.3f}", f"{r['p95']:.3f}", f"{r['p99']:.3f}", str(r["ok"]), str(r["busy"]),
            f"{errors} {r['other'] or ''}".strip(), f"{r['rss_before']:.0f} MB", f"{r['rss_after']:.0f} MB",
            f"{r['rss_after'] / r['rss_before']:.2f}"]))
    print()
    failed = False
    for r in results:
        five = {k: v for k, v in r["other"].items() if k.isdigit() and k.startswith("5")}
        checks = [("warm-up: every input extracted", not r["warm_errors"]),
                  ("no 5xx but deliberate 503s", not five), ("no transport errors", not r["other"]),
                  ("memory after within 20% of before", r["rss_after"] <= 1.2 * r["rss_before"]),
                  ("server stopped cleanly on Ctrl-C", r["exit"] in (0, 130))]
        for name, ok in checks:
            failed |= not ok
            print(f"{r['workers']} worker(s): {name}: {'PASS' if ok else 'MISS'}")
        served = max(1, r["ok"])
        per = (r["server_cpu"] + r["worker_cpu"]) / served
        same_mix = sum(n * lib[i] for i, n in r["answered"].items()) / served
        print(f"{r['workers']} worker(s): CPU per answered request {1000 * per:.0f} ms (server "
              f"{1000 * r['server_cpu'] / served:.0f} + workers {1000 * r['worker_cpu'] / served:.0f}) vs "
              f"{1000 * same_mix:.0f} ms for the library on the same documents: {per / same_mix:.2f}; workers busy "
              f"{r['worker_cpu']:.1f} CPU-s and waiting for a CPU {r['worker_wait']:.1f} s of "
              f"{r['workers'] * r['elapsed']:.1f} worker-seconds; the clients used {r['client_cpu']:.1f} CPU-s")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
