"""One real ``minutes serve`` process on a loopback port, used as a client would.

The records it returns for the seeds and for a PDF made here must be byte for byte what
``minutes extract`` writes for the same files; what is refused on a real socket (a
declared size over the limit, a body streamed past it, a request beyond the in-flight
bound) is refused before the body is read and with the right status; and Ctrl-C stops
it with its workers and leaves no temporary files.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import time
from pathlib import Path

import httpx
import pytest
from conftest import SEEDS, raw_path

from extractor.service import launch
from pdfmaker import make_pdf


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    """One worker, nothing may wait (--queue 0), 2 MB uploads; TMPDIR of its own, checked at the end."""
    tmp = tmp_path_factory.mktemp("serve-tmp")
    log = tmp_path_factory.mktemp("serve-log") / "serve.log"
    srv = launch.start(["--workers", "1", "--queue", "0", "--max-size", "2"], log, env={"TMPDIR": str(tmp)})
    srv.tmp = tmp  # type: ignore[attr-defined]
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds and a PDF laid out from seed_003, side by side in one folder."""
    folder = tmp_path_factory.mktemp("inputs")
    for seed in SEEDS:
        shutil.copy(seed, folder / seed.name)
    make_pdf(raw_path("seed_003").read_text(encoding="utf-8"), folder / "seed_003_as_pdf.pdf",
             header="Committee minutes – page {page}")
    return folder


def _cli_records(folder: Path) -> dict[str, str]:
    """What ``minutes extract`` writes for each file, keyed by the file's name."""
    names = sorted(p.name for p in folder.iterdir() if p.suffix in (".txt", ".pdf"))
    subprocess.run(launch.minutes_command() + ["extract", *names, "--jsonl", "cli.jsonl", "--jobs", "1", "--quiet"],
                   cwd=folder, check=True, timeout=300)
    lines = (folder / "cli.jsonl").read_text(encoding="utf-8").splitlines()
    return {json.loads(line)["source"]["path"]: line for line in lines}


def test_served_records_equal_the_cli_records(server, inputs: Path) -> None:
    expected = _cli_records(inputs)
    assert len(expected) == len(SEEDS) + 1 and "seed_003_as_pdf.pdf" in expected
    with httpx.Client(base_url=server.url, timeout=120, trust_env=False) as client:
        for name, line in sorted(expected.items()):
            response = client.post("/extract", files={"file": (name, (inputs / name).read_bytes())})
            assert response.status_code == 200, (name, response.text)
            assert response.text == line, name
    # the PDF really went through the PDF reader, and found the meeting the text route finds
    assert '"format":"pdf"' in expected["seed_003_as_pdf.pdf"]


def test_a_declared_oversize_is_refused_before_the_body_is_sent(server) -> None:
    host, port = server.url.removeprefix("http://").rsplit(":", 1)
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(b"POST /extract HTTP/1.1\r\nHost: localhost\r\n"
                     b"Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 50000000\r\n\r\n")
        reply = _read_reply(sock)  # no byte of the body was sent: the answer cannot have waited for it
    assert reply.startswith(b"HTTP/1.1 413 ")
    assert b'"error":"too_large"' in reply.replace(b" ", b"") and b"2 MB" in reply


def test_a_streamed_body_is_refused_at_the_limit(server) -> None:
    host, port = server.url.removeprefix("http://").rsplit(":", 1)
    chunk = b"Minutes of the meeting.\n" * 2730  # 64 KB
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(b"POST /extract HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n"
                     b"Content-Type: multipart/form-data; boundary=b\r\n\r\n")
        part = b'--b\r\nContent-Disposition: form-data; name="file"; filename="long.txt"\r\n\r\n'
        sock.sendall(b"%x\r\n%s\r\n" % (len(part), part))
        for _ in range(40):  # 2.5 MB of a body that never ends: the limit is 2 MB
            sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        reply = _read_reply(sock)
    assert reply.startswith(b"HTTP/1.1 413 ") and b"2 MB" in reply


def test_requests_beyond_the_bound_get_503_with_retry_after(server) -> None:
    host, port = server.url.removeprefix("http://").rsplit(":", 1)
    with httpx.Client(base_url=server.url, timeout=60, trust_env=False) as client:
        with socket.create_connection((host, int(port)), timeout=10) as slow:
            # a client that is slow to send its upload holds the only place (--workers 1 --queue 0)
            slow.sendall(b"POST /extract HTTP/1.1\r\nHost: localhost\r\n"
                         b"Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 1000\r\n\r\n--b\r\n")
            _wait_for(lambda: client.get("/healthz").json()["in_flight"] == 1)
            busy = client.post("/extract", files={"file": ("a.txt", b"Minutes of the meeting")})
            assert busy.status_code == 503
            assert int(busy.headers["retry-after"]) >= 1
            assert busy.json()["error"] == "busy" and "retry after" in busy.json()["detail"]
        # the slow client went away: its place is free again
        _wait_for(lambda: client.get("/healthz").json()["in_flight"] == 0)
        assert client.post("/extract", files={"file": ("a.txt", b"Minutes of the meeting")}).status_code == 200


def test_ctrl_c_stops_the_server_its_workers_and_temporary_files(server) -> None:
    # last in this module: every request above has finished, so no request folder is left
    (root,) = [p for p in server.tmp.iterdir() if p.name.startswith("minutes-serve-")]
    assert list(root.iterdir()) == []
    workers = _children(server.proc.pid)
    assert workers, "the server runs its extraction in worker processes"
    assert server.stop() in (0, 130)  # 130: stopped by SIGINT, as shells report Ctrl-C
    assert not root.exists()
    _wait_for(lambda: not any(Path(f"/proc/{pid}").exists() for pid in workers))
    log = server.log.read_text()
    assert "Traceback" not in log and "Application shutdown complete" in log


def _children(pid: int) -> list[int]:
    """Every process below ``pid`` (Linux /proc), the fork server's workers included."""
    found, todo = [], [pid]
    while todo:
        parent = todo.pop()
        for task in Path(f"/proc/{parent}/task").iterdir():
            children = (task / "children").read_text().split()
            found += [int(c) for c in children]
            todo += [int(c) for c in children]
    return found


def _read_reply(sock: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data or not data.rstrip().endswith(b"}"):
        chunk = sock.recv(4096)
        if not chunk:
            break
        data += chunk
    return data


def _wait_for(condition, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.05)
