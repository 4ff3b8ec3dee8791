"""Render the held-out-52 document (Nghị quyết 100/NQ-CP, 2026, with the Chương trình hành động and its PHỤ LỤC task
table) in three layouts, byte-reproducibly, from doc_source.parse(). The text is the source's, unreworded; only the
layout changes (the gazette's running heads "CÔNG BÁO/Số 242/Ngày 22-04-2026" + page numbers and the source's hard
line breaks are not rendered; a paragraph's lines are joined by single spaces).

.md   MyST MARKDOWN (the Markdown of Jupyter Book / Sphinx): the two letterheads and the signature block as
      `{list-table}` DIRECTIVES without header rows (one `* -` row, one `  -` item per column, a column's lines as
      paragraphs indented four spaces), the digital-signature stamp as a `{note}` ADMONITION (lines joined by
      backslash hard breaks), MyST TARGET LABELS `(label)=` before the headings; `#` NGHỊ QUYẾT / CHƯƠNG TRÌNH HÀNH
      ĐỘNG / PHỤ LỤC, `##` parts I-III, `###` the seven sections of part II; bases in `*` italics, "Điều n." bold;
      the numbered items of parts I and III as ordered-list items, the lettered items as plain paragraphs; the PHỤ
      LỤC as ONE `{list-table}` directive whose ARGUMENT is the annex title (its caption) with options `:header-rows:
      1`, `:widths:`, `:name:` and one `* -` row per group / task (the group rows' four trailing cells empty "  -").
.docx python-docx, A4 portrait (annex in a LANDSCAPE section), Times New Roman 13 pt; the letterheads (left and right
      halves), the signature block and the boxed digital-signature stamp as FLOATING TEXT BOXES (DrawingML
      `wp:anchor` + `wps:wsp` with `w:txbxContent`, inside `mc:AlternateContent`/`mc:Choice Requires="wps"`, wrap
      top-and-bottom, no VML fallback), so that their text is not in the body's paragraphs; titles and parts as bold centred / bold paragraphs; the PHỤ LỤC as ONE ruled 5-column
      table ('Table Grid') with TWO ROWS PER TASK: a first row holding TT (vertically merged, `w:vMerge`, over both
      rows) and the task text spanning the four other columns (`w:gridSpan` 4), a second row with Cơ quan chủ trì |
      Cơ quan phối hợp | Kết quả/Đánh giá | Thời hạn hoàn thành; the header built the same way over two rows (repeated,
      `w:tblHeader`); group rows shaded, the title spanning the four columns; fixed core properties and zip timestamps.
.pdf  reportlab, A4 portrait, a BOOK LAYOUT: MIRRORED MARGINS (recto and verso page templates alternating, the wider
      margin on the binding side), a DYNAMIC RUNNING HEAD at the top of every page but the first, naming the part in
      effect at the top of the page (NGHỊ QUYẾT, CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ, the part titles I-III, PHỤ LỤC;
      set by zero-size action flowables in the story) on the OUTER side with the page number ("II. NHIỆM VỤ CỤ THỂ | 5" on recto
      pages, "4 | II. NHIỆM VỤ CỤ THỂ" on verso pages, a hairline under it), no footer; body DejaVu Serif 9.5 pt
      justified; the PHỤ LỤC as ONE fully ruled 6-column table (DejaVu Sans Condensed 7.5 pt) whose rows SPLIT ACROSS
      PAGES (`splitInRow`), header row repeated (`repeatRows=1`), group rows shaded; invariant=1.
"""
import datetime
import io
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import doc_source as S  # noqa: E402

STEM = S.KEY
TITLE = "Nghị quyết 100/NQ-CP - Chương trình hành động thực hiện Chỉ thị 49-CT/TW"
STAMP_DATE = datetime.datetime(2026, 4, 22, 0, 0, 0)


# ----------------------------------------------------------------------------------------------------------------- .md
def _lt(rows, opts=(), title=""):
    """a MyST list-table: rows = list of lists of cells; a cell = list of paragraphs"""
    out = ["```{list-table}" + (f" {title}" if title else "")]
    out += list(opts)
    out.append("")
    for r in rows:
        for k, cell in enumerate(r):
            lead = "* - " if k == 0 else "  - "
            if not cell:
                out.append(lead.rstrip())
                continue
            out.append(lead + cell[0])
            for p in cell[1:]:
                out += ["", "    " + p]
    out.append("```")
    return out


def md_text():
    d = S.parse()
    L = []
    lh = d["letterhead"]
    L += _lt([[lh[:2], lh[2:]]], [":widths: 40 60", ":class: letterhead"])
    L += ["", "(nghi-quyet)=", f"# {d['title'][0]}", ""]
    L += [f"**{x}**" + ("\\" if i < len(d["title"]) - 2 else "") for i, x in enumerate(d["title"][1:])]
    L += ["", f"**{d['issuer_line']}**", ""]
    for b in d["bases"]:
        L += [f"*{b}*", ""]
    L += [f"**{d['resolves']}**", ""]
    for a in d["articles"]:
        L += [f"**{a[:7]}**{a[7:]}", ""]
    L += _lt([[[], d["signature"][:3] + [d["signature"][3]]]], [":widths: 50 50", ":class: chu-ky"])
    L += ["", "```{note}"] + [x + ("\\" if i < 2 else "") for i, x in enumerate(d["stamp"])] + ["```", ""]
    plh = d["p_letterhead"]
    L += _lt([[plh[:1], plh[1:]]], [":widths: 40 60", ":class: letterhead"])
    L += ["", "(chuong-trinh)=", f"# {d['p_title'][0]}", ""]
    L += [f"**{x}**" + ("\\" if i == 0 else "") for i, x in enumerate(d["p_title"][1:])]
    L += ["", f"*{d['p_attached']}*", ""]
    L += ["(phan-i)=", f"## {d['part1']['title']}", ""]
    for x in d["part1"]["items"]:
        L += [x, ""]
    L += ["(phan-ii)=", f"## {d['part2']['title']}", "", d["part2"]["intro"], ""]
    for s in d["part2"]["sections"]:
        L += [f"(phan-ii-{s['num']})=", f"### {s['title']}", ""]
        for x in s["items"]:
            L += [x, ""]
    L += ["(phan-iii)=", f"## {d['part3']['title']}", ""]
    for x in d["part3"]["items"]:
        L += [x, ""]
    L += ["(phu-luc)=", f"# {d['a_title'][0]}", "", f"*{d['a_attached']}*", ""]
    rows = [[[h] for h in S.HEADER]]
    for g in d["groups"]:
        rows.append([[f"{g['num']}."], [f"**{g['title']}**"], [], [], [], []])
        for r in g["tasks"]:
            rows.append([[f"{r['stt']}."]] + [[r[c]] if r[c] else [] for c in S.COLS])
    L += _lt(rows, [":header-rows: 1", ":widths: 6 34 14 16 16 14", ":name: bang-nhiem-vu"],
             title=" ".join(d["a_title"][1:]))
    return "\n".join(L) + "\n"


# --------------------------------------------------------------------------------------------------------------- .docx
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
NS_WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
NS_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
EMU = 360000  # per cm


def _tb_xml(box_id, x_cm, w_cm, h_cm, paras, border=False):
    """one anchored text box (w:r) -- paras = [(text, bold, italic, align)]"""
    from xml.sax.saxutils import escape
    ps = []
    for text, bold, italic, align in paras:
        rpr = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
        ps.append(f'<w:p><w:pPr><w:spacing w:after="0"/><w:jc w:val="{align}"/></w:pPr>'
                  f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>')
    ln = ('<a:ln w="9525"><a:solidFill><a:srgbClr val="1F3864"/></a:solidFill></a:ln>' if border
          else "<a:ln><a:noFill/></a:ln>")
    ins = 72000 if border else 0
    cx, cy, x = int(w_cm * EMU), int(h_cm * EMU), int(x_cm * EMU)
    return (
        f'<w:r xmlns:w="{NS_W}" xmlns:wp="{NS_WP}" xmlns:a="{NS_A}" xmlns:wps="{NS_WPS}" xmlns:mc="{NS_MC}">'
        f'<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{251659264 + box_id}"'
        f' behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>{x}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        f'<wp:docPr id="{box_id}" name="Text Box {box_id}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic><a:graphicData uri="{NS_WPS}"><wps:wsp><wps:cNvSpPr txBox="1"/>'
        f'<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/>{ln}</wps:spPr>'
        f'<wps:txbx><w:txbxContent>{"".join(ps)}</w:txbxContent></wps:txbx>'
        f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="{ins}" tIns="{ins}" rIns="{ins}" bIns="{ins}" anchor="t">'
        f'<a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
        f'</mc:Choice></mc:AlternateContent></w:r>')


def build_docx(out):
    import docx
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH as J
    from docx.oxml import OxmlElement, parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt
    d = S.parse()
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    st.paragraph_format.space_after = Pt(4)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
    box_ids = iter(range(1, 99))

    def para(text, bold=False, italic=False, align=J.JUSTIFY, size=None, indent=True):
        p = doc.add_paragraph()
        p.alignment = align
        if indent and align == J.JUSTIFY:
            p.paragraph_format.first_line_indent = Cm(1)
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        return p

    def boxes(specs, space_after=6):
        """one empty paragraph anchoring the text boxes; specs = [(x_cm, w_cm, h_cm, paras, border)]"""
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(space_after)
        for x, w, h, ps, border in specs:
            p._p.append(parse_xml(_tb_xml(next(box_ids), x, w, h, ps, border)))
        return p

    lh = d["letterhead"]
    boxes([(0, 6.0, 1.6, [(lh[0], True, False, "center"), (lh[1], False, False, "center")], False),
           (6.4, 9.6, 2.4, [(lh[2], True, False, "center"), (lh[3], True, False, "center"),
                            (lh[4], False, True, "center")], False)])
    para(d["title"][0], bold=True, align=J.CENTER, size=14)
    for x in d["title"][1:]:
        q = para(x, bold=True, align=J.CENTER)
        q.paragraph_format.space_after = Pt(0)
    para(d["issuer_line"], bold=True, align=J.CENTER).paragraph_format.space_before = Pt(8)
    for b in d["bases"]:
        para(b, italic=True)
    para(d["resolves"], bold=True, align=J.CENTER)
    for a in d["articles"]:
        p = doc.add_paragraph()
        p.alignment = J.JUSTIFY
        p.paragraph_format.first_line_indent = Cm(1)
        p.add_run(a[:7]).bold = True
        p.add_run(a[7:])
    sg = d["signature"]
    boxes([(8.0, 8.0, 3.2, [(sg[0], True, False, "center"), (sg[1], True, False, "center"),
                            (sg[2], True, False, "center"), ("", False, False, "center"),
                            (sg[3], True, False, "center")], False)])
    boxes([(6.0, 10.0, 1.8, [(x, False, False, "left") for x in d["stamp"]], True)], space_after=12)
    doc.add_page_break()
    plh = d["p_letterhead"]
    boxes([(0, 6.0, 1.0, [(plh[0], True, False, "center")], False),
           (6.4, 9.6, 1.6, [(plh[1], True, False, "center"), (plh[2], True, False, "center")], False)])
    para(d["p_title"][0], bold=True, align=J.CENTER, size=14)
    for x in d["p_title"][1:]:
        para(x, bold=True, align=J.CENTER).paragraph_format.space_after = Pt(0)
    para(d["p_attached"], italic=True, align=J.CENTER)
    para(d["part1"]["title"], bold=True, indent=False).paragraph_format.space_before = Pt(6)
    for x in d["part1"]["items"]:
        para(x)
    para(d["part2"]["title"], bold=True, indent=False).paragraph_format.space_before = Pt(6)
    para(d["part2"]["intro"])
    for s in d["part2"]["sections"]:
        para(s["title"], bold=True)
        for x in s["items"]:
            para(x)
    para(d["part3"]["title"], bold=True, indent=False).paragraph_format.space_before = Pt(6)
    for x in d["part3"]["items"]:
        para(x)
    # ---- the annex: landscape section, two rows per task
    ns = doc.add_section(WD_SECTION.NEW_PAGE)
    ns.orientation = WD_ORIENT.LANDSCAPE
    ns.page_width, ns.page_height = Cm(29.7), Cm(21)
    ns.left_margin, ns.right_margin, ns.top_margin, ns.bottom_margin = Cm(2), Cm(2), Cm(2), Cm(2)
    para(d["a_title"][0], bold=True, align=J.CENTER, size=14)
    for x in d["a_title"][1:]:
        para(x, bold=True, align=J.CENTER).paragraph_format.space_after = Pt(0)
    para(d["a_attached"], italic=True, align=J.CENTER)
    n_rows = 2 + sum(1 + 2 * len(g["tasks"]) for g in d["groups"])
    tbl = doc.add_table(rows=n_rows, cols=5)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.4), Cm(6.1), Cm(6.4), Cm(6.2), Cm(5.6)]

    def put(cell, text, bold=False, align=J.LEFT, size=11):
        p = cell.paragraphs[0]
        p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(text)
        r.bold = bold
        r.font.size = Pt(size)

    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        sh = OxmlElement("w:shd")
        sh.set(qn("w:val"), "clear")
        sh.set(qn("w:color"), "auto")
        sh.set(qn("w:fill"), fill)
        tcPr.append(sh)

    def header_row(i):
        trPr = tbl.rows[i]._tr.get_or_add_trPr()
        trPr.append(OxmlElement("w:tblHeader"))

    def two_rows(i, tt, top, cells, bold=False, fill=None):
        a = tbl.cell(i, 0).merge(tbl.cell(i + 1, 0))
        b = tbl.cell(i, 1).merge(tbl.cell(i, 4))
        put(a, tt, bold=True, align=J.CENTER)
        put(b, top, bold=bold, align=J.CENTER if bold else J.JUSTIFY)
        for k, c in enumerate(cells):
            put(tbl.cell(i + 1, 1 + k), c, bold=bold, align=J.CENTER if bold else J.LEFT)
        if fill:
            for k in range(5):
                shade(tbl.cell(i, k), fill)
                shade(tbl.cell(i + 1, k), fill)

    H = S.HEADER
    two_rows(0, H[0], H[1], H[2:], bold=True, fill="D9E2F3")
    header_row(0)
    header_row(1)
    i = 2
    for g in d["groups"]:
        c = tbl.cell(i, 1).merge(tbl.cell(i, 4))
        put(tbl.cell(i, 0), f"{g['num']}.", bold=True, align=J.CENTER)
        put(c, g["title"], bold=True)
        shade(tbl.cell(i, 0), "F2F2F2")
        shade(c, "F2F2F2")
        i += 1
        for r in g["tasks"]:
            two_rows(i, f"{r['stt']}.", r["name"], [r[c] for c in S.COLS[1:]])
            i += 2
    assert i == n_rows
    for row in tbl.rows:
        for k, cell in enumerate(row.cells):
            cell.width = widths[k]
    cp = doc.core_properties
    cp.title, cp.author, cp.last_modified_by, cp.comments = TITLE, "", "", ""
    cp.subject, cp.keywords, cp.category = "", "", ""
    cp.created = cp.modified = STAMP_DATE
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    _fix_zip(buf.getvalue(), out)


def _fix_zip(data, out):
    zin = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for n in zin.namelist():
            zi = zipfile.ZipInfo(n, date_time=(2026, 4, 22, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(n))
    Path(out).write_bytes(buf.getvalue())


# ---------------------------------------------------------------------------------------------------------------- .pdf
RUNNING = ("NGHỊ QUYẾT", "CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ", "I. MỤC TIÊU", "II. NHIỆM VỤ CỤ THỂ",
           "III. TỔ CHỨC THỰC HIỆN", "PHỤ LỤC")


def build_pdf(out):
    from xml.sax.saxutils import escape
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Spacer, Table
    from reportlab.platypus.doctemplate import ActionFlowable
    F = "/usr/share/fonts/truetype/dejavu/"
    for name, f in (("SR", "DejaVuSerif.ttf"), ("SRB", "DejaVuSerif-Bold.ttf"), ("SRI", "DejaVuSerif-Italic.ttf"),
                    ("SRBI", "DejaVuSerif-BoldItalic.ttf"), ("SC", "DejaVuSansCondensed.ttf"),
                    ("SCB", "DejaVuSansCondensed-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, F + f))
    pdfmetrics.registerFontFamily("SR", normal="SR", bold="SRB", italic="SRI", boldItalic="SRBI")
    pdfmetrics.registerFontFamily("SC", normal="SC", bold="SCB", italic="SC", boldItalic="SCB")
    d = S.parse()
    W, H = A4
    INNER, OUTER, TOP, BOT = 2.6 * cm, 1.6 * cm, 2.2 * cm, 1.8 * cm
    body = ParagraphStyle("b", fontName="SR", fontSize=9.5, leading=12.5, alignment=TA_JUSTIFY, spaceAfter=3,
                          firstLineIndent=0.8 * cm)
    ital = ParagraphStyle("i", parent=body, fontName="SRI")
    ctr = ParagraphStyle("c", parent=body, alignment=TA_CENTER, fontName="SRB", firstLineIndent=0, spaceAfter=1)
    ctrn = ParagraphStyle("cn", parent=ctr, fontName="SR")
    ctri = ParagraphStyle("ci", parent=ctr, fontName="SRI")
    big = ParagraphStyle("g", parent=ctr, fontSize=12, leading=15, spaceBefore=8, spaceAfter=2)
    part = ParagraphStyle("p", parent=body, fontName="SRB", firstLineIndent=0, spaceBefore=6)
    sec = ParagraphStyle("s", parent=body, fontName="SRB")
    stamp = ParagraphStyle("st", parent=body, fontName="SC", fontSize=7.5, leading=9.5, firstLineIndent=0,
                           alignment=TA_LEFT, spaceAfter=0, textColor=colors.HexColor("#1F3864"))
    cell = ParagraphStyle("cell", fontName="SC", fontSize=7.5, leading=9.2, alignment=TA_LEFT)
    cellc = ParagraphStyle("cellc", parent=cell, alignment=TA_CENTER)
    cellh = ParagraphStyle("cellh", parent=cellc, fontName="SCB")
    cellg = ParagraphStyle("cellg", parent=cell, fontName="SCB")
    P = lambda t, s=body: Paragraph(escape(t.strip()), s)  # noqa: E731

    class Mark(ActionFlowable):
        """sets the running head in effect from the next page on (applied when the story reaches it)"""
        def __init__(self, head):
            super().__init__()
            self.head = head

        def apply(self, doc):
            doc.cur_head = self.head

    def head(canv, doc):
        if doc.page == 1:
            return
        h = getattr(doc, "cur_head", RUNNING[0])
        canv.saveState()
        canv.setFont("SR", 7.5)
        y = H - 1.3 * cm
        recto = doc.page % 2 == 1
        if recto:
            canv.drawRightString(W - OUTER, y, f"{h} | {doc.page}")
        else:
            canv.drawString(OUTER, y, f"{doc.page} | {h}")
        canv.setLineWidth(0.3)
        canv.line(OUTER if not recto else INNER, y - 0.15 * cm, W - (INNER if not recto else OUTER), y - 0.15 * cm)
        canv.restoreState()

    fr_recto = Frame(INNER, BOT, W - INNER - OUTER, H - TOP - BOT, id="r", leftPadding=0, rightPadding=0,
                     topPadding=0, bottomPadding=0)
    fr_verso = Frame(OUTER, BOT, W - INNER - OUTER, H - TOP - BOT, id="v", leftPadding=0, rightPadding=0,
                     topPadding=0, bottomPadding=0)
    recto = PageTemplate(id="recto", frames=[fr_recto], onPage=head, autoNextPageTemplate="verso")
    verso = PageTemplate(id="verso", frames=[fr_verso], onPage=head, autoNextPageTemplate="recto")
    FW = W - INNER - OUTER
    story = [Mark(RUNNING[0])]
    lh = d["letterhead"]
    nt = dict(style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                     ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    story.append(Table([[[P(lh[0], ctr), P(lh[1], ctrn)], [P(lh[2], ctr), P(lh[3], ctr), P(lh[4], ctri)]]],
                       colWidths=[5.5 * cm, FW - 5.5 * cm], **nt))
    story.append(P(d["title"][0], big))
    for x in d["title"][1:]:
        story.append(P(x, ctr))
    story.append(Spacer(1, 4))
    story.append(P(d["issuer_line"], big))
    for b in d["bases"]:
        story.append(P(b, ital))
    story.append(P(d["resolves"], ctr))
    for a in d["articles"]:
        story.append(Paragraph(f"<b>{escape(a[:7])}</b>{escape(a[7:])}", body))
    sg = d["signature"]
    story.append(Table([["", [P(sg[0], ctr), P(sg[1], ctr), P(sg[2], ctr), Spacer(1, 26), P(sg[3], ctr)]]],
                       colWidths=[FW - 7 * cm, 7 * cm], **nt))
    story.append(Spacer(1, 8))
    story.append(Table([[[P(x, stamp) for x in d["stamp"]]]], colWidths=[8.5 * cm], hAlign="RIGHT",
                       style=[("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#1F3864")),
                              ("LEFTPADDING", (0, 0), (-1, -1), 4), ("TOPPADDING", (0, 0), (-1, -1), 3),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    story.append(Mark(RUNNING[1]))
    story.append(PageBreak())
    plh = d["p_letterhead"]
    story.append(Table([[[P(plh[0], ctr)], [P(plh[1], ctr), P(plh[2], ctr)]]], colWidths=[5.5 * cm, FW - 5.5 * cm],
                       **nt))
    story.append(P(d["p_title"][0], big))
    for x in d["p_title"][1:]:
        story.append(P(x, ctr))
    story.append(P(d["p_attached"], ctri))
    story.append(Mark(RUNNING[2]))
    story.append(P(d["part1"]["title"], part))
    for x in d["part1"]["items"]:
        story.append(P(x))
    story.append(Mark(RUNNING[3]))
    story.append(P(d["part2"]["title"], part))
    story.append(P(d["part2"]["intro"]))
    for s in d["part2"]["sections"]:
        story.append(P(s["title"], sec))
        for x in s["items"]:
            story.append(P(x))
    story.append(Mark(RUNNING[4]))
    story.append(P(d["part3"]["title"], part))
    for x in d["part3"]["items"]:
        story.append(P(x))
    story.append(Mark(RUNNING[5]))
    story.append(PageBreak())
    story.append(P(d["a_title"][0], big))
    for x in d["a_title"][1:]:
        story.append(P(x, ctr))
    story.append(P(d["a_attached"], ctri))
    story.append(Spacer(1, 5))
    data = [[Paragraph(escape(h), cellh) for h in S.HEADER]]
    sty = [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
           ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
           ("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
           ("RIGHTPADDING", (0, 0), (-1, -1), 2.5), ("TOPPADDING", (0, 0), (-1, -1), 2),
           ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    for g in d["groups"]:
        i = len(data)
        data.append([Paragraph(f"{g['num']}.", cellh), Paragraph(escape(g["title"]), cellg), "", "", "", ""])
        sty += [("SPAN", (1, i), (5, i)), ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F2F2F2"))]
        for r in g["tasks"]:
            data.append([Paragraph(f"{r['stt']}.", cellc)] + [Paragraph(escape(r[c]), cell) for c in S.COLS])
    cw = [0.9 * cm, 6.0 * cm, 2.3 * cm, 2.9 * cm, 2.7 * cm, FW - 14.8 * cm]
    story.append(Table(data, colWidths=cw, repeatRows=1, splitInRow=1, style=sty))
    doc = BaseDocTemplate(str(out), pagesize=A4, pageTemplates=[recto, verso], invariant=1, title=TITLE, author="",
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
