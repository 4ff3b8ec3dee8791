"""Render the held-out-29 source into docs/<STEM>.md (ATX headings, one pipe table), .docx (pandoc from that .md,
SOURCE_DATE_EPOCH fixed -> byte-reproducible) and .pdf (LibreOffice `soffice --headless --convert-to pdf` of the .docx,
ruled Word table; not byte-reproducible: its hash is frozen in FROZEN.md and check.py verifies its text content).
Usage: .venv/bin/python evals/heldout29/make_docs.py [--no-pdf]
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import doc_source as S  # noqa: E402

DOCS = HERE / "docs"
STEM = "pl3-qd13-gtvt-2024"


def md():
    L = S.lines()
    assert L[0] == "Phụ lục III" and L[3].startswith("*(Kèm theo")
    out = [f"# {L[0]}", "", f"## {L[1]}", "", f"### {L[2]}", "", L[3], ""]
    out.append("| STT | Tên cơ sở | Địa chỉ | Ngành nghề/Loại hình kinh doanh | Tiêu thụ năng lượng (TOE) |")
    out.append("|---:|---|---|---|---:|")
    for ln in L[6:]:
        c = S.cells(ln)
        if len(c) == 1:
            out.append(f"| **{c[0]}** |  |  |  |  |")
        else:
            assert len(c) == 5, c
            out.append("| " + " | ".join(c) + " |")
    return "\n".join(out) + "\n"


def no_split(path):
    """mark every table row 'cantSplit' (a row never breaks across pages in the PDF); zip entries re-written with
    the original names, order and fixed timestamps, so the result stays byte-reproducible"""
    import zipfile
    src = zipfile.ZipFile(path).infolist()
    data = {i.filename: zipfile.ZipFile(path).read(i.filename) for i in src}
    x = data["word/document.xml"].decode("utf-8")
    x = re.sub(r"<w:tr>(?!<w:trPr>)", "<w:tr><w:trPr><w:cantSplit/></w:trPr>", x)
    x = x.replace("<w:trPr><w:tblHeader", "<w:trPr><w:cantSplit/><w:tblHeader")
    data["word/document.xml"] = x.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for i in src:
            zi = zipfile.ZipInfo(i.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data[i.filename])


def build(pdf=True):
    DOCS.mkdir(exist_ok=True)
    p_md = DOCS / f"{STEM}.md"
    p_md.write_text(md(), encoding="utf-8")
    env = dict(os.environ, SOURCE_DATE_EPOCH="1767225600")
    subprocess.run(["pandoc", "-f", "markdown-smart", "-t", "docx", "-o", str(DOCS / f"{STEM}.docx"), str(p_md)],
                   check=True, env=env)
    no_split(DOCS / f"{STEM}.docx")
    if pdf:
        with tempfile.TemporaryDirectory() as td:
            subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{td}/u", "--convert-to", "pdf",
                            "--outdir", td, str(DOCS / f"{STEM}.docx")], check=True, capture_output=True)
            shutil.copy(Path(td) / f"{STEM}.pdf", DOCS / f"{STEM}.pdf")


if __name__ == "__main__":
    build(pdf="--no-pdf" not in sys.argv)
