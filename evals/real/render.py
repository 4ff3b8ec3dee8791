"""Render a real Markdown plan in evals/real/ to .docx (pandoc) and .pdf (LibreOffice from the .docx).

Usage (from the project root)::

    .venv/bin/python evals/real/render.py evals/real/ducp-402-2025.md [--widths 6,28,14,11,13,9,19]

The Markdown is GitHub Markdown (``pandoc -f gfm``: pandoc's own Markdown reader takes the ``---``
rules of these documents for YAML blocks). pandoc gives every column of a pipe table the same
width (2 cm each on a Letter page), which wraps words inside a cell letter by letter; a Word plan
printed by a ministry has its content column wide and its number column narrow. ``--widths`` sets
each table's column widths in percent of the text width (A4, Decree 30/2020 margins,
10 pt text in the table) (tables with another column count are left
as pandoc made them), so the .docx and the PDF look like a plan laid out by a person. The PDF is
printed by LibreOffice from the .docx: its tables have no vertical rules and its rows split across
pages, like the unruled PDFs the issue describes.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
from pathlib import Path


def set_widths(docx_path: Path, percents: list[float]) -> int:
    from docx import Document
    from docx.shared import Cm, Emu, Pt, Twips

    doc = Document(str(docx_path))
    sec = doc.sections[0]
    # pandoc writes no page size; print on A4 with the margins of Decree 30/2020/NĐ-CP (left 3 cm, right 2 cm).
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
    text_width = Emu(sec.page_width - sec.left_margin - sec.right_margin)
    total = sum(percents)
    widths = [Twips(int(text_width.twips * p / total)) for p in percents]
    changed = 0
    for table in doc.tables:
        if len(table.columns) != len(widths):
            continue
        table.autofit = False
        grid = table._tbl.tblGrid
        for col, w in zip(grid.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}gridCol"), widths):
            col.w = w
        for row in table.rows:
            for cell, w in zip(row.cells, widths):
                cell.width = w
                for para in cell.paragraphs:  # 10 pt in the table, as printed appendices usually are
                    for run in para.runs:
                        run.font.size = Pt(10)
        changed += 1
    doc.save(str(docx_path))
    return changed


def docx_to_pdf(docx_path: Path, pdf_path: Path) -> None:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("soffice (LibreOffice) is not installed")
    with tempfile.TemporaryDirectory(prefix="real-soffice-") as tmp:
        subprocess.run([exe, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", "pdf",
                        "--outdir", f"{tmp}/out", str(docx_path)], check=True, capture_output=True, timeout=300)
        shutil.copyfile(Path(tmp) / "out" / (docx_path.stem + ".pdf"), pdf_path)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("markdown", type=Path)
    ap.add_argument("--widths", default="", help="column widths in percent, comma-separated")
    args = ap.parse_args()
    md = args.markdown
    docx = md.with_suffix(".docx")
    subprocess.run(["pandoc", "-f", "gfm", str(md), "-o", str(docx)], check=True)
    if args.widths:
        n = set_widths(docx, [float(x) for x in args.widths.split(",")])
        print(f"column widths set on {n} table(s)")
    docx_to_pdf(docx, md.with_suffix(".pdf"))
    print(f"wrote {docx} and {md.with_suffix('.pdf')}")


if __name__ == "__main__":
    main()
