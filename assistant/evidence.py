"""Evidence selection: which table rows or passages answer a question."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence, Set as AbstractSet
from dataclasses import dataclass, field

from ingest.records import Chunk, DocumentInfo, TableRow
from ingest.text import ITEM_MARKER_TEXT
from retriever.text import fold_accents, tokenize

# Words that say what is asked rather than what it is about.
_QUESTION_WORDS = set(
    "ai nao gi bao nhieu khi nao the nao la do duoc co khong hay cho biet theo trong cua cac nhung "
    "who what which when how much many is are the of in for and to by under does do its it what's "
    "lead leads target targets agency body responsible charge deadline due plan ke hoach kh chi tieu "
    "nhiem vu indicator task muc tieu chu tri phoi hop co quan don vi thoi han hoan thanh year nam "
    "according set sets provincial tinh thanh hoa thanh hoa phu luc nhom appendix annex group part section giao "
    "hon".split()  # "hơn": a comparison asks which is more, it names no topic
)

#: An amount of money as plans write it: "1.100 triệu đồng", "12.600 tỷ", "5 billion".
#: An amount of money: "642,5 tỷ đồng", "120,0 tỷ;", "27.100 triệu đồng" — not "6,8 triệu giao dịch" nor
#: "12 nghìn hồ sơ" (a count in millions or thousands of something else)
MONEY = re.compile(r"\d[\d.,]*\s*(?:(?:tỷ|triệu|nghìn)(?:\s+(?:đồng|VND|VNĐ|USD)\b|(?!\s*[^\W\d_]))|đồng|billion|million|VND|VNĐ|USD)",
                   re.IGNORECASE)
#: A budget question asking an amount of money, not a share ("bao nhiêu tỷ đồng", "how many billion dong"); folded.
#: (a bare "dong" is no unit: "Đông Lĩnh", "Đồng Nai" fold to it too)
ASKS_AMOUNT = re.compile(r"\b(?:ty dong|trieu dong|nghin dong|(?:bao nhieu|how many|so) dong|vnd|billion|million|bao nhieu tien|how much money"
                         r"|how much (?:funding|budget|capital|investment)|how much (?:is|was|will be) (?:budgeted|allocated|invested))\b"
                         r"|\d\s*dong\b")


# Two-syllable words that say what is asked ("cơ quan nào chủ trì"), not what it is about.
_QUESTION_BIGRAMS = set(
    "co_quan quan_nao don_vi vi_nao chu_tri tri_va phoi_hop chi_tieu nhiem_vu muc_tieu thoi_han hoan_thanh "
    "bao_nhieu khi_nao the_nao ke_hoach la_gi nao_chu do_co do_don theo_ke cho_biet bao_gio nam_nao "
    "nhung_gi gom_nhung duoc_giao giao_cho giao_chi co_bao gom_bao la_bao co_may bao_gom tat_ca nhieu_chi nhieu_nhiem".split()
)


# English function words: a bigram of two of them ("in_the") says nothing about a topic.
_EN_FUNCTION_WORDS = set("in the of to for by and or is are was were a an on at with from as its it this that "
                         "what which who how does do did be".split())


# Vietnamese function words: a bigram with one of them ("vu_ve" of "nhiệm vụ về", "trong_ke" of
# "trong kế hoạch") joins two phrases, it names nothing; its syllables still count on their own.
# Homographs that also write content syllables once folded (trọng, tử, tài, độ, mã, chợ) are not listed.
_VI_FUNCTION_WORDS = set("ve cua va la cac nhung theo voi den nay hay hoac".split())


#: Weight of a query term no chunk of the index contains (an untranslated English word, "~…").
RARITY_UNSEEN = 1.0


@functools.lru_cache(maxsize=1 << 14)
def content_terms(text: str) -> frozenset[str]:
    """Accent-folded content terms (syllables and bigrams) of a text, question words removed; kept
    per text (the same sentences and row texts are read for every question), so never changed."""
    terms = set()
    for tok in tokenize(text):
        if tok != fold_accents(tok):
            continue  # keep only the folded variant of each term
        if "_" in tok:
            parts = tok.split("_")
            if tok in _QUESTION_BIGRAMS or all(p in _EN_FUNCTION_WORDS for p in parts) \
                    or any(p in _VI_FUNCTION_WORDS for p in parts):
                continue
        elif tok in _QUESTION_WORDS or len(tok) < 2:
            continue
        terms.add(tok)
    return frozenset(terms)


@functools.lru_cache(maxsize=1 << 14)
def _term_weight(term: str) -> float:
    """Bigrams weigh double; codes mixing letters and digits ("6g", "vneid2") are decisive."""
    return 3.0 if (re.search(r"\d", term) and re.search(r"[a-z]", term)) else 2.0 if "_" in term else 1.0


#: Opens a query term that stands for alternatives: one English word that the plans write in two
#: ways ("budget" → "kinh phí" or "ngân sách"); see :func:`alternatives_term`.
ALTERNATIVES = "≈"


def alternatives_term(alternatives: Sequence[AbstractSet[str]]) -> str:
    """One query term for a thing the plans may name in any of several ways, each way given by its
    content terms: a text holding one way whole covers it whole."""
    return ALTERNATIVES + "|".join(sorted(" ".join(sorted(a)) for a in alternatives))


#: Opens a query term read with its accents: a single word whose folded form the plans also print with
#: other accents ("sắn", cassava, folds to "san" of "sản phẩm"); see :func:`accented_term`.
ACCENTED = "ˆ"


def accented_term(syllable: str) -> str:
    """The query term for one syllable as printed with its accents (as :func:`tokenize` gives it)."""
    return ACCENTED + syllable


@functools.lru_cache(maxsize=4096)
def _printed_syllables(text: str) -> frozenset[str]:
    """The single words of a text as printed, lower-cased with their accents."""
    return frozenset(t for t in tokenize(text) if "_" not in t and t != fold_accents(t))


@functools.lru_cache(maxsize=4096)
def ways_of(term: str) -> tuple[frozenset[str], ...]:
    """The ways of an alternatives term, each a set of terms ("≈dnnvv|doanh doanh_nghiep …" → {dnnvv}, {doanh, …})."""
    return tuple(frozenset(a.split()) for a in term[len(ALTERNATIVES):].split("|"))


def plain_terms(query_terms: AbstractSet[str]) -> set[str]:
    """The query's terms with each alternatives term opened into the terms of all its ways."""
    out = {t for t in query_terms if not t.startswith(ALTERNATIVES)}
    for t in query_terms:
        if t.startswith(ALTERNATIVES):
            out.update(*ways_of(t))
    return out


def found_terms(query_terms: AbstractSet[str], text_terms: AbstractSet[str]) -> set[str]:
    """The query's terms a text holds: an alternatives term when the text holds a word of one of its ways."""
    return {t for t in query_terms if (any(way & text_terms for way in ways_of(t))
                                       if t.startswith(ALTERNATIVES) else t in text_terms)}


def coverage(query_terms: set[str], text: str, text_terms: set[str] | None = None,
             rarity: dict[str, float] | None = None) -> float:
    """Share of the query's content terms found in text; bigrams weigh double.

    ``rarity`` (term → weight, see ``Relevance.set_rarity``) makes a term that few chunks of the
    index contain ("grdp") count more than one that most contain ("số", "2026"). An alternatives
    term weighs as its heaviest way and counts the share of the best-covered way.
    """
    if not query_terms:
        return 0.0
    terms = text_terms if text_terms is not None else content_terms(text)

    def weight(t: str) -> float:
        w = _term_weight(t)
        return w * rarity.get(t, RARITY_UNSEEN) if rarity is not None else w

    total = hit = 0.0
    for t in query_terms:
        if t.startswith(ALTERNATIVES):
            ways = [(sum(weight(m) for m in way), sum(weight(m) for m in way if m in terms)) for way in ways_of(t)]
            w = max(whole for whole, _ in ways)
            total += w
            hit += w * max((found / whole for whole, found in ways if whole > 0), default=0.0)
            continue
        w = weight(t)
        total += w
        if t in terms or t.startswith(ACCENTED) and t[1:] in _printed_syllables(text):
            hit += w
    return hit / total if total else 0.0


@dataclass
class RowHit:
    row: TableRow
    score: float


@dataclass
class PassageHit:
    chunk: Chunk
    score: float
    sentences: list[str] = field(default_factory=list)
    #: One of the bodies a section assigns duties to: that section's heading path (said once in the answer, each
    #: body on a line of its own) and the body's heading ("" when the quoted sentence opens with its name).
    section: str = ""
    body: str = ""
    #: A document's recipients ("Nơi nhận"), when the passage quotes that list whole: counted in the answer.
    recipients: tuple[str, ...] = ()


@dataclass
class Definition:
    """A short form the plan defines ("TTPVHCC" – "Trung tâm Phục vụ hành chính công tỉnh") and the
    passage that defines it, for a short form an answer's rows print."""

    short: str
    full: str
    chunk: Chunk


@dataclass
class Evidence:
    """What the composer may state. Empty rows and passages = abstain."""

    mode: str  # row | list | count | outline | passage | meta | none
    rows: list[RowHit] = field(default_factory=list)
    passages: list[PassageHit] = field(default_factory=list)
    docs: list[DocumentInfo] = field(default_factory=list)
    reason: str = ""  # why nothing was found (for the abstention sentence)
    missing_years: list[str] = field(default_factory=list)
    #: For counts over a filtered part of a table: (doc_id, table label) → rows in that whole table.
    totals: dict[tuple[str, str], int] = field(default_factory=dict)
    #: The filters an aggregation applied, in words (shown in the answer).
    filters: list[str] = field(default_factory=list)
    #: A question counting two things ("how many recurring and how many time-bound tasks", "in
    #: group 2 and in total"): one count each, in the question's order (this evidence's own rows unused).
    parts: list["Evidence"] = field(default_factory=list)
    #: The question counts or lists the groups the rows are in ("bao nhiêu nhóm"): each level's groups are said.
    groups_asked: bool = False
    #: The parts are two sides compared by their counts ("does X or Y lead more"): the difference is said.
    compared: bool = False
    #: The row(s) holding the largest ("max") or smallest ("min") figure of the column in ``filters``.
    extreme: str = ""
    #: A field whose distinct values are counted or listed ("lead": the bodies leading the rows), or "".
    distinct: str = ""
    #: The plan's definitions of short forms the rows print in an agency's place ("lead: TTPVHCC").
    definitions: list[Definition] = field(default_factory=list)
    #: What an outline's items are ("bases": the legal bases a document's opening cites; "first basis", "last
    #: basis": the one asked; "duties": a body's bulleted duties; "bodies": the bodies a plan's text gives duties), or
    #: "" (a section's parts).
    counted: str = ""


#: (an item's number has three digits at most: "năm" / "2026." wrapped is a year going on, not item 2026)
#: The marks a bullet item opens with ("- ", "+ ", "• ", "* ").
BULLET_MARKS = r"[-+•*]"
#: A bullet line of a passage ("- Bảo vệ rừng;"): its mark and the space after it.
BULLET_LINE = re.compile(rf"^\s*{BULLET_MARKS}\s+")
_SOFT_BREAK = re.compile(rf"(?<=[^\s.;:!?])[ \t]*\n(?![ \t]*(?:{BULLET_MARKS}|\d{{1,3}}(?:\.\d+)*[.)]|[a-zđ]\)|\n))")
_SENT_SPLIT = re.compile(r"(?<=[.;!?])\s+")
_LETTER_ITEM = re.compile(r"[a-zđ]\)")
_LINE_SPLIT = re.compile(r"\n+")


_HEADING_NUMBER = re.compile(r"^(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s+")


def is_heading(sentence: str) -> bool:
    """A section heading or title line: upper-case text, or a short numbered line that ends
    without a full stop and states no figure ("2. Mục tiêu cụ thể")."""
    letters = [c for c in sentence if c.isalpha()]
    if len(letters) >= 6 and sum(c.isupper() for c in letters) / len(letters) > 0.8:
        return True
    m = _HEADING_NUMBER.match(sentence)
    if m:
        rest = sentence[m.end():].strip()
        return len(rest) <= 60 and not rest.endswith((".", ";", ":")) and not re.search(r"\d", rest)
    return False


#: A sentence that introduces what follows ("… như sau:") is quoted with at most this many of the
#: sentences after it (the items it introduces).
INTRO_FOLLOWERS = 3
#: An introduced list of bullet or numbered items is quoted with at most this many of them …
LIST_ITEMS_QUOTED = 6
#: … each item with its later sentences while it stays this short (an item of one long paragraph is quoted by its
#: opening sentences; the longest item of set 45's lists, five sentences, has about 560 characters).
LIST_ITEM_MAX_CHARS = 600


#: "gồm 03 nhóm:", "bao gồm 4 loại:", "includes three groups:" — an introducing sentence that counts its items.
_ITEMS_COUNTED = re.compile(r"\b(?:gồm|bao gồm|có|gom|bao gom|co)\s+0?(\d{1,2})\s+\w+(?:\s+\w+)?\s*:\s*$", re.IGNORECASE)
#: The most items such a sentence brings when the items carry no marker.
MAX_COUNTED_ITEMS = 8
_ITEM = re.compile(rf"^\s*(?:{BULLET_MARKS}|{ITEM_MARKER_TEXT})\s")  # a bullet or an item's marker


def _without_numbered_headings(passage: str) -> str:
    """The passage less the numbered headings that stand as paragraphs of their own ("1. Trung tâm
    Công nghệ thông tin" above a blank line): split at the number's full stop, the rest would read
    as a sentence. (A heading run on into the next line stays: its words are that line's context.)"""
    paragraphs = re.split(r"(\n[ \t]*\n)", passage)
    kept = "".join(p for p in paragraphs if not (_HEADING_NUMBER.match(p.strip()) and "\n" not in p.strip() and is_heading(p.strip())))
    return kept if kept.strip() else passage  # a passage that is only a heading keeps it


#: A sentence of clauses joined by semicolons is quoted whole when it is at most this long; a longer
#: one by the clauses that answer ("(16) Năm 2027, hoàn thành nâng cấp …; dung lượng lưu trữ đạt
#: 2.000 TB vào năm 2028." — the year or the last item of a list is in the clause after the first).
CLAUSE_SENTENCE_MAX = 400


def unwrapped_lines(passage: str) -> list[str]:
    """The passage's lines, those a PDF extraction or a hard-wrapped transcription broke inside a sentence
    joined again ("- Hoàn thành … cho toàn\nbộ các khu …" is one bullet); a bullet or a numbered item starts
    a line of its own."""
    return _LINE_SPLIT.split(_SOFT_BREAK.sub(" ", passage))


def _sentence_parts(line: str) -> list[str]:
    """A line split after ".", ";", "!" and "?" — not after a period that a word in lower case goes on from ("AI,
    IoT, Big Data,... để nâng cao …", "v.v. và …"), unless that word is a lettered item's mark ("b) Hỗ trợ …")."""
    out: list[str] = []
    for part in _SENT_SPLIT.split(line):
        if out and out[-1].rstrip().endswith(".") and part[:1].islower() and not _LETTER_ITEM.match(part):
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return out


def _clause_lines(passage: str) -> list[tuple[str, bool, bool]]:
    """The passage's sentences and clauses (split after ".", ";", "!", "?" and at line breaks), each with whether
    it is a clause ending in ";" that the next one goes on from on the same line (one sentence of clauses, not
    the items of a list) and whether it opens its line (a bullet's or a paragraph's first sentence, not an item's
    second). Lines wrapped by a PDF extraction continue their sentence; bullets and numbered items do not."""
    out: list[tuple[str, bool, bool]] = []
    for line in unwrapped_lines(passage):
        parts = [s for s in _sentence_parts(line) if len(s.strip()) > 3]
        out.extend((part, part.rstrip().endswith(";") and k + 1 < len(parts), k == 0) for k, part in enumerate(parts))
    return out


def _clauses(passage: str) -> list[tuple[str, bool]]:
    """(sentence or clause, goes on to the next) of the passage: see _clause_lines."""
    return [(part, link) for part, link, _ in _clause_lines(passage)]


def _pieces(passage: str) -> list[str]:
    return [piece for piece, _ in _clauses(passage)]


def sentences(passage: str) -> list[str]:
    """The passage's sentences and clauses, lines a PDF or a transcription wrapped joined (see _clauses)."""
    return [s.strip(" -+•\t") for s in _pieces(passage)]


def opening_sentences(passage: str, n: int = INTRO_FOLLOWERS) -> list[str]:
    """The first ``n`` sentences or items of a passage (what a "… như sau:" before it introduces)."""
    return sentences(passage)[:n]


#: A lead-in line ("- Lĩnh vực chất thải", "Giai đoạn 2012 - 2015") has two words and at most this many: a
#: short line ending without punctuation that names what the sentences under it are about (the sector
#: lines of the real decision 1775 have 3–8 words; chosen by reading, not tuned).
LEAD_IN_MAX_WORDS = 10
#: A sentence is taken for one an earlier passage already holds only when at least this long ("5%" is in
#: many).
SEEN_MIN_CHARS = 20


def is_lead_in(piece: str) -> bool:
    """A short line, bulleted or not, that ends without punctuation and is no numbered heading: the
    topic the sentences under it state something of ("- Lĩnh vực chất thải" over "Mục tiêu giảm phát
    thải khí nhà kính so với năm 2005: 5%")."""
    text = BULLET_LINE.sub("", piece).strip()
    words = text.split()
    return (2 <= len(words) <= LEAD_IN_MAX_WORDS and text[-1:].isalnum() and text[:1].isupper()
            and not _HEADING_NUMBER.match(text))


def lead_ins(pieces: list[str], headings: list[bool]) -> list[int | None]:
    """For each piece of a passage, the lead-in line it stands under (its index), or None: the last lead-in
    above it with no heading between. A lead-in-shaped line followed by another is no lead-in (a run of short
    unpunctuated lines is a list, not topics with text under them): the pieces under it stay under the
    lead-in before."""
    out: list[int | None] = []
    current: int | None = None
    for i, piece in enumerate(pieces):
        if headings[i]:
            current = None
            out.append(None)
            continue
        if is_lead_in(piece) and i + 1 < len(pieces) and not is_lead_in(pieces[i + 1]) and not headings[i + 1]:
            current = i
            out.append(None)
            continue
        out.append(current)
    return out


def focus(passage: str, query_terms: set[str], wants: re.Pattern | None = None, seen: str = "") -> float:
    """How much of the question one sentence of the passage covers (with the lead-in it stands under):
    the best sentence's coverage — among sentences stating what ``wants`` (a figure, a date) when
    given, and not already in ``seen`` (the passages chosen before it; chunks overlap) — a passage
    that says the answer in one place, not one whose words are spread over its lines. (Unlike
    best_sentences, which picks among one passage's sentences, the lead-in counts even when it is the
    passage's only one: it is what this passage is about, against the others.)"""
    clauses = _clauses(_without_numbered_headings(passage))
    # clauses of one sentence joined by semicolons are read as that sentence
    pieces: list[str] = []
    joined = False
    for piece, link in clauses:
        if joined and pieces:
            pieces[-1] = f"{pieces[-1]} {piece}"
        else:
            pieces.append(piece)
        joined = link
    sents = [s.strip(" -+•\t") for s in pieces]
    if not sents:
        return 0.0
    headings = [is_heading(s) for s in sents]
    leads = lead_ins(pieces, headings)
    already = " ".join(seen.split())
    best = 0.0
    for i, sentence in enumerate(sents):
        said = " ".join(sentence.split())
        if headings[i] or wants is not None and not wants.search(sentence) \
                or already and len(said) >= SEEN_MIN_CHARS and said in already:
            continue
        terms = content_terms(sentence)
        if leads[i] is not None:
            terms |= content_terms(sents[leads[i]])
        best = max(best, coverage(query_terms, sentence, terms))
    return best


def _sentence_span(links: list[bool], headings: list[bool], i: int, j: int, taken: AbstractSet[int]) -> tuple[int, int]:
    """The clauses ``i``..``j`` widened to their whole sentence: the clauses joined to them by semicolons
    (``links``), not past a heading nor back into clauses already quoted."""
    first, last = i, j
    while first > 0 and links[first - 1] and first - 1 not in taken:
        first -= 1
    while links[last] and last + 1 < len(links) and not headings[last + 1]:
        last += 1
    return first, last


def sentences_saying(passage: str, says: Callable[[str], bool]) -> list[str]:
    """The passage's sentences with a clause that ``says`` holds for, each whole when its clauses are joined by
    semicolons and it is short enough (as :func:`best_sentences` quotes a clause), in their order."""
    clauses = _clauses(_without_numbered_headings(passage))
    pieces = [piece.strip(" -+•\t") for piece, _ in clauses]
    links = [link for _, link in clauses]
    headings = [is_heading(p) for p in pieces]
    out: list[str] = []
    taken: set[int] = set()
    for i, piece in enumerate(pieces):
        if i in taken or not says(piece):
            continue
        first, last = _sentence_span(links, headings, i, i, taken)
        whole = " ".join(pieces[first:last + 1])
        if len(whole) > CLAUSE_SENTENCE_MAX:
            first, last, whole = i, i, piece
        taken.update(range(first, last + 1))
        out.append(whole)
    return out


def best_sentences(passage: str, query_terms: set[str], limit: int = 2, wants: re.Pattern | None = None,
                   rarity: dict[str, float] | None = None, parts: Sequence[AbstractSet[str]] = (),
                   part_coverage: float = 0.6) -> list[str]:
    """The passage's sentences that cover the query best, in their original order.

    A sentence ending in a colon brings the items it introduces. ``wants`` is what the answer
    must state (a date, a figure): a chosen sentence without it brings the next sentence when
    that one states it ("Chủ trì tổng kết việc thực hiện Kế hoạch. Hoàn thành trước ngày 20/12/2025.").
    ``rarity`` weighs the words few passages share ("tờ trình") above the common ones ("ban hành").
    ``parts``: the terms of each part of a question in several parts; the sentence that best covers a
    part (at least ``part_coverage`` of its terms) is quoted too ("… and how often does it meet").
    """
    clauses = _clause_lines(_without_numbered_headings(passage))
    pieces = [piece for piece, _, _ in clauses]
    links = [link for _, link, _ in clauses]
    opens = [first for _, _, first in clauses]
    sentences = [s.strip(" -+•\t") for s in pieces]
    if not sentences:
        return []
    items = [bool(_ITEM.match(s)) for s in pieces]
    # A heading or title names a topic; it does not say anything about it.
    headings = [is_heading(s) for s in sentences]
    eligible = [i for i, h in enumerate(headings) if not h] or list(range(len(sentences)))
    terms_of = {i: content_terms(sentences[i]) for i in eligible}  # once per sentence, for both scores
    # a sentence under a lead-in line is about the lead-in's topic too ("Mục tiêu … so với năm 2005: 5%"
    # under "- Lĩnh vực chất thải"): scored with its words, and quoted with it when they made the match
    leads = lead_ins(pieces, headings)
    led: set[int] = set()
    # (only where two lead-ins or more part the passage: one over all of it, a title, tells no sentence
    # from another)
    for i in eligible if len({leads[i] for i in eligible} - {None}) >= 2 else ():
        k = leads[i]
        if k is not None and k in terms_of:
            own = coverage(query_terms, sentences[i], terms_of[i])
            with_lead = terms_of[i] | terms_of[k]
            if coverage(query_terms, sentences[i], with_lead) > own:
                terms_of[i] = with_lead
                led.add(i)
    scored = [(coverage(query_terms, sentences[i], terms_of[i]), i) for i in eligible]
    top = sorted(scored, key=lambda x: (-x[0], x[1]))[:limit]
    top = [t for t in top if t[0] > 0] or top[:1]
    best = top[0][0]
    picked = {i for score, i in top if score >= 0.5 * best}
    if rarity is not None:  # and the sentences holding the question's rarest words ("tờ trình")
        rare = sorted(((coverage(query_terms, sentences[i], terms_of[i], rarity=rarity), i) for i in eligible),
                      key=lambda x: (-x[0], x[1]))[:2]
        picked |= {i for score, i in rare if score > 0 and score >= 0.5 * rare[0][0]}
    for part in parts:
        cover, i = max(((coverage(part, sentences[i], terms_of[i]), i) for i in eligible), key=lambda x: (x[0], -x[1]))
        if cover >= part_coverage:
            picked.add(i)
    picked = sorted(picked)
    out: list[str] = []
    taken: set[int] = set()
    for i in picked:
        if i in taken:
            continue
        text, j = sentences[i], i
        if text.endswith(":") and j + 1 < len(sentences) and (items[j + 1] or not headings[j + 1]):
            # the introduced list: its bullet or numbered items (a short one reads like a title: "a) Ngân
            # sách trung ương"), or else the one sentence after it
            j += 1
            text = f"{text} {sentences[j]}"
            # "… gồm 03 nhóm:" over items a Word list numbers by itself (no marker in the text): as many
            # sentences as it counts
            counted = _ITEMS_COUNTED.search(sentences[i])
            more = min(int(counted.group(1)), MAX_COUNTED_ITEMS) if counted else 0
            listed, item_chars = (1, len(sentences[j])) if items[j] else (0, 0)
            while j + 1 < len(sentences) and (listed and not headings[j + 1] and (
                    items[j + 1] and listed < LIST_ITEMS_QUOTED
                    or not items[j + 1] and not opens[j + 1] and item_chars + len(sentences[j + 1]) <= LIST_ITEM_MAX_CHARS)
                    or j - i < more and (items[j + 1] or not headings[j + 1])):
                # (an item of several sentences is quoted whole, to LIST_ITEM_MAX_CHARS: "+ Phát triển … du lịch.
                # Chú trọng … Hình thành …")
                j += 1
                listed, item_chars = (listed + 1, len(sentences[j])) if items[j] else (listed, item_chars + len(sentences[j]))
                text = f"{text} {sentences[j]}"
        if wants is not None and not wants.search(text) and j + 1 < len(sentences) and not headings[j + 1] \
                and wants.search(sentences[j + 1]):
            j += 1
            text = f"{text} {sentences[j]}"
        # a clause of a sentence joined by semicolons: the whole sentence, when it is short enough
        picked_at = i
        first, last = _sentence_span(links, headings, i, j, taken)
        whole = " ".join(sentences[first:last + 1])
        if (first, last) != (i, j) and len(whole) <= CLAUSE_SENTENCE_MAX and not text.endswith(":"):
            text, i, j = whole, first, last
        lead = leads[picked_at] if picked_at in led else None
        if lead is not None and lead not in taken and lead not in picked:
            out.append(sentences[lead])  # the lead-in it stands under, which made it the match
            taken.add(lead)
        taken.update(range(i, j + 1))
        out.append(text)
    return out
