"""Render plan_source.py into docs/lacgiang-nnmt-2027.{md,docx,pdf} (deterministic) and check that
every table cell and every body sentence is found in all three formats.

  .md   Markdown, GitHub pipe tables (group rows: bold label + bold name, other cells empty)
  .docx pandoc -f gfm from the .md (SOURCE_DATE_EPOCH fixed, zip timestamps fixed)
  .pdf  reportlab + DejaVuSans, invariant=1; body on A4 portrait, appendices on A4 landscape;
        tables without any ruling line (columns placed by x only), header row repeated on every
        page, long cells wrapped over several lines.
"""
import io
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import plan_source as P  # noqa: E402
import textsrc  # noqa: E402

DOCS = HERE / "docs"
STEM = DOCS / P.KEY
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
EPOCH = "1795132800"  # 2026-11-20 00:00:00 UTC, the plan's date

IND_W = [40, 230, 58, 78, 78, 78, 208]          # landscape A4: 770 pt between 36 pt margins
TASK_W = [28, 270, 200, 92, 180]
PROJ_W = [30, 250, 170, 84, 146, 90]


# ---------------------------------------------------------------- Markdown
def _row(cells):
    return "| " + " | ".join(cells) + " |"


def _sep(widths):
    return "|" + "|".join("-" * max(3, w // 6) for w in widths) + "|"


def _group_row(label, name, ncols):
    return _row([f"**{label}**", f"**{name}**"] + [""] * (ncols - 2))


def make_md():
    L = []
    L += [f"**{P.LETTERHEAD_LEFT[0]}**  ", f"**{P.LETTERHEAD_LEFT[1]}**", ""]
    L += [f"**{P.LETTERHEAD_RIGHT[0]}**  ", f"**{P.LETTERHEAD_RIGHT[1]}**", ""]
    L += [P.NUMBER_LINE, "", f"*{P.PLACE_DATE}*", ""]
    L += [f"# {P.TITLE}", "", f"**{P.SUBTITLE}**", ""]
    for kind, text in P.BODY:
        if kind == "h1":
            L += [f"## {text}", ""]
        elif kind == "h2":
            L += [f"### {text}", ""]
        elif kind == "b":
            L += [f"- {text}", ""]
        else:
            L += [text, ""]
    L += [f"**{P.RECIPIENTS[0]}**", ""]
    L += [r + "  " if i < len(P.RECIPIENTS) - 2 else r for i, r in enumerate(P.RECIPIENTS[1:])]
    L += [""]
    L += [f"**{s}**  " for s in P.SIGNER[:-1]] + [f"**{P.SIGNER[-1]}**", ""]

    def appendix(title, sub, header, widths, body_rows):
        out = ["---", "", f"## {title}", "", f"**{sub}**", "", f"*{P.APPX_NOTE}*", ""]
        out += [_row(header), _sep(widths)] + body_rows + [""]
        return out

    rows = []
    for g, gn, items in P.IND_GROUPS:
        rows.append(_group_row(g, gn, len(P.IND_HEADER)))
        rows += [_row(list(r)) for r in items]
    L += appendix(P.APPX1_TITLE, P.APPX1_SUB, P.IND_HEADER, IND_W, rows)
    rows = []
    for g, gn, items in P.TASK_GROUPS:
        rows.append(_group_row(g, gn, len(P.TASK_HEADER)))
        rows += [_row(list(r)) for r in items]
    L += appendix(P.APPX2_TITLE, P.APPX2_SUB, P.TASK_HEADER, TASK_W, rows)
    rows = [_row(list(r)) for r in P.PROJECTS]
    rows.append(_row(["", "**Tổng cộng**", "", "**1.062,0**", "", ""]))
    L += appendix(P.APPX3_TITLE, P.APPX3_SUB, P.PROJ_HEADER, PROJ_W, rows)
    text = "\n".join(L).rstrip() + "\n"
    STEM.with_suffix(".md").write_text(text, encoding="utf-8")
    return text


# ---------------------------------------------------------------- DOCX (pandoc)
def make_docx():
    out = STEM.with_suffix(".docx")
    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH)
    subprocess.run(["pandoc", "-f", "gfm", "-t", "docx", "-o", str(out), str(STEM.with_suffix(".md"))],
                   check=True, env=env)
    # fix zip entry timestamps and order so that a rerun gives the same bytes
    src = zipfile.ZipFile(out)
    items = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 20, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    out.write_bytes(buf.getvalue())


# ---------------------------------------------------------------- PDF (reportlab)
def make_pdf():
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate,
                                    Paragraph, Spacer, Table, TableStyle)
    from xml.sax.saxutils import escape

    pdfmetrics.registerFont(TTFont("DejaVuSans", f"{FONT_DIR}/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", f"{FONT_DIR}/DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Oblique", f"{FONT_DIR}/DejaVuSans-Oblique.ttf"))
    addMapping("DejaVuSans", 0, 0, "DejaVuSans")
    addMapping("DejaVuSans", 1, 0, "DejaVuSans-Bold")
    addMapping("DejaVuSans", 0, 1, "DejaVuSans-Oblique")
    addMapping("DejaVuSans", 1, 1, "DejaVuSans-Bold")

    body = ParagraphStyle("body", fontName="DejaVuSans", fontSize=10.5, leading=14, spaceAfter=5)
    center = ParagraphStyle("center", parent=body, alignment=TA_CENTER, spaceAfter=2)
    h1 = ParagraphStyle("h1", parent=body, fontName="DejaVuSans-Bold", fontSize=11, spaceBefore=6)
    h2 = ParagraphStyle("h2", parent=body, fontName="DejaVuSans-Bold", fontSize=10.5)
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=14, firstLineIndent=-9)
    title = ParagraphStyle("title", parent=center, fontName="DejaVuSans-Bold", fontSize=13, leading=17)
    cell = ParagraphStyle("cell", fontName="DejaVuSans", fontSize=8.5, leading=10.5)
    hcell = ParagraphStyle("hcell", parent=cell, fontName="DejaVuSans-Bold")

    E = lambda s: escape(s)
    story = []
    head = Table([[Paragraph(f"<b>{E(P.LETTERHEAD_LEFT[0])}</b><br/><b>{E(P.LETTERHEAD_LEFT[1])}</b>", center),
                   Paragraph(f"<b>{E(P.LETTERHEAD_RIGHT[0])}</b><br/><b>{E(P.LETTERHEAD_RIGHT[1])}</b>", center)],
                  [Paragraph(E(P.NUMBER_LINE), center), Paragraph(f"<i>{E(P.PLACE_DATE)}</i>", center)]],
                 colWidths=[6.5 * cm, 10.5 * cm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [head, Spacer(1, 14), Paragraph(E(P.TITLE), title), Paragraph(f"<b>{E(P.SUBTITLE)}</b>", center),
              Spacer(1, 10)]
    for kind, text in P.BODY:
        if kind == "h1":
            story.append(Paragraph(E(text), h1))
        elif kind == "h2":
            story.append(Paragraph(E(text), h2))
        elif kind == "b":
            story.append(Paragraph("- " + E(text), bullet))
        else:
            story.append(Paragraph(E(text), body))
    rec = "<br/>".join([f"<b>{E(P.RECIPIENTS[0])}</b>"] + [E(r) for r in P.RECIPIENTS[1:]])
    sig = "<br/>".join(f"<b>{E(s)}</b>" for s in P.SIGNER[:-1]) + "<br/><br/><br/><b>" + E(P.SIGNER[-1]) + "</b>"
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11)
    foot = Table([[Paragraph(rec, small), Paragraph(sig, center)]], colWidths=[8.5 * cm, 8.5 * cm])
    foot.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [Spacer(1, 8), foot]

    def table(header, widths, groups=None, rows=None, total=None):
        data = [[Paragraph(E(h), hcell) for h in header]]
        spans = []
        if groups is not None:
            for g, gn, items in groups:
                data.append([Paragraph(f"<b>{E(g)}</b>", cell), Paragraph(f"<b>{E(gn)}</b>", cell)]
                            + [""] * (len(header) - 2))
                spans.append(("SPAN", (1, len(data) - 1), (-1, len(data) - 1)))
                data += [[Paragraph(E(c), cell) for c in r] for r in items]
        else:
            data += [[Paragraph(E(c), cell) for c in r] for r in rows]
            if total:
                data.append([Paragraph(f"<b>{E(c)}</b>", cell) if c else "" for c in total])
        t = Table(data, colWidths=widths, repeatRows=1, splitByRow=1)
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                               ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                               ("BOTTOMPADDING", (0, 0), (-1, 0), 8)] + spans))
        return t

    atitle = ParagraphStyle("atitle", parent=center, fontName="DejaVuSans-Bold", fontSize=11, leading=14)
    anote = ParagraphStyle("anote", parent=center, fontName="DejaVuSans-Oblique", fontSize=9, spaceAfter=8)

    def appendix_head(t, sub):
        return [Paragraph(E(t), atitle), Paragraph(E(sub), atitle), Paragraph(E(P.APPX_NOTE), anote)]

    story += [NextPageTemplate("landscape"), PageBreak()]
    story += appendix_head(P.APPX1_TITLE, P.APPX1_SUB) + [table(P.IND_HEADER, IND_W, groups=P.IND_GROUPS)]
    story += [PageBreak()]
    story += appendix_head(P.APPX2_TITLE, P.APPX2_SUB) + [table(P.TASK_HEADER, TASK_W, groups=P.TASK_GROUPS)]
    story += [PageBreak()]
    story += appendix_head(P.APPX3_TITLE, P.APPX3_SUB) + [table(P.PROJ_HEADER, PROJ_W, rows=P.PROJECTS,
                                                                total=P.PROJ_TOTAL)]

    def page_no(canvas, doc):
        canvas.saveState()
        canvas.setFont("DejaVuSans", 8)
        w, _ = canvas._pagesize
        canvas.drawCentredString(w / 2, 18, str(doc.page))
        canvas.restoreState()

    pw, ph = A4
    lw, lh = landscape(A4)
    doc = BaseDocTemplate(str(STEM.with_suffix(".pdf")), pagesize=A4, invariant=1,
                          title=P.SUBTITLE, author="UBND tỉnh Lạc Giang", creator="make_docs.py",
                          leftMargin=2.5 * cm, rightMargin=1.8 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
    doc.addPageTemplates([
        PageTemplate("portrait", [Frame(2.5 * cm, 2 * cm, pw - 4.3 * cm, ph - 4 * cm, id="p")],
                     onPage=page_no, pagesize=A4),
        PageTemplate("landscape", [Frame(36, 40, lw - 72, lh - 76, id="l", leftPadding=0, rightPadding=0)],
                     onPage=page_no, pagesize=landscape(A4)),
    ])
    doc.build(story)


# ---------------------------------------------------------------- self-check
def sentences():
    out = [P.SUBTITLE, P.NUMBER_LINE, P.PLACE_DATE, P.APPX1_SUB, P.APPX2_SUB, P.APPX3_SUB] + P.SIGNER
    for kind, text in P.BODY:
        out += [s.strip() for s in re.split(r"(?<=[.;:])\s", text) if len(s.strip()) > 3]
    return out


def cells():
    out = set(P.IND_HEADER + P.TASK_HEADER + P.PROJ_HEADER)
    for g, gn, items in P.IND_GROUPS + P.TASK_GROUPS:
        out.add(gn)
        for r in items:
            out.update(c for c in r if c)
    for r in P.PROJECTS:
        out.update(c for c in r if c)
    out.update(["Tổng cộng", "1.062,0"])
    return sorted(out)


def self_check():
    texts = textsrc.format_texts()
    problems, wrapped = [], 0
    full_pdf = texts["pdf"][0]
    items = [("cell", c) for c in cells()] + [("sentence", s) for s in sentences()]
    for kind, s in items:
        for fmt, ts in texts.items():
            if not textsrc.contains_answer(ts, s):
                problems.append(f"{kind} not in {fmt}: {s!r}")
        if not textsrc.contains_answer([full_pdf], s):
            wrapped += 1
    import pdfplumber
    with pdfplumber.open(str(STEM.with_suffix(".pdf"))) as pdf:
        npages = len(pdf.pages)
        nlines = sum(len(p.lines) + len(p.rects) for p in pdf.pages)
    if nlines:
        problems.append(f"PDF has {nlines} lines/rects (expected none)")
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(cells())} distinct table cells and {len(sentences())} body sentences checked in md/docx/pdf "
          f"({wrapped} are not contiguous in extract_text() and were found in the column text); "
          f"PDF {npages} pages, {nlines} ruling lines; {len(problems)} problems")
    return not problems


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_md()
    make_docx()
    make_pdf()
    sys.exit(0 if self_check() else 1)
