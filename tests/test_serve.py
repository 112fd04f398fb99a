"""``minutes serve`` through FastAPI's TestClient: every endpoint and every refusal.

Two apps are started for the module (each spawns one extraction worker, a few seconds):
an open one with a 1 MB limit, and one with a token and a 3 s time limit. Expected values
were read off the inputs by hand: the invented minutes below, and the seeds as the README
quotes them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import raw_path
from fastapi.testclient import TestClient

import extractor
from extractor.schema import Document
from extractor.service.app import create_app
from extractor.service.settings import Settings, token_from
from extractor.service.uploads import safe_name
from pdfmaker import make_pdf

MINUTES = (
    "Minutes of the Meeting of the Parks Committee held on 4 March 2024 at 7.00 pm\n\n"
    "Present: Councillor Ann Example (Chair), Councillor Ben Sample\n\n"
    "1. Apologies for Absence\n"
    "Apologies were received from Councillor Cara Placeholder.\n\n"
    "2. Play Area Renewal\n"
    "The Parks Manager reported that the renewal would cost £45,000.\n"
    "RESOLVED: that the renewal be approved.\n"
    "The Parks Manager undertook to report progress to the June meeting.\n"
)
TOKEN = "s3cret-token"


@pytest.fixture(scope="module")
def client():
    app = create_app(Settings(workers=1, queue=2, max_size_mb=1.0, timeout=60.0))
    with TestClient(app) as c:
        yield c


@pytest.fixture(scope="module")
def guarded():
    """A deployment beyond loopback: a token, 3 s per extraction and 1 GB per worker."""
    app = create_app(Settings(workers=1, queue=2, max_size_mb=20.0, timeout=3.0, token=TOKEN, max_memory_mb=1024))
    with TestClient(app) as c:
        yield c


def _error(response, status: int, kind: str, *words: str) -> str:
    """The response is the JSON error shape with this status and kind, naming ``words``."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error", "detail"} and body["error"] == kind, body
    assert "Traceback" not in response.text and 'File "' not in response.text
    for word in words:
        assert word in body["detail"], (word, body["detail"])
    return body["detail"]


def _upload(client: TestClient, name: str, data: bytes, query: str = "", **kw):
    return client.post("/extract" + query, files={"file": (name, data)}, **kw)


# --- POST /extract ---------------------------------------------------------------


def test_upload_gives_the_records_of_the_seed(client: TestClient, nlp) -> None:
    path = raw_path("seed_002")
    response = _upload(client, path.name, path.read_bytes())
    assert response.status_code == 200
    record = response.json()
    # what the README shows for seed_002
    assert record["source"]["path"] == path.name and record["source"]["format"] == "text"
    (meeting,) = record["meetings"]
    (item,) = meeting["items"]
    assert item["title"] == "Council Delivery Plan and Performance Q1"
    # "Question form Councillor Simpson-Vince ...", "Following a question from Councillor Justin Kerridge ..."
    assert [q["asker"] for q in item["questions"]] == ["Councillor Simpson-Vince", "Councillor Justin Kerridge"]
    assert "Nigel Minns" in [p["name"] for p in meeting["people"]]
    assert record["text"] is None
    # and the same record as the library (and so the CLI) gives for the file
    assert record == json.loads(extractor.extract(path, nlp=nlp).model_copy(
        update={"source": record_source(path)}).to_json())


def record_source(path: Path):
    from extractor.readers import read_path
    from extractor.schema import Source

    read = read_path(path)
    return Source(path=path.name, format=read.format, sha256=read.sha256, pages=read.pages)


def test_include_text_gives_the_text_the_spans_point_into(client: TestClient) -> None:
    path = raw_path("seed_002")
    record = _upload(client, path.name, path.read_bytes(), "?include_text=true").json()
    text = record["text"]
    figures = [f for m in record["meetings"] for i in m["items"] for f in i["figures"]]
    money = [f for f in figures if f["text"] == "£10 million"]
    assert money, figures
    start, end = money[0]["span"]
    assert text[start:end] == "£10 million"


def test_json_text_is_extracted(client: TestClient) -> None:
    response = client.post("/extract", json={"text": MINUTES})
    assert response.status_code == 200
    record = response.json()
    assert record["source"]["path"] is None and record["source"]["format"] == "text"
    (meeting,) = record["meetings"]
    assert (meeting["body"], meeting["date"], meeting["time"]) == ("Parks Committee", "2024-03-04", "19:00")
    assert [(a["name"], a["role"]) for a in meeting["present"]] == [
        ("Councillor Ann Example", "Chair"), ("Councillor Ben Sample", None)]
    assert [a["name"] for a in meeting["apologies"]] == ["Councillor Cara Placeholder"]
    assert [(i["number"], i["title"]) for i in meeting["items"]] == [
        ("1", "Apologies for Absence"), ("2", "Play Area Renewal")]
    renewal = meeting["items"][1]
    assert [r["text"] for r in renewal["resolutions"]] == ["the renewal be approved"]
    assert [(f["value"], f["unit"]) for f in renewal["figures"]] == [(45000.0, "GBP")]


def test_json_html_is_read_as_a_page(client: TestClient) -> None:
    page = ("<html><body><h1>Minutes of the Parks Committee, 4 March 2024</h1><h2>1. Play Area Renewal</h2>"
            "<p>RESOLVED: that the renewal be approved.</p></body></html>")
    record = client.post("/extract", json={"text": page, "format": "html"}).json()
    assert record["source"]["format"] == "html"
    (meeting,) = record["meetings"]
    assert meeting["body"] == "Parks Committee" and meeting["date"] == "2024-03-04"
    assert [(i["title"], [r["text"] for r in i["resolutions"]]) for i in meeting["items"]] == [
        ("Play Area Renewal", ["the renewal be approved"])]


def test_pdf_upload_reads_the_pdf(client: TestClient, tmp_path: Path) -> None:
    pdf = tmp_path / "parks.pdf"
    pages = make_pdf(MINUTES, pdf, header="Parks Committee – page {page}")
    record = _upload(client, "parks.pdf", pdf.read_bytes()).json()
    assert record["source"]["format"] == "pdf" and record["source"]["pages"] == pages == 1
    (meeting,) = record["meetings"]
    assert (meeting["body"], meeting["date"]) == ("Parks Committee", "2024-03-04")
    assert [i["title"] for i in meeting["items"]] == ["Apologies for Absence", "Play Area Renewal"]


def test_word_upload_reads_the_document(client: TestClient, tmp_path: Path) -> None:
    from docmaker import make_docx

    make_docx(MINUTES, tmp_path / "parks.docx")
    record = _upload(client, "parks.docx", (tmp_path / "parks.docx").read_bytes()).json()
    assert record["source"]["format"] == "docx"
    (meeting,) = record["meetings"]
    assert (meeting["body"], meeting["date"]) == ("Parks Committee", "2024-03-04")
    assert [i["title"] for i in meeting["items"]] == ["Apologies for Absence", "Play Area Renewal"]


def test_a_hostile_file_name_is_only_a_label(client: TestClient) -> None:
    for name in ("../../../etc/cron.d/evil.txt", "..\\..\\Windows\\evil.txt"):
        response = _upload(client, name, MINUTES.encode())
        assert response.status_code == 200
        assert response.json()["source"]["path"] == "evil.txt"
    assert not Path("/etc/cron.d/evil.txt").exists()
    assert safe_name("minutes\x00\x1b[31m.txt") == "minutes[31m.txt"  # no NULs or terminal escapes


# --- refusals of /extract ----------------------------------------------------------


def test_oversized_upload_is_refused_with_413(client: TestClient) -> None:
    response = _upload(client, "big.txt", b"Minutes\n" * 200_000)  # 1.6 MB, limit 1 MB
    _error(response, 413, "too_large", "1 MB", "--max-size")


def test_empty_upload(client: TestClient) -> None:
    _error(_upload(client, "empty.txt", b""), 422, "empty", "empty.txt", "0 bytes")


@pytest.mark.parametrize("name, data, kind, words", [
    ("program.txt", b"\x7fELF\x02\x01\x01" + bytes(200), "not_text", ["program.txt", "program"]),
    ("noise.txt", bytes(range(256)) * 40, "not_text", ["noise.txt", "control codes"]),  # said by the reader
    ("archive.html", b"PK\x03\x04" + b"\x00" * 100, "not_text", ["archive.html", "ZIP"]),
    ("fake.pdf", b"This is not a PDF at all", "not_pdf", ["fake.pdf", "PDF header"]),
    ("broken.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 20, "damaged", ["broken.pdf", "PDF"]),
])
def test_binary_and_broken_uploads_are_named(client: TestClient, name: str, data: bytes, kind: str,
                                             words: list[str]) -> None:
    # the kinds are those minutes extract records in errors.jsonl
    _error(_upload(client, name, data), 422, kind, *words)


def test_unsupported_file_type(client: TestClient) -> None:
    _error(_upload(client, "minutes.docm", b"hello"), 415, "unsupported_media_type", "minutes.docm", ".pdf")


def test_wrong_content_type(client: TestClient) -> None:
    response = client.post("/extract", content=MINUTES.encode(), headers={"content-type": "text/plain"})
    _error(response, 415, "unsupported_media_type", "text/plain", "multipart/form-data", "application/json")


@pytest.mark.parametrize("body, status, kind, words", [
    (b"{not json", 400, "bad_request", ["not valid JSON"]),
    (b"", 400, "bad_request", ["empty"]),
    (b'{"txt": "Minutes"}', 422, "invalid_body", ["text", "required"]),
    (b'{"text": ""}', 422, "invalid_body", ["text"]),
    (b'{"text": "Minutes", "format": "pdf"}', 422, "invalid_body", ["format"]),
])
def test_bad_json_bodies(client: TestClient, body: bytes, status: int, kind: str, words: list[str]) -> None:
    response = client.post("/extract", content=body, headers={"content-type": "application/json"})
    _error(response, status, kind, *words)


def test_malformed_and_hostile_forms(client: TestClient) -> None:
    # no file field at all
    _error(client.post("/extract", files={"note": (None, "hi")}), 400, "bad_request", "no file", "file")
    # two files where one is expected
    two = [("file", ("a.txt", b"Minutes")), ("file", ("b.txt", b"Minutes"))]
    _error(client.post("/extract", files=two), 400, "bad_request", "at most 1")
    # a form without its boundary, and a body that is not the form it claims to be
    _error(client.post("/extract", content=b"--x\r\n", headers={"content-type": "multipart/form-data"}),
           400, "bad_request", "boundary")
    garbage = client.post("/extract", content=b"\x00" * 500,
                          headers={"content-type": "multipart/form-data; boundary=abc"})
    _error(garbage, 400, "bad_request", "malformed")
    # a plain field stuffed with a document, and a flood of parts
    _error(client.post("/extract", data={"notes": "x" * 100_000}, files={"file": ("a.txt", b"Minutes")}),
           400, "bad_request", "notes", "KB")
    many = [(f"field{i}", (None, "y")) for i in range(50)]
    _error(client.post("/extract", files=many), 400, "bad_request", "too many parts")


def test_parameter_and_routing_errors(client: TestClient) -> None:
    _error(client.post("/extract?include_text=perhaps", json={"text": "Minutes"}), 422, "invalid_parameter",
           "include_text")
    _error(client.get("/extract"), 405, "method_not_allowed", "GET", "/extract")
    _error(client.get("/nowhere"), 404, "not_found", "/nowhere")


# --- POST /actions -----------------------------------------------------------------


def _parks_record(client: TestClient) -> dict:
    record = _upload(client, "parks-2024-03-04.txt", MINUTES.encode()).json()
    (action,) = record["meetings"][0]["items"][1]["actions"]
    assert action["text"].startswith("The Parks Manager undertook to report progress")
    action["due"] = "2024-06-30"  # as an officer would fill it in
    return record


def test_actions_json_log_and_status_by_date(client: TestClient) -> None:
    record = _parks_record(client)
    before = client.post("/actions?as_of=2024-05-01", json=record)
    assert before.status_code == 200 and before.headers["content-type"].startswith("application/json")
    log = before.json()
    assert log["as_of"] == "2024-05-01"
    (row,) = log["actions"]
    assert row["text"].startswith("The Parks Manager undertook") and row["due"] == "2024-06-30"
    assert row["item"] == {"number": "2", "title": "Play Area Renewal"}
    assert row["status"] == "open"
    after = client.post("/actions?as_of=2024-07-01", json=[record]).json()
    assert after["actions"][0]["status"] == "overdue"


def test_actions_csv_by_accept(client: TestClient) -> None:
    record = _parks_record(client)
    response = client.post("/actions?as_of=2024-07-01", json=record, headers={"accept": "text/csv"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    lines = response.text.splitlines()
    assert lines[0].split(",")[:6] == ["due", "due_text", "action", "kind", "owner", "status"]
    assert len(lines) == 2 and lines[1].startswith("2024-06-30,") and ",overdue," in lines[1]
    assert "parks-2024-03-04.txt" in lines[1]


def test_actions_from_uploaded_records_and_minutes(client: TestClient) -> None:
    record = _parks_record(client)
    seed = raw_path("seed_002")
    files = [("files", ("parks.json", json.dumps(record).encode())), ("files", (seed.name, seed.read_bytes()))]
    log = client.post("/actions?as_of=2024-07-01", files=files).json()
    texts = [a["text"] for a in log["actions"]]
    assert any(t.startswith("The Parks Manager undertook") for t in texts)
    # seed_002's one action, as the README shows it
    assert any(t.startswith("a detailed report would be added to the committee’s work programme") for t in texts)
    files_cited = {s["file"] for a in log["actions"] for s in a["sources"]}
    assert files_cited == {"parks-2024-03-04.txt", seed.name}


def test_actions_refusals(client: TestClient) -> None:
    record = _parks_record(client)
    broken = dict(record, meetings=[{"items": [{"actions": [{"owner": "X"}]}]}])
    _error(client.post("/actions", json=[record, broken]), 422, "invalid_body", "record 2", "text")
    _error(client.post("/actions", json=[]), 422, "invalid_body", "empty")
    _error(client.post("/actions", json=record, headers={"accept": "image/png"}), 406, "not_acceptable",
           "image/png", "text/csv")
    _error(client.post("/actions?as_of=someday", json=record), 422, "invalid_parameter", "someday")
    bad_file = [("files", ("old.json", b'{"meetings": 3}'))]
    _error(client.post("/actions", files=bad_file), 422, "invalid_body", "old.json", "meetings")
    _error(client.post("/actions", files=[("files", ("x.exe", b"MZ"))]), 415, "unsupported_media_type", "x.exe")


# --- GET endpoints ------------------------------------------------------------------


def test_schema_version_and_health(client: TestClient) -> None:
    schema = client.get("/schema").json()
    assert schema == Document.model_json_schema(by_alias=True)
    assert {"meetings", "source", "text"} <= set(schema["properties"])
    assert client.get("/version").json()["extractor"] == extractor.__version__
    health = client.get("/healthz").json()
    assert health["status"] == "ok" and health["workers"] == 1 and health["in_flight_limit"] == 3


def test_review_gives_the_review_page_of_an_upload(client: TestClient) -> None:
    path = raw_path("seed_002")
    response = client.post("/review", files={"file": (path.name, path.read_bytes())})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    html = response.text
    assert f"<title>Review: {path.name}</title>" in html
    # the seed's one item, its action and its figures, highlighted and linked from their rows
    assert 'id="r-items-0"' in html and 'id="r-actions-0"' in html and 'href="#r-actions-0"' in html
    assert 'class="hl t-figures' in html
    policy = response.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "script-src 'sha256-" in policy
    _error(client.post("/review", files={"file": ("empty.txt", b"")}), 422, "empty", "empty.txt")


def test_upload_page_posts_to_extract(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    html = page.text
    assert '<form id="upload" action="extract" method="post" enctype="multipart/form-data">' in html
    assert '<input type="file" name="file" required accept=".txt,' in html and ".pdf" in html
    assert "at most\n  <span id=\"limit\">1</span> MB" in html
    assert "default-src 'self'" in page.headers["content-security-policy"]
    script = client.get("/form.js")
    assert script.status_code == 200 and "JSON.stringify(data, null, 2)" in script.text
    # by default the form shows the review page, in a frame whose script the page's policy allows
    assert '<input type="radio" name="show" value="review" checked>' in html
    assert 'sandbox="allow-scripts"' in html and '"review"' in script.text
    from extractor.review.page import script_hash

    assert script_hash() in page.headers["content-security-policy"]


def test_docs_work_offline_and_describe_every_endpoint(client: TestClient) -> None:
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "https://" not in docs.text and "http://" not in docs.text  # nothing from a CDN
    assert client.get("/docs/assets/swagger-ui-bundle.js").status_code == 200
    assert client.get("/docs/assets/swagger-ui.css").status_code == 200
    spec = client.get("/openapi.json").json()
    assert {("post", "/extract"), ("post", "/actions"), ("get", "/schema"), ("get", "/healthz"),
            ("get", "/version")} <= {(m, p) for p, ops in spec["paths"].items() for m in ops}
    extract = spec["paths"]["/extract"]["post"]
    body = extract["requestBody"]["content"]
    assert body["multipart/form-data"]["schema"]["properties"]["file"]["format"] == "binary"
    assert body["application/json"]["examples"]["text"]["value"]["text"].startswith("Minutes of the Meeting")
    assert {"413", "415", "422", "503"} <= set(extract["responses"])
    actions = spec["paths"]["/actions"]["post"]
    assert "text/csv" in actions["responses"]["200"]["content"]
    assert actions["requestBody"]["content"]["application/json"]["examples"]


def test_documented_actions_example_is_what_the_service_returns(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    actions = spec["paths"]["/actions"]["post"]
    example = actions["requestBody"]["content"]["application/json"]["examples"]["one_record"]["value"]
    documented = actions["responses"]["200"]["content"]
    response = client.post("/actions?as_of=2024-07-01", json=example)
    assert response.json() == documented["application/json"]["example"]
    csv = client.post("/actions?as_of=2024-07-01", json=example, headers={"accept": "text/csv"})
    assert csv.text == documented["text/csv"]["example"]


# --- token and time limit ------------------------------------------------------------


def test_token_is_required_on_posts_only(guarded: TestClient) -> None:
    _error(guarded.post("/extract", json={"text": MINUTES}), 401, "unauthorized", "Bearer", "missing")
    wrong = guarded.post("/extract", json={"text": MINUTES}, headers={"authorization": "Bearer nope"})
    _error(wrong, 401, "unauthorized", "wrong")
    assert wrong.headers["www-authenticate"] == "Bearer"
    _error(guarded.post("/actions", json=[]), 401, "unauthorized")
    _error(guarded.post("/review", json={"text": MINUTES}), 401, "unauthorized")
    ok = guarded.post("/extract", json={"text": MINUTES}, headers={"authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 200 and ok.json()["meetings"][0]["body"] == "Parks Committee"
    assert guarded.get("/healthz").status_code == 200
    assert 'data-token-required="true"' in guarded.get("/").text


def test_token_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MINUTES_TOKEN", "from-env")
    assert token_from(None) == "from-env"
    assert token_from("given") == "given"
    monkeypatch.setenv("MINUTES_TOKEN", "")
    assert token_from(None) is None


def test_time_limit_stops_a_hostile_page_and_the_service_goes_on(guarded: TestClient) -> None:
    auth = {"authorization": f"Bearer {TOKEN}"}
    nested = "<div>" * 500_000 + "Minutes" + "</div>" * 500_000  # 5.5 MB of nesting: many seconds
    response = guarded.post("/extract", files={"file": ("nested.html", nested.encode())}, headers=auth)
    _error(response, 422, "timeout", "nested.html", "3 s")
    assert guarded.get("/healthz").json()["worker_restarts"] == 1
    # the replacement worker takes the next request (it waits for the worker to load)
    ok = guarded.post("/extract", files={"file": ("parks.txt", MINUTES.encode())}, headers=auth)
    assert ok.status_code == 200 and ok.json()["meetings"][0]["date"] == "2024-03-04"


def test_each_worker_runs_under_the_memory_cap(guarded: TestClient) -> None:
    # the batch runner's --max-memory, applied to every extraction worker (RLIMIT_DATA)
    workers = guarded.app.state.runtime.engine._all
    assert workers
    for worker in workers:
        limits = Path(f"/proc/{worker.proc.pid}/limits").read_text()
        (line,) = [ln for ln in limits.splitlines() if ln.startswith("Max data size")]
        assert line.split()[3] == str(1024 * 1024 * 1024), line


def test_temporary_files_are_removed(client: TestClient, guarded: TestClient) -> None:
    for c in (client, guarded):
        root = c.app.state.runtime.root
        assert root.is_dir() and list(root.iterdir()) == []


def test_port_in_use_is_a_clear_error() -> None:
    import socket

    import typer

    from extractor.service.cli import _bind

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(typer.BadParameter, match=f"127.0.0.1:{port} is already in use; choose another with --port"):
            _bind("127.0.0.1", port)
