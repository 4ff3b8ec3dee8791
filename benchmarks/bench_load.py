"""Load benchmark of POST /api/ask: throughput and latency at several concurrency levels.

Starts ``plan-assistant serve`` on a free loopback port (or targets ``--url``, which must be a
loopback address), warms it up, then for each concurrency level sends a bounded number of
requests with ``httpx.AsyncClient`` (questions from evals/dev.jsonl, cycled) and prints a table:
requests/s, p50/p95/max client latency, and the server-reported ``latency_ms``.

    .venv/bin/python benchmarks/bench_load.py                    # own server, configured data dir
    .venv/bin/python benchmarks/bench_load.py --levels 1,8,32 --requests 64
    .venv/bin/python benchmarks/bench_load.py --url http://127.0.0.1:8000
    .venv/bin/python benchmarks/bench_load.py --workers 2        # `serve --workers 2`
    .venv/bin/python benchmarks/bench_load.py --workers 2 --chroma-server   # + a Chroma server
    .venv/bin/python benchmarks/bench_load.py --bomb             # + RSS after a rejected zip-bomb upload

For a server it starts, it also prints the server's resident memory (all its processes): peak
(VmHWM) after the load, and before/after a rejected 1 GiB-unpacked .docx upload with ``--bomb``.
"""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import json
import os
import platform
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlparse

import httpx

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_QUESTIONS = PROJECT_ROOT / "evals" / "dev.jsonl"


def is_loopback(url: str) -> bool:
    host = urlparse(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def load_questions(path: Path) -> list[str]:
    questions = []
    for line in path.read_text("utf-8").splitlines():
        line = line.strip()
        if line:
            questions.append(json.loads(line)["question"])
    if not questions:
        raise SystemExit(f"error: no questions in {path}")
    return questions


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


# ---------------------------------------------------------------------------------- server


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(data_dir: str | None, ready_timeout: float, workers: int = 1, port: int | None = None,
                 extra_env: dict | None = None) -> tuple[subprocess.Popen, str, Path]:
    port = port or free_port()
    exe = Path(sys.executable).with_name("plan-assistant")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "ui.cli"]
    cmd += ["serve", "--host", "127.0.0.1", "--port", str(port)]
    if workers > 1:
        cmd += ["--workers", str(workers)]
    env = dict(os.environ, PYTHONUNBUFFERED="1", PLAN_ASSISTANT_WRITE_RATE_PER_MINUTE="0", **(extra_env or {}))
    if data_dir:
        env["PLAN_ASSISTANT_DATA_DIR"] = data_dir
    log = Path(tempfile.mkstemp(prefix="bench-load-server-", suffix=".log")[1])
    with open(log, "wb") as fh:
        proc = subprocess.Popen(cmd, cwd=PROJECT_ROOT, env=env, stdout=fh, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    started = time.monotonic()
    while time.monotonic() - started < ready_timeout:
        if proc.poll() is not None:
            raise SystemExit(f"error: the server exited with {proc.returncode}; log: {log}\n{log.read_text(errors='replace')[-3000:]}")
        try:
            health = httpx.get(f"{url}/api/health", timeout=5).json()
            if health.get("status") == "ok" and workers > 1:
                time.sleep(5)  # every worker builds its assistant; the first answer says nothing of the others
                health = httpx.get(f"{url}/api/health", timeout=5).json()
            if health["status"] == "ok":
                print(f"server ready at {url} in {time.monotonic() - started:.1f} s ({health['documents']} documents, {health['embedding_model']})")
                return proc, url, log
            if health["status"] == "error":
                raise SystemExit(f"error: the server could not build the index: {health.get('error')}")
        except httpx.HTTPError:
            pass
        time.sleep(1)
    stop_server(proc)
    raise SystemExit(f"error: the server was not ready after {ready_timeout:.0f} s; log: {log}")


# ---------------------------------------------------------------------------------- memory


def process_tree(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        p = todo.pop()
        pids.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    todo.extend(int(c) for c in fh.read().split())
        except OSError:
            pass
    return pids


def memory_mib(pid: int) -> dict:
    """Sum over the server's processes of VmRSS (now) and VmHWM (peak), in MiB."""
    now = peak = 0
    for p in process_tree(pid):
        try:
            with open(f"/proc/{p}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        now += int(line.split()[1])
                    elif line.startswith("VmHWM:"):
                        peak += int(line.split()[1])
        except OSError:
            pass
    return {"rss_mib": now / 1024, "peak_rss_mib": peak / 1024}


def docx_bomb(unpacked_mib: int = 1024) -> bytes:
    """A .docx whose word/document.xml (the part python-docx parses) unpacks to ``unpacked_mib``
    MiB of blanks inside a valid body (about 1 MB on disk)."""
    import io
    import zipfile

    import docx

    doc = docx.Document()
    doc.add_paragraph("Kế hoạch")
    buf = io.BytesIO()
    doc.save(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != "word/document.xml":
                dst.writestr(info, src.read(info))
        xml = src.read("word/document.xml")
        head, tail = xml.split(b"<w:body>", 1)
        with dst.open("word/document.xml", "w") as fh:
            fh.write(head + b"<w:body>")
            block = b" " * (1 << 20)
            for _ in range(unpacked_mib):
                fh.write(block)
            fh.write(tail)
    return out.getvalue()


def bomb_upload(url: str, key: str, pid: int) -> dict:
    before = memory_mib(pid)
    data = docx_bomb()
    resp = httpx.post(f"{url}/api/documents", headers={"X-API-Key": key}, files={"file": (f"bomb-{os.getpid()}.docx", data, "application/octet-stream")}, timeout=300)
    time.sleep(1)
    after = memory_mib(pid)
    return {"status": resp.status_code, "message": resp.json().get("error", "")[:160], "upload_bytes": len(data),
            "rss_before_mib": before["rss_mib"], "rss_after_mib": after["rss_mib"], "peak_rss_mib": after["peak_rss_mib"]}


def start_chroma_server(path: str, port: int) -> subprocess.Popen:
    chroma = Path(sys.executable).with_name("chroma")
    proc = subprocess.Popen([str(chroma), "run", "--path", path, "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(120):
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    proc.kill()
    raise SystemExit("error: the Chroma server did not start")


def stop_server(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


# ---------------------------------------------------------------------------------- load


async def run_level(url: str, questions: list[str], concurrency: int, n_requests: int, timeout: float, offset: int = 0,
                    keep_alive: bool = True) -> dict:
    queue: asyncio.Queue[str] = asyncio.Queue()
    for i in range(n_requests):
        queue.put_nowait(questions[(offset + i) % len(questions)])
    latencies: list[float] = []
    server_ms: list[float] = []
    errors: dict[str, int] = {}
    # without keep-alive every request opens a connection of its own, which a multi-worker server
    # hands to any of its workers (the warm-up must reach each worker's caches)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency if keep_alive else 0)

    async with httpx.AsyncClient(base_url=url, timeout=timeout, limits=limits) as client:

        async def worker() -> None:
            while True:
                try:
                    question = queue.get_nowait()
                except asyncio.QueueEmpty:
                    return
                t0 = time.perf_counter()
                try:
                    resp = await client.post("/api/ask", json={"question": question})
                    elapsed = (time.perf_counter() - t0) * 1000
                    if resp.status_code == 200:
                        data = resp.json()
                        if not isinstance(data.get("answer"), str) or not isinstance(data.get("citations"), list):
                            errors["malformed"] = errors.get("malformed", 0) + 1
                            continue
                        latencies.append(elapsed)
                        server_ms.append(float(data.get("latency_ms", 0.0)))
                    else:
                        key = f"HTTP {resp.status_code}"
                        errors[key] = errors.get(key, 0) + 1
                except httpx.HTTPError as exc:
                    key = type(exc).__name__
                    errors[key] = errors.get(key, 0) + 1

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        wall = time.perf_counter() - started

    return {
        "concurrency": concurrency,
        "requests": n_requests,
        "ok": len(latencies),
        "errors": errors,
        "seconds": wall,
        "throughput_rps": len(latencies) / wall if wall > 0 else 0.0,
        "p50_ms": percentile(latencies, 50),
        "p95_ms": percentile(latencies, 95),
        "max_ms": max(latencies) if latencies else float("nan"),
        "server_mean_ms": statistics.fmean(server_ms) if server_ms else float("nan"),
    }


def print_table(results: list[dict]) -> None:
    header = f"{'clients':>7} {'requests':>8} {'ok':>5} {'errors':>8} {'req/s':>8} {'p50 ms':>9} {'p95 ms':>9} {'max ms':>9} {'server ms':>10}"
    print(header)
    print("-" * len(header))
    for r in results:
        errs = sum(r["errors"].values())
        print(
            f"{r['concurrency']:>7} {r['requests']:>8} {r['ok']:>5} {errs:>8} {r['throughput_rps']:>8.2f} "
            f"{r['p50_ms']:>9.1f} {r['p95_ms']:>9.1f} {r['max_ms']:>9.1f} {r['server_mean_ms']:>10.1f}"
        )
    for r in results:
        if r["errors"]:
            print(f"  errors at {r['concurrency']} clients: {r['errors']}")
    print("(client latency = request round trip; server ms = mean latency_ms reported in the answers)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="Target a running server (loopback only), e.g. http://127.0.0.1:8000")
    parser.add_argument("--data-dir", help="PLAN_ASSISTANT_DATA_DIR for the server this script starts (default: the configured one)")
    parser.add_argument("--levels", default="1,2,8,32", help="Comma-separated concurrency levels (default 1,2,8,32)")
    parser.add_argument("--workers", type=int, default=1, help="`serve --workers N` for the server this script starts")
    parser.add_argument("--port", type=int, help="Port for the server this script starts (default: a free one)")
    parser.add_argument("--chroma-server", action="store_true", help="Also start a Chroma server and serve with PLAN_ASSISTANT_CHROMA_MODE=server")
    parser.add_argument("--bomb", action="store_true", help="After the load, upload a rejected zip-bomb .docx and report the server's RSS")
    parser.add_argument("--requests", type=int, default=64, help="Requests per level (default 64)")
    parser.add_argument("--warmup", type=int, default=8, help="Warm-up requests before measuring (default 8)")
    parser.add_argument("--questions", type=Path, default=DEFAULT_QUESTIONS, help="JSONL question file (default evals/dev.jsonl)")
    parser.add_argument("--timeout", type=float, default=120.0, help="Per-request timeout in seconds")
    parser.add_argument("--ready-timeout", type=float, default=900.0, help="Seconds to wait for the started server's index")
    parser.add_argument("--json", type=Path, help="Also write the results to this JSON file")
    args = parser.parse_args(argv)

    try:
        levels = [int(x) for x in args.levels.split(",") if x.strip()]
    except ValueError:
        parser.error("--levels must be comma-separated integers, e.g. 1,8,32")
    if not levels or min(levels) < 1 or args.requests < 1:
        parser.error("levels and --requests must be positive")
    questions = load_questions(args.questions)

    proc = None
    chroma = None
    extra_env: dict = {}
    key = "bench-load-key"
    if args.bomb:
        extra_env["PLAN_ASSISTANT_API_KEY"] = key
    if args.chroma_server and not args.url:
        cport = free_port()
        cdir = tempfile.mkdtemp(prefix="bench-chroma-")
        chroma = start_chroma_server(cdir, cport)
        extra_env.update(PLAN_ASSISTANT_CHROMA_MODE="server", PLAN_ASSISTANT_CHROMA_PORT=str(cport), PLAN_ASSISTANT_CHROMA_HOST="127.0.0.1")
    if args.url:
        url = args.url.rstrip("/")
        if not is_loopback(url):
            parser.error(f"--url must point to a loopback address (127.0.0.1, ::1, localhost), got {url}")
        health = httpx.get(f"{url}/api/health", timeout=10).json()
        if health.get("status") != "ok":
            raise SystemExit(f"error: {url} is not ready: {health}")
    else:
        proc, url, _log = start_server(args.data_dir, args.ready_timeout, workers=args.workers, port=args.port, extra_env=extra_env)

    try:
        print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}")
        print(f"questions: {len(questions)} from {args.questions}; {args.requests} requests per level; warm-up {args.warmup}")
        if args.warmup:
            warm = asyncio.run(run_level(url, questions, min(8, args.warmup), args.warmup, args.timeout, keep_alive=False))
            if warm["ok"] == 0:
                raise SystemExit(f"error: every warm-up request failed: {warm['errors']}")
        results = []
        for level in levels:
            result = asyncio.run(run_level(url, questions, level, args.requests, args.timeout, offset=args.warmup))
            results.append(result)
            print(f"  {level:>3} clients: {result['throughput_rps']:.2f} req/s, p50 {result['p50_ms']:.0f} ms, p95 {result['p95_ms']:.0f} ms", flush=True)
        print()
        print_table(results)
        if proc is not None:
            mem = memory_mib(proc.pid)
            deployment = f"{args.workers} worker(s), Chroma {'server' if args.chroma_server else 'embedded'}"
            print(f"server memory ({deployment}): peak RSS {mem['peak_rss_mib']:.0f} MiB (sum of VmHWM over its processes), now {mem['rss_mib']:.0f} MiB")
            results.append({"memory": mem, "workers": args.workers, "chroma_server": args.chroma_server})
            if args.bomb:
                bomb = bomb_upload(url, key, proc.pid)
                print(f"rejected bomb upload ({bomb['upload_bytes'] / 1e6:.1f} MB, 1 GiB unpacked): HTTP {bomb['status']} — {bomb['message']}")
                print(f"  RSS before {bomb['rss_before_mib']:.0f} MiB, after {bomb['rss_after_mib']:.0f} MiB, peak {bomb['peak_rss_mib']:.0f} MiB")
                results.append({"bomb": bomb})
        if args.json:
            args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    finally:
        if proc is not None:
            stop_server(proc)
        if chroma is not None:
            chroma.kill()
            chroma.wait()
    return 0 if all(not r.get("errors") for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
