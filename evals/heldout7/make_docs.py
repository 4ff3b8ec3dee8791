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

import re
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import plan_source as S  # noqa: E402

DOCS = HERE / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


# ---------------------------------------------------------------- Markdown
def md_escape(s: str) -> str:
    return s.replace("|", "\\|")


def table_md(header, rows) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "|".join(["---"] * len(header)) + "|"]
    for r in rows:
        if r[0] == "group":
            cells = [f"**{r[1]}**", f"**{r[2]}**"] + [""] * (len(header) - 2)
        else:
            cells = [md_escape(c) for c in r]
        out.append("| " + " | ".join(cells) + " |")
    return out


def build_md() -> str:
    lines: list[str] = []
    for kind, text in S.BODY:
        if kind == "title":
            lines += [f"# {text}", ""]
        elif kind == "h1":
            lines += [f"## {text}", ""]
        elif kind == "h2":
            lines += [f"### {text}", ""]
        elif kind == "li":
            lines += [f"- {text}", ""]
        elif kind == "center":
            lines += [f"**{text}**", ""]
        elif kind == "sign":
            lines += [f"*{text}*", ""]
        else:
            lines += [text, ""]
    for title, caption, header, rows in (
        (S.IND_TITLE, S.IND_CAPTION, S.IND_HEADER, S.INDICATORS),
        (S.TASK_TITLE, S.TASK_CAPTION, S.TASK_HEADER, S.TASKS),
    ):
        lines += [f"## {title}", "", f"*{caption}*", ""]
        lines += table_md(header, rows)
        lines += [""]
    return "\n".join(lines)


# ---------------------------------------------------------------- PDF
IND_WIDTHS = [28, 250, 52, 68, 62, 62, 62]  # last column takes the rest
TASK_WIDTHS = [30, 225, 170, 110, 125]


def build_pdf(path: Path) -> list[str]:
    """Draw the PDF; return every drawn table-cell line (for the extraction check)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DV", str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DVB", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    M = 48
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(S.TITLE)
    c.setAuthor("Bộ Y tế (fictional)")
    st = {"W": A4[0], "H": A4[1], "y": A4[1] - M, "page": 1}
    drawn: list[str] = []

    def footer():
        c.setFont("DV", 8)
        c.drawCentredString(st["W"] / 2, 20, str(st["page"]))

    def new_page(size=None):
        footer()
        c.showPage()
        st["page"] += 1
        if size is not None:
            c.setPageSize(size)
            st["W"], st["H"] = size
        st["y"] = st["H"] - M

    def para(text, font="DV", size=10.5, indent=0, center=False, gap=4):
        lines = simpleSplit(text, font, size, st["W"] - 2 * M - indent)
        for ln in lines:
            if st["y"] - size * 1.4 < M:
                new_page()
            st["y"] -= size * 1.4
            c.setFont(font, size)
            if center:
                c.drawCentredString(st["W"] / 2, st["y"], ln)
            else:
                c.drawString(M + indent, st["y"], ln)
        st["y"] -= gap

    for kind, text in S.BODY:
        if kind == "title":
            para(text, "DVB", 13, center=True, gap=4)
        elif kind == "center":
            para(text, "DVB", 10.5, center=True)
        elif kind == "h1":
            para(text, "DVB", 11.5, gap=5)
        elif kind == "h2":
            para(text, "DVB", 10.5)
        elif kind == "li":
            para("- " + text, indent=12)
        elif kind == "sign":
            para(text, "DVB", 10.5, center=True, gap=10)
        else:
            para(text)

    FS, LH, PAD = 8.3, 10.4, 5

    def table(title, caption, header, rows, widths):
        new_page(landscape(A4))
        widths = widths + [st["W"] - 2 * M - sum(widths)]
        para(title, "DVB", 11.5, center=True, gap=2)
        para(caption, "DV", 9.5, center=True, gap=8)
        xs = [M]
        for w in widths[:-1]:
            xs.append(xs[-1] + w)

        def wrap(cells, font, spans):
            wrapped = [simpleSplit(t, font, FS, w - 2 * PAD) or [""] for t, (x, w) in zip(cells, spans)]
            return wrapped, max(len(wl) for wl in wrapped) * LH + 4

        def put(wrapped, spans, font):
            y0 = st["y"]
            c.setFont(font, FS)
            for wl, (x, w) in zip(wrapped, spans):
                for i, ln in enumerate(wl):
                    c.drawString(x + PAD, y0 - (i + 1) * LH, ln)
                    drawn.append(ln)

        full = list(zip(xs, widths))

        def header_row():
            wrapped, h = wrap(header, "DVB", full)
            put(wrapped, full, "DVB")
            st["y"] -= h + 3

        header_row()
        for r in rows:
            if r[0] == "group":
                cells = [r[1], r[2]]
                spans = [full[0], (xs[1], sum(widths[1:]))]
                font = "DVB"
            else:
                cells, spans, font = list(r), full, "DV"
            wrapped, h = wrap(cells, font, spans)
            if st["y"] - h < M:
                new_page()
                header_row()
            put(wrapped, spans, font)
            st["y"] -= h

    table(S.IND_TITLE, S.IND_CAPTION, S.IND_HEADER, S.INDICATORS, IND_WIDTHS)
    table(S.TASK_TITLE, S.TASK_CAPTION, S.TASK_HEADER, S.TASKS, TASK_WIDTHS)
    footer()
    c.showPage()
    c.save()
    return drawn


# ---------------------------------------------------------------- checks
def ws(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def pdf_text(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages)


def docx_text(path: Path) -> str:
    import docx

    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                parts.append(cell.text)
    return "\n".join(parts)


def _normalise_docx(path: Path) -> None:
    """Make the pandoc .docx byte-stable: fixed zip timestamps and order, no creation date."""
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>", b"", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 6, 15, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    tmp.replace(path)


def main() -> int:
    DOCS.mkdir(exist_ok=True)
    md_path = DOCS / f"{S.BASENAME}.md"
    md_path.write_text(build_md(), encoding="utf-8")
    docx_path = DOCS / f"{S.BASENAME}.docx"
    subprocess.run(["pandoc", "-f", "gfm", "-t", "docx", "-o", str(docx_path), str(md_path)], check=True)
    _normalise_docx(docx_path)
    pdf_path = DOCS / f"{S.BASENAME}.pdf"
    drawn = build_pdf(pdf_path)

    problems = 0
    ptext = ws(pdf_text(pdf_path))
    for ln in drawn:
        if ws(ln) not in ptext:
            problems += 1
            print("PDF missing:", ln)
    dtext = ws(docx_text(docx_path))
    for rows in (S.INDICATORS, S.TASKS):
        for r in rows:
            for cell in (r[1:] if r[0] == "group" else r):
                if ws(cell) not in dtext:
                    problems += 1
                    print("DOCX missing:", cell)
    print(f"wrote {md_path.name}, {docx_path.name}, {pdf_path.name}; "
          f"{len(drawn)} PDF cell lines checked; {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
