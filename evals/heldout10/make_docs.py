"""Render docs/hailam-2028.{md,docx,pdf} from plan_source.py and check them.

.md   : Markdown, pipe tables (two-row headers flattened to their sub-labels).
.docx : python-docx, real Word tables with a merged two-row header and merged group rows.
.pdf  : `soffice --headless --convert-to pdf` of the .docx (LibreOffice, ruled tables).

Run (from the project root): .venv/bin/python evals/heldout10/make_docs.py
"""
import io
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
import pdfplumber

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import plan_source as S  # noqa: E402

OUT = HERE / "docs"
OUT.mkdir(exist_ok=True)
STEM = OUT / S.DOC_KEY
FONT = "DejaVu Sans"
IND_W = [1.0, 6.0, 1.8, 2.1, 2.2, 2.2, 2.2, 3.0, 3.4, 2.6]
TASK_W = [1.1, 7.4, 4.2, 3.4, 4.2, 2.7, 3.0]


# ---------------------------------------------------------------- markdown
def md_row(cells):
    return "| " + " | ".join(cells) + " |"


def make_md():
    out = []
    for kind, text in S.BODY:
        if kind == "lh":
            out.append(f"**{text}**  ")
        elif kind == "meta":
            out.append(f"{text}  ")
        elif kind == "title":
            out.append(f"# {text}" if text == "KẾ HOẠCH" else f"**{text}**")
        elif kind == "h1":
            out.append(f"\n## {text}\n")
        elif kind == "h2":
            out.append(f"\n### {text}\n")
        elif kind == "h3":
            out.append(f"\n#### {text}\n")
        elif kind == "p":
            out.append(f"\n{text}\n")
        elif kind == "b":
            out.append(f"- {text}")
        elif kind == "sign":
            out.append(f"**{text}**  ")
        elif kind == "recv":
            out.append(f"{text}  ")
        if kind in ("meta",) and text.startswith("Hải Lam"):
            out.append("")
    for title, head, groups in ((S.APPX1_TITLE, S.IND_HEAD, S.INDICATOR_GROUPS),
                                (S.APPX2_TITLE, S.TASK_HEAD, S.TASK_GROUPS)):
        out.append("\n---\n")
        out.append(f"## {title[0]}\n")
        out.append(f"**{title[1]}**  ")
        out.append(f"*{title[2]}*\n")
        out.append(md_row(head))
        out.append(md_row(["---"] * len(head)))
        for g, gname, rows in groups:
            out.append(md_row([f"**{g}**", f"**{gname}**"] + [""] * (len(head) - 2)))
            for r in rows:
                out.append(md_row(list(r)))
        out.append("")
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    (STEM.with_suffix(".md")).write_text(text, encoding="utf-8")
    return text


# ---------------------------------------------------------------- docx
def set_cell_text(cell, text, bold=False, size=9, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    run.font.name = FONT
    if align is not None:
        p.alignment = align


def mark_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def add_table(doc, head, span, groups, widths):
    ncol = len(head)
    t = doc.add_table(rows=2, cols=ncol)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = Cm(w)
    parent, a, b = span
    r0, r1 = t.rows[0], t.rows[1]
    for i, h in enumerate(head):
        if a <= i <= b:
            set_cell_text(r1.cells[i], h, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        else:
            c = r0.cells[i].merge(r1.cells[i])
            set_cell_text(c, h, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    c = r0.cells[a].merge(r0.cells[b])
    set_cell_text(c, parent, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    mark_header(r0)
    mark_header(r1)
    for g, gname, rows in groups:
        row = t.add_row()
        cant_split(row)
        set_cell_text(row.cells[0], g, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        m = row.cells[1].merge(row.cells[ncol - 1])
        set_cell_text(m, gname, bold=True)
        for r in rows:
            row = t.add_row()
            cant_split(row)
            for i, v in enumerate(r):
                set_cell_text(row.cells[i], v,
                              align=WD_ALIGN_PARAGRAPH.CENTER if i == 0 else None)
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    return t


def para(doc, text, bold=False, italic=False, size=12, align=None, space_after=4, indent=None):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    run.font.size = Pt(size)
    run.font.name = FONT
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    if indent is not None:
        p.paragraph_format.first_line_indent = Cm(indent)
    return p


def make_docx():
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3.0), Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    C = WD_ALIGN_PARAGRAPH.CENTER
    for kind, text in S.BODY:
        if kind == "lh":
            para(doc, text, bold=True, size=12, align=C, space_after=0)
        elif kind == "meta":
            para(doc, text, italic=text.startswith("Hải Lam"), size=12, align=C, space_after=2)
        elif kind == "title":
            para(doc, text, bold=True, size=14, align=C, space_after=6)
        elif kind == "h1":
            para(doc, text, bold=True, size=13, align=C, space_after=6)
        elif kind in ("h2", "h3"):
            para(doc, text, bold=True, size=12, space_after=4)
        elif kind == "p":
            para(doc, text, size=12, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=1.0)
        elif kind == "b":
            para(doc, "- " + text, size=12, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=1.0)
        elif kind == "sign":
            para(doc, text, bold=True, size=12, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
        elif kind == "recv":
            para(doc, text, bold=text.endswith(":"), italic=text.endswith(":"), size=10, space_after=0)
    for title, head, span, groups, widths in (
            (S.APPX1_TITLE, S.IND_HEAD, S.IND_SPAN, S.INDICATOR_GROUPS, IND_W),
            (S.APPX2_TITLE, S.TASK_HEAD, S.TASK_SPAN, S.TASK_GROUPS, TASK_W)):
        new = doc.add_section()
        new.orientation = WD_ORIENT.LANDSCAPE
        new.page_width, new.page_height = Cm(29.7), Cm(21.0)
        new.left_margin, new.right_margin = Cm(1.5), Cm(1.5)
        new.top_margin, new.bottom_margin = Cm(1.5), Cm(1.5)
        para(doc, title[0], bold=True, size=13, align=C, space_after=2)
        para(doc, title[1], bold=True, size=12, align=C, space_after=2)
        para(doc, title[2], italic=True, size=11, align=C, space_after=8)
        add_table(doc, head, span, groups, widths)
    cp = doc.core_properties
    import datetime
    fixed = datetime.datetime(2027, 12, 26, 8, 0, 0)
    cp.created = cp.modified = fixed
    cp.last_printed = fixed
    cp.author = cp.last_modified_by = "UBND thành phố Hải Lam"
    cp.title = S.TITLE
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps (deterministic bytes)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2027, 12, 26, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    STEM.with_suffix(".docx").write_bytes(out.getvalue())


def make_pdf():
    with tempfile.TemporaryDirectory() as td:
        prof = Path(td) / "profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", td, str(STEM.with_suffix(".docx"))],
                       check=True, capture_output=True)
        data = (Path(td) / (S.DOC_KEY + ".pdf")).read_bytes()
    # fixed dates / ids, same lengths
    data = re.sub(rb"D:\d{14}[+-]\d\d'\d\d'", lambda m: b"D:20271226080000" + m.group(0)[16:], data)
    data = re.sub(rb"D:\d{14}Z'", b"D:20271226080000Z'", data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    data = re.sub(rb"<[0-9A-F]{32}>", b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d([+-]\d\d:\d\d)",
                  lambda m: b"2027-12-26T08:00:00" + m.group(1), data)
    data = re.sub(rb"uuid:[0-9a-f-]{36}", b"uuid:00000000-0000-0000-0000-000000000000", data)
    STEM.with_suffix(".pdf").write_bytes(data)


# ---------------------------------------------------------------- checks
def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub(r"\s+", " ", s).strip()
    return re.sub(r"(?<=\w)- (?=\w)", "-", s)  # a line break after a hard hyphen (611/TTr-|SKHCN)


def docx_text(path):
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    return norm(" \n ".join(parts))


def pdf_texts(path):
    full, cells = [], set()
    with pdfplumber.open(str(path)) as pdf:
        for pg in pdf.pages:
            full.append(pg.extract_text() or "")
            for tb in pg.extract_tables():
                for row in tb:
                    for c in row:
                        if c:
                            cells.add(norm(c))
        npages = len(pdf.pages)
    return norm(" ".join(full)), cells, npages


def key_sentences():
    out = []
    for kind, text in S.BODY:
        for part in re.split(r"(?<=[.;:])\s+", text):
            part = part.strip()
            if len(part) > 3:
                out.append(part)
    for t in (S.APPX1_TITLE + S.APPX2_TITLE):
        out.append(t)
    return out


def check():
    md = norm(STEM.with_suffix(".md").read_text(encoding="utf-8"))
    dx = docx_text(STEM.with_suffix(".docx"))
    pdf, pcells, npages = pdf_texts(STEM.with_suffix(".pdf"))
    cells = set(S.IND_HEAD + S.TASK_HEAD)
    for groups in (S.INDICATOR_GROUPS, S.TASK_GROUPS):
        for g, gname, rows in groups:
            cells.update([g, gname])
            for r in rows:
                cells.update(c for c in r if c)
    cells = sorted(cells)
    problems, wrapped = [], 0
    for c in cells:
        n = norm(c)
        if n not in md:
            problems.append(("md", c))
        if n not in dx:
            problems.append(("docx", c))
        if n not in pdf:
            if n in pcells:
                wrapped += 1
            else:
                problems.append(("pdf", c))
    for parent in (S.IND_SPAN[0], S.TASK_SPAN[0]):
        for name, txt in (("docx", dx), ("pdf", pdf)):
            if parent not in txt:
                problems.append((name, parent))
    sents = key_sentences()
    for s in sents:
        n = norm(s)
        for name, txt in (("md", md), ("docx", dx), ("pdf", pdf)):
            if n not in txt:
                problems.append((name + "-sentence", s))
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(cells)} distinct table cells and {len(sents)} body sentences checked in md/docx/pdf "
          f"({wrapped} cells wrap in the PDF and were found as extract_tables() cells); "
          f"PDF {npages} pages; {len(problems)} problems")
    return len(problems)


if __name__ == "__main__":
    make_md()
    make_docx()
    make_pdf()
    ver = subprocess.run(["soffice", "--version"], capture_output=True, text=True).stdout.strip()
    print("LibreOffice:", ver)
    sys.exit(1 if check() else 0)
