"""Start ``minutes serve`` as a child process and wait until it answers.

Why in the package: the end-to-end tests and the load check (``python -m
bench.serve_load``) both need a real server on a loopback port, started exactly as a
user starts it, and stopped cleanly with its workers.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

_URL = re.compile(r"minutes serve: (http://\S+?)/ with")


@dataclass
class Server:
    proc: subprocess.Popen
    url: str
    log: Path

    def stop(self, timeout: float = 20.0) -> int:
        """Ctrl-C (SIGINT) as a person would; kill only if it does not stop in time."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        return self.proc.returncode


def minutes_command() -> list[str]:
    """The installed ``minutes`` script beside this interpreter, else ``python -m extractor.cli``."""
    script = Path(sys.executable).with_name("minutes")
    if script.exists():
        return [str(script)]
    found = shutil.which("minutes")
    return [found] if found else [sys.executable, "-m", "extractor.cli"]


def start(args: list[str], log: Path, env: Optional[dict[str, str]] = None, timeout: float = 180.0) -> Server:
    """``minutes serve --port 0 ARGS`` on loopback; returns once /healthz answers 200."""
    full_env = dict(os.environ, **(env or {}))
    with open(log, "wb") as fh:
        proc = subprocess.Popen(minutes_command() + ["serve", "--host", "127.0.0.1", "--port", "0", *args],
                                stdout=fh, stderr=subprocess.STDOUT, env=full_env, start_new_session=True)
    deadline = time.monotonic() + timeout
    url = None
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"minutes serve exited with {proc.returncode}:\n{log.read_text(errors='replace')}")
        if url is None:
            found = _URL.search(log.read_text(errors="replace"))
            url = found.group(1) if found else None
        if url is not None and _healthy(url):
            return Server(proc, url, log)
        time.sleep(0.2)
    Server(proc, url or "", log).stop()
    raise RuntimeError(f"minutes serve did not answer within {timeout:g} s:\n{log.read_text(errors='replace')}")


_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback never goes through a proxy


def _healthy(url: str) -> bool:
    try:
        with _DIRECT.open(url + "/healthz", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False
