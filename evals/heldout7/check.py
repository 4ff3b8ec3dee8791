"""Verify held-out set 7 (dev7.jsonl + questions.jsonl) against the documents.

Run from the repository root::

    .venv/bin/python evals/heldout7/check.py [FILES...]

Documents: the five bundled plans (``corpus/*.txt``; doc keys of shared/evals/README.md) and the
fictional ministry programme ``bo-yt-2026`` (``evals/heldout7/docs/bo-yt-2026.{md,docx,pdf}``).

Checks, one line per problem:
- every line is a JSON object with exactly id, question, lang, type, doc, expected, evidence, note
  of the right types; lang in {vi, en}; type one of the seven contract types; doc a known key or a
  non-empty list of known keys; ids ``h7-NNN``; ids and question texts unique across the files;
- the file a question sits in agrees with the split (first hex digit of sha256(id) < 4 -> dev7.jsonl,
  else questions.jsonl);
- unanswerable <=> expected and evidence both empty; an unanswerable question must carry in its note
  ``absent: [...]`` (a JSON list of strings: the asked-for value or key phrase) and none of them may
  occur in the named document(s) in any format (answer normalisation); a note may also carry
  ``absent_task: N`` / ``absent_indicator: N`` (bo-yt-2026 only): Phụ lục 2 / Phụ lục 1 must
  have no row numbered N;
- every expected string occurs in (one of) the named document(s) after the answer normalisation of
  shared/evals/README.md (NFC, case-folding, whitespace collapsed, no spaces around % and /);
- every evidence snippet occurs there after the citation normalisation (accents removed incl. đ->d,
  case, punctuation and line breaks removed; checked both with punctuation deleted and with
  punctuation turned into a space);
- for bo-yt-2026 both checks must pass in ALL THREE formats: the .md source, the .docx text
  (python-docx paragraphs + table cells) and the .pdf text (pdfplumber). The PDF tables have no
  ruling lines, so ``extract_text()`` interleaves the wrapped lines of neighbouring cells; the PDF
  side therefore also accepts a match in the per-column text of the two appendix tables (words of
  each column taken from pdfplumber word boxes, cut at the x positions of the repeated header row,
  read top to bottom across the pages).
Bundled plans are read from ``corpus/`` relative to the repository root.
Prints ``N questions, M problems``; exit status 1 when M > 0.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from evals.heldout_docs import CheckedSet, check_main

SET = CheckedSet(
    set_dir=HERE,
    id_prefix="h7",
    dev_file="dev7.jsonl",
    new_key="bo-yt-2026",
    ind_section="## Phụ lục 1",
    task_section="## Phụ lục 2",
    row_number=r"\d+(?:\.\d+)?",
    ind_head=("TT", "Chỉ", "Đơn", "Hiện", "Lộ", "Lộ", "Lộ", "Đơn"),
    ind_anchor="Hiện",
    task_head=("TT", "Nhiệm", "Sản", "Đơn", "Đơn", "Thời"),
    task_anchor="Sản",
)


if __name__ == "__main__":
    raise SystemExit(check_main(SET, sys.argv[1:]))
