"""Render the held-out-48 document (Quyết định 435/QĐ-UBND Kon Tum + its Chương trình hành động on harmonious labour
relations) in three layouts, byte-reproducibly, from doc_source.parse(). The text is the source's, unreworded; only the
layout changes (the crawl's glued lines are split; the "-------" letterhead rules are dropped).

.md   ATX `#` QUYẾT ĐỊNH / CHƯƠNG TRÌNH HÀNH ĐỘNG, `##` parts I-III; letterhead and the Nơi nhận + signature block as RAW
      HTML LAYOUT TABLES (`<table class="layout">`, two cells side by side, lines separated by `<br>`); "Điều n." bold
      run-ins; part II as ONE raw HTML `<table>` with a `<thead>` (TT | Nội dung hoạt động | Cơ quan thực hiện | Thời
      gian thực hiện) and ONE `<tbody>` PER GROUP whose first row is the group title as `<th colspan="4"
      scope="rowgroup">`; a task's paragraphs as `<p>` inside its cell; where several tasks share the lead/time lines
      printed after the last of them (1.1-1.2, 3.1-3.4) the two cells are ROWSPAN cells on the block's first row; the
      "Cơ quan thực hiện:"/"Thời gian thực hiện:" labels become the column headers; part III as an ordered list with
      a nested "-" list; the two source footnotes after a `* * *` break.
.docx python-docx, A4 portrait, Times New Roman 14 pt justified; `Title` QUYẾT ĐỊNH / CHƯƠNG TRÌNH HÀNH ĐỘNG, `Heading 1`
      parts; part II as NESTED TABLES: one outer 1-column 'Table Grid' table, one row per group holding the group title
      (bold) and, NESTED inside that cell, a 4-column table (TT | Nội dung hoạt động | Cơ quan thực hiện | Thời gian thực
      hiện) with its own header row and VERTICALLY MERGED lead/time cells for the shared blocks; letterhead and Nơi
      nhận/signature as borderless 2-column tables; the footnotes as 10 pt paragraphs under a short rule; fixed core
      properties and zip timestamps.
.pdf  reportlab, A4 portrait, DejaVu Sans 9.5 pt justified; part II in a MARGIN-NOTE layout: per block of tasks one
      borderless two-column row, the tasks (bold run-in number) in the wide left column and a grey-shaded SIDE NOTE in a
      narrow right column (4.3 cm, 7.5 pt) holding "Cơ quan thực hiện: …" and "Thời gian thực hiện: …" with the source's
      labels; group titles as bold full-width lines; no rules, no page numbers, no running header; invariant=1.
"""
import html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import doc_source as S  # noqa: E402

STEM = S.KEY
TITLE = "Quyết định 435/QĐ-UBND năm 2020"


# ---------------------------------------------------------------------------------------------------------------- .md
def md_text():
    d = S.parse()
    e = html.escape
    lh = d["letterhead"]
    L = ['<table class="layout">', "<tr>",
         f'<td align="center"><b>{"<br>".join(e(x) for x in lh["left"])}</b></td>',
         f'<td align="center"><b>{"<br>".join(e(x) for x in lh["right"])}</b></td>', "</tr>", "<tr>",
         f'<td align="center">{e(lh["so"])}</td>', f'<td align="center"><i>{e(lh["place"])}</i></td>', "</tr>",
         "</table>", ""]
    L += ["# " + d["qd"], "", d["qd_title"], "", d["issuer"], ""]
    for b in d["bases"]:
        L += [b, ""]
    L += [d["denghi"], "", d["qd_colon"], ""]
    for a, t in d["dieu"]:
        L += [f"**{a}** {t}", ""]
    rec = "<br>".join(e(x) for x in d["recipients"])
    L += ['<table class="layout">', "<tr>", f'<td valign="top"><b>Nơi nhận:</b><br>{rec}</td>',
          f'<td align="center" valign="top"><b>{"<br>".join(e(x) for x in d["signature"][:3])}</b><br><br><br>'
          f'<b>{e(d["signature"][3])}</b></td>', "</tr>", "</table>", ""]
    L += ["# " + d["ct"], "", d["ct_title"], "", f'*{d["ct_note"]}*', ""]
    p1 = d["part1"]
    L += ["## " + p1["head"], ""]
    for n, ps in p1["items"]:
        L += [f"{n} {ps[0]}", ""] + sum(([p, ""] for p in ps[1:]), [])
    p2 = d["part2"]
    L += ["## " + p2["head"], "", "<table>", "<thead>",
          "<tr><th>TT</th><th>Nội dung hoạt động</th><th>Cơ quan thực hiện</th><th>Thời gian thực hiện</th></tr>",
          "</thead>"]
    blocks = S.blocks()
    for g in p2["groups"]:
        L += ["<tbody>", f'<tr><th colspan="4" scope="rowgroup">{g["num"]}. {e(g["title"])}</th></tr>']
        for b in [b for b in blocks if b[0]["group"] == g["num"]]:
            for j, t in enumerate(b):
                paras = "".join(f"<p>{e(p)}</p>" for p in t["paras"])
                row = f'<tr><td>{t["num"]}</td><td>{paras}</td>'
                if j == 0:
                    rs = f' rowspan="{len(b)}"' if len(b) > 1 else ""
                    row += f'<td{rs}>{e(b[-1]["lead"])}</td><td{rs}>{e(b[-1]["time"])}</td>'
                L.append(row + "</tr>")
        L.append("</tbody>")
    L += ["</table>", ""]
    p3 = d["part3"]
    L += ["## " + p3["head"], ""]
    for it in p3["items"]:
        ps = it["paras"]
        if it["num"] == "2":
            L += [f"{it['num']}. {ps[0]}", ""] + ["    " + x for x in ps[1:]] + [""]
        else:
            L += [f"{it['num']}. {ps[0]}", ""] + sum((["    " + p, ""] for p in ps[1:]), [])
    L += ["* * *", ""]
    for f in d["footnotes"]:
        L += [f, ""]
    return "\n".join(L).rstrip("\n") + "\n"


# ---------------------------------------------------------------------------------------------------------------- .docx
def build_docx(out):
    import datetime
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt
    d = S.parse()
    doc = docx.Document()
    cp = doc.core_properties
    cp.author = cp.last_modified_by = ""
    cp.title = TITLE
    cp.created = cp.modified = datetime.datetime(2020, 5, 4)
    cp.revision = 1
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(1.5), Cm(2), Cm(2)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(14)
    st.paragraph_format.space_after = Pt(3)
    for h in ("Title", "Heading 1"):
        doc.styles[h].font.name = "Times New Roman"
    J, C, Lf = WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT

    def para(t, style="Normal", align=J, bold=False, italic=False, size=None, indent=True, container=None):
        p = (container or doc).add_paragraph(style=style)
        r = p.add_run(t)
        r.bold = bold or None
        r.italic = italic or None
        if size:
            r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        if indent and style == "Normal" and container is None:
            p.paragraph_format.first_line_indent = Cm(1.27)
        return p

    def no_borders(tb):
        b = OxmlElement("w:tblBorders")
        for x in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{x}")
            el.set(qn("w:val"), "nil")
            b.append(el)
        tb._tbl.tblPr.append(b)

    def cell_lines(c, lines, bold=False, align=None, size=None, italic=False):
        c.paragraphs[0].text = ""
        for i, x in enumerate(lines):
            p = c.paragraphs[0] if i == 0 else c.add_paragraph()
            r = p.add_run(x)
            r.bold = bold or None
            r.italic = italic or None
            if size:
                r.font.size = Pt(size)
            if align is not None:
                p.alignment = align
            p.paragraph_format.space_after = Pt(2)

    def header_row(row):
        h = OxmlElement("w:tblHeader")
        h.set(qn("w:val"), "true")
        row._tr.get_or_add_trPr().append(h)

    lh = d["letterhead"]
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    cell_lines(t.cell(0, 0), lh["left"], bold=True, align=C, size=13)
    cell_lines(t.cell(0, 1), lh["right"], bold=True, align=C, size=13)
    cell_lines(t.cell(1, 0), [lh["so"]], align=C, size=13)
    cell_lines(t.cell(1, 1), [lh["place"]], align=C, size=13, italic=True)
    para(d["qd"], "Title", align=C)
    para(d["qd_title"], bold=True, align=C, indent=False)
    para(d["issuer"], bold=True, align=C, indent=False)
    for b in d["bases"]:
        para(b, italic=True)
    para(d["denghi"], italic=True)
    para(d["qd_colon"], bold=True, align=C, indent=False)
    for a, txt in d["dieu"]:
        p = para(a + " ")
        p.runs[0].bold = True
        p.add_run(txt)
    t2 = doc.add_table(rows=1, cols=2)
    no_borders(t2)
    cell_lines(t2.cell(0, 0), ["Nơi nhận:"], bold=True, italic=True, size=12)
    for x in d["recipients"]:
        r = t2.cell(0, 0).add_paragraph().add_run(x)
        r.font.size = Pt(11)
    cell_lines(t2.cell(0, 1), d["signature"][:3] + ["", d["signature"][3]], bold=True, align=C)
    doc.add_page_break()
    para(d["ct"], "Title", align=C)
    para(d["ct_title"], bold=True, align=C, indent=False)
    para(d["ct_note"], italic=True, align=C, indent=False)
    p1 = d["part1"]
    para(p1["head"], "Heading 1", align=None)
    for n, ps in p1["items"]:
        para(f"{n} {ps[0]}")
        for x in ps[1:]:
            para(x)
    p2 = d["part2"]
    para(p2["head"], "Heading 1", align=None)
    outer = doc.add_table(rows=len(p2["groups"]), cols=1)
    outer.style = "Table Grid"
    blocks = S.blocks()
    for gi, g in enumerate(p2["groups"]):
        oc = outer.cell(gi, 0)
        cell_lines(oc, [f'{g["num"]}. {g["title"]}'], bold=True, align=J, size=13)
        gb = [b for b in blocks if b[0]["group"] == g["num"]]
        ntasks = sum(len(b) for b in gb)
        inner = oc.add_table(rows=1 + ntasks, cols=4)
        inner.style = "Table Grid"
        for c, h in zip(inner.rows[0].cells, ("TT", "Nội dung hoạt động", "Cơ quan thực hiện", "Thời gian thực hiện")):
            cell_lines(c, [h], bold=True, align=C, size=11)
        header_row(inner.rows[0])
        r = 1
        for b in gb:
            for j, tk in enumerate(b):
                cell_lines(inner.cell(r + j, 0), [tk["num"]], align=C, size=11)
                cell_lines(inner.cell(r + j, 1), tk["paras"], align=J, size=11)
            lead = inner.cell(r, 2)
            time = inner.cell(r, 3)
            if len(b) > 1:
                lead = lead.merge(inner.cell(r + len(b) - 1, 2))
                time = time.merge(inner.cell(r + len(b) - 1, 3))
            cell_lines(lead, [b[-1]["lead"]], align=Lf, size=11)
            cell_lines(time, [b[-1]["time"]], align=Lf, size=11)
            r += len(b)
        for row in inner.rows:
            for c, w in zip(row.cells, (1.2, 7.6, 4.3, 3.3)):
                c.width = Cm(w)
        oc.add_paragraph()  # Word requires a paragraph after a nested table
    p3 = d["part3"]
    para(p3["head"], "Heading 1", align=None)
    for it in p3["items"]:
        ps = it["paras"]
        para(f"{it['num']}. {ps[0]}")
        for x in ps[1:]:
            para(x)
    para("_" * 20, align=Lf, indent=False)
    for f in d["footnotes"]:
        para(f, size=10, indent=False)
    doc.save(str(out))
    _fix_zip(out)


def _fix_zip(path):
    import io
    import zipfile
    zin = zipfile.ZipFile(io.BytesIO(Path(path).read_bytes()))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for n in zin.namelist():
            zi = zipfile.ZipInfo(n, date_time=(2020, 5, 4, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(n))
    Path(path).write_bytes(buf.getvalue())


# ---------------------------------------------------------------------------------------------------------------- .pdf
def build_pdf(out):
    from xml.sax.saxutils import escape
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    F = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DS", F + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DSB", F + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DSI", F + "DejaVuSans-Oblique.ttf"))
    pdfmetrics.registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSB")
    d = S.parse()
    body = ParagraphStyle("b", fontName="DS", fontSize=9.5, leading=12.5, alignment=TA_JUSTIFY, spaceAfter=3,
                          firstLineIndent=0.8 * cm)
    flat = ParagraphStyle("f", parent=body, firstLineIndent=0)
    ital = ParagraphStyle("i", parent=body, fontName="DSI")
    ctr = ParagraphStyle("c", parent=flat, alignment=TA_CENTER, fontName="DSB", spaceAfter=2)
    ctrn = ParagraphStyle("cn", parent=ctr, fontName="DS")
    ctri = ParagraphStyle("ci", parent=ctr, fontName="DSI")
    big = ParagraphStyle("g", parent=ctr, fontSize=13, leading=16, spaceBefore=8, spaceAfter=4)
    part = ParagraphStyle("p", parent=flat, fontName="DSB", fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=4)
    grp = ParagraphStyle("gr", parent=flat, fontName="DSB", spaceBefore=6, spaceAfter=3)
    note = ParagraphStyle("n", parent=flat, fontName="DSI", fontSize=7.5, leading=9.5, alignment=TA_LEFT, spaceAfter=3)
    small = ParagraphStyle("s", parent=flat, fontSize=8.5, leading=10.5, alignment=TA_LEFT, spaceAfter=0)
    fn = ParagraphStyle("fn", parent=flat, fontSize=7.5, leading=9.5)
    P = lambda t, s=body: Paragraph(escape(t), s)  # noqa: E731
    story = []
    lh = d["letterhead"]
    story.append(Table([[[P(x, ctr) for x in lh["left"]], [P(x, ctr) for x in lh["right"]]],
                        [P(lh["so"], ctrn), P(lh["place"], ctri)]], colWidths=[6.5 * cm, 9.5 * cm]))
    story.append(P(d["qd"], big))
    story.append(P(d["qd_title"], ctr))
    story.append(P(d["issuer"], ctr))
    for b in d["bases"]:
        story.append(P(b, ital))
    story.append(P(d["denghi"], ital))
    story.append(P(d["qd_colon"], ctr))
    for a, t in d["dieu"]:
        story.append(Paragraph(f"<b>{escape(a)}</b> {escape(t)}", body))
    story.append(Spacer(1, 8))
    rec = [Paragraph("<b><i>Nơi nhận:</i></b>", small)] + [P(x, small) for x in d["recipients"]]
    sig = [P(x, ctr) for x in d["signature"][:3]] + [Spacer(1, 30), P(d["signature"][3], ctr)]
    story.append(Table([[rec, sig]], colWidths=[8 * cm, 8 * cm], style=[("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(PageBreak())
    story.append(P(d["ct"], big))
    story.append(P(d["ct_title"], ctr))
    story.append(P(d["ct_note"], ctri))
    p1 = d["part1"]
    story.append(P(p1["head"], part))
    for n, ps in p1["items"]:
        story.append(P(f"{n} {ps[0]}"))
        for x in ps[1:]:
            story.append(P(x))
    p2 = d["part2"]
    story.append(P(p2["head"], part))
    blocks = S.blocks()
    W0, W1 = 11.7 * cm, 4.3 * cm
    for g in p2["groups"]:
        story.append(P(f'{g["num"]}. {g["title"]}', grp))
        rows = []
        for b in [b for b in blocks if b[0]["group"] == g["num"]]:
            left = []
            for tk in b:
                left.append(Paragraph(f"<b>{tk['num']}.</b> {escape(tk['paras'][0])}", flat))
                left += [P(x, flat) for x in tk["paras"][1:]]
            right = [P(f"{S.LEAD} {b[-1]['lead']}", note), P(f"{S.TIME} {b[-1]['time']}", note)]
            rows.append([left, right])
        t = Table(rows, colWidths=[W0, W1], splitByRow=1)
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (1, 0), (1, -1), colors.HexColor("#EEEEEE")),
                               ("LEFTPADDING", (0, 0), (0, -1), 0), ("RIGHTPADDING", (0, 0), (0, -1), 10),
                               ("LEFTPADDING", (1, 0), (1, -1), 5), ("RIGHTPADDING", (1, 0), (1, -1), 5),
                               ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        story.append(t)
    p3 = d["part3"]
    story.append(P(p3["head"], part))
    for it in p3["items"]:
        ps = it["paras"]
        story.append(P(f"{it['num']}. {ps[0]}"))
        for x in ps[1:]:
            story.append(P(x))
    story.append(Spacer(1, 10))
    story.append(P("_" * 24, flat))
    for f in d["footnotes"]:
        story.append(P(f, fn))
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=3 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, invariant=1, title=TITLE, author="", creator="")
    doc.build(story)


def build(outdir=None):
    D = Path(outdir or HERE / "docs")
    D.mkdir(exist_ok=True)
    (D / f"{STEM}.md").write_text(md_text(), encoding="utf-8")
    build_docx(D / f"{STEM}.docx")
    build_pdf(D / f"{STEM}.pdf")


if __name__ == "__main__":
    build()
