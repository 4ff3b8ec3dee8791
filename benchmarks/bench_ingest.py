"""Ingest benchmark: time (first run and an unchanged re-run), peak RSS and index size on disk.

Scenarios: the bundled corpus, and the same corpus replicated N times under new names
(``<stem>_copy01.txt`` … with matching manifest entries), so every copy is its own document with its
own chunk ids. Each scenario runs in a fresh child process (so peak RSS is its own) with a fresh
temporary data directory (embedded Chroma).

    .venv/bin/python benchmarks/bench_ingest.py            # corpus ×1 and ×20
    .venv/bin/python benchmarks/bench_ingest.py --copies 5
    .venv/bin/python benchmarks/bench_ingest.py --copies 0 --embedding-model all-MiniLM-L6-v2

The embedding model is the configured default unless ``--embedding-model`` names another. Besides
wall time, the CPU time of the first ingest is printed: on a machine shared with other work the
wall time grows with the load, the CPU time much less.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def replicate(corpus: Path, target: Path, copies: int) -> Path:
    """Copy every corpus file ``copies`` times as ``<stem>_copyNN<suffix>`` with manifest entries."""
    from ingest.pipeline import MANIFEST_NAME, discover, load_manifest

    target.mkdir(parents=True, exist_ok=True)
    manifest = load_manifest(corpus)
    entries = []
    for path in discover([corpus]):
        for n in range(1, copies + 1):
            name = f"{path.stem}_copy{n:02d}{path.suffix}"
            shutil.copyfile(path, target / name)
            if path.name in manifest:
                entries.append({**manifest[path.name], "file": name})
    (target / MANIFEST_NAME).write_text(json.dumps({"documents": entries}, ensure_ascii=False), encoding="utf-8")
    return target


def run_child(corpus: Path, data_dir: Path) -> dict:
    """One scenario, in this (fresh) process: first ingest, unchanged re-ingest, first query."""
    from ingest.pipeline import ingest_paths
    from ingest.settings import Settings
    from ingest.store import IndexStore

    settings = Settings(data_dir=data_dir, corpus_dir=corpus)
    load0 = os.getloadavg()[0]
    t0 = time.perf_counter()
    c0 = time.process_time()
    first = ingest_paths([corpus], settings=settings)
    t1 = time.perf_counter()
    cpu_first = time.process_time() - c0
    second = ingest_paths([corpus], settings=settings)
    t2 = time.perf_counter()
    store = IndexStore(settings)
    store.rows()  # warm the catalog snapshot
    t3 = time.perf_counter()
    store.rows(doc_id=store.documents()[0].doc_id, appendix="I")
    store.chunks()
    t4 = time.perf_counter()
    store.dense_search("tỉ lệ dịch vụ công trực tuyến toàn trình", 8)
    t5 = time.perf_counter()
    store.dense_search("who leads the data governance maturity indicator", 8)
    t6 = time.perf_counter()
    rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    return {
        "files": first.documents + len(first.skipped),
        "documents": first.documents,
        "skipped": len(first.skipped),
        "rows": first.rows,
        "chunks": first.chunks,
        "first_s": t1 - t0,
        "first_cpu_s": cpu_first,
        "load_avg": (load0 + os.getloadavg()[0]) / 2,
        "embedding_model": store.embedding_model_name,
        "second_s": t2 - t1,
        "second_unchanged": len(second.unchanged),
        "snapshot_load_ms": (t3 - t2) * 1000,
        "cached_read_ms": (t4 - t3) * 1000,
        "dense_query_ms": (t5 - t4) * 1000,
        "dense_warm_ms": (t6 - t5) * 1000,
        "peak_rss_mib": rss_kib / 1024,
        "index_mib": _dir_size(settings.index_dir) / (1024 * 1024),
        "catalog_mib": _dir_size(settings.index_dir) / (1024 * 1024) - _dir_size(settings.index_dir / "chroma") / (1024 * 1024),
    }


def _scenario(label: str, corpus: Path, embedding_model: str | None = None) -> dict:
    env = dict(os.environ)
    if embedding_model is not None:
        env["PLAN_ASSISTANT_EMBEDDING_MODEL"] = embedding_model
    with tempfile.TemporaryDirectory(prefix="bench-ingest-data-") as data_dir:
        proc = subprocess.run(
            [sys.executable, __file__, "--_child", str(corpus), data_dir],
            capture_output=True,
            text=True,
            check=False,
            env=env,
        )
    if proc.returncode != 0:
        raise SystemExit(f"{label}: child failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["scenario"] = label
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=20, help="replication factor of the large scenario (default 20; 0 skips it)")
    parser.add_argument("--corpus", type=Path, default=None, help="corpus folder (default: the bundled corpus/)")
    parser.add_argument("--embedding-model", default=None,
                        help="PLAN_ASSISTANT_EMBEDDING_MODEL for the runs (default: the configured model)")
    parser.add_argument("--_child", nargs=2, metavar=("CORPUS", "DATA_DIR"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args._child:
        print(json.dumps(run_child(Path(args._child[0]), Path(args._child[1]))))
        return 0

    from ingest.settings import Settings

    corpus = args.corpus or Settings().corpus_dir
    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} (1 min) at start", flush=True)
    results = [_scenario("corpus ×1", corpus, args.embedding_model)]
    print(f"corpus ×1 done in {results[0]['first_s']:.1f} s ({results[0]['embedding_model']})", flush=True)
    if args.copies > 0:
        with tempfile.TemporaryDirectory(prefix="bench-ingest-corpus-") as tmp:
            big = replicate(corpus, Path(tmp) / "corpus", args.copies)
            results.append(_scenario(f"corpus ×{args.copies}", big, args.embedding_model))

    cols = [
        ("scenario", "scenario", "{}"),
        ("docs", "documents", "{}"),
        ("rows", "rows", "{}"),
        ("chunks", "chunks", "{}"),
        ("first ingest s", "first_s", "{:.1f}"),
        ("CPU s", "first_cpu_s", "{:.1f}"),
        ("load avg", "load_avg", "{:.1f}"),
        ("re-ingest s (unchanged)", "second_s", "{:.2f}"),
        ("chunks/s", None, None),
        ("peak RSS MiB", "peak_rss_mib", "{:.0f}"),
        ("index MiB", "index_mib", "{:.1f}"),
        ("catalog MiB", "catalog_mib", "{:.1f}"),
        ("catalog load ms", "snapshot_load_ms", "{:.0f}"),
        ("1st dense query ms", "dense_query_ms", "{:.0f}"),
        ("warm dense query ms", "dense_warm_ms", "{:.0f}"),
    ]
    table = []
    for r in results:
        row = []
        for _, key, fmt in cols:
            if key is None:
                row.append(f"{r['chunks'] / r['first_s']:.1f}" if r["first_s"] else "-")
            else:
                row.append(fmt.format(r[key]))
        table.append(row)
    widths = [max(len(h), *(len(row[i]) for row in table)) for i, (h, _, _) in enumerate(cols)]
    print()
    print(" | ".join(h.ljust(w) for (h, _, _), w in zip(cols, widths)))
    print("-+-".join("-" * w for w in widths))
    for row in table:
        print(" | ".join(v.ljust(w) for v, w in zip(row, widths)))
    for r in results:
        if r["skipped"]:
            print(f"note: {r['scenario']}: {r['skipped']} file(s) skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
