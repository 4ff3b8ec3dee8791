# -*- coding: utf-8 -*-
"""Render the fictional plan of held-out set 8 into docs/sgddt-2027.{md,docx,pdf}.

md   : Markdown pipe tables.
docx : python-docx directly (real Word tables, 'Table Grid' ruling, merged two-level header in
       Phụ lục A, merged group rows, header rows repeated); zip timestamps and core dates fixed.
pdf  : `soffice --headless --convert-to pdf` of that .docx; the PDF's dates and /ID are
       overwritten in place with fixed values of the same length (so the file is reproducible).
Then checks that every table cell is in the DOCX text and in the PDF text (pdfplumber).

Run: .venv/bin/python evals/heldout8/make_docs.py   (needs python-docx, pdfplumber, soffice)
"""
import datetime as dt
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import plan_source as S  # noqa: E402

from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT, WD_SECTION  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402

OUT = os.path.join(HERE, "docs")
STEM = os.path.join(OUT, S.DOC_KEY)
FONT = "DejaVu Serif"
FIXED = dt.datetime(2026, 11, 18, 8, 0, 0)


# ---------------------------------------------------------------- markdown
def md_row(cells):
    return "| " + " | ".join(c.replace("|", "/") for c in cells) + " |"


def make_md():
    L = []
    L.append(" — ".join(S.HEADER_LEFT) + "  ")
    L.append(" — ".join(S.HEADER_RIGHT))
    L.append("")
    L.append(S.NUMBER_LINE + "  ")
    L.append("*" + S.DATE_LINE + "*")
    L.append("")
    L.append("# " + S.TITLE)
    L.append("")
    L.append("**" + S.SUBTITLE + "**")
    L.append("")
    for kind, text in S.BODY:
        if kind == "h1":
            L.append("## " + text)
        elif kind == "h2":
            L.append("### " + text)
        else:
            L.append(text)
        L.append("")
    L.append("**" + S.RECIPIENTS[0] + "**")
    L.append("")
    for r in S.RECIPIENTS[1:]:
        L.append(r)
    L.append("")
    for s in S.SIGNER:
        if s:
            L.append("**" + s + "**  ")
    L.append("")
    # annex A
    L.append("## " + S.ANNEX_A_TITLE)
    L.append("")
    L.append("**" + S.ANNEX_A_SUB + "**")
    L.append("")
    L.append("*" + S.ANNEX_A_NOTE + "*")
    L.append("")
    hdr = list(S.ANNEX_A_COLS)
    hdr[4] = "Mục tiêu: Năm 2027"
    hdr[5] = "Mục tiêu: Năm 2028"
    L.append(md_row(hdr))
    L.append(md_row(["---"] * len(hdr)))
    for r in S.INDICATORS:
        if r[0] == "group":
            L.append(md_row(["**" + r[1] + "**"] + [""] * (len(hdr) - 1)))
        else:
            L.append(md_row(list(r)))
    L.append("")
    L.append("## " + S.ANNEX_B_TITLE)
    L.append("")
    L.append("**" + S.ANNEX_B_SUB + "**")
    L.append("")
    L.append("*" + S.ANNEX_B_NOTE + "*")
    L.append("")
    hdr = S.ANNEX_B_COLS
    L.append(md_row(hdr))
    L.append(md_row(["---"] * len(hdr)))
    for r in S.TASKS:
        if r[0] == "group":
            L.append(md_row(["**" + r[1] + "**"] + [""] * (len(hdr) - 1)))
        else:
            L.append(md_row(list(r)))
    L.append("")
    with open(STEM + ".md", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L))


# ---------------------------------------------------------------- docx
def set_font(run, size=12, bold=False, italic=False):
    run.font.name = FONT
    run.font.size = Pt(size)
    run.bold = bold
    run.italic = italic
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), FONT)


def para(doc_or_cell, text, size=12, bold=False, italic=False, align=None, space_after=4):
    p = doc_or_cell.add_paragraph()
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    r = p.add_run(text)
    set_font(r, size, bold, italic)
    return p


def cell_text(cell, text, size=10, bold=False, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    r = p.add_run(text)
    set_font(r, size, bold)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def no_split(table):
    for row in table.rows:
        trpr = row._tr.get_or_add_trPr()
        el = OxmlElement("w:cantSplit")
        el.set(qn("w:val"), "true")
        trpr.append(el)


def set_widths(table, widths):
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)


def make_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(12)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(2)

    # header block as a borderless 2-column table
    t = doc.add_table(rows=2, cols=2)
    cell_text(t.cell(0, 0), S.HEADER_LEFT[0] + "\n" + S.HEADER_LEFT[1], 11, True, WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(t.cell(0, 1), S.HEADER_RIGHT[0] + "\n" + S.HEADER_RIGHT[1], 11, True, WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(t.cell(1, 0), S.NUMBER_LINE, 11, False, WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(t.cell(1, 1), S.DATE_LINE, 11, False, WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "")
    para(doc, S.TITLE, 14, True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    para(doc, S.SUBTITLE, 13, True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for kind, text in S.BODY:
        if kind == "h1":
            para(doc, text, 12, True, space_after=3)
        elif kind == "h2":
            para(doc, text, 12, True, italic=True, space_after=3)
        else:
            para(doc, text, 12, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    # recipients + signer side by side
    t = doc.add_table(rows=1, cols=2)
    c0, c1 = t.cell(0, 0), t.cell(0, 1)
    c0.text = ""
    r = c0.paragraphs[0].add_run(S.RECIPIENTS[0])
    set_font(r, 10, True, True)
    for line in S.RECIPIENTS[1:]:
        p = c0.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        set_font(p.add_run(line), 10)
    c1.text = ""
    first = True
    for line in S.SIGNER:
        p = c1.paragraphs[0] if first else c1.add_paragraph()
        first = False
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        set_font(p.add_run(line), 12, True)

    # ---- annexes on landscape pages
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.top_margin = sec.bottom_margin = Cm(1.5)

    para(doc, S.ANNEX_A_TITLE, 13, True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    para(doc, S.ANNEX_A_SUB, 12, True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    para(doc, S.ANNEX_A_NOTE, 11, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    rows = [r for r in S.INDICATORS]
    tA = doc.add_table(rows=2 + len(rows), cols=7)
    tA.style = doc.styles["Table Grid"]
    tA.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [1.2, 9.8, 2.2, 2.6, 2.6, 2.6, 5.6]
    set_widths(tA, widths)
    C = WD_ALIGN_PARAGRAPH.CENTER
    for i in (0, 1, 2, 3, 6):
        m = tA.cell(0, i).merge(tA.cell(1, i))
        cell_text(m, S.ANNEX_A_COLS[i], 10, True, C)
    m = tA.cell(0, 4).merge(tA.cell(0, 5))
    cell_text(m, "Mục tiêu", 10, True, C)
    cell_text(tA.cell(1, 4), "Năm 2027", 10, True, C)
    cell_text(tA.cell(1, 5), "Năm 2028", 10, True, C)
    no_split(tA)
    repeat_header(tA.rows[0])
    repeat_header(tA.rows[1])
    for k, r in enumerate(rows):
        ri = 2 + k
        if r[0] == "group":
            m = tA.cell(ri, 0).merge(tA.cell(ri, 6))
            cell_text(m, r[1], 10, True)
        else:
            for ci, v in enumerate(r):
                cell_text(tA.cell(ri, ci), v, 10, False, C if ci in (0, 2, 3, 4, 5) else None)

    para(doc, "")
    doc.add_page_break()
    para(doc, S.ANNEX_B_TITLE, 13, True, align=C, space_after=0)
    para(doc, S.ANNEX_B_SUB, 12, True, align=C, space_after=0)
    para(doc, S.ANNEX_B_NOTE, 11, italic=True, align=C)
    tB = doc.add_table(rows=1 + len(S.TASKS), cols=6)
    tB.style = doc.styles["Table Grid"]
    tB.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(tB, [1.2, 8.6, 4.4, 5.2, 3.0, 4.2])
    for ci, h in enumerate(S.ANNEX_B_COLS):
        cell_text(tB.cell(0, ci), h, 10, True, C)
    no_split(tB)
    repeat_header(tB.rows[0])
    for k, r in enumerate(S.TASKS):
        ri = 1 + k
        if r[0] == "group":
            m = tB.cell(ri, 0).merge(tB.cell(ri, 5))
            cell_text(m, r[1], 10, True)
        else:
            for ci, v in enumerate(r):
                cell_text(tB.cell(ri, ci), v, 10, False, C if ci in (0, 4) else None)

    cp = doc.core_properties
    cp.author = "Sở GDĐT tỉnh Bình Khê"
    cp.title = S.SUBTITLE
    cp.last_modified_by = "Sở GDĐT tỉnh Bình Khê"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps and a fixed member order
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 18, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(name))
    with open(STEM + ".docx", "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------- pdf
def make_pdf():
    tmp = tempfile.mkdtemp(prefix="h8pdf")
    try:
        prof = "file://" + os.path.join(tmp, "profile")
        subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, STEM + ".docx"], check=True, capture_output=True, timeout=300)
        data = open(os.path.join(tmp, S.DOC_KEY + ".pdf"), "rb").read()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    # same-length replacements keep the xref offsets valid
    data = re.sub(rb"D:\d{14}([+-]\d\d'\d\d'|Z)?", lambda m: b"D:20261118080000" + (b"+00'00'"[:len(m.group(1))] if m.group(1) else b""), data)
    data = re.sub(rb"<([0-9A-Fa-f]{32})>", lambda m: b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(</xmp:)",
                  lambda m: m.group(1) + b"2026-11-18T08:00:00"[:len(m.group(2))].ljust(len(m.group(2)), b"0") + m.group(3), data)
    data = re.sub(rb"(/DocChecksum /)([0-9A-Fa-f]{32})", lambda m: m.group(1) + b"0" * 32, data)
    data = re.sub(rb"(uuid:)([0-9a-f-]{36})", lambda m: m.group(1) + b"00000000-0000-0000-0000-000000000000", data)
    with open(STEM + ".pdf", "wb") as f:
        f.write(data)


# ---------------------------------------------------------------- text of each format
def norm_ws(s):
    s = unicodedata.normalize("NFC", s).casefold()
    s = re.sub(r"\s+", " ", s)
    s = re.sub(r"\s*([%/])\s*", r"\1", s)
    return s.strip()


def docx_text(path):
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    return "\n".join(parts)


def pdf_texts(path):
    """(extract_text of all pages, list of table cells from extract_tables)."""
    import pdfplumber
    full, cells = [], []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            full.append(pg.extract_text() or "")
            for tb in pg.extract_tables():
                for row in tb:
                    for c in row:
                        if c:
                            cells.append(c)
    return "\n".join(full), cells


def all_cells():
    cells = list(S.ANNEX_A_COLS) + ["Mục tiêu"] + list(S.ANNEX_B_COLS)
    for r in S.INDICATORS + S.TASKS:
        cells.extend([r[1]] if r[0] == "group" else list(r))
    return [c for c in cells if c]


def check():
    problems = 0
    dt_ = norm_ws(docx_text(STEM + ".docx"))
    full, pcells = pdf_texts(STEM + ".pdf")
    ft = norm_ws(full)
    pc = set(norm_ws(c) for c in pcells)
    md = norm_ws(open(STEM + ".md", encoding="utf-8").read())
    wrapped = 0
    for c in all_cells():
        n = norm_ws(c)
        if n not in dt_:
            print("DOCX missing:", c); problems += 1
        if n not in md:
            print("MD missing:", c); problems += 1
        if n in ft:
            continue
        # wrapped cell: must be an extract_tables cell and each of its wrapped lines in extract_text
        hit = [x for x in pcells if norm_ws(x) == n]
        if hit and all(norm_ws(line) in ft for line in hit[0].split("\n")):
            wrapped += 1
            continue
        print("PDF missing:", c); problems += 1
    for kind, text in S.BODY:
        for s in re.split(r"(?<=[.;:])\s+", text):
            if norm_ws(s) not in dt_ or norm_ws(s) not in md:
                print("body missing:", s[:60]); problems += 1
    print(f"{len(all_cells())} cells checked ({wrapped} wrapped in the PDF, found line by line); {problems} problems")
    return problems


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    if "--check" not in sys.argv:
        make_md()
        make_docx()
        make_pdf()
    sys.exit(1 if check() else 0)
