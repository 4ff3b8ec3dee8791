"""Render the held-out-51 document (Lâm Đồng, Kế hoạch cải cách hành chính nhà nước năm 2026, with its PHỤ LỤC of 49
tasks) in three layouts, byte-reproducibly, from doc_source.parse(). The text is the source's, unreworded; only the
layout changes (the source's empty paragraphs and page break are not rendered; in the .md the "- " of the Nơi nhận
lines becomes the list marker).

.md   MULTIMARKDOWN (MMD 6) syntax: ATX `#` KẾ HOẠCH / PHỤ LỤC, `##` the subtitle and parts I-II; legal bases in `*`
      italics; the seven reform areas of part I and the two sections of part II as ONE LOOSE ORDERED LIST each
      ("1. **Cải cách thể chế**") whose items hold, indented by three spaces, the "a) Mục tiêu" / "b) Nhiệm vụ"
      sub-headings as paragraphs and the "- " targets and tasks as NESTED BULLET LISTS; Nơi nhận as a "-" list; the
      PHỤ LỤC as ONE MMD TABLE with a CAPTION ([title][label] line above the header row), COLUMN SPANS written as
      empty cells `||` (the group rows' title cell spans the six columns after STT; the three merged lead+partner
      cells span two columns), ROW SPANS written as `^^` cells (the STT and Nhiệm vụ cells of the three tasks with two
      product rows) and ONE TBODY PER GROUP (a blank line between groups), column alignment in the separator row.
.docx python-docx, A4 portrait, Times New Roman 13 pt; a REVIEW COPY WITH UNACCEPTED TRACKED CHANGES: the five
      passages in which this Word file differs from its sibling version in the same repository folder (one sentence
      added to a task, one target value, three whole target lines) are tracked INSERTIONS (w:ins, author "Người rà
      soát" (reviewer), fixed date; the three whole lines also with an inserted paragraph mark), the title carries a tracked
      FORMATTING change (w:rPrChange) and settings.xml has w:trackRevisions on; no deletions are recorded (the text with
      the changes accepted is the source). Letterhead and Nơi nhận/signature as borderless 2-column tables; parts and
      sections as bold paragraphs; the PHỤ LỤC in a LANDSCAPE section as ONE ruled 7-column table ('Table Grid') with
      the source's merges: lead and partner cells merged horizontally (w:gridSpan) in three rows, STT and Nhiệm vụ
      merged vertically (w:vMerge) over the two product rows of three tasks; header row repeated (w:tblHeader);
      fixed core properties and zip timestamps.
.pdf  reportlab, a 2-UP HANDOUT: every sheet is A4 LANDSCAPE carrying TWO A5 PORTRAIT PAGES side by side (two frames,
      each half with its own margins and its own centred footer "- n -", a dashed vertical CUT LINE between the
      halves); body in DejaVu Serif 8.5 pt justified; the PHỤ LỤC as a STACKED-ROW table (DejaVu Sans Condensed 6.8 pt):
      per task a full-width row with the task (STT in a narrow first column that spans the task's rows) and under it one
      row per product with the five other cells (Sản phẩm | Thời gian hoàn thành | Chủ trì thực hiện | Phối hợp thực
      hiện | Theo dõi, kiểm tra, đôn đốc), the merged lead+partner cells spanned over two columns; a two-row header
      repeated on every half page; group rows shaded; hairline grid; invariant=1.
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
TITLE = "Kế hoạch cải cách hành chính nhà nước năm 2026 tỉnh Lâm Đồng"
REV_AUTHOR = "Người rà soát"
REV_DATE = "2025-12-31T09:58:00Z"
# (section, list, item index, inserted tail) -- inserted text at the END of the item; tail None = the whole line
INSERTS = [
    ("1", "tasks", 3, "Lấy ý kiến Nhân dân về dự thảo văn bản pháp luật qua môi trường số. "),
    ("5", "goals", 0, "trên 90%"),
    ("6", "goals", 1, None),
    ("6", "goals", 5, None),
    ("6", "goals", 13, None),
]


def inserts():
    """[(full text of the item, inserted part)] -- asserted against the parse"""
    out = []
    for sec, lst, i, tail in INSERTS:
        t = S.section(sec)[lst][i]
        if tail is None:
            out.append((t, t))
        elif tail == "trên 90%":
            assert t.endswith("đạt trên 90%."), t
            out.append((t, tail))
        else:
            assert t.endswith(tail), t
            out.append((t, tail))
    assert [x[0][:12] for x in out] == ["- Sở Tư pháp", "- Tỷ lệ giải", "- 80% các bi", "- Từ trên 70",
                                        "- Hoàn thành"], out
    return out


# ---------------------------------------------------------------------------------------------------------------- .md
def _cell(t):
    assert "|" not in t and "^^" not in t
    return t.strip()


def md_text():
    d = S.parse()
    lh = d["letterhead"]
    L = ["**" + lh["left"][0] + "**  ", "**" + lh["left"][1] + "**  ", lh["so"], "",
         "**" + lh["right"][0] + "**  ", "**" + lh["right"][1] + "**  ", "*" + lh["place"].strip() + "*", ""]
    L += ["# " + d["kh"], "", "## " + d["title"], ""]
    for b in d["bases"]:
        L += ["*" + b.strip() + "*", ""]
    L += [d["intro"], "", "## " + d["p1_head"], ""]
    for s in d["sections"]:
        L += [f"{s['num']}. **{s['title']}**", ""]
        if s["num"] != "7":
            for head, lst in (("goals_head", "goals"), ("tasks_head", "tasks")):
                L += ["   " + s[head], ""]
                L += ["   " + x.strip() for x in s[lst]]
                L.append("")
        else:
            for x in s["items"]:
                L += ["   " + x.strip(), ""]
    L += [d["note"], "", "## " + d["p2_head"], ""]
    for x in d["p2"]:
        n, h = x["head"].split(" ", 1)
        L += [f"{n} **{h}**", ""]
        for it in x["items"]:
            L += ["   " + it.strip(), ""]
    L += ["**" + d["sign"][0] + "**  ", "**" + d["sign"][1] + "**", "", "**" + d["sign"][2] + "**", ""]
    L += ["*" + d["noi_nhan"][0] + "*", ""]
    for x in d["noi_nhan"][1:]:
        assert x.startswith("- ")
        L.append(x)
    L += ["", "# " + d["pl"], "", "*" + d["pl_note"] + "*", ""]
    L.append(f"[{d['pl_title']}][phan-cong-nhiem-vu-cchc-2026]")
    L.append("| " + " | ".join(d["cols"]) + " |")
    L.append("|:---:|:---|:---|:---|:---|:---|:---|")
    first = True
    for g in d["groups"]:
        if not first:
            L.append("")  # MMD: a blank line inside a table opens a new <tbody>
        first = False
        L.append(f"| **{g['num']}** | **{_cell(g['title'])}** ||||||")
        for r in d["rows"]:
            if r["group"] != g["num"]:
                continue
            for k, s in enumerate(r["subs"]):
                lead = ["^^", "^^"] if k else [r["stt"], _cell(r["name"])]
                cells = [_cell(s["product"]) or " ", _cell(s["time"])]
                if s["span"]:  # the merged lead+partner cell: closed by "||" (spans two columns)
                    cells.append(_cell(s["lead"]) + " || " + _cell(s["monitor"]))
                else:
                    cells += [_cell(s["lead"]) or " ", _cell(s["partner"]) or " ", _cell(s["monitor"])]
                L.append("| " + " | ".join(lead + cells) + " |")
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
    st.font.size = Pt(13)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    pf = st.paragraph_format
    pf.space_after = Pt(3)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
    rev_ids = iter(range(101, 999))

    def rev(tag):
        el = OxmlElement(tag)
        el.set(qn("w:id"), str(next(rev_ids)))
        el.set(qn("w:author"), REV_AUTHOR)
        el.set(qn("w:date"), REV_DATE)
        return el

    def para(text, bold=False, italic=False, align=None, size=None, indent=None, container=None):
        p = (container or doc).add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold, r.italic = bold or None, italic or None
            if size:
                r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent is not None:
            p.paragraph_format.first_line_indent = Cm(indent)
        return p

    J = WD_ALIGN_PARAGRAPH
    ins_full = {full: part for full, part in inserts()}

    def item(text, indent=1.0):
        """a paragraph; if it is one of the revised items, its inserted part becomes a tracked insertion"""
        if text not in ins_full:
            return para(text, indent=indent)
        part = ins_full[text]
        p = para("", indent=indent)
        if part == text:  # the whole line inserted: runs inside w:ins and the paragraph mark marked inserted
            pPr = p._p.get_or_add_pPr()
            rPr = OxmlElement("w:rPr")
            rPr.append(rev("w:ins"))
            pPr.append(rPr)
            before, ins_txt, after = "", text, ""
        else:
            i = text.rindex(part)
            before, ins_txt, after = text[:i], part, text[i + len(part):]
        if before:
            p.add_run(before)
        w = rev("w:ins")
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = ins_txt
        t.set(qn("xml:space"), "preserve")
        r.append(t)
        w.append(r)
        p._p.append(w)
        if after:
            p.add_run(after)
        return p

    def borderless(tbl):
        tblPr = tbl._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
            x = OxmlElement(f"w:{e}")
            x.set(qn("w:val"), "nil")
            b.append(x)
        tblPr.append(b)

    def fill(cell, lines, bold=False, italic=False, align=J.CENTER, size=None):
        cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
        for x in lines:
            para(x, bold=bold, italic=italic, align=align, size=size, container=cell)

    lh = d["letterhead"]
    t = doc.add_table(rows=2, cols=2)
    borderless(t)
    fill(t.cell(0, 0), lh["left"], bold=True, size=12)
    fill(t.cell(0, 1), lh["right"], bold=True, size=12)
    fill(t.cell(1, 0), [lh["so"]], size=12)
    fill(t.cell(1, 1), [lh["place"]], italic=True, size=12)
    for c, w in ((0, 6.0), (1, 10.0)):
        for r in range(2):
            t.cell(r, c).width = Cm(w)
    # title with a tracked formatting change (bold was applied in review)
    p = para(d["kh"], bold=True, align=J.CENTER, size=14)
    rPr = p.runs[0]._r.get_or_add_rPr()
    ch = rev("w:rPrChange")
    old = OxmlElement("w:rPr")
    ch.append(old)
    rPr.append(ch)
    para(d["title"], bold=True, align=J.CENTER)
    for b in d["bases"]:
        para(b.strip(), italic=True, indent=1.0)
    para(d["intro"], indent=1.0)
    para(d["p1_head"], bold=True)
    for s in d["sections"]:
        para(f"{s['num']}. {s['title']}", bold=True, indent=1.0)
        if s["num"] != "7":
            for head, lst in (("goals_head", "goals"), ("tasks_head", "tasks")):
                para(s[head], bold=True, italic=True, indent=1.0)
                for x in s[lst]:
                    item(x)
        else:
            for x in s["items"]:
                item(x)
    para(d["note"], italic=True, indent=1.0)
    para(d["p2_head"], bold=True)
    for x in d["p2"]:
        para(x["head"], bold=True, indent=1.0)
        for it in x["items"]:
            item(it)
    t = doc.add_table(rows=1, cols=2)
    borderless(t)
    fill(t.cell(0, 0), [d["noi_nhan"][0]], bold=True, italic=True, align=J.LEFT, size=11)
    for x in d["noi_nhan"][1:]:
        para(x, align=J.LEFT, size=10, container=t.cell(0, 0))
    fill(t.cell(0, 1), d["sign"][:2], bold=True, size=13)
    for _ in range(3):
        para("", container=t.cell(0, 1))
    para(d["sign"][2], bold=True, align=J.CENTER, container=t.cell(0, 1))
    for w, c in ((7.5, 0), (8.5, 1)):
        t.cell(0, c).width = Cm(w)
    # annex: a new landscape section
    ns = doc.add_section(WD_SECTION.NEW_PAGE)
    ns.orientation = WD_ORIENT.LANDSCAPE
    ns.page_width, ns.page_height = Cm(29.7), Cm(21)
    ns.left_margin, ns.right_margin, ns.top_margin, ns.bottom_margin = Cm(1.5), Cm(1.5), Cm(2), Cm(1.5)
    para(d["pl"], bold=True, align=J.CENTER)
    para(d["pl_title"], bold=True, align=J.CENTER)
    para(d["pl_note"], italic=True, align=J.CENTER)
    nrows = 1 + len(d["groups"]) + sum(len(r["subs"]) for r in d["rows"])
    t = doc.add_table(rows=nrows, cols=7)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [1.1, 6.6, 4.6, 3.6, 3.4, 3.4, 3.9]

    def put(cell, text, bold=False, align=J.LEFT):
        p = cell.paragraphs[0]
        if text:
            r = p.add_run(text)
            r.bold = bold or None
            r.font.size = Pt(11)
        p.alignment = align
        p.paragraph_format.space_after = Pt(0)

    for c, x in enumerate(d["cols"]):
        put(t.cell(0, c), x, bold=True, align=J.CENTER)
    trPr = t.rows[0]._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)
    ri = 1
    for g in d["groups"]:
        put(t.cell(ri, 0), g["num"], bold=True, align=J.CENTER)
        put(t.cell(ri, 1), g["title"], bold=True)
        ri += 1
        for r in d["rows"]:
            if r["group"] != g["num"]:
                continue
            top = ri
            for k, s in enumerate(r["subs"]):
                if k == 0:
                    put(t.cell(ri, 0), r["stt"], align=J.CENTER)
                    put(t.cell(ri, 1), r["name"], align=J.JUSTIFY)
                put(t.cell(ri, 2), s["product"])
                put(t.cell(ri, 3), s["time"])
                put(t.cell(ri, 4), s["lead"])
                if not s["span"]:
                    put(t.cell(ri, 5), s["partner"])
                put(t.cell(ri, 6), s["monitor"])
                if s["span"]:
                    t.cell(ri, 4).merge(t.cell(ri, 5))
                ri += 1
            if len(r["subs"]) > 1:
                t.cell(top, 0).merge(t.cell(ri - 1, 0))
                t.cell(top, 1).merge(t.cell(ri - 1, 1))
    assert ri == nrows
    for row in t.rows:
        for c, cell in enumerate(row.cells):
            cell.width = Cm(widths[c])
    # keep tracking on
    settings = doc.settings.element  # w:trackRevisions goes right after w:proofState (CT_Settings order)
    tr = OxmlElement("w:trackRevisions")
    settings.find(qn("w:proofState")).addnext(tr)
    cp = doc.core_properties
    cp.title, cp.author, cp.last_modified_by, cp.comments = TITLE, "", "", ""
    cp.subject, cp.keywords, cp.category = "", "", ""
    cp.created = cp.modified = datetime.datetime(2025, 12, 31, 0, 0, 0)
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    _fix_zip(buf.getvalue(), out)


def _fix_zip(data, out):
    zin = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for n in zin.namelist():
            zi = zipfile.ZipInfo(n, date_time=(2025, 12, 31, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(n))
    Path(out).write_bytes(buf.getvalue())


# ---------------------------------------------------------------------------------------------------------------- .pdf
def build_pdf(out):
    from xml.sax.saxutils import escape
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Spacer, Table
    F = "/usr/share/fonts/truetype/dejavu/"
    for name, f in (("SR", "DejaVuSerif.ttf"), ("SRB", "DejaVuSerif-Bold.ttf"), ("SRI", "DejaVuSerif-Italic.ttf"),
                    ("SRBI", "DejaVuSerif-BoldItalic.ttf"), ("SC", "DejaVuSansCondensed.ttf"),
                    ("SCB", "DejaVuSansCondensed-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, F + f))
    pdfmetrics.registerFontFamily("SR", normal="SR", bold="SRB", italic="SRI", boldItalic="SRBI")
    pdfmetrics.registerFontFamily("SC", normal="SC", bold="SCB", italic="SC", boldItalic="SCB")
    d = S.parse()
    SW, SH = landscape(A4)  # the sheet
    HW = SW / 2  # one A5 page
    body = ParagraphStyle("b", fontName="SR", fontSize=8.5, leading=11, alignment=TA_JUSTIFY, spaceAfter=2.5,
                          firstLineIndent=0.5 * cm)
    ital = ParagraphStyle("i", parent=body, fontName="SRI")
    ctr = ParagraphStyle("c", parent=body, alignment=TA_CENTER, fontName="SRB", firstLineIndent=0, spaceAfter=1)
    ctrn = ParagraphStyle("cn", parent=ctr, fontName="SR")
    ctri = ParagraphStyle("ci", parent=ctr, fontName="SRI")
    big = ParagraphStyle("g", parent=ctr, fontSize=11, leading=14, spaceBefore=5, spaceAfter=1)
    part = ParagraphStyle("p", parent=body, fontName="SRB", firstLineIndent=0, spaceBefore=4)
    sec = ParagraphStyle("s", parent=body, fontName="SRB")
    sub = ParagraphStyle("sb", parent=body, fontName="SRBI")
    dash = ParagraphStyle("d", parent=body)
    small = ParagraphStyle("sm", parent=body, fontSize=7, leading=8.6, firstLineIndent=0, alignment=TA_LEFT,
                           spaceAfter=0)
    smallb = ParagraphStyle("smb", parent=small, fontName="SRBI", fontSize=7.5)
    cell = ParagraphStyle("cell", fontName="SC", fontSize=6.8, leading=8.2, alignment=TA_LEFT)
    cellc = ParagraphStyle("cellc", parent=cell, alignment=TA_CENTER)
    cellh = ParagraphStyle("cellh", parent=cellc, fontName="SCB")
    cellg = ParagraphStyle("cellg", parent=cell, fontName="SCB")
    P = lambda t, s=body: Paragraph(escape(t.strip()), s)  # noqa: E731
    M = 1.2 * cm  # margins of each half page

    def on_end(canv, doc):
        canv.saveState()
        canv.setFont("SR", 7.5)
        n = 2 * doc.page - 1
        for k, x0 in enumerate((0, HW)):
            canv.drawCentredString(x0 + HW / 2, 0.7 * cm, f"- {n + k} -")
        canv.setDash(3, 3)
        canv.setLineWidth(0.3)
        canv.setStrokeColor(colors.grey)
        canv.line(HW, 0.4 * cm, HW, SH - 0.4 * cm)
        canv.restoreState()

    frames = [Frame(x0 + M, 1.3 * cm, HW - 2 * M, SH - 2.5 * cm, id=f"h{k}", leftPadding=0, rightPadding=0,
                    topPadding=0, bottomPadding=0) for k, x0 in enumerate((0, HW))]
    tp = PageTemplate(id="twoup", frames=frames, onPageEnd=on_end, pagesize=(SW, SH))
    story = []
    lh = d["letterhead"]
    story.append(Table([[[P(x, ctr) for x in lh["left"]] + [P(lh["so"], ctrn)],
                         [P(x, ctr) for x in lh["right"]] + [P(lh["place"], ctri)]]],
                       colWidths=[4.6 * cm, HW - 2 * M - 4.6 * cm],
                       style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story.append(P(d["kh"], big))
    story.append(P(d["title"], ctr))
    story.append(Spacer(1, 4))
    for b in d["bases"]:
        story.append(P(b, ital))
    story.append(P(d["intro"]))
    story.append(P(d["p1_head"], part))
    for s in d["sections"]:
        story.append(P(f"{s['num']}. {s['title']}", sec))
        if s["num"] != "7":
            for head, lst in (("goals_head", "goals"), ("tasks_head", "tasks")):
                story.append(P(s[head], sub))
                for x in s[lst]:
                    story.append(P(x, dash))
        else:
            for x in s["items"]:
                story.append(P(x))
    story.append(P(d["note"], ital))
    story.append(P(d["p2_head"], part))
    for x in d["p2"]:
        story.append(P(x["head"], sec))
        for it in x["items"]:
            story.append(P(it))
    story.append(Spacer(1, 6))
    left = [P(d["noi_nhan"][0], smallb)] + [P(x, small) for x in d["noi_nhan"][1:]]
    right = [P(d["sign"][0], ctr), P(d["sign"][1], ctr), Spacer(1, 30), P(d["sign"][2], ctr)]
    story.append(Table([[left, right]], colWidths=[5.6 * cm, HW - 2 * M - 5.6 * cm],
                       style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story.append(PageBreak())
    story.append(P(d["pl"], big))
    story.append(P(d["pl_title"], ctr))
    story.append(P(d["pl_note"], ctri))
    story.append(Spacer(1, 4))
    C = d["cols"]
    data = [[Paragraph(escape(C[0]), cellh), Paragraph(escape(C[1]), cellh), "", "", "", ""],
            ["", *[Paragraph(escape(x), cellh) for x in C[2:]]]]
    sty = [("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (5, 0)),
           ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#D9D9D9")),
           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("VALIGN", (0, 0), (0, 1), "MIDDLE"),
           ("INNERGRID", (0, 0), (-1, -1), 0.25, colors.black), ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
           ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
           ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
    for g in d["groups"]:
        i = len(data)
        data.append([Paragraph(g["num"], cellh), Paragraph(escape(g["title"]), cellg), "", "", "", ""])
        sty += [("SPAN", (1, i), (5, i)), ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#EFEFEF"))]
        for r in d["rows"]:
            if r["group"] != g["num"]:
                continue
            top = len(data)
            data.append([Paragraph(escape(r["stt"]), cellc), Paragraph(escape(r["name"]), cell), "", "", "", ""])
            sty.append(("SPAN", (1, top), (5, top)))
            for s in r["subs"]:
                j = len(data)
                row = ["", Paragraph(escape(s["product"]), cell), Paragraph(escape(s["time"]), cell),
                       Paragraph(escape(s["lead"]), cell), "" if s["span"] else Paragraph(escape(s["partner"]), cell),
                       Paragraph(escape(s["monitor"]), cell)]
                data.append(row)
                if s["span"]:
                    sty.append(("SPAN", (3, j), (4, j)))
            sty.append(("SPAN", (0, top), (0, len(data) - 1)))
    cw = [0.6 * cm, 3.3 * cm, 2.45 * cm, 2.1 * cm, 2.1 * cm, 1.95 * cm]
    assert abs(sum(cw) - (HW - 2 * M)) < 0.2 * cm, (sum(cw), HW - 2 * M)
    story.append(Table(data, colWidths=cw, repeatRows=2, style=sty))
    doc = BaseDocTemplate(str(out), pagesize=(SW, SH), pageTemplates=[tp], invariant=1, title=TITLE, author="",
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
