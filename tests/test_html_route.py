"""The HTML route gives the same minutes as the text route: a corpus page wrapped in a
ModernGov-like page (navigation, scripts, cookie banner, one <p> per paragraph, bullets
as a list) must yield the same meetings, attendance and items as the text itself."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from conftest import raw_path

import extractor
from extractor.schema import Document

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Minutes</title>
<script>var tracking = "Apologies for absence";</script><style>p {{ color: black }}</style></head>
<body><div id="cookie-banner">We use cookies. Accept all</div>
<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/committees">Committees</a> &gt; Minutes</nav>
<div id="content"><main>{body}</main></div>
<footer>Copyright Anytown Council. Accessibility statement.</footer></body></html>"""


def as_html(text: str) -> str:
    """One <p> per paragraph, bulleted lines as a <ul>, entities escaped."""
    parts, bullets = [], []
    for para in text.split("\n\n"):
        for line in filter(None, (l.strip() for l in para.split("\n"))):
            if line.startswith(("- ", "· ", "• ")):
                bullets.append(f"<li>{html.escape(line[2:].strip())}</li>")
                continue
            if bullets:
                parts.append("<ul>" + "".join(bullets) + "</ul>")
                bullets = []
            parts.append(f"<p>{html.escape(line)}</p>")
    if bullets:
        parts.append("<ul>" + "".join(bullets) + "</ul>")
    return PAGE.format(body="\n".join(parts))


def summary(record: Document) -> list[tuple]:
    return [
        (m.body, m.date, [a.name for a in m.present], [a.name for a in m.apologies],
         [a.name for a in m.officers], [(i.number, i.title) for i in m.items])
        for m in record.meetings
    ]


@pytest.mark.parametrize("prefix", ["seed_000", "seed_001",
                                    "seed_003", "dev_001", "dev_037", "dev_060", "dev_074"])
def test_html_version_matches_text_route(nlp, tmp_path: Path, prefix: str) -> None:
    source = raw_path(prefix)
    page = tmp_path / (source.stem + ".html")
    page.write_text(as_html(source.read_text(encoding="utf-8")), encoding="utf-8")
    from_text = extractor.extract(source, nlp=nlp)
    from_html = extractor.extract(page, nlp=nlp)
    assert from_html.source.format == "html"
    assert any(m.items for m in from_text.meetings)
    assert summary(from_html) == summary(from_text)
    assert "cookies" not in (extractor.api.read_path(page).text)
