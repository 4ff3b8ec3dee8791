"""The ``plan-assistant`` command: ingest, docs, rows, ask, serve, eval.

Each subcommand is a thin wrapper over a layer's public function; nothing here decides
anything the API or the chat would decide differently.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ingest.settings import Settings


def _settings(args: argparse.Namespace) -> Settings:
    overrides = {}
    if getattr(args, "data_dir", None):
        overrides["data_dir"] = Path(args.data_dir)
    return Settings(**overrides)


def _print_json(data) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def cmd_ingest(args: argparse.Namespace) -> int:
    from ingest.pipeline import ingest_paths

    settings = _settings(args)
    paths = [Path(p) for p in args.paths] or None
    for doc_id in args.restore or []:  # deleted through the API: clear the tombstone, ingest again
        from ingest import tombstones

        if not tombstones.remove(settings.index_dir, doc_id):
            print(f"note: '{doc_id}' was not marked deleted", file=sys.stderr)
    report = ingest_paths(paths, settings=settings, progress=not args.quiet, rebuild=args.rebuild)
    for skipped in report.skipped:
        print(f"skipped: {skipped.file}: {skipped.error}", file=sys.stderr)
    for doc_id, doc_report in report.reports.items():
        for line in report_lines(doc_id, doc_report, verbose=args.verbose):
            print(line)
    print(report.summary())
    return 0 if not report.skipped or (report.added or report.updated or report.unchanged) else 1


def report_lines(doc_id: str, report, verbose: bool = False) -> list[str]:
    """An ingest report as text: one summary line per document; with ``verbose`` every table's columns."""
    n_warn = len(report.warnings)
    lines = [
        f"{doc_id}: {len(report.tables)} tables, {report.rows} rows"
        f" ({report.uncertain_rows} uncertain), {n_warn} warning{'s' if n_warn != 1 else ''}"
    ]
    if verbose:
        for t in report.tables:
            where = f"line {t.line_start}" + (f", page {t.page}" if t.page else "")
            lines.append(f"  table '{t.caption or '(no caption)'}' ({where}): {t.kind}, {t.rows} rows, {t.uncertain_rows} uncertain")
            for c in t.columns:
                year = f" {c.year}" if c.year else ""
                flag = " [unsure]" if c.unsure else ""
                lines.append(f"    {c.label} → {c.role}{year}{flag} ({c.basis})")
    for w in report.warnings if verbose else report.warnings[:3]:
        lines.append(f"  warning: {w}")
    if not verbose and n_warn > 3:
        lines.append(f"  … {n_warn - 3} more (use --verbose)")
    return lines


def cmd_docs(args: argparse.Namespace) -> int:
    from ingest.pipeline import ensure_index

    store = ensure_index(_settings(args))
    docs = store.documents()
    if args.json:
        _print_json([d.model_dump() for d in docs])
        return 0
    for d in docs:
        print(f"{d.doc_id}\t{d.number or '-'}\t{d.date or '-'}\t{d.issuer or '-'}\trows={d.n_rows}\tchunks={d.n_chunks}\t{d.file}")
        print(f"    {d.title}")
        if d.report is not None:
            for line in report_lines(d.doc_id, d.report, verbose=getattr(args, "verbose", False)):
                print(f"    {line.strip()}" if line.startswith(d.doc_id) else f"    {line}")
    return 0


def cmd_rows(args: argparse.Namespace) -> int:
    from ingest.pipeline import ensure_index

    store = ensure_index(_settings(args))
    if store.document(args.doc_id) is None:
        known = ", ".join(d.doc_id for d in store.documents())
        print(f"error: unknown document '{args.doc_id}'. Known: {known}", file=sys.stderr)
        return 2
    rows = store.rows(doc_id=args.doc_id, appendix=args.appendix)
    if args.json:
        _print_json([
            {k: r.model_dump()[k] for k in ("doc_id", "appendix", "group", "number", "fields", "text", "locator", "uncertain")}
            for r in rows
        ])
        return 0
    for r in rows:
        f = r.fields
        targets = "; ".join(f"{y}: {v}" for y, v in (f.get("targets") or {}).items())
        flag = " [uncertain]" if r.uncertain else ""
        print(f"{r.locator}{flag}")
        print(f"    {f.get('content', '')[:160]}")
        extras = [("lead", f.get("lead")), ("targets", targets), ("deadline", f.get("deadline")), ("status", f.get("status"))]
        print("    " + " | ".join(f"{k}: {v}" for k, v in extras if v))
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    from assistant import Assistant
    from assistant.errors import AssistantError

    settings = _settings(args)
    try:
        result = Assistant(settings).answer(args.question, doc_ids=args.doc or None)
    except AssistantError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result.to_json_dict(), ensure_ascii=False))
        return 0
    print(result.answer)
    if result.citations:
        print()
    for c in result.citations:
        print(f"[{c.n}] {c.doc_title} — {c.locator}")
        quoted = " ".join(c.text.split())
        print(f"    “{quoted[:400]}{'…' if len(quoted) > 400 else ''}”")
        if c.warning:
            print(f"    ⚠ {c.warning}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from ui.app import serve

    settings = _settings(args)
    if (args.workers or 1) > 1:  # CPU-bound answering: one process per core (see ui/workers.py)
        from ui.workers import serve_workers

        serve_workers(settings, args.host or settings.host, args.port or settings.port, args.workers)
        return 0
    serve(settings, host=args.host or settings.host, port=args.port or settings.port)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from evals.cli import run_from_cli

    return run_from_cli(args, _settings(args))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="plan-assistant", description="Answers questions about the province's digital-transformation plans, with citations.")
    parser.add_argument("--data-dir", help="Override PLAN_ASSISTANT_DATA_DIR (index, uploads, feedback).")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="Ingest documents (default: the bundled corpus/).")
    p.add_argument("paths", nargs="*", help="Files or folders (.txt .md .pdf .docx).")
    p.add_argument("--quiet", action="store_true", help="No progress bar.")
    p.add_argument("--rebuild", action="store_true", help="Empty the index first and ingest everything again.")
    p.add_argument("--restore", action="append", metavar="DOC_ID", help="Bring back a document deleted through the API (repeatable).")
    p.add_argument("--verbose", "-v", action="store_true", help="Show every table's columns and roles, and all warnings.")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("docs", help="List ingested documents.")
    p.add_argument("--json", action="store_true", help="Print the documents (with their ingest reports) as JSON.")
    p.add_argument("--verbose", "-v", action="store_true", help="Show every table's columns and roles.")
    p.set_defaults(func=cmd_docs)

    p = sub.add_parser("rows", help="List a document's table rows.")
    p.add_argument("doc_id")
    p.add_argument("--appendix", help="Only this appendix, e.g. 'Phụ lục I' or 'I'.")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_rows)

    p = sub.add_parser("ask", help="Ask a question.")
    p.add_argument("question")
    p.add_argument("--json", action="store_true", help="Print the answer object as JSON.")
    p.add_argument("--doc", action="append", help="Restrict to this doc_id (repeatable).")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("serve", help="Serve the API and the chat on one port.")
    p.add_argument("--host", default=None)
    p.add_argument("--port", type=int, default=None)
    p.add_argument("--workers", type=int, default=1, help="Worker processes (default 1; one per CPU core uses the machine, see README).")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("eval", help="Answer a question set; score it when it has gold fields.")
    from evals.cli import add_arguments

    add_arguments(p)
    p.set_defaults(func=cmd_eval)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into `head` etc.
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
