"""Document metadata: from the manifest when present, otherwise read off the text."""

from __future__ import annotations

import re

from ingest.parsing.text import fold, squash, strip_markup
from ingest.records import DocumentInfo

_DOC_NO = r"(\d+\s*/\s*[A-ZĐ]{1,6}(?:\s*-\s*[A-ZĐ]{1,8})?(?:\s*/\s*[A-ZĐ]{1,8})?|\d+\s*-\s*[A-ZĐ]{1,6}\s*/\s*[A-ZĐ]{1,8})"
_ATTACHED_NO = re.compile(r"kèm theo\s+(?:Kế hoạch|Quyết định|Chương trình|Nghị quyết)(?:\s+hành động)?\s+số\s*:?\s*" + _DOC_NO, re.IGNORECASE)
_HEAD_NO = re.compile(r"^\s*Số\s*:\s*" + _DOC_NO, re.IGNORECASE)
_DATE_NUM = re.compile(r"ngày\s*(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})")
_DATE_WORDS = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")
_KINDS = ("KẾ HOẠCH", "QUYẾT ĐỊNH", "CHƯƠNG TRÌNH", "NGHỊ QUYẾT", "CHỈ THỊ", "ĐỀ ÁN")
_NAME = re.compile(r"^(?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]+\s){1,4}[A-ZĐÀ-Ỹ][a-zà-ỹđ]+$")


def _iso(d: str, m: str, y: str) -> str:
    return f"{int(y):04d}-{int(m):02d}-{int(d):02d}"


def _clean_number(raw: str) -> str:
    return re.sub(r"\s+", "", raw)


def infer_metadata(text: str, *, doc_id: str, file_name: str, sha256: str = "", manifest_entry: dict | None = None) -> DocumentInfo:
    """Metadata for one document; manifest values win, the text fills the gaps."""
    lines = [squash(strip_markup(line)) for line in text.split("\n")]
    inferred = _from_text(lines)
    entry = manifest_entry or {}
    fields = {}
    for key in ("title", "number", "date", "issuer", "signer"):
        fields[key] = entry.get(key) or inferred.get(key)
    title = fields["title"] or file_name.rsplit(".", 1)[0]
    return DocumentInfo(
        doc_id=doc_id,
        file=file_name,
        title=title,
        number=fields["number"],
        date=fields["date"],
        issuer=fields["issuer"],
        signer=fields["signer"],
        sha256=sha256,
        metadata_source="manifest" if manifest_entry else "inferred",
    )


def _is_kind_heading(line: str) -> bool:
    """"KẾ HOẠCH" alone, all in capitals, or followed by a capitalised title on the same line
    ("KẾ HOẠCH Chuyển đổi số tỉnh Quảng Trị năm 2027", a Markdown heading)."""
    if line.upper() == line:
        return True
    kind = next(k for k in _KINDS if line.startswith(k))
    rest = line[len(kind):].strip()
    return len(line) <= 200 and rest[:1].isupper() and not rest.endswith(".")


_LETTERHEAD = re.compile(r"^(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|BỘ|BAN THƯỜNG VỤ|TỈNH ỦY|TỈNH UỶ|SỞ)\s+(.+)$")
_LETTERHEAD_SHORT = {"ỦY BAN NHÂN DÂN": "UBND", "UỶ BAN NHÂN DÂN": "UBND", "UBND": "UBND", "BỘ": "Bộ",
                     "BAN THƯỜNG VỤ": "Ban Thường vụ", "TỈNH ỦY": "Tỉnh ủy", "TỈNH UỶ": "Tỉnh ủy", "SỞ": "Sở"}


def _letterhead_issuer(lines: list[str]) -> str | None:
    """The issuing body printed in capitals at the top left, in ordinary spelling."""
    for line in [x for x in lines[:8] if x][:4]:
        line = re.split(r"\s+(?:CỘNG HÒA|CỘNG HOÀ|ĐẢNG CỘNG SẢN)\b", line)[0].strip(" -—–")
        m = _LETTERHEAD.match(line)
        if not m or line.upper() != line or len(line) > 80:
            continue
        head, rest = _LETTERHEAD_SHORT[m.group(1)], m.group(2).strip()
        words = rest.split()
        if words and words[0] in ("TỈNH", "THÀNH", "HUYỆN", "XÃ"):
            lead = "thành phố" if words[0] == "THÀNH" else words[0].lower()
            place = words[2:] if words[0] == "THÀNH" else words[1:]
            return f"{head} {lead} {' '.join(w.capitalize() for w in place)}".strip()
        # a ministry or department: its name is a phrase, capitalised at its first word only
        return f"{head} {rest.capitalize()}"
    return None


def _from_text(lines: list[str]) -> dict:
    out: dict = {}
    joined = "\n".join(lines)
    for line in lines:
        m = _ATTACHED_NO.search(line)
        if m:
            out["number"] = _clean_number(m.group(1))
            d = _DATE_NUM.search(line[m.end():])
            if d:
                out["date"] = _iso(*d.groups())
            issuer = re.search(r"của\s+(UBND tỉnh[^)]*|Ban Thường vụ Tỉnh ủy[^)]*|Ủy ban nhân dân tỉnh[^)]*)", line)
            if issuer:
                out["issuer"] = squash(issuer.group(1)).rstrip(" .)")
            break
    if "number" not in out:
        for line in lines[:40]:
            m = _HEAD_NO.match(line)
            if m:
                out["number"] = _clean_number(m.group(1))
                break
    if "date" not in out:
        m = _DATE_WORDS.search(joined[:3000])
        if m:
            out["date"] = _iso(*m.groups())
    # Title: the document kind heading and the line(s) after it.
    for i, line in enumerate(lines[:80]):
        if any(line.startswith(k) for k in _KINDS) and _is_kind_heading(line):
            kind = next(k for k in _KINDS if line.startswith(k))
            rest = line[len(kind):].strip()
            nxt = []
            for x in lines[i + 1: i + 5]:
                if not x and nxt:
                    break
                if x.startswith("(") or x.startswith("Căn cứ") or re.match(r"^[IVX]+\.\s", x):
                    break
                if x:
                    nxt.append(x)
            tail = " ".join([rest] + nxt).strip()
            if tail:
                out["title"] = f"{kind.capitalize()} {tail}".strip()
            break
    # Issuer from the letterhead ("BỘ Y TẾ", "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ").
    header = _letterhead_issuer(lines)
    if header:
        out.setdefault("issuer", header)
    # Issuer and signer from the signature block.
    for i, line in enumerate(lines):
        f = fold(line)
        if re.match(r"^(tm|t/m|kt)[.\s]", f):
            if "uy ban nhan dan" in f or "ubnd" in f:
                out.setdefault("issuer", "UBND tỉnh")
            elif "ban thuong vu" in f:
                out.setdefault("issuer", "Ban Thường vụ Tỉnh ủy")
            for cand in [x for x in lines[i + 1: i + 30] if x][:8]:
                if _NAME.match(cand) and cand.upper() != cand:
                    out["signer"] = cand
                    break
            if "signer" in out:
                break
    if "issuer" in out and "tỉnh" in out["issuer"] and out["issuer"].endswith("tỉnh"):
        province = re.search(r"tỉnh\s+(Thanh Hóa|Thanh Hoá|[A-ZĐ][\wÀ-ỹ]+(?:\s[A-ZĐ][\wÀ-ỹ]+)?)", joined)
        if province:
            out["issuer"] = f"{out['issuer']} {province.group(1)}"
    return out
