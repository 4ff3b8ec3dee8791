"""Render the held-out-46 document (doc_source.structure()) as .md, .docx and .pdf -- layouts unlike sets 30-45.
.md  : letterhead, Nơi nhận and signature as pandoc FENCED DIVS ('::: {.quoc-hieu}' ... ':::'); a THEMATIC BREAK
       ('* * *') before every part; ATX headings ('#' title, '##' parts, '###' sections, '####' Mục tiêu and Hoạt
       động); '-' items as '*' bullets, '+' items as nested '*' bullets (the dash/plus signs dropped); the 22
       "Chỉ tiêu" of II.1 as ONE pandoc SIMPLE TABLE (no pipes, no outer rules, one physical line per row, dashed
       underline per column) `Mục tiêu | Nhóm | Chỉ tiêu | Nội dung chỉ tiêu` after a '*' list that names the six Mục
       tiêu and their a)/b) groups; part III activities as '####' headings with a two-item bullet list (Nội dung /
       Cơ quan thực hiện). No emphasis.
.docx: python-docx, US LEGAL portrait (21.59 x 35.56 cm), Arial 11 pt ragged-right; parts as 'Heading 1' with
       PAGE BREAK BEFORE (w:pageBreakBefore) each part, sections 'Heading 2', Mục tiêu 'Heading 3'; each Mục tiêu's
       indicators as its OWN 2-column table ('Light Grid Accent 1', no header row: Chỉ tiêu | Nội dung) with the a)/b)
       group rows merged across both columns; part III as ONE 3-column table `Hoạt động | Nội dung | Cơ quan thực
       hiện` (5 rows + header) with the two section titles as merged rows; '-'/'+' items as 'List Bullet' /
       'List Bullet 2' with the sign dropped; letterhead centred; fixed core properties and zip timestamps.
.pdf : reportlab, A4 portrait, MONOSPACED Liberation Mono 8.5 pt (liberation2) ragged-right; page number '[n]' centred at the TOP;
       II.1 as ONE 2-column table (Chỉ tiêu | Nội dung) with Mục tiêu and a)/b) rows spanning both columns, ruled
       with DASHED horizontal lines only, header repeated; everything else as paragraphs; invariant=1."""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import doc_source as S  # noqa: E402

STEM = S.KEY
W1, W2, W3 = 9, 5, 11


def _label(t):
    """'- Nội dung: xyz' -> ('Nội dung', 'xyz')"""
    m = re.match(r"^- (Nội dung|Cơ quan thực hiện):\s*(.*)$", t)
    return (m.group(1), m.group(2)) if m else (None, t)


def _simple_table():
    L = ["Mục tiêu".ljust(W1) + " " + "Nhóm".ljust(W2) + " " + "Chỉ tiêu".ljust(W3) + " " + "Nội dung chỉ tiêu",
         "-" * W1 + " " + "-" * W2 + " " + "-" * W3 + " " + "-" * 40]
    for i in S.indicators():
        g = i["group"].split(" ")[0] if i["group"] else ""
        L.append(i["mt_num"].ljust(W1) + " " + g.ljust(W2) + " " + i["label"].ljust(W3) + " " + i["text"])
    return L


def md_text():
    st = S.structure()
    lh = S.lh_lines(st[0])
    L = ["::: {.quoc-hieu}", "", lh[0], "", lh[1], "", lh[2], "", lh[3], "", lh[4], "", lh[5], "", ":::", ""]
    table_done = False
    for b in st[1:]:
        k = b["kind"]
        p = b.get("part")
        t = b.get("text")
        if k == "title":
            L += ["# KẾ HOẠCH", ""]
        elif k in ("sub", "intro"):
            L += [t, ""]
        elif k == "part":
            L += ["* * *", "", "## " + t, ""]
        elif k == "sec":
            L += ["### " + t, ""]
        elif p == "II" and b.get("mt") and k in ("mt", "letter", "ct"):
            if table_done:
                continue
            for mt in dict.fromkeys(x["mt"] for x in S.indicators()):
                L.append("* " + mt)
                for g in dict.fromkeys(x["group"] for x in S.indicators() if x["mt"] == mt and x["group"]):
                    L.append("    * " + g)
            L.append("")
            L += _simple_table() + [""]
            table_done = True
        elif p == "III" and k == "letter":
            L += ["#### " + t, ""]
        elif k == "bullet":
            lab, rest = _label(t)
            L += ["* " + (lab + ": " + rest if lab else t[2:]).rstrip(), ""]
        elif k == "plus":
            L += ["    * " + t[2:], ""]
        elif k in ("letter", "num", "para"):
            L += [t, ""]
        elif k == "signature":
            rec, sig = S.sig_lines(b)
            L += ["::: {.noi-nhan}", ""] + [x for r in rec for x in (r, "")] + [":::", ""]
            L += ["::: {.chu-ky}", ""] + [x for r in sig for x in (r, "")] + [":::", ""]
    return "\n".join(L)


def build_docx(out):
    import datetime
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt
    d = docx.Document()
    cp = d.core_properties
    cp.author = cp.last_modified_by = ""
    cp.title = "Kế hoạch 174/KH-UBND"
    cp.created = cp.modified = datetime.datetime(2025, 11, 18)
    cp.revision = 1
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.59), Cm(35.56)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2), Cm(2.5), Cm(2.5)
    nf = d.styles["Normal"]
    nf.font.name = "Arial"
    nf.font.size = Pt(11)
    nf.paragraph_format.space_after = Pt(4)
    C = WD_ALIGN_PARAGRAPH.CENTER
    for h in ("Heading 1", "Heading 2", "Heading 3"):
        d.styles[h].font.name = "Arial"
    d.styles["Heading 1"].paragraph_format.page_break_before = True

    def para(t, st_="Normal", align=None, bold=False, size=None):
        p = d.add_paragraph(style=st_)
        r = p.add_run(t)
        r.bold = bold or None
        if size:
            r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        return p

    def merge_row(tb, text, bold=True):
        row = tb.add_row()
        c = row.cells[0].merge(row.cells[-1])
        c.paragraphs[0].add_run(text).bold = bold

    st = S.structure()
    lh = S.lh_lines(st[0])
    for j, x in enumerate(lh):
        para(x, align=C, bold=j in (0, 1, 2))
    inds = S.indicators()
    acts = S.activities()
    done_mt, done_iii = set(), False
    for b in st[1:]:
        k = b["kind"]
        t = b.get("text")
        p = b.get("part")
        if k == "title":
            para(t, "Title", align=C)
        elif k == "sub":
            para(t, align=C, bold=True)
        elif k == "part":
            d.add_heading(t, level=1)
        elif k == "sec":
            d.add_heading(t, level=2)
        elif k == "mt":
            d.add_heading(t, level=3)
            mine = [i for i in inds if i["mt"] == t]
            tb = d.add_table(rows=0, cols=2)
            tb.style = d.styles["Light Grid Accent 1"]
            g0 = None
            for i in mine:
                if i["group"] and i["group"] != g0:
                    merge_row(tb, i["group"])
                    g0 = i["group"]
                row = tb.add_row()
                row.cells[0].paragraphs[0].add_run(i["label"])
                row.cells[1].paragraphs[0].add_run(i["text"])
            for row in tb.rows:
                row.cells[0].width = Cm(2.6)
                if len(row.cells) > 1 and row.cells[1] is not row.cells[0]:
                    row.cells[1].width = Cm(14.4)
            done_mt.add(t)
        elif p == "II" and b.get("mt") and k in ("letter", "ct"):
            continue
        elif p == "III":
            if done_iii:
                continue
            tb = d.add_table(rows=1, cols=3)
            tb.style = d.styles["Table Grid"]
            for c, h in zip(tb.rows[0].cells, ("Hoạt động", "Nội dung", "Cơ quan thực hiện")):
                c.paragraphs[0].add_run(h).bold = True
            trPr = tb.rows[0]._tr.get_or_add_trPr()
            e = OxmlElement("w:tblHeader")
            e.set(qn("w:val"), "true")
            trPr.append(e)
            s0 = None
            for a in acts:
                if a["sec"] != s0:
                    merge_row(tb, a["sec"])
                    s0 = a["sec"]
                row = tb.add_row()
                row.cells[0].paragraphs[0].add_run(a["letter"])
                cur = 1
                firsts = {1: True, 2: True}
                for it in a["items"]:
                    lab, rest = _label(it)
                    if lab:
                        cur = 1 if lab == "Nội dung" else 2
                        if not rest:
                            continue
                        txt = rest
                    else:
                        txt = it
                    cell = row.cells[cur]
                    pp = cell.paragraphs[0] if firsts[cur] else cell.add_paragraph()
                    firsts[cur] = False
                    pp.add_run(txt)
            for row in tb.rows:
                cs = row.cells
                if cs[0] is not cs[1]:
                    for c, w in zip(cs, (2.6, 8.0, 6.4)):
                        c.width = Cm(w)
            done_iii = True
        elif k == "bullet":
            para(t[2:], "List Bullet")
        elif k == "plus":
            para(t[2:], "List Bullet 2")
        elif k in ("intro", "num", "para", "letter"):
            para(t)
        elif k == "signature":
            rec, sig = S.sig_lines(b)
            for j, x in enumerate(rec):
                pp = para(x, size=9, bold=j == 0)
                pp.paragraph_format.space_after = Pt(0)
            for x in sig:
                pp = para(x, bold=True, align=C)
                pp.paragraph_format.left_indent = Cm(9)
    d.save(str(out))
    _fix_zip(out)


def _fix_zip(path):
    import io
    import zipfile
    zin = zipfile.ZipFile(io.BytesIO(Path(path).read_bytes()))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for n in zin.namelist():
            zi = zipfile.ZipInfo(n, date_time=(2025, 11, 18, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(n))
    Path(path).write_bytes(buf.getvalue())


def build_pdf(out):
    from xml.sax.saxutils import escape
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    F = "/usr/share/fonts/truetype/liberation2/"
    pdfmetrics.registerFont(TTFont("DM", F + "LiberationMono-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("DMB", F + "LiberationMono-Bold.ttf"))
    body = ParagraphStyle("b", fontName="DM", fontSize=8.5, leading=11, alignment=TA_LEFT, spaceAfter=3)
    ctr = ParagraphStyle("c", parent=body, alignment=TA_CENTER, fontName="DMB", spaceAfter=1)
    ctrn = ParagraphStyle("cn", parent=ctr, fontName="DM")
    part = ParagraphStyle("p", parent=body, fontName="DMB", fontSize=9.5, leading=12, spaceBefore=8)
    secst = ParagraphStyle("s", parent=body, fontName="DMB", spaceBefore=4)
    bul = ParagraphStyle("u", parent=body, leftIndent=14, firstLineIndent=-10)
    plus = ParagraphStyle("pl", parent=body, leftIndent=26, firstLineIndent=-10)
    cell = ParagraphStyle("t", parent=body, fontSize=8, leading=10, spaceAfter=0)
    cellb = ParagraphStyle("tb", parent=cell, fontName="DMB")
    small = ParagraphStyle("sm", parent=body, fontSize=7.5, leading=9, spaceAfter=0)
    PW, PH = A4

    def deco(canv, doc):
        canv.saveState()
        canv.setFont("DM", 8)
        canv.drawCentredString(PW / 2, PH - 1.2 * cm, f"[{doc.page}]")
        canv.restoreState()

    story = []
    st = S.structure()
    for x in S.lh_lines(st[0]):
        story.append(Paragraph(escape(x), ctr if x.isupper() else ctrn))
    story.append(Spacer(1, 8))
    table_done = False
    for b in st[1:]:
        k = b["kind"]
        t = escape(b.get("text") or "")
        if k in ("title", "sub"):
            story.append(Paragraph(t, ctr))
        elif k == "part":
            story.append(Paragraph(t, part))
        elif k == "sec":
            story.append(Paragraph(t, secst))
        elif b.get("part") == "II" and b.get("mt") and k in ("mt", "letter", "ct"):
            if table_done:
                continue
            data = [[Paragraph("Chỉ tiêu", cellb), Paragraph("Nội dung", cellb)]]
            spans = []
            mt0 = g0 = None
            for i in S.indicators():
                if i["mt"] != mt0:
                    data.append([Paragraph(escape(i["mt"]), cellb), ""])
                    spans.append(len(data) - 1)
                    mt0, g0 = i["mt"], None
                if i["group"] and i["group"] != g0:
                    data.append([Paragraph(escape(i["group"]), cell), ""])
                    spans.append(len(data) - 1)
                    g0 = i["group"]
                data.append([Paragraph(escape(i["label"]), cell), Paragraph(escape(i["text"]), cell)])
            tb = Table(data, colWidths=[2.6 * cm, PW - 4.4 * cm - 2.6 * cm], repeatRows=1)
            sty = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.black, None, (2, 2)),
                   ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black, None, (3, 2))]
            sty += [("SPAN", (0, r), (1, r)) for r in spans]
            tb.setStyle(TableStyle(sty))
            story += [tb, Spacer(1, 4)]
            table_done = True
        elif k == "bullet":
            story.append(Paragraph(t, bul))
        elif k == "plus":
            story.append(Paragraph(t, plus))
        elif k in ("intro", "num", "para", "letter"):
            story.append(Paragraph(t, body))
        elif k == "signature":
            rec, sig = S.sig_lines(b)
            story.append(Spacer(1, 8))
            for x in rec:
                story.append(Paragraph(escape(x), small))
            story.append(Spacer(1, 6))
            for x in sig:
                story.append(Paragraph(escape(x), ctr))
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=2.4 * cm, rightMargin=2 * cm, topMargin=1.8 * cm,
                            bottomMargin=1.6 * cm, invariant=1, title="Kế hoạch 174/KH-UBND", author="", creator="")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def build(outdir=None):
    D = Path(outdir or HERE / "docs")
    D.mkdir(exist_ok=True)
    (D / f"{STEM}.md").write_text(md_text(), encoding="utf-8")
    build_docx(D / f"{STEM}.docx")
    build_pdf(D / f"{STEM}.pdf")


if __name__ == "__main__":
    build()
