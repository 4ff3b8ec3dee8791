"""Tasks written as labelled paragraphs instead of table rows.

Many plans list their tasks in the body text, each a numbered item followed by labelled lines:

    1. Xây dựng Kho học liệu số dùng chung
    - Đơn vị chủ trì: Văn phòng Sở
    - Đơn vị phối hợp: các phòng chuyên môn
    - Thời gian hoàn thành: Quý III/2028

or with the task itself under a label ("1. Nhiệm vụ: …", "2. Đơn vị chủ trì: Sở Y tế"), or with the
labels inside the task's paragraph ("a) <task>. Cơ quan chủ trì: X; cơ quan phối hợp: Y; thời gian: Z."). Each such
item becomes a task row, its labels mapped to canonical fields by the same rule that reads table
headers (:func:`ingest.parsing.tables.classify_label`), so a plan that says "Cơ quan thực hiện" or
"Tiến độ" is read like one that says "Chủ trì" or "Thời gian". An item is a task only when it names
who leads it; its text stays in the narrative too.
"""

from __future__ import annotations

import hashlib
import re

from ingest.parsing.sections import LetterLevels, heading_level
from ingest.parsing.tables import LogicalLine, classify_label, split_roles
from ingest.parsing.text import fold, short, squash, strip_markup
from ingest.records import ColumnReport, TableReport, TableRow
from ingest.text import BODY_TABLE_PREFIX

#: How a label begins (folded): the nouns plans put before a colon to label a task's attribute.
_LABEL_HEAD = re.compile(
    r"^(?:don vi|co quan|thoi gian|thoi han|tien do|san pham|ket qua|kinh phi|nguon|noi dung|nhiem vu|ten"
    r"|chu tri|phoi hop|can cu|ghi chu|lo trinh|trach nhiem|du kien|moc|hinh thuc|dia diem|pham vi)\b")
#: An item marker before a label or a title: "-", "+", "•", "1.", "2)", "a)", "(3)".
_MARKER = re.compile(r"^(?:[-–+•*·]\s*|\(?(\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s+|\((\d{1,2}|[a-zđ])\)\s*)", re.IGNORECASE)
#: Fields a labelled line may fill; other labels are kept under their own wording only.
_FIELDS = {"content", "lead", "coordinating", "deadline", "result", "budget", "legal_basis", "note"}
#: The longest paragraph read as a task's text, when labels follow it: a measure may be a long paragraph
#: (900 characters citing the resolutions it carries out); longer text is narrative, not one task.
_MAX_TITLE = 1500
#: The most words of a label ("Thời gian hoàn thành dự kiến"); a longer phrase before a colon is a sentence's
#: ("Chủ trì triển khai các nhiệm vụ: …", a duty) …
_MAX_LABEL_WORDS = 6
#: … except one naming the body it labels ("Đơn vị chủ trì tham mưu thực hiện": seven words).
_MAX_BODY_LABEL_WORDS = 8
_BODY_LABEL = re.compile(r"^(?:don vi|co quan)\b")
_END = re.compile(r"[.;:!?]$")


def _marker(clean: str) -> tuple[str | None, str]:
    """(item number or None, text after the marker)."""
    m = _MARKER.match(clean)
    if not m:
        return None, clean
    number = m.group(1) or m.group(2)
    return number, clean[m.end():].strip()


def _label_name(segment: str) -> tuple[str, str, str | None] | None:
    """(field, label, number) when ``segment`` (the words before a colon) is a task label."""
    number, rest = _marker(squash(segment))
    label = rest.strip(" *_-–•")
    if not label or not label[0].isalpha() or len(label) > 48:
        return None
    if len(label.split()) > (_MAX_BODY_LABEL_WORDS if _BODY_LABEL.match(fold(label)) else _MAX_LABEL_WORDS):
        return None
    if not _LABEL_HEAD.match(fold(label)):
        return None
    field, _year = classify_label(label)
    return None if field == "other" else (field, label, number)


def _inline_labels(text: str) -> list[tuple[int, int, str, str, str | None]]:
    """(segment start, value start, field, label, number) of each label in a paragraph: the words
    before a colon, back to the sentence or clause before them ("… của xã. Cơ quan chủ trì: X;
    cơ quan phối hợp: Y; thời gian: Quý II/2026."). A line break is a boundary too, unless the
    words before it are part of the label ("Cơ quan" / "chủ trì:")."""
    out = []
    for m in re.finditer(r":", text):
        colon = m.start()
        cut = max(text.rfind(c, 0, colon) for c in ".;:\n")
        found = None
        if cut >= 0 and text[cut] == "\n":
            wider = max(text.rfind(c, 0, colon) for c in ".;:")
            name = _label_name(text[wider + 1:colon].replace("\n", " "))
            if name:
                found = (wider + 1, name)
        if found is None:
            name = _label_name(text[cut + 1:colon])
            if name:
                found = (cut + 1, name)
        if found is not None:
            at, (field, label, number) = found
            while at < colon and text[at] in " \n":
                at += 1
            out.append((at, m.end(), field, label, number))
    return out


_ONLY_MARKER = re.compile(r"\s*(?:[-–+•*·]|\(?(\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]|\((\d{1,2}|[a-zđ])\))?\s*", re.IGNORECASE)


def _opening(text: str, found: list) -> tuple[bool, str | None]:
    """Whether the paragraph opens with its first label (nothing but an item marker before it:
    "- Đơn vị chủ trì: …", "2. Đơn vị chủ trì: …"), and the marker's number."""
    if not found:
        return False, None
    m = _ONLY_MARKER.fullmatch(text[:found[0][0]])
    return (True, m.group(1) or m.group(2)) if m else (False, None)


def _same_run(before: "_Paragraph | None", para: "_Paragraph") -> bool:
    """Whether ``para`` goes on the text ``before`` it, both still waiting for labels: two plain paragraphs or two
    bullets ("-", "+"), not items numbered apart, not after an introduction ("… như sau:"), within
    :data:`_MAX_TITLE`."""
    if before is None or before.level is not None or para.level is not None or before.labelled:
        return False
    def kind(text: str) -> str:
        number, rest = _marker(text)
        return "numbered" if number else ("bullet" + text[:1] if rest != text else "plain")
    k = kind(before.text)
    return k != "numbered" and k == kind(para.text) and not before.text.rstrip().endswith(":") \
        and len(before.text) + len(para.text) < _MAX_TITLE


class _Item:
    def __init__(self, title: str, number: str | None, path: list[str]):
        self.title = title
        self.number = number
        self.path = path
        self.lines: list[LogicalLine] = []
        self.labels: list[list] = []  # [field, label, value]

    def has(self, field: str) -> bool:
        return any(f == field for f, _, _ in self.labels)


class _Paragraph:
    def __init__(self, line: LogicalLine, clean: str, level: float | None):
        self.lines = [line]
        self.text = clean
        self.level = level
        self.labelled = False  # holds a label ("1. Nhiệm vụ: …", "b) … Cơ quan chủ trì: VP"): an item, not a heading
        self.after_blank = False  # a blank line before it, where blanks mean something


#: The fewest label rows of a table of labels.
_MIN_LABEL_ROWS = 2


def _label_table_rows(span: list[LogicalLine]) -> dict[int, str]:
    """The rows of each two-column table of labels in ``span`` — a task's attributes set out as a table under
    it ("Đơn vị chủ trì thực hiện | Sở Tư pháp", "Thời gian thực hiện | Thường xuyên"), below an optional
    header row ("Vai trò | Cơ quan, đơn vị") — as the labelled lines they stand for ("Đơn vị chủ trì thực
    hiện: Sở Tư pháp"), by the line's id; a header row maps to "". Other tables' rows are not in it."""
    out: dict[int, str] = {}
    i = 0
    while i < len(span):
        if "\t" not in span[i].text:
            i += 1
            continue
        j = i
        while j < len(span) and "\t" in span[j].text:
            j += 1
        block = span[i:j]
        cells = [[squash(strip_markup(c)) for c in x.text.split("\t")] for x in block]
        pairs = [c for c in cells if len(c) == 2]
        labels = [bool(c[0]) and _label_name(c[0]) is not None for c in cells]
        if len(pairs) == len(cells) and all(labels[1:]) and sum(labels) >= _MIN_LABEL_ROWS:
            for line, (label, value), is_label in zip(block, cells, labels):
                out[id(line)] = f"{label}: {value}" if is_label else ""
        i = j
    return out


def _paragraphs(span: list[LogicalLine], text_layer: bool = True) -> list:
    """The text of ``span`` as paragraphs (a PDF's wrapped lines joined, with line breaks kept) and
    table breaks: a new paragraph at a blank line (where blanks mean something), a heading, an item
    marker ("-", "1.", "a)") or a label that opens a line after a finished sentence. A paragraph after a blank
    line is marked so (``after_blank``) where blank lines are under 40 % of the lines, and in any case outside a
    ``text_layer`` (Markdown, Word: a blank line is where one block ends, so no heading wraps onto the paragraph
    after it)."""
    blanks_mean = sum(not x.text.strip() for x in span) < 0.4 * max(1, len(span))
    out: list = []
    current: _Paragraph | None = None
    letters, open_levels = LetterLevels(), []  # heading levels open so far: a letter's level depends on them
    labelled_rows = _label_table_rows(span)
    blank = False
    for line in span:
        raw = line.text
        if "\t" in raw:
            said = labelled_rows.get(id(line))
            if said is None:
                out.append(None)  # a table: no item runs across it
            elif said:  # a row of a table of labels: a labelled line of the item above it
                out.append(_Paragraph(line, said, None))
                out[-1].labelled = True
            current = None  # (its header row, "Vai trò | Cơ quan", neither breaks nor adds)
            continue
        clean = squash(strip_markup(raw))
        if not clean:
            if blanks_mean:
                current = None
            blank = blank or blanks_mean or not text_layer
            continue
        level = None if line.body_text else heading_level(raw)
        letter = None if line.body_text else letters.level(clean, open_levels)
        if letter is not None:
            level = letter
        marked = _marker(clean)[1] != clean
        opens_label = _opening(clean, _inline_labels(clean))[0]
        ended = current is not None and bool(_END.search(current.text))
        # a heading goes on over a wrapped line only in lower case ("1. Triển khai nền tảng … cho các" /
        # "trường trung học …"), after a comma, or in capitals under capitals; else the text under it begins
        under_heading = current is not None and current.level is not None and not current.labelled and not (
            clean[:1].islower() or current.text.endswith(",") or (clean.isupper() and current.text.isupper()))
        if current is None or level is not None or marked or (opens_label and ended) or under_heading:
            current = _Paragraph(line, clean, level)
            current.labelled = bool(_inline_labels(clean))
            current.after_blank, blank = blank, False
            out.append(current)
            if level is not None and not opens_label:
                open_levels[:] = [lv for lv in open_levels if lv < level] + [level]
        else:
            current.lines.append(line)
            current.text = f"{current.text}\n{clean}"
    return out


def _text_task(doc_id: str, prefix: str | None, path: list[str], number: str | None, fields: dict, columns: dict,
               lines: list[LogicalLine], page_of_line, *, source: str, tail: str, text: str,
               restarted: bool = False) -> TableRow:
    """A task row read from the text: in the appendix ``prefix`` or, in the body, under its top
    heading ("Mục III. NHIỆM VỤ …"), its other headings its groups; its id a hash of where it stands."""
    top = path[0] if path else ""
    appendix = prefix or (f"{BODY_TABLE_PREFIX}{short(top)}" if top else f"{BODY_TABLE_PREFIX}nhiệm vụ")
    group = path[1:] if (not prefix and path) else list(path)
    parts = [appendix]
    if restarted and group:
        parts.append(short(group[-1], 60))
    parts.append(f"nhiệm vụ {number}" if number else f"nhiệm vụ (không số, dòng {lines[0].line_start})")
    key = f"{doc_id}|{source}|{appendix}|{'/'.join(group)}|{tail}"
    return TableRow(
        row_id=hashlib.sha1(key.encode()).hexdigest()[:16],
        doc_id=doc_id,
        appendix=appendix,
        appendix_title="",
        kind="task",
        group=group,
        number=number,
        fields=fields,
        columns=columns,
        text=text,
        line_start=lines[0].line_start,
        line_end=lines[-1].line_end,
        page=page_of_line(lines[0].line_start) if page_of_line else None,
        locator=", ".join(parts),
    )


def labelled_tasks(
    lines: list[LogicalLine], start: int, end: int, *, doc_id: str, prefix: str | None, page_of_line=None,
    text_layer: bool = True,
) -> tuple[list[TableRow], TableReport | None]:
    """Task rows of the labelled items between ``lines[start:end]`` and one report for them.

    ``prefix`` names the appendix the range belongs to; in the body the item's top heading
    ("Mục III. NHIỆM VỤ …") does.
    """
    stack: list[tuple[float, str]] = []
    items: list[_Item] = []
    pending: _Paragraph | None = None  # a paragraph that may title the labels after it
    pending_path: list[str] = []
    current: _Item | None = None

    def close() -> None:
        nonlocal current
        if current is not None and current.has("lead") and (current.title or current.has("content")):
            items.append(current)
        current = None

    for para in _paragraphs(lines[start:end], text_layer):
        if para is None:
            close()
            pending = None
            continue
        found = _inline_labels(para.text)
        opens, marker_number = _opening(para.text, found)
        if opens:  # the paragraph is labels ("- Đơn vị chủ trì: …", "1. Nhiệm vụ: …")
            field = found[0][2]
            if current is None or (field == "content" and current.has("content")) or (field == "lead" and current.has("lead")):
                close()
                if field == "content" or pending is None:
                    current = _Item("", marker_number if field == "content" else None, [h for _, h in stack])
                else:
                    number, title = _marker(pending.text.replace("\n", " "))
                    current = _Item(title, number, pending_path)
                    current.lines.extend(pending.lines)
                pending = None
        elif found:  # a title, then its labels ("a) Ban hành … . Cơ quan chủ trì: …; thời gian: …")
            close()
            number, title = _marker(para.text[:found[0][0]].replace("\n", " "))
            current = _Item(title.strip(" .;:"), number, [h for _, h in stack])
            pending = None
        else:
            close()
            if pending is not None and pending.level is not None and para.level is None and not _END.search(pending.text) \
                    and _marker(para.text)[1] == para.text and not para.after_blank:
                # (a heading a blank line ends, as Markdown and Word print them, is whole: the text under it is none of it)
                # a heading wrapped onto a line that opens in capitals ("4. Tuyên truyền … và tổ chức" /
                # "Ngày hội văn hóa số …"): still the title of the labels that may follow
                pending.lines.extend(para.lines)
                pending.text = f"{pending.text}\n{para.text}"
                continue
            if para.level is not None:
                stack = [x for x in stack if x[0] < para.level]
                pending_path = [h for _, h in stack]
                stack.append((para.level, para.text.replace("\n", " ")))
            elif _same_run(pending, para):
                # two paragraphs of one measure before its labels ("- Tăng cường …" / "- Nâng cao …" / "Đơn vị
                # thực hiện: …"): the labels are both's
                pending.lines.extend(para.lines)
                pending.text = f"{pending.text}\n{para.text}"
                continue
            else:
                pending_path = [h for _, h in stack]
            pending = para if len(para.text) <= _MAX_TITLE else None
            continue
        current.lines.extend(para.lines)
        for k, (at, value_at, field, label, _number) in enumerate(found):
            stop = found[k + 1][0] if k + 1 < len(found) else len(para.text)
            value = para.text[value_at:stop].replace("\n", " ")
            current.labels.append([field, label, " ".join(value.split()).strip(" ;,").removesuffix(".")])
    close()
    if not items:
        return [], None

    numbers = [it.number for it in items if it.number]
    restarted = len(numbers) != len(set(numbers))
    rows: list[TableRow] = []
    seen_labels: dict[str, str] = {}
    for it in items:
        fields: dict = {}
        columns: dict[str, str] = {}
        for field, label, value in it.labels:
            if not value:
                continue
            columns[label if label not in columns else f"{label} ({len(columns) + 1})"] = value
            seen_labels.setdefault(label, field)
            # "Chủ trì: X; phối hợp: Y" on one line: each body under its role, as in a table cell
            roles = split_roles(f"{label}: {value}") if field in ("lead", "coordinating") else None
            for key, part in (roles or {field: value}).items():
                if key in _FIELDS:
                    fields[key] = f"{fields[key]}; {part}" if key in fields else part
        title = it.title.strip()
        if title and len(title) <= _MAX_TITLE:
            fields["content"] = f"{title}: {fields['content']}" if fields.get("content") and title != fields["content"] else fields.get("content") or title
        if not fields.get("content"):
            continue
        fields["number"] = it.number
        rows.append(_text_task(doc_id, prefix, it.path, it.number, fields, columns, it.lines, page_of_line,
                               source="labelled", tail=f"{it.number}|{it.lines[0].line_start}", restarted=restarted,
                               text="\n".join(squash(strip_markup(x.text)) for x in it.lines)))
    columns = [ColumnReport(label=label, role=field if field in _FIELDS else "other", basis="label")
               for label, field in seen_labels.items()]
    return rows, _text_report(rows, prefix, "nhiệm vụ nêu trong văn bản (mục có nhãn)", columns)


def _text_report(rows: list[TableRow], prefix: str | None, what: str, columns: list[ColumnReport]) -> TableReport | None:
    """The ingest report of task rows read from the text, as a table's ("Mục IV … – <what>"); None
    when there are none."""
    if not rows:
        return None
    return TableReport(caption=f"{rows[0].appendix} – {what}", appendix=prefix, kind="task", rows=len(rows),
                       columns=columns, line_start=rows[0].line_start, page=rows[0].page)


# ------------------------------------------------------------------ tasks assigned in a sentence

#: "Giao Sở Tài chính chủ trì, …", "Sở Nội vụ chủ trì, phối hợp với …": a body given a task in a
#: sentence of the text (the body opens the sentence, after "Giao" or alone)
_ASSIGNED = re.compile(r"^(?:Giao\s+)?(?P<lead>[A-ZĐÀ-Ỹ][^,;.:()\n]{1,90}?)\s+chủ trì\b", re.IGNORECASE)
#: what a body assigned in a sentence is to do, after the bodies it works with ("phối hợp với X, Y
#: tham mưu …"): the bodies end at a comma, a semicolon or the first of these verbs
_TASK_VERB = (r"tham mưu|xây dựng|triển khai|tổ chức|thực hiện|hoàn thành|ban hành|trình|rà soát|nâng cấp|cập nhật|"
              r"vận hành|hướng dẫn|đánh giá|theo dõi|bảo đảm|đảm bảo|đôn đốc|kiểm tra|lập|phát triển|số hóa|kết nối|"
              r"tích hợp|công bố|cung cấp|bố trí|thiết lập|tuyên truyền|đào tạo|chuẩn hóa|làm sạch|thí điểm|đầu tư|"
              r"mở rộng|duy trì|ứng dụng|nghiên cứu|khảo sát|tổng hợp|báo cáo|giám sát|quản lý|thu thập")
_PARTNERS = re.compile(r"\bphối hợp với\s+(?P<co>.{3,160}?)(?=\s*(?:,(?!\s*(?:ban|ngành|đoàn thể|địa phương)\b)|[;.])"
                       r"|\s+(?:để|nhằm)\b|\s+(?:" + _TASK_VERB + r")\b)")
#: when it is due: "hoàn thành trong Quý III/2026", "thời hạn: tháng 6/2027", "trước ngày 30/6/2027"
_DUE = re.compile(r"\b(?:hoàn thành|thời hạn(?: hoàn thành)?|thời gian(?: hoàn thành)?)\s*(?:trong|trước|vào|:)?\s*"
                  r"(?P<due>(?:ngày|tháng|năm|quý|giai đoạn)\s+[^,;.()]{0,24}?\d{4}|\d{1,2}/\d{1,2}(?:/\d{4})?"
                  r"|thường xuyên|hằng năm|hàng năm)(?![\d/])"
                  r"|\btrước ngày\s+(?P<date>\d{1,2}/\d{1,2}(?:/\d{4})?)"
                  r"|\btrong (?P<within>(?:năm|quý)\s+[IVX\d/]{0,6}\d{4})(?![\d/])", re.IGNORECASE)
#: the parts of a plan that set its tasks, and those that share out carrying it out (headings, folded)
_TASKS_SECTION = re.compile(r"\b(?:nhiem vu|giai phap|phan cong)\b")
_DUTIES_SECTION = re.compile(r"\b(?:to chuc thuc hien|kinh phi)\b")
#: a lead that names no body: "các cơ quan", "đơn vị" (… chủ trì: the ones that lead)
_GENERIC_LEAD = re.compile(r"^(?:cac\s+)?(?:co quan|don vi)(?:\s+duoc giao)?$")
#: a sentence's end: a full stop before a capital, an item marker or the end
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ(\-–+•])")


def assigned_tasks(
    lines: list[LogicalLine], start: int, end: int, *, doc_id: str, prefix: str | None, page_of_line=None,
    skip: set[int] | None = None, text_layer: bool = True,
) -> tuple[list[TableRow], TableReport | None]:
    """Task rows of the sentences between ``lines[start:end]`` that give a body a task ("Giao Sở X
    chủ trì, phối hợp với Y …, hoàn thành trong Quý III/2026."): the body leads, the bodies it works
    with coordinate, the time it is due is the deadline and the sentence, verbatim, is the task.
    Lines in ``skip`` (items read as labelled tasks already) are left out. The text stays in the
    narrative too."""
    from ingest.parsing.tables import cell_kind

    skip = skip or set()
    stack: list[tuple[float, str]] = []
    rows: list[TableRow] = []
    for para in _paragraphs(lines[start:end], text_layer):
        if para is None or any(x.line_start in skip for x in para.lines):
            continue
        number, body = _marker(para.text.replace("\n", " "))
        sentences = [s.strip() for s in _SENTENCE_END.split(body) if s.strip()]
        found = []
        for k, sentence in enumerate(sentences):
            m = _ASSIGNED.match(_marker(sentence)[1])
            lead = m and m.group("lead").strip()
            # "Các cơ quan chủ trì báo cáo …": the lead bodies of the tasks named before, no body
            if lead and cell_kind(lead) == "agency" and len(lead.split()) <= 14 and not _GENERIC_LEAD.match(fold(lead)):
                found.append((k, sentence, lead))
        if not found:
            if para.level is not None:
                stack = [x for x in stack if x[0] < para.level] + [(para.level, para.text.replace("\n", " "))]
            continue
        path = [h for _, h in stack]
        where = fold(" ".join([prefix or "", *path]))
        if not _TASKS_SECTION.search(where) or _DUTIES_SECTION.search(where):
            # a plan's tasks are set in its part on tasks; "Sở X chủ trì, theo dõi việc thực hiện Kế
            # hoạch" under "Tổ chức thực hiện" or "Kinh phí" is a duty of carrying the plan out
            continue
        for k, sentence, lead in found:
            fields: dict = {"content": sentence, "lead": lead}
            partners = _PARTNERS.search(sentence)
            if partners:
                fields["coordinating"] = partners.group("co").strip()
            due = _DUE.search(sentence)
            if due:
                fields["deadline"] = (due.group("due") or due.group("date") or due.group("within")).strip()
            own = number if k == 0 else None
            fields["number"] = own
            rows.append(_text_task(doc_id, prefix, path, own, fields, {}, para.lines, page_of_line,
                                   source="assigned", tail=f"{para.lines[0].line_start}|{k}", text=sentence))
    columns = [ColumnReport(label=label, role=role, basis="sentence")
               for label, role in (("Giao … chủ trì", "lead"), ("phối hợp với", "coordinating"), ("hoàn thành", "deadline"))]
    return rows, _text_report(rows, prefix, "nhiệm vụ giao trong câu văn", columns)
