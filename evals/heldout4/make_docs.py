"""Render the fictional programme of plan_source.py as Markdown, DOCX and PDF (deterministic).

Run from the repository root::

    .venv/bin/python evals/heldout4/make_docs.py

Writes evals/heldout4/docs/ctht-btc-2026.{md,docx,pdf}:
- .md: pipe tables, group rows as a bold label in the first two cells;
- .docx: ``pandoc -f gfm`` from the .md;
- .pdf: reportlab, A4 landscape, DejaVuSans; tables without ruling lines, columns placed by x,
  header row repeated on every page, long cells wrapped onto several lines.
Then checks with pdfplumber that every wrapped line of every cell is in the PDF text, and with
python-docx that every cell is in the DOCX.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))

import plan_source

from evals.heldout_docs import RenderedSet, make_docs_main

DOCS = RenderedSet(
    set_dir=HERE,
    source=plan_source,
    author="Bộ Tài chính (fictional)",
    ind_widths=(34, 330, 80, 95, 95),  # the last column takes the rest
    task_widths=(30, 280, 95, 112, 150),
    docx_date=(2026, 1, 20, 0, 0, 0),
    margin=40,
    line_spacing=1.35,
    title_gap=6,
    landscape_body=True,
)


if __name__ == "__main__":
    raise SystemExit(make_docs_main(DOCS))
