"""Printing a ``Result``: summary tables, per-document breakdown, error listing."""

from __future__ import annotations

import json
from typing import Any, Optional

from rich import box
from rich.console import Console
from rich.table import Table

from .scorer import RECORD_TYPES, Result

_SHORT = {
    "items": "items",
    "attendees": "attend",
    "speakers": "speak",
    "questions": "quest",
    "resolutions": "resol",
    "figures": "figs",
    "actions": "actions",
}


def _pct(value: Optional[float]) -> str:
    return "–" if value is None else f"{value:.3f}"


def short_name(name: str) -> str:
    """``seed_002_fcee...`` → ``seed_002``: the corpus numbers its files, the rest is noise in a table."""
    parts = name.split("_")
    return "_".join(parts[:2]) if len(parts) > 2 and parts[1].isdigit() else name


def print_report(result: Result, console: Console, errors: bool = False) -> None:
    mode = "strict" if result.strict else "lenient"
    summary = Table(title=f"Records ({mode}, {len(result.docs)} documents)", box=box.SIMPLE_HEAD)
    for col in ("type", "precision", "recall", "F1", "gold", "pred", "matched"):
        summary.add_column(col, justify="left" if col == "type" else "right")
    for t, c in result.counts.items():
        summary.add_row(t, _pct(c.precision), _pct(c.recall), _pct(c.f1), str(c.gold), str(c.pred), str(c.matched))
    console.print(summary)
    console.print(f"macro F1 (types with gold records): {result.macro_f1:.3f}")

    attrs = Table(title="Attribute accuracy on matched records (where gold states it)", box=box.SIMPLE_HEAD)
    for col in ("attribute", "accuracy", "correct", "stated"):
        attrs.add_column(col, justify="left" if col == "attribute" else "right")
    for a, acc in result.attributes.items():
        attrs.add_row(a, _pct(acc.accuracy), str(acc.correct), str(acc.stated))
    console.print(attrs)

    per_doc = Table(title="F1 per document (– : no gold and no predicted records)", box=box.SIMPLE_HEAD)
    per_doc.add_column("document")
    for t in RECORD_TYPES:
        per_doc.add_column(_SHORT[t], justify="right")
    for d in result.docs:
        per_doc.add_row(short_name(d.name), *(_pct(d.counts[t].f1) for t in RECORD_TYPES))
    console.print(per_doc)

    for w in result.warnings:
        console.print(f"[yellow]warning:[/] {w}", highlight=False)
    if errors:
        print_errors(result, console)


def print_errors(result: Result, console: Console) -> None:
    """Every miss, false positive and attribute disagreement, grouped by document."""
    current = None
    for p in result.problems:
        if p.doc != current:
            current = p.doc
            console.print(f"\n[bold]{p.doc}[/]", highlight=False)
        where = f"item {p.item}" if p.item else "-"
        where = where if len(where) <= 16 else where[:15] + "…"
        if p.kind == "attribute":
            console.print(
                f"  {where:16} {p.attribute}: gold {p.gold!r} ≠ pred {p.pred!r}  — {p.text}",
                highlight=False,
                markup=False,
                soft_wrap=True,
            )
        else:
            tag = "MISSED" if p.kind == "missed" else "EXTRA "
            console.print(
                f"  {where:16} {tag} {p.record_type[:-1]}: {p.text}", highlight=False, markup=False, soft_wrap=True
            )
            if p.closest:
                console.print(f"  {'':16}        closest: {p.closest}", highlight=False, markup=False, soft_wrap=True)


def group_results(result: Result, groups: dict[str, str]) -> dict[str, Result]:
    """``result`` cut into one Result per group (``groups`` maps a document name to its group)."""
    out: dict[str, list] = {}
    for d in result.docs:
        out.setdefault(groups.get(d.name, "(not in manifest)"), []).append(d)
    return {g: Result(docs, strict=result.strict) for g, docs in sorted(out.items())}


def breakdown_dict(groups: dict[str, Result]) -> dict[str, Any]:
    return {
        g: {"documents": len(r.docs), "macro_f1": r.macro_f1, "types": {t: c.as_dict() for t, c in r.counts.items()}}
        for g, r in groups.items()
    }


def print_breakdown(by: str, groups: dict[str, Result], console: Console) -> None:
    table = Table(title=f"F1 by {by} (– : no gold records of that type)", box=box.SIMPLE_HEAD)
    for col in (by, "docs", "macro"):
        table.add_column(col, justify="left" if col == by else "right")
    for t in RECORD_TYPES:
        table.add_column(_SHORT[t], justify="right")
    for g, r in groups.items():
        counts = r.counts
        table.add_row(g, str(len(r.docs)), f"{r.macro_f1:.3f}",
                      *(_pct(counts[t].f1) if counts[t].gold else "–" for t in RECORD_TYPES))
    console.print(table)


def to_json(result: Result, errors: bool = False, breakdowns: Optional[dict[str, dict[str, Result]]] = None,
            split: Optional[str] = None) -> str:
    data: dict[str, Any] = result.as_dict(errors=errors)
    if split is not None:
        data["split"] = split
    if breakdowns:
        data["by"] = {by: breakdown_dict(groups) for by, groups in breakdowns.items()}
    return json.dumps(data, indent=2, ensure_ascii=False, default=str)


__all__ = ["print_report", "print_errors", "print_breakdown", "group_results", "to_json", "short_name"]
