"""Render the held-out-39 source (doc_source) into docs/<STEM>.{md,docx,pdf}. All three are byte-reproducible.

.md  : ATX headings WITH CLOSING HASHES ("## I. MỤC TIÊU ##"; # title and annex titles, ## parts I.-IV., ### bold
       "1."-style sections, #### "1.1."-style, ##### italic "1.1.1."-style); letterhead, Nơi nhận and signature as
       Markdown BLOCKQUOTES ("> "); "-" items as "+" bullets, "+" items as nested "    *" bullets; PHỤ LỤC I as a raw
       HTML <table> with a TWO-ROW HEADER (colspan=2 "Vị trí lấy mẫu" over X / Y, rowspan=2 elsewhere), group rows as
       colspan=6 cells, and ROWSPAN=2 on TT / name / type (and the note) of points 13-15 over their second sample
       row; PHỤ LỤC II as ONE GitHub PIPE TABLE of 10 columns, section rows with the title in "Chỉ tiêu" and the
       subtotal in "Thành tiền" (bold).
.docx: python-docx with FIVE Word heading levels (Heading 1 titles, Heading 2 parts, Heading 3 "1.", Heading 4 "1.1.",
       Heading 5 "1.1.1."), "List Bullet" / "List Bullet 2" paragraphs for "-" / "+" items, letterhead and signature
       as borderless 2-column tables; PHỤ LỤC I (portrait) in Word style 'Light List Accent 1' (no vertical rules) with
       a two-row header (horizontal merge X/Y, vertical merges) and VERTICALLY MERGED TT / name / type / note cells
       for points 13-15; PHỤ LỤC II in a LANDSCAPE section, 'Light List Accent 1', header row repeated, section rows
       MERGED across columns 2-8 (subtotal in column 9); core properties and zip timestamps fixed.
.pdf : reportlab (DejaVuSans), A4 PORTRAIT throughout, tables with HORIZONTAL RULES ONLY (a thick rule above and
       below the header, a hairline under every row, no vertical lines), header repeated on each page, PHỤ LỤC II
       squeezed into 10 narrow portrait columns (6.5 pt) with section titles SPANNING columns 2-8, a footer
       "0134/KH-UBND · trang n" on every page; invariant=1.
"""
import html
import io
import re
import sys
import zipfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import doc_source as S  # noqa: E402

STEM = "kh0134-2025-daklak"
H2 = ["TT", "Chỉ tiêu", "Tần suất (đợt/tháng)", "Số điểm", "Số mẫu phân tích trên điểm", "Số đợt quan trắc/năm",
      "Số lượng (mẫu)", "Đơn giá (đồng)", "Thành tiền (đồng)", "Ghi chú"]
LVL = {"h2": 2, "h3": 3, "h4": 4, "h5": 5}


def lh():
    a, b, c, d = S.letterhead()
    return a, b, c[0], d[0]


# ---------------------------------------------------------------- Markdown
def _md_a1(rows):
    e = html.escape
    out = ["<table>", "<thead>",
           '<tr><th rowspan="2">TT</th><th rowspan="2">Tên điểm quan trắc</th><th rowspan="2">Kiểu/loại quan trắc</th>'
           '<th colspan="2">Vị trí lấy mẫu (theo tọa độ VN-2000)</th><th rowspan="2">Mô tả điểm quan trắc</th>'
           '<th rowspan="2">Ghi chú</th></tr>', "<tr><th>X</th><th>Y</th></tr>", "</thead>", "<tbody>"]
    for i, r in enumerate(rows):
        if r["kind"] == "group":
            out.append(f'<tr><td><b>{e(r["tt"])}</b></td><td colspan="6"><b>{e(r["name"])}</b></td></tr>')
        elif r["kind"] == "point":
            two = i + 1 < len(rows) and rows[i + 1]["kind"] == "sub"
            rs = ' rowspan="2"' if two else ""
            out.append(f'<tr><td{rs}>{e(r["tt"])}</td><td{rs}>{e(r["name"])}</td><td{rs}>{e(r["type"])}</td>'
                       f'<td>{e(r["x"])}</td><td>{e(r["y"])}</td><td>{e(r["desc"])}</td><td{rs}>{e(r["note"])}</td></tr>')
        else:
            out.append(f'<tr><td>{e(r["x"])}</td><td>{e(r["y"])}</td><td>{e(r["desc"])}</td></tr>')
    return out + ["</tbody>", "</table>"]


def _pipe(s):
    return s.replace("|", "\\|")


def _md_a2(rows):
    out = ["| " + " | ".join(H2) + " |", "|" + "|".join([":--", ":--"] + ["--:"] * 7 + [":--"]) + "|"]
    for r in rows:
        v = r["vals"]
        if r["kind"] in ("sec", "total"):
            name = r["name"] if r["kind"] == "sec" else ""
            tt = r["tt"]
            cells = [f"**{_pipe(tt)}**", f"**{_pipe(name)}**" if name else ""] + [""] * 6 + [f"**{v[6]}**", ""]
        else:
            cells = [_pipe(r["tt"]), _pipe(r["name"])] + [_pipe(x) for x in v]
        out.append("| " + " | ".join(cells) + " |")
    return out


def make_md():
    a, b, no, place = lh()
    L = ["> **" + a[0] + "**  ", "> " + a[1] + "  ", ">", "> **" + b[0] + "**  ", "> " + b[1] + "  ", ">",
         "> " + no + "  ", "> *" + place + "*", ""]
    for k, c in S.body_items():
        if k == "title":
            L += [f"# {c} #", ""]
        elif k == "subject":
            L += [f"**{c}**", ""]
        elif k in LVL:
            L += ["#" * LVL[k] + f" {c} " + "#" * LVL[k], ""]
        elif k == "b1":
            L += ["+ " + c[2:], ""]
        elif k == "b2":
            L += ["    * " + c[2:], ""]
        elif k == "basis":
            L += [f"*{c}*", ""]
        else:
            L += [c, ""]
    rec, sig = S.signature()
    L += ["> *" + rec[0] + "*  "] + ["> " + x + "  " for x in rec[1:]] + [">"]
    L += ["> **" + x + "**  " for x in sig[:2]] + ["> " + sig[2] + "  ", ">", "> **" + sig[3] + "**", ""]
    t1, r1 = S.annex1()
    L += [f"# {t1[0]} #", "", f"**{t1[1]}**", "", f"*{t1[2]}*", ""] + _md_a1(r1) + [""]
    t2, r2 = S.annex2()
    L += [f"# {t2[0]} #", "", f"**{t2[1]}**", "", f"*{t2[2]}*", ""] + _md_a2(r2)
    return "\n".join(L) + "\n"


# ---------------------------------------------------------------- DOCX
def make_docx():
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)

    def borderless(tb):
        tblPr = tb._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
            x = OxmlElement(f"w:{e}")
            x.set(qn("w:val"), "nil")
            b.append(x)
        tblPr.append(b)

    def put(cell, text, bold=False, italic=False, size=None, center=False):
        p = cell.paragraphs[0]
        if p.runs:
            p = cell.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    a, b, no, place = lh()
    tb = d.add_table(rows=2, cols=2)
    borderless(tb)
    put(tb.cell(0, 0), a[0], bold=True, center=True)
    put(tb.cell(0, 0), a[1], bold=True, center=True)
    put(tb.cell(0, 1), b[0], bold=True, center=True)
    put(tb.cell(0, 1), b[1], center=True)
    put(tb.cell(1, 0), no, center=True)
    put(tb.cell(1, 1), place, italic=True, center=True)
    for k, c in S.body_items():
        if k == "title":
            d.add_heading(c, level=1).alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k == "subject":
            p = d.add_paragraph()
            p.add_run(c).bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k in LVL:
            d.add_heading(c, level=LVL[k])
        elif k == "b1":
            d.add_paragraph(c[2:], style="List Bullet")
        elif k == "b2":
            d.add_paragraph(c[2:], style="List Bullet 2")
        elif k == "basis":
            d.add_paragraph().add_run(c).italic = True
        else:
            d.add_paragraph(c)
    rec, sig = S.signature()
    tb = d.add_table(rows=1, cols=2)
    borderless(tb)
    put(tb.cell(0, 0), rec[0], bold=True, italic=True, size=11)
    for x in rec[1:]:
        put(tb.cell(0, 0), x, size=10)
    for i, x in enumerate(sig):
        put(tb.cell(0, 1), x, bold=i != 2, center=True)

    def style_tbl(tb):
        tb.style = d.styles["Light List Accent 1"]

    def hdr_repeat(row):
        trPr = row._tr.get_or_add_trPr()
        x = OxmlElement("w:tblHeader")
        x.set(qn("w:val"), "true")
        trPr.append(x)

    def fill(cell, text, bold=False, size=9):
        cell.text = ""
        r = cell.paragraphs[0].add_run(text)
        r.bold = bold
        r.font.size = Pt(size)

    # annex I (portrait)
    t1, r1 = S.annex1()
    d.add_page_break()
    d.add_heading(t1[0], level=1).alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph()
    p.add_run(t1[1]).bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph().add_run(t1[2]).italic = True
    n = 2 + sum(1 for r in r1)
    tb = d.add_table(rows=n, cols=7)
    style_tbl(tb)
    H = ["TT", "Tên điểm quan trắc", "Kiểu/loại quan trắc", "Vị trí lấy mẫu (theo tọa độ VN-2000)", None,
         "Mô tả điểm quan trắc", "Ghi chú"]
    for j, h in enumerate(H):
        if h:
            fill(tb.cell(0, j), h, bold=True)
    tb.cell(0, 3).merge(tb.cell(0, 4))
    fill(tb.cell(1, 3), "X", bold=True)
    fill(tb.cell(1, 4), "Y", bold=True)
    for j in (0, 1, 2, 5, 6):
        tb.cell(0, j).merge(tb.cell(1, j))
    hdr_repeat(tb.rows[0])
    hdr_repeat(tb.rows[1])
    for i, r in enumerate(r1):
        row = 2 + i
        if r["kind"] == "group":
            fill(tb.cell(row, 0), r["tt"], bold=True)
            c = tb.cell(row, 1).merge(tb.cell(row, 6))
            fill(c, r["name"], bold=True)
        elif r["kind"] == "point":
            for j, k in enumerate(["tt", "name", "type", "x", "y", "desc", "note"]):
                fill(tb.cell(row, j), r[k])
        else:
            for j, k in ((3, "x"), (4, "y"), (5, "desc")):
                fill(tb.cell(row, j), r[k])
            for j in (0, 1, 2, 6):
                keep = tb.cell(row - 1, j).text
                tb.cell(row - 1, j).merge(tb.cell(row, j))
                fill(tb.cell(row - 1, j), keep)
    for row in tb.rows:
        for c, w in zip(row.cells, [1.0, 3.6, 2.2, 2.1, 2.1, 3.3, 2.7]):
            c.width = Cm(w)
    # annex II (landscape section)
    t2, r2 = S.annex2()
    s2 = d.add_section()
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = Cm(29.7), Cm(21.0)
    s2.left_margin = s2.right_margin = Cm(1.5)
    d.add_heading(t2[0], level=1).alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph()
    p.add_run(t2[1]).bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph().add_run(t2[2]).italic = True
    tb = d.add_table(rows=1 + len(r2), cols=10)
    style_tbl(tb)
    for j, h in enumerate(H2):
        fill(tb.cell(0, j), h, bold=True, size=8)
    hdr_repeat(tb.rows[0])
    for i, r in enumerate(r2):
        row = 1 + i
        if r["kind"] in ("sec", "total"):
            fill(tb.cell(row, 0), r["tt"], bold=True, size=8)
            c = tb.cell(row, 1).merge(tb.cell(row, 7))
            fill(c, r["name"], bold=True, size=8)
            fill(tb.cell(row, 8), r["vals"][6], bold=True, size=8)
        else:
            fill(tb.cell(row, 0), r["tt"], size=8)
            fill(tb.cell(row, 1), r["name"], size=8)
            for j, v in enumerate(r["vals"]):
                fill(tb.cell(row, 2 + j), v, size=8)
    for row in tb.rows:
        for c, w in zip(row.cells, [1.2, 7.0, 2.0, 1.3, 1.6, 1.6, 1.6, 2.0, 2.6, 5.8]):
            c.width = Cm(w)
    cp = d.core_properties
    fixed = datetime(2026, 1, 1, 0, 0, 0)
    cp.author = cp.last_modified_by = "heldout39"
    cp.title = "Kế hoạch 0134/KH-UBND"
    cp.created = cp.modified = cp.last_printed = fixed
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for nme in sorted(zin.namelist()):
            zi = zipfile.ZipInfo(nme, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zo.writestr(zi, zin.read(nme))
    return out.getvalue()


# ---------------------------------------------------------------- PDF
def make_pdf(path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    F = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", F + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", F + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVI", F + "DejaVuSans-Oblique.ttf"))
    e = html.escape
    body = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=12.5, spaceAfter=3)
    ital = ParagraphStyle("i", parent=body, fontName="DVI")
    bul1 = ParagraphStyle("l1", parent=body, leftIndent=12, bulletIndent=2)
    bul2 = ParagraphStyle("l2", parent=body, leftIndent=26, bulletIndent=16)
    hs = {2: ParagraphStyle("h2", parent=body, fontName="DVB", fontSize=11, leading=14, spaceBefore=6),
          3: ParagraphStyle("h3", parent=body, fontName="DVB", fontSize=10, leading=13, spaceBefore=4),
          4: ParagraphStyle("h4", parent=body, fontName="DVB", fontSize=9.5, leading=12.5),
          5: ParagraphStyle("h5", parent=body, fontName="DVI", fontSize=9.5, leading=12.5)}
    ttl = ParagraphStyle("t", parent=body, fontName="DVB", fontSize=13, leading=16, alignment=1, spaceBefore=6)
    sub = ParagraphStyle("s", parent=body, fontName="DVB", fontSize=10, leading=13, alignment=1)
    ctr = ParagraphStyle("c", parent=body, alignment=1)
    cell = ParagraphStyle("cell", fontName="DV", fontSize=7.5, leading=9)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="DVB")
    c2 = ParagraphStyle("c2", fontName="DV", fontSize=6.5, leading=7.8)
    c2b = ParagraphStyle("c2b", parent=c2, fontName="DVB")

    def P(t, s):
        return Paragraph(e(t), s)

    story = []
    a, b, no, place = lh()
    lt = Table([[Paragraph("<b>" + e(a[0]) + "</b><br/><b>" + e(a[1]) + "</b>", ctr),
                 Paragraph("<b>" + e(b[0]) + "</b><br/>" + e(b[1]), ctr)],
                [P(no, ctr), Paragraph("<i>" + e(place) + "</i>", ParagraphStyle("pi", parent=ctr, fontName="DVI"))]],
               colWidths=[7 * cm, 10 * cm])
    story.append(lt)
    for k, c in S.body_items():
        if k == "title":
            story.append(P(c, ttl))
        elif k == "subject":
            story.append(P(c, sub))
        elif k in LVL:
            story.append(P(c, hs[LVL[k]]))
        elif k == "b1":
            story.append(Paragraph(e(c[2:]), bul1, bulletText="-"))
        elif k == "b2":
            story.append(Paragraph(e(c[2:]), bul2, bulletText="+"))
        elif k == "basis":
            story.append(P(c, ital))
        else:
            story.append(P(c, body))
    rec, sig = S.signature()
    small = ParagraphStyle("sm", parent=body, fontSize=8.5, leading=10.5)
    st = Table([[Paragraph("<br/>".join(["<i><b>" + e(rec[0]) + "</b></i>"] + [e(x) for x in rec[1:]]), small),
                 Paragraph("<br/>".join(["<b>" + e(sig[0]) + "</b>", "<b>" + e(sig[1]) + "</b>", e(sig[2]), "<br/>",
                                         "<b>" + e(sig[3]) + "</b>"]), ctr)]], colWidths=[8.5 * cm, 8.5 * cm])
    st.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [Spacer(1, 8), st]

    def rules(n_head, n):
        s = [("FONT", (0, 0), (-1, -1), "DV"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.black),
             ("LINEBELOW", (0, n_head - 1), (-1, n_head - 1), 1.2, colors.black),
             ("LINEBELOW", (0, n_head), (-1, n - 1), 0.25, colors.grey),
             ("LINEBELOW", (0, n - 1), (-1, n - 1), 1.2, colors.black),
             ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
             ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
        return s

    t1, r1 = S.annex1()
    story += [PageBreak(), P(t1[0], ttl), P(t1[1], sub), Paragraph("<i>" + e(t1[2]) + "</i>", ctr), Spacer(1, 6)]
    data = [[P("TT", cellb), P("Tên điểm quan trắc", cellb), P("Kiểu/loại quan trắc", cellb),
             P("Vị trí lấy mẫu (theo tọa độ VN-2000)", cellb), "", P("Mô tả điểm quan trắc", cellb),
             P("Ghi chú", cellb)], ["", "", "", P("X", cellb), P("Y", cellb), "", ""]]
    spans = [("SPAN", (3, 0), (4, 0))] + [("SPAN", (j, 0), (j, 1)) for j in (0, 1, 2, 5, 6)]
    for i, r in enumerate(r1):
        row = len(data)
        if r["kind"] == "group":
            data.append([P(r["tt"], cellb), P(r["name"], cellb), "", "", "", "", ""])
            spans.append(("SPAN", (1, row), (6, row)))
        elif r["kind"] == "point":
            data.append([P(r[k], cell) for k in ("tt", "name", "type", "x", "y", "desc", "note")])
        else:
            data.append(["", "", "", P(r["x"], cell), P(r["y"], cell), P(r["desc"], cell), ""])
            for j in (0, 1, 2, 6):
                spans.append(("SPAN", (j, row - 1), (j, row)))
    tb = Table(data, colWidths=[c * cm for c in (0.9, 3.4, 2.1, 2.0, 2.0, 3.4, 3.2)], repeatRows=2)
    tb.setStyle(TableStyle(rules(2, len(data)) + spans))
    story.append(tb)

    t2, r2 = S.annex2()
    story += [PageBreak(), P(t2[0], ttl), P(t2[1], sub), Paragraph("<i>" + e(t2[2]) + "</i>", ctr), Spacer(1, 6)]
    data = [[P(h, c2b) for h in H2]]
    spans = []
    for r in r2:
        row = len(data)
        if r["kind"] in ("sec", "total"):
            data.append([P(r["tt"], c2b), P(r["name"], c2b)] + [""] * 6 + [P(r["vals"][6], c2b), ""])
            spans.append(("SPAN", (1, row), (7, row)))
        else:
            data.append([P(r["tt"], c2), P(r["name"], c2)] + [P(v, c2) for v in r["vals"]])
    tb = Table(data, colWidths=[c * cm for c in (0.9, 4.6, 1.5, 0.9, 1.2, 1.2, 1.2, 1.6, 1.9, 2.9)], repeatRows=1)
    tb.setStyle(TableStyle(rules(1, len(data)) + spans))
    story.append(tb)

    def footer(canv, doc):
        canv.saveState()
        canv.setFont("DV", 8)
        canv.drawCentredString(A4[0] / 2, 1.0 * cm, f"0134/KH-UBND · trang {doc.page}")
        canv.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm,
                            bottomMargin=1.8 * cm, title="Kế hoạch 0134/KH-UBND", author="heldout39",
                            creator="heldout39", producer="heldout39")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def build(outdir=None):
    out = Path(outdir or HERE / "docs")
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{STEM}.md").write_text(make_md(), encoding="utf-8")
    (out / f"{STEM}.docx").write_bytes(make_docx())
    make_pdf(out / f"{STEM}.pdf")
    return out


if __name__ == "__main__":
    print(build())
