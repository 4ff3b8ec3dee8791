"""``plan-assistant serve --workers N``: N uvicorn worker processes over one data dir.

Answering is CPU-bound Python (question understanding, BM25, composing), so one process uses one
core however many threads it has (the GIL). N workers use N cores. They share the index through
the mechanisms that make any two processes safe on one data dir (``ingest/locking.py`` and the
catalog generation in ``ingest/store.py``): every write (an upload or delete in any worker, a CLI
ingest) holds the cross-process writer lock, and the other workers notice the new generation,
reload their catalog snapshot and reopen their vector store handles.

The index is built (or checked) once in the parent before the workers start, so they never race
to build it. Each worker loads its own embedding model (~0.3 GiB RSS each with the default model).
With ``PLAN_ASSISTANT_CHROMA_MODE=server`` the vectors live in one Chroma server instead of N
in-memory HNSW copies (see the README's deployment section).
"""

from __future__ import annotations

import logging
import os

from ingest.settings import Settings


def serve_workers(settings: Settings, host: str, port: int, workers: int) -> None:
    import uvicorn

    from ingest.pipeline import ensure_index

    logging.basicConfig(level=logging.INFO, format="%(levelname)s: %(name)s: %(message)s")
    ensure_index(settings).close()
    # the workers read their settings from the environment (create_app() → get_settings())
    os.environ["PLAN_ASSISTANT_DATA_DIR"] = str(settings.data_dir)
    os.environ["PLAN_ASSISTANT_HOST"] = host
    os.environ["PLAN_ASSISTANT_PORT"] = str(port)
    shown = f"[{host}]" if ":" in host else host
    print(f"Plan assistant running at http://{shown}:{port} with {workers} worker processes (API docs: /docs)", flush=True)
    uvicorn.run(
        "ui.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="info",
        lifespan="on",
        timeout_graceful_shutdown=3,
    )
