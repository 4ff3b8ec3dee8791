"""Render the held-out-34 document (Kế hoạch 0204/KH-UBND Cà Mau, whole: body + Mẫu biểu số 01-05 + footnotes) in
three formats, from doc_source.py:
  .md   setext headings ("===" under KẾ HOẠCH and under each "Mẫu biểu số NN", "---" under the sections I-III),
        numbered sub-sections as bold lines, 2.1/a) sub-items italic; each annex table one pipe table whose header row
        is only the TOP header level (a spanning cell written once, its other columns blank), the SECOND header level
        as the first body row, then the column-numbering row; total/group rows in bold.
  .docx python-docx: KẾ HOẠCH and Mẫu biểu labels as Heading 1, sections I-III as Heading 2, numbered sub-sections as
        bold Normal paragraphs, 2.1/a) italic; annex tables ('Table Grid') with a TWO-ROW header (horizontal merge of
        "Năm hiện hành 2025" / "Dự kiến 03 năm kế hoạch" over their sub-columns, vertical merge of the other header
        cells), header rows repeated; rows whose value cells are all empty have the "Nội dung" cell merged across all
        value columns. Fixed core properties and zip timestamps (byte-reproducible).
  .pdf  reportlab (DejaVuSans), A4 PORTRAIT, small font (7 pt tables, 9 pt body), tables with NO lines at all,
        two-row header with SPAN cells + numbering row repeated on every page (repeatRows=3), long "Nội dung" cells
        wrapping over several lines in a 5 cm column, no page numbers; invariant=1 (byte-reproducible).
"""
import io
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import doc_source as S  # noqa: E402

STEM = S.KEY
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def header_grid(n):
    """(row0, row1, spans): row0/row1 lists of len ncol ('' where covered); spans = list of (c0, r0, c1, r1)"""
    top, sec, num = S.HEADS[n]
    ncol = len(num)
    r0, r1, spans, c, k = [""] * ncol, [""] * ncol, [], 0, 0
    for i, h in enumerate(top):
        if i in S.SPANS[n]:
            _, w = S.SPANS[n][i]
            r0[c] = h
            spans.append((c, 0, c + w - 1, 0))
            for j in range(w):
                r1[c + j] = sec[k]
                k += 1
            c += w
        else:
            r0[c] = h
            spans.append((c, 0, c, 1))
            c += 1
    assert c == ncol
    return r0, r1, spans


def is_group(row):
    return row[1] != "" and all(x == "" for x in row[2:]) and len(row) > 2


# ------------------------------------------------------------------------------------------------------------ .md
def md_doc():
    L = []
    L.append("  \n".join(S.letterhead()))
    L.append("")
    for st, p in S.body_blocks():
        if p == "KẾ HOẠCH":
            L += [p, "=" * 8, ""]
        elif st == "b" and re.match(r"^[IVX]+\. ", p):
            L += [p, "-" * 40, ""]
        elif st == "b":
            L += [f"**{p}**", ""]
        elif st == "i":
            L += [f"*{p}*", ""]
        else:
            L += [p, ""]
    recv, sig = S.signature()
    L += ["**" + recv[0] + "**  ", "  \n".join(recv[1:]), ""]
    L += ["  \n".join(f"**{x}**" if i in (0, 2, 3) else x for i, x in enumerate(sig)), ""]
    for t in S.tables():
        n = t["no"]
        L += [t["titles"][0], "=" * 14, "", f"**{t['titles'][1]}**", "", f"*{t['titles'][2]}*", ""]
        if t["unit"]:
            L += [f"*{t['unit']}*", ""]
        r0, r1, _ = header_grid(n)
        num = S.HEADS[n][2]
        esc = lambda s: s.replace("|", "\\|")  # noqa: E731
        L.append("| " + " | ".join(esc(x) for x in r0) + " |")
        L.append("|" + "|".join(["---"] * len(r0)) + "|")
        L.append("| " + " | ".join(r1) + " |")
        L.append("| " + " | ".join(f"*{x}*" for x in num) + " |")
        for row, b in zip(t["rows"], t["bold"]):
            cells = [esc(x) for x in row]
            if b:
                cells = [f"**{x}**" if x else "" for x in cells]
            L.append("| " + " | ".join(cells) + " |")
        L.append("")
    for f in S.footnotes():
        L += [f, ""]
    return "\n".join(L).rstrip("\n") + "\n"


# ------------------------------------------------------------------------------------------------------------ .docx
def docx_bytes():
    import datetime
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.8)
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for line in S.letterhead():
        p = d.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for stl, p in S.body_blocks():
        if p == "KẾ HOẠCH":
            d.add_heading(p, level=1)
        elif stl == "b" and re.match(r"^[IVX]+\. ", p):
            d.add_heading(p, level=2)
        elif stl == "b":
            d.add_paragraph().add_run(p).bold = True
        elif stl == "i":
            d.add_paragraph().add_run(p).italic = True
        else:
            d.add_paragraph(p)
    recv, sig = S.signature()
    q = d.add_paragraph()
    q.add_run(recv[0]).bold = True
    for x in recv[1:]:
        d.add_paragraph(x)
    for i, x in enumerate(sig):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.add_run(x).bold = i in (0, 2, 3)
    for t in S.tables():
        n = t["no"]
        d.add_heading(t["titles"][0], level=1)
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(t["titles"][1]).bold = True
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(t["titles"][2]).italic = True
        if t["unit"]:
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.add_run(t["unit"]).italic = True
        r0, r1, spans = header_grid(n)
        num = S.HEADS[n][2]
        ncol = len(num)
        tb = d.add_table(rows=3 + len(t["rows"]), cols=ncol)
        tb.style = "Table Grid"
        for j in range(ncol):
            tb.cell(0, j).text = r0[j]
            tb.cell(1, j).text = r1[j]
            tb.cell(2, j).text = num[j]
        for c0, ra, c1, rb in spans:
            if (c0, ra) != (c1, rb):
                a = tb.cell(ra, c0)
                txt = a.text
                m = a.merge(tb.cell(rb, c1))
                m.text = txt
        for i in range(3):
            trpr = tb.rows[i]._tr.get_or_add_trPr()
            h = OxmlElement("w:tblHeader")
            h.set(qn("w:val"), "true")
            trpr.append(h)
            for c in tb.rows[i].cells:
                for pp in c.paragraphs:
                    for r in pp.runs:
                        r.bold = i < 2
                        r.italic = i == 2
        for i, (row, b) in enumerate(zip(t["rows"], t["bold"]), 3):
            if is_group(row):
                tb.cell(i, 0).text = row[0]
                m = tb.cell(i, 1).merge(tb.cell(i, ncol - 1))
                m.text = row[1]
            else:
                for j, x in enumerate(row):
                    tb.cell(i, j).text = x
            if b:
                seen = []
                for c in tb.rows[i].cells:
                    if any(c._tc is x for x in seen):
                        continue
                    seen.append(c._tc)
                    for pp in c.paragraphs:
                        for r in pp.runs:
                            r.bold = True
        widths = [Cm(1.0), Cm(5.6)] + [Cm(round((17.4 - 6.6) / (ncol - 2), 2))] * (ncol - 2)
        for r in tb.rows:
            for j, c in enumerate(r.cells):
                c.width = widths[j]
                for pp in c.paragraphs:
                    for rr in pp.runs:
                        rr.font.size = Pt(9)
        d.add_paragraph("")
    for f in S.footnotes():
        p = d.add_paragraph()
        p.add_run(f).font.size = Pt(10)
    cp = d.core_properties
    cp.author = "heldout34"
    cp.title = "Kế hoạch 0204/KH-UBND tỉnh Cà Mau"
    fixed = datetime.datetime(2026, 1, 1, 0, 0, 0)
    cp.created = cp.modified = fixed
    cp.last_modified_by = "heldout34"
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(zin.namelist()):
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, zin.read(name))
    return out.getvalue()


# ------------------------------------------------------------------------------------------------------------ .pdf
def pdf_bytes():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from xml.sax.saxutils import escape

    pdfmetrics.registerFont(TTFont("DV", str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DVB", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("DVI", str(FONT_DIR / "DejaVuSans-Oblique.ttf")))
    body = ParagraphStyle("b", fontName="DV", fontSize=9, leading=11.5, spaceAfter=3)
    bold = ParagraphStyle("bb", parent=body, fontName="DVB")
    ital = ParagraphStyle("bi", parent=body, fontName="DVI")
    h1 = ParagraphStyle("h1", parent=body, fontName="DVB", fontSize=12, leading=15, alignment=1, spaceBefore=6)
    h2 = ParagraphStyle("h2", parent=body, fontName="DVB", fontSize=10, leading=13, spaceBefore=5)
    cen = ParagraphStyle("c", parent=body, alignment=1)
    cell = ParagraphStyle("t", fontName="DV", fontSize=7, leading=8.4)
    cellb = ParagraphStyle("tb", parent=cell, fontName="DVB")
    celli = ParagraphStyle("ti", parent=cell, fontName="DVI", alignment=1)
    cellh = ParagraphStyle("th", parent=cell, fontName="DVB", alignment=1)
    cellr = ParagraphStyle("tr", parent=cell, alignment=2)
    cellrb = ParagraphStyle("trb", parent=cellr, fontName="DVB")
    E = lambda s: escape(s)  # noqa: E731
    story = []
    for line in S.letterhead():
        story.append(Paragraph(E(line), cen))
    story.append(Spacer(1, 6))
    for st, p in S.body_blocks():
        if p == "KẾ HOẠCH":
            story.append(Paragraph(E(p), h1))
        elif st == "b" and re.match(r"^[IVX]+\. ", p):
            story.append(Paragraph(E(p), h2))
        elif st == "b":
            story.append(Paragraph(E(p), bold))
        elif st == "i":
            story.append(Paragraph(E(p), ital))
        else:
            story.append(Paragraph(E(p), body))
    recv, sig = S.signature()
    story.append(Spacer(1, 6))
    story.append(Paragraph(E(recv[0]), bold))
    for x in recv[1:]:
        story.append(Paragraph(E(x), body))
    for i, x in enumerate(sig):
        story.append(Paragraph(E(x), ParagraphStyle("s", parent=bold if i in (0, 2, 3) else body, alignment=2)))
    W = A4[0] - 3.0 * cm
    for t in S.tables():
        n = t["no"]
        story.append(Spacer(1, 10))
        story.append(Paragraph(E(t["titles"][0]), h1))
        story.append(Paragraph(E(t["titles"][1]), ParagraphStyle("tt", parent=bold, alignment=1)))
        story.append(Paragraph(E(t["titles"][2]), ParagraphStyle("tk", parent=ital, alignment=1)))
        if t["unit"]:
            story.append(Paragraph(E(t["unit"]), ParagraphStyle("u", parent=ital, alignment=2)))
        r0, r1, spans = header_grid(n)
        num = S.HEADS[n][2]
        ncol = len(num)
        data = [[Paragraph(E(x), cellh) for x in r0], [Paragraph(E(x), cellh) for x in r1],
                [Paragraph(E(x), celli) for x in num]]
        for row, b in zip(t["rows"], t["bold"]):
            out = []
            for j, x in enumerate(row):
                if j == 1:
                    out.append(Paragraph(E(x), cellb if b else cell))
                elif j == 0 or (n == "01" and j == 2):
                    out.append(Paragraph(E(x), cellb if b else cell))
                else:
                    out.append(Paragraph(E(x), cellrb if b else cellr))
            data.append(out)
        first = [0.8 * cm, 5.0 * cm] + ([1.5 * cm] if n == "01" else [])
        rest = (W - sum(first)) / (ncol - len(first))
        widths = first + [rest] * (ncol - len(first))
        ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
              ("RIGHTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
              ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
        for c0, ra, c1, rb in spans:
            if (c0, ra) != (c1, rb):
                ts.append(("SPAN", (c0, ra), (c1, rb)))
        tb = Table(data, colWidths=widths, repeatRows=3, style=TableStyle(ts))
        story.append(tb)
    story.append(Spacer(1, 10))
    for f in S.footnotes():
        story.append(Paragraph(E(f), ParagraphStyle("f", parent=body, fontSize=8, leading=10)))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=1.5 * cm, rightMargin=1.5 * cm, topMargin=1.5 * cm,
                            bottomMargin=1.5 * cm, title="Kế hoạch 0204/KH-UBND tỉnh Cà Mau", author="heldout34",
                            invariant=1)
    doc.build(story)
    return buf.getvalue()


def build(outdir=None):
    out = Path(outdir or HERE / "docs")
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{STEM}.md").write_text(md_doc(), encoding="utf-8")
    (out / f"{STEM}.docx").write_bytes(docx_bytes())
    (out / f"{STEM}.pdf").write_bytes(pdf_bytes())
    return out


if __name__ == "__main__":
    print(build())
