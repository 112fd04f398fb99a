"""``minutes review``: the review page of invented minutes (no browser) and of a seed and a
hostile file in a real headless Chromium (``tests/browser.py``).

Expectations were worked out by hand from the invented passages below (names checked
absent from corpus/raw): the Quillbrook passage holds two items, a resolution in each,
three money/percentage figures and one action, all in item 2 except the first resolution.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from browser import Browser, chromium_path
from conftest import raw_path
from typer.testing import CliRunner

from extractor.cli import app
from extractor.review.highlights import Mark, render_text
from extractor.review.inputs import Loaded
from extractor.review.page import render_page
from extractor.review.pages import page_starts, pages_of
from extractor.schema import Action, Attendee, Document, Figure, Item, Meeting, Question, Resolution, Source, Speaker

MINUTES = """MINUTES OF THE MEETING OF THE QUILLBROOK HARBOUR COMMITTEE
held on Tuesday 14 May 2024 at 7.00 pm in the Lantern Room, Quillbrook

Present: Councillor Orla Fenwright (Chair), Councillor Tamsin Drewcott, Councillor Bryce Hollowell
Officers: Wrenna Marrable (Harbour Master)
Apologies: Councillor Dafydd Penhallow

1. Minutes of the previous meeting

RESOLVED: That the minutes of the meeting held on 9 April 2024 be approved as a correct record.

2. Mooring fees

Wrenna Marrable, Harbour Master, presented the report on mooring fees. The harbour received £48,500 in fees last year, an increase of 12%.

Councillor Drewcott asked whether the winter discount would continue. Wrenna Marrable replied that it would.

It was proposed by Councillor Hollowell, seconded by Councillor Drewcott and

RESOLVED: That the mooring fees for 2025 be increased by 3%.

ACTION: Wrenna Marrable to report back to the committee on the slipway repairs by 30 June 2024.
"""

HOSTILE = """MINUTES OF THE MEETING OF THE SALTMARSH <script>alert('body')</script> COMMITTEE
held on 2 July 2024 at 6.30 pm in the <img src=x onerror="alert('venue')"> Hall

Present: Councillor Gorrick Pellingford (Chair), Councillor <b onmouseover=alert(1)>Wrenna</b> Saltmarsh

1. Minutes </textarea><script>console.log('escaped')</script>

RESOLVED: That the minutes be approved. <iframe src="javascript:alert('frame')"></iframe>

2. Sea wall "><svg onload=alert('svg')>

Councillor Pellingford asked whether the sea wall <script>document.title='pwned'</script> would be repaired.

The repair was estimated at £12,000 <img src=x onerror=console.error('img')>.

ACTION: Councillor Pellingford to report back on <a href="javascript:alert('link')">the wall</a> by 1 August 2024.
"""

runner = CliRunner()


class _Tree(HTMLParser):
    """Ids, mark elements (with the text inside each) and the text of an HTML fragment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.open: list[tuple[str, dict]] = []
        self.marks: list[tuple[dict, str]] = []
        self.text = ""
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        attrs = dict(attrs)
        self.tags.append(tag)
        if "id" in attrs:
            self.ids.append(attrs["id"])
        if tag in ("meta", "input", "br", "img", "hr", "link"):
            return
        self.open.append((tag, attrs))
        if tag == "mark":
            self.marks.append((attrs, ""))

    def handle_endtag(self, tag):  # type: ignore[no-untyped-def]
        assert self.open and self.open[-1][0] == tag, f"</{tag}> closes {self.open[-1:]}: not well nested"
        self.open.pop()

    def handle_data(self, data):  # type: ignore[no-untyped-def]
        self.text += data
        depth = sum(1 for t, _ in self.open if t == "mark")
        if depth:  # text inside marks: add to every open mark's piece
            open_marks = [a for t, a in self.open if t == "mark"]
            for k, (attrs, inner) in enumerate(self.marks):
                if any(attrs is a for a in open_marks):
                    self.marks[k] = (attrs, inner + data)


def _parse(html: str) -> _Tree:
    tree = _Tree()
    tree.feed(html)
    return tree


def _review(tmp_path: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["review", *args])
    return result.exit_code, result.stdout, result.stderr


# --- highlights -------------------------------------------------------------------


def test_crossing_spans_nest_properly_and_keep_one_id() -> None:
    text = "Alpha beta gamma delta"
    html = render_text(text, [Mark("a", "speakers", 0, 10), Mark("b", "actions", 6, 16)])
    assert html == (
        '<mark class="hl t-speakers s-ok first" data-rec="a" id="a">Alpha '
        '<mark class="hl t-actions s-ok first" data-rec="b" id="b">beta</mark></mark>'
        '<mark class="hl t-actions s-ok" data-rec="b"> gamma</mark> delta'
    )


def test_text_is_escaped_and_kept_whole() -> None:
    text = 'a <script>x</script> & "b" </textarea>'
    html = render_text(text, [Mark("r-figures-0", "figures", 2, 10, tooltip='"><img src=x>')])
    tree = _parse(html)
    assert tree.text == text and "script" not in tree.tags and "img" not in tree.tags
    assert tree.marks[0][1] == "<script>"


# --- the page from invented minutes -----------------------------------------------


@pytest.fixture(scope="module")
def minutes_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("review") / "quillbrook.txt"
    path.write_text(MINUTES, encoding="utf-8")
    return path


def _marks_by_type(html: str) -> dict[str, dict[str, str]]:
    """Per type, record key -> the text it highlights (pieces of a split record joined)."""
    body = html.split('<div class="text">', 1)[1].split("</div></section>", 1)[0]
    found: dict[str, dict[str, str]] = {}
    for attrs, inner in _parse(body).marks:
        kind = re.search(r"\bt-(\w+)", attrs["class"]).group(1)
        found.setdefault(kind, {})
        found[kind][attrs["data-rec"]] = found[kind].get(attrs["data-rec"], "") + inner
    return found


def test_review_page_of_invented_minutes(minutes_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "page.html"
    code, _, err = _review(tmp_path, str(minutes_file), "-o", str(out))
    assert code == 0, err
    html = out.read_text(encoding="utf-8")
    assert "http://" not in html and "https://" not in html and "<link" not in html and " src=" not in html
    marks = _marks_by_type(html)
    assert marks["figures"] == {"r-figures-0": "£48,500", "r-figures-1": "12%", "r-figures-2": "3%"}
    assert marks["actions"] == {
        "r-actions-0": "Wrenna Marrable to report back to the committee on the slipway repairs by 30 June 2024."}
    item1, item2 = marks["items"].values()
    assert item1.startswith("1. Minutes of the previous meeting") and item1.endswith("as a correct record.")
    assert item2.startswith("2. Mooring fees\n") and item2.endswith("by 30 June 2024.")
    assert any("3%" in t for t in marks["resolutions"].values())
    assert "Councillor Dafydd Penhallow" in marks["attendees"].values()
    # header: the meeting's facts and attendance as printed
    header = html.split("<main>", 1)[0]
    for fact in ("QUILLBROOK HARBOUR COMMITTEE", "2024-05-14", "19:00", "Lantern Room, Quillbrook",
                 "Councillor Orla Fenwright", "Wrenna Marrable", "Harbour Master", "Councillor Dafydd Penhallow"):
        assert fact in header, fact
    # records per item, each row linking to its highlight
    records = html.split('id="records"', 1)[1]
    item2 = records.split("Mooring fees", 1)[1]
    assert 'href="#r-actions-0"' in item2 and 'href="#r-figures-1"' in item2
    assert 'href="#r-resolutions-0"' not in item2  # the first decision belongs to item 1
    tree = _parse(html)
    assert len(tree.ids) == len(set(tree.ids))
    for link in re.findall(r'href="#([^"]+)"', html):
        assert link in tree.ids, link


def test_gold_marks_matches_misses_and_false_positives(minutes_file: Path, tmp_path: Path) -> None:
    missed_question = "Wrenna Marrable replied that it would."
    start = MINUTES.index(missed_question)
    gold = Document(source=Source(path=str(minutes_file)), meetings=[Meeting(
        body="Quillbrook Harbour Committee", date="2024-05-14",
        items=[
            Item(number="1", title="Minutes of the previous meeting", resolutions=[Resolution(
                text="the minutes of the meeting held on 9 April 2024 be approved as a correct record")]),
            Item(number="2", title="Mooring fees",
                 figures=[Figure(text="£48,500", value=48500, unit="GBP")],
                 questions=[Question(text=missed_question, span=(start, start + len(missed_question)))],
                 actions=[Action(text="the Harbour Master to publish the new tariff on the noticeboard")]),
        ])])
    gold_path = tmp_path / "gold.json"
    gold_path.write_text(gold.to_json(), encoding="utf-8")
    out = tmp_path / "page.html"
    code, _, err = _review(tmp_path, str(minutes_file), "-o", str(out), "--gold", str(gold_path))
    assert code == 0, err
    html = out.read_text(encoding="utf-8")
    rows = dict(re.findall(r'<tr class="s-(\w+)" id="row-(r-figures-\d)"', html)[i][::-1] for i in range(3))
    assert rows == {"r-figures-0": "tp", "r-figures-1": "fp", "r-figures-2": "fp"}
    marks = _marks_by_type(html)
    assert marks["questions"]["g-questions-0"] == missed_question  # the missed gold question, in its place
    assert 'class="hl t-questions s-miss first" data-rec="g-questions-0"' in html
    item2 = html.split('id="records"', 1)[1].split("Mooring fees", 1)[1]
    panel = item2.split('<div class="missed">', 1)[1].split("</div>", 1)[0]
    assert "publish the new tariff" in panel and "(no span in gold)" in panel
    assert 'href="#g-questions-0"' in panel
    assert "macro F1" in html


def test_records_without_a_usable_span_are_listed_but_not_linked() -> None:
    text = "1. Harbour wall\nThe wall costs £9,000 and the Clerk will write to the owner.\n"
    item = Item(number="1", title="Harbour wall", span=(0, len(text) - 1),
                figures=[Figure(text="£9,000", value=9000, unit="GBP")],  # no span at all
                actions=[Action(text="the Clerk will write to the owner", span=(30, 30)),  # empty
                         Action(text="write", span=(500, 510))])  # beyond the text
    html = render_page(Loaded(Document(meetings=[Meeting(items=[item])]), text), "wall.txt").html
    assert html.count('<span class="nospan">(no span)</span>') == 3
    assert re.findall(r'href="#([^"]+)"', html) == ["r-items-0"]
    assert _marks_by_type(html) == {"items": {"r-items-0": text[:-1]}}


# --- records as input --------------------------------------------------------------


def test_record_input_reads_its_text_or_says_why_not(minutes_file: Path, nlp, tmp_path: Path) -> None:
    import extractor

    record = tmp_path / "rec.json"
    record.write_text(extractor.extract(minutes_file, nlp=nlp).to_json(), encoding="utf-8")
    out = tmp_path / "from-record.html"
    code, _, err = _review(tmp_path, str(record), "-o", str(out))
    assert code == 0, err
    direct = tmp_path / "direct.html"
    assert _review(tmp_path, str(minutes_file), "-o", str(direct))[0] == 0
    assert _marks_by_type(out.read_text(encoding="utf-8")) == _marks_by_type(direct.read_text(encoding="utf-8"))

    moved = tmp_path / "elsewhere"
    moved.mkdir()
    shutil.move(str(minutes_file), moved / minutes_file.name)
    try:
        code, _, err = _review(tmp_path, str(record), "-o", str(out))
        assert code == 1 and "--include-text" in err and "quillbrook.txt" in err and "not found" in err
    finally:
        shutil.move(str(moved / minutes_file.name), minutes_file)

    changed = tmp_path / "changed.txt"
    changed.write_text(MINUTES, encoding="utf-8")
    data = json.loads(extractor.extract(changed, nlp=nlp).to_json())
    changed.write_text(MINUTES.replace("Lantern Room", "Boat House"), encoding="utf-8")
    record.write_text(json.dumps(data), encoding="utf-8")
    code, _, err = _review(tmp_path, str(record), "-o", str(out))
    assert code == 1 and "changed since it was extracted" in err

    code, _, err = _review(tmp_path, str(tmp_path / "nothing.txt"))
    assert code == 2 and "no such file" in err


def test_folder_gives_one_page_each_and_an_index(minutes_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    (folder / "2024").mkdir(parents=True)
    shutil.copy(minutes_file, folder / "harbour.txt")
    (folder / "2024" / "short.txt").write_text(MINUTES.split("2. Mooring fees")[0], encoding="utf-8")
    (folder / "broken.pdf").write_text("<html>not a pdf</html>", encoding="utf-8")
    (folder / 'x"><img src=y onerror=alert(1)>.txt').write_text(MINUTES, encoding="utf-8")  # a hostile file name
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    gold = Document(meetings=[Meeting(items=[Item(number="2", title="Mooring fees", figures=[
        Figure(text="£48,500", value=48500, unit="GBP")])])])
    (gold_dir / "harbour.json").write_text(gold.to_json(), encoding="utf-8")
    site = tmp_path / "site"
    code, _, err = _review(tmp_path, str(folder), "-o", str(site), "--gold", str(gold_dir))
    assert code == 1 and "broken.pdf" in err
    index = (site / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'<a href="([^"]+)">([^<]+)</a>', index)
    assert sorted(name for _, name in links) == ["2024/short.txt", "harbour.txt", 'x&quot;&gt;&lt;img src=y onerror=alert(1)&gt;.txt']
    assert "<img" not in index
    for page, _ in links:
        assert 'href="index.html"' in (site / page).read_text(encoding="utf-8")
    harbour_row = next(r for r in index.split("<tr") if "harbour.txt" in r)
    cells = re.findall(r"<td>(.*?)</td>", harbour_row)
    assert cells[1].startswith("2 ") and cells[6].startswith("3 ")  # 2 items, 3 figures
    assert "harbour.json" in harbour_row
    # items F1: gold 1, extracted 2, matched 1 -> 0.67; figures: gold 1, extracted 3 -> 0.50
    assert ">0.67<" in cells[1] and ">0.50<" in cells[6]
    broken_row = next(r for r in index.split("<tr") if "broken.pdf" in r)
    assert 'class="error"' in broken_row


def test_pdf_items_carry_their_page_numbers(nlp, tmp_path: Path) -> None:
    from pdfmaker import make_pdf

    from extractor.readers.pdf import extract_pages_text
    from extractor.review.inputs import from_minutes

    filler = [f"The committee noted paragraph {n} of the harbour report on tides, moorings and dredging." for n in range(70)]
    head, tail = MINUTES.split("2. Mooring fees")
    text = head + "\n".join(filler) + "\n\n2. Mooring fees" + tail
    pdf = tmp_path / "harbour.pdf"
    assert make_pdf(text, pdf, header="Quillbrook Harbour Committee, page {page}") >= 2
    pages = extract_pages_text(pdf.read_bytes())
    heading_page = next(n for n, p in enumerate(pages, start=1) if "2. Mooring fees" in p)
    assert heading_page >= 2
    loaded = from_minutes(pdf, nlp)
    items = loaded.record.meetings[0].items
    assert [i.title for i in items] == ["Minutes of the previous meeting", "Mooring fees"]
    assert pages_of(loaded.page_starts, *items[1].span) == [heading_page]
    assert pages_of(loaded.page_starts, *items[0].span) == list(range(1, heading_page + 1))
    html = render_page(loaded, "harbour.pdf").html
    assert f'<span class="pages">page {heading_page}</span>' in html
    assert f'id="page-{heading_page}"' in html


def test_page_starts_skip_lines_found_twice() -> None:
    text = "Agenda\nItem one is about roads\nnotes\nItem two is about bridges\nItem one is about roads\n"
    # page 2 begins with a line that also occurs earlier: its next, unique line places it
    starts = page_starts(text, ["Agenda\nItem one is about roads\nnotes", "Item one is about roads\nItem two is about bridges"])
    assert starts[0] == 0 and starts[1] == text.index("Item two")


# --- in a real browser --------------------------------------------------------------


@pytest.fixture(scope="module")
def browser():
    binary = chromium_path()
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed: .ci/run installs it (apt-get install chromium)")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    with Browser(binary) as b:
        # Record, rather than show, anything a document might try to pop up.
        b.call("Page.addScriptToEvaluateOnNewDocument", source=(
            "window.__side = [];"
            "['alert', 'confirm', 'prompt', 'print', 'open'].forEach(function (n) {"
            "  window[n] = function () { window.__side.push(n); }; });"))
        yield b


def _side_effects(b: Browser, since: int) -> list[str]:
    noisy = ("Runtime.consoleAPICalled", "Runtime.exceptionThrown", "Page.javascriptDialogOpening")
    seen = [e["method"] for e in b.events[since:] if e["method"] in noisy]
    return seen + b.evaluate("window.__side")


def test_seed_review_page_in_chromium(browser: Browser, nlp, tmp_path: Path) -> None:
    from extractor.review.inputs import from_minutes

    seed = raw_path("seed_002")  # one item with speakers, questions, resolutions, figures and an action
    page = tmp_path / "seed.html"
    loaded = from_minutes(seed, nlp)
    page.write_text(render_page(loaded, seed.name).html, encoding="utf-8")
    items = json.loads(loaded.record.to_json())["meetings"][0]["items"]
    expected = {"items": len(items)}
    for t in ("speakers", "questions", "resolutions", "figures", "actions"):
        expected[t] = sum(len(i[t]) for i in items)
    assert all(expected.values())  # every record type is present in this seed

    since = len(browser.events)
    browser.open(page)
    shot = tmp_path / "seed.png"
    browser.screenshot(shot)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    found = browser.evaluate("""(() => { const n = {};
        for (const m of document.querySelectorAll('#text mark.hl')) {
          const t = [...m.classList].find(c => c.startsWith('t-')).slice(2);
          (n[t] = n[t] || new Set()).add(m.dataset.rec); }
        return Object.fromEntries(Object.entries(n).map(([k, v]) => [k, v.size])); })()""")
    assert found == expected

    # An action row's link scrolls the text to that action's highlight.
    action = items[0]["actions"][0]
    before = browser.evaluate("document.getElementById('text').scrollTop")
    hidden = browser.evaluate("""(() => { const r = document.getElementById('r-actions-0').getBoundingClientRect();
        return r.top > document.getElementById('text').getBoundingClientRect().bottom; })()""")
    assert before == 0 and hidden  # the action starts out of sight
    browser.evaluate("document.querySelector('#row-r-actions-0 a').click()")
    state = browser.evaluate("""(() => { const pane = document.getElementById('text').getBoundingClientRect();
        const m = document.getElementById('r-actions-0'); const r = m.getBoundingClientRect();
        return {top: r.top, bottom: r.bottom, paneTop: pane.top, paneBottom: pane.bottom, height: innerHeight,
                scrolled: document.getElementById('text').scrollTop, flash: m.classList.contains('flash'),
                text: [...document.querySelectorAll('mark[data-rec="r-actions-0"]')].map(e => e.textContent).join('')}; })()""")
    assert state["scrolled"] > 0 and state["flash"]
    assert state["paneTop"] <= state["top"] < state["paneBottom"] and 0 <= state["top"] < state["height"]
    squashed = " ".join(state["text"].split())
    assert squashed.startswith(" ".join(action["text"].split())[:40])

    # The toggle hides one type's colour and keeps the others.
    browser.evaluate("document.querySelector('input[data-toggle=actions]').click()")
    colours = browser.evaluate("""[getComputedStyle(document.getElementById('r-actions-0')).backgroundColor,
        getComputedStyle(document.getElementById('r-figures-0')).backgroundColor]""")
    assert colours[0] == "rgba(0, 0, 0, 0)" and colours[1] != "rgba(0, 0, 0, 0)"
    assert _side_effects(browser, since) == []


def _hostile_record() -> tuple[Document, str]:
    """A record whose every string field carries markup, over a text that does too."""
    evil = '"><script>alert("field")</script><img src=x onerror=alert(1)></textarea>'
    text = HOSTILE
    span = (text.index("<script>alert('body')"), text.index("COMMITTEE"))
    meeting = Meeting(
        body=evil, date="2024-07-02", venue=evil,
        present=[Attendee(name=evil, role=evil, span=span)], officers=[Attendee(name="Clerk " + evil)],
        items=[Item(number=evil, title=evil, span=(0, len(text)),
                    speakers=[Speaker(name=evil, role=evil, span=span)],
                    questions=[Question(asker=evil, answered_by=[evil], text=evil, span=span)],
                    resolutions=[Resolution(label=evil, text=evil, mover=evil, outcome="carried", span=span)],
                    figures=[Figure(text=evil, value=1, unit=evil, measure=evil, span=span)],
                    actions=[Action(text=evil, owner=evil, due_text=evil, span=span)])])
    return Document(source=Source(path=evil), meetings=[meeting], warnings=[evil]), text


def test_hostile_minutes_render_as_text_and_run_nothing(browser: Browser, tmp_path: Path) -> None:
    source = tmp_path / "hostile.txt"
    source.write_text(HOSTILE, encoding="utf-8")
    page = tmp_path / "hostile.html"
    code, _, err = _review(tmp_path, str(source), "-o", str(page))
    assert code == 0, err
    record, text = _hostile_record()
    crafted = tmp_path / "crafted.html"
    crafted.write_text(render_page(Loaded(record, text), '<script>alert("title")</script>').html, encoding="utf-8")
    for path, title in ((page, "Review: hostile.txt"), (crafted, 'Review: <script>alert("title")</script>')):
        since = len(browser.events)
        browser.open(path)
        dom = browser.evaluate("""(() => ({
            title: document.title,
            scripts: document.scripts.length,
            injected: document.querySelectorAll('img, svg, iframe, textarea, object, embed, b[onmouseover], a[href^=javascript]').length,
            handlers: [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length,
            text: document.getElementById('text').textContent }))()""")
        assert dom["title"] == title
        assert dom["scripts"] == 1 and dom["injected"] == 0 and dom["handlers"] == 0
        assert dom["text"] == HOSTILE  # the document's markup is shown as the text it is
        assert _side_effects(browser, since) == []
