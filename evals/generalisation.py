"""Generalisation score: rows and fields recovered from plans in every file format.

Usage (from the project root)::

    .venv/bin/python -m evals.generalisation                # the suite's variants + evals/real/
    .venv/bin/python -m evals.generalisation --random 6     # plus 6 randomly drawn layouts
    .venv/bin/python -m evals.generalisation --problems 10  # list up to 10 mismatches per document
    .venv/bin/python -m evals.generalisation --json out.json

For every format (text with TAB rows, Markdown pipe tables, .docx, ruled PDF, unruled PDF, PDF
printed by LibreOffice from the .docx) it prints rows recovered / expected, rows exactly right,
fields right / fields total (number, group, content, lead, coordinating, unit, targets by year,
result, deadline), extra rows and rows whose cells were all kept verbatim; then the same for the
real documents in ``evals/real/``; then the ingest report (``DocumentInfo.report``) of one
document per format. The generator and the scorer live in ``tests/plangen.py`` (shared with
``tests/test_generalisation.py``); the parser is the real one (``ingest.loaders.load_file`` +
``ingest.parsing.parse_document``).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from tests import plangen as g  # noqa: E402

REAL_DIR = PROJECT_ROOT / "evals" / "real"


def _row(label: str, s: g.Score, docs: int, seconds: float) -> str:
    pct = 100.0 * s.fields_right / s.fields_total if s.fields_total else 0.0
    return (f"{label:<14} {docs:>4} {s.recovered:>5}/{s.expected:<5} {s.exact_rows:>5}/{s.expected:<5} "
            f"{s.fields_right:>6}/{s.fields_total:<6} {pct:6.1f}% {len(s.extra):>5} {s.cells_kept:>5}/{s.expected:<5} "
            f"{seconds:7.1f}s")


HEADER = (f"{'format':<14} {'docs':>4} {'rows':>11} {'exact rows':>11} {'fields right':>13} {'':>7} "
          f"{'extra':>5} {'cells kept':>11} {'parse':>8}")


def report_summary(info) -> dict:
    """The ingest report of one parsed document, compact."""
    rep = getattr(info, "report", None)
    if rep is None:
        return {"report": None}
    return {
        "rows": rep.rows,
        "uncertain_rows": rep.uncertain_rows,
        "warnings": list(rep.warnings),
        "tables": [
            {
                "caption": t.caption, "appendix": t.appendix, "kind": t.kind, "rows": t.rows,
                "uncertain_rows": t.uncertain_rows, "page": t.page,
                "columns": [f"{c.label} → {c.role}{'(' + c.year + ')' if c.year else ''}"
                            f"{' [unsure]' if c.unsure else ''}{' {' + c.basis + '}' if c.basis else ''}"
                            for c in t.columns],
            }
            for t in rep.tables
        ],
    }


def _real_docs() -> list[tuple[Path, Path, dict]]:
    out = []
    for exp_path in sorted(REAL_DIR.glob("*.expected.json")):
        name = exp_path.name[: -len(".expected.json")]
        data = json.loads(exp_path.read_text(encoding="utf-8"))
        for doc in sorted(REAL_DIR.glob(f"{name}.*")):
            if doc.name.endswith(".expected.json") or doc.suffix.lower() not in (".txt", ".md", ".docx", ".pdf"):
                continue
            out.append((exp_path, doc, data))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--random", type=int, default=0, help="also score N randomly drawn layouts")
    ap.add_argument("--formats", nargs="*", default=list(g.FORMATS))
    ap.add_argument("--problems", type=int, default=0, help="print up to N mismatches per document")
    ap.add_argument("--no-report", action="store_true", help="skip the ingest reports")
    ap.add_argument("--json", type=Path, help="write all figures to this JSON file")
    args = ap.parse_args(argv)

    formats = [f for f in args.formats if f != "pdf_soffice" or g.soffice_path()]
    skipped = sorted(set(args.formats) - set(formats))
    variants = list(g.VARIANTS) + [g.random_variant(1000 + i) for i in range(args.random)]
    results: dict = {"formats": {}, "real": {}, "reports": {}}
    reports: dict[str, dict] = {}

    with tempfile.TemporaryDirectory(prefix="generalisation-") as tmp:
        out_dir = Path(tmp)
        print(f"Generated plans: {len(variants)} layouts × {len(formats)} formats"
              + (f" (skipped, no soffice: {', '.join(skipped)})" if skipped else ""))
        print(HEADER)
        all_scores = []
        for fmt in formats:
            scores, seconds = [], 0.0
            for v in variants:
                plan = g.build_plan(v)
                path = g.render(plan, fmt, out_dir)
                t0 = time.perf_counter()
                try:
                    parsed = g.parse_file(path, doc_id=f"{v.name}-{fmt}")
                    rows = parsed.rows
                except Exception as exc:  # a crash is a result too: nothing recovered
                    print(f"  ! {v.name} as {fmt}: {type(exc).__name__}: {exc}")
                    parsed, rows = None, []
                seconds += time.perf_counter() - t0
                s = g.score(plan.expected, rows)
                scores.append(s)
                if args.problems and s.problems():
                    print(f"  {v.name} as {fmt}: {s.summary()}")
                    for p in s.problems(args.problems):
                        print(f"    {p}")
                if v is variants[0] and parsed is not None and not args.no_report:
                    reports[f"{fmt}: {path.name}"] = report_summary(parsed.info)
            merged = g.merge_scores(scores)
            all_scores.append(merged)
            print(_row(fmt, merged, len(scores), seconds))
            results["formats"][fmt] = {
                "docs": len(scores), "rows_expected": merged.expected, "rows_recovered": merged.recovered,
                "rows_exact": merged.exact_rows, "fields_right": merged.fields_right,
                "fields_total": merged.fields_total, "extra_rows": len(merged.extra), "cells_kept": merged.cells_kept,
                "per_doc": {v.name: s.summary() for v, s in zip(variants, scores)},
            }
        total = g.merge_scores(all_scores)
        print(_row("all", total, len(variants) * len(formats), 0.0))

        real = _real_docs()
        if real:
            print()
            print("Real public plan documents (evals/real/, sources in evals/real/SOURCES.md)")
            print(HEADER)
            for exp_path, doc, data in real:
                expected = [g.ExpectedRow.from_json(r) for r in data["rows"]]
                t0 = time.perf_counter()
                try:
                    parsed = g.parse_file(doc, doc_id=doc.stem)
                    rows = parsed.rows
                except Exception as exc:
                    print(f"  ! {doc.name}: {type(exc).__name__}: {exc}")
                    parsed, rows = None, []
                seconds = time.perf_counter() - t0
                if data.get("only_appendices"):
                    keep = set(data["only_appendices"])
                    rows = [r for r in rows if g.appendix_number(r.appendix) in keep]
                s = g.score(expected, rows)
                print(_row(doc.suffix.lstrip(".") + " " + doc.stem[:8], s, 1, seconds) + f"  {doc.name}")
                if args.problems:
                    for p in s.problems(args.problems):
                        print(f"    {p}")
                results["real"][doc.name] = {"summary": s.summary(), "rows_expected": s.expected,
                                             "rows_recovered": s.recovered, "rows_exact": s.exact_rows,
                                             "fields_right": s.fields_right, "fields_total": s.fields_total,
                                             "extra_rows": len(s.extra)}
                if parsed is not None and not args.no_report:
                    reports.setdefault(f"real {doc.suffix}: {doc.name}", report_summary(parsed.info))

    if reports:
        print()
        print("Ingest reports (DocumentInfo.report), one document per format")
        for name, rep in reports.items():
            print(f"--- {name}")
            print(json.dumps(rep, ensure_ascii=False, indent=1))
    results["reports"] = reports
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
