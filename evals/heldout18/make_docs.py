"""Render plan_source.py into docs/nq-hdnd-nhangiang-cds-2030.{md,docx,pdf} (deterministic) and check that every
table cell, every body line and every row (cells in order) is found in all three formats.

  .md   pandoc Markdown with MULTILINE tables: a full-width row of dashes above and below each table, the header on
        two text lines (two-level header "Mục tiêu" / "Đến hết năm 2027"), a dashed separator whose segments give
        the column positions, one text line per body row and a blank line between rows; no pipes at all.
  .docx python-docx: resolution + programme + abbreviation table on A4 portrait; Phụ lục I-III in one landscape
        section. Tables ruled with HORIZONTAL lines only (top rule, rule under the header, bottom rule; no vertical
        lines, no lines between body rows). Phụ lục I has a two-level header: "Mục tiêu" merged across the two
        milestone columns, the other header cells merged vertically over both header rows.
  .pdf  LibreOffice (soffice --headless --convert-to pdf) from the .docx with a fresh profile; dates, /ID and
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
ZIP_DATE = (2026, 4, 14, 0, 0, 0)


# ================================================================ table rows (shared by all formats)
def ind_rows():
    out = []
    for r in P.IND:
        out.append([r[0], r[1], "", "", "", ""] if len(r) == 2 else list(r))
    return out


def task_rows():
    return [[r[0], r[1], "", "", "", ""] if len(r) == 2 else list(r) for r in P.TASKS]


def proj_rows():
    return [list(r) for r in P.PROJ] + [["", P.PROJ_TOTAL[0], "", "", P.PROJ_TOTAL[1], ""]]


ABBR_ROWS = [list(r) for r in P.ABBR]


# ================================================================ Markdown (multiline tables)
def multiline(head1, head2, rows):
    n = len(head1)
    w = [max([len(head1[j]), len(head2[j])] + [len(r[j]) for r in rows]) for j in range(n)]
    total = sum(w) + 2 * (n - 1)

    def line(cells):
        return "  ".join(c.ljust(w[j]) for j, c in enumerate(cells)).rstrip()
    out = ["-" * total, line(head1)]
    if any(head2):
        out.append(line(head2))
    out.append("  ".join("-" * x for x in w))
    for r in rows:
        out.append(line(r))
        out.append("")
    out[-1] = "-" * total
    out.append("")
    return out


def make_md():
    L = []
    L += [f"**{P.HEAD_LEFT[0]}** **{P.HEAD_LEFT[1]}**", "", P.HEAD_LEFT[2], "",
          f"**{P.HEAD_RIGHT[0]}**", "", f"**{P.HEAD_RIGHT[1]}**", "", f"*{P.HEAD_RIGHT[2]}*", ""]
    L += [f"# {P.TITLE}", "", f"**{P.SUBTITLE}**", "", f"**{P.ISSUER}**", ""]
    for c in P.CAN_CU:
        L += [f"*{c}*", ""]
    L += [f"**{P.QUYET_NGHI}**", ""]
    for h, ps in P.ARTICLES:
        L += [f"**{h}**", ""]
        for p in ps:
            L += [p, ""]
    L += [f"*{P.NOI_NHAN[0]}*", ""] + [x + "  " for x in P.NOI_NHAN[1:]] + [""]
    L += [f"**TM. HỘI ĐỒNG NHÂN DÂN** **{P.SIGN[0]}**", "", P.SIGN[1], "", f"**{P.SIGN[2]}**", ""]
    L += [f"# {P.PROG_TITLE}", "", f"**{P.PROG_SUB}**", "", f"*{P.PROG_NOTE}*", ""]
    for h, ps in P.PROG:
        L += [f"## {h}", ""]
        for p in ps:
            L += [p, ""]
    L += [f"## {P.ABBR_TITLE}", ""]
    L += multiline(P.ABBR_HEAD, ["", ""], ABBR_ROWS)
    L += [f"# {P.APPX1_TITLE}", "", f"**{P.APPX1_SUB}**", "", f"*{P.APPX_NOTE}*", ""]
    h1 = ["STT", "Chỉ tiêu", "Đơn vị", "Mục tiêu", "Mục tiêu", "Cơ quan chủ trì"]
    h2 = ["", "", "tính", P.IND_HEAD2[3], P.IND_HEAD2[4], "theo dõi"]
    L += multiline(h1, h2, ind_rows())
    L += [f"*{P.IND_NOTE}*", ""]
    L += [f"# {P.APPX2_TITLE}", "", f"**{P.APPX2_SUB}**", "", f"*{P.APPX_NOTE}*", ""]
    h1 = ["TT", "Nhiệm vụ", "Kết quả/sản phẩm", "Cơ quan", "Cơ quan", "Thời gian"]
    h2 = ["", "", "", "chủ trì", "phối hợp", "hoàn thành"]
    L += multiline(h1, h2, task_rows())
    L += [f"# {P.APPX3_TITLE}", "", f"**{P.APPX3_SUB}**", "", f"*{P.APPX_NOTE}*", "", f"*{P.APPX3_UNIT}*", ""]
    h1 = ["STT", "Tên dự án", "Chủ đầu tư", "Thời gian", "Tổng mức đầu tư", "Nguồn vốn"]
    h2 = ["", "", "", "thực hiện", "dự kiến", ""]
    L += multiline(h1, h2, proj_rows())
    Path(str(STEM) + ".md").write_text("\n".join(L) + "\n", encoding="utf-8")


# ================================================================ DOCX
def make_docx(path):
    import datetime as dt
    import docx
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    st.paragraph_format.space_after = Pt(4)
    cp = d.core_properties
    cp.author = "HDND tinh Nhan Giang"
    cp.title = P.SUBTITLE
    cp.created = cp.modified = dt.datetime(2026, 4, 14, 8, 0, 0)
    cp.last_modified_by = "Van phong"
    cp.revision = 1
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    sec.left_margin, sec.right_margin = Cm(3.0), Cm(1.5)
    C, J, L_ = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.LEFT

    def para(text="", bold=False, italic=False, align=None, size=None, space_after=None):
        p = d.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold, r.italic = bold, italic
            if size:
                r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        if space_after is not None:
            p.paragraph_format.space_after = Pt(space_after)
        return p

    def cell_para(cell, text, bold=False, align=None, size=10.5):
        p = cell.paragraphs[0]
        r = p.add_run(text)
        r.bold = bold
        r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        p.paragraph_format.space_after = Pt(1)

    def border(el_parent, tag, sides, val="single", sz="8"):
        bd = OxmlElement(tag)
        for side, v in sides:
            x = OxmlElement(f"w:{side}")
            x.set(qn("w:val"), v if v != "on" else val)
            if v == "on":
                x.set(qn("w:sz"), sz)
                x.set(qn("w:space"), "0")
                x.set(qn("w:color"), "000000")
            bd.append(x)
        el_parent.append(bd)

    def hrules_table(rows, cols):
        t = d.add_table(rows=rows, cols=cols)
        border(t._tbl.tblPr, "w:tblBorders", [("top", "on"), ("left", "nil"), ("bottom", "on"), ("right", "nil"),
                                              ("insideH", "nil"), ("insideV", "nil")], sz="12")
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        return t

    def rule_under(row):
        for c in row.cells:
            border(c._tc.get_or_add_tcPr(), "w:tcBorders", [("bottom", "on")], sz="6")

    def repeat_header(row):
        h = OxmlElement("w:tblHeader")
        h.set(qn("w:val"), "true")
        row._tr.get_or_add_trPr().append(h)

    def set_widths(table, widths_cm):
        table.autofit = False
        for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_cm):
            gc.set(qn("w:w"), str(int(w * 567)))
        for row in table.rows:
            col = 0
            for tc in row._tr.findall(qn("w:tc")):
                tcPr = tc.get_or_add_tcPr()
                span = tcPr.find(qn("w:gridSpan"))
                n = int(span.get(qn("w:val"))) if span is not None else 1
                tcW = tcPr.find(qn("w:tcW"))
                if tcW is None:
                    tcW = OxmlElement("w:tcW")
                    tcPr.insert(0, tcW)
                tcW.set(qn("w:w"), str(int(sum(widths_cm[col:col + n]) * 567)))
                tcW.set(qn("w:type"), "dxa")
                col += n

    def simple_table(head, rows, widths, aligns, group_merge=True, head2=None):
        t = hrules_table(2 if head2 else 1, len(head))
        if head2:
            r0, r1 = t.rows[0], t.rows[1]
            for j in range(len(head)):
                if head[j] and not head2[j]:
                    r0.cells[j].merge(r1.cells[j])
            for j in range(len(head) - 1):
                if head[j] and not head[j + 1] and head2[j]:
                    r0.cells[j].merge(r0.cells[j + 1])
            for j, lab in enumerate(head):
                if lab:
                    cell_para(t.rows[0].cells[j], lab, bold=True, align=C)
            for j, lab in enumerate(head2):
                if lab:
                    cell_para(t.rows[1].cells[j], lab, bold=True, align=C)
            repeat_header(r0)
            repeat_header(r1)
            rule_under(r1)
        else:
            for j, lab in enumerate(head):
                cell_para(t.rows[0].cells[j], lab, bold=True, align=C)
            repeat_header(t.rows[0])
            rule_under(t.rows[0])
        for r in rows:
            row = t.add_row()
            row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
            group = group_merge and r[0] and all(x == "" for x in r[2:])
            total = r[1] == P.PROJ_TOTAL[0]
            if group:
                row.cells[1].merge(row.cells[len(r) - 1])
                cell_para(row.cells[0], r[0], bold=True, align=C)
                cell_para(row.cells[1], r[1], bold=True, align=L_)
                continue
            for j, v in enumerate(r):
                if v:
                    cell_para(row.cells[j], v, bold=total, align=aligns[j])
        set_widths(t, widths)
        return t

    for x in P.HEAD_LEFT[:2]:
        para(x, bold=True, align=C, size=13, space_after=0)
    para(P.HEAD_LEFT[2], align=C, size=13)
    for x in P.HEAD_RIGHT[:2]:
        para(x, bold=True, align=C, size=13, space_after=0)
    para(P.HEAD_RIGHT[2], italic=True, align=C, size=13)
    para(P.TITLE, bold=True, align=C, size=14, space_after=0)
    para(P.SUBTITLE, bold=True, align=C)
    para(P.ISSUER, bold=True, align=C)
    for c in P.CAN_CU:
        para(c, italic=True, align=J)
    para(P.QUYET_NGHI, bold=True, align=C)
    for h, ps in P.ARTICLES:
        para(h, bold=True, align=J)
        for p in ps:
            para(p, align=J)
    para(P.NOI_NHAN[0], bold=True, italic=True, size=12, space_after=0)
    for x in P.NOI_NHAN[1:]:
        para(x, size=11, space_after=0)
    para("TM. HỘI ĐỒNG NHÂN DÂN", bold=True, align=C, space_after=0)
    para(P.SIGN[0], bold=True, align=C, space_after=0)
    para(P.SIGN[1], italic=True, align=C, space_after=0)
    para(P.SIGN[2], bold=True, align=C)
    d.add_page_break()
    para(P.PROG_TITLE, bold=True, align=C, size=14, space_after=0)
    para(P.PROG_SUB, bold=True, align=C, space_after=0)
    para(P.PROG_NOTE, italic=True, align=C)
    for h, ps in P.PROG:
        para(h, bold=True, align=J)
        for p in ps:
            para(p, align=J)
    para(P.ABBR_TITLE, bold=True, align=C)
    simple_table(P.ABBR_HEAD, ABBR_ROWS, [3.5, 10.0], [L_, L_], group_merge=False)

    s = d.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    s.left_margin, s.right_margin = Cm(1.5), Cm(1.5)
    s.top_margin, s.bottom_margin = Cm(1.8), Cm(1.5)

    def appendix_head(title, sub, extra=()):
        para(title, bold=True, align=C, space_after=0)
        para(sub, bold=True, align=C, space_after=0)
        para(P.APPX_NOTE, italic=True, align=C, size=12, space_after=2)
        for e in extra:
            para(e, italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT, size=12, space_after=2)

    appendix_head(P.APPX1_TITLE, P.APPX1_SUB)
    simple_table(P.IND_HEAD1, ind_rows(), [1.2, 11.0, 2.4, 3.4, 3.4, 3.5], [C, J, C, C, C, C], head2=P.IND_HEAD2)
    para(P.IND_NOTE, italic=True, size=11)
    d.add_page_break()
    appendix_head(P.APPX2_TITLE, P.APPX2_SUB)
    simple_table(P.TASK_HEAD, task_rows(), [1.0, 9.0, 6.0, 2.6, 4.4, 3.6], [C, J, L_, C, C, C])
    d.add_page_break()
    appendix_head(P.APPX3_TITLE, P.APPX3_SUB, [P.APPX3_UNIT])
    simple_table(P.PROJ_HEAD, proj_rows(), [1.2, 9.0, 2.6, 3.2, 3.6, 7.0], [C, J, C, C, C, L_])

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
        env = dict(os.environ, SOURCE_DATE_EPOCH="1776153600", TZ="UTC")
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                        "pdf", "--outdir", str(outdir), str(docx_path)], check=True, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        data = (outdir / (Path(docx_path).stem + ".pdf")).read_bytes()

    def fix_date(m):
        return m.group(1) + b"D:20260414080000" + b" " * (len(m.group(2)) - 16) + b")"
    data = re.sub(rb"(/(?:CreationDate|ModDate)\()(D:[^)]*)\)", fix_date, data)

    def fix_id(m):
        return m.group(1) + b"0" * len(m.group(2)) + m.group(3) + b"0" * len(m.group(4)) + m.group(5)
    data = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)", fix_id, data)
    data = re.sub(rb"(/DocChecksum /)([0-9A-Fa-f]+)", lambda m: m.group(1) + b"0" * len(m.group(2)), data)
    Path(pdf_path).write_bytes(data)


# ================================================================ cross-format check
def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def all_rows():
    return ABBR_ROWS + ind_rows() + task_rows() + proj_rows()


def check():
    texts = {"md": T.md_text(), "docx": T.docx_text(), "pdf": T.pdf_text()}
    problems = []
    cells = sorted({c for r in all_rows() for c in r if c})
    body = [c for c in P.CAN_CU] + [x for _, ps in P.ARTICLES for x in ps] + [x for _, ps in P.PROG for x in ps] + \
        [h for h, _ in P.ARTICLES] + [h for h, _ in P.PROG] + [P.IND_NOTE, P.SUBTITLE, P.PROG_SUB, P.APPX1_SUB,
                                                                P.APPX2_SUB, P.APPX3_SUB, P.SIGN[2], P.HEAD_LEFT[2]]
    for fmt, t in texts.items():
        wt = ws(t)
        for s in cells + body:
            if ws(s) not in wt:
                problems.append(f"{fmt}: verbatim {s!r}")
            elif T.norm_cite(s) and not T.contains_cite([t], s):
                problems.append(f"{fmt}: cite {s!r}")
        # row order: cells of each row appear in order
        for r in all_rows():
            pos = 0
            nt = T.norm_cite(t)
            for c in [c for c in r if c]:
                i = nt.find(T.norm_cite(c), pos)
                if i < 0:
                    problems.append(f"{fmt}: row order {r[:2]} at {c!r}")
                    break
                pos = i
    # markdown structure through pandoc
    import json
    js = json.loads(subprocess.run(["pandoc", "-f", "markdown", "-t", "json", str(STEM) + ".md"],
                                   capture_output=True, text=True, check=True).stdout)
    tables = [b for b in js["blocks"] if b["t"] == "Table"]
    nrows = [sum(len(body_[3]) for body_ in tb["c"][4]) for tb in tables]
    if nrows != [len(ABBR_ROWS), len(ind_rows()), len(task_rows()), len(proj_rows())]:
        problems.append(f"pandoc table rows {nrows}")
    from pypdf import PdfReader
    npages = len(PdfReader(str(STEM) + ".pdf").pages)
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(cells)} distinct table cells and {len(body)} body lines checked in md/docx/pdf; row cells in order; "
          f"pandoc reads {len(tables)} tables with {nrows} body rows; PDF {npages} pages; {len(problems)} problems")
    return not problems


def main():
    DOCS.mkdir(exist_ok=True)
    make_md()
    make_docx(str(STEM) + ".docx")
    make_pdf(str(STEM) + ".docx", str(STEM) + ".pdf")
    return 0 if check() else 1


if __name__ == "__main__":
    sys.exit(main())
