"""JSON API: thin routers over the same Assistant object the CLI uses.

Every error answers ``{"error": "<what happened and what to do>"}`` with a fitting status.
Blocking work (retrieval, ingest) runs in the thread pool: ``def`` endpoints or
``run_in_threadpool``.
"""

from __future__ import annotations

import hmac
import json
import logging
from typing import Any, Iterator

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, Field
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


class HistoryMessage(BaseModel):
    role: str = Field(description="'user' or 'assistant'")
    content: Any = Field(description="Message text")


class AskRequest(BaseModel):
    question: str = Field(description="The question, in Vietnamese or English.", examples=["who leads indicator 18 and what's the 2026 target"])
    doc_ids: list[str] | None = Field(default=None, description="Restrict to these documents (GET /api/documents); empty = all plans.")
    history: list[HistoryMessage] | None = Field(default=None, description="Earlier turns of the conversation, oldest first.")


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
    question: str
    answer: str
    citations: list[dict] = Field(default_factory=list)
    rating: str = Field(description="'up' or 'down'")
    comment: str | None = None


class ErrorOut(BaseModel):
    error: str


ERRORS = {
    400: {"model": ErrorOut},
    404: {"model": ErrorOut},
    413: {"model": ErrorOut},
    422: {"model": ErrorOut},
    503: {"model": ErrorOut},
}


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers)


# --------------------------------------------------------------------------------------
# error handlers: layer errors → status codes
# --------------------------------------------------------------------------------------


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ServiceError)
    async def _service(_: Request, exc: ServiceError):
        return _error(exc.status_code, exc.message, exc.headers)

    @app.exception_handler(InvalidQuestionError)
    async def _invalid_question(_: Request, exc: InvalidQuestionError):
        return _error(422, str(exc))

    @app.exception_handler(UnknownDocumentError)
    async def _unknown_doc(_: Request, exc: UnknownDocumentError):
        return _error(404, f"{exc}; see GET /api/documents")

    @app.exception_handler(UnreadableFileError)
    async def _unreadable(_: Request, exc: UnreadableFileError):
        return _error(422, f"cannot read the file: {exc.reason}")

    @app.exception_handler(IndexUnavailableError)
    async def _index(_: Request, exc: IndexUnavailableError):
        return _error(503, f"the index is unavailable: {exc}; check PLAN_ASSISTANT_DATA_DIR and disk space, then retry")

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
        for err in exc.errors():
            loc = ".".join(str(p) for p in err.get("loc", ()) if p not in ("body", "query", "path"))
            parts.append(f"{loc or 'request'}: {err.get('msg')}")
        return _error(422, "invalid request — " + "; ".join(parts) + " (see /docs for the expected format)")

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else json.dumps(exc.detail, ensure_ascii=False)
        if exc.status_code == 404 and message == "Not Found":
            message = "no such endpoint; see /docs for the API"

        return _error(exc.status_code, message, getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception):
        log.exception("unexpected error")
        return _error(500, f"internal error ({type(exc).__name__}); the server log has the details")


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


def _require_key(runtime: Runtime, request: Request) -> None:
    expected = runtime.settings.api_key
    if not expected:
        raise ServiceError(
            "document upload and deletion are disabled; start the server with PLAN_ASSISTANT_API_KEY=<secret> "
            "and send it in the X-API-Key header",
            status_code=403,
        )
    given = request.headers.get("x-api-key", "")
    if not given or not hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8")):
        raise ServiceError("missing or wrong X-API-Key header; send the key configured in PLAN_ASSISTANT_API_KEY", status_code=401)


def _check_question(runtime: Runtime, question: str) -> None:
    limit = runtime.settings.max_question_chars
    if len(question) > limit:
        raise ServiceError(f"the question has {len(question)} characters, more than the limit of {limit}; shorten it", status_code=413)


def _known_doc(assistant: Any, doc_id: str) -> Any:
    doc = assistant.store.document(doc_id)
    if doc is None:
        known = ", ".join(d.doc_id for d in assistant.store.documents()) or "(none)"
        raise ServiceError(f"unknown document '{doc_id}'; known documents: {known} (GET /api/documents)", status_code=404)
    return doc


def _sse(event: str, data: Any) -> str:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


# --------------------------------------------------------------------------------------
# routes
# --------------------------------------------------------------------------------------


def build_router(runtime: Runtime) -> APIRouter:
    router = APIRouter(prefix="/api")
    settings = runtime.settings

    @router.get("/health", summary="Readiness: 'building' while the index is built on first start")
    def health() -> dict:
        status = runtime.status
        n_docs = 0
        model = ""
        if status == "ok":
            store = runtime.get().store
            try:
                n_docs = len(store.documents())
            except Exception:  # noqa: BLE001 - health must answer
                log.exception("health: cannot list documents")
            model = getattr(store, "embedding_model_name", "") or ""
        out = {
            "status": status,
            "documents": n_docs,
            "embedding_model": model or settings.embedding_model or "all-MiniLM-L6-v2 (offline default)",
            "index_dir": str(settings.index_dir),
        }
        if status == "error":
            out["error"] = runtime.error_message
        return out

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
        answer = assistant.answer(body.question, doc_ids=body.doc_ids or None, history=history)
        return answer_dict(answer)

    @router.post(
        "/ask/stream",
        responses={200: {"content": {"text/event-stream": {}}, "description": "Server-sent events: token*, citations, done"}, **ERRORS},
        summary="Answer as server-sent events",
        description="Events: `token` (data: JSON string, a piece of the answer text), then `citations` "
        "(data: JSON list of citations), then `done` (data: the full answer object). An `error` event carries "
        '`{"error": ...}` if answering fails mid-way.',
    )
    async def ask_stream(body: AskRequest):
        _check_question(runtime, body.question)
        assistant = runtime.get()
        history = normalise_history([m.model_dump() for m in body.history or []]) or None
        gen = assistant.stream(body.question, doc_ids=body.doc_ids or None, history=history)
        _done = object()
        # Prime the generator so validation errors become a normal JSON error response.
        first = await run_in_threadpool(next, gen, _done)

        def events() -> Iterator[str]:
            item = first
            try:
                while item is not _done:
                    if isinstance(item, str):
                        if item:
                            yield _sse("token", item)
                    else:
                        data = answer_dict(item)
                        yield _sse("citations", data.get("citations", []))
                        yield _sse("done", data)
                    item = next(gen, _done)
            except Exception as exc:  # noqa: BLE001 - reported to the client as an event
                log.exception("streaming answer failed")
                yield _sse("error", {"error": f"answering failed ({type(exc).__name__}: {exc})"})
            finally:
                close = getattr(gen, "close", None)
                if close:
                    close()

        return StreamingResponse(events(), media_type="text/event-stream", headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    @router.get("/search", responses=ERRORS, summary="Ranked chunks for a query (hybrid search)")
    def search(
        q: str = Query(..., min_length=1, description="Query text"),
        doc_id: list[str] | None = Query(default=None, description="Restrict to this document (repeatable)"),
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

    @router.get("/documents", summary="Ingested documents")
    def documents() -> list[dict]:
        return [d.model_dump(mode="json") | {"display_title": d.display_title} for d in runtime.get().store.documents()]

    @router.get("/documents/{doc_id}", responses=ERRORS, summary="One document, with its appendices")
    def document(doc_id: str) -> dict:
        assistant = runtime.get()
        doc = _known_doc(assistant, doc_id)
        rows = assistant.store.rows(doc_id=doc_id)
        return doc.model_dump(mode="json") | {"display_title": doc.display_title, "appendices": appendices_of(rows)}

    @router.get("/documents/{doc_id}/rows", responses=ERRORS, summary="Structured table rows of a document")
    def rows(
        doc_id: str,
        appendix: str | None = Query(default=None, description="'Phụ lục I' or 'I'"),
        agency: str | None = Query(default=None, description="Lead or coordinating agency, e.g. 'Công an tỉnh'"),
        year: str | None = Query(default=None, description="Rows with a target for this year"),
        q: str | None = Query(default=None, description="Free text contained in the row"),
    ) -> list[dict]:
        assistant = runtime.get()
        _known_doc(assistant, doc_id)
        return [row_to_dict(r) for r in find_rows(assistant, doc_id, appendix=appendix, agency=agency, year=year, text=q)]

    @router.post(
        "/documents",
        responses={401: {"model": ErrorOut}, 403: {"model": ErrorOut}, 415: {"model": ErrorOut}, **ERRORS},
        summary="Upload and ingest a plan (.pdf, .docx, .txt, .md); needs X-API-Key",
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
    async def upload(request: Request) -> dict:
        _require_key(runtime, request)
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
                return await run_in_threadpool(save_and_ingest_upload, runtime, staged, upload_file.filename)
            finally:
                staged.unlink(missing_ok=True)
        finally:
            await form.close()

    @router.delete("/documents/{doc_id}", responses={401: {"model": ErrorOut}, 403: {"model": ErrorOut}, **ERRORS}, summary="Remove a document from the index; needs X-API-Key")
    def delete(doc_id: str, request: Request) -> dict:
        _require_key(runtime, request)
        assistant = runtime.get()
        with runtime.write_lock:
            _known_doc(assistant, doc_id)
            deleted = assistant.store.delete_document(doc_id)
            if not deleted:
                raise ServiceError(f"unknown document '{doc_id}'; see GET /api/documents", status_code=404)
            removed = remove_uploaded_files(settings, doc_id)
        return {"deleted": doc_id, "removed_files": removed}

    @router.post("/feedback", responses=ERRORS, summary="Record a thumbs up/down on an answer")
    def feedback(body: FeedbackRequest) -> dict:
        record = runtime.feedback.append(
            question=body.question, answer=body.answer, citations=body.citations, rating=body.rating, comment=body.comment
        )
        return {"ok": True, "record": record}

    return router
