"""``minutes serve``: run the HTTP API with uvicorn."""

from __future__ import annotations

import errno
import os
import socket
from typing import Optional

import typer

from ..cli import app
from ..commands.extract_cmd import MIN_MEMORY_MB, PdfBackend
from .settings import TOKEN_ENV, Settings, is_loopback, token_from


def _bind(host: str, port: int) -> socket.socket:
    """Bind before the workers load, so a port in use is a one-line error, not a traceback."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host.strip("[]"), port))
    except OSError as exc:
        sock.close()
        why = "is already in use" if exc.errno == errno.EADDRINUSE else f"cannot be used ({exc.strerror or exc})"
        raise typer.BadParameter(f"{host}:{port} {why}; choose another with --port", param_hint="--port") from None
    sock.set_inheritable(True)
    return sock


@app.command("serve")
def serve_command(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on; the default is this machine only. "
                             "Anything else should have a --token."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="TCP port (0: any free port, printed at start)."),
    workers: int = typer.Option(os.cpu_count() or 1, "--workers", "-w", min=1,
                                help="Extraction processes; each loads the pipeline once."),
    queue: Optional[int] = typer.Option(None, "--queue", min=0, help="Requests that may wait for a free worker; "
                                        "beyond workers + queue in flight, requests get 503 with Retry-After "
                                        "[default: 4 per worker]."),
    max_size: float = typer.Option(50.0, "--max-size", min=0.001, help="Largest upload or request body, in MB (413 beyond)."),
    timeout: float = typer.Option(60.0, "--timeout", min=0.1, help="Seconds one extraction may take; its worker is "
                                  "then stopped and replaced and the request gets 422."),
    token: Optional[str] = typer.Option(None, "--token", help=f"Require 'Authorization: Bearer TOKEN' on POST "
                                        f"requests [default: ${TOKEN_ENV} if set].", show_default=False),
    max_memory: Optional[float] = typer.Option(None, "--max-memory", min=MIN_MEMORY_MB, show_default=False,
                                               help="Memory cap per worker in MB, as for 'minutes extract'; a "
                                               "document that needs more gets 422. Default: 60% of this machine's "
                                               "memory split over --workers, between 512 and 2048 MB."),
    pdf_backend: PdfBackend = typer.Option(PdfBackend.pdfminer, "--pdf-backend", help="PDF text extraction library."),
    log_level: str = typer.Option("info", "--log-level", help="uvicorn's log level (warning: no access log)."),
) -> None:
    """Serve the extractor over HTTP: POST /extract, POST /review, POST /actions, GET /schema, /healthz, /version, /docs.

    Open http://HOST:PORT/ for an upload form that shows the review page. Stop with Ctrl-C.
    """
    import uvicorn

    from ..batch.limits import default_max_memory_mb
    from .app import create_app

    settings = Settings(workers=workers, queue=4 * workers if queue is None else queue, max_size_mb=max_size,
                        timeout=timeout, token=token_from(token), pdf_backend=pdf_backend.value,
                        max_memory_mb=max_memory if max_memory is not None else default_max_memory_mb(workers))
    if not is_loopback(host) and settings.token is None:
        typer.echo(f"minutes serve: warning: listening on {host} without a token: anyone who can reach this "
                   f"address can use the service (set --token or ${TOKEN_ENV})", err=True)
    sock = _bind(host, port)
    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"minutes serve: http://{shown}:{sock.getsockname()[1]}/ with {workers} worker(s), "
               f"--max-size {max_size:g} MB, --timeout {timeout:g} s, --max-memory {settings.max_memory_mb:,.0f} MB, "
               f"{settings.in_flight_limit} requests in flight"
               f"{', token required' if settings.token else ''}", err=True)
    config = uvicorn.Config(create_app(settings), log_level=log_level, timeout_graceful_shutdown=5,
                            server_header=False, proxy_headers=False)
    uvicorn.Server(config).run(sockets=[sock])
