"""A folder of documents reviewed at once: one page each plus an index page.

Why: reviewing a corpus or an archive run means choosing where to look first; the index
lists every document with its counts per record type (and, with gold, its scores), and
each page links back to it. A document that cannot be reviewed is listed with its reason;
the others still come out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from ..evaluation.scorer import RECORD_TYPES, Counts, DocScore, Result
from .inputs import ReviewError, is_record, is_reviewable, load, load_gold
from .page import TYPE_NAMES, esc, head, render_page

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
INDEX_CSP = "default-src 'none'; style-src 'unsafe-inline'"


@dataclass
class SiteEntry:
    name: str
    page: Optional[str] = None
    counts: dict[str, int] = field(default_factory=dict)
    score: Optional[DocScore] = None
    gold: Optional[str] = None
    error: Optional[str] = None


def find_inputs(folder: Path) -> list[Path]:
    """Minutes files and extraction records below ``folder`` (hidden files left out)."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and is_reviewable(p)
                  and not any(part.startswith(".") for part in p.relative_to(folder).parts))


def gold_index(folder: Path) -> dict[str, Path]:
    """Gold records by the stem of their file (the stem of the input they describe)."""
    if not folder.is_dir():
        raise ReviewError(f"gold folder {folder} {'is not a folder' if folder.exists() else 'does not exist'}")
    return {path.stem: path for path in sorted(folder.glob("*.json"))}


def page_name(folder: Path, path: Path) -> str:
    rel = path.relative_to(folder)
    return _UNSAFE.sub("_", "__".join(rel.parts)) + ".html"


def build_site(folder: Path, out: Path, gold_dir: Optional[Path] = None, strict: bool = False,
               pdf_backend: str = "pdfminer", ocr: str = "auto",
               progress: Optional[Callable[[Path], None]] = None) -> list[SiteEntry]:
    """Write ``out/<document>.html`` for every input below ``folder``, then ``out/index.html``."""
    from .. import api

    golds = gold_index(gold_dir) if gold_dir is not None else {}
    inputs = find_inputs(folder)
    if not inputs:
        raise ReviewError(f"{folder}: no minutes files or extraction records (.json) in it")
    out.mkdir(parents=True, exist_ok=True)
    nlp = None if all(is_record(p) for p in inputs) else api.load()
    entries: list[SiteEntry] = []
    for path in inputs:
        if progress:
            progress(path)
        rel = str(path.relative_to(folder))
        entry = SiteEntry(rel)
        entries.append(entry)
        try:
            loaded = load(path, nlp, pdf_backend, ocr)
            stem = Path(loaded.record.source.path).stem if is_record(path) and loaded.record.source.path else path.stem
            gold_path = golds.get(stem) or golds.get(path.stem)
            gold = load_gold(gold_path) if gold_path is not None else None
            entry.gold = gold_path.name if gold_path is not None else None
            page = render_page(loaded, rel, gold, strict, home="index.html")
        except ReviewError as exc:
            entry.error = str(exc)
            continue
        except Exception as exc:  # noqa: BLE001  (one bad document must not stop the site)
            entry.error = f"{path}: {exc.__class__.__name__}: {exc}"
            continue
        entry.page = page_name(folder, path)
        entry.counts = page.counts
        entry.score = page.score
        (out / entry.page).write_text(page.html, encoding="utf-8")
    (out / "index.html").write_text(index_html(folder, entries, gold_dir is not None), encoding="utf-8")
    return entries


def _f1(counts: Counts) -> str:
    return f"{counts.f1:.2f}" if counts.f1 is not None else "–"


def _macro(scores: list[DocScore]) -> float:
    return Result(scores).macro_f1


def index_html(folder: Path, entries: list[SiteEntry], with_gold: bool) -> str:
    heads = ["document"] + [TYPE_NAMES[t] for t in RECORD_TYPES]
    if with_gold:
        heads += ["gold", "macro F1"]
    rows = []
    for e in entries:
        if e.error:
            rows.append(f'<tr class="error"><td>{esc(e.name)}</td><td colspan="{len(heads) - 1}">{esc(e.error)}</td></tr>')
            continue
        cells = [f'<a href="{esc(e.page)}">{esc(e.name)}</a>']
        for t in RECORD_TYPES:
            n = str(e.counts.get(t, 0))
            if e.score is not None:
                n += f' <span class="f1" title="F1 against gold">{_f1(e.score.counts[t])}</span>'
            cells.append(n)
        if with_gold:
            cells += [esc(e.gold or "no gold"), f"{_macro([e.score]):.3f}" if e.score else "–"]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    scored = [e.score for e in entries if e.score is not None]
    summary = f"{len(entries)} documents" + (f", {sum(1 for e in entries if e.error)} could not be reviewed"
                                             if any(e.error for e in entries) else "")
    if scored:
        summary += f"; {len(scored)} with gold, macro F1 over them {_macro(scored):.3f}"
    return head(str(folder), INDEX_CSP) + f"""<body class="index">
<h1>Review: {esc(str(folder))}</h1>
<p>{esc(summary)}</p>
<table class="index"><thead><tr>{"".join(f"<th>{h}</th>" for h in heads)}</tr></thead>
<tbody>{"".join(rows)}</tbody></table>
</body>
</html>
"""
