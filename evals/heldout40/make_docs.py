"""Render the held-out-40 source (doc_source) into docs/<STEM>.{md,docx,pdf}. All three are byte-reproducible.

.md  : SETEXT headings ("KẾ HOẠCH" and "PHỤ LỤC" with "===", the parts I.-V. with "---"), numbered sub-sections as
       BOLD-ITALIC lines ("***1. Mục đích***"), a)-d) items and "-" bullets kept as text; every paragraph HARD-WRAPPED
       at 64 columns; letterhead and Nơi nhận/signature as two-column PIPE TABLES with "<br>" line breaks in the cells;
       the PHỤ LỤC task table as a raw HTML <table> whose "Cơ quan chủ trì" cell is ONE rowspan=4 cell over rows 1-4
       and whose "Thời gian thực hiện" cell is ONE rowspan=3 cell over rows 3-5 (same value merged).
.docx: python-docx; the plan body in a TWO-COLUMN (newspaper) portrait section (w:cols num=2), parts I.-V. as
       'Heading 1', numbered sub-sections as 'Heading 3' (no level 2), a)-d) items with a hanging indent, "-" items as
       'List Bullet'; letterhead and signature as borderless tables; the PHỤ LỤC in a new one-column LANDSCAPE section,
       'Table Grid', header row repeated (w:tblHeader), lead cells VERTICALLY MERGED (w:vMerge) over rows 1-4 and
       time cells over rows 3-5; core properties and zip timestamps fixed.
.pdf : reportlab (DejaVuSans) on A5 PORTRAIT pages (small pages, 8.5 pt, many page breaks), a one-line running header
       "UBND TP Hà Nội - 310/KH-UBND" with a rule and a centred page number at the foot; the PHỤ LỤC as a fully ruled
       5-column table in narrow A5 columns (0.7/4.1/2.4/2.6/1.8 cm, 7 pt) with SPAN-merged lead cells (rows 1-4) and
       time cells (rows 3-5), header row repeated on each page (repeatRows=1); invariant=1.
"""
import html
import io
import re
import sys
import textwrap
import zipfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import doc_source as S  # noqa: E402

STEM = "kh310-2025-hanoi"
LEAD_SPAN = (1, 4)   # rows whose identical lead cell is merged
TIME_SPAN = (3, 5)   # rows whose identical time cell is merged


def _check_spans(rows):
    assert len({rows[i - 1]["lead"] for i in range(LEAD_SPAN[0], LEAD_SPAN[1] + 1)}) == 1
    assert len({rows[i - 1]["time"] for i in range(TIME_SPAN[0], TIME_SPAN[1] + 1)}) == 1


def wrap(s, width=64):
    return "\n".join(textwrap.wrap(s, width=width, break_long_words=False, break_on_hyphens=False))


def make_md():
    e = html.escape
    L = []
    a, b, no, place = S.letterhead()
    L += ["| " + "<br>".join(a) + " | " + "<br>".join(b) + " |", "|:---:|:---:|", f"| {no} | *{place}* |", ""]
    for k, c in S.body_blocks():
        if k == "title":
            L += [c, "=" * 20, ""]
        elif k == "subject":
            L += ["**" + wrap(c) + "**", ""]
        elif k == "h1":
            L += [c, "-" * max(8, len(c)), ""]
        elif k == "h2":
            L += ["***" + c + "***", ""]
        else:
            L += [wrap(c), ""]
    rec, sig = S.signature()
    L += ["| " + "<br>".join(["*" + rec[0] + "*"] + rec[1:]) + " | " + "<br>".join(
        ["**" + sig[0] + "**", "**" + sig[1] + "**", sig[2], "", "**" + sig[3] + "**"]) + " |", "|:---|:---:|", ""]
    title, rows = S.annex()
    _check_spans(rows)
    L += [title[0], "=" * 20, "", "**" + wrap(title[1]) + "**", "", "*" + title[2] + "*", ""]
    L.append("<table>")
    L.append("<thead><tr>" + "".join(f"<th>{e(h)}</th>" for h in S.HEAD) + "</tr></thead>")
    L.append("<tbody>")
    for i, r in enumerate(rows, 1):
        cells = [f"<td>{e(r['tt'])}</td>", f"<td>{e(r['task'])}</td>"]
        if i == LEAD_SPAN[0]:
            cells.append(f'<td rowspan="{LEAD_SPAN[1] - LEAD_SPAN[0] + 1}">{e(r["lead"])}</td>')
        elif not (LEAD_SPAN[0] < i <= LEAD_SPAN[1]):
            cells.append(f"<td>{e(r['lead'])}</td>")
        cells.append(f"<td>{e(r['partner'])}</td>")
        if i == TIME_SPAN[0]:
            cells.append(f'<td rowspan="{TIME_SPAN[1] - TIME_SPAN[0] + 1}">{e(r["time"])}</td>')
        elif not (TIME_SPAN[0] < i <= TIME_SPAN[1]):
            cells.append(f"<td>{e(r['time'])}</td>")
        L.append("<tr>" + "".join(cells) + "</tr>")
    L += ["</tbody>", "</table>", ""]
    return "\n".join(L)


# ---------------------------------------------------------------- DOCX
def make_docx():
    import docx
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.8)

    def borderless(tb):
        tblPr = tb._tbl.tblPr
        bd = OxmlElement("w:tblBorders")
        for x in ("top", "left", "bottom", "right", "insideH", "insideV"):
            y = OxmlElement(f"w:{x}")
            y.set(qn("w:val"), "nil")
            bd.append(y)
        tblPr.append(bd)

    def put(cell, lines, bold=False, italic=False, center=True, size=None):
        cell.paragraphs[0].text = ""
        for j, ln in enumerate(lines):
            p = cell.paragraphs[0] if j == 0 else cell.add_paragraph()
            if center:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            rn = p.add_run(ln)
            rn.bold, rn.italic = bold, italic
            if size:
                rn.font.size = Pt(size)

    a, b, no, place = S.letterhead()
    tb = d.add_table(rows=2, cols=2)
    borderless(tb)
    put(tb.cell(0, 0), a, bold=True)
    put(tb.cell(0, 1), b, bold=True)
    put(tb.cell(1, 0), [no])
    put(tb.cell(1, 1), [place], italic=True)
    # the plan body in a two-column section: the letterhead stays in section 1 (one column)
    first = True
    for k, c in S.body_blocks():
        if k == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(c)
            r.bold = True
            r.font.size = Pt(14)
        elif k == "subject":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(c).bold = True
        else:
            if first:
                s2 = d.add_section(WD_SECTION.CONTINUOUS)
                cols = OxmlElement("w:cols")
                cols.set(qn("w:num"), "2")
                cols.set(qn("w:space"), "567")
                s2._sectPr.append(cols)
                first = False
            if k == "h1":
                d.add_paragraph(c, style="Heading 1")
            elif k == "h2":
                d.add_paragraph(c, style="Heading 3")
            elif k == "bullet":
                d.add_paragraph(c[2:], style="List Bullet")
            elif k == "item":
                p = d.add_paragraph(c)
                p.paragraph_format.left_indent = Cm(0.6)
                p.paragraph_format.first_line_indent = Cm(-0.6)
            else:
                p = d.add_paragraph(c)
                p.paragraph_format.first_line_indent = Cm(0.8)
    rec, sig = S.signature()
    tb = d.add_table(rows=1, cols=2)
    borderless(tb)
    put(tb.cell(0, 0), rec, center=False, size=9)
    tb.cell(0, 0).paragraphs[0].runs[0].bold = True
    put(tb.cell(0, 1), sig[:3] + ["", sig[3]], bold=True)
    # annex: landscape, one column
    s3 = d.add_section(WD_SECTION.NEW_PAGE)
    s3.orientation = WD_ORIENT.LANDSCAPE
    s3.page_width, s3.page_height = Cm(29.7), Cm(21.0)
    for old in s3._sectPr.findall(qn("w:cols")):
        s3._sectPr.remove(old)
    one = OxmlElement("w:cols")
    one.set(qn("w:num"), "1")
    s3._sectPr.append(one)
    title, rows = S.annex()
    _check_spans(rows)
    for j, t in enumerate(title):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(t)
        r.bold, r.italic = j < 2, j == 2
    tb = d.add_table(rows=1 + len(rows), cols=5)
    tb.style = d.styles["Table Grid"]
    for j, h in enumerate(S.HEAD):
        put(tb.cell(0, j), [h], bold=True)
    trPr = tb.rows[0]._tr.get_or_add_trPr()
    x = OxmlElement("w:tblHeader")
    x.set(qn("w:val"), "true")
    trPr.append(x)
    for i, r in enumerate(rows, 1):
        put(tb.cell(i, 0), [r["tt"]])
        put(tb.cell(i, 1), [r["task"]], center=False)
        put(tb.cell(i, 3), [r["partner"]], center=False)
        if not (LEAD_SPAN[0] < i <= LEAD_SPAN[1]):
            put(tb.cell(i, 2), [r["lead"]], center=False)
        if not (TIME_SPAN[0] < i <= TIME_SPAN[1]):
            put(tb.cell(i, 4), [r["time"]])
    tb.cell(LEAD_SPAN[0], 2).merge(tb.cell(LEAD_SPAN[1], 2))
    tb.cell(TIME_SPAN[0], 4).merge(tb.cell(TIME_SPAN[1], 4))
    for row in tb.rows:
        for c, w in zip(row.cells, [1.2, 11.0, 5.0, 5.8, 3.0]):
            c.width = Cm(w)
    cp = d.core_properties
    fixed = datetime(2026, 1, 1, 0, 0, 0)
    cp.author = cp.last_modified_by = "heldout40"
    cp.title = "Kế hoạch 310/KH-UBND"
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
    from reportlab.lib.pagesizes import A5
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
    body = ParagraphStyle("b", fontName="DV", fontSize=8.5, leading=11, spaceAfter=2.5, alignment=4)
    bul = ParagraphStyle("l1", parent=body, leftIndent=10, bulletIndent=0)
    item = ParagraphStyle("it", parent=body, leftIndent=12, firstLineIndent=-12)
    h1 = ParagraphStyle("h1", parent=body, fontName="DVB", fontSize=9.5, leading=12, spaceBefore=5, alignment=0)
    h2 = ParagraphStyle("h2", parent=body, fontName="DVB", fontSize=8.5, leading=11, spaceBefore=3, alignment=0)
    ttl = ParagraphStyle("t", parent=body, fontName="DVB", fontSize=11.5, leading=14, alignment=1, spaceBefore=5)
    sub = ParagraphStyle("s", parent=body, fontName="DVB", fontSize=8.5, leading=11, alignment=1)
    ctr = ParagraphStyle("c", parent=body, alignment=1, fontSize=7.5, leading=9.5)
    cell = ParagraphStyle("cell", fontName="DV", fontSize=7, leading=8.6)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="DVB")

    def P(t, s):
        return Paragraph(e(t), s)

    story = []
    a, b, no, place = S.letterhead()
    lt = Table([[Paragraph("<b>" + e(a[0]) + "</b><br/><b>" + e(a[1]) + "</b>", ctr),
                 Paragraph("<b>" + e(b[0]) + "</b><br/>" + e(b[1]), ctr)],
                [P(no, ctr), Paragraph("<i>" + e(place) + "</i>", ParagraphStyle("pi", parent=ctr, fontName="DVI"))]],
               colWidths=[4.6 * cm, 6.6 * cm])
    story.append(lt)
    for k, c in S.body_blocks():
        if k == "title":
            story.append(P(c, ttl))
        elif k == "subject":
            story.append(P(c, sub))
        elif k == "h1":
            story.append(P(c, h1))
        elif k == "h2":
            story.append(P(c, h2))
        elif k == "bullet":
            story.append(Paragraph(e(c[2:]), bul, bulletText="-"))
        elif k == "item":
            story.append(P(c, item))
        else:
            story.append(P(c, body))
    rec, sig = S.signature()
    small = ParagraphStyle("sm", parent=body, fontSize=7, leading=8.8, alignment=0)
    st = Table([[Paragraph("<br/>".join(["<i><b>" + e(rec[0]) + "</b></i>"] + [e(x) for x in rec[1:]]), small),
                 Paragraph("<br/>".join(["<b>" + e(sig[0]) + "</b>", "<b>" + e(sig[1]) + "</b>", "<b>" + e(sig[2]) +
                                         "</b>", "<br/>", "<b>" + e(sig[3]) + "</b>"]), ctr)]],
               colWidths=[5.8 * cm, 5.4 * cm])
    st.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [Spacer(1, 6), st]
    title, rows = S.annex()
    _check_spans(rows)
    story += [PageBreak(), P(title[0], ttl), P(title[1], sub), Paragraph("<i>" + e(title[2]) + "</i>", ctr),
              Spacer(1, 5)]
    data = [[P(h, cellb) for h in S.HEAD]]
    for i, r in enumerate(rows, 1):
        lead = "" if LEAD_SPAN[0] < i <= LEAD_SPAN[1] else P(r["lead"], cell)
        tim = "" if TIME_SPAN[0] < i <= TIME_SPAN[1] else P(r["time"], cell)
        data.append([P(r["tt"], cell), P(r["task"], cell), lead, P(r["partner"], cell), tim])
    tb = Table(data, colWidths=[c * cm for c in (0.7, 4.1, 2.4, 2.6, 1.8)], repeatRows=1)
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("VALIGN", (2, 1), (2, 4), "MIDDLE"), ("VALIGN", (4, 3), (4, 5), "MIDDLE"),
                            ("SPAN", (2, LEAD_SPAN[0]), (2, LEAD_SPAN[1])),
                            ("SPAN", (4, TIME_SPAN[0]), (4, TIME_SPAN[1])),
                            ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]))
    story.append(tb)

    def deco(canv, doc):
        canv.saveState()
        canv.setFont("DV", 6.5)
        canv.drawRightString(A5[0] - 1.4 * cm, A5[1] - 0.9 * cm, "UBND TP Hà Nội - 310/KH-UBND")
        canv.setLineWidth(0.4)
        canv.line(1.4 * cm, A5[1] - 1.0 * cm, A5[0] - 1.4 * cm, A5[1] - 1.0 * cm)
        canv.drawCentredString(A5[0] / 2, 0.7 * cm, str(doc.page))
        canv.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A5, leftMargin=1.4 * cm, rightMargin=1.4 * cm, topMargin=1.3 * cm,
                            bottomMargin=1.2 * cm, title="Kế hoạch 310/KH-UBND", author="heldout40",
                            creator="heldout40", producer="heldout40")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def build(outdir=None):
    out = Path(outdir or HERE / "docs")
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{STEM}.md").write_text(make_md(), encoding="utf-8")
    (out / f"{STEM}.docx").write_bytes(make_docx())
    make_pdf(out / f"{STEM}.pdf")
    return out


if __name__ == "__main__":
    print(build())
