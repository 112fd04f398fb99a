"""Memory limits for the processes that extract files.

Why: one hostile file (a decompression bomb, a 50 MB text) could take gigabytes, and
with ``--jobs 8`` a handful take a server down. Each worker therefore runs under a cap
on its data memory (RLIMIT_DATA: heap and private writable mappings, which is where
Python, spaCy, pdfminer and PDFium put what they allocate; address space merely
reserved is not counted), so an allocation past it fails with MemoryError in that worker
alone. And a text too long to extract under the cap is refused before the pipeline
starts, with a message that says how much it would need, instead of failing part-way.
"""

from __future__ import annotations

import os
from typing import Optional

MB = 1024 * 1024
DEFAULT_SHARE = 0.6  # of the machine's memory, split between the workers
DEFAULT_FLOOR_MB = 512  # below this an ordinary agenda pack may not fit
DEFAULT_CEILING_MB = 2048  # far above any real minutes document (see BYTES_PER_CHAR)
# Peak memory the pipeline and the record take per character of canonical text,
# measured: 4.4 M characters of minutes took 290 MB over the loaded pipeline (66 B/char);
# rounded up for the JSON and the reader's own copy.
BYTES_PER_CHAR = 80


def machine_memory_mb() -> Optional[float]:
    """Physical memory of this machine in MB, None where it cannot be told."""
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / MB
    except (ValueError, OSError, AttributeError):
        return None


def default_max_memory_mb(jobs: int) -> float:
    """Per worker: DEFAULT_SHARE of the machine's memory split over ``jobs`` workers,
    kept between DEFAULT_FLOOR_MB and DEFAULT_CEILING_MB (2 GB on a 24 GB machine with
    --jobs 2; 1.2 GB each with --jobs 8 on 16 GB, 9.6 GB in all)."""
    total = machine_memory_mb()
    if total is None:
        return DEFAULT_CEILING_MB
    share = total * DEFAULT_SHARE / max(1, jobs)
    return float(max(DEFAULT_FLOOR_MB, min(DEFAULT_CEILING_MB, int(share))))


def apply_memory_limit(max_memory_mb: Optional[float]) -> bool:
    """Cap this process's data memory; False where the platform has no such limit."""
    if not max_memory_mb:
        return False
    try:
        import resource
    except ImportError:  # not on Unix
        return False
    limit = int(max_memory_mb * MB)
    try:
        _, hard = resource.getrlimit(resource.RLIMIT_DATA)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_DATA, (limit, hard))
    except (ValueError, OSError, AttributeError):
        return False
    return True


def data_memory_mb() -> Optional[float]:
    """This process's data memory now (what RLIMIT_DATA counts), None if not known."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmData:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def check_text_fits(chars: int, max_memory_mb: Optional[float]) -> Optional[str]:
    """Why a canonical text of ``chars`` characters cannot be extracted under the cap
    (None when it can): it would need BYTES_PER_CHAR a character on top of what the
    process already holds."""
    if not max_memory_mb:
        return None
    in_use = data_memory_mb() or 0.0
    need = in_use + chars * BYTES_PER_CHAR / MB
    if need <= max_memory_mb:
        return None
    return (f"too long to extract within --max-memory {max_memory_mb:,.0f} MB: its {chars:,} characters of text "
            f"would need about {need:,.0f} MB (split the file, or raise --max-memory)")
