"""Verify held-out set 6 (dev6.jsonl + questions.jsonl) against the documents.

Run from the repository root::

    .venv/bin/python evals/heldout6/check.py [FILES...]

Documents: the five bundled plans (``corpus/*.txt``; doc keys of shared/evals/README.md) and the
fictional provincial plan ``kh-tn-2027`` (``evals/heldout6/docs/kh-tn-2027.{md,docx,pdf}``).

Checks, one line per problem:
- every line is a JSON object with exactly id, question, lang, type, doc, expected, evidence, note
  of the right types; lang in {vi, en}; type one of the seven contract types; doc a known key or a
  non-empty list of known keys; ids ``h6-NNN``; ids and question texts unique across the files;
- the file a question sits in agrees with the split (first hex digit of sha256(id) < 4 -> dev6.jsonl,
  else questions.jsonl);
- unanswerable <=> expected and evidence both empty; an unanswerable question must carry in its note
  ``absent: [...]`` (a JSON list of strings: the asked-for value or key phrase) and none of them may
  occur in the named document(s) in any format (answer normalisation); a note may also carry
  ``absent_task: N`` / ``absent_indicator: N`` (kh-tn-2027 only): Phụ lục 02 / Phụ lục 01 must
  have no row numbered N;
- every expected string occurs in (one of) the named document(s) after the answer normalisation of
  shared/evals/README.md (NFC, case-folding, whitespace collapsed, no spaces around % and /);
- every evidence snippet occurs there after the citation normalisation (accents removed incl. đ->d,
  case, punctuation and line breaks removed; checked both with punctuation deleted and with
  punctuation turned into a space);
- for kh-tn-2027 both checks must pass in ALL THREE formats: the .md source, the .docx text
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
    id_prefix="h6",
    dev_file="dev6.jsonl",
    new_key="kh-tn-2027",
    ind_section="## Phụ lục 01",
    task_section="## Phụ lục 02",
    row_number=r"\d+",
    ind_head=("TT", "Chỉ", "Đơn", "Ước", "Kế", "Đơn"),
    ind_anchor="Ước",
    task_head=("STT", "Nội", "Cơ", "Cơ", "Thời", "Kinh"),
    task_anchor="Thời",
)


if __name__ == "__main__":
    raise SystemExit(check_main(SET, sys.argv[1:]))
