"""JSON API: thin routers over the same Assistant object the CLI uses.

Every error answers ``{"error": "<what happened and what to do>"}`` with a fitting status.
Blocking work (retrieval, ingest) runs in the thread pool: ``def`` endpoints or
``run_in_threadpool``.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import os
import re
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Annotated, Any, Iterator, Literal
from urllib.parse import unquote_to_bytes

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import AfterValidator, BaseModel, BeforeValidator, Field, StringConstraints
from starlette.datastructures import Headers, UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.formparsers import MultiPartException, MultiPartParser
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from assistant.errors import AssistantError, InvalidQuestionError
from ingest.errors import IndexUnavailableError, IngestError, UnreadableFileError
from retriever.errors import RetrieverError, UnknownDocumentError
from ui.services import (
    Runtime,
    ServiceError,
    clean_scratch,
    storage_error,
    too_many,
    answer_dict,
    appendices_of,
    find_rows,
    normalise_history,
    remove_uploaded_files,
    row_to_dict,
    save_and_ingest_upload,
    staging_file,
)

log = logging.getLogger("plan_assistant.api")

MAX_JSON_BODY_BYTES = 1024 * 1024
MULTIPART_OVERHEAD_BYTES = 64 * 1024


# --------------------------------------------------------------------------------------
# request / response models (they also document the API at /docs)
# --------------------------------------------------------------------------------------


SURROGATE_MESSAGE = "contains invalid Unicode (a lone UTF-16 surrogate); send valid UTF-8 text"
_SURROGATES = re.compile("[\ud800-\udfff]")
#: what ``ingest.pipeline.doc_id_for`` produces: lower-case ASCII letters, digits, '_' and '-'
DOC_ID_PATTERN = r"^[a-z0-9_-]{1,200}$"
NOT_BLANK_PATTERN = r"\S"


def _valid_unicode(value: Any) -> Any:
    """Reject lone surrogates anywhere in a string, list or dict (they cannot be encoded)."""
    if isinstance(value, str):
        if _SURROGATES.search(value):
            raise ValueError(SURROGATE_MESSAGE)
    elif isinstance(value, dict):
        for k, v in value.items():
            _valid_unicode(k)
            _valid_unicode(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            _valid_unicode(v)
    return value


Text = Annotated[str, BeforeValidator(_valid_unicode)]
DocIdPath = Annotated[str, PathParam(pattern=DOC_ID_PATTERN, max_length=200, description="Document id (GET /api/documents)")]
# (constraints before the validator, else pydantic leaves the pattern out of the JSON schema;
# a BeforeValidator still runs first, so a surrogate is a 400, not a pattern mismatch)
DocId = Annotated[str, StringConstraints(pattern=DOC_ID_PATTERN, max_length=200), BeforeValidator(_valid_unicode)]


class HistoryMessage(BaseModel):
    role: str = Field(max_length=20, description="'user' or 'assistant' (other roles are ignored)")
    content: Annotated[Any, AfterValidator(_valid_unicode)] = Field(description="Message text (or a list of text parts)")


class AskRequest(BaseModel):
    question: Text = Field(
        min_length=1,
        pattern=NOT_BLANK_PATTERN,
        description="The question, in Vietnamese or English (not blank; at most PLAN_ASSISTANT_MAX_QUESTION_CHARS characters, else 413).",
        examples=["who leads indicator 18 and what's the 2026 target"],
    )
    doc_ids: list[DocId] | None = Field(default=None, max_length=50, description="Restrict to these documents (GET /api/documents); empty = all plans.")
    history: list[HistoryMessage] | None = Field(default=None, max_length=50, description="Earlier turns of the conversation, oldest first.")


class CitationOut(BaseModel):
    n: int
    doc_id: str
    doc_title: str
    locator: str
    text: str
    warning: str | None = None


class AnswerOut(BaseModel):
    id: str | None = None
    question: str
    language: str
    found: bool
    answer: str
    citations: list[CitationOut]
    latency_ms: float


class FeedbackRequest(BaseModel):
    question: Text = Field(min_length=1, max_length=4000)
    answer: Text = Field(max_length=20000)
    citations: Annotated[list[dict], AfterValidator(_valid_unicode)] = Field(default_factory=list, max_length=20)
    rating: Literal["up", "down"] = Field(description="'up' or 'down'")
    comment: Text | None = Field(default=None, max_length=2000)


class ErrorOut(BaseModel):
    error: str


class LiveOut(BaseModel):
    status: Literal["alive"]


class HealthOut(BaseModel):
    status: Literal["ok", "building", "error"]
    documents: int = Field(ge=0)
    embedding_model: str
    error: str | None = None


ERRORS = {
    400: {"model": ErrorOut, "description": "Bad request (e.g. text that is not valid Unicode)"},
    404: {"model": ErrorOut, "description": "Unknown document or endpoint"},
    405: {"model": ErrorOut, "description": "Method not allowed"},
    408: {"model": ErrorOut, "description": "The request body was not sent in time"},
    413: {"model": ErrorOut, "description": "Request, question or upload too large"},
    422: {"model": ErrorOut, "description": "Invalid request"},
    429: {"model": ErrorOut, "description": "Too many requests from this address"},
    503: {"model": ErrorOut, "description": "Not ready (index being built), broken, or data directory not writable"},
}
#: statuses every /api operation may answer (documented on all of them, see build_router)
COMMON_ERRORS = {code: ERRORS[code] for code in (400, 404, 405, 408, 413, 422, 429, 503)}
WRITE_ERRORS = {
    401: {"model": ErrorOut, "description": "Missing or wrong X-API-Key"},
    403: {"model": ErrorOut, "description": "Uploads/deletes disabled (no PLAN_ASSISTANT_API_KEY)"},
    409: {"model": ErrorOut, "description": "A document with this id exists (add ?replace=true)"},
    415: {"model": ErrorOut, "description": "Unsupported file type or content type"},
    507: {"model": ErrorOut, "description": "The disk holding the data directory is full"},
}

#: file-system locations that must never appear in a response (filled by install_error_handlers)
_HIDDEN_ROOTS: list[tuple[str, str]] = []


def scrub_paths(message: str) -> str:
    """Replace server paths (data dir, project, temp, home) by neutral names."""
    for root, label in _HIDDEN_ROOTS:
        if root and root in message:
            message = message.replace(root, label)
    return message


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    # never fail while reporting a failure: text that cannot be encoded is escaped
    message = scrub_paths(str(message)).encode("utf-8", "backslashreplace").decode("utf-8")
    return JSONResponse({"error": message}, status_code=status, headers=headers)


# --------------------------------------------------------------------------------------
# error handlers: layer errors → status codes
# --------------------------------------------------------------------------------------


def install_error_handlers(app: FastAPI) -> None:
    """Error handlers (layer errors → status codes) and, when the app has a runtime, the
    protective middleware (see :func:`install_protection`)."""
    runtime = getattr(app.state, "runtime", None)
    if runtime is not None:
        _remember_roots(runtime.settings)
        install_protection(app, runtime)
    _document_common_errors(app)

    @app.exception_handler(ServiceError)
    async def _service(_: Request, exc: ServiceError):
        return _error(exc.status_code, exc.message, exc.headers)

    @app.exception_handler(InvalidQuestionError)
    async def _invalid_question(_: Request, exc: InvalidQuestionError):
        return _error(422, str(exc))

    @app.exception_handler(UnknownDocumentError)
    async def _unknown_doc(_: Request, exc: UnknownDocumentError):
        # the message of the retriever lists every id; clients get only the one they sent
        return _error(404, f"unknown document '{getattr(exc, 'doc_id', '?')}'; see GET /api/documents")

    @app.exception_handler(UnreadableFileError)
    async def _unreadable(_: Request, exc: UnreadableFileError):
        return _error(422, f"cannot read the file: {exc.reason}")

    @app.exception_handler(IndexUnavailableError)
    async def _index(_: Request, exc: IndexUnavailableError):
        storage = storage_error(exc)
        if storage is not None:
            return _error(storage.status_code, storage.message, storage.headers)
        return _error(503, f"the index is unavailable: {exc}; check PLAN_ASSISTANT_DATA_DIR and disk space, then retry", {"Retry-After": "10"})

    @app.exception_handler(IngestError)
    async def _ingest(_: Request, exc: IngestError):
        return _error(422, str(exc))

    @app.exception_handler(RetrieverError)
    async def _retriever(_: Request, exc: RetrieverError):
        return _error(400, str(exc))

    @app.exception_handler(AssistantError)
    async def _assistant(_: Request, exc: AssistantError):
        return _error(422, str(exc))

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError):
        parts = []
        status = 422
        for err in exc.errors():
            loc = ".".join(str(p) for p in err.get("loc", ()) if p not in ("body", "query", "path"))
            msg = str(err.get("msg"))
            if SURROGATE_MESSAGE in msg or err.get("type") == "unicode_decode_error":
                status = 400
            if loc in ("question", "q") and err.get("type") in ("string_too_short", "string_pattern_mismatch"):
                msg = "empty; type a question about the plans" if loc == "question" else "empty; pass ?q=<words>"
            parts.append(f"{loc or 'request'}: {msg}")
        return _error(status, "invalid request — " + "; ".join(parts) + " (see /docs for the expected format)")

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else json.dumps(exc.detail, ensure_ascii=False)
        if exc.status_code == 404 and message == "Not Found":
            message = "no such endpoint; see /docs for the API"

        return _error(exc.status_code, message, getattr(exc, "headers", None))

    @app.exception_handler(OSError)
    async def _os_error(_: Request, exc: OSError):
        storage = storage_error(exc)
        if storage is not None:
            log.error("storage failure: %s", exc)
            return _error(storage.status_code, storage.message, storage.headers)
        log.exception("unexpected OS error")
        return _error(500, f"internal error ({type(exc).__name__}); the server log has the details")

    @app.exception_handler(sqlite3.Error)
    async def _sqlite_error(_: Request, exc: sqlite3.Error):
        storage = storage_error(exc)
        if storage is not None:
            return _error(storage.status_code, storage.message, storage.headers)
        log.exception("catalog error")
        return _error(503, "the index catalog cannot be read right now; retry in a few seconds", {"Retry-After": "5"})

    @app.exception_handler(UnicodeError)
    async def _unicode(_: Request, exc: UnicodeError):
        return _error(400, "the request contains text that is not valid UTF-8/Unicode; send valid UTF-8 text")

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception):
        storage = storage_error(exc)
        if storage is not None:
            log.error("storage failure: %s", exc)
            return _error(storage.status_code, storage.message, storage.headers)
        log.exception("unexpected error")
        return _error(500, f"internal error ({type(exc).__name__}); the server log has the details")


# --------------------------------------------------------------------------------------
# protection: Host allow-list, security headers, undecodable URLs, unknown /api routes,
# Gradio's upload route, slow request bodies
# --------------------------------------------------------------------------------------

#: the chat page (Gradio) needs inline scripts/styles and evaluates its event-handler code from
#: strings ('unsafe-eval', checked in Chromium); everything is loaded from this origin only, nothing
#: may frame the page, and scripts can talk only to this origin (connect-src)
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; media-src 'self' blob: data:; "
    "worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
#: Gradio routes that accept files; the chat has no file input, documents go through POST /api/documents
GRADIO_UPLOAD_PATHS = ("/gradio_api/upload", "/upload", "/gradio_api/upload_progress", "/upload_progress")
_LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", "[::1]", "testserver"}  # testserver: Starlette's test client
_ANY_ADDRESS = {"0.0.0.0", "::", ""}


def _remember_roots(settings: Any) -> None:
    roots = []
    for path, label in (
        (settings.data_dir, "<data dir>"),
        (getattr(settings, "corpus_dir", None), "<corpus>"),
        (Path(__file__).resolve().parent.parent, "<app>"),
        (Path(tempfile.gettempdir()), "<tmp>"),
        (Path.home(), "~"),
    ):
        if not path:
            continue
        for variant in {str(path), str(Path(path).resolve())}:
            if len(variant) > 1:
                roots.append((variant, label))
    roots.sort(key=lambda item: -len(item[0]))  # longest first: data dir before its parents
    _HIDDEN_ROOTS[:] = roots


def _host_allowed(host_header: str, allowed: set[str], server: Any) -> bool:
    if "*" in allowed:
        return True
    host = host_header.strip().lower()
    if host.startswith("["):  # [::1]:8000
        name = host[: host.find("]") + 1] if "]" in host else host
    else:
        name = host.rsplit(":", 1)[0] if host.count(":") == 1 else host
    if name in allowed or name.strip("[]") in allowed:
        return True
    if server:  # the address the socket is bound to (what `serve --host` was given)
        bound = str(server[0]).lower()
        if bound not in _ANY_ADDRESS and name.strip("[]") == bound:
            return True
        if bound in _ANY_ADDRESS and not allowed - _LOCAL_HOSTS:
            return True  # listening on every interface with no explicit list: any name (warned at startup)
    return False


class ProtectionMiddleware:
    """Pure ASGI middleware in front of the API and the chat (see the section comment)."""

    def __init__(self, app: ASGIApp, runtime: Runtime, fastapi_app: FastAPI):
        self.app = app
        self.runtime = runtime
        self.fastapi_app = fastapi_app
        extra = {h.strip().lower() for h in (runtime.settings.allowed_hosts or "").split(",") if h.strip()}
        self.allowed = _LOCAL_HOSTS | extra
        self.body_timeout = float(runtime.settings.body_timeout_s or 0)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            if scope["type"] == "websocket" and not self._host_ok(scope):
                await send({"type": "websocket.close", "code": 1008})
                return
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() not in {h for h, _ in SECURITY_HEADERS}]
                message = dict(message, headers=headers + SECURITY_HEADERS)
            await send(message)

        path = scope.get("path", "")
        if not self._host_ok(scope):
            await _error(400, "unknown Host header; add this host name to PLAN_ASSISTANT_ALLOWED_HOSTS (comma-separated) to serve it")(
                scope, receive, send_with_headers
            )
            return
        if path in GRADIO_UPLOAD_PATHS or path.rstrip("/") in GRADIO_UPLOAD_PATHS:
            await _error(404, "file upload through the chat is disabled; upload plans with POST /api/documents")(scope, receive, send_with_headers)
            return
        if path.startswith("/api"):
            problem = self._undecodable(scope)
            if problem:
                await _error(400, problem)(scope, receive, send_with_headers)
                return
            unmatched = self._unmatched(scope)
            if unmatched is not None:
                await unmatched(scope, receive, send_with_headers)
                return
        await self.app(scope, self._timed(receive), send_with_headers)

    def _host_ok(self, scope: Scope) -> bool:
        host = Headers(scope=scope).get("host")
        if host is None:  # HTTP/1.0 without Host: nothing for a browser attack to rebind
            return True
        return _host_allowed(host, self.allowed, scope.get("server"))

    @staticmethod
    def _undecodable(scope: Scope) -> str | None:
        raw = scope.get("raw_path") or scope.get("path", "").encode("utf-8", "surrogateescape")
        for part, what in ((raw, "URL path"), (scope.get("query_string", b""), "query string")):
            try:
                unquote_to_bytes(part.replace(b"+", b" ")).decode("utf-8")
            except UnicodeDecodeError:
                return f"the {what} is not valid UTF-8 after percent-decoding; encode text as UTF-8"
        return None

    def _unmatched(self, scope: Scope) -> JSONResponse | None:
        """404/405 in the API's error shape for /api paths no API route serves (else Gradio would)."""
        from starlette.routing import Match, Mount

        def walk(routes):
            for route in routes:
                if isinstance(route, Mount):
                    continue
                included = getattr(route, "original_router", None)  # FastAPI's include_router wrapper
                if included is not None:
                    yield from walk(included.routes)
                else:
                    yield route

        allowed: set[str] = set()
        for route in walk(self.fastapi_app.router.routes):
            match, _ = route.matches(scope)
            if match == Match.FULL:
                return None
            if match == Match.PARTIAL:
                allowed |= set(getattr(route, "methods", None) or ())
        if not allowed:
            return _error(404, "no such endpoint; see /docs for the API")
        allow = ", ".join(sorted(allowed | {"OPTIONS"}))
        if scope.get("method") == "OPTIONS":
            return JSONResponse(None, status_code=204, headers={"Allow": allow})
        return _error(405, f"method {scope.get('method')} not allowed here; use {', '.join(sorted(allowed))}", {"Allow": allow})

    def _timed(self, receive: Receive) -> Receive:
        if self.body_timeout <= 0:
            return receive
        timeout = self.body_timeout

        async def timed_receive() -> Message:
            try:
                return await asyncio.wait_for(receive(), timeout)
            except asyncio.TimeoutError:
                raise StarletteHTTPException(408, f"the request body was not sent within {timeout:g} s; send it in one go and retry") from None

        return timed_receive


def _document_common_errors(app: FastAPI) -> None:
    """Every /api operation (also routes added outside build_router) documents the statuses the
    middleware and error handlers can answer, so the schema matches what clients get."""
    from fastapi.openapi.utils import get_openapi

    def openapi() -> dict:
        if app.openapi_schema:
            return app.openapi_schema
        schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
        schema.setdefault("components", {}).setdefault("schemas", {}).setdefault(
            "ErrorOut", {"type": "object", "required": ["error"], "properties": {"error": {"type": "string", "title": "Error"}}, "title": "ErrorOut"}
        )
        for path, ops in schema.get("paths", {}).items():
            if not path.startswith("/api"):
                continue
            for op in ops.values():
                responses = op.setdefault("responses", {})
                for code, spec in COMMON_ERRORS.items():
                    responses.setdefault(
                        str(code),
                        {"description": spec["description"], "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorOut"}}}},
                    )
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


def install_protection(app: FastAPI, runtime: Runtime) -> None:
    """Middleware, Gradio temp files confined to the data dir, leftovers of crashed uploads removed."""
    settings = runtime.settings
    gradio_tmp = settings.data_dir / "tmp" / "gradio"
    # Gradio writes uploads/cache files under GRADIO_TEMP_DIR (default: the system temp dir, never
    # cleaned). Keep them in the data dir and start empty.
    shutil.rmtree(gradio_tmp, ignore_errors=True)
    try:
        gradio_tmp.mkdir(parents=True, exist_ok=True)
        os.environ["GRADIO_TEMP_DIR"] = str(gradio_tmp)
        clean_scratch(settings)
    except OSError as exc:  # read-only data dir: answering still works
        log.warning("cannot prepare the data dir's tmp/ folder: %s", exc)
    if not settings.allowed_hosts and settings.host in _ANY_ADDRESS:
        log.warning("serving on all interfaces without PLAN_ASSISTANT_ALLOWED_HOSTS: any Host header is accepted")
    app.add_middleware(ProtectionMiddleware, runtime=runtime, fastapi_app=app)


# --------------------------------------------------------------------------------------
# request body limit of the JSON endpoints (uploads have their own limit)
# --------------------------------------------------------------------------------------


class JsonBodyLimitMiddleware:
    """413 for /api/* request bodies over ``limit`` bytes (declared or streamed), except uploads."""

    def __init__(self, app: ASGIApp, limit: int = MAX_JSON_BODY_BYTES):
        self.app = app
        self.limit = limit

    def _message(self) -> str:
        return f"request body too large (limit {self.limit // 1024} KiB); send a shorter question and history"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "") if scope["type"] == "http" else ""
        if not path.startswith("/api/") or path.rstrip("/") == "/api/documents":
            await self.app(scope, receive, send)
            return
        length = Headers(scope=scope).get("content-length")
        if length and length.isdigit() and int(length) > self.limit:
            await _error(413, self._message())(scope, receive, send)
            return
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise StarletteHTTPException(413, self._message())
            return message

        await self.app(scope, limited_receive, send)


# --------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------


def _client(request: Request) -> str:
    return request.client.host if request.client else "?"


def _limit_writes(runtime: Runtime, request: Request) -> None:
    wait = runtime.write_limiter.hit(_client(request))
    if wait:
        raise too_many("writes", wait)


def _require_key(runtime: Runtime, request: Request) -> None:
    expected = runtime.settings.api_key
    if not expected:
        raise ServiceError(
            "document upload and deletion are disabled; start the server with PLAN_ASSISTANT_API_KEY=<secret> "
            "and send it in the X-API-Key header",
            status_code=403,
        )
    client = _client(request)
    wait = runtime.key_failures.retry_after(client)
    if wait:  # too many wrong keys: refuse without even comparing (no guessing at full speed)
        raise too_many("wrong API keys", wait)
    given = request.headers.get("x-api-key", "")
    if not given or not hmac.compare_digest(given.encode("utf-8", "surrogateescape"), expected.encode("utf-8")):
        runtime.key_failures.hit(client)
        raise ServiceError("missing or wrong X-API-Key header; send the key configured in PLAN_ASSISTANT_API_KEY", status_code=401)


def _check_question(runtime: Runtime, question: str) -> None:
    limit = runtime.settings.max_question_chars
    if len(question) > limit:
        raise ServiceError(f"the question has {len(question)} characters, more than the limit of {limit}; shorten it", status_code=413)


def _known_doc(assistant: Any, doc_id: str) -> Any:
    doc = assistant.store.document(doc_id)
    if doc is None:
        raise ServiceError(f"unknown document '{doc_id}'; see GET /api/documents for the ids", status_code=404)
    return doc


def _answer_retrying(assistant: Any, question: str, doc_ids: list[str] | None, history: Any) -> Any:
    """A question that named no document must not fail because a document was deleted while it
    was being answered (the assistant resolved ids from the previous generation): retry once."""
    for attempt in range(3):
        try:
            return assistant.answer(question, doc_ids=doc_ids, history=history)
        except UnknownDocumentError:
            if doc_ids or attempt == 2:
                raise
    raise AssertionError("unreachable")  # pragma: no cover


def _sse(event: str, data: Any) -> str:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


# --------------------------------------------------------------------------------------
# routes
# --------------------------------------------------------------------------------------


def build_router(runtime: Runtime) -> APIRouter:
    router = APIRouter(prefix="/api", responses=COMMON_ERRORS)
    settings = runtime.settings

    @router.head("/health/live", include_in_schema=False)
    @router.get(
        "/health/live",
        response_model=LiveOut,
        summary="Liveness: 200 while the process runs (does not look at the index)",
    )
    def live() -> dict:
        return {"status": "alive"}

    @router.head("/health", include_in_schema=False)
    @router.get(
        "/health",
        response_model=HealthOut,
        response_model_exclude_none=True,
        responses={503: {"model": HealthOut, "description": "Not ready: building, or broken (see error)"}},
        summary="Readiness: 200 only when questions can be answered (catalog and vector search); 503 while building or broken",
    )
    def health() -> JSONResponse:
        problem = runtime.readiness()
        status = runtime.status
        if status == "ok" and problem:
            status = "error"
        n_docs = 0
        model = ""
        if runtime.status == "ok":
            store = runtime.get().store
            try:
                n_docs = len(store.documents())
            except Exception:  # noqa: BLE001 - health must answer
                log.exception("health: cannot list documents")
            model = getattr(store, "embedding_model_name", "") or ""
        out: dict[str, Any] = {
            "status": status,
            "documents": n_docs,
            "embedding_model": scrub_paths(model or settings.embedding_model or "all-MiniLM-L6-v2 (offline default)"),
        }
        if problem and status != "building":
            out["error"] = scrub_paths(problem).encode("utf-8", "backslashreplace").decode("utf-8")
        headers = {"Cache-Control": "no-store"}
        if status != "ok":
            headers["Retry-After"] = "10"
        return JSONResponse(out, status_code=200 if status == "ok" else 503, headers=headers)

    @router.post(
        "/ask",
        response_model=AnswerOut,
        response_model_exclude_none=True,
        responses=ERRORS,
        summary="Answer a question with citations",
    )
    def ask(body: AskRequest) -> dict:
        _check_question(runtime, body.question)
        assistant = runtime.get()
        history = normalise_history([m.model_dump() for m in body.history or []]) or None
        answer = _answer_retrying(assistant, body.question, body.doc_ids or None, history)
        return answer_dict(answer)

    @router.post(
        "/ask/stream",
        responses={200: {"content": {"text/event-stream": {}}, "description": "Server-sent events: offline, token*, final (or error)"}, **ERRORS},
        summary="Answer as server-sent events (offline answer first, LLM tokens, verified final answer)",
        description="""Server-sent events (`text/event-stream`), each `event: <name>` + `data: <JSON>`:

* `offline` — the offline answer object (same shape as `POST /api/ask`), sent as soon as it is composed
  (milliseconds). Without an LLM it is also the final answer.
* `token` — `{"text": "..."}`: a piece of the LLM's draft, as the model produces it (only when
  `PLAN_ASSISTANT_LLM_PROVIDER` is set). The draft is not verified yet.
* `final` — `{"answer": <answer object>, "source": "llm" | "offline", "replaced": bool, "reason": str | null}`:
  the verified answer and its citations. `replaced: true` means the LLM draft was dropped and the offline
  answer is final, because the draft stated a number or agency that is not in the cited sources
  (`reason` says which).
* `error` — `{"error": "..."}` if answering fails after the stream started; the stream ends.

Invalid questions and unknown `doc_ids` are answered with a JSON error status before the stream starts.""",
    )
    async def ask_stream(body: AskRequest):
        from ui.stream_events import answer_events

        _check_question(runtime, body.question)
        assistant = runtime.get()
        history = normalise_history([m.model_dump() for m in body.history or []]) or None
        gen = answer_events(assistant, body.question, doc_ids=body.doc_ids or None, history=history)
        _done = object()
        # Prime the generator so validation errors become a normal JSON error response.
        first = await run_in_threadpool(next, gen, _done)

        def events() -> Iterator[str]:
            item = first
            try:
                while item is not _done:
                    name, data = item
                    yield _sse(name, data)
                    item = next(gen, _done)
            except Exception as exc:  # noqa: BLE001 - reported to the client as an event
                log.exception("streaming answer failed")
                yield _sse("error", {"error": f"answering failed ({type(exc).__name__}: {exc})"})
            finally:
                gen.close()

        return StreamingResponse(events(), media_type="text/event-stream", headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    @router.get("/search", responses=ERRORS, summary="Ranked chunks for a query (hybrid search)")
    def search(
        q: Text = Query(..., min_length=1, pattern=NOT_BLANK_PATTERN, description="Query text (not blank)"),
        doc_id: list[DocId] | None = Query(default=None, description="Restrict to this document (repeatable)"),
        k: int = Query(default=0, ge=0, le=100, description="Number of chunks (0 = settings.top_k)"),
        kind: str | None = Query(default=None, pattern="^(row|text)$", description="Only 'row' or 'text' chunks"),
    ) -> list[dict]:
        if not q.strip():
            raise ServiceError("the query is empty; pass ?q=<words>", status_code=422)
        _check_question(runtime, q)
        assistant = runtime.get()
        hits = assistant.retriever.search(q, k=k or settings.top_k, doc_ids=doc_id or None, kind=kind)
        out = []
        for hit in hits:
            chunk = getattr(hit, "chunk", None) or hit[0]
            score = getattr(hit, "score", None)
            if score is None and isinstance(hit, tuple):
                score = hit[1]
            out.append(
                {
                    "chunk_id": chunk.chunk_id,
                    "doc_id": chunk.doc_id,
                    "locator": chunk.locator,
                    "kind": chunk.kind,
                    "score": float(score) if score is not None else None,
                    "text": chunk.text,
                    "source_text": chunk.source_text,
                }
            )
        return out

    @router.get("/documents", summary="Ingested documents", response_model=list[dict[str, Any]])
    def documents() -> list[dict]:
        return [d.model_dump(mode="json") | {"display_title": d.display_title} for d in runtime.get().store.documents()]

    @router.get("/documents/{doc_id}", responses=ERRORS, summary="One document, with its appendices")
    def document(doc_id: DocIdPath) -> dict:
        assistant = runtime.get()
        doc = _known_doc(assistant, doc_id)
        rows = assistant.store.rows(doc_id=doc_id)
        return doc.model_dump(mode="json") | {"display_title": doc.display_title, "appendices": appendices_of(rows)}

    @router.get("/documents/{doc_id}/rows", responses=ERRORS, summary="Structured table rows of a document")
    def rows(
        doc_id: DocIdPath,
        appendix: Text | None = Query(default=None, max_length=200, description="'Phụ lục I' or 'I'"),
        agency: Text | None = Query(default=None, max_length=500, description="Lead or coordinating agency, e.g. 'Công an tỉnh'"),
        year: int | None = Query(default=None, ge=1900, le=2100, description="Rows with a target for this year"),
        q: Text | None = Query(default=None, max_length=2000, description="Free text contained in the row"),
    ) -> list[dict]:
        assistant = runtime.get()
        _known_doc(assistant, doc_id)
        return [row_to_dict(r) for r in find_rows(assistant, doc_id, appendix=appendix, agency=agency, year=year, text=q)]

    @router.post(
        "/documents",
        responses=WRITE_ERRORS,
        summary="Upload and ingest a plan (.pdf, .docx, .txt, .md); needs X-API-Key; 409 if its id exists unless ?replace=true",
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "multipart/form-data": {
                        "schema": {"type": "object", "required": ["file"], "properties": {"file": {"type": "string", "format": "binary"}}}
                    }
                },
            }
        },
    )
    async def upload(
        request: Request,
        replace: bool = Query(default=False, description="Replace an existing document with the same id (else 409)"),
    ) -> dict:
        _require_key(runtime, request)
        _limit_writes(runtime, request)
        runtime.get()  # 503 while the index is being built
        limit = int(settings.max_upload_mb * 1024 * 1024)
        too_large = ServiceError(
            f"file too large; the limit is {settings.max_upload_mb:g} MiB (PLAN_ASSISTANT_MAX_UPLOAD_MB)", status_code=413
        )
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > limit + MULTIPART_OVERHEAD_BYTES:
            raise too_large
        content_type = request.headers.get("content-type", "")
        if not content_type.startswith("multipart/form-data"):
            raise ServiceError("send the file as multipart/form-data in a field named 'file'", status_code=415)

        async def counted():
            received = 0
            async for chunk in request.stream():
                received += len(chunk)
                if received > limit + MULTIPART_OVERHEAD_BYTES:
                    raise too_large
                yield chunk

        parser = MultiPartParser(Headers(scope=request.scope), counted(), max_files=1, max_fields=4)
        try:
            form = await parser.parse()
        except MultiPartException as exc:
            raise ServiceError(f"malformed upload ({exc.message}); send one file in a multipart field named 'file'", status_code=400) from exc
        try:
            upload_file = form.get("file")
            if not isinstance(upload_file, UploadFile):
                raise ServiceError("no file in the request; send it in a multipart field named 'file'", status_code=422)
            staged = staging_file(settings)
            try:
                size = 0
                with open(staged, "wb") as out:
                    while chunk := await upload_file.read(1024 * 1024):
                        size += len(chunk)
                        if size > limit:
                            raise too_large
                        out.write(chunk)
                name = upload_file.filename or ""
                if _SURROGATES.search(name):
                    raise ServiceError(f"the file name {SURROGATE_MESSAGE}", status_code=400)
                return await run_in_threadpool(save_and_ingest_upload, runtime, staged, name, replace=replace)
            finally:
                staged.unlink(missing_ok=True)
        finally:
            await form.close()

    @router.delete(
        "/documents/{doc_id}",
        responses=WRITE_ERRORS,
        summary="Remove a document from the index (it stays removed across restarts); needs X-API-Key",
    )
    def delete(doc_id: DocIdPath, request: Request) -> dict:
        from ingest import tombstones
        from ingest.locking import writer_lock

        _require_key(runtime, request)
        _limit_writes(runtime, request)
        assistant = runtime.get()
        with runtime.write_lock, writer_lock(settings.index_dir, timeout=60.0, what="plan-assistant serve (delete)"):
            _known_doc(assistant, doc_id)
            # the tombstone first: a crash after it leaves the document deleted at the next start
            tombstones.add(settings.index_dir, doc_id)
            deleted = assistant.store.delete_document(doc_id)
            if not deleted:
                raise ServiceError(f"unknown document '{doc_id}'; see GET /api/documents", status_code=404)
            removed = remove_uploaded_files(settings, doc_id)
        return {"deleted": doc_id, "removed_files": removed}

    @router.post("/feedback", responses={507: WRITE_ERRORS[507]}, summary="Record a thumbs up/down on an answer (size-capped, rate-limited)")
    def feedback(body: FeedbackRequest, request: Request) -> dict:
        _limit_writes(runtime, request)
        record = runtime.feedback.append(
            question=body.question, answer=body.answer, citations=body.citations, rating=body.rating, comment=body.comment
        )
        return {"ok": True, "record": record}

    return router


# --------------------------------------------------------------------------------------
# API docs served offline: Swagger UI / ReDoc assets from the fastapi-offline package
# (FastAPI's self-hosted docs recipe; no CDN, so /docs works without a network)
# --------------------------------------------------------------------------------------


def docs_static_dir() -> "Path | None":
    """Folder with swagger-ui-bundle.js, swagger-ui.css, redoc.standalone.js, favicon.png."""
    from pathlib import Path

    try:
        import fastapi_offline
    except ImportError:
        return None
    folder = Path(fastapi_offline.__file__).resolve().parent / "static"
    return folder if (folder / "swagger-ui-bundle.js").is_file() else None


def install_docs(app: FastAPI, prefix: str = "/docs-static") -> None:
    """``/docs`` (Swagger UI) and ``/redoc`` with locally served assets."""
    from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
    from fastapi.staticfiles import StaticFiles

    folder = docs_static_dir()
    if folder is None:  # pragma: no cover - the package is a dependency
        log.warning("fastapi-offline is not installed: /docs and /redoc are unavailable (pip install fastapi-offline)")
        return
    app.mount(prefix, StaticFiles(directory=folder), name="docs-static")
    title = app.title

    @app.get("/docs", include_in_schema=False)
    def swagger_ui():
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title=f"{title} — API",
            swagger_js_url=f"{prefix}/swagger-ui-bundle.js",
            swagger_css_url=f"{prefix}/swagger-ui.css",
            swagger_favicon_url=f"{prefix}/favicon.png",
            oauth2_redirect_url="/docs/oauth2-redirect",
        )

    @app.get("/docs/oauth2-redirect", include_in_schema=False)
    def swagger_redirect():
        return get_swagger_ui_oauth2_redirect_html()

    @app.get("/redoc", include_in_schema=False)
    def redoc():
        return get_redoc_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title=f"{title} — API",
            redoc_js_url=f"{prefix}/redoc.standalone.js",
            redoc_favicon_url=f"{prefix}/favicon.png",
            with_google_fonts=False,
        )
