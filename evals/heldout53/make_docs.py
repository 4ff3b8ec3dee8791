"""Builds the three formats of the held-out-53 document (Nghị quyết 105/NQ-CP, Công báo số 242) from the parse of
doc_source.py -- every text piece is the source's own text (nothing reworded; only layout changes):

.md   KRAMDOWN (the Markdown dialect of Jekyll / GitHub Pages): a `{::options auto_ids="false" /}` extension at the
      top; BLOCK INLINE ATTRIBUTE LISTS (`{: .class}` / `{: style="..."}` on the line after a block) for the
      letterheads, titles, signature and stamp; kramdown HARD LINE BREAKS `\\` at line ends inside the letterhead,
      signature and stamp blocks; the letterheads as kramdown tables WITHOUT a header row; `#` NGHỊ QUYẾT / CHƯƠNG
      TRÌNH / Phụ lục I / Phụ lục II, `##` parts I-III and the numbered headings of Phụ lục II, `###` the numbered
      sections of parts I-III; lettered items as plain paragraphs, "- " items as list items and "+ " items as a
      nested list; Phụ lục I as ONE kramdown table whose groups are SEPARATE TABLE BODIES (a `|---` separator line
      before every group, the group row in bold), header row `|---|` separated.
.docx python-docx, A4 portrait, Times New Roman 13 pt, a Word file built on FIELDS: a TABLE-OF-CONTENTS field
      (`TOC \\o "1-2" \\h \\z \\n`, complex field with a cached result of hyperlinked entries pointing to BOOKMARKS
      `_Toc…` set on the headings), the task numbers of Phụ lục I as SEQ fields (`SEQ NhiemVu \\r 1` restarting in
      every group, `SEQ Nhom \\* ROMAN` for the group numerals; cached results), PAGE and NUMPAGES fields in the
      footers; DIFFERENT FIRST-PAGE and ODD/EVEN headers (`w:titlePg`, `w:evenAndOddHeaders`; odd pages right-aligned,
      even pages left-aligned); Heading 1 / Heading 2 styles; letterheads as borderless tables; Phụ lục I in a
      LANDSCAPE section as one 'Table Grid' table (header row repeated), Phụ lục II back in a portrait section; fixed
      core properties and zip timestamps (byte-reproducible).
.pdf  reportlab with MIXED PAGE SIZES: the resolution, the programme and Phụ lục II on A4 portrait (DejaVu Serif 10 pt
      justified), Phụ lục I on A3 LANDSCAPE pages (one 7-column table, DejaVu Sans 9 pt, REVERSED header row -- white
      bold text on a dark band, repeated on every page --, group rows as pale bands spanning the text columns, a
      hairline under every row, no vertical rules); a PDF OUTLINE (bookmarks) for the resolution, the programme, its
      parts, both annexes and the five groups of Phụ lục I; no running heads, no page numbers; `invariant=1`
      (byte-reproducible).
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
TITLE = "Nghị quyết số 105/NQ-CP ngày 08 tháng 4 năm 2026 của Chính phủ"
STAMP_DATE = datetime.datetime(2026, 4, 22, 16, 11, 18)


def _groups_of_paras(paras):
    """[(kind, text)] of body paragraphs"""
    return [(S.kind(p), p) for p in paras]


# ---------------------------------------------------------------------------------------------------------------- .md
def _cell(s):
    return s.replace("|", "\\|")


def _md_paras(paras, heading_sections=True):
    out = []
    prev = None
    for k, p in _groups_of_paras(paras):
        if k == "section" and heading_sections:
            out += [f"### {p}", ""]
        elif k == "dash":
            if prev not in ("dash", "plus"):
                out.append("")
            out.append(f"- {p[2:]}")
        elif k == "plus":
            out.append(f"  + {p[2:]}")
        else:
            if prev in ("dash", "plus"):
                out.append("")
            out += [p, ""]
        prev = k
    if prev in ("dash", "plus"):
        out.append("")
    return out


def md_text():
    d = S.parse()
    L = ['{::options auto_ids="false" /}', ""]
    lh = d["letterhead"]
    L += [f"| **{lh[0]}** | **{lh[2]}** |", f"| {lh[1]} | **{lh[3]}** |", f"| | *{lh[4]}* |",
          '{: .quoc-hieu style="width: 100%"}', ""]
    L += [f"# {d['title'][0]}", "{: style=\"text-align: center\"}", ""]
    L += ["**" + " \\\\\n".join(d["title"][1:]) + "**", "{: style=\"text-align: center\"}", ""]
    L += [f"**{d['issuer_line']}**", "{: style=\"text-align: center\"}", ""]
    for b in d["bases"]:
        L += [f"*{b}*", ""]
    L += [f"**{d['resolves']}**", "{: style=\"text-align: center\"}", ""]
    for a in d["articles"]:
        head, rest = a.split(" ", 2)[:2], a.split(" ", 2)[2]
        L += [f"**{' '.join(head)}** {rest}", ""]
    L += [" \\\\\n".join(f"**{x}**" if i < 3 else f"**{x}**" for i, x in enumerate(d["signature"])),
          "{: .chu-ky style=\"text-align: right\"}", ""]
    L += [" \\\\\n".join(d["stamp"]), "{: .chu-ky-so style=\"font-size: small\"}", "", "* * *", ""]
    pl = d["p_letterhead"]
    L += [f"| **{pl[0]}** | **{pl[1]}** |", f"| | **{pl[2]}** |", "{: .quoc-hieu}", ""]
    L += [f"# {d['p_title'][0]}", "{: style=\"text-align: center\"}", ""]
    L += ["**" + " \\\\\n".join(d["p_title"][1:]) + "**", "{: style=\"text-align: center\"}", ""]
    L += [f"*{d['p_attached']}*", "{: style=\"text-align: center\"}", ""]
    L += [*d["p_intro"], ""]
    for p in d["parts"]:
        L += [f"## {p['title']}", ""]
        L += _md_paras(p["paras"])
    # Phụ lục I
    L += [f"# {d['a1_title'][0]}", "{: style=\"text-align: center\"}", ""]
    L += ["**" + " \\\\\n".join(d["a1_title"][1:]) + "**", "{: style=\"text-align: center\"}", ""]
    L += [f"*{d['a1_attached']}*", "{: style=\"text-align: center\"}", ""]
    L += ["| " + " | ".join(S.HEADER) + " |", "|---|---|---|---|---|---|---|"]
    for gi, g in enumerate(d["groups"]):
        if gi:
            L.append("|---")
        L.append(f"| **{g['num']}** | **{_cell(g['title'])}** | | | | | |")
        for r in g["tasks"]:
            L.append("| " + " | ".join([r["stt"]] + [_cell(r[c]) for c in S.COLS]) + " |")
    L += ["{: .phu-luc rules=\"groups\"}", ""]
    # Phụ lục II
    L += [f"# {d['a2_title'][0]}", "{: style=\"text-align: center\"}", ""]
    L += ["**" + " \\\\\n".join(d["a2_title"][1:]) + "**", "{: style=\"text-align: center\"}", ""]
    L += [f"*{d['a2_attached']}*", "{: style=\"text-align: center\"}", ""]
    out, prev = [], None
    for k, p in _groups_of_paras(d["a2_paras"]):
        if k == "section":
            if prev in ("dash", "plus"):
                out.append("")
            out += [f"## {p}", ""]
        elif k == "item":
            if prev in ("dash", "plus"):
                out.append("")
            out += [f"**{p}**", ""]
        elif k == "dash":
            if prev not in ("dash", "plus"):
                out.append("") if out and out[-1] != "" else None
            out.append(f"- {p[2:]}")
        elif k == "plus":
            out.append(f"  + {p[2:]}")
        else:
            if prev in ("dash", "plus"):
                out.append("")
            out += [p, ""]
        prev = k
    L += out
    txt = "\n".join(L)
    while "\n\n\n" in txt:
        txt = txt.replace("\n\n\n", "\n\n")
    return txt.rstrip("\n") + "\n"


# ---------------------------------------------------------------------------------------------------------------- .docx
def build_docx(out):
    import docx
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH as J
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt
    d = S.parse()
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    st.paragraph_format.space_after = Pt(4)
    for name, size in (("Heading 1", 14), ("Heading 2", 13)):
        hs = doc.styles[name]
        hs.font.name, hs.font.size, hs.font.bold = "Times New Roman", Pt(size), True
        hs.font.color.rgb = None
        hs.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
        hs.element.rPr.rFonts.set(qn("w:ascii"), "Times New Roman")
        hs.element.rPr.rFonts.set(qn("w:hAnsi"), "Times New Roman")
    for name in ("TOC 1", "TOC 2"):
        try:
            doc.styles[name]
        except KeyError:
            from docx.enum.style import WD_STYLE_TYPE
            s = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            s.base_style = doc.styles["Normal"]
            s.paragraph_format.left_indent = Cm(0 if name == "TOC 1" else 0.8)
    # odd/even headers for the whole document
    doc.settings.odd_and_even_pages_header_footer = True
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
    counters = {"bm": 0}

    def run(p, text, bold=False, italic=False, size=None):
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        return r

    def fld(p, instr, result, bold=False):
        """a complex field: begin / instrText / separate / cached result / end"""
        def fc(kind):
            r = OxmlElement("w:r")
            f = OxmlElement("w:fldChar")
            f.set(qn("w:fldCharType"), kind)
            r.append(f)
            p._p.append(r)
        fc("begin")
        r = OxmlElement("w:r")
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = f" {instr} "
        r.append(it)
        p._p.append(r)
        fc("separate")
        rr = p.add_run(result)
        rr.bold = bold
        fc("end")

    def bookmark(p, name):
        counters["bm"] += 1
        s = OxmlElement("w:bookmarkStart")
        s.set(qn("w:id"), str(counters["bm"]))
        s.set(qn("w:name"), name)
        e = OxmlElement("w:bookmarkEnd")
        e.set(qn("w:id"), str(counters["bm"]))
        p._p.insert(1 if p._p.pPr is not None else 0, s)
        p._p.append(e)

    toc = []          # (level, text, bookmark)

    def para(text, bold=False, italic=False, align=J.JUSTIFY, size=None, indent=True, style=None):
        p = doc.add_paragraph(style=style)
        p.alignment = align
        if indent and align == J.JUSTIFY:
            p.paragraph_format.first_line_indent = Cm(1)
        run(p, text, bold, italic, size)
        return p

    def heading(text, level, align=J.CENTER, in_toc=True):
        p = doc.add_paragraph(style=f"Heading {level}")
        p.alignment = align
        run(p, text)
        if in_toc:
            name = f"_Toc{len(toc) + 1:06d}"
            bookmark(p, name)
            toc.append((level, text, name))
        return p

    def lines(xs, align=J.CENTER, bold=False, italic=False):
        for x in xs:
            para(x, bold=bold, italic=italic, align=align, indent=False)

    def borderless(rows, widths):
        t = doc.add_table(rows=len(rows), cols=len(widths))
        for i, rw in enumerate(rows):
            for k, spec in enumerate(rw):
                c = t.cell(i, k)
                c.width = widths[k]
                c.paragraphs[0].alignment = J.CENTER
                first = True
                for text, b, it in spec:
                    p = c.paragraphs[0] if first else c.add_paragraph()
                    p.alignment = J.CENTER
                    run(p, text, b, it)
                    first = False
        return t

    def hf(section):
        """different first page + odd/even headers and PAGE / NUMPAGES footers"""
        section.different_first_page_header_footer = True
        section.header.is_linked_to_previous = False
        section.even_page_header.is_linked_to_previous = False
        section.footer.is_linked_to_previous = False
        section.even_page_footer.is_linked_to_previous = False
        section.first_page_header.is_linked_to_previous = False
        section.first_page_footer.is_linked_to_previous = False
        for hdr, al in ((section.header, J.RIGHT), (section.even_page_header, J.LEFT)):
            p = hdr.paragraphs[0]
            p.text = ""
            p.alignment = al
            run(p, TITLE, italic=True, size=10)
        for ftr, al in ((section.footer, J.RIGHT), (section.even_page_footer, J.LEFT)):
            p = ftr.paragraphs[0]
            p.text = ""
            p.alignment = al
            fld(p, "PAGE", "1")
            run(p, "/")
            fld(p, "NUMPAGES", "1")

    hf(sec)
    # ---- the resolution
    lh = d["letterhead"]
    borderless([[[(lh[0], True, False), (lh[1], False, False)],
                 [(lh[2], True, False), (lh[3], True, False), (lh[4], False, True)]]], [Cm(5.5), Cm(10.5)])
    heading(d["title"][0], 1)
    lines(d["title"][1:], bold=True)
    para(d["issuer_line"], bold=True, align=J.CENTER, indent=False)
    for b in d["bases"]:
        para(b, italic=True)
    para(d["resolves"], bold=True, align=J.CENTER, indent=False)
    for a in d["articles"]:
        head, rest = " ".join(a.split(" ", 2)[:2]), a.split(" ", 2)[2]
        p = para("", indent=True)
        run(p, head + " ", bold=True)
        run(p, rest)
    borderless([[[], [(x, True, False) for x in d["signature"][:3]] + [(d["signature"][3], True, False)]]],
               [Cm(7), Cm(9)])
    for x in d["stamp"]:
        para(x, align=J.RIGHT, indent=False, size=9, italic=True)
    # ---- the programme (new page)
    doc.add_paragraph().add_run().add_break(docx.enum.text.WD_BREAK.PAGE)
    pl = d["p_letterhead"]
    borderless([[[(pl[0], True, False)], [(pl[1], True, False), (pl[2], True, False)]]], [Cm(5.5), Cm(10.5)])
    heading(d["p_title"][0], 1)
    lines(d["p_title"][1:], bold=True)
    para(d["p_attached"], italic=True, align=J.CENTER, indent=False)
    toc_anchor = doc.add_paragraph()       # the TOC field goes here (filled at the end)
    for x in d["p_intro"]:
        para(x)
    for part in d["parts"]:
        heading(part["title"], 2, align=J.LEFT)
        for k, p in _groups_of_paras(part["paras"]):
            if k == "section":
                para(p, bold=True)
            elif k == "item":
                para(p, italic=False)
            else:
                para(p)
    # ---- Phụ lục I, landscape section
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = Cm(29.7), Cm(21)
    s2.left_margin, s2.right_margin, s2.top_margin, s2.bottom_margin = Cm(2), Cm(2), Cm(2), Cm(1.8)
    hf(s2)
    heading(d["a1_title"][0], 1)
    lines(d["a1_title"][1:], bold=True)
    para(d["a1_attached"], italic=True, align=J.CENTER, indent=False)
    n_rows = 1 + sum(1 + len(g["tasks"]) for g in d["groups"])
    tbl = doc.add_table(rows=n_rows, cols=7)
    tbl.style = "Table Grid"
    widths = [Cm(1.3), Cm(8.0), Cm(3.6), Cm(3.6), Cm(2.6), Cm(3.6), Cm(3.0)]

    def put(cell, text, bold=False, align=J.LEFT, size=11):
        p = cell.paragraphs[0]
        p.alignment = align
        if text:
            run(p, text, bold, size=size)
        return p

    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        sh = OxmlElement("w:shd")
        sh.set(qn("w:val"), "clear")
        sh.set(qn("w:color"), "auto")
        sh.set(qn("w:fill"), fill)
        tcPr.append(sh)

    hdr = tbl.rows[0]
    trPr = hdr._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    trPr.append(th)
    for k, h in enumerate(S.HEADER):
        put(hdr.cells[k], h, bold=True, align=J.CENTER)
        shade(hdr.cells[k], "D9D9D9")
    i = 1
    for g in d["groups"]:
        rw = tbl.rows[i]
        a = rw.cells[1].merge(rw.cells[6])
        p = put(rw.cells[0], "", align=J.CENTER)
        fld(p, "SEQ Nhom \\* ROMAN", g["num"], bold=True)
        put(a, g["title"], bold=True)
        for c in rw.cells:
            shade(c, "F2F2F2")
        i += 1
        first = True
        for r in g["tasks"]:
            rw = tbl.rows[i]
            p = put(rw.cells[0], "", align=J.CENTER)
            if "." in r["stt"]:
                run(p, r["stt"], size=11)
            else:
                fld(p, "SEQ NhiemVu \\r 1 \\* ARABIC" if first else "SEQ NhiemVu \\* ARABIC", r["stt"])
                first = False
            for k, c in enumerate(S.COLS, 1):
                put(rw.cells[k], r[c], align=J.LEFT if k in (1, 2, 3, 5) else J.CENTER)
            i += 1
    assert i == n_rows
    for rw in tbl.rows:
        for k, cell in enumerate(rw.cells):
            cell.width = widths[k]
    # ---- Phụ lục II, portrait again
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    s3.orientation = WD_ORIENT.PORTRAIT
    s3.page_width, s3.page_height = Cm(21), Cm(29.7)
    s3.left_margin, s3.right_margin, s3.top_margin, s3.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
    hf(s3)
    heading(d["a2_title"][0], 1)
    lines(d["a2_title"][1:], bold=True)
    para(d["a2_attached"], italic=True, align=J.CENTER, indent=False)
    for k, p in _groups_of_paras(d["a2_paras"]):
        if k == "section":
            heading(p, 2, align=J.LEFT)
        elif k == "item":
            para(p, bold=True, indent=False)
        elif k == "plus":
            q = para(p, indent=False)
            q.paragraph_format.left_indent = Cm(1)
        else:
            para(p)
    # ---- the TOC field (cached result = hyperlinked entries, no page numbers: \n)
    anchor = toc_anchor._p
    entries = []
    for n, (level, text, name) in enumerate(toc):
        p = doc.add_paragraph(style=f"TOC {level}")
        if n == 0:
            # field begin + instruction + separate in the first entry paragraph
            for kind, txt in (("begin", None), (None, ' TOC \\o "1-2" \\h \\z \\n '), ("separate", None)):
                r = OxmlElement("w:r")
                if kind:
                    f = OxmlElement("w:fldChar")
                    f.set(qn("w:fldCharType"), kind)
                    r.append(f)
                else:
                    it = OxmlElement("w:instrText")
                    it.set(qn("xml:space"), "preserve")
                    it.text = txt
                    r.append(it)
                p._p.append(r)
        h = OxmlElement("w:hyperlink")
        h.set(qn("w:anchor"), name)
        h.set(qn("w:history"), "1")
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = text
        t.set(qn("xml:space"), "preserve")
        r.append(t)
        h.append(r)
        p._p.append(h)
        entries.append(p._p)
    end_p = doc.add_paragraph()
    r = OxmlElement("w:r")
    f = OxmlElement("w:fldChar")
    f.set(qn("w:fldCharType"), "end")
    r.append(f)
    end_p._p.append(r)
    entries.append(end_p._p)
    for e in entries:                       # move the TOC paragraphs to the anchor (after the programme title)
        anchor.addprevious(e)
    anchor.getparent().remove(anchor)
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
def build_pdf(out):
    from xml.sax.saxutils import escape
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.pagesizes import A3, A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                    Spacer, Table)
    from reportlab.platypus.flowables import Flowable
    F = "/usr/share/fonts/truetype/dejavu/"
    for name, f in (("Serif", "DejaVuSerif.ttf"), ("Serif-B", "DejaVuSerif-Bold.ttf"),
                    ("Serif-I", "DejaVuSerif-Italic.ttf"), ("Serif-BI", "DejaVuSerif-BoldItalic.ttf"),
                    ("Sans", "DejaVuSans.ttf"), ("Sans-B", "DejaVuSans-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, F + f))
    pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-B", italic="Serif-I", boldItalic="Serif-BI")
    pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-B", italic="Sans", boldItalic="Sans-B")
    d = S.parse()
    body = ParagraphStyle("b", fontName="Serif", fontSize=10, leading=13.5, alignment=TA_JUSTIFY, firstLineIndent=18,
                          spaceAfter=3)
    ctr = ParagraphStyle("c", parent=body, alignment=TA_CENTER, firstLineIndent=0)
    ctrb = ParagraphStyle("cb", parent=ctr, fontName="Serif-B")
    ctri = ParagraphStyle("ci", parent=ctr, fontName="Serif-I")
    big = ParagraphStyle("big", parent=ctrb, fontSize=13, leading=17, spaceBefore=6)
    part = ParagraphStyle("part", parent=body, fontName="Serif-B", firstLineIndent=0, spaceBefore=5)
    secs = ParagraphStyle("sec", parent=body, fontName="Serif-B")
    ital = ParagraphStyle("it", parent=body, fontName="Serif-I")
    right = ParagraphStyle("r", parent=body, alignment=TA_RIGHT, firstLineIndent=0, fontName="Serif-B")
    stamp = ParagraphStyle("st", parent=right, fontName="Serif-I", fontSize=8, leading=10)
    cell = ParagraphStyle("cell", fontName="Sans", fontSize=9, leading=11.2, alignment=TA_LEFT)
    cellc = ParagraphStyle("cellc", parent=cell, alignment=TA_CENTER)
    cellh = ParagraphStyle("cellh", parent=cellc, fontName="Sans-B", textColor=colors.white)
    cellg = ParagraphStyle("cellg", parent=cell, fontName="Sans-B")

    class Mark(Flowable):
        """a zero-size flowable that sets a PDF outline entry (bookmark) at its position"""
        def __init__(self, title, level, key):
            super().__init__()
            self.title, self.level, self.key = title, level, key
            self.width = self.height = 0

        def wrap(self, aw, ah):
            return 0, 0

        def draw(self):
            c = self.canv
            c.bookmarkPage(self.key)
            c.addOutlineEntry(self.title, self.key, level=self.level, closed=False)

    marks = iter(range(1, 999))

    def M(title, level):
        return Mark(title, level, f"m{next(marks)}")

    P = lambda t, s: Paragraph(escape(t), s)  # noqa: E731
    story = [M("NGHỊ QUYẾT 105/NQ-CP", 0)]
    lh = d["letterhead"]
    lt = Table([[P(lh[0], ctrb), P(lh[2], ctrb)], [P(lh[1], ctr), P(lh[3], ctrb)], ["", P(lh[4], ctri)]],
               colWidths=[5.5 * cm, 10.5 * cm])
    story += [lt, Spacer(1, 8), P(d["title"][0], big)]
    story += [P(x, ctrb) for x in d["title"][1:]]
    story += [Spacer(1, 4), P(d["issuer_line"], ctrb)]
    story += [P(b, ital) for b in d["bases"]]
    story += [P(d["resolves"], ctrb)]
    for a in d["articles"]:
        head, rest = " ".join(a.split(" ", 2)[:2]), a.split(" ", 2)[2]
        story.append(Paragraph(f"<b>{escape(head)}</b> {escape(rest)}", body))
    story += [Spacer(1, 8)] + [P(x, right) for x in d["signature"]] + [Spacer(1, 6)]
    story += [P(x, stamp) for x in d["stamp"]]
    story += [PageBreak(), M("CHƯƠNG TRÌNH", 0)]
    pl = d["p_letterhead"]
    story += [Table([[P(pl[0], ctrb), P(pl[1], ctrb)], ["", P(pl[2], ctrb)]], colWidths=[5.5 * cm, 10.5 * cm]),
              Spacer(1, 8), P(d["p_title"][0], big)]
    story += [P(x, ctrb) for x in d["p_title"][1:]] + [P(d["p_attached"], ctri), Spacer(1, 6)]
    story += [P(x, body) for x in d["p_intro"]]
    for prt in d["parts"]:
        story += [M(prt["title"], 1), P(prt["title"], part)]
        for k, p in _groups_of_paras(prt["paras"]):
            story.append(P(p, secs if k == "section" else body))
    # Phụ lục I on A3 landscape
    story += [NextPageTemplate("a3"), PageBreak(), M("Phụ lục I", 0), P(d["a1_title"][0], big)]
    story += [P(x, ctrb) for x in d["a1_title"][1:]] + [P(d["a1_attached"], ctri), Spacer(1, 8)]
    data = [[P(h, cellh) for h in S.HEADER]]
    sty = [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1F3864")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
           ("VALIGN", (0, 0), (-1, 0), "MIDDLE"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#7F7F7F")),
           ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    for g in d["groups"]:
        i = len(data)
        data.append([[M(f"{g['num']} {g['title']}", 1), P(g["num"], cellg)], P(g["title"], cellg), "", "", "", "", ""])
        sty += [("SPAN", (1, i), (6, i)), ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#DEEAF6"))]
        for r in g["tasks"]:
            data.append([P(r["stt"], cellc)] + [P(r[c], cellc if c in ("level", "time") else cell) for c in S.COLS])
    W3, H3 = landscape(A3)
    FW3 = W3 - 3.6 * cm
    cw = [1.3 * cm, 13.0 * cm, 5.2 * cm, 5.2 * cm, 3.6 * cm, 5.6 * cm]
    cw.append(FW3 - sum(cw))
    story.append(Table(data, colWidths=cw, repeatRows=1, splitInRow=1, style=sty))
    # Phụ lục II on A4 portrait
    story += [NextPageTemplate("a4"), PageBreak(), M("Phụ lục II", 0), P(d["a2_title"][0], big)]
    story += [P(x, ctrb) for x in d["a2_title"][1:]] + [P(d["a2_attached"], ctri), Spacer(1, 6)]
    for k, p in _groups_of_paras(d["a2_paras"]):
        if k == "section":
            story += [M(p, 1), P(p, part)]
        elif k == "item":
            story.append(P(p, secs))
        else:
            story.append(P(p, body))
    W4, H4 = A4
    fa4 = Frame(3 * cm, 2 * cm, W4 - 5 * cm, H4 - 4 * cm, id="f4", leftPadding=0, rightPadding=0, topPadding=0,
                bottomPadding=0)
    fa3 = Frame(1.8 * cm, 1.6 * cm, FW3, H3 - 3.2 * cm, id="f3", leftPadding=0, rightPadding=0, topPadding=0,
                bottomPadding=0)
    a4 = PageTemplate(id="a4", frames=[fa4], pagesize=A4)
    a3 = PageTemplate(id="a3", frames=[fa3], pagesize=(W3, H3))
    doc = BaseDocTemplate(str(out), pagesize=A4, pageTemplates=[a4, a3], invariant=1, title=TITLE, author="",
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
