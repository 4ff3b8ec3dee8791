"""Render the fictional ministry programme of plan_source.py as Markdown, DOCX and PDF (deterministic).

Run from the repository root::

    .venv/bin/python evals/heldout7/make_docs.py

Writes evals/heldout7/docs/bo-yt-2026.{md,docx,pdf}:
- .md: pipe tables; group rows carry a bold label in the first two cells;
- .docx: ``pandoc -f gfm`` from the .md (zip timestamps and creation dates fixed);
- .pdf: reportlab, DejaVuSans; body on A4 portrait pages, appendices on A4 landscape pages;
  tables without any ruling lines, columns placed by x only, the header row repeated on every
  page, long cells wrapped over several lines.
Then checks with pdfplumber that every wrapped line of every table cell is found in the PDF's
``extract_text()`` and with python-docx that every table cell is found in the DOCX text.
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
    author="Bộ Y tế (fictional)",
    ind_widths=(28, 250, 52, 68, 62, 62, 62),  # the last column takes the rest
    task_widths=(30, 225, 170, 110, 125),
    docx_date=(2026, 6, 15, 0, 0, 0),
)


if __name__ == "__main__":
    raise SystemExit(make_docs_main(DOCS))
