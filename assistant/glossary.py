"""Bilingual domain vocabulary: agency aliases and English → Vietnamese query terms.

The vocabulary itself is data (``assistant/data/vocabulary.json``); this module reads it.

This is general vocabulary of Vietnamese public administration (agency names and the
terms plans use), not answers: it lets an English question reach Vietnamese rows, and
lets answers gloss Vietnamese agency names in English.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

from retriever.text import fold_accents

_DATA = Path(__file__).with_name("data") / "vocabulary.json"
#: A broad English → Vietnamese vocabulary of public administration and digital transformation,
#: written apart from any question set (see its "_about").
_GENERAL = Path(__file__).with_name("data") / "glossary_general.json"


def _load_vocabulary() -> dict:
    with _DATA.open(encoding="utf-8") as fh:
        vocab = json.load(fh)
    with _GENERAL.open(encoding="utf-8") as fh:
        vocab["terms"] = [*vocab["terms"], *json.load(fh)["terms"]]
    return vocab


_VOCAB = _load_vocabulary()

#: canonical Vietnamese name -> (English gloss, other names in either language)
AGENCIES: dict[str, tuple[str, tuple[str, ...]]] = {
    a["name"]: (a["en"], tuple(a["aliases"])) for a in _VOCAB["agencies"]
}

#: English phrase (regex on the lower-cased question) -> Vietnamese words for it.
EN_VI: list[tuple[str, str]] = [(t["en"], t["vi"]) for t in _VOCAB["terms"]]

#: English acronyms, matched as written ("IT", not the pronoun "it") -> Vietnamese words.
EN_ACRONYMS: dict[str, str] = dict(_VOCAB.get("en_acronyms", {}))

#: field name -> accent-folded words that ask for it.
FIELD_CUES: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _VOCAB["field_cues"].items()}
#: Names holding a field's cue word that ask no field ("civil status"): read as names, not cues.
FIELD_CUE_COMPOUNDS: tuple[str, ...] = tuple(_VOCAB["field_cue_compounds"]["names"])

#: accent-folded words that mark a question as continuing the previous one ("còn năm 2025 thì sao?").
FOLLOWUP_CUES: tuple[str, ...] = tuple(_VOCAB["followup_cues"])

#: accent-folded words asking about a body's part in a row whichever its role ("tham gia", "take part",
#: "whether leading or coordinating"): a count or list by agency then takes lead and coordinating rows.
PARTICIPATION_CUES: tuple[str, ...] = tuple(_VOCAB["participation_cues"])
#: accent-folded words that make "chuyển đổi số năm 2026" after them a measurement's year ("mức độ chuyển
#: đổi số năm 2026", "kết quả đánh giá …"), not a plan named by its year.
MEASUREMENT_WORDS: tuple[str, ...] = tuple(_VOCAB["measurement_words"])
#: Vietnamese words that say an amount of money is asked or allotted ("kinh phí", "bố trí", "phân bổ"),
#: beside FIELD_CUES['budget']: they are no topic whose money is asked.
MONEY_WORDS: tuple[str, ...] = tuple(_VOCAB["money_words"])
#: accent-folded words asking where money comes from ("sources of funding", "nguồn vốn"): what funds a thing,
#: not how much — a sentence naming the sources answers without an amount.
FUNDING_SOURCE_CUES: tuple[str, ...] = tuple(_VOCAB["funding_source_cues"])
#: Words that count anyone or anything ("how many people", "bao nhiêu người") or a measure's steps
#: ("how many places did it climb", "bao nhiêu bậc"): a sentence counting "cán bộ" or "học viên", or
#: saying "tăng 5 bậc", counts them too, so the things counted are not checked by their name.
COUNT_NOUNS_ANY: frozenset[str] = frozenset(_VOCAB["count_nouns_any"])
#: Words (lower-cased, with accents) that may follow "nhóm" when a table's groups are asked ("những nhóm nào", "bao nhiêu nhóm
#: nội dung"); another noun after it ("những nhóm sản phẩm nào") names groups of something else.
GROUP_WORDS_VI: tuple[str, ...] = tuple(_VOCAB["group_words_vi"]["words"])
#: Kinds of legal act, accent-folded ("nghi dinh") → as printed ("nghị định"), longest first: the groups of a
#: table of acts to issue or amend.
#: Words naming legal acts of any kind ("văn bản quy phạm pháp luật"): in a list of acts, every row.
LEGAL_ACT_ANY: tuple[str, ...] = tuple(_VOCAB["legal_act_kinds"]["any_kind"])
LEGAL_ACT_KINDS: dict[str, str] = {fold_accents(k).casefold().replace("đ", "d"): k for k in
                                   sorted(_VOCAB["legal_act_kinds"]["kinds"], key=len, reverse=True)}
#: Verbs after which a Vietnamese yes/no question names the thing it asks whether a plan sets ("có quy định mức thưởng … không").
YES_NO_VERBS_VI: tuple[str, ...] = tuple(_VOCAB["yes_no_verbs_vi"]["words"])
#: accent-folded phrases of instructions to the assistant rather than questions about the plans.
INSTRUCTION_CUES: tuple[str, ...] = tuple(_VOCAB["instruction_cues"])
#: patterns on the question as typed, lower-cased, of the same (see its "_instruction_patterns"): an opening "ignore
#: the documents …", "bỏ qua mọi hướng dẫn …", a request to write the user a text.
INSTRUCTION_PATTERNS: tuple[re.Pattern, ...] = tuple(re.compile(p) for p in _VOCAB["instruction_patterns"])
#: kind → the forms of a question asking that fact about the document itself ("how many recipients …", "who is
#: the plan addressed to"), matched on the lower-cased question beside DOCUMENT_FACT_CUES
DOCUMENT_FACT_PATTERNS: dict[str, tuple[re.Pattern, ...]] = {
    k: tuple(re.compile(p) for p in v) for k, v in _VOCAB["document_fact_patterns"].items() if not k.startswith("_")}
#: accent-folded words dating a question to a particular day around now ("ngày mai", "yesterday"): it
#: asks for live information (weather, news, prices), which no plan holds.
LIVE_INFORMATION_CUES: tuple[str, ...] = tuple(_VOCAB["live_information_cues"])
#: kind ('signer', 'date', 'issued', 'when', 'number') -> accent-folded words that ask about the document
#: itself (who signed it, when it was issued, its number); how they combine is in understanding.
DOCUMENT_FACT_CUES: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _VOCAB["document_fact_cues"].items() if not k.startswith("_")}
#: Headings any plan may have ("tổ chức thực hiện"), folded: said in a question, they name no part of one plan.
GENERIC_HEADINGS: frozenset[str] = frozenset(_VOCAB["generic_headings"]["names"])
#: Headings of the part of a plan that assigns duties to bodies ("tổ chức thực hiện"), folded: a sub-heading under
#: one names whose duties its sentences are.
DUTY_SECTIONS: tuple[str, ...] = tuple(_VOCAB["duty_sections"]["names"])
#: Words of such a sub-heading that name a procedure, not a body ("chế độ báo cáo", "kinh phí"), folded.
DUTY_PROCEDURES: tuple[str, ...] = tuple(_VOCAB["duty_sections"]["procedures"])
#: English words written with a capital wherever they stand (months, weekdays, "Vietnam"), folded.
ALWAYS_CAPITALISED_EN: frozenset[str] = frozenset(_VOCAB["always_capitalised_en"]["words"])
#: Kind of institution as printed ("Trường Đại học") -> English words for it ("university"), longest first.
INSTITUTION_KINDS: list[tuple[str, tuple[str, ...]]] = sorted(
    ((k, tuple(v)) for k, v in _VOCAB.get("institution_kinds", {}).items() if not k.startswith("_")), key=lambda kv: -len(kv[0]))
#: Words that ask to set two values side by side ("so sánh", "which comes first", "sớm hơn"), folded.
COMPARISON_CUES: tuple[str, ...] = tuple(_VOCAB["comparison_cues"])
#: English words before "plan" / "programme" that say which kind of plan, not its topic ("the new plan").
PLAN_DESCRIBERS_EN: frozenset[str] = frozenset(_VOCAB["plan_describers_en"]["words"])
#: Vietnamese verbs said of a document as its subject ("kế hoạch yêu cầu …"), with their accents: no title words follow.
DOCUMENT_VERBS_VI: tuple[str, ...] = tuple(_VOCAB["document_verbs_vi"]["words"])

_META = set("\\()[]{}?*+|.^$")


def _branches(pattern: str) -> list[str]:
    """The top-level alternatives of a regex ("a|b(?:c|d)" → ["a", "b(?:c|d)"])."""
    out, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def literal_prefixes(pattern: str) -> tuple[str, ...] | None:
    """Text that must occur wherever ``pattern`` matches: the literal start of each alternative
    ("innovat" of "innovat(?:e|ion)"), or None when some alternative starts with no literal text."""
    prefixes = []
    for branch in _branches(pattern):
        lit = ""
        for j, ch in enumerate(branch):
            if ch in _META:
                break
            if j + 1 < len(branch) and branch[j + 1] in "?*{":
                break  # an optional character ends what must occur
            lit += ch
        if len(lit) < 2:
            return None
        prefixes.append(lit)
    return tuple(prefixes)


#: (compiled pattern, Vietnamese, literal starts that must occur in the text for it to match or None)
_EN_VI = [(re.compile(rf"\b(?:{pat})\b"), vi, literal_prefixes(pat)) for pat, vi in EN_VI]
#: the patterns of the glossary's idioms, whose words are not read apart ("in charge": not a fee's "charge")
_WHOLE_RX = frozenset(rx for (rx, _, _), term in zip(_EN_VI, _VOCAB["terms"]) if term.get("whole"))
#: The Vietnamese of the entries that name a concrete thing (a product, crop or animal: "mắc ca"): a question
#: naming one the plans do not print asks about something they do not list.
THING_VI: frozenset[str] = frozenset(term["vi"] for term in _VOCAB["terms"] if term.get("thing"))


#: every literal start once, for one substring test each per text
_EN_VI_LITERALS = tuple(sorted({lit for _, _, lits in _EN_VI for lit in lits or ()}))


def _en_vi_in(text: str) -> list[tuple[re.Pattern, str]]:
    """The glossary entries that may match ``text``: those whose literal start occurs in it (a
    substring test per literal instead of a regex search per entry; same matches)."""
    present = {lit for lit in _EN_VI_LITERALS if lit in text}
    return [(rx, vi) for rx, vi, lits in _EN_VI if lits is None or not present.isdisjoint(lits)]
def _word_order_aliases(gloss: str) -> list[str]:
    """English puts a body's kind after its field as well: "Ministry of Home Affairs" is also "the
    Home Affairs ministry", "Department of Finance" "the Finance department"."""
    m = re.match(r"^(Ministry|Department) of (?:the )?(.+)$", gloss or "")
    return [f"{m.group(2)} {m.group(1).lower()}"] if m else []


def _field_word_aliases() -> dict[str, list[str]]:
    """English also names a body by one word of its field: "the trade ministry" (Ministry of Industry and
    Trade), "the health department" — a word no other body of the same kind has in its field."""
    fields: dict[str, tuple[str, set[str]]] = {}
    for canon, (gloss, _) in AGENCIES.items():
        m = re.match(r"^(Ministry|Department) of (?:the )?(.+)$", gloss or "")
        if m:
            # the last word of each part of the field ("Public Security" → "security", not "public")
            words = {seg.split()[-1] for seg in re.split(r",\s*|\s+and\s+", m.group(2).lower()) if seg.split()}
            words = {w for w in words if len(w) > 3 and w.isalpha() and w != "affairs"}
            fields[canon] = (m.group(1).lower(), words)
    seen: dict[tuple[str, str], int] = {}
    for kind, words in fields.values():
        for w in words:
            seen[(kind, w)] = seen.get((kind, w), 0) + 1
    return {canon: [f"{w} {kind}" for w in sorted(words) if seen[(kind, w)] == 1] for canon, (kind, words) in fields.items()}


_FIELD_WORD_ALIASES = _field_word_aliases()
_ALIAS_INDEX: list[tuple[str, str]] = sorted(
    ((fold_accents(alias).casefold(), canon) for canon, (gloss, aliases) in AGENCIES.items()
     for alias in (canon, *aliases, *_word_order_aliases(gloss), *_FIELD_WORD_ALIASES.get(canon, ()))),
    key=lambda x: -len(x[0]),
)


#: The provinces and centrally-run cities of Viet Nam, as written in Vietnamese.
PROVINCES: tuple[str, ...] = tuple(_VOCAB["provinces"])
_PROVINCE_RX = re.compile(r"\b(" + "|".join(sorted((re.escape(fold_accents(p)) for p in PROVINCES), key=len, reverse=True))
                          + r")\b")


def provinces_named(question: str) -> list[str]:
    """The provinces a question names, in either language ("tỉnh Nghệ An", "Nghe An province");
    a name counts only written as one (capitalised), so "how long an …" names no province."""
    folded = fold_accents(question)
    by_fold = {fold_accents(p): p for p in PROVINCES}
    return list(dict.fromkeys(by_fold[m] for m in _PROVINCE_RX.findall(folded)))


_LOCAL_VI = re.compile(r"(?<![\w])(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố)\s+([A-ZĐÀ-Ỹ][\wà-ỹ]*(?:\s+[A-ZĐÀ-Ỹ][\wà-ỹ]*){0,2})")
_LOCAL_EN = re.compile(r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s+(?:commune|ward|district|town|city)\b")


def local_units_named(question: str) -> list[str]:
    """The communes, wards, districts and cities a question names with their unit word ("xã Vân
    Khê", "Van Khe commune"), capitalised as names are."""
    names = [*_LOCAL_VI.findall(question), *_LOCAL_EN.findall(question)]
    asking = {"the", "this", "that", "each", "every", "which", "what", "whose", "how", "who", "where", "when", "any", "a"}
    # (the class À-Ỹ holds small letters too: "cấp xã được …" names no commune)
    # and within a name ("phường Ngọc Tuyền đặt mục tiêu": the name ends before "đặt")
    names = [capitalised_name(n) for n in names]
    return list(dict.fromkeys(n for n in names if n[:1].isupper() and n.split()[0].casefold() not in asking))


def capitalised_name(text: str) -> str:
    """The leading words of ``text`` that start with a capital ("Ngọc Tuyền đặt mục tiêu" → "Ngọc Tuyền")."""
    words = text.split()
    end = next((i for i, w in enumerate(words) if not w[:1].isupper()), len(words))
    return " ".join(words[:end])


#: "kế hoạch … của Bộ X", "Bộ X's plan", "the plan of the Ministry of X", "signed on behalf of the Ministry
#: of X" ("thay mặt Bộ X"): a ministry named as a plan's owner.
#: ("nhiệm vụ do Bộ X chủ trì" names a lead, not an owner: no row noun between, "do" only with "ban hành")
_OWNER_VI = r"(?:ke hoach|chuong trinh|de an)\s+(?:(?!(?:nhiem|chi|du|do)\b)[\w&./-]+\s+){0,6}?"
_OWNER_EN_AFTER = r"(?:plan|programme|program)\s+(?:(?!(?:led|tasks?|indicators?)\b)[\w-]+\s+){0,4}?(?:of|from)\s+(?:the\s+)?"


def _owner_pattern(alias: str) -> re.Pattern:
    a = re.escape(re.sub(r"[^\w&']+", " ", alias).strip())
    return re.compile(rf"{_OWNER_VI}(?:cua\s+{a}\b|do\s+{a}\s+ban hanh)|\b(?:on behalf of|thay mat|tm)\s+(?:the\s+)?{a}\b|"
                      rf"\b{a}'s\s+(?:[\w-]+\s+){{0,5}}?(?:plan|programme|program)\b|{_OWNER_EN_AFTER}{a}\b")


#: (pattern, canonical name) for every name of every ministry, compiled once
_OWNER_PATTERNS: list[tuple[re.Pattern, str]] = [
    (_owner_pattern(alias), canon) for alias, canon in _ALIAS_INDEX if canon.startswith("Bộ ")]


def plan_owners(question: str) -> list[str]:
    """Ministries the question names as the owner of a plan (canonical names)."""
    folded = " " + re.sub(r"[^\w&'’]+", " ", fold_accents(question).casefold()).replace("’", "'") + " "
    owners: list[str] = []
    for pattern, canon in _OWNER_PATTERNS:
        if canon not in owners and pattern.search(folded):
            owners.append(canon)
    return owners


#: A body's kind as an English name writes it, capitalised ("People's Committee", "Department of …").
_BODY_WORD = re.compile(r"\b(?:Committee|Department|Ministry|Office|Centre|Center|Police|Council|Agency|Bank|Inspectorate|"
                        r"Union|Association|Fund|Authority|Board)\b")
#: The words a Vietnamese body's name opens with ("Sở Y tế", "Văn phòng Tỉnh ủy", "Công an tỉnh").
AGENCY_KEYWORDS = ("Sở", "Công an", "Văn phòng", "Ban", "Trung tâm", "UBND", "Ủy ban", "Uỷ ban", "Ngân hàng", "Thanh tra",
                   "Trường", "Viện", "Bộ", "Cục", "Vụ", "Hội đồng", "Tỉnh ủy", "Tỉnh uỷ")
#: Keywords that are ordinary words unless a capitalised name follows ("Ban hành", "Bộ chỉ số", "vụ việc").
AGENCY_NEEDS_NAME = frozenset({"Sở", "Ban", "Trường", "Viện", "Bộ", "Cục", "Vụ", "Hội đồng"})


def _glossary_matches(q: str) -> list[tuple[re.Match, str]]:
    """Every place a glossary phrase occurs in ``q`` (overlapping ones included), in order."""
    found = []
    for pattern, vi in _en_vi_in(q):
        found.extend((m, vi) for m in pattern.finditer(q))
    found.sort(key=lambda x: x[0].start())
    return found


def _outside_names(found: list[tuple[re.Match, str]], original: str) -> list[tuple[re.Match, str]]:
    """The glossary phrases less the words inside a body's name: "the provincial People's Committee"
    is UBND tỉnh, not also "people" (người dân); "Department of Information and Communications" is
    that Sở, not also "department" (phòng). Other phrases keep their parts ("electronic health" and
    "health"). ``original`` is the text the matches were found in, with its capitals."""
    names = [(m.start(), m.end()) for m, vi in found if re.search(r"[\s-]", m.group(0).strip()) and (
        m.re in _WHOLE_RX or find_agencies(m.group(0)) or find_agencies(vi) or _BODY_WORD.search(original[m.start():m.end()]))]
    return [(m, vi) for m, vi in found
            if not any(start <= m.start() and m.end() <= end and (start, end) != (m.start(), m.end()) for start, end in names)]


@functools.lru_cache(maxsize=4096)
def translations(question: str) -> tuple[tuple[str, str], ...]:
    """(English words as found, Vietnamese terms) for each glossary entry a question holds, the
    longest phrase where phrases overlap; an entry found twice is given once."""
    q = question.casefold()
    q = f"{q} {_HYPHEN_JOINED.sub(' ', q)}"  # "digital-skills" is "digital skills" too
    found = []
    for m, vi in _outside_names(_glossary_matches(q), f"{question} {question}"):  # the same places as q's two copies
        if (m.group(0), vi) not in found:
            found.append((m.group(0), vi))
    for acronym, vi in EN_ACRONYMS.items():
        if re.search(rf"(?<![\w&]){re.escape(acronym)}(?![\w&])", question):
            found.append((acronym, vi))
    return tuple(found)


def translate_terms(question: str) -> str:
    """Vietnamese terms for the English domain phrases in a question (for lexical search), one
    phrase from the next apart by a comma: words of two phrases make no pair ("phụ lục, số" is no
    "lục số")."""
    return ", ".join(vi for _, vi in translations(question))


def _possessive_apart(text: str) -> str:
    """"ministry of health's plan" → "ministry of health 's plan": a possessive ends the name before it."""
    return re.sub(r"(\w)['’]s\b", r"\1 's", text)


def _padded(text: str) -> str:
    """" w1 w2 … ": folded words, possessives apart, for whole-name containment."""
    return " " + re.sub(r"[^\w&']+", " ", _possessive_apart(text)) + " "


_SINGULAR = {"departments": "department", "ministries": "ministry", "committees": "committee", "offices": "office",
             "centres": "centre", "centers": "center", "inspectorates": "inspectorate"}
_SINGULAR_BODY = re.compile(r"\b(" + "|".join(_SINGULAR) + r")\b")


def find_agencies(text: str) -> list[str]:
    """Canonical agency names mentioned in text, in either language (longest alias first)."""
    # a body of each province named in the plural ("the provincial Departments of Industry and Trade") is
    # that body's name
    folded = _padded(_SINGULAR_BODY.sub(lambda m: _SINGULAR[m.group(1)], fold_accents(text).casefold()))
    found: list[str] = []
    for a, canon in _PADDED_ALIASES:
        if a in folded and canon not in found:
            found.append(canon)
            folded = folded.replace(a, " ")
    return found


_PADDED_ALIASES: list[tuple[str, str]] = [(_padded(alias), canon) for alias, canon in _ALIAS_INDEX]


def agency_aliases(name: str) -> list[str]:
    """The other names the vocabulary knows for an agency ("Sở KH&CN", "BHXH"): the names a plan's
    table may print instead."""
    entry = AGENCIES.get(name)
    return list(entry[1]) if entry is not None else []


def english_gloss(vietnamese_name: str) -> str | None:
    """English gloss of a Vietnamese agency name when the name is (or starts with) a known agency."""
    key = fold_accents(vietnamese_name).casefold().strip(" .;")
    for canon, (gloss, aliases) in AGENCIES.items():
        for alias in (canon, *aliases):
            if fold_accents(alias).casefold() == key:
                return gloss
    return None


_EN_GENERIC = set("""
what which who whom whose when where why how does do did is are was were be been being the a an of in on at to for
from by with under into about according and or not no yes its it this that these those there their they them his her
must should will would could can may might shall have has had set sets given give listed named mentioned state states
stated say says plan plans planned programme program provincial province vietnam target targets targeted
value values level levels number numbers many much share rate percentage proportion expected expect reach reached
achieve achieved lead leads leading led responsible responsibility charge agency agencies body bodies department
departments unit units office indicator indicators task tasks item items row rows appendix annex part section year
years month months date deadline due time period complete completed completion finish finished issue issued
document documents action resolution decision committee people's party standing which main also each every any all
other others same new current currently status baseline march june december january time total overall assigned
assign monitors monitor monitoring tracks track tracking coordinate coordinates coordinating coordination support
involved involve what's who's whats whos required require requires requirement minimum maximum least most
""".split())


#: a hyphen joining two words ("digital-skills", not "e-commerce" alone: both are tried)
_HYPHEN_JOINED = re.compile(r"(?<=[a-z]{2})-(?=[a-z]{2})")


def untranslated_words(question: str) -> list[str]:
    """English content words of a question that the domain glossary does not translate."""
    q = re.sub(r"[\"“”„«»][^\"“”„«»]*[\"“”„«»]|\([^()]*\)", " ", question.casefold())
    q = _HYPHEN_JOINED.sub(" ", q)
    q = re.sub(r"['’]s\b", "", q)  # "economy's" is "economy"
    for m, _ in sorted(_glossary_matches(q), key=lambda x: x[0].start() - x[0].end()):  # a word inside a translated phrase ("digital" of "digital economy") is translated
        q = q[:m.start()] + " " * (m.end() - m.start()) + q[m.end():]
    out = []
    for word in re.findall(r"[a-z][a-z'-]{3,}", q):
        if word in _EN_GENERIC or word.rstrip("s") in _EN_GENERIC:
            continue
        if find_agencies(word):
            continue
        out.append(word)
    return out


#: The things a table's caption says it lists, folded: "danh muc [du kien] [cac] van ban …" → "van ban"; two
#: lists joined by a comma ("nhiệm vụ, dự án") both.
_LISTED_NOUNS = re.compile(r"\b(?:danh muc|danh sach) (?:du kien )?(?:cac )?(\w+ \w+)"
                           r"|\bphan bo(?: \w+){0,10} cho (?:cac )?(\w+ \w+(?:(?: \w+){0,4}, (?:cac )?\w+ \w+)*)")
#: Nouns of the bodies a caption names as doers ("giao cho các đơn vị"): who, not what the rows are.
_BODY_NOUNS = frozenset({"don vi", "co quan", "so nganh", "so ban", "bo nganh", "dia phuong"})


def listed_nouns(caption: str | None) -> list[str]:
    """The folded nouns a table's caption says it lists: "DANH MỤC DỰ ÁN ĐẦU TƯ …" → ["du an"],
    "Danh mục các nhiệm vụ, dự án" → ["nhiem vu"] (its first), "DANH SÁCH CƠ SỞ …" → ["co so"], "PHÂN BỔ HẠN
    NGẠCH … CHO CÁC NHÀ MÁY NHIỆT ĐIỆN, CƠ SỞ SẢN XUẤT …" → ["nha may", "co so"] (what is allocated goes to each row)."""
    from ingest.text import fold_words

    # (each noun listed is an item's first two words: "nhà máy" of "nhà máy nhiệt điện, cơ sở sản xuất …")
    folded = ", ".join(fold_words(part) for part in (caption or "").split(","))  # (its commas kept)
    nouns = [" ".join(n.split()[:2]) for m in _LISTED_NOUNS.finditer(folded)
             for n in re.sub(r"(?:^|(?<=, ))cac ", "", m.group(1) or m.group(2)).split(",") if len(n.split()) >= 2]
    return [n for n in nouns if n not in _BODY_NOUNS]
