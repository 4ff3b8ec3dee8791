"""Render the held-out-50 document (Quyết định 844/QĐ-TTg + its Kế hoạch hành động on universal health insurance and the
PHỤ LỤC of 29 tasks) in three layouts, byte-reproducibly, from doc_source.parse(). The text is the source's, unreworded;
only the layout changes (the gazette running head is printed once -- in the .pdf as the running head of every page --,
the gazette page numbers 89-103, the annex header printed on each annex page (rendered once), the underscore rules and a stray "[" are not rendered;
the "- " markers of bullet items are dropped where they become list items).

.md   the letterhead and the signature block as FENCED PRE-FORMATTED TEXT (```text): the letterhead's two halves side by
      side as whitespace-aligned columns (left half from column 0, right half from column 36), the signature block
      right-aligned; the gazette line and the digital-signature stamp inside those fences; ATX `#` QUYẾT ĐỊNH / KẾ
      HOẠCH HÀNH ĐỘNG / PHỤ LỤC, `##` parts, `###` the numbered sections of part II; legal bases in _underscore_
      italics, "Điều n." as __underscore-strong__ run-ins; parts I and III as Markdown ORDERED LISTS (the source
      numbers as list numbers), part II items as "-" bullets; the PHỤ LỤC table is NOT a table: one raw-HTML
      <details open> block per task group (its <summary> the group title) holding one HTML DESCRIPTION LIST <dl> per
      task whose <dt> terms are the six column headings and <dd> the cell values (task 23's four "-" sub-items as a
      <ul> inside its <dd>).
.docx python-docx, A4 portrait, Times New Roman 12 pt, built as a Word FORM with CONTENT CONTROLS (w:sdt): the letterhead
      fields (a borderless 2-column table) and the signer's name each in a run-level content control with an alias; parts as
      Heading 1, sections of II as Heading 2; the PHỤ LỤC in a LANDSCAPE section as ONE ruled 6-column table whose
      header row repeats (w:tblHeader); every task group is a ROW-LEVEL content control (alias "Nhóm I" ...) holding
      its group row (one cell spanning 6 columns) and its tasks, every task row is itself a row-level content control
      (alias "Nhiệm vụ n"), and every data cell is a CELL-LEVEL content control (w:sdt around w:tc, alias = the column
      heading) -- so the rows and cells are not direct children of w:tbl / w:tr; fixed core properties and zip
      timestamps.
.pdf  reportlab, A4, DejaVu Sans 9.5 pt justified; a running head on every page (the gazette line left, "Trang n"
      right, a rule under it); the decision and plan on portrait pages; the PHỤ LỤC on ROTATED pages: portrait
      MediaBox with /Rotate 90 and the content drawn in landscape orientation (so a viewer shows the table upright
      in landscape, while the page stream's text runs at 90 degrees), one fully ruled 6-column table, header row
      repeated on each page, group rows spanned over the six columns; invariant=1.
"""
import copy
import io
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import doc_source as S  # noqa: E402

STEM = S.KEY
TITLE = "Quyết định 844/QĐ-TTg năm 2026 - Kế hoạch hành động thực hiện Chỉ thị 52-CT/TW về bảo hiểm y tế toàn dân"
COL_R = 36  # .md letterhead: the right half starts at this column
SIG_W = 78  # .md signature fence: lines right-aligned to this width


# ---------------------------------------------------------------------------------------------------------------- .md
def _esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def md_text():
    d = S.parse()
    lh = d["letterhead"]
    L = ["```text", d["gazette"], ""]
    left = [lh["left"][0], lh["so"], ""]
    right = [lh["right"][0], lh["right"][1], lh["place"]]
    for a, b in zip(left, right):
        assert len(a) < COL_R - 2
        L.append((a.ljust(COL_R) + b).rstrip())
    L += ["```", ""]
    L += ["# " + d["qd"], "", "## " + d["qd_title"], "", "**" + d["issuer"] + "**", ""]
    for b in d["bases"]:
        L += ["_" + b + "_", ""]
    L += ["_" + d["denghi"] + "_", "", "**" + d["qd_colon"] + "**", ""]
    for a, t in d["dieu"]:
        L += [f"__{a}__ {t}", ""]
    L.append("```text")
    for x in d["signature"] + [""] + d["stamp"]:
        L.append(x.rjust(SIG_W) if x else "")
    L += ["```", ""]
    L += ["```text"] + [x for x in d["kh_letterhead"]] + ["```", ""]
    L += ["# " + d["kh"], "", "**" + d["kh_title"] + "**", "", "_" + d["kh_note"] + "_", ""]
    L += ["## " + d["p1_head"], ""]
    for n, t in d["p1"]:
        L.append(f"{n}. {t}")
    L += ["", "## " + d["p2_head"], "", d["p2_lead"], ""]
    for s in d["p2"]:
        L += [f"### {s['num']}. {s['title']}", ""]
        L += ["- " + x for x in s["items"]]
        L.append("")
    L += ["## " + d["p3_head"], ""]
    for n, t in d["p3"]:
        L.append(f"{n}. {t}")
    L += ["", d["closing"], ""]
    L += ["# " + d["pl"], "", "**" + d["pl_title"] + "**", "", "_" + d["pl_note"] + "_", ""]
    C = d["cols"]
    for g in d["groups"]:
        L += ["<details open>", f"<summary><strong>{g['num']}. {_esc(g['title'])}</strong></summary>", ""]
        for r in d["rows"]:
            if r["group"] != g["num"]:
                continue
            name = r["name"]
            if len(name) == 1:
                nm = _esc(name[0])
            else:
                nm = f"<p>{_esc(name[0])}</p><ul>" + "".join(
                    f"<li>{_esc(x[2:] if x.startswith('- ') else x)}</li>" for x in name[1:]) + "</ul>"
            L += ["<dl>", f"<dt>{C[0]}</dt><dd>{r['stt']}.</dd>", f"<dt>{C[1]}</dt><dd>{nm}</dd>",
                  f"<dt>{C[2]}</dt><dd>{_esc(r['lead'])}</dd>", f"<dt>{C[3]}</dt><dd>{_esc(r['partner'])}</dd>",
                  f"<dt>{C[4]}</dt><dd>{_esc(r['result'])}</dd>", f"<dt>{C[5]}</dt><dd>{_esc(r['time'])}</dd>",
                  "</dl>", ""]
        L += ["</details>", ""]
    return "\n".join(L).rstrip("\n") + "\n"


# ---------------------------------------------------------------------------------------------------------------- .docx
def build_docx(out):
    import docx
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt
    d = S.parse()
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    st.paragraph_format.space_after = Pt(4)
    for h, sz in (("Heading 1", 13), ("Heading 2", 12)):
        s = doc.styles[h]
        s.font.name = "Times New Roman"
        s.font.size = Pt(sz)
        s.font.bold = True
        s.font.color.rgb = None
        s.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
        s.element.rPr.rFonts.set(qn("w:ascii"), "Times New Roman")
        s.element.rPr.rFonts.set(qn("w:hAnsi"), "Times New Roman")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
    ids = iter(range(1001, 9999))

    def sdt_pr(alias, tag):
        pr = OxmlElement("w:sdtPr")
        a = OxmlElement("w:alias")
        a.set(qn("w:val"), alias)
        t = OxmlElement("w:tag")
        t.set(qn("w:val"), tag)
        i = OxmlElement("w:id")
        i.set(qn("w:val"), str(next(ids)))
        pr.extend([a, t, i])
        return pr

    def wrap(el, alias, tag):
        """wrap the element el (a w:p, w:tr or w:tc) in a content control at its place"""
        sdt = OxmlElement("w:sdt")
        sdt.append(sdt_pr(alias, tag))
        sdt.append(OxmlElement("w:sdtEndPr"))
        content = OxmlElement("w:sdtContent")
        sdt.append(content)
        el.addprevious(sdt)
        content.append(el)
        return sdt

    def wrap_runs(p, alias, tag):
        """put the runs of paragraph p into one run-level content control"""
        runs = list(p.iterchildren(qn("w:r")))
        sdt = OxmlElement("w:sdt")
        sdt.append(sdt_pr(alias, tag))
        sdt.append(OxmlElement("w:sdtEndPr"))
        content = OxmlElement("w:sdtContent")
        sdt.append(content)
        runs[0].addprevious(sdt)
        for r in runs:
            content.append(r)

    def para(text, bold=False, italic=False, align=None, size=None, style=None, container=None):
        p = (container or doc).add_paragraph(style=style)
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if align:
            p.alignment = align
        return p

    C = WD_ALIGN_PARAGRAPH.CENTER
    J = WD_ALIGN_PARAGRAPH.JUSTIFY
    para(d["gazette"], italic=True, size=9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    lh = d["letterhead"]
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cells = [(t.cell(0, 0), lh["left"][0], True, False, "Cơ quan ban hành", "co-quan"),
             (t.cell(1, 0), lh["so"], False, False, "Số, ký hiệu", "so-ky-hieu"),
             (t.cell(0, 1), lh["right"][0] + "\n" + lh["right"][1], True, False, "Quốc hiệu, tiêu ngữ", "quoc-hieu"),
             (t.cell(1, 1), lh["place"], False, True, "Địa danh, ngày tháng", "dia-danh-ngay")]
    for c, txt, b, i, alias, tag in cells:
        p = c.paragraphs[0]
        for k, part in enumerate(txt.split("\n")):
            if k:
                p = c.add_paragraph()
            r = p.add_run(part)
            r.bold, r.italic = b, i
            p.alignment = C
        for p in list(c.paragraphs):
            wrap_runs(p._p, alias, tag)
    para(d["qd"], bold=True, align=C, size=14)
    para(d["qd_title"], bold=True, align=C)
    para(d["issuer"], bold=True, align=C)
    for b in d["bases"] + [d["denghi"]]:
        para(b, italic=True, align=J)
    para(d["qd_colon"], bold=True, align=C)
    for a, txt in d["dieu"]:
        p = doc.add_paragraph()
        p.add_run(a + " ").bold = True
        p.add_run(txt)
        p.alignment = J
    for k, x in enumerate(d["signature"]):
        p = para(x, bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
        if k == 2:
            wrap_runs(p._p, "Người ký", "nguoi-ky")
    for x in d["stamp"]:
        para(x, size=8, italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p = para(d["kh_letterhead"][0], bold=True, align=C)
    p.paragraph_format.page_break_before = True
    para(d["kh_letterhead"][1], bold=True, align=C)
    para(d["kh_letterhead"][2], bold=True, align=C)
    para(d["kh"], bold=True, align=C, size=14)
    para(d["kh_title"], bold=True, align=C)
    para(d["kh_note"], italic=True, align=C)
    doc.add_paragraph(d["p1_head"], style="Heading 1")
    for n, txt in d["p1"]:
        para(f"{n}. {txt}", align=J)
    doc.add_paragraph(d["p2_head"], style="Heading 1")
    para(d["p2_lead"], align=J)
    for s in d["p2"]:
        doc.add_paragraph(f"{s['num']}. {s['title']}", style="Heading 2")
        for x in s["items"]:
            p = para("- " + x, align=J)
            p.paragraph_format.left_indent = Cm(0.5)
    doc.add_paragraph(d["p3_head"], style="Heading 1")
    for n, txt in d["p3"]:
        para(f"{n}. {txt}", align=J)
    para(d["closing"], align=J)
    # ---- annex: landscape section
    ns = doc.add_section(WD_SECTION.NEW_PAGE)
    ns.orientation = WD_ORIENT.LANDSCAPE
    ns.page_width, ns.page_height = Cm(29.7), Cm(21)
    ns.left_margin, ns.right_margin, ns.top_margin, ns.bottom_margin = Cm(1.8), Cm(1.8), Cm(1.8), Cm(1.8)
    para(d["pl"], bold=True, align=C, size=13)
    para(d["pl_title"], bold=True, align=C)
    para(d["pl_note"], italic=True, align=C)
    widths = [Cm(1.2), Cm(9.6), Cm(3.9), Cm(4.6), Cm(3.9), Cm(2.9)]
    cols = d["cols"]
    tbl = doc.add_table(rows=1, cols=6)
    tbl.style = doc.styles["Table Grid"]
    for k, w in enumerate(widths):
        tbl.columns[k].width = w
    hdr = tbl.rows[0]
    trPr = hdr._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    trPr.append(th)
    for k, c in enumerate(hdr.cells):
        c.width = widths[k]
        p = c.paragraphs[0]
        r = p.add_run(cols[k])
        r.bold = True
        r.font.size = Pt(10)
        p.alignment = C
    tags = ["stt", "ten-nhiem-vu", "co-quan-chu-tri", "co-quan-phoi-hop", "ket-qua", "thoi-gian"]

    def fill(cell, paras, w, bold=False, align=None):
        cell.width = w
        first = True
        for x in paras:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            r = p.add_run(x)
            r.font.size = Pt(10)
            r.bold = bold
            p.paragraph_format.space_after = Pt(2)
            if align:
                p.alignment = align

    for g in d["groups"]:
        grow = tbl.add_row()
        gc = grow.cells[0].merge(grow.cells[5])
        fill(gc, [f"{g['num']}. {g['title']}"], sum(widths, Cm(0)), bold=True)
        members = [grow._tr]
        for r in d["rows"]:
            if r["group"] != g["num"]:
                continue
            row = tbl.add_row()
            vals = [[r["stt"] + "."], r["name"], [r["lead"]], [r["partner"]], [r["result"]], [r["time"]]]
            for k in range(6):
                fill(row.cells[k], vals[k], widths[k], align=C if k in (0, 5) else None)
            tcs = list(row._tr.iterchildren(qn("w:tc")))
            for k in range(1, 6):
                wrap(tcs[k], cols[k], tags[k])
            members.append(wrap(row._tr, f"Nhiệm vụ {r['stt']}", f"nhiem-vu-{r['stt']}"))
        # the group: one row-level content control around the group row and its task rows
        outer = OxmlElement("w:sdt")
        outer.append(sdt_pr(f"Nhóm {g['num']}", f"nhom-{g['num']}"))
        outer.append(OxmlElement("w:sdtEndPr"))
        content = OxmlElement("w:sdtContent")
        outer.append(content)
        members[0].addprevious(outer)
        for m in members:
            content.append(m)
    cp = doc.core_properties
    cp.title, cp.author, cp.last_modified_by, cp.comments = TITLE, "", "", ""
    cp.subject, cp.keywords, cp.category = "", "", ""
    import datetime
    cp.created = cp.modified = datetime.datetime(2026, 5, 13, 0, 0, 0)
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    _fix_zip(buf.getvalue(), out)


def _fix_zip(data, out):
    zin = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for n in zin.namelist():
            zi = zipfile.ZipInfo(n, date_time=(2026, 5, 13, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(n))
    Path(out).write_bytes(buf.getvalue())


# ---------------------------------------------------------------------------------------------------------------- .pdf
def build_pdf(out):
    from xml.sax.saxutils import escape
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                    Spacer, Table, TableStyle)
    F = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DS", F + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DSB", F + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DSI", F + "DejaVuSans-Oblique.ttf"))
    pdfmetrics.registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSB")
    d = S.parse()
    W, H = A4
    body = ParagraphStyle("b", fontName="DS", fontSize=9.5, leading=12.5, alignment=TA_JUSTIFY, spaceAfter=3)
    ital = ParagraphStyle("i", parent=body, fontName="DSI")
    ctr = ParagraphStyle("c", parent=body, alignment=TA_CENTER, fontName="DSB", spaceAfter=1.5)
    ctrn = ParagraphStyle("cn", parent=ctr, fontName="DS")
    ctri = ParagraphStyle("ci", parent=ctr, fontName="DSI")
    big = ParagraphStyle("g", parent=ctr, fontSize=12.5, leading=16, spaceBefore=6, spaceAfter=3)
    part = ParagraphStyle("p", parent=body, fontName="DSB", fontSize=10, leading=13, spaceBefore=5)
    sec = ParagraphStyle("s", parent=body, fontName="DSB", spaceBefore=2)
    dash = ParagraphStyle("d", parent=body, leftIndent=0.6 * cm, bulletIndent=0.2 * cm)
    right = ParagraphStyle("r", parent=body, alignment=TA_RIGHT, fontName="DSB", spaceAfter=1)
    stamp = ParagraphStyle("st", parent=body, alignment=TA_RIGHT, fontName="DSI", fontSize=7, leading=9, spaceAfter=0)
    cell = ParagraphStyle("cell", parent=body, fontSize=8, leading=10, alignment=TA_LEFT, spaceAfter=1)
    cellc = ParagraphStyle("cellc", parent=cell, alignment=TA_CENTER)
    cellh = ParagraphStyle("cellh", parent=cellc, fontName="DSB")
    cellg = ParagraphStyle("cellg", parent=cell, fontName="DSB")
    P = lambda t, s=body: Paragraph(escape(t), s)  # noqa: E731

    def head(canv, doc, w, h):
        canv.setFont("DSI", 8)
        canv.drawString(2.2 * cm, h - 1.1 * cm, d["gazette"])
        canv.drawRightString(w - 1.8 * cm, h - 1.1 * cm, f"Trang {doc.page}")
        canv.setLineWidth(0.4)
        canv.line(2.2 * cm, h - 1.25 * cm, w - 1.8 * cm, h - 1.25 * cm)

    def on_portrait(canv, doc):
        canv.saveState()
        head(canv, doc, W, H)
        canv.restoreState()

    def on_rotated(canv, doc):
        # draw the whole page in landscape coordinates: display (X, Y) -> page (W - Y, X) for /Rotate 90
        canv.saveState()
        canv.translate(W, 0)
        canv.rotate(90)
        head(canv, doc, H, W)

    def end_rotated(canv, doc):
        canv.restoreState()

    fp = Frame(2.2 * cm, 1.6 * cm, W - 4.0 * cm, H - 3.3 * cm, id="p", leftPadding=0, rightPadding=0)
    fl = Frame(1.6 * cm, 1.4 * cm, H - 3.2 * cm, W - 3.1 * cm, id="l", leftPadding=0, rightPadding=0)
    tp = PageTemplate(id="portrait", frames=[fp], onPage=on_portrait, pagesize=A4)
    # reportlab writes a page whose template size is (w, h) and whose rotation is 90 with MediaBox [0 0 h w]: a
    # landscape template gives a PORTRAIT MediaBox with /Rotate 90; on_rotated() then draws in landscape coordinates
    tl = PageTemplate(id="rotated", frames=[fl], onPage=on_rotated, onPageEnd=end_rotated, pagesize=(H, W))
    tl.rotation = 90
    tp.rotation = 0
    story = []
    lh = d["letterhead"]
    story.append(Table([[[P(x, ctr) for x in lh["left"]] + [P(lh["so"], ctrn)],
                         [P(x, ctr) for x in lh["right"]] + [P(lh["place"], ctri)]]],
                       colWidths=[6.3 * cm, 10.3 * cm], style=[("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(P(d["qd"], big))
    story.append(P(d["qd_title"], ctr))
    story.append(P(d["issuer"], ctr))
    for b in d["bases"] + [d["denghi"]]:
        story.append(P(b, ital))
    story.append(P(d["qd_colon"], ctr))
    for a, t in d["dieu"]:
        story.append(Paragraph(f"<b>{escape(a)}</b> {escape(t)}", body))
    story.append(Spacer(1, 6))
    for x in d["signature"]:
        story.append(P(x, right))
    story.append(Spacer(1, 4))
    for x in d["stamp"]:
        story.append(P(x, stamp))
    story.append(PageBreak())
    for x in d["kh_letterhead"]:
        story.append(P(x, ctr))
    story.append(P(d["kh"], big))
    story.append(P(d["kh_title"], ctr))
    story.append(P(d["kh_note"], ctri))
    story.append(P(d["p1_head"], part))
    for n, t in d["p1"]:
        story.append(P(f"{n}. {t}"))
    story.append(P(d["p2_head"], part))
    story.append(P(d["p2_lead"]))
    for s in d["p2"]:
        story.append(P(f"{s['num']}. {s['title']}", sec))
        for x in s["items"]:
            story.append(Paragraph(escape(x), dash, bulletText="-"))
    story.append(P(d["p3_head"], part))
    for n, t in d["p3"]:
        story.append(P(f"{n}. {t}"))
    story.append(P(d["closing"]))
    story.append(NextPageTemplate("rotated"))
    story.append(PageBreak())
    story.append(P(d["pl"], big))
    story.append(P(d["pl_title"], ctr))
    story.append(P(d["pl_note"], ctri))
    story.append(Spacer(1, 4))
    cols = d["cols"]
    data = [[Paragraph(escape(c), cellh) for c in cols]]
    spans = []
    for g in d["groups"]:
        data.append([Paragraph(escape(f"{g['num']}. {g['title']}"), cellg), "", "", "", "", ""])
        spans.append(("SPAN", (0, len(data) - 1), (5, len(data) - 1)))
        spans.append(("BACKGROUND", (0, len(data) - 1), (5, len(data) - 1), colors.HexColor("#E8E8E8")))
        for r in d["rows"]:
            if r["group"] != g["num"]:
                continue
            name = [Paragraph(escape(r["name"][0]), cell)] + [
                Paragraph(escape(x[2:]), ParagraphStyle("cd", parent=cell, leftIndent=8, bulletIndent=0),
                          bulletText="-") for x in r["name"][1:]]
            data.append([Paragraph(escape(r["stt"] + "."), cellc), name, Paragraph(escape(r["lead"]), cell),
                         Paragraph(escape(r["partner"]), cell), Paragraph(escape(r["result"]), cell),
                         Paragraph(escape(r["time"]), cellc)])
    cw = [1.1 * cm, 9.4 * cm, 3.9 * cm, 4.6 * cm, 3.9 * cm, 3.5 * cm]
    tbl = Table(data, colWidths=cw, repeatRows=1, splitByRow=1)
    tbl.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D0D0D0")),
                             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)] + spans))
    story.append(tbl)
    doc = BaseDocTemplate(str(out), pagesize=A4, pageTemplates=[tp, tl], invariant=1, title=TITLE, author="",
                          creator="", subject="", keywords="")
    doc.build(story)


def build(outdir=None):
    D = Path(outdir or HERE / "docs")
    D.mkdir(exist_ok=True)
    (D / f"{STEM}.md").write_text(md_text(), encoding="utf-8")
    build_docx(D / f"{STEM}.docx")
    build_pdf(D / f"{STEM}.pdf")


if __name__ == "__main__":
    build()
