"""Render the held-out-49 document (Quyết định 773/QĐ-TTg + its Kế hoạch thực hiện Chỉ thị 14-CT/TW on people with
meritorious services to the revolution) in three layouts, byte-reproducibly, from doc_source.parse(). The text is the
source's, unreworded; only the layout changes (the table cells of the crawl are split at asserted places, the "-------"
letterhead rules, the source-URL line and the site's page title are not rendered; the "- " / "+ " markers of duties that
become table rows or list items are dropped).

.md   PANDOC GRID TABLES WITH ROW AND COLUMN SPANS (pandoc >= 3.0 syntax) for every table: the letterhead (2 x 2, no
      header), the Nơi nhận + signature block (1 x 2, the recipients as a "-" list INSIDE the left cell) and part III as
      ONE grid table `TT | Cơ quan | Nhiệm vụ` with a `+===+` header rule, ONE ROW PER DUTY (43 duty rows + the item-15 row), the TT and Cơ quan
      cells ROW-SPANNED over all duty rows of their assignee (partial row separators), item 15 (no separate duty) as a
      cell SPANNING the Cơ quan and Nhiệm vụ columns; every cell WORD-WRAPPED inside fixed column widths (5 / 26 / 62),
      so a cell's text runs over several physical lines next to the other cells' text; ATX `#` QUYẾT ĐỊNH / KẾ HOẠCH,
      `##` parts, `###` numbered sections; a)-k) items as plain paragraphs, "-" items as bullets, "+" items as nested
      bullets; "Điều n." bold run-ins.
.docx made by LIBREOFFICE (soffice --headless --convert-to docx, Writer's "MS Word 2007 XML" export) from an
      intermediate HTML file written here: h1/h2/h3 -> Word Heading 1/2/3, letterhead and Nơi nhận/signature as
      borderless HTML tables, "-"/"+" items as LibreOffice list numbering (bullets), a page break before the plan; part
      III as ONE ruled 3-column table `TT | Cơ quan | Nhiệm vụ` with ONE ROW PER ASSIGNEE (16 rows), the duties stacked as
      paragraphs inside the cell (each with its source dash), item 15 as a cell spanning two columns (w:gridSpan); zip
      entries rewritten with fixed timestamps.
.pdf  reportlab on A5 LANDSCAPE pages (21 x 14.8 cm), DejaVu Serif 8.5 pt justified; letterhead and Nơi nhận/signature as
      two-cell tables divided by ONE VERTICAL RULE; part III as CARDS: every assignee a boxed, ROUND-CORNERED one-column
      table whose dark title band (white bold "n. Cơ quan") heads its duties (one row each, a "•" bullet); item 15 as a
      card with the number only in the band; no page numbers, no running header; invariant=1.
"""
import html
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import doc_source as S  # noqa: E402

STEM = S.KEY
TITLE = "Quyết định 773/QĐ-TTg năm 2018 - Kế hoạch thực hiện Chỉ thị 14-CT/TW về công tác người có công với cách mạng"
WIDTHS = (5, 26, 62)  # grid-table column content widths of part III in the .md


# ---------------------------------------------------------------------------------------------------------------- .md
def _wrap(t, w):
    return textwrap.wrap(t, w, break_long_words=False, break_on_hyphens=False) or [""]


def _cell_lines(blocks, w):
    """blocks: list of ('p', text) | ('li', text) | ('blank', '') -> physical lines of width <= w (except long words)"""
    out = []
    for kind, t in blocks:
        if kind == "blank":
            out.append("")
        elif kind == "li":
            ls = _wrap(t, w - 2)
            out += ["- " + ls[0]] + ["  " + x for x in ls[1:]]
        else:
            out += _wrap(t, w)
    return out


def _pad(s, w):
    assert len(s) <= w, (s, w)
    return s + " " * (w - len(s))


def grid_simple(rows, widths):
    """a header-less grid table: rows = [[blocks, blocks], ...]"""
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [sep]
    for r in rows:
        cols = [_cell_lines(b, w) for b, w in zip(r, widths)]
        n = max(len(c) for c in cols)
        for i in range(n):
            out.append("|" + "|".join(" " + _pad(c[i] if i < len(c) else "", w) + " " for c, w in zip(cols, widths))
                       + "|")
        out.append(sep)
    return out


def grid_part3(ass):
    w0, w1, w2 = WIDTHS
    W = [w0 + 2, w1 + 2, w2 + 2]
    full = "+" + "+".join("-" * x for x in W) + "+"
    out = [full]
    head = ["TT", "Cơ quan", "Nhiệm vụ"]
    out.append("|" + "|".join(" " + _pad(h, w) + " " for h, w in zip(head, WIDTHS)) + "|")
    out.append("+" + "+".join("=" * x for x in W) + "+")
    for a in ass:
        if not a["duties"]:  # 15: the assignee sentence spans the Cơ quan and Nhiệm vụ columns
            ls = _wrap(a["name"], w1 + w2 + 3)
            for i, x in enumerate(ls):
                out.append("| " + _pad(a["num"] + "." if i == 0 else "", w0) + " | " + _pad(x, w1 + w2 + 3) + " |")
            out.append(full)
            continue
        left0 = [a["num"] + "."]
        left1 = _wrap(a["name"], w1)
        rows = []
        for mk, t in a["duties"]:
            rows.append(_wrap(t, w2))
        # the spanning TT / Cơ quan cells are written in the first duty row only (padded so that they fit in it)
        for ri, r in enumerate(rows):
            n = max(len(r), len(left1)) if ri == 0 else len(r)
            for li in range(n):
                c0 = left0[li] if ri == 0 and li < len(left0) else ""
                c1 = left1[li] if ri == 0 and li < len(left1) else ""
                out.append("| " + _pad(c0, w0) + " | " + _pad(c1, w1) + " | " + _pad(r[li] if li < len(r) else "", w2)
                           + " |")
            if ri < len(rows) - 1:
                out.append("| " + " " * w0 + " | " + " " * w1 + " +" + "-" * (w2 + 2) + "+")
        out.append(full)
    return out


def md_text():
    d = S.parse()
    lh = d["letterhead"]
    L = grid_simple([[[("p", lh["left"][0])], [("p", lh["right"][0]), ("p", lh["right"][1])]],
                     [[("p", lh["so"])], [("p", lh["place"])]]], (30, 38))
    L += [""]
    L += ["# " + d["qd"], "", d["qd_title"], "", "**" + d["issuer"] + "**", ""]
    for b in d["bases"]:
        L += [b, ""]
    L += [d["denghi"], "", "**" + d["qd_colon"] + "**", ""]
    for a, t in d["dieu"]:
        L += [f"**{a}** {t}", ""]
    rec = [("p", "**" + d["recipients_head"] + "**"), ("blank", "")] + [("li", x[2:]) for x in d["recipients"]]
    sig = [("p", "**" + d["signature"][0] + "**"), ("blank", ""), ("p", "**" + d["signature"][1] + "**")]
    L += grid_simple([[rec, sig]], (44, 24))
    L += ["", "# " + d["kh"], "", "**" + d["kh_title"] + "**", "", "*" + d["kh_note"] + "*", "", d["intro"], ""]
    for p in d["parts"]:
        L += ["## " + p["head"], ""]
        for s in p["sections"]:
            L += [f"### {s['num']}. {s['title']}", ""]
            for x in s["lead"]:
                L += [x, ""]
            for it in s["items"]:
                L += [f"{it['label']}) {it['text']}", ""]
                subs = it["subs"]
                for k, (mk, t) in enumerate(subs):
                    if mk == "-":
                        L.append("- " + t)
                    elif mk == "+":
                        L.append("    - " + t)
                    else:
                        if L[-1] != "":
                            L.append("")
                        L += [t]
                    nxt = subs[k + 1][0] if k + 1 < len(subs) else None
                    if mk == "" or nxt == "" or nxt is None:
                        L.append("")
    p3 = d["part3"]
    L += ["## " + p3["head"], ""]
    L += grid_part3(p3["assignees"])
    L += ["", d["closing"]]
    return "\n".join(L) + "\n"


# ---------------------------------------------------------------------------------------------------------------- .docx
def html_text():
    d = S.parse()
    e = html.escape
    lh = d["letterhead"]
    H = ['<!DOCTYPE html>', '<html lang="vi"><head><meta charset="utf-8">', f"<title>{e(TITLE)}</title>",
         "<style>body{font-family:'Times New Roman';font-size:13pt} p{text-align:justify;margin:0 0 4pt 0}"
         " td{vertical-align:top} table.kt td{border:none} table.pc{border-collapse:collapse}"
         " table.pc td, table.pc th{border:1px solid #000;padding:3pt}</style>", "</head><body>"]
    H += ['<table class="kt" width="100%"><tr>',
          f'<td align="center"><p align="center"><b>{e(lh["left"][0])}</b></p></td>',
          f'<td align="center"><p align="center"><b>{e(lh["right"][0])}</b><br><b>{e(lh["right"][1])}</b></p></td>',
          "</tr><tr>", f'<td align="center"><p align="center">{e(lh["so"])}</p></td>',
          f'<td align="center"><p align="center"><i>{e(lh["place"])}</i></p></td>', "</tr></table>"]
    H += [f'<h1 align="center">{e(d["qd"])}</h1>', f'<p align="center"><b>{e(d["qd_title"])}</b></p>',
          f'<p align="center"><b>{e(d["issuer"])}</b></p>']
    for b in d["bases"]:
        H.append(f"<p><i>{e(b)}</i></p>")
    H += [f"<p><i>{e(d['denghi'])}</i></p>", f'<p align="center"><b>{e(d["qd_colon"])}</b></p>']
    for a, t in d["dieu"]:
        H.append(f"<p><b>{e(a)}</b> {e(t)}</p>")
    recs = "".join(f'<p style="text-align:left;font-size:10pt;margin:0">{e(x)}</p>' for x in d["recipients"])
    H += ['<table class="kt" width="100%"><tr>',
          f'<td width="55%"><p style="text-align:left"><b><i>{e(d["recipients_head"])}</i></b></p>{recs}</td>',
          f'<td width="45%"><p align="center"><b>{e(d["signature"][0])}</b></p><p align="center">&nbsp;</p>'
          f'<p align="center">&nbsp;</p><p align="center"><b>{e(d["signature"][1])}</b></p></td>', "</tr></table>"]
    H += [f'<h1 align="center" style="page-break-before:always">{e(d["kh"])}</h1>',
          f'<p align="center"><b>{e(d["kh_title"])}</b></p>', f'<p align="center"><i>{e(d["kh_note"])}</i></p>',
          f"<p>{e(d['intro'])}</p>"]
    for p in d["parts"]:
        H.append(f"<h2>{e(p['head'])}</h2>")
        for s in p["sections"]:
            H.append(f"<h3>{e(s['num'])}. {e(s['title'])}</h3>")
            for x in s["lead"]:
                H.append(f"<p>{e(x)}</p>")
            for it in s["items"]:
                H.append(f"<p>{e(it['label'])}) {e(it['text'])}</p>")
                subs = it["subs"]
                k = 0
                while k < len(subs):
                    mk, t = subs[k]
                    if mk == "":
                        H.append(f"<p>{e(t)}</p>")
                        k += 1
                        continue
                    H.append("<ul>")
                    while k < len(subs) and subs[k][0] in ("-", "+"):
                        mk, t = subs[k]
                        if mk == "-":
                            H.append(f"<li>{e(t)}")
                            if k + 1 < len(subs) and subs[k + 1][0] == "+":
                                H.append("<ul>")
                                k += 1
                                while k < len(subs) and subs[k][0] == "+":
                                    H.append(f"<li>{e(subs[k][1])}</li>")
                                    k += 1
                                H.append("</ul>")
                                H.append("</li>")
                                continue
                            H.append("</li>")
                        k += 1
                    H.append("</ul>")
    p3 = d["part3"]
    H.append(f"<h2>{e(p3['head'])}</h2>")
    H += ['<table class="pc" width="100%">',
          '<thead><tr><th width="6%">TT</th><th width="26%">Cơ quan</th><th width="68%">Nhiệm vụ</th></tr></thead>',
          "<tbody>"]
    for a in p3["assignees"]:
        if not a["duties"]:
            H.append(f'<tr><td align="center"><p align="center">{a["num"]}.</p></td>'
                     f'<td colspan="2"><p>{e(a["name"])}</p></td></tr>')
            continue
        duties = "".join(f"<p>{'- ' if mk == '-' else ''}{e(t)}</p>" for mk, t in a["duties"])
        H.append(f'<tr><td align="center"><p align="center">{a["num"]}.</p></td>'
                 f'<td><p style="text-align:left"><b>{e(a["name"])}</b></p></td><td>{duties}</td></tr>')
    H += ["</tbody></table>", f"<p>{e(d['closing'])}</p>", "</body></html>"]
    return "\n".join(H) + "\n"


def build_docx(out):
    out = Path(out)
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / f"{STEM}.html"
        src.write_text(html_text(), encoding="utf-8")
        prof = Path(td) / "profile"
        cp = subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to",
                             "docx:MS Word 2007 XML", str(src), "--outdir", td], capture_output=True, text=True)
        res = Path(td) / f"{STEM}.docx"
        assert res.exists(), cp.stdout + cp.stderr
        out.write_bytes(res.read_bytes())
    _fix_zip(out)


def _fix_zip(path):
    import io
    import zipfile
    zin = zipfile.ZipFile(io.BytesIO(Path(path).read_bytes()))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for n in zin.namelist():
            zi = zipfile.ZipInfo(n, date_time=(2018, 6, 26, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(n))
    Path(path).write_bytes(buf.getvalue())


# ---------------------------------------------------------------------------------------------------------------- .pdf
def build_pdf(out):
    from xml.sax.saxutils import escape
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A5, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    F = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DSe", F + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DSeB", F + "DejaVuSerif-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DSeI", F + "DejaVuSerif-Italic.ttf"))
    pdfmetrics.registerFontFamily("DSe", normal="DSe", bold="DSeB", italic="DSeI", boldItalic="DSeB")
    d = S.parse()
    body = ParagraphStyle("b", fontName="DSe", fontSize=8.5, leading=11, alignment=TA_JUSTIFY, spaceAfter=2.5,
                          firstLineIndent=0.6 * cm)
    flat = ParagraphStyle("f", parent=body, firstLineIndent=0)
    ital = ParagraphStyle("i", parent=body, fontName="DSeI")
    ctr = ParagraphStyle("c", parent=flat, alignment=TA_CENTER, fontName="DSeB", spaceAfter=1.5)
    ctrn = ParagraphStyle("cn", parent=ctr, fontName="DSe")
    ctri = ParagraphStyle("ci", parent=ctr, fontName="DSeI")
    big = ParagraphStyle("g", parent=ctr, fontSize=12, leading=15, spaceBefore=6, spaceAfter=3)
    part = ParagraphStyle("p", parent=flat, fontName="DSeB", fontSize=9.5, leading=12.5, spaceBefore=5, spaceAfter=3)
    sec = ParagraphStyle("s", parent=flat, fontName="DSeB", spaceBefore=3)
    dash = ParagraphStyle("d", parent=flat, leftIndent=0.9 * cm, bulletIndent=0.45 * cm)
    plus = ParagraphStyle("pl", parent=flat, leftIndent=1.5 * cm, bulletIndent=1.05 * cm)
    small = ParagraphStyle("sm", parent=flat, fontSize=7.5, leading=9.5, alignment=TA_LEFT, spaceAfter=0)
    band = ParagraphStyle("band", parent=flat, fontName="DSeB", textColor=colors.white, alignment=TA_LEFT,
                          spaceAfter=0)
    duty = ParagraphStyle("du", parent=flat, leftIndent=0.35 * cm, bulletIndent=0, spaceAfter=0)
    P = lambda t, s=body: Paragraph(escape(t), s)  # noqa: E731
    story = []
    lh = d["letterhead"]
    rule = [("LINEAFTER", (0, 0), (0, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    story.append(Table([[[P(x, ctr) for x in lh["left"]], [P(x, ctr) for x in lh["right"]]],
                        [P(lh["so"], ctrn), P(lh["place"], ctri)]], colWidths=[6.5 * cm, 10.5 * cm], style=rule))
    story.append(P(d["qd"], big))
    story.append(P(d["qd_title"], ctr))
    story.append(P(d["issuer"], ctr))
    for b in d["bases"]:
        story.append(P(b, ital))
    story.append(P(d["denghi"], ital))
    story.append(P(d["qd_colon"], ctr))
    for a, t in d["dieu"]:
        story.append(Paragraph(f"<b>{escape(a)}</b> {escape(t)}", body))
    story.append(Spacer(1, 6))
    rec = [Paragraph(f"<b><i>{escape(d['recipients_head'])}</i></b>", small)] + [P(x, small) for x in d["recipients"]]
    sig = [P(d["signature"][0], ctr), Spacer(1, 26), P(d["signature"][1], ctr)]
    story.append(Table([[rec, sig]], colWidths=[10 * cm, 7 * cm], style=rule))
    story.append(PageBreak())
    story.append(P(d["kh"], big))
    story.append(P(d["kh_title"], ctr))
    story.append(P(d["kh_note"], ctri))
    story.append(P(d["intro"]))
    for p in d["parts"]:
        story.append(P(p["head"], part))
        for s in p["sections"]:
            story.append(P(f"{s['num']}. {s['title']}", sec))
            for x in s["lead"]:
                story.append(P(x))
            for it in s["items"]:
                story.append(P(f"{it['label']}) {it['text']}"))
                for mk, t in it["subs"]:
                    if mk == "-":
                        story.append(Paragraph(escape(t), dash, bulletText="-"))
                    elif mk == "+":
                        story.append(Paragraph(escape(t), plus, bulletText="+"))
                    else:
                        story.append(P(t))
    p3 = d["part3"]
    story.append(P(p3["head"], part))
    W = 17 * cm
    for a in p3["assignees"]:
        if a["duties"]:
            rows = [[Paragraph(f"{a['num']}. {escape(a['name'])}", band)]]
            rows += [[Paragraph(escape(t), duty, bulletText="•")] for _, t in a["duties"]]
        else:
            rows = [[Paragraph(f"{a['num']}.", band)], [P(a["name"], flat)]]
        t = Table(rows, colWidths=[W], splitByRow=1)
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#2F3B4C")),
                               ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#2F3B4C")),
                               ("ROUNDEDCORNERS", [4, 4, 4, 4]),
                               ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                               ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                               ("TOPPADDING", (0, 0), (0, 0), 3), ("BOTTOMPADDING", (0, 0), (0, 0), 3)]))
        story.append(t)
        story.append(Spacer(1, 5))
    story.append(P(d["closing"]))
    doc = SimpleDocTemplate(str(out), pagesize=landscape(A5), leftMargin=2 * cm, rightMargin=1.6 * cm,
                            topMargin=1.3 * cm, bottomMargin=1.3 * cm, invariant=1, title=TITLE, author="",
                            creator="")
    doc.build(story)


def build(outdir=None):
    D = Path(outdir or HERE / "docs")
    D.mkdir(exist_ok=True)
    (D / f"{STEM}.md").write_text(md_text(), encoding="utf-8")
    build_docx(D / f"{STEM}.docx")
    build_pdf(D / f"{STEM}.pdf")


if __name__ == "__main__":
    build()
