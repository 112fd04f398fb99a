"""The FastAPI app of ``minutes serve``: its endpoints, documentation and lifetime.

Why a factory: each app owns its workers and its temporary folder, so tests (and a
deployment script) can build one with their own limits, and nothing is started at import.
A script that runs ``create_app()`` itself needs the usual ``if __name__ == "__main__":``
guard: the workers are started by multiprocessing, which imports the main module again.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any, AsyncIterator, Optional

from fastapi import FastAPI, Header, Query, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from ..readers import SUFFIX_FORMATS
from ..review.page import content_security_policy as review_csp
from ..review.page import script_hash as review_script_hash
from ..schema import SCHEMA_VERSION, Document
from . import endpoints, errors
from .admission import Admission
from .endpoints import Context, TextIn
from .engine import Engine
from .settings import Settings

STATIC = resources.files("extractor.service") / "static"


class Runtime:
    """The running service's state: its workers, its temporary folder and its counts."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.engine = Engine(settings.workers, settings.timeout, settings.pdf_backend, settings.max_memory_mb)
        self.root: Optional[Path] = None
        self.in_flight = 0
        self.refused_busy = 0

    def retry_after(self) -> float:
        """Seconds until a place is likely free: the queue ahead, at the recent pace."""
        return self.engine.mean_seconds * (self.in_flight + 1) / max(1, self.settings.workers)

    def context(self) -> Context:
        assert self.root is not None, "the service has not started"
        return Context(self.settings, self.engine, self.root)


class ErrorOut(BaseModel):
    error: str
    detail: str


def _examples() -> dict[str, Any]:
    return json.loads((STATIC / "examples.json").read_text(encoding="utf-8"))


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    why = {
        400: "malformed request: no file, bad multipart form or JSON",
        401: "a token is configured and the request has none, or a wrong one",
        406: "the Accept header asks for a format the log does not come in",
        413: "the request is over --max-size; refused from its Content-Length before the body is read",
        415: "neither multipart/form-data nor application/json, or a file type that is not minutes",
        422: "the document cannot be extracted: empty, binary, unreadable PDF, over the time limit",
        503: "the service is busy (requests in flight at the limit); retry after the Retry-After seconds",
    }
    return {code: {"model": ErrorOut, "description": why[code]} for code in codes}


def create_app(settings: Optional[Settings] = None) -> FastAPI:
    """The service with ``settings``; its workers start when the app starts (uvicorn or TestClient)."""
    from .. import __version__

    settings = settings or Settings()
    runtime = Runtime(settings)
    examples = _examples()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        runtime.root = Path(tempfile.mkdtemp(prefix="minutes-serve-"))
        try:
            await runtime.engine.start()
            yield
        finally:
            runtime.engine.close()
            shutil.rmtree(runtime.root, ignore_errors=True)

    app = FastAPI(
        title="minutes-extractor",
        version=__version__,
        summary="Structured, checkable JSON from the minutes of public meetings.",
        description=(STATIC / "api.md").read_text(encoding="utf-8"),
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    app.state.runtime = runtime
    errors.install(app)
    app.add_middleware(Admission, counter=runtime, limit=settings.in_flight_limit,
                       max_bytes=settings.max_bytes, token=settings.token)

    @app.post(
        "/extract",
        response_model=Document,
        summary="Extract one minutes document",
        description=(
            f"Send one document as a multipart upload (field `file`: {', '.join(f'`{x}`' for x in SUFFIX_FORMATS)}) or "
            "its text as JSON. Returns the same record as `minutes extract`; the record's `source.path` is "
            "the uploaded file's name (null for JSON text)."
        ),
        responses=_errors(400, 401, 413, 415, 422, 503),
        openapi_extra={"requestBody": {"required": True, "content": {
            "multipart/form-data": {"schema": {
                "type": "object", "required": ["file"],
                "properties": {"file": {"type": "string", "format": "binary",
                                        "description": f"the minutes file ({', '.join(SUFFIX_FORMATS)})"}}}},
            "application/json": {"schema": TextIn.model_json_schema(), "examples": examples["extract"]},
        }}},
    )
    async def extract(
        request: Request,
        include_text: bool = Query(False, description="Add the canonical text that every span points into."),
    ) -> Response:
        body = await endpoints.extract(request, runtime.context(), include_text)
        return Response(body, media_type="application/json")

    @app.post(
        "/review",
        response_class=HTMLResponse,
        summary="The review page of one minutes document",
        description=(
            "The same input as `/extract`. Returns the review page of `minutes review`: one self-contained "
            "HTML page with every extracted value highlighted in the document's text and the records per "
            "item beside it. The upload form at `/` shows it."
        ),
        responses={200: {"description": "the review page", "content": {"text/html": {}}},
                   **_errors(400, 401, 413, 415, 422, 503)},
        openapi_extra={"requestBody": {"required": True, "content": {
            "multipart/form-data": {"schema": {
                "type": "object", "required": ["file"],
                "properties": {"file": {"type": "string", "format": "binary"}}}},
            "application/json": {"schema": TextIn.model_json_schema()},
        }}},
    )
    async def review(request: Request) -> Response:
        body = await endpoints.extract(request, runtime.context(), True)
        html = await run_in_threadpool(endpoints.review_page, body)
        return HTMLResponse(html, headers={"content-security-policy": review_csp()})

    @app.post(
        "/actions",
        summary="The action log of one or more meetings",
        description=(
            "Send extraction records as JSON (one record or a list), or upload records (`.json`) and minutes "
            "files in a multipart form (any field name, up to 20 files). Returns the action log of "
            "`minutes actions`: every action with its status and evidence. `Accept: text/csv` gives CSV "
            "(also `text/markdown`, `text/calendar`); JSON otherwise."
        ),
        responses={200: {"description": "the action log", "content": {
            "application/json": {"example": examples["actions_json_response"]},
            "text/csv": {"example": examples["actions_csv_response"]},
            "text/markdown": {}, "text/calendar": {}}}, **_errors(400, 401, 406, 413, 415, 422, 503)},
        openapi_extra={"requestBody": {"required": True, "content": {
            "application/json": {"schema": {"oneOf": [
                {"$ref": "#/components/schemas/Document"},
                {"type": "array", "items": {"$ref": "#/components/schemas/Document"}}]},
                "examples": examples["actions"]},
            "multipart/form-data": {"schema": {"type": "object", "properties": {"files": {
                "type": "array", "items": {"type": "string", "format": "binary"}}}}},
        }}},
    )
    async def actions(
        request: Request,
        as_of: Optional[str] = Query(None, description="The date that decides what is overdue (default today)."),
        accept: Optional[str] = Header(None, include_in_schema=False),
    ) -> Response:
        fmt = endpoints.action_format(accept)
        day = endpoints.as_of_date(as_of)
        loaded = await endpoints.actions_inputs(request, runtime.context())
        media = {v: k for k, v in endpoints.ACTION_TYPES.items()}[fmt]
        return Response(endpoints.action_log(loaded, day, fmt), media_type=media)

    @app.get("/schema", summary="The JSON Schema of the record /extract returns")
    async def schema() -> JSONResponse:
        return JSONResponse(Document.model_json_schema(by_alias=True))

    @app.get("/healthz", summary="Is the service up, and how busy is it",
             responses={200: {"content": {"application/json": {"example": examples["healthz"]}}}})
    async def healthz() -> dict[str, Any]:
        return {
            "status": "ok",
            "workers": settings.workers,
            "idle_workers": runtime.engine.ready,
            "in_flight": runtime.in_flight,
            "in_flight_limit": settings.in_flight_limit,
            "refused_busy": runtime.refused_busy,
            "worker_restarts": runtime.engine.restarts,
        }

    @app.get("/version", summary="Versions of the extractor, its output schema and spaCy",
             responses={200: {"content": {"application/json": {"example": examples["version"]}}}})
    async def version() -> dict[str, Any]:
        import spacy

        return {"extractor": __version__, "schema": SCHEMA_VERSION, "spacy": spacy.__version__,
                "pdf_backend": settings.pdf_backend}

    @app.get("/", include_in_schema=False)
    async def page() -> HTMLResponse:
        html = (STATIC / "index.html").read_text(encoding="utf-8")
        html = html.replace("MAX_MB", f"{settings.max_size_mb:g}").replace(
            "TOKEN_REQUIRED", "true" if settings.token else "false").replace(
            "SUFFIXES", ",".join(SUFFIX_FORMATS)).replace(
            "TYPES", ", ".join(f"<code>{x}</code>" for x in SUFFIX_FORMATS))
        # The review page is shown in a frame of this page and inherits its policy: allow its
        # one inline script by hash, nothing else inline.
        return HTMLResponse(html, headers={"content-security-policy": "default-src 'self'; style-src 'unsafe-inline'; "
                                                                     f"script-src 'self' {review_script_hash()}"})

    @app.get("/form.js", include_in_schema=False)
    async def form_js() -> Response:
        return Response((STATIC / "form.js").read_text(encoding="utf-8"), media_type="text/javascript")

    _mount_docs(app)
    return app


def _mount_docs(app: FastAPI) -> None:
    """Swagger UI from the installed swagger-ui-bundle, so /docs works with no Internet access."""
    import swagger_ui_bundle
    from fastapi.staticfiles import StaticFiles

    app.mount("/docs/assets", StaticFiles(directory=swagger_ui_bundle.swagger_ui_path), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json", title="minutes-extractor API",
            swagger_js_url="/docs/assets/swagger-ui-bundle.js", swagger_css_url="/docs/assets/swagger-ui.css",
            swagger_favicon_url="/docs/assets/favicon-32x32.png")
