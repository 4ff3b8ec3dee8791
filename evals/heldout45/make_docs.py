"""Render the held-out-45 document (doc_source.structure()) as .md, .docx and .pdf -- layouts unlike sets 30-44.
.md  : letterhead as a YAML FRONT-MATTER block (co_quan / quoc_hieu / tieu_ngu / so_ky_hieu / dia_danh_ngay); ATX
       headings carrying pandoc HEADER ATTRIBUTES ('## I. MỤC TIÊU {#phan-ii}', '### 3. … {#muc-iii-3}'); '-' items
       as bullet lists with the '+' items NESTED under the preceding bullet; III.3 a)-d) as a pandoc FANCY LETTERED
       ORDERED LIST with a) holding its bullets and '+' items three levels deep; part IV as ONE pandoc MULTILINE TABLE
       (TT | Cơ quan, đơn vị | Nhiệm vụ cụ thể), one row per duty, TT/agency written only on an agency's first row,
       cell text wrapped in fixed-width columns, rows separated by blank lines; V/VI as ordered lists; Nơi nhận and
       signature as pandoc LINE BLOCKS ('| ' lines). No emphasis.
.docx: python-docx, A4 portrait, Times New Roman 13 pt justified (first-line indent); NO built-in heading styles and NO
       tables: custom paragraph styles with Word OUTLINE LEVELS ('KH Tiêu đề' lvl 0, 'KH Phần' lvl 1, 'KH Mục' lvl 2,
       'KH Cơ quan' lvl 2 shaded with a box border); letterhead as three TAB-STOP lines (left/right halves on centred
       tab stops); '-'/'+' items in hanging-indent styles; footer 'Trang ' + PAGE field; Nơi nhận as 10 pt lines and
       the signature block indented to the right; fixed core properties and zip timestamps (byte-reproducible).
.pdf : reportlab, A4 LANDSCAPE, THREE NEWSPAPER COLUMNS (three frames per page), DejaVu Sans 8 pt justified; running
       header 'UBND tỉnh Đồng Tháp - Kế hoạch 556/KH-UBND' left and 'tr. n' right above a rule; parts with a rule
       under them; part IV agencies as grey SHADED BARS (one-cell tables) above their duties; invariant=1."""
import re
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import doc_source as S  # noqa: E402

STEM = S.KEY
ROMAN_ID = {"I": "i", "II": "ii", "III": "iii", "IV": "iv", "V": "v", "VI": "vi"}
W_TT, W_AG, W_DU = 4, 24, 62


def _wrap(t, w):
    return textwrap.wrap(t, w, break_long_words=False, break_on_hyphens=False) or [""]


def _mtable():
    """part IV as a pandoc multiline table"""
    tot = W_TT + W_AG + W_DU + 2
    L = ["-" * tot, "TT".ljust(W_TT) + " " + "Cơ quan, đơn vị".ljust(W_AG) + " " + "Nhiệm vụ cụ thể",
         "-" * W_TT + " " + "-" * W_AG + " " + "-" * W_DU]
    for a in S.agencies():
        for j, it in enumerate(a["items"]):
            c1 = _wrap(a["num"] + "." if j == 0 else "", W_TT)
            c2 = _wrap(a["name"] if j == 0 else "", W_AG)
            c3 = _wrap((it["mark"] + " " if it["mark"] else "") + it["text"], W_DU)
            n = max(len(c1), len(c2), len(c3))
            for k in range(n):
                x1 = c1[k] if k < len(c1) else ""
                x2 = c2[k] if k < len(c2) else ""
                x3 = c3[k] if k < len(c3) else ""
                L.append((x1.ljust(W_TT) + " " + x2.ljust(W_AG) + " " + x3).rstrip())
            L.append("")
    L[-1] = "-" * tot
    return L


def md_text():
    st = S.structure()
    lh = S.lh_lines(st[0])
    L = ["---", f'co_quan: "{lh[0]} {lh[1]}"', f'quoc_hieu: "{lh[2]}"', f'tieu_ngu: "{lh[3]}"',
         f'so_ky_hieu: "{lh[4]}"', f'dia_danh_ngay: "{lh[5]}"', "---", ""]
    sec_n = 0
    in_letter = False
    iv_done = False
    for b in st[1:]:
        k = b["kind"]
        p = b.get("part")
        if k == "title":
            L += ["# KẾ HOẠCH {#ke-hoach}", ""]
        elif k in ("sub", "intro"):
            L += [b["text"], ""]
        elif k == "part":
            in_letter = False
            L += [f"## {b['text']} {{#phan-{ROMAN_ID[p]}}}", ""]
        elif k == "sec":
            in_letter = False
            sec_n = b["text"].split(".")[0]
            L += [f"### {b['text']} {{#muc-{ROMAN_ID[p]}-{sec_n}}}", ""]
        elif p == "IV":
            if not iv_done:
                L += _mtable() + [""]
                iv_done = True
        elif k == "letter":
            in_letter = True
            L += [b["text"], ""]
        elif k == "bullet":
            ind = "    " if in_letter else ""
            L += [ind + "- " + b["text"][2:], ""]
        elif k == "plus":
            ind = "        " if in_letter else "    "
            L += [ind + "+ " + b["text"][2:], ""]
        elif k in ("num", "para"):
            L += [b["text"], ""]
        elif k == "signature":
            rec, sig = S.sig_lines(b)
            L += ["| " + x for x in rec] + [""] + ["| " + x for x in sig] + [""]
    return "\n".join(L)


def build_docx(out):
    import datetime
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt
    d = docx.Document()
    cp = d.core_properties
    cp.author = cp.last_modified_by = ""
    cp.title = "Kế hoạch 556/KH-UBND"
    cp.created = cp.modified = datetime.datetime(2025, 11, 19)
    cp.revision = 1
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(1.5), Cm(2), Cm(2)
    nf = d.styles["Normal"]
    nf.font.name = "Times New Roman"
    nf.font.size = Pt(13)
    nf.paragraph_format.space_after = Pt(6)

    def style(name, size=13, bold=False, outline=None, align=None, left=None, first=None, shade=None, box=False):
        s = d.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        s.base_style = nf
        s.font.size = Pt(size)
        s.font.bold = bold
        pf = s.paragraph_format
        if align is not None:
            pf.alignment = align
        if left is not None:
            pf.left_indent = left
        if first is not None:
            pf.first_line_indent = first
        pPr = s.element.get_or_add_pPr()
        if box:
            bd = OxmlElement("w:pBdr")
            for e in ("top", "left", "bottom", "right"):
                x = OxmlElement(f"w:{e}")
                x.set(qn("w:val"), "single")
                x.set(qn("w:sz"), "6")
                x.set(qn("w:space"), "2")
                x.set(qn("w:color"), "555555")
                bd.append(x)
            pPr.append(bd)
        if shade:
            sh = OxmlElement("w:shd")
            sh.set(qn("w:val"), "clear")
            sh.set(qn("w:color"), "auto")
            sh.set(qn("w:fill"), shade)
            pPr.append(sh)
        if outline is not None:
            ol = OxmlElement("w:outlineLvl")
            ol.set(qn("w:val"), str(outline))
            pPr.append(ol)
        return s

    J, C = WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.CENTER
    style("KH Tiêu đề", 15, True, 0, C)
    style("KH Trích yếu", 13, True, None, C)
    style("KH Phần", 13, True, 1, WD_ALIGN_PARAGRAPH.LEFT)
    style("KH Mục", 13, True, 2, J)
    style("KH Cơ quan", 13, True, 2, WD_ALIGN_PARAGRAPH.LEFT, shade="D9E2F3", box=True)
    style("KH Thân", 13, False, None, J, None, Cm(1))
    style("KH Gạch", 13, False, None, J, Cm(1), Cm(-0.5))
    style("KH Cộng", 13, False, None, J, Cm(1.8), Cm(-0.5))
    style("KH Nơi nhận", 10, False, None, WD_ALIGN_PARAGRAPH.LEFT)
    style("KH Ký", 13, True, None, C, Cm(8.5))
    style("KH Đầu trang", 13, False, None, WD_ALIGN_PARAGRAPH.LEFT)
    for s in ("KH Nơi nhận", "KH Đầu trang"):
        d.styles[s].paragraph_format.space_after = Pt(0)

    # footer: "Trang " + PAGE field
    fp = sec.footer.paragraphs[0]
    fp.alignment = C
    fp.add_run("Trang ")
    r = fp.add_run()
    for typ, txt in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if typ:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), typ)
        elif txt.strip() == "PAGE":
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = txt
        else:
            e = OxmlElement("w:t")
            e.text = txt
        r._r.append(e)

    def para(t, st_):
        return d.add_paragraph(t, style=st_)

    st = S.structure()
    lh = S.lh_lines(st[0])
    for left, right, bold in ((lh[0], lh[2], True), (lh[1], lh[3], True), (lh[4], lh[5], False)):
        p = d.add_paragraph(style="KH Đầu trang")
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3.5), WD_TAB_ALIGNMENT.CENTER)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(11.5), WD_TAB_ALIGNMENT.CENTER)
        r1 = p.add_run("\t" + left)
        r1.bold = bold
        r2 = p.add_run("\t" + right)
        r2.bold = bold
        if left == lh[4]:
            r2.italic = True
    for b in st[1:]:
        k = b["kind"]
        if k == "title":
            para(b["text"], "KH Tiêu đề")
        elif k == "sub":
            para(b["text"], "KH Trích yếu")
        elif k == "part":
            para(b["text"], "KH Phần")
        elif k == "sec":
            para(b["text"], "KH Mục")
        elif k == "agency":
            para(b["text"], "KH Cơ quan")
        elif k == "bullet":
            para(b["text"], "KH Gạch")
        elif k == "plus":
            para(b["text"], "KH Cộng")
        elif k in ("intro", "num", "para", "letter"):
            para(b["text"], "KH Thân")
        elif k == "signature":
            rec, sig = S.sig_lines(b)
            for j, x in enumerate(rec):
                p = para(x, "KH Nơi nhận")
                if j == 0:
                    p.runs[0].bold = True
                    p.runs[0].italic = True
            for x in sig:
                para(x, "KH Ký")
    d.save(str(out))
    _fix_zip(out)


def _fix_zip(path):
    import io
    import zipfile
    zin = zipfile.ZipFile(io.BytesIO(Path(path).read_bytes()))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for n in zin.namelist():
            zi = zipfile.ZipInfo(n, date_time=(2025, 11, 19, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(n))
    Path(path).write_bytes(buf.getvalue())


def build_pdf(out):
    from xml.sax.saxutils import escape
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.platypus.flowables import HRFlowable
    F = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DS", F + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DSB", F + "DejaVuSans-Bold.ttf"))
    body = ParagraphStyle("b", fontName="DS", fontSize=8, leading=10.2, alignment=TA_JUSTIFY, spaceAfter=3)
    ctr = ParagraphStyle("c", parent=body, alignment=TA_CENTER, fontName="DSB", spaceAfter=1)
    ctrn = ParagraphStyle("cn", parent=ctr, fontName="DS")
    part = ParagraphStyle("p", parent=body, fontName="DSB", fontSize=9, leading=11.5, spaceBefore=6, spaceAfter=1,
                          alignment=TA_LEFT)
    secst = ParagraphStyle("s", parent=body, fontName="DSB", spaceBefore=3)
    bul = ParagraphStyle("u", parent=body, leftIndent=8, firstLineIndent=-6)
    plus = ParagraphStyle("pl", parent=body, leftIndent=16, firstLineIndent=-6)
    bar = ParagraphStyle("bar", parent=body, fontName="DSB", alignment=TA_LEFT, spaceAfter=0)
    small = ParagraphStyle("sm", parent=body, fontSize=7, leading=8.6, alignment=TA_LEFT, spaceAfter=0)
    PW, PH = landscape(A4)
    M, G, TOP, BOT = 1.5 * cm, 0.7 * cm, 1.9 * cm, 1.4 * cm
    cw = (PW - 2 * M - 2 * G) / 3
    frames = [Frame(M + i * (cw + G), BOT, cw, PH - TOP - BOT, id=f"c{i}", leftPadding=0, rightPadding=0,
                    topPadding=0, bottomPadding=0) for i in range(3)]

    def deco(canv, doc):
        canv.saveState()
        canv.setFont("DS", 7.5)
        canv.drawString(M, PH - 1.15 * cm, "UBND tỉnh Đồng Tháp - Kế hoạch 556/KH-UBND")
        canv.drawRightString(PW - M, PH - 1.15 * cm, f"tr. {doc.page}")
        canv.setLineWidth(0.4)
        canv.line(M, PH - 1.3 * cm, PW - M, PH - 1.3 * cm)
        canv.restoreState()

    story = []
    st = S.structure()
    for x in S.lh_lines(st[0]):
        story.append(Paragraph(escape(x), ctr if x.isupper() else ctrn))
    story.append(Spacer(1, 6))
    for b in st[1:]:
        k = b["kind"]
        t = escape(b.get("text") or "")
        if k in ("title", "sub"):
            story.append(Paragraph(t, ctr))
            if k == "sub":
                story.append(Spacer(1, 4))
        elif k == "part":
            story.append(Paragraph(t, part))
            story.append(HRFlowable(width="100%", thickness=0.6, color=colors.black, spaceBefore=1, spaceAfter=3))
        elif k == "sec":
            story.append(Paragraph(t, secst))
        elif k == "agency":
            tb = Table([[Paragraph(t, bar)]], colWidths=[cw])
            tb.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#DDDDDD")),
                                    ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 3)]))
            story += [Spacer(1, 3), tb, Spacer(1, 2)]
        elif k == "bullet":
            story.append(Paragraph(t, bul))
        elif k == "plus":
            story.append(Paragraph(t, plus))
        elif k in ("intro", "num", "para", "letter"):
            story.append(Paragraph(t, body))
        elif k == "signature":
            rec, sig = S.sig_lines(b)
            story.append(Spacer(1, 6))
            for x in sig:
                story.append(Paragraph(escape(x), ctr))
            story.append(Spacer(1, 6))
            for x in rec:
                story.append(Paragraph(escape(x), small))
    doc = BaseDocTemplate(str(out), pagesize=landscape(A4), leftMargin=M, rightMargin=M, topMargin=TOP,
                          bottomMargin=BOT, invariant=1, title="Kế hoạch 556/KH-UBND", author="", creator="")
    doc.addPageTemplates([PageTemplate(id="three", frames=frames, onPage=deco)])
    doc.build(story)


def build(outdir=None):
    D = Path(outdir or HERE / "docs")
    D.mkdir(exist_ok=True)
    (D / f"{STEM}.md").write_text(md_text(), encoding="utf-8")
    build_docx(D / f"{STEM}.docx")
    build_pdf(D / f"{STEM}.pdf")


if __name__ == "__main__":
    build()
