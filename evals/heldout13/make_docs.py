"""Render plan_source.py into docs/hakhue-dulieu-2026.{md,docx,pdf} (deterministic) and check that every
table cell, every body line and every footnote is found in all three formats.

  .md   Markdown as a Word-to-Markdown conversion gives it: NO Markdown headings (section titles are bold
        lines), letterhead as bold lines, dash lists, footnotes as [^n] with their text after the signer
        block; GitHub pipe tables. Phụ lục I: the merged "Nhóm mục tiêu" column holds its label only in the
        first row of each group (empty below). Phụ lục II: group rows "| **I** | **SỞ ...** | | | |" name
        the lead agency. Phụ lục III: a pipe table has one header row, so the two phase columns are headed
        "Phân kỳ thực hiện (Giai đoạn ...)".
  .docx python-docx: A4 portrait throughout (appendices too), Times New Roman 13 pt, page numbers in the
        header from page 2, letterhead/signature in borderless tables, bold paragraphs as headings (no Word
        heading styles), five REAL Word footnotes (footnotes part written by hand), appendix tables "Table
        Grid": Phụ lục I with a vertically merged first column (one cell per target group), Phụ lục II with
        merged group rows naming the lead agency and one vertically merged deadline cell (tasks 12-13),
        rows allowed to break across pages; Phụ lục III with a two-row header ("Phân kỳ thực hiện" over two
        phase columns, the other header cells merged vertically) and the TOTAL row first.
  .pdf  LibreOffice (soffice --headless --convert-to pdf) from the .docx; creation dates, /ID and
        /DocChecksum overwritten with fixed values of the same length.
"""
import io
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import plan_source as P  # noqa: E402
import textsrc as T  # noqa: E402

DOCS = HERE / "docs"
STEM = DOCS / P.KEY
ZIP_DATE = (2026, 3, 9, 0, 0, 0)
FN_RE = re.compile(r"\[\^(\d+)\]")


def plain(s):
    """text without footnote marks"""
    return FN_RE.sub("", s)


# ================================================================ Markdown
def _row(cells):
    return "| " + " | ".join(cells) + " |"


def md_table_ind():
    rows = [_row(P.IND_HEAD), "|" + "|".join(["---", ":---:", "---", "---", "---", ":---:"]) + "|"]
    for g in P.GROUP_ORDER:
        for i, r in enumerate(P.IND_ROWS[g]):
            first = f"{g}) {P.IND_GROUP_LABELS[g]}" if i == 0 else ""
            rows.append(_row([first] + list(r)))
    return rows


def md_table_tasks():
    rows = [_row(P.TASK_HEAD), "|" + "|".join([":---:", "---", "---", ":---:", "---"]) + "|"]
    for g, lead, items in P.TASK_GROUPS:
        rows.append(_row([f"**{g}**", f"**{lead}**", "", "", ""]))
        rows += [_row(list(t)) for t in items]
    return rows


def md_table_budget():
    head = P.BUD_HEAD_TOP[:3] + [f"{P.BUD_HEAD_TOP[3]} ({ph})" for ph in P.BUD_PHASES] + [P.BUD_HEAD_TOP[4]]
    rows = [_row(head), "|" + "|".join([":---:", "---", "---:", "---:", "---:", "---"]) + "|"]
    for r in P.BUD_ROWS:
        cells = list(r[:6])
        if r[6]:
            cells = [f"**{c}**" if c and j < 5 else c for j, c in enumerate(cells)]
        rows.append(_row(cells))
    return rows


def make_md():
    L = [f"**{P.LETTERHEAD_LEFT[0]}**  ", f"**{P.LETTERHEAD_LEFT[1]}**  ", P.NUMBER_LINE, "",
         f"**{P.LETTERHEAD_RIGHT[0]}**  ", f"**{P.LETTERHEAD_RIGHT[1]}**", "", f"*{P.PLACE_DATE}*", "",
         f"**{P.TITLE}**  ", f"**{P.SUBTITLE}**", ""]
    for kind, text in P.BODY:
        if kind == "h":
            L += [f"**{text}**", ""]
        elif kind == "b":
            L += [f"- {text}", ""]
        else:
            L += [text, ""]
    L += [f"**{P.RECIPIENTS[0]}**", ""] + P.RECIPIENTS[1:] + [""]
    L += [f"**{P.SIGNER[0]}**  ", f"**{P.SIGNER[1]}**", "", "(Đã ký)", "", f"**{P.SIGNER[2]}**", ""]
    L += [f"[^{n}]: {t}" for n, t in sorted(P.FOOTNOTES.items())] + [""]
    L += ["---", "", f"**{P.APPX1_TITLE}**  ", f"**{P.APPX1_SUB}**  ", f"*{P.APPX_NOTE}*", ""]
    L += md_table_ind() + [""]
    L += ["---", "", f"**{P.APPX2_TITLE}**  ", f"**{P.APPX2_SUB}**  ", f"*{P.APPX_NOTE}*  ",
          f"*{P.APPX2_NOTE2}*", ""]
    L += md_table_tasks() + [""]
    L += ["---", "", f"**{P.APPX3_TITLE}**  ", f"**{P.APPX3_SUB}**  ", f"*{P.APPX_NOTE}*", "",
          f"*{P.APPX3_UNIT}*", ""]
    L += md_table_budget() + [""]
    STEM.with_suffix(".md").write_text("\n".join(L), encoding="utf-8")


# ================================================================ DOCX
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def footnotes_xml():
    out = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}">',
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
           'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
           'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for n, text in sorted(P.FOOTNOTES.items()):
        out.append(
            f'<w:footnote w:id="{n}"><w:p><w:pPr><w:spacing w:after="0"/><w:jc w:val="both"/></w:pPr>'
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="20"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve"> {_xml_escape(text)}</w:t></w:r>'
            '</w:p></w:footnote>')
    out.append("</w:footnotes>")
    return "".join(out).encode("utf-8")


def make_docx(path):
    import datetime as dt
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    st.paragraph_format.space_after = Pt(4)
    st.paragraph_format.space_before = Pt(0)
    cp = d.core_properties
    cp.author = "Ủy ban nhân dân tỉnh Hà Khuê"
    cp.title = f"{P.TITLE} {P.SUBTITLE}"
    cp.created = cp.modified = dt.datetime(2026, 3, 9, 8, 0, 0)
    cp.last_modified_by = "VP"
    cp.revision = 1

    # footnotes part
    fpart = Part(PackURI("/word/footnotes.xml"),
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                 footnotes_xml(), d.part.package)
    d.part.relate_to(fpart, RT.FOOTNOTES)

    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    sec.left_margin, sec.right_margin = Cm(3.0), Cm(1.5)
    sec.header_distance = Cm(1.0)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "24")
    rpr.append(sz)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    hp._p.append(fld)

    C, J, L_, R_ = (WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.LEFT,
                    WD_ALIGN_PARAGRAPH.RIGHT)

    def add_text_runs(p, text, bold=False, italic=False, size=None):
        """text with [^n] marks -> runs + footnote references"""
        pos = 0
        for m in list(FN_RE.finditer(text)) + [None]:
            chunk = text[pos:m.start()] if m else text[pos:]
            if chunk:
                run = p.add_run(chunk)
                run.bold, run.italic = bold, italic
                if size:
                    run.font.size = Pt(size)
            if m:
                run = p.add_run()
                rPr = run._r.get_or_add_rPr()
                va = OxmlElement("w:vertAlign")
                va.set(qn("w:val"), "superscript")
                rPr.append(va)
                ref = OxmlElement("w:footnoteReference")
                ref.set(qn("w:id"), m.group(1))
                run._r.append(ref)
                pos = m.end()

    def para(text="", bold=False, italic=False, align=None, size=None, indent=None, space_after=None,
             keep_next=False):
        p = d.add_paragraph()
        if text:
            add_text_runs(p, text, bold, italic, size)
        if align is not None:
            p.alignment = align
        if indent is not None:
            p.paragraph_format.first_line_indent = Cm(indent)
        if space_after is not None:
            p.paragraph_format.space_after = Pt(space_after)
        if keep_next:
            p.paragraph_format.keep_with_next = True
        return p

    def cell_para(cell, text, bold=False, italic=False, align=None, size=11, first=True):
        p = cell.paragraphs[0] if first and not cell.paragraphs[0].text else cell.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        return p

    def set_widths(table, widths_cm):
        table.autofit = False
        grid = table._tbl.tblGrid
        for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
            gc.set(qn("w:w"), str(int(w * 567)))
        for row in table.rows:
            col = 0
            for tc in row._tr.findall(qn("w:tc")):
                tcPr = tc.get_or_add_tcPr()
                span = tcPr.find(qn("w:gridSpan"))
                n = int(span.get(qn("w:val"))) if span is not None else 1
                w = sum(widths_cm[col:col + n])
                col += n
                tcW = tcPr.find(qn("w:tcW"))
                if tcW is None:
                    tcW = OxmlElement("w:tcW")
                    tcPr.insert(0, tcW)
                tcW.set(qn("w:w"), str(int(w * 567)))
                tcW.set(qn("w:type"), "dxa")

    def repeat_header(row):
        trPr = row._tr.get_or_add_trPr()
        h = OxmlElement("w:tblHeader")
        h.set(qn("w:val"), "true")
        trPr.append(h)

    def cant_split(row):
        trPr = row._tr.get_or_add_trPr()
        trPr.append(OxmlElement("w:cantSplit"))

    def valign_center(cell):
        tcPr = cell._tc.get_or_add_tcPr()
        v = OxmlElement("w:vAlign")
        v.set(qn("w:val"), "center")
        tcPr.append(v)

    # letterhead: borderless 2-column table
    lh = d.add_table(rows=1, cols=2)
    lh.alignment = WD_TABLE_ALIGNMENT.CENTER
    a, b = lh.rows[0].cells
    cell_para(a, P.LETTERHEAD_LEFT[0], bold=True, align=C, size=13)
    cell_para(a, P.LETTERHEAD_LEFT[1], bold=True, align=C, size=13, first=False)
    cell_para(a, "", align=C, size=6, first=False)
    cell_para(a, P.NUMBER_LINE, align=C, size=13, first=False)
    cell_para(b, P.LETTERHEAD_RIGHT[0], bold=True, align=C, size=12)
    cell_para(b, P.LETTERHEAD_RIGHT[1], bold=True, align=C, size=13, first=False)
    cell_para(b, "", align=C, size=6, first=False)
    cell_para(b, P.PLACE_DATE, italic=True, align=C, size=13, first=False)
    set_widths(lh, [6.3, 10.2])

    para()
    para(P.TITLE, bold=True, align=C, size=14, space_after=0)
    para(P.SUBTITLE, bold=True, align=C, size=14, space_after=10)
    for kind, text in P.BODY:
        if kind == "h":
            para(text, bold=True, align=J, indent=1.0, keep_next=True)
        elif kind == "b":
            para(f"- {text}", align=J, indent=1.0)
        else:
            para(text, align=J, indent=1.0)

    para()
    sg = d.add_table(rows=1, cols=2)
    a, b = sg.rows[0].cells
    cell_para(a, P.RECIPIENTS[0], bold=True, italic=True, size=12)
    for rcp in P.RECIPIENTS[1:]:
        cell_para(a, rcp, size=11, first=False)
    cell_para(b, P.SIGNER[0], bold=True, align=C, size=13)
    cell_para(b, P.SIGNER[1], bold=True, align=C, size=13, first=False)
    cell_para(b, "(Đã ký)", italic=True, align=C, size=13, first=False)
    cell_para(b, P.SIGNER[2], bold=True, align=C, size=13, first=False)
    set_widths(sg, [8.0, 8.5])

    def appendix_head(title, sub, notes=(), unit=None):
        d.add_page_break()
        para(title, bold=True, align=C, size=13, space_after=0)
        para(sub, bold=True, align=C, size=13, space_after=0)
        for n in notes:
            para(n, italic=True, align=C, size=12, space_after=0)
        if unit:
            para(unit, italic=True, align=R_, size=11, space_after=2)
        else:
            para(space_after=2)

    # ---- Phụ lục I: first column merged vertically per group
    appendix_head(P.APPX1_TITLE, P.APPX1_SUB, [P.APPX_NOTE])
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, lab in enumerate(P.IND_HEAD):
        cell_para(t.rows[0].cells[j], lab, bold=True, align=C)
        valign_center(t.rows[0].cells[j])
    repeat_header(t.rows[0])
    aligns = [C, C, J, L_, L_, C]
    for g in P.GROUP_ORDER:
        start = len(t.rows)
        for r in P.IND_ROWS[g]:
            row = t.add_row()
            cant_split(row)
            for j, v in enumerate(r, start=1):
                cell_para(row.cells[j], v, align=aligns[j])
        end = len(t.rows) - 1
        m = t.cell(start, 0).merge(t.cell(end, 0)) if end > start else t.cell(start, 0)
        cell_para(m, f"{g}) {P.IND_GROUP_LABELS[g]}", bold=True, align=C)
        valign_center(m)
    set_widths(t, [2.7, 1.4, 4.4, 2.8, 3.2, 2.0])

    # ---- Phụ lục II: group rows = lead agency, deadline cell of tasks 12-13 merged
    appendix_head(P.APPX2_TITLE, P.APPX2_SUB, [P.APPX_NOTE, P.APPX2_NOTE2])
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, lab in enumerate(P.TASK_HEAD):
        cell_para(t.rows[0].cells[j], lab, bold=True, align=C)
        valign_center(t.rows[0].cells[j])
    repeat_header(t.rows[0])
    rowidx = {}
    aligns = [C, J, L_, C, J]
    for g, lead, items in P.TASK_GROUPS:
        row = t.add_row()
        cant_split(row)
        cell_para(row.cells[0], g, bold=True, align=C)
        m = row.cells[1].merge(row.cells[4])
        cell_para(m, lead, bold=True)
        for tk in items:
            row = t.add_row()          # rows may break across pages
            rowidx[tk[0]] = len(t.rows) - 1
            merged_cont = any(tk[0] == last for _, last in P.DEADLINE_MERGES)
            for j, v in enumerate(tk):
                if j == 3 and merged_cont:
                    continue
                cell_para(row.cells[j], v, align=aligns[j])
    for first, last in P.DEADLINE_MERGES:
        m = t.cell(rowidx[first], 3).merge(t.cell(rowidx[last], 3))
        valign_center(m)
    set_widths(t, [1.3, 5.5, 3.4, 2.3, 4.0])

    # ---- Phụ lục III: two-row header, total row first
    appendix_head(P.APPX3_TITLE, P.APPX3_SUB, [P.APPX_NOTE], unit=P.APPX3_UNIT)
    t = d.add_table(rows=2, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    top = t.cell(0, 3).merge(t.cell(0, 4))
    cell_para(top, P.BUD_HEAD_TOP[3], bold=True, align=C)
    for j, ph in enumerate(P.BUD_PHASES):
        cell_para(t.cell(1, 3 + j), ph, bold=True, align=C)
    for j, lab in zip([0, 1, 2, 5], [P.BUD_HEAD_TOP[0], P.BUD_HEAD_TOP[1], P.BUD_HEAD_TOP[2], P.BUD_HEAD_TOP[4]]):
        m = t.cell(0, j).merge(t.cell(1, j))
        cell_para(m, lab, bold=True, align=C)
        valign_center(m)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    aligns = [C, L_, R_, R_, R_, L_]
    for r in P.BUD_ROWS:
        row = t.add_row()
        cant_split(row)
        for j, v in enumerate(r[:6]):
            if v:
                cell_para(row.cells[j], v, bold=r[6] and j < 5, align=aligns[j])
    set_widths(t, [1.1, 4.4, 2.6, 2.3, 2.3, 3.8])

    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    Path(path).write_bytes(out.getvalue())


# ================================================================ PDF (LibreOffice)
def make_pdf(docx_path, pdf_path):
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "profile"
        outdir = Path(tmp) / "out"
        outdir.mkdir()
        env = dict(os.environ, SOURCE_DATE_EPOCH="1773014400", TZ="UTC")
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                        "pdf", "--outdir", str(outdir), str(docx_path)], check=True, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        data = (outdir / (Path(docx_path).stem + ".pdf")).read_bytes()

    def fix_date(m):
        return m.group(1) + b"D:20260309080000" + b" " * (len(m.group(2)) - 16) + b")"
    data = re.sub(rb"(/(?:CreationDate|ModDate)\()(D:[^)]*)\)", fix_date, data)

    def fix_id(m):
        return m.group(1) + b"0" * len(m.group(2)) + m.group(3) + b"0" * len(m.group(4)) + m.group(5)
    data, n = re.subn(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)", fix_id, data)
    assert n == 1, n
    data = re.sub(rb"(/DocChecksum /)([0-9A-Fa-f]+)", lambda m: m.group(1) + b"0" * len(m.group(2)), data)
    Path(pdf_path).write_bytes(data)


# ================================================================ cross-format check
def all_strings():
    """Body lines (footnote marks removed, and each body text also split at its footnote marks),
    footnotes, and every distinct table cell."""
    body = list(P.LETTERHEAD_LEFT) + list(P.LETTERHEAD_RIGHT) + [P.NUMBER_LINE, P.PLACE_DATE, P.TITLE,
                                                                 P.SUBTITLE]
    for _, text in P.BODY:
        body += [s for s in FN_RE.split(text) if not s.isdigit() and s.strip()]
    body += list(P.FOOTNOTES.values())
    body += P.RECIPIENTS + P.SIGNER + [P.APPX1_TITLE, P.APPX1_SUB, P.APPX2_TITLE, P.APPX2_SUB, P.APPX2_NOTE2,
                                       P.APPX3_TITLE, P.APPX3_SUB, P.APPX3_UNIT, P.APPX_NOTE]
    cells = set(P.IND_HEAD + P.TASK_HEAD + [P.BUD_HEAD_TOP[i] for i in (0, 1, 2, 4)])
    for r in P.indicator_rows():
        cells.add(r[1])
        cells.update(r[2:])
    for g, lead, items in P.TASK_GROUPS:
        cells.update([g, lead])
        for tk in items:
            cells.update(tk)
    for r in P.BUD_ROWS:
        cells.update(r[:6])
    cells.discard("")
    return body, sorted(cells)


def row_order_check(texts):
    """The cells of every target row and task row appear in order in the DOCX and PDF text."""
    problems, broken = [], []
    rows = [("target " + r[2], r[2:]) for r in P.indicator_rows()]
    rows += [("task " + tk[2], tk[2:5] + tk[6:]) for tk in P.task_list()]
    rows += [("budget " + (r[0] or "T"), [c for c in r[:6] if c]) for r in P.BUD_ROWS]
    head = re.escape(" ".join(P.TASK_HEAD))
    for fmt in ("md", "docx", "pdf"):
        tx = texts[fmt][0]
        if fmt == "pdf":   # a row broken over a page: the page number and the repeated header sit inside it
            tx = re.sub(r"\n\d{1,2}\n(?:" + head + r"\n)?", "\n", tx)
        tx = T.norm_answer(tx)
        for name, seq in rows:
            pos, ok = 0, True
            for c in seq:
                i = tx.find(T.norm_answer(c), pos)
                if i < 0:
                    ok = False
                    break
                pos = i + len(T.norm_answer(c))
            if not ok:
                first = tx.find(T.norm_answer(seq[1]))
                if fmt == "pdf" and first >= 0 and T.norm_answer(" ".join(P.TASK_HEAD)) in \
                        T.norm_answer(texts["pdf"][0])[first:first + 600] and name.startswith("task"):
                    broken.append(name)
                else:
                    problems.append(f"{fmt}: {name} cells not in order")
    return problems, broken


def check():
    texts = T.format_texts()
    body, cells = all_strings()
    problems, page_split = [], []
    # a paragraph that runs over a page break has the next page's number (page header) inside it in the
    # PDF text; such lines are found after removing lone page-number lines, and counted
    head = re.escape(" ".join(P.TASK_HEAD))
    pdf_nohead = [re.sub(r"\n\d{1,2}\n(?:" + head + r"\n)?", "\n", texts["pdf"][0])]
    for s in body + cells:
        for fmt, ts in texts.items():
            ok = T.contains_answer(ts, s) and (not T.norm_cite(s) or T.contains_cite(ts, s))
            if not ok and fmt == "pdf" and T.contains_answer(pdf_nohead, s) and T.contains_cite(pdf_nohead, s):
                page_split.append(s)
                ok = True
            if not ok:
                problems.append(f"{fmt}: {s!r}")
    # the parent header of Phụ lục III exists in DOCX/PDF as its own cell; in the .md it is part of two labels
    for fmt in ("docx", "pdf"):
        for s in [P.BUD_HEAD_TOP[3]] + P.BUD_PHASES:
            if not T.contains_answer(texts[fmt], s):
                problems.append(f"{fmt}: header {s!r}")
    order_problems, broken = row_order_check(texts)
    problems += order_problems
    from pypdf import PdfReader
    rd = PdfReader(str(STEM.with_suffix(".pdf")))
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(cells)} distinct table cells and {len(body)} body lines/footnotes checked in md/docx/pdf "
          f"(answer and citation normalisation; {len(page_split)} strings run over a page break and carry "
          f"the page number, or the repeated table header, inside them in the PDF text); PDF {len(rd.pages)} pages; {len(problems)} problems")
    print(f"  task rows broken across a PDF page (cells interleaved with the repeated header): {broken}")
    for s in page_split:
        print("  over a page break:", s[:70], "...")
    return not problems


def main():
    DOCS.mkdir(exist_ok=True)
    make_md()
    make_docx(STEM.with_suffix(".docx"))
    make_pdf(STEM.with_suffix(".docx"), STEM.with_suffix(".pdf"))
    return check()


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
