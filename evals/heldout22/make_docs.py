"""Build docs/kh-168-phongkhe-2026.{md,docx,pdf} from source/kh168_phongkhe.py (fictional document, see SOURCES.md).

Every cell and sentence is written verbatim from the source module; the three layouts differ on purpose:

.md  : Markdown headings (#, ##, ###) and "- " lists for the body; header block and signature as plain lines;
       Phụ lục I as an HTML <table> inside the Markdown with a TWO-ROW header (rowspan/colspan: "Mục tiêu" over
       "Năm 2026 | Năm 2027 | Năm 2028") and group rows "A"/"B"/... with colspan; Phụ lục II as a GFM pipe table
       whose group rows and a/b/c parent rows leave the other cells empty.
.docx: python-docx, Times New Roman 13/11 pt. Header block as a borderless 2-column table; appendices in a
       landscape section. Phụ lục I: real Word merges for the two-row header (vertical merges for STT, Tên chỉ
       tiêu, Đơn vị tính, the two agency columns; horizontal merge of "Mục tiêu" over three year columns), both
       header rows repeated on every page, group rows merged over columns 2-8. Phụ lục II: header row repeated,
       group rows AND parent rows of a/b/c sub-items merged over columns 2-6.
.pdf : reportlab (not LibreOffice), DejaVu Sans, NO ruling lines at all: tables are laid out with whitespace only
       (cell padding, column gaps), header rows repeated on each page, merged header cells as reportlab SPANs;
       portrait body, landscape appendices. Cell text wraps at word boundaries (no hyphenation).
Run: .venv/bin/python evals/heldout22/make_docs.py
"""
import html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import doc_source as S  # noqa: E402

D = S.D
DOCS = HERE / "docs"
STEM = S.KEY


# ---------------------------------------------------------------- markdown
def md():
    L = []
    L += [D.HEADER_LEFT[0], "", D.HEADER_LEFT[1], "", D.HEADER_RIGHT[0], "", D.HEADER_RIGHT[1], "",
          D.NUMBER, "", "*" + D.PLACE_DATE + "*", "", "# " + D.TITLE, "", "**" + D.SUBTITLE + "**", ""]
    for style, text in D.BODY:
        if style == "h1":
            L += ["## " + text, ""]
        elif style == "h2":
            L += ["### " + text, ""]
        elif style == "bullet":
            assert text.startswith("- ")
            L += [text, ""]
        else:
            L += [text, ""]
    L += ["**" + D.RECIPIENTS[0] + "**", ""] + [x + "  " for x in D.RECIPIENTS[1:-1]] + [D.RECIPIENTS[-1], ""]
    for x in D.SIGNATURE:
        L += ["**" + x + "**", ""]
    # Phụ lục I
    L += ["---", "", "## " + D.APP1_TITLE[0], "", "**" + D.APP1_TITLE[1] + "**", "", "*" + D.APP1_TITLE[2] + "*", ""]
    e = html.escape
    h = D.APP1_HEAD
    T = ["<table>", "<thead>",
         "<tr>" + "".join(f'<th rowspan="2">{e(x)}</th>' for x in h[:3]) + f'<th colspan="3">{e(h[3])}</th>'
         + "".join(f'<th rowspan="2">{e(x)}</th>' for x in h[4:]) + "</tr>",
         "<tr>" + "".join(f"<th>{e(y)}</th>" for y in D.APP1_YEARS) + "</tr>", "</thead>", "<tbody>"]
    for g, title, rows in D.APP1:
        T.append(f'<tr><td>{e(g)}</td><td colspan="7">{e(title)}</td></tr>')
        for r in rows:
            T.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    T += ["</tbody>", "</table>"]
    L += T + [""]
    # Phụ lục II
    L += ["---", "", "## " + D.APP2_TITLE[0], "", "**" + D.APP2_TITLE[1] + "**", "", "*" + D.APP2_TITLE[2] + "*", ""]
    L.append("| " + " | ".join(D.APP2_HEAD) + " |")
    L.append("|" + "---|" * len(D.APP2_HEAD))
    for g, title, rows in D.APP2:
        L.append(f"| {g} | {title} |  |  |  |  |")
        for r in rows:
            L.append("| " + " | ".join(c if c else " " for c in r) + " |")
    L.append("")
    return "\n".join(L)


# ---------------------------------------------------------------- docx
def docx_build(path):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)

    def para(text, bold=False, italic=False, center=False, size=None, container=None):
        p = (container or doc).add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    def no_borders(table):
        tblPr = table._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for side in ["top", "left", "bottom", "right", "insideH", "insideV"]:
            el = OxmlElement(f"w:{side}")
            el.set(qn("w:val"), "nil")
            b.append(el)
        tblPr.append(b)

    def set_cell(cell, text, bold=False, size=11, center=False):
        cell.text = ""
        p = cell.paragraphs[0]
        r = p.add_run(text)
        r.bold = bold
        r.font.size = Pt(size)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def repeat_header(row):
        trPr = row._tr.get_or_add_trPr()
        el = OxmlElement("w:tblHeader")
        el.set(qn("w:val"), "true")
        trPr.append(el)

    def widths(table, ws):
        for row in table.rows:
            for c, w in zip(row.cells, ws):
                c.width = Cm(w)

    # header block
    t = doc.add_table(rows=3, cols=2)
    no_borders(t)
    set_cell(t.cell(0, 0), D.HEADER_LEFT[0], bold=True, size=12, center=True)
    set_cell(t.cell(1, 0), D.HEADER_LEFT[1], bold=True, size=12, center=True)
    set_cell(t.cell(0, 1), D.HEADER_RIGHT[0], bold=True, size=12, center=True)
    set_cell(t.cell(1, 1), D.HEADER_RIGHT[1], bold=True, size=13, center=True)
    set_cell(t.cell(2, 0), D.NUMBER, size=13, center=True)
    set_cell(t.cell(2, 1), D.PLACE_DATE, size=13, center=True)
    t.cell(2, 1).paragraphs[0].runs[0].italic = True
    para(D.TITLE, bold=True, center=True, size=14)
    para(D.SUBTITLE, bold=True, center=True)
    for style, text in D.BODY:
        if style in ("h1", "h2"):
            para(text, bold=True)
        else:
            p = para(text)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    s = doc.add_table(rows=1, cols=2)
    no_borders(s)
    left, right = s.cell(0, 0), s.cell(0, 1)
    left.text = ""
    for i, x in enumerate(D.RECIPIENTS):
        p = left.paragraphs[0] if i == 0 else left.add_paragraph()
        r = p.add_run(x)
        r.font.size = Pt(12 if i == 0 else 11)
        r.bold = i == 0
        r.italic = i == 0
    right.text = ""
    for i, x in enumerate(D.SIGNATURE):
        p = right.paragraphs[0] if i == 0 else right.add_paragraph()
        if i == len(D.SIGNATURE) - 1:
            for _ in range(3):
                p.add_run().add_break()
        r = p.add_run(x)
        r.bold = True
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    # landscape section for the appendices
    ns = doc.add_section()
    ns.orientation = WD_ORIENT.LANDSCAPE
    ns.page_width, ns.page_height = Cm(29.7), Cm(21)
    ns.left_margin, ns.right_margin, ns.top_margin, ns.bottom_margin = Cm(2), Cm(1.5), Cm(1.8), Cm(1.8)

    # Phụ lục I
    para(D.APP1_TITLE[0], bold=True, center=True)
    para(D.APP1_TITLE[1], bold=True, center=True)
    para(D.APP1_TITLE[2], italic=True, center=True)
    nrows = 2 + sum(1 + len(r) for _, _, r in D.APP1)
    t1 = doc.add_table(rows=nrows, cols=8)
    t1.style = "Table Grid"
    t1.alignment = WD_TABLE_ALIGNMENT.CENTER
    h = D.APP1_HEAD
    for col, text in [(0, h[0]), (1, h[1]), (2, h[2]), (6, h[4]), (7, h[5])]:
        a = t1.cell(0, col).merge(t1.cell(1, col))
        set_cell(a, text, bold=True, center=True)
    m = t1.cell(0, 3).merge(t1.cell(0, 5))
    set_cell(m, h[3], bold=True, center=True)
    for i, y in enumerate(D.APP1_YEARS):
        set_cell(t1.cell(1, 3 + i), y, bold=True, center=True)
    repeat_header(t1.rows[0])
    repeat_header(t1.rows[1])
    ri = 2
    for g, title, rows in D.APP1:
        set_cell(t1.cell(ri, 0), g, bold=True, center=True)
        set_cell(t1.cell(ri, 1).merge(t1.cell(ri, 7)), title, bold=True)
        ri += 1
        for r in rows:
            for ci, c in enumerate(r):
                set_cell(t1.cell(ri, ci), c, center=ci in (0, 2, 3, 4, 5))
            ri += 1
    widths(t1, [1.1, 8.6, 2.0, 2.1, 2.1, 2.6, 3.4, 4.3])

    doc.add_page_break()
    # Phụ lục II
    para(D.APP2_TITLE[0], bold=True, center=True)
    para(D.APP2_TITLE[1], bold=True, center=True)
    para(D.APP2_TITLE[2], italic=True, center=True)
    nrows = 1 + sum(1 + len(r) for _, _, r in D.APP2)
    t2 = doc.add_table(rows=nrows, cols=6)
    t2.style = "Table Grid"
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, x in enumerate(D.APP2_HEAD):
        set_cell(t2.cell(0, ci), x, bold=True, center=True)
    repeat_header(t2.rows[0])
    ri = 1
    for g, title, rows in D.APP2:
        set_cell(t2.cell(ri, 0), g, bold=True, center=True)
        set_cell(t2.cell(ri, 1).merge(t2.cell(ri, 5)), title, bold=True)
        ri += 1
        for r in rows:
            if r[0].isdigit() and r[2:] == ("", "", "", ""):
                set_cell(t2.cell(ri, 0), r[0], center=True)
                set_cell(t2.cell(ri, 1).merge(t2.cell(ri, 5)), r[1])
            else:
                for ci, c in enumerate(r):
                    set_cell(t2.cell(ri, ci), c, center=ci in (0, 5))
            ri += 1
    widths(t2, [1.1, 8.8, 3.9, 4.6, 4.5, 3.3])
    doc.core_properties.author = "held-out set 22 (fictional document)"
    doc.save(str(path))
    _fix_zip_times(path)


def _fix_zip_times(path):
    """rewrite the .docx zip with fixed member timestamps so that the same source gives the same bytes"""
    import zipfile
    with zipfile.ZipFile(path) as z:
        members = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in members:
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 12, 24, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ---------------------------------------------------------------- pdf (reportlab, no ruling lines)
def pdf_build(path):
    from reportlab import rl_config
    rl_config.invariant = 1          # no creation date / random ids: the same source gives the same bytes
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                    Spacer, Table, TableStyle)

    fdir = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DejaVu", fdir + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", fdir + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVu-Oblique", fdir + "DejaVuSans-Oblique.ttf"))
    pdfmetrics.registerFontFamily("DejaVu", normal="DejaVu", bold="DejaVu-Bold", italic="DejaVu-Oblique",
                                  boldItalic="DejaVu-Bold")
    base = ParagraphStyle("b", fontName="DejaVu", fontSize=10.5, leading=14, alignment=TA_JUSTIFY, spaceAfter=4)
    bold = ParagraphStyle("h", parent=base, fontName="DejaVu-Bold", spaceBefore=4)
    center = ParagraphStyle("c", parent=base, alignment=TA_CENTER)
    cbold = ParagraphStyle("cb", parent=center, fontName="DejaVu-Bold")
    cital = ParagraphStyle("ci", parent=center, fontName="DejaVu-Oblique")
    cell = ParagraphStyle("cell", fontName="DejaVu", fontSize=8, leading=10)
    cellc = ParagraphStyle("cellc", parent=cell, alignment=TA_CENTER)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="DejaVu-Bold")
    cellbc = ParagraphStyle("cellbc", parent=cellb, alignment=TA_CENTER)
    e = html.escape

    def P(text, style):
        return Paragraph(e(text), style)

    pw, ph = A4
    lw, lh = landscape(A4)
    doc = BaseDocTemplate(str(path), pagesize=A4, title=D.TITLE + " " + D.NUMBER,
                          author="held-out set 22 (fictional document)")
    portrait = PageTemplate("portrait", [Frame(2.8 * cm, 2 * cm, pw - 4.8 * cm, ph - 4 * cm)], pagesize=A4)
    land = PageTemplate("landscape", [Frame(1.6 * cm, 1.5 * cm, lw - 3.2 * cm, lh - 3 * cm)],
                        pagesize=landscape(A4))
    doc.addPageTemplates([portrait, land])
    story = []
    head = Table([[P(D.HEADER_LEFT[0], cbold), P(D.HEADER_RIGHT[0], cbold)],
                  [P(D.HEADER_LEFT[1], cbold), P(D.HEADER_RIGHT[1], cbold)],
                  [P(D.NUMBER, center), P(D.PLACE_DATE, cital)]], colWidths=[6 * cm, 9.9 * cm])
    story += [head, Spacer(1, 10), P(D.TITLE, cbold), P(D.SUBTITLE, cbold), Spacer(1, 6)]
    for style, text in D.BODY:
        story.append(P(text, bold if style in ("h1", "h2") else base))
    rec = [P(D.RECIPIENTS[0], ParagraphStyle("r0", parent=cell, fontName="DejaVu-Oblique", fontSize=9))] + \
          [P(x, cell) for x in D.RECIPIENTS[1:]]
    sig = [P(x, cbold) for x in D.SIGNATURE[:3]] + [Spacer(1, 36), P(D.SIGNATURE[3], cbold)]
    st = Table([[rec, sig]], colWidths=[7.5 * cm, 8.4 * cm])
    st.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [Spacer(1, 10), st, NextPageTemplate("landscape"), PageBreak()]

    # Phụ lục I
    story += [P(D.APP1_TITLE[0], cbold), P(D.APP1_TITLE[1], cbold), P(D.APP1_TITLE[2], cital), Spacer(1, 6)]
    h = D.APP1_HEAD
    data = [[P(h[0], cellbc), P(h[1], cellbc), P(h[2], cellbc), P(h[3], cellbc), "", "", P(h[4], cellbc),
             P(h[5], cellbc)],
            ["", "", ""] + [P(y, cellbc) for y in D.APP1_YEARS] + ["", ""]]
    spans = [("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2, 1)),
             ("SPAN", (3, 0), (5, 0)), ("SPAN", (6, 0), (6, 1)), ("SPAN", (7, 0), (7, 1))]
    for g, title, rows in D.APP1:
        spans.append(("SPAN", (1, len(data)), (7, len(data))))
        data.append([P(g, cellbc), P(title, cellb), "", "", "", "", "", ""])
        for r in rows:
            data.append([P(r[0], cellc), P(r[1], cell), P(r[2], cellc), P(r[3], cellc), P(r[4], cellc),
                         P(r[5], cellc), P(r[6], cell), P(r[7], cell)])
    t1 = Table(data, colWidths=[1.0 * cm, 8.4 * cm, 1.9 * cm, 2.2 * cm, 2.2 * cm, 2.8 * cm, 3.4 * cm, 4.5 * cm],
               repeatRows=2)
    t1.setStyle(TableStyle(spans + [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 5),
                                    ("RIGHTPADDING", (0, 0), (-1, -1), 5), ("TOPPADDING", (0, 0), (-1, -1), 3),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    story += [t1, PageBreak()]

    # Phụ lục II
    story += [P(D.APP2_TITLE[0], cbold), P(D.APP2_TITLE[1], cbold), P(D.APP2_TITLE[2], cital), Spacer(1, 6)]
    data = [[P(x, cellbc) for x in D.APP2_HEAD]]
    spans = []
    for g, title, rows in D.APP2:
        spans.append(("SPAN", (1, len(data)), (5, len(data))))
        data.append([P(g, cellbc), P(title, cellb), "", "", "", ""])
        for r in rows:
            if r[0].isdigit() and r[2:] == ("", "", "", ""):
                spans.append(("SPAN", (1, len(data)), (5, len(data))))
                data.append([P(r[0], cellc), P(r[1], cell), "", "", "", ""])
            else:
                data.append([P(r[0], cellc), P(r[1], cell), P(r[2], cell), P(r[3], cell), P(r[4], cell),
                             P(r[5], cellc)])
    t2 = Table(data, colWidths=[1.0 * cm, 8.6 * cm, 3.9 * cm, 4.6 * cm, 4.6 * cm, 3.6 * cm], repeatRows=1)
    t2.setStyle(TableStyle(spans + [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 5),
                                    ("RIGHTPADDING", (0, 0), (-1, -1), 5), ("TOPPADDING", (0, 0), (-1, -1), 3),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    story.append(t2)
    doc.build(story)


def main():
    DOCS.mkdir(exist_ok=True)
    (DOCS / f"{STEM}.md").write_text(md(), encoding="utf-8")
    docx_build(DOCS / f"{STEM}.docx")
    pdf_build(DOCS / f"{STEM}.pdf")
    print("wrote", *(f"docs/{STEM}.{x}" for x in ("md", "docx", "pdf")))


if __name__ == "__main__":
    main()
