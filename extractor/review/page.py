"""One document's review page: header, legend, highlighted text, per-item tables.

Every string that comes from the document or the record goes through ``esc`` (text and
attribute values alike); links and ids are built only from the page's own record keys.
The page carries a Content-Security-Policy that allows its one inline script by hash and
nothing else, so even a slip in escaping could not run a document's script.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from html import escape
from importlib import resources
from typing import Any, Callable, Optional

from ..evaluation.scorer import PER_ITEM_TYPES, RECORD_TYPES, DocScore, Entry, Result, describe, flatten
from ..schema import Document
from .compare import Comparison, compare
from .highlights import Mark, render_text
from .inputs import Loaded
from .pages import page_range, pages_of

STATIC = resources.files("extractor.review") / "static"
TYPE_NAMES = {
    "items": "items", "attendees": "attendance", "speakers": "speakers", "questions": "questions",
    "resolutions": "resolutions", "figures": "figures", "actions": "actions",
}
STATUS_NAMES = {"tp": "matches gold", "fp": "false positive (not in gold)", "miss": "missed (in gold, not extracted)"}


def esc(value: Any) -> str:
    return escape("" if value is None else str(value), quote=True)


def script() -> str:
    return (STATIC / "review.js").read_text(encoding="utf-8")


def style() -> str:
    return (STATIC / "review.css").read_text(encoding="utf-8")


def script_hash() -> str:
    """The CSP source of the page's script (the service's upload page allows it too)."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(script().encode("utf-8")).digest()).decode() + "'"


def content_security_policy() -> str:
    return f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src {script_hash()}"


def head(title: str, policy: str) -> str:
    """The start of a review or index page, up to ``<body>``: its policy, title and styles."""
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{esc(policy)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Review: {esc(title)}</title>
<style>{style()}</style>
</head>
"""


@dataclass
class ReviewPage:
    html: str
    counts: dict[str, int]
    score: Optional[DocScore] = None


def _key(record_type: str, index: int, gold: bool = False) -> str:
    return f"{'g' if gold else 'r'}-{record_type}-{index}"


def _link(key: Optional[str], text: str) -> str:
    return f'<a href="#{key}">{text}</a>' if key else text


def _names(values: list[str]) -> str:
    return esc(", ".join(values))


def _votes(votes: Any) -> str:
    if votes is None:
        return ""
    parts = [f"{n} {label}" for n, label in ((votes.for_, "for"), (votes.against, "against"), (votes.abstain, "abstain")) if n is not None]
    return esc(", ".join(parts))


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


# (column headings, cells of a record after its linked first cell)
COLUMNS: dict[str, tuple[list[str], Callable[[Any], str], Callable[[Any], list[str]]]] = {
    "speakers": (["speaker", "role"], lambda r: esc(r.name or "(no name)"), lambda r: [esc(r.role)]),
    "questions": (["question", "asker", "addressee", "answered by"], lambda r: esc(r.text),
                  lambda r: [esc(r.asker), esc(r.addressee), _names(r.answered_by)]),
    "resolutions": (["resolution", "mover", "seconder", "outcome", "votes"],
                    lambda r: (f"<b>{esc(r.label)}</b> " if r.label else "") + esc(r.text),
                    lambda r: [esc(r.mover), esc(r.seconder), esc(r.outcome), _votes(r.votes)]),
    "figures": (["figure", "value", "unit", "measure"], lambda r: esc(r.text),
                lambda r: [esc(_number(r.value)), esc(r.unit), esc(r.measure)]),
    "actions": (["action", "owner", "due", "kind"], lambda r: esc(r.text),
                lambda r: [esc(r.owner), esc(r.due or r.due_text), esc(r.kind)]),
}


class _Builder:
    """One page's parts. Records are numbered as the scorer flattens them (``flatten``), so a
    record's key (``r-figures-3``) and its gold status come from the same list."""

    def __init__(self, loaded: Loaded, gold: Optional[Document], name: str, strict: bool) -> None:
        self.loaded = loaded
        self.record = loaded.record
        self.pred = {t: flatten(self.record, t) for t in RECORD_TYPES}
        self.cmp: Optional[Comparison] = compare(gold, self.record, name, strict) if gold is not None else None

    # ------------------------------------------------------------ marks

    def status(self, record_type: str, index: int) -> str:
        return self.cmp.status(record_type, index) if self.cmp else "ok"

    def pred_key(self, record_type: str, index: int) -> Optional[str]:
        return _key(record_type, index) if self.drawn(self.pred[record_type][index].record.span) else None

    def drawn(self, span: Optional[tuple[int, int]]) -> bool:
        """Whether a span is highlighted (and so can be linked to): not empty, inside the text."""
        return bool(span) and 0 <= span[0] < span[1] and span[0] < len(self.loaded.text)

    def marks(self) -> list[Mark]:
        marks = []
        for t in RECORD_TYPES:
            for j, entry in enumerate(self.pred[t]):
                span = entry.record.span
                if not self.drawn(span):
                    continue
                status = self.status(t, j)
                tip = f"{TYPE_NAMES[t]}: {describe(t, entry)}" + (f" — {STATUS_NAMES[status]}" if status != "ok" else "")
                label = None
                if t == "items":
                    label = f"item {entry.record.number}" if entry.record.number else "item"
                marks.append(Mark(_key(t, j), t, span[0], span[1], status, tip, label))
        if self.cmp:
            for t in RECORD_TYPES:
                for i in self.cmp.missed[t]:
                    entry = self.cmp.gold[t][i]
                    if self.drawn(entry.record.span):
                        tip = f"{TYPE_NAMES[t]}: {describe(t, entry)} — {STATUS_NAMES['miss']}"
                        marks.append(Mark(_key(t, i, gold=True), t, entry.record.span[0], entry.record.span[1], "miss", tip,
                                          "missed item" if t == "items" else None))
        return marks

    # ------------------------------------------------------------ header

    def counts(self) -> dict[str, int]:
        return {t: len(self.pred[t]) for t in RECORD_TYPES}

    def attendee_links(self, meeting_index: int) -> str:
        rows = []
        for group in ("present", "officers", "apologies"):
            people = [(j, e) for j, e in enumerate(self.pred["attendees"]) if e.parent == meeting_index and e.group == group]
            if not people:
                continue
            cells = []
            for j, e in people:
                text = esc(e.record.name or "(no name)") + (f" <span class=\"role\">({esc(e.record.role)})</span>" if e.record.role else "")
                cells.append(f'<span class="who s-{self.status("attendees", j)}">{_link(self.pred_key("attendees", j), text)}</span>')
            rows.append(f"<dt>{group}</dt><dd>{', '.join(cells)}</dd>")
        return f"<dl class=\"attendance\">{''.join(rows)}</dl>" if rows else '<p class="none">no attendance list found</p>'

    def meeting_header(self, index: int) -> str:
        m = self.record.meetings[index]
        facts = [("body", m.body), ("date", m.date), ("time", m.time), ("venue", m.venue)]
        shown = "".join(f"<span class=\"fact\"><b>{k}</b> {esc(v) if v else '<i>not found</i>'}</span>" for k, v in facts)
        return f'<div class="meeting-head"><div class="facts">{shown}</div>{self.attendee_links(index)}</div>'

    def score_table(self) -> str:
        if not self.cmp:
            return ""
        score = self.cmp.score
        rows = []
        for t in RECORD_TYPES:
            c = score.counts[t]
            if not (c.gold or c.pred):
                continue
            cells = [f"{v:.2f}" if v is not None else "–" for v in (c.precision, c.recall, c.f1)]
            rows.append(f"<tr><td>{TYPE_NAMES[t]}</td><td>{c.gold}</td><td>{c.pred}</td><td>{c.matched}</td>"
                        + "".join(f"<td>{x}</td>" for x in cells) + "</tr>")
        macro = Result([score]).macro_f1
        return ('<details class="score"><summary>against gold: macro F1 '
                f'<b class="macro">{macro:.3f}</b></summary><table><thead><tr><th>type</th><th>gold</th><th>extracted</th>'
                "<th>matched</th><th>P</th><th>R</th><th>F1</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table></details>")

    def legend(self) -> str:
        counts = self.counts()
        boxes = []
        for t in RECORD_TYPES:
            boxes.append(f'<label class="toggle"><input type="checkbox" data-toggle="{t}" checked>'
                         f'<span class="swatch t-{t}"></span>{TYPE_NAMES[t]} <span class="n">{counts[t]}</span></label>')
        if self.cmp:
            for status in ("tp", "fp", "miss"):
                boxes.append(f'<span class="status-key"><span class="swatch s-{status}"></span>{STATUS_NAMES[status]}</span>')
        return '<nav class="legend" aria-label="legend">' + "".join(boxes) + "</nav>"

    # ------------------------------------------------------------ records

    def row(self, t: str, j: int, entry: Entry) -> str:
        heads, first, rest = COLUMNS[t]
        key = self.pred_key(t, j)
        status = self.status(t, j)
        cells = [_link(key, first(entry.record)) + ("" if key else ' <span class="nospan">(no span)</span>')] + rest(entry.record)
        if self.cmp:
            note = STATUS_NAMES[status]
            diffs = self.cmp.differences(t, j)
            if diffs:
                note += "; " + "; ".join(f"{a.split('.')[-1]}: gold {v!r}, got {p!r}" for a, v, p in diffs)
            cells.append(esc(note))
        row_id = f' id="row-{key}"' if key else ""
        return f'<tr class="s-{status}"{row_id}>' + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"

    def table(self, t: str, rows: list[tuple[int, Entry]]) -> str:
        if not rows:
            return ""
        heads = COLUMNS[t][0] + (["gold"] if self.cmp else [])
        return (f'<table class="records r-{t}"><caption><span class="swatch t-{t}"></span>{TYPE_NAMES[t]}</caption><thead><tr>'
                + "".join(f"<th>{h}</th>" for h in heads) + "</tr></thead><tbody>"
                + "".join(self.row(t, j, e) for j, e in rows) + "</tbody></table>")

    def missed_panel(self, pred_item: Optional[int]) -> str:
        if not self.cmp:
            return ""
        lines = []
        for t in PER_ITEM_TYPES:
            for i, entry in self.cmp.missed_in_item(t, pred_item):
                key = _key(t, i, gold=True) if self.drawn(entry.record.span) else None
                text = esc(describe(t, entry))
                where = "" if key else ' <span class="nospan">(no span in gold)</span>'
                lines.append(f'<li class="s-miss"><span class="swatch t-{t}"></span>{TYPE_NAMES[t]}: {_link(key, text)}{where}</li>')
        if not lines:
            return ""
        return f'<div class="missed"><h4>missed: {len(lines)} gold record{"s" if len(lines) != 1 else ""} not extracted</h4><ul>{"".join(lines)}</ul></div>'

    def item_block(self, j: int, entry: Entry, per_type: dict[str, list[tuple[int, Entry]]]) -> str:
        item = entry.record
        key = self.pred_key("items", j)
        title = " ".join(x for x in (esc(item.number), esc(item.title) if item.title else "<i>untitled</i>") if x)
        pages = ""
        if self.loaded.page_starts and item.span:
            pages = f' <span class="pages">{esc(page_range(pages_of(self.loaded.page_starts, item.span[0], item.span[1])))}</span>'
        status = self.status("items", j)
        gold_note = f' <span class="note">{esc(STATUS_NAMES[status])}</span>' if self.cmp else ""
        tables = "".join(self.table(t, per_type.get(t, [])) for t in PER_ITEM_TYPES)
        body = tables or '<p class="none">no speakers, questions, resolutions, figures or actions</p>'
        return (f'<section class="item s-{status}" id="row-{key or _key("items", j)}"><h3>{_link(key, title)}{pages}{gold_note}</h3>'
                f"{body}{self.missed_panel(j)}</section>")

    def records(self) -> str:
        by_item: dict[int, dict[str, list[tuple[int, Entry]]]] = {}
        for t in PER_ITEM_TYPES:
            for j, entry in enumerate(self.pred[t]):
                by_item.setdefault(entry.parent or 0, {}).setdefault(t, []).append((j, entry))
        out = []
        items = self.pred["items"]
        for m, meeting in enumerate(self.record.meetings):
            label = " · ".join(esc(x) for x in (meeting.body, meeting.date) if x) or f"meeting {m + 1}"
            out.append(f'<h2 class="meeting-title">{label}</h2>')
            blocks = [self.item_block(j, e, by_item.get(j, {})) for j, e in enumerate(items) if e.parent == m]
            out.append("".join(blocks) or '<p class="none">no items found</p>')
        if not self.record.meetings:
            out.append('<p class="none">no meetings found in this document</p>')
        out.append(self.gold_only())
        return "".join(out)

    def gold_only(self) -> str:
        """Gold items the extraction did not find, and attendees it missed."""
        if not self.cmp:
            return ""
        parts = []
        for i in self.cmp.missed["items"]:
            entry = self.cmp.gold["items"][i]
            key = _key("items", i, gold=True) if self.drawn(entry.record.span) else None
            parts.append(f'<li>{_link(key, esc(describe("items", entry)))}</li>')
        people = []
        for i in self.cmp.missed["attendees"]:
            entry = self.cmp.gold["attendees"][i]
            key = _key("attendees", i, gold=True) if self.drawn(entry.record.span) else None
            people.append(f'<li>{_link(key, esc(describe("attendees", entry)))}</li>')
        html = ""
        if parts or people:
            html += '<section class="item s-miss gold-only"><h3>in gold, not extracted</h3>'
            if parts:
                html += f'<div class="missed"><h4>items</h4><ul>{"".join(parts)}</ul></div>'
            if people:
                html += f'<div class="missed"><h4>attendance</h4><ul>{"".join(people)}</ul></div>'
            html += self.missed_panel(None) + "</section>"
        elif self.missed_panel(None):
            html += '<section class="item s-miss gold-only"><h3>in gold, not extracted</h3>' + self.missed_panel(None) + "</section>"
        return html

    # ------------------------------------------------------------ page

    def notes(self) -> str:
        notes = list(self.record.warnings) + self.loaded.notes
        if not notes:
            return ""
        return '<details class="warnings"><summary>' + f"{len(notes)} warning{'s' if len(notes) != 1 else ''}</summary><ul>" \
            + "".join(f"<li>{esc(n)}</li>" for n in notes) + "</ul></details>"

    def html(self, title: str, home: Optional[str]) -> str:
        source = self.record.source
        facts = [esc(source.format)]
        if source.pages:
            facts.append(f"{source.pages} page{'s' if source.pages != 1 else ''}")
        if self.record.extractor_version:
            facts.append("extractor " + esc(self.record.extractor_version))
        heads = "".join(self.meeting_header(m) for m in range(len(self.record.meetings)))
        back = f'<a class="home" href="{esc(home)}">all documents</a> ' if home else ""
        text = render_text(self.loaded.text, self.marks(), self.loaded.page_starts)
        return head(title, content_security_policy()) + f"""<body>
<header>
<h1>{back}<span class="doc">{esc(title)}</span> <span class="src">{" · ".join(facts)}</span></h1>
{heads}{self.score_table()}{self.notes()}
{self.legend()}
</header>
<main>
<section class="pane text-pane" id="text" aria-label="the minutes"><div class="text">{text}</div></section>
<section class="pane records-pane" id="records" aria-label="records per item">{self.records()}</section>
</main>
<script>{script()}</script>
</body>
</html>
"""


def render_page(loaded: Loaded, title: str, gold: Optional[Document] = None, strict: bool = False,
                home: Optional[str] = None) -> ReviewPage:
    """The review page of one document (``gold``: mark matches, misses and false positives;
    ``home``: a link back to a site's index)."""
    builder = _Builder(loaded, gold, title, strict)
    return ReviewPage(builder.html(title, home), builder.counts(), builder.cmp.score if builder.cmp else None)
