"""``plan-assistant serve --workers N``: N uvicorn worker processes over one data dir.

Answering is CPU-bound Python (question understanding, BM25, composing), so one process uses one
core however many threads it has (the GIL). N workers use N cores. They share the index through
the mechanisms that make any two processes safe on one data dir (``ingest/locking.py`` and the
catalog generation in ``ingest/store.py``): every write (an upload or delete in any worker, a CLI
ingest) holds the cross-process writer lock, and the other workers notice the new generation,
reload their catalog snapshot and reopen their vector store handles.

**Balancing.** uvicorn's own ``--workers`` share one listening socket, and asyncio accepts every
pending connection in one go: the worker that wakes first takes all the keep-alive connections a
client pool opens at once, and the other cores idle (measured: 2 workers served 8 clients at
1.2x one client, erratically). Where the platform has ``SO_REUSEPORT`` (Linux, macOS) each worker
here binds its own socket to the port instead, and the kernel spreads connections across them by
hash; elsewhere uvicorn's shared socket is used.

**One thread per numeric library.** numpy's OpenBLAS (and torch's OpenMP) run a pool of threads
per process that spin between calls; with one pool per worker they steal each other's cores.
Measured with two processes answering repeated questions on 2 cores: 39.4 answers/s together
against 49.3 for one alone; with one thread each 79.6 together (35.7 alone). Workers therefore
start with ``OMP_NUM_THREADS``, ``OPENBLAS_NUM_THREADS`` and ``MKL_NUM_THREADS`` at 1 unless they
are set (an ingest in a worker still embeds on ``embedding_threads`` threads).

The index is built (or checked) once in the parent before the workers start, so they never race
to build it. Each worker loads its index and warms answering up before it binds the port, so no
request reaches a worker that is starting (or restarting after a crash). Each worker loads its own embedding model (~0.3 GiB RSS each with the default model).
With ``PLAN_ASSISTANT_CHROMA_MODE=server`` the vectors live in one Chroma server instead of N
in-memory HNSW copies (see the README's deployment section).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import socket
import time

from ingest.settings import Settings

#: Thread-pool sizes every worker starts with (unless the environment sets them): see the module docs.
WORKER_THREAD_ENV = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
                     # one answer at a time per worker: the kernel spreads connections over the workers
                     "PLAN_ASSISTANT_ANSWER_CONCURRENCY": "1"}
#: Seconds between a worker's exit and its restart (a worker that keeps dying is not spun on).
RESTART_DELAY = 1.0


def _socket(host: str, port: int, *, reuse_port: bool) -> socket.socket:
    """A TCP socket bound to (host, port); with ``reuse_port`` other workers can bind it too."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if reuse_port:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    return sock


def _worker(host: str, port: int) -> None:  # pragma: no cover - runs in a child process
    import uvicorn

    from ui.app import create_app

    logging.basicConfig(level=logging.INFO, format="%(levelname)s: %(name)s: %(message)s")
    app = create_app()
    # Load and warm up answering before joining the port: the kernel only hands connections to
    # listening sockets, so no request reaches a worker that would answer "still being built"
    # while its siblings answer (a build error is still reported, through /api/health).
    app.state.runtime.wait_ready()
    sock = _socket(host, port, reuse_port=True)
    sock.listen(2048)  # the kernel spreads new connections over the workers' listening sockets
    config = uvicorn.Config(app, log_level="info", lifespan="on", timeout_graceful_shutdown=3)
    uvicorn.Server(config).run(sockets=[sock])


def serve_workers(settings: Settings, host: str, port: int, workers: int) -> None:
    from ingest.pipeline import ensure_index

    logging.basicConfig(level=logging.INFO, format="%(levelname)s: %(name)s: %(message)s")
    ensure_index(settings).close()
    # the workers read their settings from the environment (create_app() → get_settings())
    os.environ["PLAN_ASSISTANT_DATA_DIR"] = str(settings.data_dir)
    os.environ["PLAN_ASSISTANT_HOST"] = host
    os.environ["PLAN_ASSISTANT_PORT"] = str(port)
    for name, value in WORKER_THREAD_ENV.items():  # read by the workers' numpy/torch at import
        os.environ.setdefault(name, value)
    shown = f"[{host}]" if ":" in host else host
    if not hasattr(socket, "SO_REUSEPORT"):  # pragma: no cover - Windows: uvicorn's shared socket
        import uvicorn

        print(f"Plan assistant running at http://{shown}:{port} with {workers} worker processes (API docs: /docs)", flush=True)
        uvicorn.run("ui.app:create_app", factory=True, host=host, port=port, workers=workers, log_level="info",
                    lifespan="on", timeout_graceful_shutdown=3)
        return
    # A port another server holds fails at once with a clear error (SO_REUSEPORT alone would let
    # this instance share it and split the traffic), and port 0 gets its number. The parent then
    # holds the port with a bound socket that does not listen (it takes no connections) until
    # every worker has stopped, so no other server can join the workers' group meanwhile.
    try:
        with _socket(host, port, reuse_port=False) as exclusive:
            port = exclusive.getsockname()[1]
        holder = _socket(host, port, reuse_port=True)
    except OSError as exc:
        raise SystemExit(f"error: cannot listen on {shown}:{port}: {exc.strerror or exc}; is another server running there?") from None
    os.environ["PLAN_ASSISTANT_PORT"] = str(port)
    print(f"Plan assistant running at http://{shown}:{port} with {workers} worker processes (API docs: /docs)", flush=True)
    context = multiprocessing.get_context("spawn")  # no fork of a process that may hold threads
    stopping = False

    def start() -> multiprocessing.process.BaseProcess:
        proc = context.Process(target=_worker, args=(host, port), name="plan-assistant-worker")
        proc.start()
        return proc

    def stop(signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    procs = [start() for _ in range(workers)]
    try:
        while not stopping:
            for i, proc in enumerate(procs):
                if not proc.is_alive() and not stopping:
                    logging.getLogger(__name__).warning("worker %s exited with %s; restarting it", proc.pid, proc.exitcode)
                    time.sleep(RESTART_DELAY)
                    procs[i] = start()
            time.sleep(0.2)
    finally:
        for proc in procs:
            if proc.is_alive():
                os.kill(proc.pid, signal.SIGTERM)  # uvicorn shuts down gracefully on SIGTERM
        deadline = time.monotonic() + 10
        for proc in procs:
            proc.join(max(0.0, deadline - time.monotonic()))
            if proc.is_alive():
                proc.kill()
        holder.close()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
