"""Render the held-out-47 document (Quyết định 2853/QĐ-UBND TP HCM + its Kế hoạch, disaster-risk awareness) in three
layouts, byte-reproducibly, from doc_source.structure(). The text is the source's, unreworded; only layout changes.

.md   letterhead, Nơi nhận and signature as pandoc LINE BLOCKS ("| " lines); "Điều n." as `####` headings with the
      article text as the following paragraph; a `___` rule between the decision and the plan; `#` QUYẾT ĐỊNH / KẾ HOẠCH,
      `##` parts, `###` bold sections; the 7 targets of I.2 as a PIPE TABLE `STT | Mục tiêu cụ thể` (a new 1-7 numbering);
      the numbered items of II and IV as ordered lists with ")" delimiters ("1) "); the whole part V as ONE PIPE TABLE
      `TT | Cơ quan, đơn vị được giao | Nhiệm vụ cụ thể`, one row per duty, TT and lead text only on the first row of
      each assignee (continuation rows blank in the first two columns); no emphasis.
.docx python-docx, A4 portrait, Cambria 12 pt justified with a first-line indent; `Heading 1` QUYẾT ĐỊNH / KẾ HOẠCH,
      `Heading 2` parts, `Heading 3` sections; the numbered items of II and IV and the "-" items of I.1/III as WORD
      AUTOMATIC LISTS (numbering.xml: decimal "%1." restarted per list, en-dash bullets) -- the numbers and dashes are
      not in the text; the 7 targets as a 2-column table whose TWO header rows are the section title and its lead-in
      sentence (each merged across both columns, both repeated on every page); part V as ONE 'Table Grid' table with a
      TWO-ROW header ("TT" merged vertically, "Phân công thực hiện" merged over "Cơ quan, đơn vị và nội dung được giao" |
      "Nhiệm vụ cụ thể"), one row per assignee, its duties as separate paragraphs in column 3; letterhead and
      Nơi nhận/signature as borderless 2-column tables; fixed core properties and zip timestamps.
.pdf  reportlab, A4 portrait, DejaVu Serif Condensed 9.5 pt justified; a SIDE-HEAD layout: every part of the decision
      and the plan set as a 2-column borderless table, the headings (part, section, "Điều n.", assignee number) in a
      narrow LEFT column (3.4 cm, bold, wrapping) and the paragraphs in the right column, one row per paragraph, a thin
      vertical rule between the columns; no page numbers, no running header; invariant=1.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import doc_source as S  # noqa: E402

STEM = S.KEY
TITLE = "Quyết định 2853/QĐ-UBND"


def lh_lines():
    c = S.lh_cells()
    return (["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH"],
            [" ".join(c[1][:2]), c[1][2]],
            c[2][0], " ".join(c[3]))


def sig_lines():
    c = S.sig_cells()
    rec = c[0]
    s = c[1]
    return rec, [" ".join(s[:2]), s[2], s[3], s[4]]


def dieu_split(t):
    m = re.match(r"^(Điều \d+\.) (.*)$", t)
    return m.group(1), m.group(2)


# ---------------------------------------------------------------------------------------------------------------- .md
def md_text():
    st = S.structure()
    L = []
    left, right, so, place = lh_lines()
    L += ["| " + x for x in left] + [""] + ["| " + x for x in right] + ["", "| " + so, "| " + place, ""]
    V = S.assignees()
    tg = S.targets()
    done_v = done_t = False
    olist = []

    def flush():
        if olist:
            L.extend(olist + [""])
            olist.clear()
    for b in st[1:]:
        k = b["kind"]
        if k != "num" or b.get("part") not in ("II", "IV"):
            flush()
        if k in ("qd", "kh"):
            if k == "kh":
                L += ["___", ""]
            L += ["# " + b["text"], ""]
        elif k == "dieu":
            a, rest = dieu_split(b["text"])
            L += ["#### " + a, "", rest, ""]
        elif k == "signature":
            rec, sig = sig_lines()
            L += ["| " + x for x in rec] + [""] + ["| " + x for x in sig] + [""]
        elif k == "part":
            L += ["## " + b["text"], ""]
        elif k == "sec":
            L += ["### " + b["text"], ""]
        elif k == "bullet" and b["part"] == "I":
            if not done_t:
                L += ["| STT | Mục tiêu cụ thể |", "|---:|:---|"]
                L += [f"| {i} | {t} |" for i, t in enumerate(tg, 1)] + [""]
                done_t = True
        elif k == "bullet" and b["part"] == "III":
            L += ["- " + b["text"][2:]]
            nxt = st[st.index(b) + 1]
            if nxt["kind"] != "bullet":
                L.append("")
        elif k == "num" and b["part"] in ("II", "IV"):
            n, rest = b["text"].split(" ", 1)
            olist.append(n.rstrip(".") + ") " + rest)
        elif b.get("part") == "V":
            if not done_v:
                L += ["| TT | Cơ quan, đơn vị được giao | Nhiệm vụ cụ thể |", "|:--:|:---|:---|"]
                for a in V:
                    items = a["items"] or [""]
                    for j, it in enumerate(items):
                        L.append(f"| {a['num'] if j == 0 else ''} | {a['lead'] if j == 0 else ''} | {it} |")
                L.append("")
                done_v = True
        else:
            L += [b["text"], ""]
    flush()
    return "\n".join(L).rstrip("\n") + "\n"


# ---------------------------------------------------------------------------------------------------------------- .docx
def build_docx(out):
    import copy
    import datetime
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt
    d = docx.Document()
    cp = d.core_properties
    cp.author = cp.last_modified_by = ""
    cp.title = TITLE
    cp.created = cp.modified = datetime.datetime(2025, 11, 21)
    cp.revision = 1
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
    nf = d.styles["Normal"]
    nf.font.name = "Cambria"
    nf.font.size = Pt(12)
    nf.paragraph_format.space_after = Pt(4)
    J, C = WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.CENTER
    for h in ("Heading 1", "Heading 2", "Heading 3"):
        d.styles[h].font.name = "Cambria"

    # ---- automatic numbering: one abstractNum for decimal "%1.", one for en-dash bullets; a fresh num per list
    numbering = d.part.numbering_part.element
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    def abstract(aid, fmt, text):
        an = OxmlElement("w:abstractNum")
        an.set(qn("w:abstractNumId"), str(aid))
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), "0")
        for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text), ("w:lvlJc", "left")):
            e = OxmlElement(tag)
            e.set(qn("w:val"), val)
            lvl.append(e)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), "709")
        ind.set(qn("w:hanging"), "425")
        ppr.append(ind)
        lvl.append(ppr)
        an.append(lvl)
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(an)
        else:
            numbering.append(an)
    abstract(90, "decimal", "%1.")
    abstract(91, "bullet", "\u2013")
    counter = [100]

    def new_num(aid):
        counter[0] += 1
        n = OxmlElement("w:num")
        n.set(qn("w:numId"), str(counter[0]))
        a = OxmlElement("w:abstractNumId")
        a.set(qn("w:val"), str(aid))
        n.append(a)
        if aid == 90:
            ov = OxmlElement("w:lvlOverride")
            ov.set(qn("w:ilvl"), "0")
            so = OxmlElement("w:startOverride")
            so.set(qn("w:val"), "1")
            ov.append(so)
            n.append(ov)
        numbering.append(n)
        return counter[0]

    def para(t, st_="Normal", align=J, bold=False, size=None, indent=True, num=None):
        p = d.add_paragraph(style=st_)
        r = p.add_run(t)
        r.bold = bold or None
        if size:
            r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        if st_ == "Normal" and indent and num is None:
            p.paragraph_format.first_line_indent = Cm(1.0)
        if num is not None:
            ppr = p._p.get_or_add_pPr()
            npr = OxmlElement("w:numPr")
            il = OxmlElement("w:ilvl")
            il.set(qn("w:val"), "0")
            ni = OxmlElement("w:numId")
            ni.set(qn("w:val"), str(num))
            npr.append(il)
            npr.append(ni)
            ppr.append(npr)
        return p

    def no_borders(tb):
        tblPr = tb._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
            x = OxmlElement(f"w:{e}")
            x.set(qn("w:val"), "nil")
            b.append(x)
        tblPr.append(b)

    def cell_text(c, lines, bold=False, align=None, size=None):
        c.paragraphs[0].text = ""
        for i, x in enumerate(lines):
            p = c.paragraphs[0] if i == 0 else c.add_paragraph()
            r = p.add_run(x)
            r.bold = bold or None
            if size:
                r.font.size = Pt(size)
            if align is not None:
                p.alignment = align
            p.paragraph_format.space_after = Pt(2)

    def header_row(row):
        trPr = row._tr.get_or_add_trPr()
        h = OxmlElement("w:tblHeader")
        h.set(qn("w:val"), "true")
        trPr.append(h)

    st = S.structure()
    left, right, so, place = lh_lines()
    tb = d.add_table(rows=2, cols=2)
    no_borders(tb)
    cell_text(tb.cell(0, 0), left, bold=True, align=C, size=11)
    cell_text(tb.cell(0, 1), right, bold=True, align=C, size=11)
    cell_text(tb.cell(1, 0), [so], align=C, size=11)
    cell_text(tb.cell(1, 1), [place], align=C, size=11)
    cur_list = [None, None]  # (kind, numId)

    def list_num(kind, key):
        if cur_list[0] != key:
            cur_list[0] = key
            cur_list[1] = new_num(90 if kind == "num" else 91)
        return cur_list[1]
    done_t = done_v = False
    for i, b in enumerate(st[1:], 1):
        k = b["kind"]
        if k in ("qd", "kh"):
            if k == "kh":
                d.add_page_break()
            para(b["text"], "Heading 1", align=C)
        elif k in ("qd_title", "kh_title"):
            para(b["text"], bold=True, align=C, indent=False)
        elif k == "issuer":
            para(b["text"], bold=True, align=C, indent=False)
        elif k == "qd_colon":
            para(b["text"], bold=True, align=C, indent=False)
        elif k == "kh_note":
            p = para(b["text"], align=C, indent=False)
            p.runs[0].italic = True
        elif k == "dieu":
            a, rest = dieu_split(b["text"])
            p = para("")
            p.runs[0].text = a + " "
            p.runs[0].bold = True
            p.add_run(rest)
        elif k == "signature":
            rec, sig = sig_lines()
            t2 = d.add_table(rows=1, cols=2)
            no_borders(t2)
            cell_text(t2.cell(0, 0), rec, size=10)
            cell_text(t2.cell(0, 1), sig, bold=True, align=C)
        elif k == "part":
            para(b["text"], "Heading 2", align=None)
        elif k == "sec" and b["part"] == "I" and b["text"].startswith("2."):
            pass  # rendered as the header of the targets table
        elif k == "sec":
            para(b["text"], "Heading 3", align=None)
        elif b.get("part") == "I" and (k == "bullet" or b["text"].startswith("Đến hết năm 2030")):
            if done_t:
                continue
            done_t = True
            sec2 = [x for x in st if x["kind"] == "sec" and x["part"] == "I"][1]["text"]
            tg = S.targets()
            t3 = d.add_table(rows=2 + len(tg), cols=2)
            t3.style = "Table Grid"
            for r_, txt in ((0, sec2), (1, "Đến hết năm 2030, phấn đấu đạt được những mục tiêu sau:")):
                c = t3.cell(r_, 0).merge(t3.cell(r_, 1))
                cell_text(c, [txt], bold=r_ == 0)
                header_row(t3.rows[r_])
            for j, t in enumerate(tg):
                cell_text(t3.cell(2 + j, 0), [str(j + 1)], align=C)
                cell_text(t3.cell(2 + j, 1), [t], align=J)
            for row in t3.rows:
                row.cells[0].width = Cm(1.2)
                row.cells[1].width = Cm(14.8)
        elif k == "bullet" and b["part"] == "III":
            para(b["text"][2:], num=list_num("bullet", b["sec"]))
        elif k == "num" and b["part"] in ("II", "IV"):
            para(b["text"].split(" ", 1)[1], num=list_num("num", b["part"]))
        elif b.get("part") == "V":
            if done_v:
                continue
            done_v = True
            V = S.assignees()
            t4 = d.add_table(rows=2 + len(V), cols=3)
            t4.style = "Table Grid"
            a = t4.cell(0, 0).merge(t4.cell(1, 0))
            cell_text(a, ["TT"], bold=True, align=C)
            cell_text(t4.cell(0, 1).merge(t4.cell(0, 2)), ["Phân công thực hiện"], bold=True, align=C)
            cell_text(t4.cell(1, 1), ["Cơ quan, đơn vị và nội dung được giao"], bold=True, align=C)
            cell_text(t4.cell(1, 2), ["Nhiệm vụ cụ thể"], bold=True, align=C)
            header_row(t4.rows[0])
            header_row(t4.rows[1])
            for j, x in enumerate(V):
                cell_text(t4.cell(2 + j, 0), [x["num"]], align=C, size=11)
                cell_text(t4.cell(2 + j, 1), [x["lead"]], size=11)
                cell_text(t4.cell(2 + j, 2), x["items"] or [""], size=11)
            for row in t4.rows:
                for c, w in zip(row.cells, (1.0, 6.5, 8.5)):
                    c.width = Cm(w)
        else:
            if k == "note":
                p = para(b["text"])
                p.runs[0].italic = True
            else:
                para(b["text"])
        if k not in ("bullet", "num"):
            cur_list[0] = None
    d.save(str(out))
    _fix_zip(out)


def _fix_zip(path):
    import io
    import zipfile
    zin = zipfile.ZipFile(io.BytesIO(Path(path).read_bytes()))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for n in zin.namelist():
            zi = zipfile.ZipInfo(n, date_time=(2025, 11, 21, 0, 0, 0))
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
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    F = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("SC", F + "DejaVuSerifCondensed.ttf"))
    pdfmetrics.registerFont(TTFont("SCB", F + "DejaVuSerifCondensed-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("SCI", F + "DejaVuSerifCondensed-Italic.ttf"))
    body = ParagraphStyle("b", fontName="SC", fontSize=9.5, leading=12.5, alignment=TA_JUSTIFY, spaceAfter=2)
    ital = ParagraphStyle("i", parent=body, fontName="SCI")
    ctr = ParagraphStyle("c", parent=body, alignment=TA_CENTER, fontName="SCB", spaceAfter=1)
    ctrn = ParagraphStyle("cn", parent=ctr, fontName="SC")
    ctri = ParagraphStyle("ci", parent=ctr, fontName="SCI")
    big = ParagraphStyle("g", parent=ctr, fontSize=13, leading=16, spaceBefore=6, spaceAfter=3)
    side = ParagraphStyle("s", parent=body, fontName="SCB", fontSize=8.5, leading=10.5, alignment=TA_LEFT)
    small = ParagraphStyle("sm", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0, alignment=TA_LEFT)
    P = lambda t, s=body: Paragraph(escape(t), s)  # noqa: E731
    W0, W1 = 3.4 * cm, 12.6 * cm
    rows = []
    story = []

    def flush():
        if not rows:
            return
        t = Table([list(r) for r in rows], colWidths=[W0, W1], splitByRow=1)
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEAFTER", (0, 0), (0, -1), 0.4, colors.grey),
                               ("LEFTPADDING", (1, 0), (1, -1), 8), ("RIGHTPADDING", (0, 0), (0, -1), 6),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        story.append(t)
        story.append(Spacer(1, 6))
        rows.clear()

    def row(head, txt, style=body):
        rows.append((P(head, side) if head else "", P(txt, style)))

    st = S.structure()
    left, right, so, place = lh_lines()
    lh = Table([[[P(x, ctr) for x in left], [P(x, ctr) for x in right]], [P(so, ctrn), P(place, ctri)]],
               colWidths=[7 * cm, 9 * cm])
    story.append(lh)
    story.append(Spacer(1, 8))
    pending_head = [None]
    for b in st[1:]:
        k = b["kind"]
        if k in ("qd", "kh", "qd_title", "kh_title", "issuer", "qd_colon", "kh_note", "signature"):
            flush()
            if k == "kh":
                from reportlab.platypus import PageBreak
                story.append(PageBreak())
            if k in ("qd", "kh"):
                story.append(P(b["text"], big))
            elif k == "kh_note":
                story.append(P(b["text"], ctri))
            elif k == "signature":
                rec, sig = sig_lines()
                story.append(Table([[[P(x, small) for x in rec], [P(x, ctr) for x in sig]]], colWidths=[8 * cm, 8 * cm],
                                   style=[("VALIGN", (0, 0), (-1, -1), "TOP")]))
            else:
                story.append(P(b["text"], ctr))
            continue
        if k == "cancu" and not rows:
            pending_head[0] = None
        if k == "cancu" or k == "denghi":
            row(pending_head[0], b["text"], ital)
            pending_head[0] = None
        elif k == "dieu":
            a, rest = dieu_split(b["text"])
            row(a, rest)
        elif k == "part":
            flush()
            pending_head[0] = b["text"]
        elif k == "sec":
            if pending_head[0]:
                row(pending_head[0], "")
            pending_head[0] = b["text"]
        elif k == "num" and b["part"] == "V":
            n, rest = b["text"].split(" ", 1)
            if pending_head[0]:
                row(pending_head[0], "")
                pending_head[0] = None
            row(n, rest)
        else:
            style = ital if k == "note" else body
            row(pending_head[0], b["text"], style)
            pending_head[0] = None
    flush()
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=2.5 * cm, rightMargin=2 * cm, topMargin=2 * cm,
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
