"""Renders the held-out-31 document (from doc_source.py) in three formats:
  .md   Markdown: headings as **bold lines** (only the plan title and the two annex titles as ATX '#'), letterhead and
        signature as plain lines, both annex tables as GitHub pipe tables (Phụ lục 02's two header rows flattened
        into one: "Kế hoạch 2026 - Lượng (Tấn)" ...)
  .docx python-docx: real Word tables ('Table Grid', two header rows with merged cells, repeated header rows),
        sections I-V as 'Heading 2', numbered sub-items as bold Normal paragraphs, annexes in a landscape section
  .pdf  LibreOffice (soffice --headless --convert-to pdf) of a second .docx variant whose tables have NO borders
        (tblBorders all 'nil', no style grid), 8 pt table text, A4 landscape for the annexes -> rows wrap in columns
Run: .venv/bin/python evals/heldout31/make_docs.py  (writes docs/)."""
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import doc_source as S  # noqa: E402

STEM = S.KEY
Y = S.YEARS


# ----------------------------------------------------------------------------------------------- markdown
def _pipe(header, rows):
    esc = lambda s: s.replace("|", "\\|")  # noqa: E731
    out = ["| " + " | ".join(esc(h) for h in header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    for r in rows:
        out.append("| " + " | ".join(esc(c) for c in r) + " |")
    return out


def t1_rows():
    rows = []
    for r in S.table1()[1]:
        if r["kind"] == "group":
            rows.append([f"**{r['roman']}**", f"**{r['title']}**"] + [""] * 7)
        elif r["kind"] == "crop":
            rows.append([f"**{r['no']}**", f"**{r['name']}**"] + [""] * 7)
        else:
            rows.append(["-", r["name"], r["unit"], r["v2025"]] + [r["vals"][y] for y in Y])
    return rows


def t1_plain_rows():
    return [[c.replace("**", "") for c in r] for r in t1_rows()]


def t2_rows():
    rows = []
    for r in S.table2():
        cells = [r["no"], r["name"]]
        for y in Y:
            cells += [r["qty"][y], r["val"][y]]
        if r["kind"] != "item":
            cells = [f"**{c}**" if c else "" for c in cells]
        rows.append(cells)
    return rows


T2_HEAD = ["TT", "Sản phẩm"] + [x for y in Y for x in (f"Kế hoạch {y} - Lượng (Tấn)",
                                                         f"Kế hoạch {y} - Giá trị tham gia xuất khẩu (Nghìn USD)")]


def build_md():
    L = []
    lh = S.letterhead()
    L += [f"**{lh[0].replace(' -------', '')}**", "", f"**{lh[1].replace(' ---------------', '')}**", "",
          lh[2] + "  ", f"*{lh[3]}*", ""]
    for p in S.decision_paragraphs():
        if p in ("QUYẾT ĐỊNH", "QUYẾT ĐỊNH:", "ỦY BAN NHÂN DÂN TỈNH SƠN LA") or p.startswith("VỀ VIỆC"):
            L += [f"**{p}**", ""]
        elif p.startswith("Điều "):
            head, rest = p.split(". ", 1)
            L += [f"**{head}.** {rest}", ""]
        else:
            L += [p, ""]
    recv, sig = S.signature()
    L += ["*" + recv[0] + "*  "] + [x + "  " for x in recv[1:]] + [""]
    L += [f"**{x}**  " if x.isupper() or x.startswith(("TM.", "KT.")) else x + "  " for x in sig] + [""]
    pp = S.plan_paragraphs()
    L += ["# " + pp[0] + " " + pp[1], ""]
    for p in pp[2:]:
        if _is_heading(p):
            L += [f"**{p}**", ""]
        else:
            L += [p, ""]
    h1 = S.annex_heading(1)
    L += ["# " + h1[0] + ". " + h1[1], ""]
    hdr = S.table1()[0]
    L += _pipe(hdr, t1_rows()) + [""]
    h2 = S.annex_heading(2)
    L += ["# " + h2[0] + ". " + h2[1], "", f"*{h2[2]}*", ""]
    L += _pipe(T2_HEAD, t2_rows()) + [""]
    return "\n".join(L)


def _is_heading(p):
    import re
    return bool(re.match(r"^([IVX]+\. |\d+\. [^\s]+( [^\s]+){0,12}$|[a-zđ]\) )", p)) and len(p) < 130 and not \
        p.endswith(".")


# ----------------------------------------------------------------------------------------------- docx
def _set_cell_borders_nil(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def _repeat_header(row):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trPr.append(e)


def _cell(c, text, bold=False, size=None):
    from docx.shared import Pt
    p = c.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)


def build_docx(path, borderless=False):
    import datetime
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "DejaVu Sans" if borderless else "Times New Roman"
    st.font.size = Pt(10 if borderless else 12)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(2))
    tsize = 8 if borderless else None

    def para(text, bold=False, italic=False, center=False):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    lh = S.letterhead()
    t = d.add_table(rows=2, cols=2)
    _cell(t.cell(0, 0), lh[0].replace(" -------", ""), bold=True)
    _cell(t.cell(0, 1), lh[1].replace(" ---------------", ""), bold=True)
    _cell(t.cell(1, 0), lh[2])
    _cell(t.cell(1, 1), lh[3])
    for p in S.decision_paragraphs():
        if p in ("QUYẾT ĐỊNH", "QUYẾT ĐỊNH:", "ỦY BAN NHÂN DÂN TỈNH SƠN LA") or p.startswith("VỀ VIỆC"):
            if p == "QUYẾT ĐỊNH":
                d.add_heading(p, level=1)
            else:
                para(p, bold=True, center=True)
        elif p.startswith("Điều "):
            head, rest = p.split(". ", 1)
            q = d.add_paragraph()
            q.add_run(head + ". ").bold = True
            q.add_run(rest)
        else:
            para(p, italic=p.startswith(("Căn cứ", "Theo đề nghị")))
    recv, sig = S.signature()
    t = d.add_table(rows=1, cols=2)
    c0, c1 = t.cell(0, 0), t.cell(0, 1)
    c0.paragraphs[0].add_run(recv[0]).bold = True
    for x in recv[1:]:
        c0.add_paragraph(x)
    c1.paragraphs[0].add_run(sig[0]).bold = True
    for x in sig[1:]:
        c1.add_paragraph().add_run(x).bold = x.isupper() or x.startswith(("TM.", "KT."))
    pp = S.plan_paragraphs()
    d.add_page_break()
    d.add_heading(pp[0], level=1)
    para(pp[1], bold=True, center=True)
    for p in pp[2:]:
        import re
        if re.match(r"^[IVX]+\. ", p):
            d.add_heading(p, level=2)
        elif _is_heading(p):
            para(p, bold=True)
        else:
            para(p)
    # annexes: landscape section
    ns = d.add_section()
    ns.orientation = WD_ORIENT.LANDSCAPE
    ns.page_width, ns.page_height = Cm(29.7), Cm(21)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(ns, m, Cm(1.5))
    h1 = S.annex_heading(1)
    d.add_heading(h1[0], level=1)
    para(h1[1], bold=True, center=True)
    hdr = S.table1()[0]
    rows = t1_plain_rows()
    t = d.add_table(rows=2 + len(rows), cols=9)
    if not borderless:
        t.style = "Table Grid"
    else:
        _set_cell_borders_nil(t)
    for k in range(4):
        m = t.cell(0, k).merge(t.cell(1, k))
        _cell(m, hdr[k], bold=True, size=tsize)
    m = t.cell(0, 4).merge(t.cell(0, 8))
    _cell(m, "GIAI ĐOẠN 2026 - 2030", bold=True, size=tsize)
    for k in range(5):
        _cell(t.cell(1, 4 + k), hdr[4 + k], bold=True, size=tsize)
    _repeat_header(t.rows[0])
    _repeat_header(t.rows[1])
    for i, r in enumerate(t1_rows()):
        bold = r[0].startswith("**")
        for k, c in enumerate(r):
            if c:
                _cell(t.cell(2 + i, k), c.replace("**", ""), bold=bold, size=tsize)
    d.add_page_break()
    h2 = S.annex_heading(2)
    d.add_heading(h2[0], level=1)
    para(h2[1], bold=True, center=True)
    para(h2[2], italic=True, center=True)
    rows = t2_rows()
    t = d.add_table(rows=2 + len(rows), cols=12)
    if not borderless:
        t.style = "Table Grid"
    else:
        _set_cell_borders_nil(t)
    _cell(t.cell(0, 0).merge(t.cell(1, 0)), "TT", bold=True, size=tsize)
    _cell(t.cell(0, 1).merge(t.cell(1, 1)), "Sản phẩm", bold=True, size=tsize)
    for j, y in enumerate(Y):
        _cell(t.cell(0, 2 + 2 * j).merge(t.cell(0, 3 + 2 * j)), f"Kế hoạch {y}", bold=True, size=tsize)
        _cell(t.cell(1, 2 + 2 * j), "Lượng (Tấn)", bold=True, size=tsize)
        _cell(t.cell(1, 3 + 2 * j), "Giá trị tham gia xuất khẩu (Nghìn USD)", bold=True, size=tsize)
    _repeat_header(t.rows[0])
    _repeat_header(t.rows[1])
    for i, r in enumerate(rows):
        bold = any(c.startswith("**") for c in r)
        for k, c in enumerate(r):
            if c:
                _cell(t.cell(2 + i, k), c.replace("**", ""), bold=bold, size=tsize)
    cp = d.core_properties
    cp.author, cp.title, cp.last_modified_by = "heldout31", S.KEY, "heldout31"
    cp.created = cp.modified = datetime.datetime(2026, 12, 5, 0, 0, 0)
    cp.revision = 1
    tmp = Path(str(path) + ".tmp")
    d.save(str(tmp))
    _fix_zip(tmp, Path(path))
    tmp.unlink()


def _fix_zip(src, dst):
    with zipfile.ZipFile(src) as zi, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zo:
        for it in sorted(zi.infolist(), key=lambda x: x.filename):
            zinfo = zipfile.ZipInfo(it.filename, date_time=(2026, 12, 5, 0, 0, 0))
            zinfo.compress_type = zipfile.ZIP_DEFLATED
            zo.writestr(zinfo, zi.read(it.filename))


def build_pdf(outdir):
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / f"{STEM}.docx"
        build_docx(src, borderless=True)
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{td}/lo", "--convert-to", "pdf",
                        "--outdir", td, str(src)], check=True, capture_output=True, timeout=300)
        shutil.copy(Path(td) / f"{STEM}.pdf", Path(outdir) / f"{STEM}.pdf")


def build(pdf=True, outdir=None):
    outdir = Path(outdir or HERE / "docs")
    outdir.mkdir(parents=True, exist_ok=True)
    (outdir / f"{STEM}.md").write_text(build_md(), encoding="utf-8")
    build_docx(outdir / f"{STEM}.docx")
    if pdf:
        build_pdf(outdir)


if __name__ == "__main__":
    build()
    print("ok")
