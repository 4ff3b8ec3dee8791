"""Build docs/ctr-14-ngoclam-2026-2030.{md,docx,pdf} from source/ctr14_ngoclam.py (fictional document, SOURCES.md).

.md  : setext headings ("Phần thứ ..." labels and titles underlined with '=', Roman sections with '-'), numbered
       sub-headings as bold lines, "- " items; both appendices as pandoc GRID tables (+---+ borders, '=' under the
       header, cells wrapped over several lines, partner cells one body per line, group rows "A. ..." / "I. ..." as
       one cell spanning the whole row (pandoc 3 colspan syntax)); the indicator header is ONE row here.
.docx: python-docx directly (no pandoc): Times New Roman, header block as centred paragraphs, Word heading styles,
       appendices in a landscape section; "Table Grid" tables (fully ruled); Phụ lục 1 has a TWO-ROW header
       ("Mục tiêu" merged over Năm 2026 | Năm 2028 | Năm 2030, the other header cells merged vertically), both header
       rows repeated on every page; group rows merged across all columns; partner cells one paragraph per body.
       Fixed core-property dates and zip timestamps: byte-reproducible.
.pdf : reportlab with DejaVu Sans (not from the .docx): body portrait A4, appendices landscape A4 (page template
       switch), tables ruled ONLY horizontally (no vertical lines), two-row header in Phụ lục 1 with "Mục tiêu"
       spanned, header rows repeated, group rows spanned, partner cells one body per line, page numbers at the foot.
Run (from the repository root): .venv/bin/python evals/heldout27/make_docs.py
"""
import datetime
import io
import sys
import textwrap
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import doc_source as S  # noqa: E402

D = S.D
DOCS = HERE / "docs"
STEM = S.KEY
W1 = [3, 38, 11, 10, 8, 8, 8, 16]         # md grid widths (characters) Phụ lục 1
W2 = [3, 40, 18, 22, 26, 11, 16]          # Phụ lục 2
PARTNER_COL = 3                            # Phụ lục 2 column whose bodies go one per line


def cell_lines(text, multiline=False):
    if multiline:
        parts = text.split("; ")
        return [p + (";" if k < len(parts) - 1 else "") for k, p in enumerate(parts)]
    return [text]


def app1_rows():
    out = []
    for label, rows in D.APP1:
        out.append(("group", label))
        out += [("row", [[c] for c in r]) for r in rows]
    return out


def app2_rows():
    out = []
    for label, rows in D.APP2:
        out.append(("group", label))
        out += [("row", [cell_lines(c, k == PARTNER_COL) for k, c in enumerate(r)]) for r in rows]
    return out


# ---------------------------------------------------------------- .md
def grid(head, rows, widths):
    def border(ch="-"):
        return "+" + "+".join(ch * (w + 2) for w in widths) + "+"

    def wrap(lines, w):
        out = []
        for ln in lines:
            ws = textwrap.wrap(ln, w, break_long_words=False, break_on_hyphens=False)
            assert all(len(x) <= w for x in ws), (ln, w)
            out += ws
        return out

    def row(cells):
        wr = [wrap(c, w) for c, w in zip(cells, widths)]
        n = max(len(x) for x in wr)
        return ["|" + "|".join(" " + (x[k] if k < len(x) else "").ljust(w) + " " for x, w in zip(wr, widths)) + "|"
                for k in range(n)]

    inner = sum(w + 2 for w in widths) + len(widths) - 1
    L = [border()] + row([[h] for h in head]) + [border("=")]
    for kind, data in rows:
        if kind == "group":
            L += ["| " + ("**" + data + "**").ljust(inner - 2) + " |"]
        else:
            L += row(data)
        L.append(border())
    return L


def setext(text, ch):
    return [text, ch * len(text), ""]


def md():
    L = [D.HEADER_LEFT[0], "**" + D.HEADER_LEFT[1] + "**", "", D.HEADER_RIGHT[0], "**" + D.HEADER_RIGHT[1] + "**",
         "", D.NUMBER, "", "_" + D.PLACE_DATE + "_", ""]
    L += setext(D.TITLE, "=") + ["**" + D.SUBTITLE + "**", ""]
    for style, text in D.BODY:
        if style == "part":
            L += setext(text, "=")
        elif style == "sec":
            L += setext(text, "-")
        elif style == "sub":
            L += ["**" + text + "**", ""]
        else:
            L += [text, ""]
    L += ["**" + D.RECIPIENTS[0] + "**", ""] + D.RECIPIENTS[1:] + [""]
    L += ["**" + x + "**" for x in D.SIGNATURE[:2]] + ["", D.SIGNATURE[2], ""]
    for title, head, widths, rows in ((D.APP1_TITLE, D.APP1_HEAD, W1, app1_rows()),
                                      (D.APP2_TITLE, D.APP2_HEAD, W2, app2_rows())):
        L += setext(title[0], "=") + ["**" + title[1] + "**", "", "_" + title[2] + "_", ""]
        L += grid(head, rows, widths) + [""]
    (DOCS / f"{STEM}.md").write_text("\n".join(L), encoding="utf-8")


# ---------------------------------------------------------------- .docx
def docx_build():
    import docx
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Times New Roman", Pt(13)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    for name in ("Heading 1", "Heading 2", "Title"):
        s = d.styles[name]
        s.font.name, s.font.color.rgb, s.font.size = "Times New Roman", RGBColor(0, 0, 0), Pt(14 if name != "Heading 2" else 13)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)

    def para(text, bold=False, italic=False, center=False, style=None, size=None):
        p = d.add_paragraph(style=style)
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    para(D.HEADER_LEFT[0], center=True)
    para(D.HEADER_LEFT[1], bold=True, center=True)
    para(D.HEADER_RIGHT[0], bold=True, center=True)
    para(D.HEADER_RIGHT[1], bold=True, center=True)
    para(D.NUMBER, center=True)
    para(D.PLACE_DATE, italic=True, center=True)
    para(D.TITLE, bold=True, center=True, style="Title")
    para(D.SUBTITLE, bold=True, center=True)
    for style, text in D.BODY:
        if style == "part":
            p = para(text, style="Heading 1")
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif style == "sec":
            para(text, style="Heading 2")
        elif style == "sub":
            para(text, bold=True)
        else:
            p = para(text)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    para(D.RECIPIENTS[0], bold=True, italic=True, size=12)
    for x in D.RECIPIENTS[1:]:
        para(x, size=11)
    for x in D.SIGNATURE[:2]:
        para(x, bold=True, center=True)
    para(D.SIGNATURE[2], bold=True, center=True)

    def repeat_header(row):
        trPr = row._tr.get_or_add_trPr()
        el = OxmlElement("w:tblHeader")
        el.set(qn("w:val"), "true")
        trPr.append(el)

    def no_split(row):
        trPr = row._tr.get_or_add_trPr()
        trPr.append(OxmlElement("w:cantSplit"))

    def set_cell(cell, lines, bold=False, size=10, center=False):
        cell.text = ""
        p = cell.paragraphs[0]
        for k, ln in enumerate(lines):
            if k:
                p = cell.add_paragraph()
            r = p.add_run(ln)
            r.bold, r.font.size = bold, Pt(size)
            if center:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def widths(table, cm):
        table.autofit = False
        grid = table._tbl.tblGrid
        for gc, w in zip(grid.findall(qn("w:gridCol")), cm):
            gc.set(qn("w:w"), str(int(Cm(w).twips)))
        for row in table.rows:
            for c, w in zip(row.cells, cm):
                c.width = Cm(w)

    def appendix(title, head, rows, cm, two_row):
        ns = d.add_section(WD_SECTION.NEW_PAGE)
        ns.orientation = WD_ORIENT.LANDSCAPE
        ns.page_width, ns.page_height = Cm(29.7), Cm(21)
        ns.left_margin, ns.right_margin, ns.top_margin, ns.bottom_margin = Cm(2), Cm(2), Cm(2), Cm(2)
        para(title[0], bold=True, center=True)
        para(title[1], bold=True, center=True)
        para(title[2], italic=True, center=True)
        ncol = len(head)
        nh = 2 if two_row else 1
        t = d.add_table(rows=nh, cols=ncol)
        t.style = "Table Grid"
        if two_row:
            r0, r1 = t.rows[0].cells, t.rows[1].cells
            for k, h in enumerate(head):
                if k in (4, 5, 6):
                    set_cell(r1[k], [h], bold=True, center=True)
                else:
                    set_cell(r0[k], [h], bold=True, center=True)
                    r0[k].merge(r1[k])
            m = r0[4].merge(r0[6])
            set_cell(m, [D.APP1_SUPER], bold=True, center=True)
        else:
            for k, h in enumerate(head):
                set_cell(t.rows[0].cells[k], [h], bold=True, center=True)
        for k in range(nh):
            repeat_header(t.rows[k])
        for kind, data in rows:
            r = t.add_row()
            no_split(r)
            if kind == "group":
                m = r.cells[0].merge(r.cells[ncol - 1])
                set_cell(m, [data], bold=True)
            else:
                for k, lines in enumerate(data):
                    set_cell(r.cells[k], lines, center=(k == 0))
        widths(t, cm)

    appendix(D.APP1_TITLE, D.APP1_HEAD, app1_rows(), [1.0, 8.6, 2.4, 2.2, 2.0, 2.0, 2.0, 5.5], True)
    appendix(D.APP2_TITLE, D.APP2_HEAD, app2_rows(), [1.0, 6.8, 3.6, 4.2, 4.6, 2.6, 2.9], False)
    cp = d.core_properties
    fixed = datetime.datetime(2026, 1, 22, 8, 0, 0)
    cp.created = cp.modified = fixed
    cp.author = cp.last_modified_by = "UBND tỉnh Ngọc Lâm"
    cp.title = D.SUBTITLE
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda x: x.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 22, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    (DOCS / f"{STEM}.docx").write_bytes(out.getvalue())


# ---------------------------------------------------------------- .pdf
def pdf_build():
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                    Spacer, Table, TableStyle)
    from xml.sax.saxutils import escape

    fd = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", fd + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", fd + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVI", fd + "DejaVuSans-Oblique.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("DV", 0, 0, "DV")
    addMapping("DV", 1, 0, "DVB")
    addMapping("DV", 0, 1, "DVI")
    addMapping("DV", 1, 1, "DVB")
    body = ParagraphStyle("b", fontName="DV", fontSize=10.5, leading=14, alignment=TA_LEFT, spaceAfter=5)
    cen = ParagraphStyle("c", parent=body, alignment=TA_CENTER)
    h1 = ParagraphStyle("h1", parent=body, fontName="DVB", fontSize=12, alignment=TA_CENTER, spaceBefore=8)
    h2 = ParagraphStyle("h2", parent=body, fontName="DVB", fontSize=11, spaceBefore=6)
    tc = ParagraphStyle("tc", fontName="DV", fontSize=8, leading=10)
    th = ParagraphStyle("th", parent=tc, fontName="DVB", alignment=TA_CENTER)
    tg = ParagraphStyle("tg", parent=tc, fontName="DVB", fontSize=8.5)

    def P(text, style, bold=False, italic=False):
        t = escape(text)
        if bold:
            t = f"<b>{t}</b>"
        if italic:
            t = f"<i>{t}</i>"
        return Paragraph(t, style)

    def foot(c, doc):
        c.saveState()
        c.setFont("DV", 8)
        w, _ = doc.pagesize if hasattr(doc, "pagesize") else A4
        c.drawCentredString(c._pagesize[0] / 2, 1.0 * cm, f"- {doc.page} -")
        c.restoreState()

    pw, ph = A4
    lw, lh = landscape(A4)
    doc = BaseDocTemplate(str(DOCS / f"{STEM}.pdf"), pagesize=A4, title=D.SUBTITLE, author="UBND tỉnh Ngọc Lâm",
                          invariant=1)
    doc.addPageTemplates([
        PageTemplate("port", [Frame(2.5 * cm, 2 * cm, pw - 4.5 * cm, ph - 4 * cm)], onPage=foot, pagesize=A4),
        PageTemplate("land", [Frame(1.5 * cm, 1.8 * cm, lw - 3 * cm, lh - 3.3 * cm)], onPage=foot,
                     pagesize=landscape(A4)),
    ])
    F = [P(D.HEADER_LEFT[0], cen), P(D.HEADER_LEFT[1], cen, bold=True), P(D.HEADER_RIGHT[0], cen, bold=True),
         P(D.HEADER_RIGHT[1], cen, bold=True), P(D.NUMBER, cen), P(D.PLACE_DATE, cen, italic=True), Spacer(1, 8),
         P(D.TITLE, h1), P(D.SUBTITLE, cen, bold=True)]
    for style, text in D.BODY:
        if style == "part":
            F.append(P(text, h1))
        elif style in ("sec", "sub"):
            F.append(P(text, h2))
        else:
            F.append(P(text, body))
    F.append(P(D.RECIPIENTS[0], body, bold=True, italic=True))
    F += [P(x, ParagraphStyle("r", parent=body, fontSize=9, leading=11, spaceAfter=0)) for x in D.RECIPIENTS[1:]]
    F += [Spacer(1, 10)] + [P(x, cen, bold=True) for x in D.SIGNATURE]

    def table(head, rows, colw, two_row):
        ncol = len(head)
        data, style = [], [("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEABOVE", (0, 0), (-1, 0), 1.0, colors.black),
                           ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
        if two_row:
            r0 = [P(h, th) if k not in (4, 5, 6) else "" for k, h in enumerate(head)]
            r0[4] = P(D.APP1_SUPER, th)
            r1 = ["" if k not in (4, 5, 6) else P(h, th) for k, h in enumerate(head)]
            data += [r0, r1]
            style += [("SPAN", (4, 0), (6, 0)), ("LINEBELOW", (4, 0), (6, 0), 0.4, colors.black)]
            style += [("SPAN", (k, 0), (k, 1)) for k in range(ncol) if k not in (4, 5, 6)]
            nh = 2
        else:
            data.append([P(h, th) for h in head])
            nh = 1
        style.append(("LINEBELOW", (0, nh - 1), (-1, nh - 1), 1.0, colors.black))
        for kind, cells in rows:
            n = len(data)
            if kind == "group":
                data.append([P(cells, tg)] + [""] * (ncol - 1))
                style += [("SPAN", (0, n), (-1, n)), ("LINEBELOW", (0, n), (-1, n), 0.3, colors.grey)]
            else:
                data.append([P("\n".join(c), tc) if len(c) == 1 else
                             Paragraph("<br/>".join(escape(x) for x in c), tc) for c in cells])
                style.append(("LINEBELOW", (0, n), (-1, n), 0.3, colors.grey))
        style.append(("LINEBELOW", (0, -1), (-1, -1), 1.0, colors.black))
        return Table(data, colWidths=[w * cm for w in colw], repeatRows=nh, style=TableStyle(style))

    for k, (title, head, rows, colw, two) in enumerate((
            (D.APP1_TITLE, D.APP1_HEAD, app1_rows(), [1.0, 9.2, 2.4, 2.2, 2.0, 2.0, 2.0, 5.8], True),
            (D.APP2_TITLE, D.APP2_HEAD, app2_rows(), [1.0, 7.2, 3.6, 4.4, 4.8, 2.6, 3.0], False))):
        if k == 0:
            F.append(NextPageTemplate("land"))
        F.append(PageBreak())
        F += [P(title[0], h1), P(title[1], cen, bold=True), P(title[2], cen, italic=True), Spacer(1, 6)]
        F.append(table(head, rows, colw, two))
    doc.build(F)


def main():
    DOCS.mkdir(exist_ok=True)
    md()
    docx_build()
    pdf_build()
    from pypdf import PdfReader
    r = PdfReader(str(DOCS / f"{STEM}.pdf"))
    print("pages", len(r.pages), [tuple(round(float(x)) for x in p.mediabox[2:]) for p in r.pages])


if __name__ == "__main__":
    main()
