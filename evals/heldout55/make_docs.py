"""Renders the held-out-55 document (doc_source) into docs/<KEY>.md, .docx and .pdf -- byte-reproducible.
Run: python evals/heldout55/make_docs.py  (python-docx, reportlab; no network, no project code)

.md  PDF-TO-MARKDOWN CONVERTER OUTPUT in the style of the `marker` converter run with pagination: a page separator
     line `{n}------------------------------------------------` (n = 0-based page index of the gazette PDF, 0-22) before
     the content of each page, `<span id="page-n-k"></span>` anchors in front of the headings; the letterhead as a
     2-column pipe table (its first line as the header row); `#` QUYẾT ĐỊNH and PHỤ LỤC, `##` the four roman parts of
     Điều 1, `###` the numbered sections of parts II-III; "Điều n." as **bold** run-ins; the numbered paragraphs as
     they come (Markdown ordered-list lines), "- " items as list items; the digital-signature stamp at the foot of
     page 0 as three lines with `<br>` breaks; the Phụ lục table MERGED ACROSS ITS 11 PAGES into ONE GFM pipe table
     (the converter's table merging: no page separator inside it; a task split by a page break is one row) whose
     cells keep the PDF's line wraps as `<br>`; group rows with the numeral in TT and the title in the second column.
.docx python-docx, A4 portrait, Times New Roman 13 pt; a REVIEW COPY WITH LINE NUMBERING (`w:lnNumType`, every 5th
     line numbered, restarting on each page; headings, letterhead and tables suppressed) and a REAL WORD FOOTNOTE
     (`word/footnotes.xml`, `w:footnoteReference`): the gazette's digital-signature stamp is footnote 1, anchored at
     the end of the paragraph "Điều 1. …" at whose foot the gazette prints it; letterhead as a borderless 2-column
     table; Heading 1 / 2 / 3; the Phụ lục in a separate LANDSCAPE section as ONE 'Table Grid' table of the 6 source
     columns, header row repeated (`w:tblHeader`), rows kept whole (`w:cantSplit`), group rows spanning columns 2-6
     (`w:gridSpan`) and shaded; fixed core properties and zip timestamps.
.pdf reportlab, A4 portrait throughout, body in LIBERATION SERIF 2.x 11.5 pt (the metric twin of Times New Roman)
     justified with a 0.9 cm first-line indent, headings Liberation Serif Bold, bases Liberation Serif Italic; the
     Phụ lục in LIBERATION SANS 8 pt as ONE table with a DOUBLE-LINE OUTER FRAME and DOTTED inner rules
     (rows and columns), header row repeated on every page, group rows in bold italics on a pale band spanning
     columns 2-6; no running heads or page numbers; invariant=1."""
import io
import re
import sys
import zipfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import doc_source as S  # noqa: E402

STEM = S.KEY
ZDATE = (2026, 6, 16, 0, 0, 0)
FIRST_PAGE = 79


def _roles():
    """body pieces with their layout role and gazette page: (role, text, page)"""
    out, part = [], None
    for k, t, n in S.body_lines_first():
        if k == "part":
            part = t.split(".")[0]
        if k == "art":
            part = None
        role = k
        if k == "sec" and part in ("II", "III") and len(t) < 260 and not t.rstrip().endswith("."):
            role = "sechead"
        out.append((role, t, S.page_of(n)))
    return out


# ------------------------------------------------------------------ Markdown (marker-style converter output)
SEP = "------------------------------------------------"


def md():
    fr = dict((k, t) for k, t in S.front() if k != "base")
    bases = [t for k, t in S.front() if k == "base"]
    L = []
    state = {"page": None, "anchor": 0}

    def page(pg):
        if pg != state["page"]:
            if state["page"] is not None:
                L.append("")
            L.append("{%d}%s" % (pg - FIRST_PAGE, SEP))
            L.append("")
            state["page"], state["anchor"] = pg, 0

    def anchor(pg):
        a = '<span id="page-%d-%d"></span>' % (pg - FIRST_PAGE, state["anchor"])
        state["anchor"] += 1
        return a

    page(79)
    L += [f"| {fr['org']} | {fr['qh']}<br>{fr['tn']} |", "|---|---|", f"| {fr['so']} | {fr['date']} |", ""]
    L += [f"# {anchor(79)}{fr['title']}", "", f"**{fr['subtitle']}**", "", f"**{fr['issuer']}**", ""]
    for b in bases:
        L += [b, ""]
    L += [f"**{fr['decide']}**", ""]
    roles = _roles()
    stamp_done = False
    for role, t, pg in roles:
        page(pg)
        if role == "art":
            m = re.match(r"^(Điều \d+\.)\s+(.*)$", t)
            L += [f"**{m.group(1)}** {m.group(2)}", ""]
        elif role == "part":
            L += [f"## {anchor(pg)}{t}", ""]
        elif role == "sechead":
            L += [f"### {anchor(pg)}{t}", ""]
        else:
            L += [t, ""]
        if not stamp_done and role == "art":
            st = S.stamp()
            L += ["<br>".join(st), ""]
            stamp_done = True
    sg = S.sign()
    L += [f"**{sg[0]}**<br>**{sg[1]}**", "", sg[2], ""]
    page(91)
    ah = dict(S.appx_head())
    L += [f"# {anchor(91)}{ah['label']}", "", f"**{ah['atitle']}**", "", ah["attach"], ""]
    H = S.HEADER_CELLS
    L.append("| " + " | ".join(H) + " |")
    L.append("|" + "|".join(["---"] * 6) + "|")
    for r in S.rows():
        ln = r["lines"]
        cell = lambda f: "<br>".join(ln.get(f, []))  # noqa: E731
        if r["kind"] == "group":
            L.append(f"| {r['tt']} | **{cell('name')}** |  |  |  |  |")
        else:
            L.append("| " + " | ".join([r["tt"], cell("name"), cell("lead"), cell("partner"), cell("product"),
                                        cell("time")]) + " |")
    L.append("")
    return "\n".join(L)


# ------------------------------------------------------------------ DOCX (line-numbered review copy + footnote)
def docx_bytes():
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    for hn, sz in (("Heading 1", 15), ("Heading 2", 13.5), ("Heading 3", 13)):
        h = d.styles[hn]
        h.font.name = "Times New Roman"
        h.font.size = Pt(sz)
        h.font.color.rgb = RGBColor(0, 0, 0)
        h.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
        h.element.rPr.rFonts.set(qn("w:ascii"), "Times New Roman")
        h.element.rPr.rFonts.set(qn("w:hAnsi"), "Times New Roman")
        pPr = h.element.get_or_add_pPr()
        pPr.append(parse_xml('<w:suppressLineNumbers %s/>' % 'xmlns:w="http://schemas.openxmlformats.org/'
                                                             'wordprocessingml/2006/main"'))
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def linenum(section):
        sp = section._sectPr
        ln = parse_xml(f'<w:lnNumType {W} w:countBy="5" w:distance="284" w:restart="newPage"/>')
        # lnNumType must come after pgMar / before cols etc.: insert right after pgMar
        pgMar = sp.find(qn("w:pgMar"))
        pgMar.addnext(ln)

    def nolines(p):
        p._p.get_or_add_pPr().append(parse_xml(f"<w:suppressLineNumbers {W}/>"))

    def para(text, bold=False, italic=False, align=None, style=None, indent=True, after=4, nl=False):
        p = d.add_paragraph(style=style)
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        pf = p.paragraph_format
        pf.space_after = Pt(after)
        if align is not None:
            p.alignment = align
        elif style is None:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if indent:
                pf.first_line_indent = Cm(1)
        if nl:
            nolines(p)
        return p

    C, J = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY
    fr = dict((k, t) for k, t in S.front() if k != "base")
    lt = d.add_table(rows=2, cols=2)
    for (i, j), (txt, b) in {(0, 0): (fr["org"], True), (0, 1): (fr["qh"] + "\n" + fr["tn"], True),
                             (1, 0): (fr["so"], False), (1, 1): (fr["date"], False)}.items():
        c = lt.cell(i, j)
        c.paragraphs[0].alignment = C
        parts = txt.split("\n")
        for k2, ptxt in enumerate(parts):
            p = c.paragraphs[0] if k2 == 0 else c.add_paragraph()
            p.alignment = C
            r = p.add_run(ptxt)
            r.bold = b
            r.italic = (i, j) == (1, 1)
    lt.columns[0].width = Cm(6)
    for c in lt.columns[0].cells:
        c.width = Cm(6)
    for c in lt.columns[1].cells:
        c.width = Cm(10)
    d.add_heading(fr["title"], level=1).alignment = C
    para(fr["subtitle"], bold=True, align=C, nl=True)
    para(fr["issuer"], bold=True, align=C, nl=True)
    for k, t in S.front():
        if k == "base":
            para(t, italic=True)
    para(fr["decide"], bold=True, align=C, nl=True)
    fn_anchor = None
    for role, t, pg in _roles():
        if role == "art":
            m = re.match(r"^(Điều \d+\.)\s+(.*)$", t)
            p = d.add_paragraph()
            p.alignment = J
            p.paragraph_format.first_line_indent = Cm(1)
            p.paragraph_format.space_after = Pt(4)
            p.add_run(m.group(1)).bold = True
            p.add_run(" " + m.group(2))
            if fn_anchor is None:
                fn_anchor = p
        elif role == "part":
            d.add_heading(t, level=2)
        elif role == "sechead":
            d.add_heading(t, level=3)
        elif role == "dash":
            para(t)
        else:
            para(t)
    # footnote reference at the end of the first article paragraph
    fn_anchor._p.append(parse_xml(
        f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'))
    sg = S.sign()
    sgt = d.add_table(rows=1, cols=2)
    c = sgt.cell(0, 1)
    for k2, (txt, b) in enumerate([(sg[0], True), (sg[1], True), ("", False), ("", False), (sg[2], True)]):
        p = c.paragraphs[0] if k2 == 0 else c.add_paragraph()
        p.alignment = C
        p.add_run(txt).bold = b
    # annex: landscape section
    ns = d.add_section()
    ns.orientation = WD_ORIENT.LANDSCAPE
    ns.page_width, ns.page_height = Cm(29.7), Cm(21)
    ns.left_margin, ns.right_margin, ns.top_margin, ns.bottom_margin = Cm(2), Cm(2), Cm(2), Cm(2)
    ah = dict(S.appx_head())
    d.add_heading(ah["label"], level=1).alignment = C
    para(ah["atitle"], bold=True, align=C, nl=True)
    para(ah["attach"], italic=True, align=C, nl=True)
    rows = S.rows()
    t = d.add_table(rows=1 + len(rows), cols=6)
    t.style = d.styles["Table Grid"]
    widths = [Cm(1.3), Cm(8.6), Cm(3.6), Cm(4.6), Cm(4.6), Cm(3.0)]

    def put(cell, text, bold=False, italic=False, align=None, size=10.5):
        p = cell.paragraphs[0]
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        p.paragraph_format.space_after = Pt(0)

    def shade(cell, fill):
        cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))

    hdr = t.rows[0]
    for j, h in enumerate(S.HEADER_CELLS):
        put(hdr.cells[j], h, bold=True, align=C)
        shade(hdr.cells[j], "D9E2F3")
    trPr = hdr._tr.get_or_add_trPr()
    trPr.append(parse_xml(f"<w:tblHeader {W}/>"))
    for i, r in enumerate(rows, start=1):
        row = t.rows[i]
        row._tr.get_or_add_trPr().append(parse_xml(f"<w:cantSplit {W}/>"))
        if r["kind"] == "group":
            a = row.cells[1].merge(row.cells[5])
            put(row.cells[0], r["tt"], bold=True, align=C)
            put(a, r["name"], bold=True)
            shade(row.cells[0], "F2F2F2")
            shade(a, "F2F2F2")
            continue
        vals = [r["tt"], r["name"], r["lead"], r["partner"], r["product"], r["time"]]
        for j, v in enumerate(vals):
            put(row.cells[j], v, align=C if j in (0, 5) else None)
    for row in t.rows:
        for j, c in enumerate(row.cells):
            c.width = widths[j] if j < len(widths) else c.width
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))
    linenum(sec)
    linenum(ns)
    # the footnotes part
    body_xml = "".join(
        f'<w:p><w:pPr><w:pStyle w:val="FootnoteText"/><w:spacing w:after="0"/></w:pPr>'
        + (f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space='
           f'"preserve"> </w:t></w:r>' if k == 0 else "")
        + f'<w:r><w:rPr><w:i/><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve">{_x(s)}</w:t></w:r></w:p>'
        for k, s in enumerate(S.stamp()))
    fxml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
            f'</w:footnote><w:footnote w:id="1">{body_xml}</w:footnote></w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                fxml.encode("utf-8"), d.part.package)
    d.part.relate_to(part, RT.FOOTNOTES)
    # FootnoteText style
    styles = d.styles.element
    styles.append(parse_xml(
        f'<w:style {W} w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>'
        '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr></w:style>'))
    cp = d.core_properties
    cp.author = "Thủ tướng Chính phủ"
    cp.title = "Quyết định số 982/QĐ-TTg"
    cp.subject = "Đề án hỗ trợ, phát triển các doanh nghiệp công nghệ số vươn ra toàn cầu"
    cp.created = cp.modified = datetime(2026, 6, 16, 0, 0, 0)
    cp.last_modified_by = "heldout55"
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def _x(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ------------------------------------------------------------------ PDF
def pdf_bytes():
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from xml.sax.saxutils import escape

    D = "/usr/share/fonts/truetype/liberation2/"   # Liberation 2.x: with the Vietnamese glyphs
    pdfmetrics.registerFont(TTFont("LSe", D + "LiberationSerif-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LSeB", D + "LiberationSerif-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("LSeI", D + "LiberationSerif-Italic.ttf"))
    pdfmetrics.registerFont(TTFont("LNa", D + "LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LNaB", D + "LiberationSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("LNaBI", D + "LiberationSans-BoldItalic.ttf"))
    base = ParagraphStyle("b", fontName="LSe", fontSize=11.5, leading=15, alignment=TA_JUSTIFY, spaceAfter=3,
                          firstLineIndent=0.9 * cm)
    cen = ParagraphStyle("c", parent=base, alignment=TA_CENTER, firstLineIndent=0)
    bcen = ParagraphStyle("bc", parent=cen, fontName="LSeB")
    icen = ParagraphStyle("ic", parent=cen, fontName="LSeI")
    ital = ParagraphStyle("it", parent=base, fontName="LSeI")
    h1 = ParagraphStyle("h1", parent=bcen, fontSize=14, leading=18, spaceBefore=6, spaceAfter=2)
    h2 = ParagraphStyle("h2", parent=base, fontName="LSeB", fontSize=12, leading=15, spaceBefore=6,
                        firstLineIndent=0)
    h3 = ParagraphStyle("h3", parent=base, fontName="LSeB", firstLineIndent=0.9 * cm)
    small = ParagraphStyle("sm", parent=ital, fontSize=8.5, leading=10.5, firstLineIndent=0)
    cell = ParagraphStyle("cell", fontName="LNa", fontSize=8, leading=9.8, alignment=TA_LEFT)
    cellc = ParagraphStyle("cellc", parent=cell, alignment=TA_CENTER)
    cellh = ParagraphStyle("cellh", parent=cellc, fontName="LNaB")
    cellg = ParagraphStyle("cellg", parent=cell, fontName="LNaBI")
    P = lambda t, s: Paragraph(escape(t), s)  # noqa: E731

    fr = dict((k, t) for k, t in S.front() if k != "base")
    story = []
    lh = Table([[P(fr["org"], bcen), P(fr["qh"], bcen)], ["", P(fr["tn"], bcen)],
                [P(fr["so"], cen), P(fr["date"], icen)]], colWidths=[6 * cm, 10.5 * cm])
    lh.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 1),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    story += [lh, Spacer(1, 14), P(fr["title"], h1), P(fr["subtitle"], bcen), Spacer(1, 8),
              P(fr["issuer"], bcen)]
    story += [P(t, ital) for k, t in S.front() if k == "base"]
    story += [P(fr["decide"], bcen)]
    stamp_done = False
    for role, t, pg in _roles():
        if role == "art":
            m = re.match(r"^(Điều \d+\.)\s+(.*)$", t)
            story.append(Paragraph(f'<font name="LSeB">{escape(m.group(1))}</font> {escape(m.group(2))}', base))
            if not stamp_done:
                story += [P(x, small) for x in S.stamp()]
                stamp_done = True
        elif role == "part":
            story.append(P(t, h2))
        elif role == "sechead":
            story.append(P(t, h3))
        else:
            story.append(P(t, base))
    sg = S.sign()
    sig = Table([["", P(sg[0], bcen)], ["", P(sg[1], bcen)], ["", Spacer(1, 34)], ["", P(sg[2], bcen)]],
                colWidths=[9.5 * cm, 7 * cm])
    story += [Spacer(1, 8), KeepTogether([sig]), PageBreak()]
    ah = dict(S.appx_head())
    story += [P(ah["label"], h1), P(ah["atitle"], bcen), P(ah["attach"], icen), Spacer(1, 8)]
    cw = [1.0 * cm, 5.3 * cm, 2.5 * cm, 3.0 * cm, 3.2 * cm, 2.0 * cm]
    data = [[P(h, cellh) for h in S.HEADER_CELLS]]
    grey = colors.HexColor("#555555")
    sty = [("BOX", (0, 0), (-1, -1), 0.6, colors.black, None, None, None, 2, 1.6),
           ("INNERGRID", (0, 0), (-1, -1), 0.5, grey, None, (0.8, 1.6)),
           ("LINEBELOW", (0, 0), (-1, 0), 0.9, colors.black),
           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2.5),
           ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5), ("LEFTPADDING", (0, 0), (-1, -1), 3),
           ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    for r in S.rows():
        i = len(data)
        if r["kind"] == "group":
            data.append([P(r["tt"], cellg), P(r["name"], cellg), "", "", "", ""])
            sty += [("SPAN", (1, i), (5, i)), ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F1EFE6"))]
            continue
        data.append([P(r["tt"], cellc), P(r["name"], cell), P(r["lead"], cell), P(r["partner"], cell),
                     P(r["product"], cell), P(r["time"], cellc)])
    tb = Table(data, colWidths=cw, repeatRows=1)
    tb.setStyle(TableStyle(sty))
    story.append(tb)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title="Quyết định số 982/QĐ-TTg", author="Thủ tướng Chính phủ",
                            subject="Đề án hỗ trợ, phát triển các doanh nghiệp công nghệ số vươn ra toàn cầu",
                            creator="heldout55 make_docs.py", invariant=1)
    doc.build(story)
    return buf.getvalue()


def build(outdir=None):
    out = Path(outdir or HERE / "docs")
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{STEM}.md").write_text(md(), encoding="utf-8")
    (out / f"{STEM}.docx").write_bytes(docx_bytes())
    (out / f"{STEM}.pdf").write_bytes(pdf_bytes())


if __name__ == "__main__":
    build()
    print("built", STEM)
