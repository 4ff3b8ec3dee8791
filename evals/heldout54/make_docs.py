"""Renders the held-out-54 document (doc_source) into docs/<KEY>.md, .docx and .pdf -- byte-reproducible.
Run: python evals/heldout54/make_docs.py  (python-docx, reportlab; no network, no project code)

.md  OBSIDIAN-FLAVOURED MARKDOWN (the dialect of the Obsidian note app): an Obsidian comment (`%% … %%`) with the
     gazette reference at the top; the two halves of the letterhead, the signature block and the digital-signature
     stamp as CALLOUTS (`> [!info]`, `> [!quote]`, `> [!check]`), the stamp after the signature; `#` NGHỊ QUYẾT and
     Phụ lục, `##` parts I-III, `###` the numbered sections of parts I-II (part III's numbered paragraphs stay
     paragraphs, their number escaped `1\\.`); bases in `*` italics; "- " items as list items; BLOCK IDs (`^muc-ii-3`)
     after the section headings of part II; the Phụ lục table as ONE FOLDABLE CALLOUT PER GROUP (`> [!todo]+ I. …`)
     each holding a pipe table with the 5 source columns, followed by a block ID `^nhom-i` …
.docx python-docx, A4 portrait, Times New Roman 13 pt; the letterhead halves, the signature block and the stamp as
     LEGACY WORD FRAMES (`w:framePr`: positioned paragraphs; left half anchored at the margin, right half
     right-aligned, the stamp framed with a paragraph border); the Phụ lục as ONE table with a leading GROUP COLUMN
     whose cells are VERTICALLY MERGED over each group's rows (`w:vMerge`) with the group numeral and title in
     ROTATED text (`w:textDirection btLr`); the "-" sub-items of task I.4 with their merged partner / time cells and
     task III.6 with its sub-row kept as in the gazette (vMerge), the note row after IV.3 spanning five columns
     (`w:gridSpan`); header row repeated; fixed core properties and zip timestamps.
.pdf reportlab, A4 portrait, body in DejaVu Sans ExtraLight 10 pt (headings DejaVu Sans Bold), the annex as a
     TWO-TIER table: every task in two rows -- TT + the task text across the full width on a tinted band, then its
     lead / partner / time under it; a two-tier header repeated on every page; group rows dark with white text;
     hairlines only under the second tier, no vertical lines; invariant=1."""
import copy
import io
import sys
import zipfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import doc_source as S  # noqa: E402

STEM = S.KEY
ZDATE = (2026, 5, 16, 0, 0, 0)


def _body_items():
    """body() with the heading role of each piece: part / sec-head (parts I-II) / sec-para (part III) / item / dash"""
    out, part = [], None
    for k, t in S.body():
        if k == "part":
            part = t.split(".")[0]
            out.append(("part", t))
        elif k == "sec":
            out.append(("sechead" if part in ("I", "II") else "secpara", t))
        else:
            out.append((k, t))
    return out


def _sec_split(t):
    """a section heading of part II (e.g. '1. Tăng cường …') -> number"""
    return t.split(".")[0]


# ------------------------------------------------------------------ Markdown (Obsidian)
def md():
    fr = dict((k, t) for k, t in S.front() if k not in ("base",))
    bases = [t for k, t in S.front() if k == "base"]
    L = ["%% Công báo số 277 ngày 16-05-2026, trang 52-65 %%", ""]
    L += [f"> [!info] {fr['org']}", f"> {fr['so']}", ""]
    L += [f"> [!info] {fr['qh']}", f"> {fr['tn']}", f"> *{fr['date']}*", ""]
    L += [f"# {fr['title']}", "", f"**{fr['subtitle']}**", "", f"**{fr['issuer']}**", ""]
    for b in bases:
        L += [f"*{b}*", ""]
    L += [f"**{fr['decide']}**", "", fr["open"], ""]
    part = None
    for k, t in _body_items():
        if k == "part":
            part = t.split(".")[0]
            L += [f"## {t}", ""]
        elif k == "sechead":
            L += [f"### {t}", ""]
            if part == "II":
                L += [f"^muc-ii-{_sec_split(t)}", ""]
        elif k == "secpara":
            n, rest = t.split(".", 1)
            L += [f"{n}\\.{rest}", ""]
        elif k == "dash":
            L += [t, ""]
        else:
            L += [t, ""]
    sg = S.sign()
    L += [f"> [!quote] {sg[0]}", f"> {sg[1]}", f"> {sg[2]}", ">", f"> **{sg[3]}**", ""]
    st = S.stamp()
    L += [f"> [!check] {st[0]}", f"> {st[1]}", f"> {st[2]}", ""]
    ah = dict(S.appx_head())
    L += [f"# {ah['label']}", "", f"**{ah['atitle']}**", "", f"*{ah['attach']}*", ""]
    hdr = "| " + " | ".join(S.HEADER_CELLS) + " |"
    sep = "|" + "|".join(["----"] * 5) + "|"
    cur = None

    def close():
        if cur is not None:
            L.extend(["", f"^nhom-{cur.lower()}", ""])
    for r in S.rows():
        if r["kind"] == "group":
            close()
            cur = r["group"]
            L += [f"> [!todo]+ {r['tt']}. {r['name']}", "> " + hdr, "> " + sep]
            continue
        cells = [r["tt"], r["name"], r["lead"], r["partner"], r["time"]]
        if r["kind"] == "note":
            cells = ["", f"*{r['name']}*", "", "", ""]
        L.append("> | " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    close()
    return "\n".join(L).rstrip() + "\n"


# ------------------------------------------------------------------ DOCX
def docx_bytes():
    import docx
    from docx.enum.section import WD_ORIENT  # noqa: F401
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
    for s in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        d.styles[s].font.name = "Times New Roman"
        d.styles[s].font.color.rgb = None

    def frame(p, **attrs):
        pPr = p._p.get_or_add_pPr()
        fp = OxmlElement("w:framePr")
        for k, v in attrs.items():
            fp.set(qn("w:" + k), str(v))
        pPr.insert_element_before(fp, "w:widowControl", "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd",
                                  "w:tabs", "w:suppressAutoHyphens", "w:spacing", "w:ind", "w:jc", "w:rPr")
        return pPr

    def border(pPr):
        bd = OxmlElement("w:pBdr")
        for side in ("top", "left", "bottom", "right"):
            e = OxmlElement("w:" + side)
            e.set(qn("w:val"), "single"), e.set(qn("w:sz"), "6"), e.set(qn("w:space"), "4")
            e.set(qn("w:color"), "1F3864")
            bd.append(e)
        pPr.insert_element_before(bd, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:spacing", "w:ind", "w:jc",
                                  "w:rPr")

    def para(text, bold=False, italic=False, align=None, size=None, style=None, after=6):
        p = d.add_paragraph(style=style)
        r = p.add_run(text)
        r.bold, r.italic = bold or None, italic or None
        if size:
            r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        p.paragraph_format.space_after = Pt(after)
        return p

    C, J, R_ = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.RIGHT
    fr = dict((k, t) for k, t in S.front() if k != "base")
    # letterhead: two frames side by side
    FL = dict(w=4200, hSpace=180, wrap="around", vAnchor="text", hAnchor="margin", y=1)
    FR = dict(w=5600, hSpace=180, wrap="around", vAnchor="text", hAnchor="margin", xAlign="right", y=1)
    frame(para(fr["org"], bold=True, align=C, after=0), **FL)
    frame(para(fr["so"], align=C, after=0), **FL)
    frame(para(fr["qh"], bold=True, align=C, size=12, after=0), **FR)
    frame(para(fr["tn"], bold=True, align=C, after=0), **FR)
    frame(para(fr["date"], italic=True, align=C, after=0), **FR)
    para("", after=0)
    para("", after=24)
    para(fr["title"], bold=True, align=C, style="Heading 1", after=0)
    para(fr["subtitle"], bold=True, align=C, after=12)
    para(fr["issuer"], bold=True, align=C, after=6)
    for k, t in S.front():
        if k == "base":
            para(t, italic=True, align=J)
    para(fr["decide"], bold=True, align=C)
    para(fr["open"], align=J)
    for k, t in _body_items():
        if k == "part":
            para(t, bold=True, style="Heading 2")
        elif k == "sechead":
            para(t, bold=True, style="Heading 3", align=J)
        else:
            p = para(t, align=J)
            if k == "dash":
                p.paragraph_format.left_indent = Cm(0.6)
    sg = S.sign()
    FS = dict(w=4600, hSpace=180, wrap="around", vAnchor="text", hAnchor="margin", xAlign="right", y=200)
    for i, t in enumerate(sg):
        p = para(t, bold=True, align=C, after=0 if i < 3 else 12)
        if i == 3:
            p.paragraph_format.space_before = Pt(40)
        frame(p, **FS)
    para("", after=0)
    FT = dict(w=5200, hSpace=180, wrap="around", vAnchor="text", hAnchor="margin", xAlign="left", y=1400)
    for t in S.stamp():
        p = para(t, italic=True, size=9, after=0)
        border(frame(p, **FT))
    para("", after=0)
    # appendix
    p = para(dict(S.appx_head())["label"], bold=True, align=C, style="Heading 1", after=0)
    p.paragraph_format.page_break_before = True
    ah = dict(S.appx_head())
    para(ah["atitle"], bold=True, align=C, after=0)
    para(ah["attach"], italic=True, align=C, after=12)

    widths = [Cm(1.1), Cm(0.9), Cm(6.0), Cm(3.4), Cm(2.9), Cm(1.7)]
    rows = S.rows()
    body_rows = [r for r in rows if r["kind"] != "group"]
    t = d.add_table(rows=1 + len(body_rows), cols=6)
    t.style = "Table Grid"
    tblPr = t._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)

    def tc_props(cell, width, vmerge=None, rotate=False, span=None, shade=None):
        tc = cell._tc
        tcPr = tc.get_or_add_tcPr()
        for ch in list(tcPr):
            tcPr.remove(ch)
        w = OxmlElement("w:tcW")
        w.set(qn("w:w"), str(int(width.twips if hasattr(width, "twips") else width))), w.set(qn("w:type"), "dxa")
        tcPr.append(w)
        if span:
            g = OxmlElement("w:gridSpan")
            g.set(qn("w:val"), str(span))
            tcPr.append(g)
        if vmerge is not None:
            v = OxmlElement("w:vMerge")
            if vmerge == "restart":
                v.set(qn("w:val"), "restart")
            tcPr.append(v)
        if shade:
            sh = OxmlElement("w:shd")
            sh.set(qn("w:val"), "clear"), sh.set(qn("w:color"), "auto"), sh.set(qn("w:fill"), shade)
            tcPr.append(sh)
        if rotate:
            td = OxmlElement("w:textDirection")
            td.set(qn("w:val"), "btLr")
            tcPr.append(td)
            va = OxmlElement("w:vAlign")
            va.set(qn("w:val"), "center")
            tcPr.append(va)

    def put(cell, text, bold=False, italic=False, size=10.5, align=None):
        p = cell.paragraphs[0]
        if text:
            r = p.add_run(text)
            r.bold, r.italic = bold or None, italic or None
            r.font.size = Pt(size)
        if align is not None:
            p.alignment = align

    def twips(cm):
        return int(cm.cm * 567)
    W_ = [twips(w) for w in widths]
    hdr = t.rows[0]
    trPr = hdr._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    trPr.append(th)
    for i, txt in enumerate([""] + S.HEADER_CELLS):
        tc_props(hdr.cells[i], W_[i], shade="D9E2F3")
        put(hdr.cells[i], txt, bold=True, align=C)
    # group extents
    grp_rows = {}
    gi = 0
    for r in rows:
        if r["kind"] == "group":
            g = r
        else:
            grp_rows.setdefault(g["group"], (g, []))[1].append(gi)
            gi += 1
    # merges in the body: task I.4 sub-rows (partner over the first three, time over all four), III.6 TT
    i4 = [k for k, r in enumerate(body_rows) if r["group"] == "I" and r["kind"] == "sub"]
    p_merge = {i4[0]: "restart", i4[1]: "cont", i4[2]: "cont"}
    t_merge = {i4[0]: "restart", i4[1]: "cont", i4[2]: "cont", i4[3]: "cont"}
    iii6 = [k for k, r in enumerate(body_rows) if r["group"] == "III" and r["tt"] in ("6", "")]
    tt_merge = {iii6[0]: "restart", iii6[1]: "cont"}
    first_of_group = {v[1][0]: v[0] for v in grp_rows.values()}
    for k, r in enumerate(body_rows):
        row = t.rows[k + 1]
        cells = row.cells
        g0 = first_of_group.get(k)
        tc_props(cells[0], W_[0], vmerge="restart" if g0 else "cont", rotate=True, shade="F2F2F2")
        if g0:
            put(cells[0], f"{g0['tt']}. {g0['name']}", bold=True, size=9, align=C)
        if r["kind"] == "note":
            # merge cells 1..5 horizontally
            a = cells[1]
            for j in range(2, 6):
                a = a.merge(cells[j])
            tc_props(a, sum(W_[1:]), span=5)
            put(a, r["name"], italic=True, align=J)
            continue
        vals = [r["tt"], r["name"], r["lead"], r["partner"], r["time"]]
        for j, v in enumerate(vals, start=1):
            vm = None
            if j == 1 and k in tt_merge:
                vm = tt_merge[k]
            if j == 4 and k in p_merge:
                vm = p_merge[k]
            if j == 5 and k in t_merge:
                vm = t_merge[k]
            tc_props(cells[j], W_[j], vmerge=("restart" if vm == "restart" else "cont") if vm else None)
            if vm == "cont":
                continue
            put(cells[j], v, align=C if j in (1, 5) else None)
    # the grid
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), W_):
        gc.set(qn("w:w"), str(w))
    cp = d.core_properties
    cp.author = "Chính phủ"
    cp.title = "Nghị quyết số 116/NQ-CP"
    cp.subject = "Kế hoạch thực hiện Kết luận số 213-KL/TW"
    cp.created = cp.modified = datetime(2026, 5, 16, 0, 0, 0)
    cp.last_modified_by = "heldout54"
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    # fixed zip timestamps and order
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, zin.read(info.filename))
    return out.getvalue()


# ------------------------------------------------------------------ PDF
def pdf_bytes():
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)
    from xml.sax.saxutils import escape

    D = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DVL", D + "DejaVuSans-ExtraLight.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", D + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVO", D + "DejaVuSans-Oblique.ttf"))
    pdfmetrics.registerFont(TTFont("DV", D + "DejaVuSans.ttf"))
    base = ParagraphStyle("b", fontName="DVL", fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=4)
    cen = ParagraphStyle("c", parent=base, alignment=TA_CENTER)
    bold = ParagraphStyle("bd", parent=base, fontName="DVB")
    bcen = ParagraphStyle("bc", parent=bold, alignment=TA_CENTER)
    ital = ParagraphStyle("it", parent=base, fontName="DVO")
    icen = ParagraphStyle("ic", parent=ital, alignment=TA_CENTER)
    h1 = ParagraphStyle("h1", parent=bcen, fontSize=14, leading=18, spaceBefore=6, spaceAfter=4)
    h2 = ParagraphStyle("h2", parent=bold, fontSize=11, leading=14, spaceBefore=6)
    h3 = ParagraphStyle("h3", parent=bold, fontSize=10, leading=13.5)
    dash = ParagraphStyle("d", parent=base, leftIndent=14)
    cell = ParagraphStyle("cell", fontName="DVL", fontSize=8.5, leading=10.5, alignment=TA_LEFT)
    cellc = ParagraphStyle("cellc", parent=cell, alignment=TA_CENTER)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="DVB")
    cellbw = ParagraphStyle("cellbw", parent=cellb, textColor=colors.white)
    celli = ParagraphStyle("celli", parent=cell, fontName="DVO")
    P = lambda t, s: Paragraph(escape(t), s)  # noqa: E731

    fr = dict((k, t) for k, t in S.front() if k != "base")
    story = []
    lh = Table([[P(fr["org"], bcen), P(fr["qh"], bcen)], [P(fr["so"], cen), P(fr["tn"], bcen)],
                ["", P(fr["date"], icen)]], colWidths=[6 * cm, 10.5 * cm])
    lh.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [lh, Spacer(1, 14), P(fr["title"], h1), P(fr["subtitle"], bcen), Spacer(1, 6), P(fr["issuer"], bcen)]
    story += [P(t, ital) for k, t in S.front() if k == "base"]
    story += [P(fr["decide"], bcen), P(fr["open"], base)]
    for k, t in _body_items():
        if k == "part":
            story.append(P(t, h2))
        elif k == "sechead":
            story.append(P(t, h3))
        elif k == "dash":
            story.append(P(t, dash))
        else:
            story.append(P(t, base))
    sg = S.sign()
    sig = Table([["", P(sg[0], bcen)], ["", P(sg[1], bcen)], ["", P(sg[2], bcen)], ["", Spacer(1, 30)],
                 ["", P(sg[3], bcen)]], colWidths=[9.5 * cm, 7 * cm])
    stp = Table([[P(x, ParagraphStyle("st", parent=ital, fontSize=8, leading=10))] for x in S.stamp()],
                colWidths=[8.5 * cm])
    stp.hAlign = "LEFT"
    stp.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#1F3864")),
                             ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    story += [Spacer(1, 8), KeepTogether([sig, Spacer(1, 8), stp]), PageBreak()]
    ah = dict(S.appx_head())
    story += [P(ah["label"], h1), P(ah["atitle"], bcen), P(ah["attach"], icen), Spacer(1, 8)]
    cw = [1.0 * cm, 5.6 * cm, 5.2 * cm, 4.8 * cm]
    data = [[P("TT", cellbw), P(S.HEADER_CELLS[1], cellbw), "", ""],
            ["", P(S.HEADER_CELLS[2], cellbw), P(S.HEADER_CELLS[3], cellbw), P(S.HEADER_CELLS[4], cellbw)]]
    sty = [("SPAN", (1, 0), (3, 0)), ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#2F5496")),
           ("LINEBELOW", (0, 1), (-1, 1), 0.8, colors.HexColor("#2F5496")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
           ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    for r in S.rows():
        i = len(data)
        if r["kind"] == "group":
            data.append([P(r["tt"], cellbw), P(r["name"], cellbw), "", ""])
            sty += [("SPAN", (1, i), (3, i)), ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#404040"))]
            continue
        if r["kind"] == "note":
            data.append([P(r["name"], celli), "", "", ""])
            sty += [("SPAN", (0, i), (3, i)), ("LINEBELOW", (0, i), (-1, i), 0.3, colors.grey)]
            continue
        data.append([P(r["tt"], cellc), P(r["name"], cell), "", ""])
        sty += [("SPAN", (1, i), (3, i)), ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#EEF2F8"))]
        data.append(["", P(r["lead"], cell), P(r["partner"], cell), P(r["time"], cell)])
        sty += [("LINEBELOW", (0, i + 1), (-1, i + 1), 0.3, colors.grey), ("NOSPLIT", (0, i), (-1, i + 1))]
    tb = Table(data, colWidths=cw, repeatRows=2)
    tb.setStyle(TableStyle(sty))
    story.append(tb)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title="Nghị quyết số 116/NQ-CP", author="Chính phủ",
                            subject="Kế hoạch thực hiện Kết luận số 213-KL/TW", creator="heldout54 make_docs.py",
                            invariant=1)
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
