"""``plan-assistant eval``: answer a question set, score it, write the report; or compare runs.

Examples::

    plan-assistant eval --questions evals/dev.jsonl --out runs/dev
    plan-assistant eval --questions evals/dev.jsonl evals/project.jsonl --out runs/all --baseline
    plan-assistant eval --compare runs/before runs/after [--out runs/diff]

A question file with gold fields (any question with ``expected`` or ``type``) is scored:
``metrics.json``, ``report.md`` and ``accuracy_by_type.png`` are written besides
``results.jsonl``, ``retrieval.jsonl`` and ``scores.jsonl``. A file with only ``id`` and
``question`` is answered (``results.jsonl``) without scores.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from evals import metrics as M

#: Files a run owns in its output folder; stale ones from an earlier run are removed first.
RUN_FILES = ("results.jsonl", "retrieval.jsonl", "scores.jsonl", "metrics.json", "report.md", "accuracy_by_type.png", "baseline_scores.jsonl")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--questions", nargs="+", metavar="FILE", help="Question files (JSON Lines); required unless --compare.")
    parser.add_argument("--out", metavar="DIR", help="Output folder (results.jsonl, metrics.json, report.md, ...); required unless --compare.")
    parser.add_argument("--baseline", action="store_true", help="Also score the LangChain quick-start baseline (same embedding model, top-4 chunks).")
    parser.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"), help="Compare two run folders: list questions that flipped.")
    parser.add_argument("--limit", type=int, metavar="N", help="Only the first N questions.")
    parser.add_argument("--doc", action="append", metavar="DOC_ID", help="Restrict answers to this doc_id (repeatable).")
    parser.add_argument("--no-progress", dest="progress", action="store_false", help="No progress bar.")


def _score_line(s: Mapping[str, Any], gold: bool) -> dict[str, Any]:
    keep = ("id", "type", "lang", "answer_ok", "citation_ok", "strict", "found", "latency_ms", "missing", "error")
    out = {k: s.get(k) for k in keep}
    if not gold:
        out.update(answer_ok=None, citation_ok=None, strict=None)
    return out


def evaluate(
    question_files: Sequence[str | Path],
    out_dir: str | Path,
    assistant: Any,
    settings: Any = None,
    *,
    baseline: bool = False,
    limit: int | None = None,
    doc_ids: list[str] | None = None,
    progress: bool = True,
    baseline_embeddings: Any = None,
) -> dict[str, Any]:
    """Run one evaluation and write its files; returns a summary (metrics when scored)."""
    from evals import report, runner

    questions = runner.load_questions(question_files)
    if limit is not None:
        questions = questions[: max(0, limit)]
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise runner.EvalError(f"--out {out}: exists and is not a folder")
    out.mkdir(parents=True, exist_ok=True)
    for name in RUN_FILES:
        (out / name).unlink(missing_ok=True)

    results = runner.run(questions, assistant, progress=progress, doc_ids=doc_ids)
    clean, retrieved = runner.write_results(out, results)
    results_by_id = {r["id"]: r for r in clean}
    gold = M.has_gold(questions)
    scores = M.score_all(questions, results_by_id, retrieved)
    runner.write_jsonl(out / "scores.jsonl", (_score_line(s, gold) for s in scores))
    summary: dict[str, Any] = {"n": len(questions), "gold": gold, "out": str(out), "scores": scores, "results": clean}
    if not gold:
        summary["latency_ms"] = M.aggregate(scores)["latency_ms"]
        summary["found"] = sum(1 for r in clean if r.get("found"))
        summary["errors"] = [r["id"] for r in clean if r.get("error")]
        return summary

    baseline_scores = None
    if baseline:
        from evals.baseline import run_baseline

        if settings is None:
            raise runner.EvalError("--baseline needs settings (corpus_dir, data_dir)")
        baseline_scores, _ = run_baseline(questions, settings, progress=progress, embeddings=baseline_embeddings)
        runner.write_jsonl(out / "baseline_scores.jsonl", baseline_scores)
    extra = {"limit": limit, "doc_ids": doc_ids}
    if settings is not None:
        from evals.baseline import _model_name

        extra["embedding_model"] = _model_name(settings)
        extra["llm_provider"] = getattr(settings, "llm_provider", None)
    data = report.build_metrics(scores, question_files, baseline_scores, extra=extra)
    report.write_metrics(out, data)
    report.write_report(out, data, questions, results_by_id, scores)
    summary["metrics"] = data
    return summary


def format_summary(summary: Mapping[str, Any]) -> str:
    """The short table printed after a run."""
    from evals.report import ms, pct

    out = summary["out"]
    if not summary["gold"]:
        lat = summary["latency_ms"]
        errs = summary["errors"]
        return (
            f"{summary['n']} questions answered (no gold fields: not scored); found {summary['found']}, errors {len(errs)}\n"
            f"latency p50 {ms(lat['p50'])}, p95 {ms(lat['p95'])}\n"
            f"wrote {out}/results.jsonl\n"
        )
    data = summary["metrics"]
    a = data["assistant"]
    lines = [
        f"{a['n']} questions (missing {len(a['missing'])}, errors {len(a['errors'])})",
        f"{'':<22}{'n':>5}{'strict':>9}{'answer':>9}{'citation':>10}",
    ]

    def row(name: str, g: Mapping[str, Any]) -> str:
        return f"{name:<22}{g['n']:>5}{pct(g['strict']):>9}{pct(g['answer']):>9}{pct(g['citation']):>10}"

    lines.append(row("overall", a["overall"]))
    for lang, g in a["by_lang"].items():
        lines.append(row(f"  lang={lang}", g))
    if "baseline" in data:
        lines.append(row("baseline (top-4 ctx)", data["baseline"]["overall"]))
    lat = a["latency_ms"]
    lines.append(f"latency p50 {ms(lat['p50'])}, p95 {ms(lat['p95'])}")
    ab = a["abstention"]
    if ab["positives"]:
        lines.append(f"abstention precision {pct(ab['precision'])}, recall {pct(ab['recall'])}")
    lines.append(f"wrote {out}/results.jsonl, metrics.json, report.md")
    return "\n".join(lines) + "\n"


def run_from_cli(args: argparse.Namespace, settings: Any, assistant: Any = None) -> int:
    """Entry point of ``plan-assistant eval``; returns the exit status."""
    from evals.runner import EvalError

    try:
        if getattr(args, "compare", None):
            from evals.compare import compare, format_compare, write_compare

            cmp = compare(*args.compare)
            sys.stdout.write(format_compare(cmp))
            if args.out:
                for p in write_compare(args.out, cmp):
                    print(f"wrote {p}")
            return 0
        if not args.questions or not args.out:
            print("error: --questions FILE [FILE...] and --out DIR are required (or use --compare BEFORE AFTER)", file=sys.stderr)
            return 2
        if args.limit is not None and args.limit < 1:
            print("error: --limit must be a positive number of questions", file=sys.stderr)
            return 2
        from evals.runner import load_questions

        load_questions(args.questions)  # fail fast on a bad file, before loading models
        if assistant is None:
            from ingest.errors import IngestError

            try:
                from assistant import Assistant

                assistant = Assistant(settings)
            except ImportError as exc:
                print(f"error: the assistant cannot be loaded ({exc}); reinstall the project: pip install -e .", file=sys.stderr)
                return 2
            except IngestError as exc:
                print(f"error: {exc}", file=sys.stderr)
                return 2
        doc_ids = getattr(args, "doc", None) or None
        if doc_ids:
            store = getattr(assistant, "store", None)
            if store is not None and hasattr(store, "document"):
                unknown = [d for d in doc_ids if store.document(d) is None]
                if unknown:
                    known = ", ".join(d.doc_id for d in store.documents())
                    print(f"error: unknown document {', '.join(unknown)}; known: {known}", file=sys.stderr)
                    return 2
        summary = evaluate(
            args.questions,
            args.out,
            assistant,
            settings,
            baseline=bool(args.baseline),
            limit=args.limit,
            doc_ids=doc_ids,
            progress=getattr(args, "progress", True),
        )
    except EvalError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.baseline and not summary["gold"]:
        print("note: --baseline skipped: the question set has no gold fields to score it", file=sys.stderr)
    sys.stdout.write(format_summary(summary))
    return 0
