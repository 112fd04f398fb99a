"""What one running service is allowed to do: its limits, in one place.

Why defaults matter here: whoever runs ``minutes serve`` without reading the help gets
a service bound to loopback, with bounded uploads, time and queue.
"""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass
from typing import Optional

TOKEN_ENV = "MINUTES_TOKEN"


@dataclass(frozen=True)
class Settings:
    workers: int = 1
    """Extraction processes; each loads the pipeline once."""
    queue: int = 4
    """Requests allowed to wait for a free worker; past workers + queue in flight, 503."""
    max_size_mb: float = 50.0
    """Largest request body accepted (an upload, or JSON text)."""
    timeout: float = 60.0
    """Seconds one extraction may take before its worker is stopped (the batch --timeout)."""
    token: Optional[str] = None
    """Bearer token required on POST endpoints; None for none."""
    pdf_backend: str = "pdfminer"
    max_memory_mb: Optional[float] = None
    """Data memory cap per worker (the batch runner's --max-memory); None for none."""
    max_files: int = 20
    """Files in one POST /actions."""

    @property
    def max_bytes(self) -> int:
        return int(self.max_size_mb * 1024 * 1024)

    @property
    def in_flight_limit(self) -> int:
        return self.workers + self.queue


def token_from(option: Optional[str]) -> Optional[str]:
    """The --token option, else MINUTES_TOKEN; an empty value means no token."""
    value = option if option is not None else os.environ.get(TOKEN_ENV)
    return value or None


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
