"""Document metadata: from the manifest when present, otherwise read off the text."""

from __future__ import annotations

import re

from ingest.parsing.text import fold, squash, strip_markup
from ingest.text import LIST_ITEM, RECIPIENTS_OPENING, fold_words
from ingest.records import DocumentInfo

#: a document's number and symbol: "412/KH-UBND", "402-CV/VPĐU", "3260-KH/ĐĐQH15" (a body's code may end in the
#: term of office it serves: "ĐĐQH15", the National Assembly's 15th)
_CODE_END = r"[A-ZĐ]{1,8}(?:\d{1,2}(?!\d))?"
_DOC_NO = (r"(\d+(?:\.\d+)?\s*/+\s*(?:20\d\d\s*/+\s*)?[A-ZĐ]{1,6}(?:\s*-\s*" + _CODE_END + r")?(?:\s*/\s*" + _CODE_END + r")?|\d+\s*-\s*[A-ZĐ]{1,6}\s*/\s*"
           + _CODE_END + ")")
#: a number as it names an act in running text, with the year a normative act's number carries before its
#: symbol: "412/KH-UBND" (412), "24/2026/NQ-CP" (24, 2026; printed "24/2026//NQ-CP" too), "402-CV/VPĐU" (402)
ACT_NUMBER = re.compile(r"(?<![\d/.])(\d{1,4}(?:\.\d{1,4})?)\s*(?:[-/]+\s*((?:19|20)\d\d)\s*)?[-/]+\s*[A-ZĐ]")


def act_numbers(text: str) -> list[tuple[str, str | None]]:
    """(number as printed, year or None) for each act number printed in ``text``."""
    return [(m.group(1), m.group(2)) for m in ACT_NUMBER.finditer(text)]


#: The act a plan is attached to, in its caption in brackets: "(Kèm theo Kế hoạch số …)" — the same words inside
#: a sentence, wrapped to a line's start or not, cite another act.
_ATTACHED_NO = re.compile(r"^[\s*_]*\(\s*(?:ban hành\s+)?kèm theo\s+(?:Kế hoạch|Quyết định|Chương trình|Nghị quyết)(?:\s+hành động)?\s+số\s*:?\s*" + _DOC_NO, re.IGNORECASE)
#: A legal basis ("Căn cứ …") cites other acts, whatever it says is attached to them.
_BASIS = re.compile(r"\s*(?:\*\*)?Căn cứ\b", re.IGNORECASE)
_ENDS_BASIS = re.compile(r"[;.:]\s*$")
_HEAD_NO = re.compile(r"^\s*Số\s*:?\s*" + _DOC_NO, re.IGNORECASE)  # "Số: 412/KH-UBND", "Số 402-CV/VPĐU"
_DATE_NUM = re.compile(r"ngày\s*(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})")
_DATE_WORDS = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")
_KINDS = ("KẾ HOẠCH", "QUYẾT ĐỊNH", "CHƯƠNG TRÌNH", "NGHỊ QUYẾT", "CHỈ THỊ", "ĐỀ ÁN", "BÁO CÁO", "TỜ TRÌNH",
          "HƯỚNG DẪN", "THÔNG BÁO", "KẾT LUẬN")
#: The kinds of document whose name opens a title ("Kế hoạch …", "Công văn về việc …"): _KINDS and the
#: official letter, whose title is its subject line.
DOCUMENT_KINDS = (*_KINDS, "CÔNG VĂN")
#: "V/v …" (về việc): the subject line under the number of an official letter (công văn), its title.
_SUBJECT = re.compile(r"(?:^|\s)V/v\s*:?\s*(.+)$")  # mid-line too: Word and PDF join the letterhead's cells
#: The number under the letterhead, where Word and PDF join it to the body's name on one line.
_INLINE_NO = re.compile(r"(?:^|\s)Số\s*:?\s*" + _DOC_NO)
#: The end of the national motto wrapped onto the next line of a side-by-side letterhead.
_MOTTO_WRAP = re.compile(r"\s+(?:VIỆT NAM|Việt Nam)\s*$")
#: Units named under a parent in a letterhead run together on one line ("ĐẢNG ỦY CHÍNH PHỦ VĂN PHÒNG").
#: ("BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG ĐOÀN QUỐC HỘI": the Party caucus under the Central Committee)
_UNIT_HEAD = re.compile(r"(?<!BỆNH)\s(?=(?:VĂN PHÒNG|SỞ|TỔNG CỤC|CỤC|VIỆN|TRUNG TÂM|BỆNH VIỆN|TRƯỜNG|ĐẢNG ĐOÀN|BAN CÁN SỰ ĐẢNG)\s|VĂN PHÒNG$)")
#: A draft's heading ("DỰ THẢO BÁO CÁO …") names the kind after the word.
_DRAFT = re.compile(r"^DỰ THẢO\s+")
#: Names inside a letterhead that keep their capitals when it is written in ordinary case.
_PROPER = (("chính phủ", "Chính phủ"), ("quốc hội", "Quốc hội"), ("trung ương", "Trung ương"), ("việt nam", "Việt Nam"),
           ("nhà nước", "Nhà nước"), ("bộ chính trị", "Bộ Chính trị"), ("thủ tướng", "Thủ tướng"),
           ("mặt trận tổ quốc", "Mặt trận Tổ quốc"), ("ban thường vụ", "Ban Thường vụ"))
#: academic and professional titles before a signer's name ("PGS.TS. Tạ Quang Vĩnh", "ThS. BS. …")
_TITLES = re.compile(r"^(?:(?:GS|PGS|TS|ThS|BS|BSCKII|BSCKI|KS|CN|Ths)\.\s*)+")
#: The capital letters of Vietnamese ("Đ", "Ư", "Ỹ" …), none of the lower-case ones.
UPPER_VI = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
#: A signer's name after the office in capitals on the same line ("KT. BỘ TRƯỞNG - THỨ TRƯỞNG - Nguyễn Hữu Thành",
#: "CHỦ TỊCH (Đã ký); Vũ Đình Khiêm").
_INLINE_SIGNER = re.compile(r"[A-ZĐÀ-Ỹ]{2,}(?:[\s\-–—.;]+\([^)]{1,12}\))?[\s\-–—.;]+((?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]+\s){1,3}[A-ZĐÀ-Ỹ][a-zà-ỹđ]+)\b")
#: marks after a signer's name on its line (a stray "```", a seal's "*"): not part of it
_NAME_TAIL = re.compile(r"[\s\W_]+$")
_NAME = re.compile(r"^(?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]+\s){1,4}[A-ZĐÀ-Ỹ][a-zà-ỹđ]+$")


#: A recipients' list, or the end of one, on a line ("- Lưu: VT, KT.", "ủy Bộ; - Lưu: VT, LNKL."): a name after
#: it was run on from the signature column beside.
_RECIPIENTS_RUN = re.compile(LIST_ITEM.pattern + r"|;\s*[-–]\s|\bLưu\s*:")
#: Words of an office in capitals ("BỘ TRƯỞNG THỨ TRƯỞNG", "ỦY BAN NHÂN DÂN").
_OFFICE_CAPS = rf"[{UPPER_VI}]{{2,}}(?:\s+[{UPPER_VI}]{{2,}})+"
#: A person's name has three words at least ("Nguyễn Thành Sinh"); two capitalised words after a recipient
#: ("Lào Cai, Yên Bái") are a place.
RUN_ON_NAME_MIN_WORDS = 3
#: An office whose holder signs in their own name, in capitals, opening a signature block without "TM." or "KT."
#: (the forms of Nghị định 30/2020/NĐ-CP: "THỦ TƯỚNG", "BỘ TRƯỞNG", "CHỦ TỊCH", "GIÁM ĐỐC"; "PHÓ …", "Q. …").
_OWN_OFFICE = re.compile(r"(?:PHÓ\s+|Q\.\s*|QUYỀN\s+)?(?:THỦ TƯỚNG|BỘ TRƯỞNG|THỨ TRƯỞNG|CHỦ TỊCH|TỔNG GIÁM ĐỐC|GIÁM ĐỐC|BÍ THƯ|"
                         r"CHÁNH VĂN PHÒNG|TRƯỞNG BAN|CHỦ NHIỆM|TỔNG CỤC TRƯỞNG|CỤC TRƯỞNG|VIỆN TRƯỞNG|HIỆU TRƯỞNG|CHÁNH ÁN|"
                         r"TRƯỞNG PHÒNG|TỔNG KIỂM TOÁN)")
#: How many lines below such an office its holder's name is looked for (a PDF may run it onto the fourth
#: recipient beside the block: "- HĐND, UBND các tỉnh …; Nguyễn Xuân Phúc").
SIGNATURE_NAME_LINES = 8


def _run_on_name(item: str) -> str:
    """The name a PDF ran onto a recipient's line from the signature column beside it, after the line's last
    full stop or semicolon ("- Lưu: VT, KT. Nguyễn Thành Sinh" → "Nguyễn Thành Sinh"; "- Giám đốc, các Phó
    Giám đốc Sở; Trần Thị Minh Nguyệt"), or "" (not after a comma or colon: "- UBND các tỉnh: Lào Cai, Yên Bái")."""
    tail = re.split(r"[.;]\s+", item.rstrip())[-1].strip()
    return tail if tail != item.strip() and _NAME.match(tail) and len(tail.split()) >= RUN_ON_NAME_MIN_WORDS else ""


def _signed_in_own_name(lines: list[str], raw: list[str] | None) -> str | None:
    """The signer of a block opened by an office whose holder signs in their own name ("THỦ TƯỚNG", "BỘ TRƯỞNG",
    no "TM." or "KT."), for a document no block so marked names: looked for from its list of recipients on (or its
    last article), the office on a line of its own, beside the list ("Nơi nhận: … ⇥ THỦ TƯỚNG Nguyễn Xuân Phúc") or
    followed by the name; the name on that line, below it or run onto a recipient's. Not the office of a body
    ("THỦ TƯỚNG CHÍNH PHỦ" heading a letterhead), nor a person named with "Ông", "Bà" (a member, no signer)."""
    heads = [i for i, x in enumerate(lines) if RECIPIENTS_OPENING.match(x)]
    articles = [i for i, x in enumerate(lines) if _ARTICLE_LINE.match(x)]
    start = heads[0] if heads else (articles[-1] if articles else len(lines))
    for i in range(start, len(lines)):
        line = lines[i]
        beside = raw is not None and i < len(raw) and re.search(rf"(?:\t|\s{{3,}}|[Nn]hận:\s*)(?P<mark>{_OWN_OFFICE.pattern})(?:\s|$)", raw[i])
        if beside:
            line = squash(strip_markup(raw[i][beside.start("mark"):]))
        own = _OWN_OFFICE.match(line)
        if own is None:
            continue
        inline = _INLINE_SIGNER.search(line) if line[own.end():].strip() else None
        if line[own.end():].strip() and not (inline and inline.start(1) >= own.end()):
            continue  # (the office of a body: "THỦ TƯỚNG CHÍNH PHỦ")
        below = [_TITLES.sub("", _NAME_TAIL.sub("", _run_on_name(x) if _RECIPIENTS_RUN.search(x) else x))
                 for x in lines[i + 1: i + SIGNATURE_NAME_LINES] if x and (not LIST_ITEM.match(x) or _run_on_name(x))]
        name = next((n for n in [inline.group(1) if inline else "", *below] if _NAME.match(n) and n.upper() != n
                     and len(n.split()) >= RUN_ON_NAME_MIN_WORDS and not _HONORIFIC.match(n)), None)
        if name:
            return name
    return None


#: An article's line ("Điều 3. Các Bộ trưởng …"); words before a person's name that make them no signer ("Ông …").
_ARTICLE_LINE = re.compile(r"^\W*Điều\s+\d+\s*[.:]")
_HONORIFIC = re.compile(r"^(?:Ông|Bà|Đồng chí|Anh|Chị)\s")


#: The head of a document's list of recipients, as printed ("Nơi nhận:", "**Nơi nhận:**").
_RECIPIENTS_HEAD = re.compile(r"Nơi nhận\s*(?::\**|\**\s*:|\**\s*$)[ \t]*", re.MULTILINE)
#: Where one recipient ends and the next begins: an item's mark opening a line, or after a semicolon, a full stop
#: or a comma ("- Bộ Tư pháp (b/c); - TT Tỉnh ủy …", one per line or run on one line).
_RECIPIENT_MARK = re.compile(r"(?:^|(?<=[;.,\n]))\s*[-–•*]\s+")
#: The recipient that is the issuing office's own file copy ("Lưu: VT, NC").
FILED_COPY = re.compile(r"^Lưu\b")


def recipients(text: str) -> tuple[str, list[str]] | None:
    """A document's list of recipients in ``text`` ("Nơi nhận:" and its items, one per line or run on one line, a
    PDF's wrapped lines joined): the list as printed, on one line, and its items; None when the text has none.
    The list ends at the first line that is neither an item nor the rest of one (the signature block beside it,
    "TM. ỦY BAN NHÂN DÂN")."""
    heads = list(_RECIPIENTS_HEAD.finditer(text))
    if not heads:
        return None
    # (the list closes the document: its last head, not "Nơi nhận báo cáo: …" in a sentence before it)
    first, *rest = text[heads[-1].end():].split("\n")
    taken: list[str] = []
    for k, line in enumerate([first, *rest]):
        # (the signature block beside the list, in the next cell of a Word table: "- Lưu: VT.\tGIÁM ĐỐC")
        said = squash(strip_markup(line.split("\t")[0]))
        if not said:
            continue
        if taken and FILED_COPY.match(_RECIPIENT_MARK.split(taken[-1])[-1]):
            break  # the office's own file copy ("- Lưu: VT, NC") is the list's last item
        # a line that goes on the item before it: in lower case, or after a comma or a mark ("- Các Sở," / "cơ quan
        # thuộc UBND tỉnh; …"); not a title in capitals ("TM. ỦY BAN NHÂN DÂN")
        marked = bool(taken) and re.search(r"[\-–]$", taken[-1]) is not None  # "…; -" / "VP UBND tỉnh: …": its item
        goes_on = bool(taken) and (said[:1].islower() or taken[-1].endswith(",")) \
            and not re.match(rf"(?:[{UPPER_VI}/]+\.?\s+)+[{UPPER_VI}]{{2,}}", said)
        if k == 0 or LIST_ITEM.match(said) or marked or goes_on:
            taken.append(said)
        else:
            break
    items = [" ".join(x.split()).strip(" ;.,") for x in _RECIPIENT_MARK.split("\n".join(taken))]
    items = [x for x in items if x]
    return (f"Nơi nhận: {' '.join(taken)}", items) if items else None


def _iso(d: str, m: str, y: str) -> str:
    return f"{int(y):04d}-{int(m):02d}-{int(d):02d}"


def _clean_number(raw: str) -> str:
    """Spaces out, a doubled slash as one ("24/2026//NQ-CP" as printed → "24/2026/NQ-CP")."""
    return re.sub(r"/+", "/", re.sub(r"\s+", "", raw))


def infer_metadata(text: str, *, doc_id: str, file_name: str, sha256: str = "", manifest_entry: dict | None = None) -> DocumentInfo:
    """Metadata for one document; manifest values win, the text fills the gaps."""
    raw = text.split("\n")
    lines = [squash(strip_markup(line)) for line in raw]
    inferred = _from_text(lines, raw)
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


def _kind_and_number(line: str) -> bool:
    """"ĐỀ ÁN 06", "NGHỊ QUYẾT 57": a kind with a number only is a name's end ("TỔ CÔNG TÁC TRIỂN KHAI" /
    "ĐỀ ÁN 06" wrapped in a letterhead), not the heading of the document's kind."""
    kind = next((k for k in _KINDS if line.startswith(k)), None)
    return kind is not None and re.fullmatch(r"\s*(?:số\s*)?\d+[\w/.-]*", line[len(kind):], re.IGNORECASE) is not None


def _is_kind_heading(line: str) -> bool:
    """"KẾ HOẠCH" alone, all in capitals, or followed by a capitalised title on the same line
    ("KẾ HOẠCH Chuyển đổi số tỉnh Quảng Trị năm 2027", a Markdown heading)."""
    if _kind_and_number(line):
        return False
    if line.upper() == line:
        return True
    kind = next(k for k in _KINDS if line.startswith(k))
    rest = line[len(kind):].strip()
    return len(line) <= 200 and rest[:1].isupper() and not rest.endswith(".")


_LETTERHEAD = re.compile(r"^(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|BỘ|BAN THƯỜNG VỤ|TỈNH ỦY|TỈNH UỶ|SỞ)\s+(.+)$")
_LETTERHEAD_SHORT = {"ỦY BAN NHÂN DÂN": "UBND", "UỶ BAN NHÂN DÂN": "UBND", "UBND": "UBND", "BỘ": "Bộ",
                     "BAN THƯỜNG VỤ": "Ban Thường vụ", "TỈNH ỦY": "Tỉnh ủy", "TỈNH UỶ": "Tỉnh ủy", "SỞ": "Sở"}


#: a letterhead line that opens a body of its own under the one above ("VĂN PHÒNG" under "ĐẢNG ỦY CHÍNH PHỦ")
_UNIT_LINE = re.compile(r"^(?:VĂN PHÒNG|BAN|VỤ|CỤC|TỔNG CỤC|SỞ|PHÒNG|TRUNG TÂM|VIỆN|BỘ|ĐẢNG ỦY|ĐẢNG UỶ|ỦY BAN|UỶ BAN|UBND)\b")


_PLACE_DATE = re.compile(r"^[A-ZĐÀ-Ỹ][a-zà-ỹđ]+(?: [A-ZĐÀ-Ỹ][a-zà-ỹđ]+)*, ngày\b")


def _join_wrapped(block: list[str], body: str) -> list[str]:
    """Letterhead lines a narrow column wrapped ("ỦY BAN NHÂN DÂN TỈNH NAM" / "KHÊ", "SỞ VĂN HÓA, THỂ
    THAO VÀ DU" / "LỊCH"): a line of one or two words joins the one above when the joined name is
    printed in the document's text (folded), as a body's name is where the plan names it again."""
    out: list[str] = []
    for line in block:
        if out and (len(line.split()) <= 2 or _kind_and_number(line)) and not _UNIT_LINE.match(line):
            joined = f"{out[-1]} {line}"
            if f" {fold_words(joined)} " in body:
                out[-1] = joined
                continue
        out.append(line)
    return out


def _letterhead_issuer(lines: list[str]) -> str | None:
    """The issuing body printed in capitals at the top left, in ordinary spelling. A body under a
    parent ("ĐẢNG ỦY CHÍNH PHỦ" / "VĂN PHÒNG") is named with it: "Văn phòng Đảng ủy Chính phủ"."""
    block: list[str] = []
    body = f" {fold_words(' '.join(lines[6:400]))} "  # the text below the letterhead, folded
    beside_motto = False  # a PDF prints the letterhead and the national motto side by side, line by line
    for raw in [x for x in lines[:12] if x][:6]:
        if beside_motto:
            raw = _MOTTO_WRAP.sub("", raw)  # "SỞ GIÁO DỤC VÀ ĐÀO TẠO VIỆT NAM": the motto's wrapped end
        split = re.split(r"(\s+(?:CỘNG HÒA|CỘNG HOÀ|ĐẢNG CỘNG SẢN|Độc lập|ĐỘC LẬP)\b|\s+\*|\s+Số\b|\s+V/v\b"
                         r"|\s+[A-ZĐ][a-zà-ỹđ]+(?:\s+[A-ZĐ][a-zà-ỹđ]+){0,3},\s+ngày\b)", raw)
        line = split[0].strip(" -—–*\\")
        motto = re.match(r"^(?:CỘNG HÒA|CỘNG HOÀ|ĐẢNG CỘNG SẢN|Độc lập|ĐỘC LẬP)", line)
        heading = re.match(r"^Số\b", line) or (any(line.startswith(k) for k in _KINDS) and not _kind_and_number(line)) \
            or _SUBJECT.match(line)
        if line and not motto and not heading and line.upper() == line and re.search(r"[A-ZĐ]", line) and len(line) <= 80:
            block.extend(_UNIT_HEAD.split(line) if len(line.split()) > 3 else [line])
            if raw != line and len(split) > 1 and re.match(r"\s+(?:CỘNG|ĐẢNG|Độc lập|ĐỘC LẬP|[A-ZĐ][a-zà-ỹđ]+.*ngày)", split[1]):
                beside_motto = True  # the next line may go on with the letterhead beside the motto's rest
            elif raw != line:
                break  # the letterhead's run ended on this line
        elif block:
            break
    if not block:
        return None
    block = _join_wrapped(block, body)
    while len(block) > 1 and _kind_and_number(block[-1]):
        block.pop()  # "ĐỀ ÁN 06" that the text never prints after the name above it: no body of its own
    printed = " ".join(lines[6:400])
    if len(block) > 1 and _LETTERHEAD.fullmatch(block[-2]) is None and _LETTERHEAD_SHORT.get(block[-2].strip()) \
            and re.match(r"(?:TỈNH|THÀNH PHỐ|HUYỆN|XÃ|PHƯỜNG|QUẬN|THỊ XÃ|THỊ TRẤN)\s", block[-1]):
        # "ỦY BAN NHÂN DÂN" / "XÃ VÂN KHÊ": the body's kind on one line, its place on the next
        return _ordinary_case(f"{block[-2]} {block[-1]}")
    body = _ordinary_case(block[-1])
    if len(block) > 1 and len(block[-1].split()) <= 2 and not _LETTERHEAD.match(block[-1]):
        body = f"{body} {_ordinary_case(block[-2])}"
    return _as_printed(body, printed)


def _as_printed(name: str, text: str) -> str:
    """The name as the document prints it in its text when it does ("Bệnh viện Đa khoa Tâm An", not
    the capitals' "Bệnh viện đa khoa tâm an"); else as given."""
    folded_text, folded_name = fold(text), fold(name)
    if len(folded_text) != len(text) or len(folded_name) != len(name) or len(name.split()) < 2:
        return name
    at = folded_text.find(folded_name)
    found = text[at:at + len(name)] if at >= 0 else ""
    # only a different use of capitals, never capitals alone or another spelling
    return found if found and found.upper() != found and found.casefold() == name.casefold() else name


def _ordinary_case(line: str) -> str:
    """A letterhead line in ordinary spelling: "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ" → "UBND tỉnh Quảng Trị",
    "BỘ Y TẾ" → "Bộ Y tế", "ĐẢNG ỦY CHÍNH PHỦ" → "Đảng ủy Chính phủ"."""
    m = _LETTERHEAD.match(line)
    if m:
        head, rest = _LETTERHEAD_SHORT[m.group(1)], m.group(2).strip()
        words = rest.split()
        if words and words[0] in ("TỈNH", "THÀNH", "HUYỆN", "XÃ"):
            lead = "thành phố" if words[0] == "THÀNH" else words[0].lower()
            place = words[2:] if words[0] == "THÀNH" else words[1:]
            return f"{head} {lead} {' '.join(w.capitalize() for w in place)}".strip()
        # a ministry or department: its name is a phrase of fields, each capitalised at its first
        # word ("Sở Giáo dục và Đào tạo", "Bộ Văn hóa, Thể thao và Du lịch")
        fields = re.split(r"(\s+VÀ\s+|,\s+|\s+-\s+)", rest)
        return f"{head} " + "".join(f.lower() if i % 2 else f.capitalize() for i, f in enumerate(fields))
    text = line.capitalize()
    for low, proper in _PROPER:
        text = re.sub(rf"(?<!\w){low}(?!\w)", proper, text)
    # a body named inside ("Đảng ủy Bộ Nông nghiệp"): its kind and first word in capitals
    return re.sub(r"(?<=\s)(bộ|sở|cục)\s+(\w+)", lambda m: f"{m.group(1).capitalize()} {m.group(2).capitalize()}", text)


#: The line naming the official who enacts a decision, under its title ("BỘ TRƯỞNG BỘ …", "CHỦ TỊCH ỦY BAN NHÂN
#: DÂN TỈNH …", "THỦ TƯỚNG CHÍNH PHỦ", "HỘI ĐỒNG THÀNH VIÊN …"), in capitals.
_ENACTING = re.compile(r"^(?:BỘ TRƯỞNG|CHỦ TỊCH|THỦ TƯỚNG|GIÁM ĐỐC|TỔNG GIÁM ĐỐC|HỘI ĐỒNG QUẢN TRỊ|HỘI ĐỒNG THÀNH VIÊN)\b")


def _from_text(lines: list[str], raw: list[str] | None = None) -> dict:
    out: dict = {}
    joined = "\n".join(lines)
    basis, prev, in_basis = False, "", []
    for line in lines:
        # "Căn cứ Điều lệ … ban hành kèm theo Quyết định số …": a legal basis, over one line or wrapped
        # onto the next ones, cites another act
        basis = bool(_BASIS.match(line)) or (basis and bool(line.strip()) and not _ENDS_BASIS.search(prev))
        prev = line
        in_basis.append(basis)
    own = [line for line, b in zip(lines, in_basis) if not b]  # the dates they print may be the act's own
    for line, basis in zip(lines, in_basis):
        m = _ATTACHED_NO.search(line)
        if m and not basis:
            out["number"] = _clean_number(m.group(1))
            # the date printed beside the number, in figures or in words ("ngày 03 tháng 12 năm 2025")
            d = _DATE_NUM.search(line[m.end():]) or _DATE_WORDS.match(line[m.end():].lstrip(" ,"))
            if d:
                out["date"] = _iso(*d.groups())
            issuer = re.search(r"của\s+(UBND tỉnh[^)]*|Ban Thường vụ Tỉnh ủy[^)]*|Ủy ban nhân dân tỉnh[^)]*)", line)
            if issuer:
                out["issuer"] = squash(issuer.group(1)).rstrip(" .)")
            break
    if "number" not in out:
        for line in lines[:40]:
            m = _HEAD_NO.match(line) or _INLINE_NO.search(line)
            if m:
                out["number"] = _clean_number(m.group(1))
                break
    if "date" not in out:
        # (a date a legal basis prints is another act's: "Căn cứ Luật … ngày 18 tháng 02 năm 2025")
        m = _DATE_WORDS.search("\n".join(own)[:3000])
        if m:
            out["date"] = _iso(*m.groups())
    # Title: the document kind heading and the line(s) after it; an official letter's subject
    # ("V/v …") when it comes first.
    for i, line in enumerate(lines[:80]):
        subject = _SUBJECT.search(line)
        if subject:
            parts = [subject.group(1)]
            for x in lines[i + 1: i + 4]:
                if not x or x.split()[0].upper() == x.split()[0] or re.match(r"^(?:Kính gửi|[A-ZĐÀ-Ỹ][a-zà-ỹđ]+(?: [A-ZĐÀ-Ỹ][a-zà-ỹđ]+)*, ngày)", x):
                    break
                parts.append(x)
            out["title"] = "Công văn về việc " + " ".join(parts).strip().rstrip(".")
            break
        line = _DRAFT.sub("", line)
        if any(line.startswith(k) for k in _KINDS) and _is_kind_heading(line):
            kind = next(k for k in _KINDS if line.startswith(k))
            rest = line[len(kind):].strip()
            nxt = []
            for x in lines[i + 1: i + 5]:
                if not x and nxt:
                    break
                opening = " ".join(x.split()[:2])
                if x and re.search(r"[A-ZĐÀ-Ỹ]", opening) and opening.upper() == opening and any(c.islower() for c in " ".join([rest, *nxt])):
                    break  # a title in ordinary case ends at the next line in capitals (the signer's office)
                if re.match(r"^(?:Số\b|V/v\b|Kính gửi)", x) or (_ENACTING.match(x) and x.upper() == x):
                    break  # (or the office that enacts a decision, under its title: "BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG")
                if x.startswith("(") or x.startswith("Căn cứ") or re.match(r"^(?:[IVX]+\.|\d+(?:\.\d+)*\.|[a-zđ]\)|Điều\s+\d+\.?)\s", x) \
                        or _PLACE_DATE.match(x):
                    break  # (… or the place and date set under the title: "Bình Khương, ngày 05 tháng 02 năm 2028", or the first
                    # numbered heading, "1. Mục tiêu", "Điều 1.", when no blank line sets the title apart)
                if nxt and (x.startswith("Thực hiện ") or len(x) > 250):
                    break  # the opening paragraph under the title ("Thực hiện Quyết định số …; … ban hành Kế hoạch …")
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
        # (the block may sit beside the list of recipients: "Nơi nhận:        T/M TỈNH ỦY", a TAB or a
        # wide gap before it)
        beside = raw is not None and i < len(raw) and re.search(r"(?:\t|\s{3,}|[Nn]hận:\s*)(?P<mark>(?:TM|T/M|KT)[.\s])", raw[i])
        if beside:  # the block, not the recipients before it
            line = squash(strip_markup(raw[i][beside.start("mark"):]))
            f = fold(line)
        elif run_on := re.search(rf"[;,]\s*[-–]\s.*?\s(?P<mark>(?:TM|T/M|KT)\.\s*{_OFFICE_CAPS})", line):
            # or run onto a recipient's words by a PDF ("- Văn phòng Đảng KT. BỘ TRƯỞNG THỨ TRƯỞNG"): the mark
            # and an office in capitals after a recipients' list "- …;"
            line = line[run_on.start("mark"):]
            f = fold(line)
        if re.match(r"^(tm|t/m|kt)[.\s]", f):
            if "uy ban nhan dan" in f or "ubnd" in f:
                out.setdefault("issuer", "UBND tỉnh")
            elif "ban thuong vu" in f:
                out.setdefault("issuer", "Ban Thường vụ Tỉnh ủy")
            # the recipients' lines ("- Văn phòng Trung ương Đảng;") interleave with the block's: not counted —
            # but a PDF may run the name in the next column onto a recipient's line ("- Lưu: VT, KT. Nguyễn
            # Thành Sinh"): a name after the item's last full stop or comma is the signer's
            for cand in [_TITLES.sub("", _NAME_TAIL.sub("", _run_on_name(x) if _RECIPIENTS_RUN.search(x) else x))
                         for x in lines[i + 1: i + 30] if x and (not LIST_ITEM.match(x) or _run_on_name(x))][:8]:
                if _NAME.match(cand) and cand.upper() != cand:
                    out["signer"] = cand
                    break
            if "signer" not in out:
                inline = _INLINE_SIGNER.search(line)  # Word and PDF run the block onto one line
                if inline:
                    out["signer"] = inline.group(1)
            if "signer" in out:
                break
        elif "signer" not in out and re.match(r"^\(?(?:da ky|ky ten)\)?", f):
            # "(Đã ký) CHÁNH VĂN PHÒNG Trần Văn Sơn": a signed copy names its signer after the office
            inline = _INLINE_SIGNER.search(line)
            candidates = [_NAME_TAIL.sub("", x) for x in lines[i + 1: i + 6] if x][:3]
            name = inline.group(1) if inline else next((c for c in candidates if _NAME.match(c) and c.upper() != c), None)
            if name:
                out["signer"] = name
                break
    if "signer" not in out and (own := _signed_in_own_name(lines, raw)):
        out["signer"] = own
    if "issuer" in out and "tỉnh" in out["issuer"] and out["issuer"].endswith("tỉnh"):
        province = re.search(r"tỉnh\s+(Thanh Hóa|Thanh Hoá|[A-ZĐ][\wÀ-ỹ]+(?:\s[A-ZĐ][\wÀ-ỹ]+)?)", joined)
        if province:
            out["issuer"] = f"{out['issuer']} {province.group(1)}"
    return out
