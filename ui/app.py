"""The web app: FastAPI JSON API under /api (OpenAPI at /docs) and the Gradio chat at /.

``create_app(settings=None, assistant=None)`` builds the app around one Assistant (built lazily
in a background thread when none is given: the index is created from the bundled corpus on first
start, and ``GET /api/health`` says ``building`` meanwhile). ``serve(settings, host, port)`` runs it
with uvicorn.
"""

from __future__ import annotations

import contextlib
import logging
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
    from ui.api import JsonBodyLimitMiddleware, build_router, install_error_handlers

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
        docs_url="/docs",
        redoc_url=None,
    )
    app.state.runtime = runtime
    install_error_handlers(app)
    app.add_middleware(JsonBodyLimitMiddleware)
    app.include_router(build_router(runtime))

    if chat:
        import gradio as gr

        from ui.chat import CSS, build_blocks, theme

        blocks = build_blocks(runtime)
        app = gr.mount_gradio_app(
            app,
            blocks,
            path="/",
            footer_links=[],
            run_history=False,
            theme=theme(),
            css=CSS,
            show_error=True,
            ssr_mode=False,
            mcp_server=False,
            max_file_size="1mb",  # the chat has no file inputs; keep Gradio's own upload route small
        )
    return app


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("plan-assistant")
    except Exception:  # noqa: BLE001
        return "0"


def serve(settings: Settings | None = None, host: str | None = None, port: int | None = None) -> None:
    """Run API + chat with uvicorn until Ctrl-C (SIGINT/SIGTERM shut down cleanly)."""
    import uvicorn

    settings = settings or get_settings()
    host = host or settings.host
    port = int(port or settings.port)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s: %(name)s: %(message)s")
    app = create_app(settings)
    shown = f"[{host}]" if ":" in host else host
    print(f"Plan assistant running at http://{shown}:{port} (API docs: /docs)", flush=True)
    if settings.api_key:
        print("Document upload/delete enabled (X-API-Key).", flush=True)
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level="info",
        lifespan="on",
        timeout_graceful_shutdown=3,  # the chat keeps event streams open; don't wait for them forever
    )
    server = uvicorn.Server(config)
    try:
        server.run()  # handles SIGINT/SIGTERM: graceful shutdown, then returns
    except KeyboardInterrupt:  # uvicorn re-raises the captured Ctrl-C after shutting down
        pass
