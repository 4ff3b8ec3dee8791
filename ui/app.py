"""The web app: FastAPI JSON API under /api (OpenAPI at /docs) and the Gradio chat at /.

``create_app(settings=None, assistant=None)`` builds the app around one Assistant (built lazily
in a background thread when none is given: the index is created from the bundled corpus on first
start, and ``GET /api/health`` says ``building`` meanwhile). ``serve(settings, host, port)`` runs it
with uvicorn.
"""

from __future__ import annotations

import contextlib
import logging
import re
import socket
import sys
from typing import Any

from fastapi import FastAPI

from ingest.settings import Settings, get_settings
from ui.services import Runtime

log = logging.getLogger("plan_assistant.app")

API_DESCRIPTION = """Answers officials' questions about Thanh Hóa's digital-transformation plans, with citations.

* `POST /api/ask` — answer object (`answer`, `found`, numbered `citations` quoting the plan rows).
* `POST /api/ask/stream` — the same as server-sent events.
* `GET /api/search`, `GET /api/documents`, `GET /api/documents/{doc_id}/rows` — what the answers are built from.
* `POST /api/documents`, `DELETE /api/documents/{doc_id}` — need the `X-API-Key` header (`PLAN_ASSISTANT_API_KEY`).

The chat UI is at `/`.
"""


def create_app(settings: Settings | None = None, assistant: Any | None = None, *, chat: bool = True) -> FastAPI:
    """Build the FastAPI app (API + Gradio chat mounted at "/").

    ``assistant``: an existing Assistant (tests, embedding in another process); when None, one is
    built from ``settings`` in a background thread started by the app's lifespan.
    ``chat=False`` leaves out the Gradio UI (API only).
    """
    from ui.api import JsonBodyLimitMiddleware, build_router, install_docs, install_error_handlers

    settings = settings or get_settings()
    runtime = Runtime(settings, assistant=assistant)

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI):
        runtime.start()
        yield

    app = FastAPI(
        title="Plan assistant",
        version=_version(),
        description=API_DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,  # served by ui.api.install_docs with local assets (works offline)
        redoc_url=None,
    )
    app.state.runtime = runtime
    install_error_handlers(app)
    app.add_middleware(JsonBodyLimitMiddleware)
    app.include_router(build_router(runtime))
    install_docs(app)

    @app.get("/api/ingest/progress", summary="Progress of a running ingest (first index build, an upload)")
    def ingest_progress() -> dict:
        """``active``, ``fraction`` (0–1, weighted by file size) and a line of text with chunks embedded and the ETA."""
        from ingest.progress import current

        tracker = current()
        return {"active": tracker.fraction() is not None, "fraction": tracker.fraction(), "text": tracker.describe()}

    if chat:
        import gradio as gr

        from ui.chat import CSS, HEAD, build_blocks, theme

        blocks = build_blocks(runtime)
        app = gr.mount_gradio_app(
            app,
            blocks,
            path="/",
            footer_links=[],
            run_history=False,
            theme=theme(),
            css=CSS,
            head=HEAD,
            show_error=True,
            ssr_mode=False,
            mcp_server=False,
            # the Admin tab uploads plans through Gradio's upload route (ingesting needs the API key)
            max_file_size=f"{max(1, int(settings.max_upload_mb + 0.999))}mb",
        )
        app.add_middleware(HtmlLangMiddleware)
    return app


class HtmlLangMiddleware:
    """The chat page is Vietnamese first: ``<html lang="vi">`` instead of Gradio's ``lang="en"``."""

    _LANG = re.compile(rb'(<html\b[^>]*?\blang=")en(")')

    def __init__(self, app: Any):
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope.get("method") != "GET" or scope.get("path") not in ("/", ""):
            await self.app(scope, receive, send)
            return
        start: dict | None = None
        passthrough = False
        body = bytearray()

        async def capture(message: dict) -> None:
            nonlocal start, passthrough
            if message["type"] == "http.response.start":
                headers = dict((k.lower(), v) for k, v in message.get("headers", []))
                if not headers.get(b"content-type", b"").startswith(b"text/html"):
                    passthrough = True
                    await send(message)
                    return
                start = message
                return
            if passthrough or start is None:
                await send(message)
                return
            body.extend(message.get("body", b""))
            if message.get("more_body"):
                return
            new = self._LANG.sub(rb"\1vi\2", bytes(body), count=1)
            headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
            headers.append((b"content-length", str(len(new)).encode()))
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": new})

        await self.app(scope, receive, capture)


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("plan-assistant")
    except Exception:  # noqa: BLE001
        return "0"


def _bind(host: str, port: int) -> socket.socket:
    """Bind the listening socket ourselves, so a busy port gives a clear message (and no URL)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        hint = (
            "another program (maybe another plan-assistant) is using it; stop it or choose another port with --port"
            if exc.errno in (98, 48, 10048)
            else "check --host"
        )
        print(f"error: cannot listen on {host}:{port}: {exc.strerror or exc}; {hint}", file=sys.stderr, flush=True)
        raise SystemExit(2) from None
    sock.set_inheritable(True)
    return sock


def serve(settings: Settings | None = None, host: str | None = None, port: int | None = None) -> None:
    """Run API + chat with uvicorn until Ctrl-C (SIGINT/SIGTERM shut down cleanly).

    The URL is printed once uvicorn is accepting connections on the bound port.
    """
    import uvicorn

    settings = settings or get_settings()
    host = host or settings.host
    port = int(port or settings.port)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s: %(name)s: %(message)s")
    sock = _bind(host, port)
    app = create_app(settings)
    shown = f"[{host}]" if ":" in host else host
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level="info",
        lifespan="on",
        timeout_graceful_shutdown=3,  # the chat keeps event streams open; don't wait for them forever
    )

    class _Server(uvicorn.Server):
        async def startup(self, sockets=None) -> None:
            await super().startup(sockets=sockets)
            if self.started and not self.should_exit:
                print(f"Plan assistant running at http://{shown}:{port} (API docs: /docs)", flush=True)
                if settings.api_key:
                    print("Document upload/delete enabled (X-API-Key; Admin tab in the page).", flush=True)

    server = _Server(config)
    try:
        server.run(sockets=[sock])  # handles SIGINT/SIGTERM: graceful shutdown, then returns
    except KeyboardInterrupt:  # uvicorn re-raises the captured Ctrl-C after shutting down
        pass
    finally:
        sock.close()
