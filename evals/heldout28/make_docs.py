"""Writes docs/<KEY>.md, .docx and .pdf of held-out set 28 from the source copy (doc_source.py). Run:
    .venv/bin/python evals/heldout28/make_docs.py
.md   Markdown: setext headings (QUYẾT ĐỊNH, PHỤ LỤC), bold pseudo-headings for the other title lines and article
      numbers, '*' italics as in the source, pipe tables (header block, Nơi nhận/signature, the Phụ lục with its group
      rows in bold and the two-level header flattened to "Hạn ngạch phát thải khí nhà kính - Năm 2025/2026");
.docx converted from that .md by pandoc (markdown-smart -> docx, pandoc's default styles), zip entries re-stamped and
      docProps dates fixed so that a rebuild gives the same bytes;
.pdf  typeset with reportlab (DejaVu Sans, invariant mode): portrait A4 for the decision, a landscape A4 section for
      the Phụ lục as an UNRULED table (no grid or lines; header row repeated on every page, group and total rows bold).
"""
import io
import re
import subprocess
import zipfile
from xml.sax.saxutils import escape
from pathlib import Path

import doc_source as S

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"  # system fonts, not a path of this repository
HEAD7 = ["STT", "Tên cơ sở", "Địa chỉ", "Mã số thuế", "Người đại diện pháp luật",
         "Hạn ngạch phát thải khí nhà kính - Năm 2025", "Hạn ngạch phát thải khí nhà kính - Năm 2026"]


def pipe(cells):
    return "| " + " | ".join(cells) + " |"


def md():
    L = S.lines()
    out = [L[0], L[1], L[2], ""]
    body = L[3:S.appendix_start()]
    for ln in body:
        if ln.startswith("| *Nơi nhận:*"):
            out += ["", ln]
            continue
        if ln == "| --- | --- |":
            out.append(ln)
            continue
        if ln == "QUYẾT ĐỊNH":
            out += [ln, "=" * 10, ""]
        elif ln.startswith("*"):
            out += [ln, ""]
        elif re.match(r"^Điều \d+\. ", ln):
            n, rest = ln.split(". ", 1)
            out += [f"**{n}.** {rest}", ""]
        elif ln.isupper() or ln == "QUYẾT ĐỊNH:":
            out += [f"**{ln}**", ""]
        else:
            out += [ln, ""]
    A = S.appendix_lines()
    out += ["", A[0], "-" * 7, "", f"**{A[1]}**", "", A[2], "", A[3], ""]
    out += [pipe(HEAD7), pipe(["---"] * 7)]
    gseen = set()
    for r in S.rows():
        if r["group"] not in gseen:
            gseen.add(r["group"])
            out.append(pipe([f"**{r['group']}**", f"**{r['gname']}**", "", "", "", "", ""]))
        out.append(pipe([str(r["stt"]), r["name"], r["addr"], r["mst"], r["rep"], r["y25"], r["y26"]]))
    t25, t26 = S.total()
    out.append(pipe(["", "**TỔNG HẠN NGẠCH PHÁT THẢI KHÍ NHÀ KÍNH**", "", "", "", t25, t26]))
    return "\n".join(out) + "\n"


def fix_zip(path):
    src = zipfile.ZipFile(path)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2026-02-27T00:00:00Z", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 2, 27, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, data)
    src.close()
    path.write_bytes(buf.getvalue())


def docx(md_path, out):
    subprocess.run(["pandoc", "-f", "markdown-smart", "-t", "docx", "-o", str(out), str(md_path)], check=True)
    fix_zip(out)


def pdf(out):
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (BaseDocTemplate, Frame, LongTable, NextPageTemplate, PageBreak, PageTemplate,
                                    Paragraph, Spacer, Table, TableStyle)
    pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", FONT_DIR + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVI", FONT_DIR + "DejaVuSans-Oblique.ttf"))
    pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")
    st = ParagraphStyle("n", fontName="DV", fontSize=10, leading=13.5, spaceAfter=5)
    sc = ParagraphStyle("c", parent=st, alignment=TA_CENTER)
    sb = ParagraphStyle("b", parent=sc, fontName="DVB")
    si = ParagraphStyle("i", parent=st, fontName="DVI")
    sic = ParagraphStyle("ic", parent=si, alignment=TA_CENTER)
    tc = ParagraphStyle("t", fontName="DV", fontSize=6.6, leading=8.2)
    tb = ParagraphStyle("tb", parent=tc, fontName="DVB")

    def P(s, style):
        return Paragraph(escape(s), style)

    def cellp(s, style):
        if s.startswith("*") and s.endswith("*"):
            return Paragraph("<i>" + escape(s.strip("*")) + "</i>", style)
        return P(s, style)

    pw, ph = A4
    lw, lh = landscape(A4)
    doc = BaseDocTemplate(str(out), pagesize=A4, title="Quyết định 699/QĐ-BNNMT", author="Bộ Nông nghiệp và Môi trường",
                          invariant=1)
    doc.addPageTemplates([
        PageTemplate("por", [Frame(60, 50, pw - 110, ph - 100, id="p")], pagesize=A4),
        PageTemplate("land", [Frame(36, 36, lw - 72, lh - 72, id="l")], pagesize=landscape(A4)),
    ])
    fl = []
    h = S.header()
    hs = ParagraphStyle("h", parent=sc, fontSize=9.5, leading=12.5)
    ht = Table([[cellp(h[0], hs), cellp(h[1], hs)], [cellp(h[2], hs), cellp(h[3], hs)]],
               colWidths=[(pw - 110) * 0.4, (pw - 110) * 0.6])
    ht.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    fl += [ht, Spacer(1, 14)]
    L = S.lines()
    for ln in L[3:S.appendix_start()]:
        if ln == "| --- | --- |":
            continue
        if ln.startswith("| *Nơi nhận:*"):
            c = S.cells(ln)
            sig = Table([[cellp(c[0], ParagraphStyle("r", parent=st, fontSize=8.5, leading=11)), P(c[1], sb)]],
                        colWidths=[(pw - 110) * 0.55, (pw - 110) * 0.45])
            sig.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            fl += [Spacer(1, 10), sig]
        elif ln.startswith("*"):
            fl.append(P(ln.strip("*"), si))
        elif re.match(r"^Điều \d+\. ", ln):
            n, rest = ln.split(". ", 1)
            fl.append(Paragraph(f"<b>{escape(n)}.</b> {escape(rest)}", st))
        elif ln.isupper() or ln == "QUYẾT ĐỊNH:":
            fl.append(P(ln, sb))
        else:
            fl.append(P(ln, st))
    fl += [NextPageTemplate("land"), PageBreak()]
    A = S.appendix_lines()
    fl += [P(A[0], sb), P(A[1], sb), P(A[2].strip("*"), sic),
           P(A[3].strip("*"), ParagraphStyle("u", parent=si, alignment=2)), Spacer(1, 4)]
    data = [[P(x, tb) for x in HEAD7]]
    bold_rows = [0]
    gseen = set()
    for r in S.rows():
        if r["group"] not in gseen:
            gseen.add(r["group"])
            bold_rows.append(len(data))
            data.append([P(r["group"], tb), P(r["gname"], tb), "", "", "", "", ""])
        data.append([P(str(r["stt"]), tc), P(r["name"], tc), P(r["addr"], tc), P(r["mst"], tc), P(r["rep"], tc),
                     P(r["y25"], tc), P(r["y26"], tc)])
    t25, t26 = S.total()
    data.append(["", P("TỔNG HẠN NGẠCH PHÁT THẢI KHÍ NHÀ KÍNH", tb), "", "", "", P(t25, tb), P(t26, tb)])
    W = lw - 72
    widths = [0.035, 0.27, 0.29, 0.09, 0.12, 0.0975, 0.0975]
    tab = LongTable(data, colWidths=[W * x for x in widths], repeatRows=1)
    tab.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2.2),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2), ("BOTTOMPADDING", (0, 0), (-1, 0), 6)]))
    fl.append(tab)
    doc.build(fl)


def main():
    DOCS.mkdir(exist_ok=True)
    mdp = DOCS / f"{S.KEY}.md"
    mdp.write_text(md(), encoding="utf-8")
    docx(mdp, DOCS / f"{S.KEY}.docx")
    pdf(DOCS / f"{S.KEY}.pdf")
    for p in sorted(DOCS.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
