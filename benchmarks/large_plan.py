"""Write a long generated plan as an unruled PDF, for the ingest benchmark's "100-page plan".

    .venv/bin/python benchmarks/large_plan.py OUT_DIR [--tasks 700] [--indicators 120]
    .venv/bin/python benchmarks/bench_ingest.py --copies 0 --corpus OUT_DIR

The plan comes from the generalisation suite's generator (tests/plangen.py: narrative sections,
an indicator table with year targets, task tables in groups; unruled PDF with the header repeated
and rows split across pages). Prints the file, its pages and the rows a parser must recover.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for p in (ROOT, ROOT / "tests"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--tasks", type=int, default=700)
    parser.add_argument("--indicators", type=int, default=120)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    import plangen
    from pypdf import PdfReader

    variant = plangen.Variant(name="large", seed=args.seed, n_indicators=args.indicators, n_tasks=args.tasks)
    plan = plangen.build_plan(variant)
    args.out.mkdir(parents=True, exist_ok=True)
    path = plangen.render(plan, "pdf_unruled", args.out)
    pages = len(PdfReader(str(path)).pages)
    print(f"{path}: {pages} pages, {len(plan.expected)} rows expected")


if __name__ == "__main__":
    main()
