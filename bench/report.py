"""The benchmark's tables: plain text for the terminal, Markdown for the README."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional


@dataclass
class Row:
    """One measurement against its same-run baseline; ``target`` is ('>=' | '<=', value)."""

    name: str
    value: str
    baseline: str
    ratio: Optional[float]
    target: Optional[tuple[str, float]] = None

    @property
    def status(self) -> str:
        if self.target is None or self.ratio is None:
            return "info"
        op, bound = self.target
        ok = self.ratio >= bound if op == ">=" else self.ratio <= bound
        return "PASS" if ok else "MISS"

    @property
    def target_text(self) -> str:
        return "-" if self.target is None else f"{self.target[0]} {self.target[1]:g}"

    @property
    def ratio_text(self) -> str:
        return "-" if self.ratio is None else f"{self.ratio:.2f}"

    def cells(self) -> list[str]:
        return [self.name, self.value, self.baseline, self.ratio_text, self.target_text, self.status]


HEADERS = ["measurement", "ours", "baseline (same run)", "ratio", "target", "result"]


def text_table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    line = "  ".join("-" * w for w in widths)
    out = ["  ".join(h.ljust(w) for h, w in zip(headers, widths)), line]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths)) for r in rows]
    return "\n".join(out)


def markdown_table(headers: list[str], rows: list[list[str]]) -> str:
    out = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    out += ["| " + " | ".join(c.replace("|", "\\|") for c in r) + " |" for r in rows]
    return "\n".join(out)


def rate(count: float, seconds: float, unit: str) -> str:
    value = count / seconds if seconds > 0 else float("inf")
    return f"{value:,.0f} {unit}/s" if value >= 100 else f"{value:,.1f} {unit}/s"


def mb(kb: float) -> str:
    return f"{kb / 1024:,.0f} MB"
