"""Question understanding (Vietnamese and English): numbers, parts, years, fields, documents, agencies."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

from assistant.glossary import (capitalised_name, COMPARISON_CUES, GROUP_WORDS_VI, DOCUMENT_VERBS_VI, PLAN_DESCRIBERS_EN, DOCUMENT_FACT_CUES, DOCUMENT_FACT_PATTERNS, FIELD_CUES, FIELD_CUE_COMPOUNDS, FOLLOWUP_CUES, FUNDING_SOURCE_CUES, INSTITUTION_KINDS, INSTRUCTION_CUES, INSTRUCTION_PATTERNS,
                               LIVE_INFORMATION_CUES, MEASUREMENT_WORDS, PARTICIPATION_CUES, PROVINCES, find_agencies, translate_terms, translations)
from ingest.parsing.metadata import act_numbers
from ingest.records import DocumentInfo
from ingest.text import fold_squashed, fold_words
from retriever.text import EN_STOP_WORDS, fold_accents
from retriever.lookup import QUARTER, QUARTER_YEAR_JOIN

_VI_CHARS = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.IGNORECASE)
_NUM = r"(\d+(?:\.\d+)*)"
_PLURAL_INITIALISM = re.compile(r"\b([A-ZĐ]{2,})s\b")
#: The words that name a table row by its number: the row kind each names, and the noun it is as a table's
#: caption lists it ("DANH MỤC DỰ ÁN …" → "du an").
_ROW_WORDS = {"chi tieu": ("indicator", "chi tieu"), "indicator": ("indicator", "chi tieu"), "target": ("indicator", "chi tieu"),
              "nhiem vu": ("task", "nhiem vu"), "task": ("task", "nhiem vu"), "measures": ("task", "nhiem vu"),
              "du an": ("task", "du an"), "project": ("task", "du an")}
_ROW_KIND_OF = {word: kind for word, (kind, _) in _ROW_WORDS.items()}
#: The row nouns a question may name its rows by ("các dự án", "the projects", "tasks"; not "target")
_ROW_NOUNS_NAMED = re.compile(r"\b(" + "|".join(w for w in _ROW_WORDS if w != "target") + r")s?\b")
#: A row noun as a question says it ("target", "nhiem vu") → the folded Vietnamese noun a plan's rows and headings use.
ROW_NOUN_OF = {word: noun for word, (_, noun) in _ROW_WORDS.items()}
_ROW_WORD = r"\b(chi tieu|nhiem vu|du an|stt|indicator|target|task|project|item|row|entry|muc(?= \d[\d.]* (?:(?!cua ke hoach|cua kh)[^?]*)\b(?:phu luc|danh muc|danh sach|bang|nhom)\b))"
_ROW_REF = re.compile(_ROW_WORD + r"\s*(?:so|thu|no\.?|number|#)?\s*\(?" + _NUM + r"(?![\d/%-]|\s*[-/]\s*[a-z])")
_ROW_REF_LOOSE = re.compile(
    r"\b(chi tieu|nhiem vu|du an|indicator|task|project)(?:\s+[a-z]+){1,3}\s+(?:so|no\.?|number|#)\s*" + _NUM + r"(?![\d/%-])"
)
#: "dòng 58", "hàng số 3": a row by its number — told from "động", "hãng" only by the accents
_ROW_REF_ACCENTED = re.compile(r"(?<!\w)(?:dòng|hàng)\s+(?:số\s+|thứ\s+)?" + _NUM + r"(?![\d/%-])")
#: A count asked ("bao nhiêu", "how many"): a number after it is no row's.
_COUNT_ASKED_BEFORE = re.compile(r"\b(?:bao nhieu|how many)\b")
#: A row of an appendix by its number, the thing it lists named in any words (folded): "điểm quan trắc số 7 trong
#: Phụ lục I", "cơ sở số 12 tại phụ lục II", "monitoring point no. 7 in Annex I", "site number 3 of appendix 2".
_ROW_IN_APPENDIX = re.compile(r"(?:\bso|\bno\.?|\bnumber|#)\s*(\d{1,3})\s+(?:trong|tai|cua|o|thuoc|in|of)\s+(?:the\s+)?(?:phu luc|annex|appendix)\b")
#: "task IV.3", "nhiệm vụ II.5": the row numbered 3 in group IV (numbering that restarts in each group)
_ROW_REF_GROUPED = re.compile(_ROW_WORD + r"\s*(?:so|no\.?|number|#)?\s*([ivx]+|[a-h])\s*\.\s*" + _NUM + r"(?![\d/%-])")
#: "tasks 1 and 5", "chỉ tiêu 3, 4 và 7": rows by their numbers after one row noun (English plural or not)
_ROW_REF_LIST = re.compile(_ROW_WORD + r"s?\s+(\d{1,3}(?:\s*(?:,|and|va|&)\s*\d{1,3})+)(?![\d/%-]|\.\d)")
#: "(số 8 và số 9 nhóm V)", "numbers 2 and 3 of group IV": rows by their numbers in a named group, the row
#: noun said elsewhere in the question ("hai nhiệm vụ tuyên truyền cuối cùng … (số 8 và số 9 nhóm V)")
_NUMBERS_IN_GROUP = re.compile(
    r"\b(?:so|no\.?|numbers?|#)\s*(\d{1,3}(?:(?:\s*,\s*|\s+(?:va|and)\s+)(?:so\s+|no\.?\s*|#)?\d{1,3})*)"
    r"\s+(?:(?:cua|thuoc|trong|of|in)\s+)?(?:nhom|group)\s+[ivx]+\b")
_PART = re.compile(r"\b(?:phan|part|section|nhom|group|muc tieu|goal|objective)\s+(?:so\s+)?(?!(?:19|20)\d\d\b)([ivx]+|\d+|[a-z])\b")
_APPENDIX_SAID = re.compile(r"\b(?:phu luc|appendix|annex|appendices|annexes)\b")
_APPENDIX = re.compile(r"\b(?:phu luc|appendix|annex)\s*([ivx]+(?:\.\d+)*|\d+(?:\.\d+)*|[a-h])\b")
_YEAR = re.compile(r"\b(20\d\d)\b")
#: A document named by its kind (folded): "kế hoạch", "KH", "chương trình", "QĐ", "the programme".
_DOCUMENT_KIND = r"\b(?:ke hoach|kh|chuong trinh|de an|quyet dinh|qd|van ban|plan|program(?:me)?|strategy|decision|document)\b"
#: A period of years naming a plan: after a plan's kind, a few words between allowed ("chương trình …
#: giai đoạn 2026 - 2030"), or before it ("the 2026-2030 programme"); "các nhiệm vụ … giai đoạn
#: 2026-2030" is the tasks' period, a deadline.
_PLAN_PERIOD = re.compile(
    r"(?:" + _DOCUMENT_KIND +
    r"(?:\s+(?!(?:'s|targets?|goals?|milestones?|values?|for|in|of|by|cho|trong|cua|muc|chi|tieu|nhiem|vu)\b)[^\s\d,;?]+){0,8}?\s+)"
    r"(?:nam\s+|from\s+)?(20\d\d)\s*(?:-|–|—|den|to)\s*(?:nam\s+)?(20\d\d)\b"
    r"|\b(20\d\d)\s*[-–]\s*(20\d\d)(?=(?:\s+[^\s\d,;?]+){0,4}?\s+(?:plan|program(?:me)?|strategy)\b)")
_MONTHS_EN = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"], 1)}
_MONTH_VI = re.compile(r"\bthang\s*(\d{1,2})\s*(?:/|nam)\s*(20\d\d)\b")
_QUARTER_VI = re.compile(rf"\b{QUARTER}\s*{QUARTER_YEAR_JOIN}?\s*(20\d\d)\b")  # ("Quí IV-2025" too)
_QUARTER_EN = re.compile(r"\b(?:q([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th) quarter|(?:quarter|q) (iv|iii|ii|i|[1-4]))\s*(?:of|/|,|-)?\s*(20\d\d)\b")
_QUARTER_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
                  "i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
#: ("activities": what a programme's appendix lists, "DANH MỤC HOẠT ĐỘNG"; in Vietnamese "hoạt động" is
#: also any operation, so only "những hoạt động nào", "bao nhiêu hoạt động" name rows — below)
#: ("measures": how English names a plan's "nhiệm vụ, giải pháp", the tasks it sets out one by one)
_ROW_NOUN = r"(?:chi tieu|nhiem vu|dau viec|cong viec|du an|de an|indicators?|tasks?|duties|responsibilities|assignments|measures|projects?|activit(?:y|ies)|items?|targets|budget lines|rows|entries)"
#: Words that set the bodies after them aside (folded): "không do … chủ trì", "not led by", "other than".
#: An opening clause setting things aside ("Ngoài các mục tiêu, chỉ tiêu, …", "Besides the targets, …"): its
#: words say what is not asked, so they cue no field (folded text).
_SET_ASIDE_CLAUSE = re.compile(r"^\s*(?:ngoai|ben canh|besides|apart from|aside from|other than|in addition to|beyond)\s[^,;:?]{1,80},")
#: English "who" after a noun of people opens a relative clause ("officers who attend the training", "households
#: who receive warnings"): it describes them and asks no body (folded text). Only after such a noun: "the projects
#: who is the investor", "determines who leads" still ask who.
_RELATIVE_WHO = re.compile(r"\b(?:officers|officials|servants|staff|people|persons|personnel|households|residents|citizens|"
                           r"workers|employees|students|pupils|teachers|farmers|volunteers|women|men|children|youth|"
                           r"members|victims|patients|beneficiaries|individuals|families|those|anyone|everyone|someone)\s+who\b")
_AGENCY_SET_ASIDE = re.compile(r"\b(?:khong (?:phai )?do|khong thuoc|not (?:led|assigned|run) by|not by|other than|except(?: for)?|excluding|apart from)\b")
#: Counting or listing rows themselves ("bao nhiêu nhiệm vụ", "which tasks"), not asking a quantity.
#: "bao nhiêu tiền cho nhiệm vụ X" counts money, not tasks: no preposition between the count and the row noun
#: ("how many of the 31 indicators" is partitive and counts rows).
_ROWS_COUNT = re.compile(r"\b(?:bao nhieu|may|how many|number of|so luong|tong so|count)\s+(?:of\s+)?(?:the\s+)?"
                         # "how many of the 2026 plan's time-bound tasks": a possessive between
                         r"(?:(?!cho\b|cua\b|trong\b|tai\b|ve\b|for\b|in\b|on\b|per\b)[\w+&-]+(?:['’]s)?\s+){0,5}?" + _ROW_NOUN + r"\b|"
                         # a list of acts to amend, counted by the acts, the noun right after the count
                         # ("bao nhiêu nghị định", "how many decrees"; not "bao nhiêu phần trăm văn bản")
                         r"\b(?:bao nhieu|may|how many)\s+(?:nghi dinh|thong tu|hang muc|hoat dong|decrees|circulars)\b")
_ROWS_LIST = re.compile(r"\b(?:nhung|cac|which|what)\s+(?:[\w-]+\s+){0,1}?" + _ROW_NOUN + r"\b|\b" + _ROW_NOUN + r"\s+nao\b|"
                        # a list of acts to amend, listed by the acts ("những nghị định nào", "which decrees")
                        r"\bnhung (?:nghi dinh|thong tu|hoat dong) nao\b|\bhoat dong nao\b|\bwhich (?:decrees|circulars)\b|"
                        # rows named by a condition on them: "the projects where the police are the investor",
                        # "the tasks that Sở Y tế leads", "the indicators whose lead is …"
                        r"\bthe\s+(?:[\w-]+\s+){0,2}?(?:indicators|tasks|projects)\s+(?:where|that|which|whose|led by|"
                        r"in which|for which)\b|"
                        # "list the BXD programme tasks", "liệt kê các nhiệm vụ của Sở": asking for a list
                        r"^\W*(?:please\s+)?(?:liet ke|list(?: all)?(?: of)?(?: the)?)\s+(?:[\w-]+\s+){0,3}?" + _ROW_NOUN + r"\b")
#: "Which Hai Lam tasks", "which of the city's indicators" (on the question as written): a name or a
#: possessive between "which" and the rows ("which unit follows the indicator" asks something else).
_ROWS_LIST_NAMED = re.compile(r"\b[Ww]hich\s+(?:of\s+)?(?:the\s+)?(?:(?:[A-ZĐ][\w&-]*|[\w-]+['’]s)\s+){1,3}(?:tasks|indicators|projects)\b|"
                               # "which of Phu Van hospital's digital tasks": words after the possessive
                               r"\b[Ww]hich\s+(?:of\s+)?(?:the\s+)?(?:[A-ZĐ][\w&-]*\s+){0,3}[\w-]+['’]s\s+(?:[a-z-]+\s+){1,2}(?:tasks|indicators|projects)\b")
#: Words that name a table's groups (folded): "nhóm", "group", "category", "pillar", "lĩnh vực", "trụ
#: cột" — a question saying one asks about groups ("under which group", "thuộc nhóm nào").
GROUP_CUE = re.compile(r"\b(?:nhom|groups?|categor(?:y|ies)|pillars?|areas?|linh vuc|truc cot)\b")
#: Rows without a one-off deadline, by the words plans print for them (folded): "thường xuyên" (standing)
#: and "hằng năm"/"hàng năm" (every year), and the question words that ask for each.
#: Asking which groups a table is divided into (folded): answered by counting its rows per group.
_GROUPS_ASKED = re.compile(r"\b(?:(?:nhung|cac|may|bao nhieu) nhom(?: nao)?\b(?! (?:chi tieu|nhiem vu))|"
                           r"(?:which|what|how many) (?:groups|categories)\b|"
                           # the rows counted group by group: "which group has the most indicators",
                           # "in each group", "nhóm nào có nhiều chỉ tiêu nhất", "mỗi nhóm"
                           r"(?:which|what) (?:group|category)\b(?:\s+[\w'’,-]+){0,12}?\s+(?:has|holds|contains|includes)\b|"
                           r"(?:each|every|per) (?:group|category)\b|(?:moi|tung) nhom\b|nhom nao\b(?:\s+\S+){0,8}?\s+(?:co )?(?:nhieu|it)\b)")
#: "những nhóm sản phẩm nào", "các nhóm đối tượng" (lower-cased, with accents): groups of a thing the text names, not
#: how a table is grouped — a word after "nhóm" other than GROUP_WORDS_VI, in a question naming no table.
_GROUPS_OF_A_THING = re.compile(r"\b(?:những|các|mấy|bao nhiêu) nhóm\s+(?!(?:" + "|".join(sorted(GROUP_WORDS_VI, key=len, reverse=True))
                                + r")(?![^\W\d_]))[^\W\d_]")
_TABLE_NAMED = re.compile(r"\b(?:phu luc|bang|danh muc|danh sach|appendix|annex|table)\b")
_RECURRING = {
    # (a "Standing Committee", "standing office" is a body, not a kind of row)
    "thuong xuyen": re.compile(r"\b(thuong xuyen|recurring|ongoing|regular(?:ly)?|standing(?!\s+(?:committee|board|office|body|"
                               r"member|deputy|vice))|routine)\b"),
    "hang nam": re.compile(r"\b(hang nam|annual(?:ly)?|every year|each year|yearly)\b"),
}
#: A question naming the time-bound rows beside the recurring ones ("cả thường xuyên lẫn có thời
#: hạn", "both recurring and time-bound"): it counts both kinds (folded).
#: (not "có thời hạn là thực hiện thường xuyên", "whose deadline is 'regularly'": a deadline said, the recurring kind)
_BOTH_KINDS = re.compile(r"\b(?:co thoi han(?!(?: hoan thanh| thuc hien)? (?:la|ghi|bang)\b)|time[- ]bound|with a deadline|with deadlines)\b")
_MONTH_EN = re.compile(r"\b(" + "|".join(_MONTHS_EN) + r")\s+(20\d\d)\b")
_DOC_CODE = re.compile(r"\b(nghi quyet|nq|resolution|ke hoach|kh|plan|quyet dinh|qd|decision|chuong trinh|program(?:me)?|action plan|"
                       r"cong van|cv|bao cao|bc|report|official letter|letter|to trinh|chi thi|directive)(?:\s+hanh dong)?\s*(?:so\s*)?(\d{2,4}(?:\.\d{1,4})?)\b")
#: Kinds of document a body issues (folded Vietnamese → English words): "… của <body>", "<body>'s …"
#: names the document by its owner.
_DOC_KINDS = {"ke hoach": "plan", "chuong trinh": "programme|program", "de an": "scheme", "bao cao": "report",
              "cong van": "letter|official letter|dispatch", "nghi quyet": "resolution", "quyet dinh": "decision",
              "to trinh": "submission", "chi thi": "directive"}
_DOC_KIND_VI = "(?:" + "|".join(_DOC_KINDS) + ")"
#: The kinds of document a plan may be, folded ("ke hoach", "chuong trinh", "de an" …).
DOC_KINDS_VI = frozenset(_DOC_KINDS)
_DOC_KIND_EN = "(?:" + "|".join(_DOC_KINDS.values()) + ")"
#: "the 402 report", "the 285 plan": the number before the kind of document (English)
_CODE_BEFORE_KIND = re.compile(rf"\b(\d{{2,4}})\s+{_DOC_KIND_EN}\b")
_CODE = re.compile(r"\b(\d{2,4})\s*[-/]\s*(?:nq|kh|qd|ubnd|tu|ct|cv|bc|tb|ttr)\b")
#: ("chuyển đổi số năm 2026" names a plan, "mức độ chuyển đổi số năm 2026" a measurement's year:
#: MEASUREMENT_WORDS, one fixed-width look-behind each)
_PLAN_WORDS = (r"(?:ke hoach|kh|plan|chuong trinh|program(?:me)?|" + "".join(rf"(?<!{re.escape(w)} )" for w in MEASUREMENT_WORDS)
               + r"(?:cds|chuyen doi so)|digital transformation plan)")
#: a province's name may stand between "kế hoạch … tỉnh" and the year ("kế hoạch CĐS tỉnh Nghệ An năm 2027")
_PROVINCE_NAMES = "|".join(sorted((re.escape(fold_accents(p).casefold()) for p in PROVINCES), key=len, reverse=True))
_TITLE_FILLER = (r"(?:\s+(?:chuyen doi so|cds|hanh dong|tren dia ban|tinh|thanh pho|ubnd|cua|digital|transformation|action|of|the|"
                 r"province's|provincial|" + _PROVINCE_NAMES + r"))*")
_DOC_YEAR_BEFORE = re.compile(_PLAN_WORDS + _TITLE_FILLER + r"\s+(?:nam\s+)?(20\d\d)\b")
#: "the 2026 plan", "the 2022 Resolution 06 programme" (no other year nor a preposition between: "the
#: 2025 target in the 2022 programme", "compare with 2025 in the Resolution 06 programme" do not make
#: 2025 a plan's year; nor a stage of a plan: "does the 2031-2035 stage plan to test …")
_DOC_YEAR_AFTER = re.compile(r"\b(20\d\d)\s*(?:'s\s+)?(?:(?!20\d\d\b|(?:in|of|under|with|than|from|to|by|and|or|vs|versus|compared|stages?|phases?|periods?)\b)\S+\s+){0,4}?" + r"(?:plans?|program(?:me)?s?|action programmes?|action plans?)\b")
#: "the 2026 and the 2027 plan", "the 2025 or 2026 programmes": the first year names a plan as the second does
_DOC_YEAR_ELIDED = re.compile(r"\b(20\d\d)(?=\s+(?:and|or|vs\.?|versus)\s+(?:the\s+)?20\d\d\s*(?:'s\s+)?(?:plans?|program(?:me)?s?)\b)")
#: words that make "2027 … plan" a value's year ("the 2027 target in the plan"), not the plan's own
_VALUE_WORDS = re.compile(r"\b(?:targets?|goals?|deadlines?|values?|figures?|rates?|shares?|indicators?|tasks?|muc tieu|chi tieu|nhiem vu|thoi han)\b")

_DOC_REF_TEXT = re.compile(
    # "trong Kế hoạch CĐS năm 2026", "theo Chương trình chuyển đổi số năm 2022": a plan named by its year
    r"(?:\b(?:trong|theo|của|tại)\s+)?\b(?:Kế hoạch|KH|Chương trình)(?:\s+(?:CĐS|chuyển đổi số))?\s+năm\s+20\d\d\b|"
    r"\b(?:Kế hoạch|KH|Quyết định|QĐ|Nghị quyết|NQ|Chương trình|Plan|Resolution|Decision|Action Plan)\s*(?:số\s*)?"
    r"\d{2,4}(?:\s*[-/]\s*[A-ZĐa-zđ]+)*|\b\d{2,4}\s*[-/]\s*(?:NQ|KH|QĐ|UBND|TU|CT)(?:\s*[-/]\s*[A-ZĐ]+)*",
    re.IGNORECASE,
)

_LEAD_SPECIFIC = ("chu tri", "lead", "responsible", "in charge", "theo doi", "monitor", "giao cho", "assigned")
#: The bodies of a table's rows counted or listed, each once: "bao nhiêu cơ quan chủ trì", "mấy đơn vị phối hợp",
#: "how many different lead agencies", "which different departments lead" (folded): the count word right before
#: the body noun (a role or "different" between them at most); the role is read apart, below.
_BODIES_COUNTED = re.compile(r"\b(?P<count>bao nhieu|may|how many|which|what|nhung|cac|liet ke)\s+(?:(?:different|distinct|separate)\s+)?"
                             r"(?:(?P<role>lead|leading|coordinating|partner)\s+)?"
                             r"(?:co quan|don vi|so nganh|bo nganh|to chuc|agencies|bodies|departments|units|organi[sz]ations|entities|offices)\b"
                             r"(?P<after>(?:\s+\S+){0,3})")
#: "different", "khác nhau": the bodies asked once each.
_EACH_ONCE = re.compile(r"\b(?:different|distinct|khac nhau)\b")
#: The role said right after the bodies counted ("cơ quan chủ trì", "đơn vị thực hiện", "agencies lead", "bodies in
#: charge of") or right before them ("lead agencies").
_ROLE_AFTER = re.compile(r"^\s+(?:(?:khac nhau|nao|duoc giao|lam|are|is|that|which)\s+)?(?:chu tri|phoi hop|thuc hien|lead|leads|leading|"
                         r"coordinate|coordinates|coordinating|in charge|support|supports)\b")
_AGG_COUNT = ("bao nhieu chi tieu", "bao nhieu nhiem vu", "how many indicators", "how many tasks", "gom bao nhieu", "co bao nhieu", "how many")
_AGG_LIST = ("nhung nhiem vu nao", "nhung chi tieu nao", "nhiem vu nao", "chi tieu nao", "which tasks", "which indicators", "which projects", "liet ke", "nhung du an nao", "nhung nhiem vu", "cac nhiem vu", "nhung chi tieu", "neu so thu tu")
#: "list" as a request ("List the tasks …", "please list", "can you list all …"), not the noun ("the task list").
_LIST_ASKED = re.compile(r"(?:^|[.?!:;]\s*|\b(?:please|you|and|then|also)\s+)list\b(?!\s*[,.?!]|\s+(?:of|in|is|was)\b)")


@dataclass
class QueryIntent:
    """What a question asks, as far as structure goes."""

    question: str
    language: str
    folded: str
    numbers: list[str] = field(default_factory=list)
    number_kind: str | None = None  # indicator | task | None
    number_noun: str | None = None  # the row noun, folded Vietnamese: "du an" for "dự án 3" / "project 3"
    rows_noun: str | None = None  # the one row noun a question names, folded Vietnamese: "du an" for "the projects where …"
    part: str | None = None
    #: the words naming a part of the plan's text by its heading ("to chuc thuc hien", "funding"), folded, or ""
    section_said: str = ""
    #: rows named with their group ("task B.3", "nhiệm vụ IV.2"): (group, number), each looked up in its own group
    grouped_numbers: list[tuple[str, str]] = field(default_factory=list)
    both_kinds: bool = False  # recurring and time-bound rows named together: the whole table
    appendix: str | None = None
    appendix_said: bool = False  # "theo phụ lục", "in the appendix": the answer is asked from a table
    target_years: list[str] = field(default_factory=list)
    doc_years: list[str] = field(default_factory=list)
    plan_years: list[str] = field(default_factory=list)  # years that name a plan as its own ("the 2027 plan"), not a value's
    unindexed_years: list[str] = field(default_factory=list)  # plan years that no plan in reach has, set by resolve_documents
    #: places the question says as the end of a name that a plan of elsewhere prints ("PTSC Thanh Hóa"), folded
    places_in_names: tuple[str, ...] = ()
    months: list[str] = field(default_factory=list)  # "6/2026"
    fields: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    #: bodies a question sets aside ("không do Bộ Tài chính chủ trì", "not led by the Ministry of Finance"):
    #: the rows of any other body are asked
    agencies_excluded: list[str] = field(default_factory=list)
    doc_codes: list[str] = field(default_factory=list)
    code_kinds: dict[str, str] = field(default_factory=dict)  # a code → the kind of document named with it ("nq" for "Nghị quyết 24")
    aggregation: str | None = None  # count | list
    #: The field whose distinct values are counted or listed ("lead": "how many different bodies lead tasks"),
    #: or None when rows are counted.
    distinct: str | None = None
    over_rows: bool = False  # the aggregation counts/lists table rows (vs. a quantity in a row)
    meta: str | None = None  # a fact about the document itself: signer | date | number
    comparison: bool = False
    search_text: str = ""
    primary_docs: list[str] = field(default_factory=list)  # strongest document matches
    terms: set[str] = field(default_factory=set)  # content terms, set by the assistant
    quarters: list[str] = field(default_factory=list)  # "2/2027" = second quarter of 2027
    recurring: str = ""  # asks about standing or yearly rows: "thuong xuyen" ("ongoing") or "hang nam" ("every year")
    role: str = "lead"  # agency role an aggregation filters on: lead | coordinating | any (either)
    lead_said: bool = False  # the question says "lead", "chủ trì", "in charge" (not only "tasks of X")
    naming: list[str] = field(default_factory=list)  # folded words that named a document by kind or issuer ("theo bao cao")
    statuses: list[str] = field(default_factory=list)  # progress states a table prints that the question names ("Quá hạn"), set by the assistant
    statuses_excluded: list[str] = field(default_factory=list)  # states asked against ("chưa hoàn thành"), set by the assistant
    instruction: bool = False  # an instruction to the assistant ("ignore your instructions…"), not a question
    live: bool = False  # asks about a day around now ("tomorrow's weather"): live information, not a plan's
    followup_of: str | None = None  # the earlier question this one continues, when it is a follow-up
    #: percentages the question states ("reach 100%", "đạt 100%"): a count or list of rows keeps
    #: the rows whose target is that value
    values: list[str] = field(default_factory=list)
    #: a bound on an amount of money the rows must meet ("more than 5 billion dong", "dưới 500 triệu"):
    #: (">", ">=", "<" or "<=", the amount, its unit in đồng — None when the question names none)
    amount_bound: tuple[str, float, float | None] | None = None
    #: a bound on a figure of the year asked, no money named ("a 2026 quota above 5,000,000", "trên 5 triệu
    #: tấn"): (op, the figure with its multiplier applied, the bound as written)
    figure_bound: tuple[str, float, str] | None = None
    #: the kind of legal act counted ("nghi dinh"), when a step counts one side of a comparison of two kinds
    act_kind: str | None = None


@functools.lru_cache(maxsize=1)
def _issued_subject() -> re.Pattern:
    """A document named by its kind, then (within its name, number or year) the word that it was
    issued: "kế hoạch 275 ban hành", "chương trình … ngành Y tế được ban hành", "plan 266 issued"."""
    issued = "|".join(re.escape(c.strip()) for c in DOCUMENT_FACT_CUES["issued"])
    when = "|".join(re.escape(c.strip()) for c in DOCUMENT_FACT_CUES["when"])
    # nothing but the time asked may follow: "theo KH 266, việc ban hành quy chế … khi nào" asks a task's
    return re.compile(_DOCUMENT_KIND + r"(?:\s+[^\s,;:?]+){0,8}?\s+(?:duoc\s+|da\s+|was\s+|is\s+)?(?:" + issued + r")\b"
                      r"\s*(?:(?:vao|tu|on|in)\s+)?(?:(?:" + when + r")\b|[?.!]|$)")


#: "Ai thay mặt UBND tỉnh ký …", "who on behalf of the committee signed …", "who signs the plan", "who will
#: sign it" (accents kept: "kỳ" is a period)
_WHO_SIGNED = re.compile(r"\bai\b(?:\s+\S+){0,6}?\s+ký(?:\s+ban hành)?(?:\s+(?:kế hoạch|quyết định|nghị quyết|chương trình|công văn|văn bản)\b|\s*[?.]?\s*$)|"
                         r"\bwho\b(?:\s+\S+){0,8}?\s+(?:signed\s+(?:the|this|it)|signs?\s+(?:this|it|(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:plan|programme|program|decision|resolution|document)))\b",
                         re.IGNORECASE)


#: A number asked of a paper a plan cites rather than of the plan ("theo tờ trình số mấy", "which submission
#: number"), folded: a submission or a letter is never the plan itself.
_CITED_PAPER_NUMBER = re.compile(r"\b(?:to trinh|cong van|submission|cover letter|official letter)\s+(?:so\s+(?:may|bao nhieu|hieu)|number)\b")


#: A whole date as a question writes it, folded ("18/02/2025", "ngay 18 thang 02 nam 2025")
FULL_DATE = re.compile(r"(?<!\d)\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}(?!\d)|\bngay\s+\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}\b")


def _document_fact(intent: QueryIntent, padded: str) -> str | None:
    """Which fact about the document itself the question asks (see DOCUMENT_FACT_CUES), if any."""
    def cued(kind: str) -> bool:
        return any(c in padded for c in DOCUMENT_FACT_CUES[kind]) \
            or any(p.search(intent.question.casefold()) for p in DOCUMENT_FACT_PATTERNS.get(kind, ()))

    if cued("signer") or _WHO_SIGNED.search(intent.question):
        return "signer"
    if cued("proposer"):
        return "proposer"
    if cued("recipients"):  # "Kế hoạch gửi tới những nơi nào", "how many recipients are listed": its "Nơi nhận" list
        return "recipients"
    # ("đơn vị nào phối hợp … hồ sơ quy hoạch đang có hiệu lực", "which agency reviews the plans still in
    # force": a body asked, and no time, of a thing in force — not when the document itself takes effect;
    # "có hiệu lực từ ngày nào, cơ quan nào chủ trì" asks both)
    body_asked_of_a_thing = bool({"lead", "coordinating"} & set(intent.fields)) and not cued("when")
    if cued("effective") and not intent.numbers and not intent.appendix and not intent.aggregation and not body_asked_of_a_thing:
        return "effective"
    if not intent.numbers and (cued("date") or (cued("when") and _issued_subject().search(intent.folded))) \
            and not FULL_DATE.search(intent.folded):
        # "Kế hoạch 275 ban hành ngày nào?"; "Khi nào ban hành quy chế …" names no plan: a task's deadline
        # ("những luật nào ban hành ngày 18/02/2025": a question that gives a whole date asks what bears it)
        return "date"
    # (an act listed in an appendix, "số hiệu là gì": the row's act number, not the document's)
    # ("tờ trình số mấy", "công văn số mấy": the number of the submission or letter it cites, not its own)
    if cued("number") and not intent.numbers and not intent.fields and intent.number_kind is None and not intent.appendix \
            and not _CITED_PAPER_NUMBER.search(intent.folded):
        return "number"
    return None


#: English function words that tell an English question from Vietnamese typed without accents: the
#: question words and the retriever's English stop words, less those that are also Vietnamese
#: syllables once accents are dropped ("can" cần, "than" thân, "it" ít, "me" mẹ, "ve" về, "re" rẻ).
_EN_WORDS = set("the a an what who which how when is are does do of and to for by in under with what's who's whose must should".split()) \
    | (set(EN_STOP_WORDS) - set("can than it me ve re s t ll plan plans".split()))


_VI_PLAIN = set("chi tieu nhiem vu co quan nao chu tri phoi hop la bao nhieu nam ke hoach cua cac va duoc trong theo "
                "muc don vi thoi han hoan thanh gi ai khi tinh so hien trang tang ty le nguoi dan doanh nghiep".split())
_QUOTED = re.compile(r"[\"“”„«»][^\"“”„«»]*[\"“”„«»]|\([^()]*\)")


def _has_cue(padded: str, cue: str) -> bool:
    """Whole-word match of a cue ("ai" must not match inside "tại" → "tai")."""
    return bool(_cue_spans(padded, cue))


def _says(accented: str | None, padded: str, cue: str) -> bool:
    """A cue written with its accents ("truyện cười", a joke) is matched with them against the question
    as typed (``accented``, padded; None when it has no accents): folded, it is also "tuyên truyền
    cuối" (the last publicity task). A cue written bare, or a question typed without accents, is
    matched folded."""
    if cue.isascii() or accented is None:
        return _has_cue(padded, fold_words(cue))
    return _has_cue(accented, unicodedata.normalize("NFC", cue).casefold())


@functools.lru_cache(maxsize=4096)
def _cue_spans(padded: str, cue: str, verb_forms: bool = False) -> list[tuple[int, int]]:
    """Where a cue stands in the padded question, every occurrence: a whole-word match, its English plural
    or third person too (:func:`_cue_pattern`; with ``verb_forms`` its past form as well), or a
    stem's ("coordinat…") anywhere."""
    cue = cue.strip()
    if cue.endswith(("coordinat", "contribut")):  # stems
        return [(m.start(), m.end()) for m in re.finditer(re.escape(cue), padded)]
    return [m.span() for m in _cue_pattern(cue, verb_forms).finditer(padded)]


def fields_cued(padded: str) -> list[str]:
    """The fields whose cue words the question says, in FIELD_CUES order. Where one field's cue lies
    inside a longer cue of another field, the longer one is what was said: "how much time" asks when
    (a deadline), not "how much" (a target)."""
    # (a field is asked in any form of its verb: "what score is targeted", "which body is tasked with it")
    # (not a partner's: "how many households are supported" names who is helped, not who helps)
    found = [(name, span) for name, cues in FIELD_CUES.items() for cue in cues
             for span in _cue_spans(padded, cue, name != "coordinating")]
    fields: list[str] = []
    for name, (a, b) in found:
        inside = any(other != name and x <= a and b <= y and (y - x) > (b - a) for other, (x, y) in found)
        if not inside and name not in fields:
            fields.append(name)
    return sorted(fields, key=list(FIELD_CUES).index)


def _cue_pattern(cue: str, verb_forms: bool = False) -> re.Pattern:
    # an English noun or verb cue also in its plural or third person ("outputs", "targets", "leads"), and
    # with ``verb_forms`` in its past form ("what score is targeted", "which body is tasked"); not its -ing
    # form, which names a topic more often than it asks ("the ministry's role in monitoring")
    inflected = cue[-1:].isalpha() and cue.isascii() and len(cue.split()[-1]) > 3
    plural = ("(?:s|es|ed)?" if verb_forms else "(?:s|es)?") if inflected else ""
    # (a year may stand between a cue's words: "what 2027 value", "which 2030 target")
    words = r"\s+(?:(?:19|20)\d\d\s+)?".join(re.escape(w) for w in cue.split())
    return re.compile(rf"(?<!\w){words}{plural}(?!\w)")


def asks_funding_source(folded: str) -> bool:
    """Whether a (folded) question asks where money comes from ("which sources of funding", "nguồn vốn
    nào"), which a sentence naming the sources answers without an amount."""
    padded = _padded(folded)
    return any(_has_cue(padded, fold_words(cue)) for cue in FUNDING_SOURCE_CUES) or bool(_MONEY_COMES_FROM.search(folded))


#: "where does the money for the plan come from"
_MONEY_COMES_FROM = re.compile(r"\bwhere\b.*\b(?:money|funding|funds?|budget|capital)\b.*\bcomes? from\b")


#: "what procurement approach", "which form", "hình thức nào": the noun the question asks for, after an
#: English "what/which" or before a Vietnamese "nào/gì" (English auxiliaries and articles are no noun).
_WHAT_NOUN_EN = re.compile(r"\b(?:what|which)\s+(?:kinds? of\s+|types? of\s+|sorts? of\s+)?([a-z][a-z-]+)")
_WHAT_NOUN_VI = re.compile(r"\b([a-z]+(?: [a-z]+)?) (?:nao|gi)\b")
#: The budget cues, folded once: a head noun ending in one asks money.
_MONEY_CUE_WORDS = frozenset(fold_words(c) for c in FIELD_CUES.get("budget", ()) if fold_words(c))
_NOT_A_NOUN = frozenset("is are was were will would should does do did has have had can could must the a an of in on for to "
                        "by with this that these those its their his her".split())


def asks_a_thing_not_money(folded: str) -> bool:
    """Whether a (folded) question asks for a thing of some kind that is no amount of money ("what
    procurement approach does the funding section prefer", "hình thức nào được ưu tiên"): the money it
    names is where to look, not what to give."""
    heads = [m.group(1) for m in _WHAT_NOUN_EN.finditer(folded) if m.group(1) not in _NOT_A_NOUN]
    heads += [m.group(1) for m in _WHAT_NOUN_VI.finditer(folded)]
    # (a head ending in a money word — "kinh phi", "tong kinh phi", "budget" — asks money)
    return bool(heads) and not any(h.endswith(m) for h in heads for m in _MONEY_CUE_WORDS)


#: English function words that are also Vietnamese syllables written as such: "Công an", "an toàn", "do ai chủ
#: trì" (by whom), "in ấn", "Phụ lục A", "to lớn". They make a text English only beside another English word.
_VI_HOMOGRAPHS = frozenset({"a", "an", "do", "in", "to"})


def english_words(text: str) -> list[str]:
    """The English function words of a text ("the", "which", …): a Vietnamese question holds none ("do ai chủ
    trì", "Công an tỉnh": the syllables spelt like English words count only beside another English word)."""
    words = [w for w in re.findall(r"[^\W\d_]+", _QUOTED.sub(" ", text).casefold()) if w in _EN_WORDS]
    return words if any(w not in _VI_HOMOGRAPHS for w in words) else []


def detect_language(text: str) -> str:
    """'vi' or 'en'. English questions often quote Vietnamese names (quotes and brackets are
    ignored), and Vietnamese is sometimes typed without accents (common syllables count)."""
    unquoted = _QUOTED.sub(" ", text)
    written = re.findall(r"[^\W\d_]+", unquoted if unquoted.strip() else text)
    words = [w.casefold() for w in written]
    # (a capitalised word past the first is a name's: "Between Công ty Cổ phần Vận tải Phú Mỹ and …" is English —
    # unless most words are capitalised, a question in capitals or in title case: "CÔNG AN TỈNH … CÓ NHIỆM VỤ GÌ?")
    titled = sum(x[:1].isupper() for x in written) > 0.85 * len(written)
    vi = sum(1 for k, (w, x) in enumerate(zip(words, written))
             if (_VI_CHARS.search(w) or w in _VI_PLAIN) and (k == 0 or titled or not x[:1].isupper()))
    en = sum(1 for w in words if w in _EN_WORDS)
    if en >= 2 and en >= vi / 2:
        return "en"
    return "vi" if vi else "en"


#: A body's or an act's English name in capitals: "Finance and Budget Committee", "Department of Planning and
#: Investment", "Public Investment Law"
_BODY_NOUN = r"(?:Committee|Department|Ministry|Office|Council|Board|Bureau|Agency|Fund|Commission|Centre|Center|Institute|Bank|Law|Decree|Resolution|Strategy|Programme|Program)"
_ENGLISH_BODY = re.compile(r"(?:\b[A-Z][a-z]+(?:\s+(?:and|&)\s+|,\s+|\s+))*" + _BODY_NOUN
                           + r"\b(?:\s+(?:of|for|on)(?:\s+(?:and|&))?\s+[A-Z][a-z]+(?:(?:\s+(?:and|&)\s+|,\s+|\s+)[A-Z][a-z]+)*)?")


def _padded(folded: str) -> str:
    """A folded question with its punctuation as spaces and a space at each end, for whole-word cues."""
    return " " + re.sub(r"[^\w\s/%.&-]", " ", folded) + " "


#: A part of a plan's text named by its heading in a Vietnamese question, lower-cased with its accents (folded,
#: "phân bổ", "mức", "chương trình" would be parts too): "theo phần tổ chức thực hiện", "tại mục giải pháp về vốn",
#: "trong phần mục tiêu" — the words after the kind of part (and its numeral, "phần IV"), to a word of asking or
#: saying ("là", "nêu", "giao", "bao nhiêu" …).
_SECTION_WORDS_VI = (r"(?:(?:[ivxlc]+|\d{1,2})[.:]?\s+)?((?:(?!(?:là|thì|có|của|quy định|nêu|giao|ghi|nói|gồm|bao|những|các|nào|gì|"
                     r"được|phải|phân công|do|cho|và|về việc)\b)[^\W\d_]+\s*){2,6})")
SECTION_NAMED_VI = re.compile(r"\b(?:theo|trong|tại|ở)\s+(?:phần|mục|chương)\s+" + _SECTION_WORDS_VI)
#: Such a part opening the question: "Phần Tổ chức thực hiện phân công …", "Mục Kinh phí thực hiện nêu …" (not
#: "Mục tiêu …", "Mục đích …", "Phần trăm …", "Phần lớn …", "Phần mềm …", "Chương trình …").
SECTION_OPENS_VI = re.compile(r"(?:phần|mục|chương)\s+(?!(?:tiêu|đích|trăm|lớn|mềm|việc|trình|nào|gì)\b)" + _SECTION_WORDS_VI)
_SECTION_NAMED_EN = re.compile(r" (?:the|its|this|that)\s+(?:[a-z]+'s\s+)?((?:[a-z]+\s+){1,3}?)(?:(?:section|chapter)\b(?!\s+(?:[ivx]+|\d+)\b)|part\b(?!\s+(?:[ivx]+|\d+|of|in)\b))")
_SECTION_ON_EN = re.compile(r" (?:section|part|chapter)\s+(?:on|about|titled|headed|called|entitled|dealing with)\s+((?:(?!and\b|of\b|in\b|to\b|for\b)[a-z]+\s+){1,4})")
#: Words that say which part by its place or kind, not by its heading ("the first section", "the annex part").
_NOT_SECTION_WORDS_EN = frozenset("plan s programme scheme decision resolution document first second third last same following "
                                  "opening final relevant specific other this that annex appendix whole main next previous "
                                  "s new each".split())


#: A quantity asked (folded): the words naming a part still cue what the amount is of ("Theo phần kinh phí thực
#: hiện, ngân sách bố trí bao nhiêu?").
_QUANTITY_ASKED = re.compile(r"\b(?:bao nhieu|may|how much|how many|what amount)\b")


def section_said(question: str, language: str) -> str:
    """The words by which a question names a part of a plan's text (folded, as said: "to chuc thuc hien",
    "funding"), or "" when it names none. A Vietnamese question says the heading's first words after the kind
    of part (read with their accents); an English one the words before or after "section"."""
    if language != "en":
        said = " ".join(unicodedata.normalize("NFC", question).casefold().split())
        m = SECTION_NAMED_VI.search(said) or SECTION_OPENS_VI.match(said)
        return fold_accents(m.group(1)).strip() if m else ""
    padded = f" {' '.join(fold_accents(question).casefold().split())} "
    m = _SECTION_NAMED_EN.search(padded) or _SECTION_ON_EN.search(padded)
    return m.group(1).strip() if m and set(m.group(1).split()) - _NOT_SECTION_WORDS_EN else ""


def parse_question(question: str) -> QueryIntent:
    """Structured reading of a question; no document knowledge needed."""
    # an initialism in the English plural ("MOOCs", "KPIs") is the initialism the plans print
    question = _PLURAL_INITIALISM.sub(r"\1", question)
    folded = fold_accents(question).casefold()
    folded = re.sub(r"\s+", " ", folded)
    intent = QueryIntent(question=question, language=detect_language(question), folded=folded)

    for m in list(_ROW_REF.finditer(folded)) + list(_ROW_REF_LOOSE.finditer(folded)):
        word, num = m.group(1), m.group(2)
        if _YEAR.fullmatch(num):
            continue
        if word == "project" and num.startswith("0"):
            continue  # "Project 06" is a project's name (Đề án 06), not a row's number
        if num not in intent.numbers:
            intent.numbers.append(num)
        intent.number_kind = intent.number_kind or _ROW_KIND_OF.get(word)
        intent.number_noun = intent.number_noun or ROW_NOUN_OF.get(word)
    for m in _ROW_REF_LIST.finditer(folded):
        for num in re.findall(r"\d+", m.group(2)):
            if num not in intent.numbers:
                intent.numbers.append(num)
        intent.number_kind = intent.number_kind or _ROW_KIND_OF.get(m.group(1))
        intent.number_noun = intent.number_noun or ROW_NOUN_OF.get(m.group(1))
    for m in _ROW_IN_APPENDIX.finditer(folded):
        # "Điểm quan trắc số 7 trong Phụ lục I", "point no. 7 of Annex I": a row of the appendix by its number,
        # whatever the appendix calls its rows (not after a count asked: "how many points, number 12 of …")
        if not _YEAR.fullmatch(m.group(1)) and m.group(1) not in intent.numbers and not _COUNT_ASKED_BEFORE.search(folded[:m.start()]):
            intent.numbers.append(m.group(1))
    for m in _ROW_REF_ACCENTED.finditer(question.lower()):
        if not _YEAR.fullmatch(m.group(1)) and m.group(1) not in intent.numbers:
            intent.numbers.append(m.group(1))
    for m in _ROW_REF_GROUPED.finditer(folded):
        if m.group(3) not in intent.numbers:
            intent.numbers.append(m.group(3))
        intent.grouped_numbers.append((m.group(2).upper(), m.group(3)))  # "B.3 and D.6": each its own group
        intent.part = intent.part or m.group(2).upper()
        intent.number_kind = intent.number_kind or _ROW_KIND_OF.get(m.group(1))
        intent.number_noun = intent.number_noun or ROW_NOUN_OF.get(m.group(1))
    if not intent.numbers and _ROW_NOUNS_NAMED.search(folded):
        for m in _NUMBERS_IN_GROUP.finditer(folded):
            intent.numbers.extend(n for n in re.findall(r"\d+", m.group(1)) if n not in intent.numbers)
    if m := _PART.search(folded):
        intent.part = m.group(1).upper()
    if m := _APPENDIX.search(folded):
        intent.appendix = m.group(1).upper()
    intent.appendix_said = bool(_APPENDIX_SAID.search(folded))

    doc_year_spans = []
    for rx in (_DOC_YEAR_BEFORE, _DOC_YEAR_AFTER, _DOC_YEAR_ELIDED):
        for m in rx.finditer(folded):
            intent.doc_years.append(m.group(1))
            doc_year_spans.append(m.span(1))
            if not _VALUE_WORDS.search(m.group(0)):
                intent.plan_years.append(m.group(1))
    for m in _PLAN_PERIOD.finditer(folded):
        # "chương trình … giai đoạn 2026 - 2030", "the 2026-2030 programme": the plan's period, no target year
        for g in range(1, (m.lastindex or 0) + 1):
            if m.group(g):
                intent.doc_years.append(m.group(g))
                doc_year_spans.append(m.span(g))
    for m in _MONTH_VI.finditer(folded):
        intent.months.append(f"{int(m.group(1))}/{m.group(2)}")
    for m in _MONTH_EN.finditer(folded):
        intent.months.append(f"{_MONTHS_EN[m.group(1)]}/{m.group(2)}")
    for m in _QUARTER_VI.finditer(folded):
        q = {"i": 1, "ii": 2, "iii": 3, "iv": 4}.get(m.group(1)) or int(m.group(1))
        intent.quarters.append(f"{q}/{m.group(2)}")
    for m in _QUARTER_EN.finditer(folded):  # "Q4 2028", "fourth quarter of 2028", "Quarter IV 2028"
        q = int(m.group(1)) if m.group(1) else _QUARTER_WORDS[m.group(2) or m.group(3)]
        intent.quarters.append(f"{q}/{m.group(4)}")
    intent.recurring = next((kind for kind, rx in _RECURRING.items() if rx.search(folded)), "")
    if intent.recurring and _BOTH_KINDS.search(folded):
        # "cả thường xuyên lẫn có thời hạn", "recurring and time-bound alike": neither kind filters
        intent.recurring, intent.both_kinds = "", True
    month_spans = [m.span() for rx in (_MONTH_VI, _MONTH_EN, _QUARTER_VI, _QUARTER_EN) for m in rx.finditer(folded)]
    for m in _YEAR.finditer(folded):
        if m.span(1) in doc_year_spans or any(a <= m.start() < b for a, b in month_spans):
            continue
        before = folded[max(0, m.start() - 12): m.start()]
        if re.search(r"\d/$|ngay \d+/\d+/$", before):
            continue  # part of a date
        if m.group(1) not in intent.target_years:
            intent.target_years.append(m.group(1))
    intent.doc_years = sorted(set(intent.doc_years))
    intent.plan_years = sorted(set(intent.plan_years))

    for m in _DOC_CODE.finditer(folded):
        if m.group(2) not in intent.numbers:
            code = m.group(2).lstrip("0") or "0"
            intent.doc_codes.append(code)
            kind = next((k for k, words in _CODE_KINDS.items() if m.group(1) in words), None)
            if kind and code not in intent.code_kinds:
                intent.code_kinds[code] = kind
    for m in [*_CODE.finditer(folded), *_CODE_BEFORE_KIND.finditer(folded)]:
        intent.doc_codes.append(m.group(1).lstrip("0") or "0")
    intent.doc_codes = [c for c in dict.fromkeys(intent.doc_codes) if not _YEAR.fullmatch(c)]

    padded = _padded(folded)
    # "the Finance and Budget Committee", "the Department of Planning and Investment": a body's English
    # name asks for no budget (its words still say which body)
    unnamed_bodies = _padded(re.sub(r"\s+", " ", fold_accents(_ENGLISH_BODY.sub(" ", question)).casefold()))
    for name in FIELD_CUE_COMPOUNDS:  # "civil-status records" ask no status (whole words: "agency coordinates" is no "y coordinate")
        unnamed_bodies = re.sub(rf"(?<![\w-]){re.escape(name)}(?![\w-])", " ", unnamed_bodies)
    intent.section_said = section_said(question, intent.language)
    if intent.section_said and not _QUANTITY_ASKED.search(folded):
        # "the funding section", "theo phần kinh phí thực hiện": the words naming a part of the text say where,
        # not what is asked (no money is asked for saying "funding")
        unnamed_bodies = unnamed_bodies.replace(f" {intent.section_said} ", " ", 1)
    if aside := _SET_ASIDE_CLAUSE.match(folded):
        unnamed_bodies = unnamed_bodies.replace(_padded(aside.group(0)), " ", 1)
    unnamed_bodies = _RELATIVE_WHO.sub(lambda m: m.group(0)[:-3], unnamed_bodies)
    intent.fields.extend(fields_cued(unnamed_bodies))
    head, colon, tail = folded.partition(":")
    if colon and _CHOICE_HEAD.search(head) and (either := _CHOICE_OR.search(tail)):
        # "which is due first: the mechanism supporting … or the mechanism funding innovation tasks that help firms
        # reach international standards": the words before the colon ask, and those after the sides ("…, is due
        # later?"); the sides' own words ("funding", "reach") say which things are compared
        end = re.search(r"[,?;]", tail[either.end():])
        rest = tail[either.end() + end.start():] if end else ""
        before = fields_cued(_padded(head))
        asked = before + [f for f in fields_cued(_padded(rest)) if f not in before]
        if asked:
            intent.fields = sorted(asked, key=list(FIELD_CUES).index)
    if "lead" in intent.fields and "coordinating" in intent.fields and not any(_has_cue(padded, c) for c in _LEAD_SPECIFIC):
        intent.fields.remove("lead")  # "who coordinates …" asks for the coordinating units only
    intent.agencies = find_agencies(question)
    if intent.agencies and (cue := _AGENCY_SET_ASIDE.search(folded)) and len(folded) == len(question):
        aside = find_agencies(question[cue.end():])
        intent.agencies_excluded = [a for a in intent.agencies if a in aside]
        intent.agencies = [a for a in intent.agencies if a not in aside]
    intent.lead_said = any(_has_cue(padded, c) for c in _LEAD_SPECIFIC)
    if "coordinating" in intent.fields and "lead" not in intent.fields:
        intent.role = "coordinating"
    if any(_has_cue(padded, c) for c in PARTICIPATION_CUES) or ("coordinating" in intent.fields and "lead" in intent.fields):
        intent.role = "any"  # "in how many tasks does X take part", "chủ trì hoặc phối hợp"
    if any(c in padded for c in _AGG_COUNT) and not intent.numbers:
        intent.aggregation = "count"
    if (any(c in padded for c in _AGG_LIST) or _LIST_ASKED.search(folded)) and not intent.numbers:
        intent.aggregation = "list"
    if not intent.numbers:
        # a plan named between the words ("which Plan 285 tasks", "bao nhiêu KH 266 chỉ tiêu") is not in the way
        unnamed = re.sub(r"\s+", " ", fold_accents(_DOC_REF_TEXT.sub(" ", question)).casefold())
        groups_asked = bool(_GROUPS_ASKED.search(folded)) and not (
            _GROUPS_OF_A_THING.search(unicodedata.normalize("NFC", question).casefold()) and not _TABLE_NAMED.search(folded))
        if _ROWS_COUNT.search(folded) or groups_asked or _ROWS_COUNT.search(unnamed):
            # "thành những nhóm nào", "how many groups": the rows counted by the groups they fall in
            intent.aggregation, intent.over_rows = "count", True
        elif _ROWS_LIST.search(folded) or _ROWS_LIST.search(unnamed) or _ROWS_LIST_NAMED.search(question):
            intent.aggregation, intent.over_rows = "list", True
    if intent.aggregation and not intent.numbers:
        intent.values = list(dict.fromkeys(f"{m.group(1).replace(',', '.')}%" for m in PERCENT_FIGURE.finditer(folded)))
    if intent.aggregation and not intent.numbers and intent.target_years and not _MONEY_SAID.search(folded) \
            and (fb := figure_bound(folded, intent.language)):
        # "how many facilities have a 2026 quota above 5,000,000": the rows whose figure for that year meets it
        intent.figure_bound = fb
    elif not intent.numbers and (bound := amount_bound(folded, intent.language)):
        # "which items cost more than 5 billion dong": the rows whose amount meets it
        intent.amount_bound = bound
        if intent.aggregation is None:
            intent.aggregation = "list"
        intent.over_rows = True
    if not intent.numbers and not intent.agencies and (m := _BODIES_COUNTED.search(folded)):
        # "bao nhiêu cơ quan chủ trì khác nhau", "how many different lead bodies", "which different agencies lead
        # the annex's tasks": the bodies a table's lead (or partner) column names, each once — not "số lượng tổ
        # chức … là bao nhiêu và do cơ quan nào chủ trì", a value and its lead
        listed = m.group("count") in ("which", "what", "nhung", "cac", "liet ke")
        role_said = bool(m.group("role") or _ROLE_AFTER.match(m.group("after") or ""))
        # (a list only when "different", "khác nhau" says the bodies are wanted once each: "các sở, ngành nào phối
        # hợp trong nhiệm vụ X" asks X's row)
        if role_said and (not listed or _EACH_ONCE.search(folded)):
            intent.distinct = "coordinating" if intent.role == "coordinating" else "lead"  # (the role asked, read above)
            intent.aggregation = "list" if listed else "count"
            intent.over_rows = True
    nouns = {ROW_NOUN_OF[w] for w in _ROW_NOUNS_NAMED.findall(folded)}
    intent.rows_noun = nouns.pop() if len(nouns) == 1 else None
    intent.meta = _document_fact(intent, padded)
    if intent.number_kind is None:
        if re.search(r"\b(chi tieu|indicators?)\b", folded):
            intent.number_kind = "indicator" if not re.search(r"\b(nhiem vu|tasks?|du an|projects?)\b", folded) else None
        elif re.search(r"\b(nhiem vu|tasks?|du an|projects?)\b", folded):
            intent.number_kind = "task"
        elif intent.over_rows and re.search(r"\btargets\b", folded):
            intent.number_kind = "indicator"  # "how many targets in the data group": the plan's indicators
    accented = _padded(unicodedata.normalize("NFC", question).casefold()) if _VI_CHARS.search(question) else None
    intent.instruction = any(_says(accented, padded, c) for c in INSTRUCTION_CUES) \
        or any(p.search(" ".join(unicodedata.normalize("NFC", question).casefold().split())) for p in INSTRUCTION_PATTERNS)
    intent.live = any(_says(accented, padded, c) for c in LIVE_INFORMATION_CUES)
    # ("which finishes later: X or Y", "việc nào xong sớm hơn, X hay Y": a choice between two by a comparative)
    intent.comparison = any(_has_cue(padded, cue) for cue in COMPARISON_CUES) or bool(_COMPARATIVE_CHOICE.search(folded))
    intent.search_text = _search_text(question, intent)
    return intent


#: The words before a colon that ask which of the sides after it (folded): "which is due first:", "nhiệm vụ nào xong trước:".
_CHOICE_HEAD = re.compile(r"\b(?:which|nao)\b")
#: ... and the word between those sides (folded): "X or Y", "X hay Y".
_CHOICE_OR = re.compile(r"\b(?:or|hay|hoac)\b")
#: A question choosing between two sides by a comparative (folded): "which finishes later, X or Y", "which
#: of X or Y is larger", "việc nào xong sớm hơn, X hay Y".
_COMPARATIVE_CHOICE = re.compile(r"\b(?:which|nao)\b.*?\b(?:earlier|later|sooner|longer|shorter|higher|lower|larger|bigger|"
                                 r"smaller|greater|more|fewer|less|hon)\b.*?\b(?:or|hay|hoac)\b")


#: A bound on an amount of money (folded): "more than 5 billion dong", "trên 5 tỷ đồng", "từ 1.000 triệu đồng trở lên".
_AMOUNT_BOUND = re.compile(
    r"\b(more than|over|above|exceeding|greater than|at least|less than|under|below|at most|tren|hon|vuot|lon hon|"
    r"it nhat|toi thieu|duoi|nho hon|khong qua|toi da|tu)\s+(\d[\d.,]*)\s*(billion|million|thousand|ty|trieu|nghin|ngan)?"
    r"\s*(dong|vnd|d)?(\s+tro len)?\b")
_BOUND_OPS = {"more than": ">", "over": ">", "above": ">", "exceeding": ">", "greater than": ">", "tren": ">", "hon": ">",
              "vuot": ">", "lon hon": ">", "at least": ">=", "it nhat": ">=", "toi thieu": ">=", "less than": "<", "under": "<",
              "below": "<", "duoi": "<", "nho hon": "<", "at most": "<=", "khong qua": "<=", "toi da": "<="}
_MONEY_UNITS = {"billion": 1e9, "ty": 1e9, "million": 1e6, "trieu": 1e6, "thousand": 1e3, "nghin": 1e3, "ngan": 1e3}


def parse_amount(text: str, language: str) -> float | None:
    """A figure as the language writes it: "5,000" / "5.5" in English, "5.000" / "5,5" in Vietnamese."""
    text = text.strip(".,")
    thousands, decimal = (",", ".") if language == "en" else (".", ",")
    if re.fullmatch(rf"\d{{1,3}}(?:\{thousands}\d{{3}})+(?:\{decimal}\d+)?|\d+(?:\{decimal}\d+)?", text):
        return float(text.replace(thousands, "").replace(decimal, "."))
    return None


def column_figures(cells: list[str]) -> list[float | None]:
    """The figure each cell of one column states (its first number; "≥ 85%" → 85), read the way the
    column writes numbers: "1,006,602" and "44,367" of a column in English style, "1.126,0" and "5,5" of one
    in Vietnamese style — whichever reads more of its cells (Vietnamese on a tie). None for a cell with none."""
    tokens = [m.group(0).strip(".,") if (m := re.search(r"\d[\d.,]*", cell or "")) else None for cell in cells]
    read = {lang: [parse_amount(t, lang) if t else None for t in tokens] for lang in ("vi", "en")}
    grouped = [t for t in tokens if t and re.search(r"[.,]", t)]
    # every separator followed by three digits ("640,300", "980,750", "1,204,500"): thousands, whichever mark
    if grouped and all(re.fullmatch(r"\d{1,3}(?:,\d{3})+", t) for t in grouped):
        return read["en"]
    if grouped and all(re.fullmatch(r"\d{1,3}(?:\.\d{3})+", t) for t in grouped):
        return read["vi"]
    best = max(("vi", "en"), key=lambda lang: (sum(v is not None for v in read[lang]), lang == "vi"))
    return read[best]


def _bounds(folded: str, language: str):
    """Each bound the folded text states on a figure: (its match, op, the figure as written, read, its unit
    word, its currency word). "từ 5 tỷ đồng" alone is no bound ("từ … trở lên" is)."""
    for m in _AMOUNT_BOUND.finditer(folded):
        word, figure, unit, currency, upward = m.groups()
        if word == "tu" and not upward:
            continue
        amount = parse_amount(figure, language)
        if amount is not None:
            yield m, (">=" if word == "tu" else _BOUND_OPS[word]), figure, amount, unit, currency


def _money_bounds(folded: str, language: str):
    """Each bound on an amount of money the folded text states, if it names money ("dong", "tỷ", "million"…):
    (its match, (op, amount, unit))."""
    for m, op, _, amount, unit, currency in _bounds(folded, language):
        if unit or currency:  # ("more than 3 tasks": no money)
            yield m, (op, amount, _MONEY_UNITS.get(unit or "", None if not currency else 1.0))


#: Words that say an amount is money (folded): then a bound is on an amount, not on a figure of the year.
_MONEY_SAID = re.compile(r"\b(?:kinh phi|von|ngan sach|chi phi|tong muc dau tu|dong|vnd|budget|cost|costs|funding|fund|money|spend|spending)\b")


def figure_bound(folded: str, language: str) -> tuple[str, float, str] | None:
    """The first bound on a figure a question states without naming money ("above 5,000,000", "trên 5 triệu
    tấn", "at least 1 million"): (op, the figure, the bound as written); not a year ("từ 2026") nor a
    percentage (read as values)."""
    for m, op, figure, amount, unit, currency in _bounds(folded, language):
        if currency or folded[m.end():m.end() + 1] == "%" or (not unit and 1900 <= amount <= 2100 and figure.isdigit()):
            continue
        return op, amount * _MONEY_UNITS.get(unit or "", 1.0), m.group(0).strip()
    return None


def amount_bound(folded: str, language: str) -> tuple[str, float, float | None] | None:
    """The first bound on an amount of money a question states: (op, amount, unit in đồng or None)."""
    return next((bound for _, bound in _money_bounds(folded, language)), None)


def amount_bound_span(question: str) -> tuple[int, int] | None:
    """Where in the question (as written) its first bound on money stands."""
    folded = fold_accents(question).casefold()
    if len(folded) != len(question):
        return None
    return next((m.span() for m, _ in _money_bounds(folded, detect_language(question))), None)


#: a percentage as stated ("100%", "85,5 %"), its figure captured: one rule for questions and cells
PERCENT_FIGURE = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.,]\d+)?)\s?%")


def _search_text(question: str, intent: QueryIntent) -> str:
    """What is searched for: the question without its document references, its English words'
    Vietnamese, and the agencies it names in other words."""
    extra = translate_terms(question) if intent.language == "en" else ""
    topic = _DOC_REF_TEXT.sub(" ", question)  # document references say where, not what
    names = " ".join(a for a in intent.agencies if a.casefold() not in question.casefold())
    return " ".join(f"{topic} {extra} {names}".split())


# ---- follow-ups ---------------------------------------------------------------------------------

#: A follow-up is short: longer questions say what they are about themselves.
FOLLOWUP_MAX_WORDS = 10


def _is_followup(intent: QueryIntent) -> bool:
    if len(intent.question.split()) > FOLLOWUP_MAX_WORDS:
        return False
    padded = " " + re.sub(r"[^\w\s/%.&-]", " ", intent.folded) + " "
    if any(_has_cue(padded, c) for c in FOLLOWUP_CUES):
        return True
    # Nothing but years, numbers and question words: it can only refer to the previous question.
    from assistant.evidence import content_terms

    rest = _YEAR.sub(" ", intent.folded)
    rest = re.sub(r"\d+(?:\.\d+)*", " ", rest)
    return not content_terms(rest)


def resolve_followup(intent: QueryIntent, history: list[dict] | None) -> QueryIntent:
    """Read a short continuation ("Còn năm 2025 thì sao?", "and its deadline?") as the previous
    question with what the new one changes: its years, row numbers, fields, agencies or plan."""
    previous = [str(m.get("content") or "") for m in history or [] if m.get("role") == "user" and str(m.get("content") or "").strip()]
    if not previous or not _is_followup(intent):
        return intent
    prev = parse_question(previous[-1])
    for earlier in reversed(previous[:-1]):  # a chain of follow-ups goes back to its first question
        if not _is_followup(prev):
            break
        prev = _merge(parse_question(earlier), prev)
    return _merge(prev, intent)


def _merge(prev: QueryIntent, cur: QueryIntent) -> QueryIntent:
    merged = QueryIntent(question=cur.question, language=cur.language, folded=f"{prev.folded} {cur.folded}")
    merged.numbers = cur.numbers or prev.numbers
    merged.number_kind = cur.number_kind or prev.number_kind
    merged.number_noun = cur.number_noun or prev.number_noun
    merged.rows_noun = cur.rows_noun or prev.rows_noun
    merged.part = cur.part or prev.part
    merged.appendix = cur.appendix or prev.appendix
    merged.target_years = cur.target_years or prev.target_years
    merged.doc_years = cur.doc_years or prev.doc_years
    merged.plan_years = cur.plan_years or prev.plan_years
    merged.doc_codes = cur.doc_codes or prev.doc_codes
    merged.code_kinds = cur.code_kinds if cur.doc_codes else prev.code_kinds
    merged.months = cur.months or prev.months
    merged.values = cur.values or prev.values
    fields = list(cur.fields) or list(prev.fields)
    if cur.target_years and "targets" not in fields and ("targets" in prev.fields or prev.target_years):
        fields.append("targets")  # "còn năm 2025 thì sao?": the other year's value is the point
    merged.fields = fields
    merged.agencies = cur.agencies or prev.agencies
    merged.aggregation = cur.aggregation or prev.aggregation
    merged.meta = cur.meta or prev.meta
    merged.comparison = cur.comparison or prev.comparison
    merged.instruction, merged.live = cur.instruction, cur.live  # what the new words ask of the assistant
    search = prev.search_text
    if cur.target_years:  # the new years replace the old ones in what is searched for
        for y in prev.target_years:
            search = re.sub(rf"\b{y}\b", " ", search)
        search = f"{search} {' '.join(cur.target_years)}"
    merged.search_text = " ".join(search.split())
    merged.followup_of = prev.question
    return merged


# ---- resolution against the ingested documents ---------------------------------------------------

def doc_keys(doc: DocumentInfo) -> set[str]:
    """Numbers a user may use to name a document: its own number and the acts its title implements."""
    keys: set[str] = set()
    for text in (doc.number or "", doc.title):
        keys.update(number.lstrip("0") or "0" for number, _ in act_numbers(text))
    return keys


def doc_years(doc: DocumentInfo) -> tuple[set[str], set[str]]:
    """(title years, date years). Dates of acts the title cites and horizons ("đến năm 2030")
    are not the plan's own year; the issue date counts only when the title names no year."""
    title = re.sub(r"ngày \d+/\d+/\d{4}", "", doc.title)
    title = re.sub(r"(?:đến|tới|định hướng(?: đến)?|giai đoạn \d{4}\s*-)\s*(?:năm\s*)?\d{4}", "", title, flags=re.IGNORECASE)
    title_years = set(_YEAR.findall(title))
    date_years = {doc.date[:4]} if doc.date and not title_years else set()
    return title_years, date_years


def period_years(doc: DocumentInfo) -> set[str]:
    """The years of the period a plan's title covers ("giai đoạn 2026 - 2030" → 2026 … 2030)."""
    years: set[str] = set()
    for a, b in re.findall(r"giai đoạn\s*(20\d\d)\s*[-–]\s*(20\d\d)", doc.title, flags=re.IGNORECASE):
        years |= {str(y) for y in range(int(a), int(b) + 1)}
    return years


def own_years(doc: DocumentInfo) -> tuple[set[str], set[str]]:
    """(years the plan's title names, its period's included; its issue year when the title names none)."""
    title, date = doc_years(doc)
    return title | period_years(doc), date


def plans_named_apart(intent: QueryIntent, docs: list[DocumentInfo]) -> list[str]:
    """The plans a question names one by one, each reference naming one plan ("chương trình 2022 …
    KH 275", "the 2025 plan … its 2026 plan"); [] unless two or more distinct plans are named so."""
    refs: list[list[str]] = []
    for code in dict.fromkeys(intent.doc_codes):
        refs.append([d.doc_id for d in docs if code in doc_keys(d)])
    for year in dict.fromkeys(intent.doc_years):
        by_title = [d.doc_id for d in docs if year in own_years(d)[0]]
        refs.append(by_title or [d.doc_id for d in docs if year in own_years(d)[1]])
    if intent.comparison:
        # "chỉ tiêu của Thanh Hóa (KH 275) và của Hà Khuê": a place that only one plan belongs to names it
        said = f" {fold_squashed(intent.question)} "
        by_place: dict[str, list[str]] = {}
        for d in docs:
            for place in plan_names(d)[0]:
                if f" {place} " in said:
                    by_place.setdefault(place, []).append(d.doc_id)
        refs.extend(by_place.values())
    named = list(dict.fromkeys(r[0] for r in refs if len(r) == 1))
    return named if len(named) >= 2 else []


def issuer_code(doc: DocumentInfo) -> str | None:
    """The issuer's code closing a document number ("1187/QĐ-BXD" → "BXD", "402-CV/VPĐU" → "VPĐU")."""
    m = re.search(r"[-/]([A-ZĐ][A-ZĐ&]{1,9})\s*$", doc.number or "")
    return m.group(1) if m else None


def _named_by_issuer_code(intent: QueryIntent, docs: list[DocumentInfo]) -> set[str]:
    """Plans the question names by their issuer's code ("the BXD programme"), when that code closes
    the number of one indexed plan only ("UBND" closes many: it names an agency as often)."""
    codes: dict[str, list[str]] = {}
    for d in docs:
        code = issuer_code(d)
        if code and len(code) >= 3:
            codes.setdefault(code, []).append(d.doc_id)
    named: set[str] = set()
    for code, ids in codes.items():
        if len(ids) == 1 and (re.search(rf"(?<![\w-]){re.escape(code)}(?![\w-])", intent.question)
                              or re.search(rf"(?<![\w-]){re.escape(fold_accents(code))}(?![\w-])", intent.question)):
            named.add(ids[0])
    return named


#: The symbol a document's number carries for its kind ("24/2026/NQ-CP", "266-KH/TU"), by the kinds of _DOC_KINDS
#: (of_kind is also asked of kinds with no symbol, "chiến lược": its title tells it).
_KIND_SYMBOLS = {"nghi quyet": "NQ", "ke hoach": "KH", "quyet dinh": "QĐ", "chuong trinh": "CTr", "cong van": "CV",
                 "bao cao": "BC", "chi thi": "CT", "to trinh": "TTr", "de an": "ĐA"}
#: The words naming each kind beside a number, as _DOC_CODE reads them (folded): the kind, its symbol, its English
#: words — except "plan", which English askers use for any kind of document.
_CODE_KINDS = {kind: {kind, fold_words(symbol), *(w for w in english.split("|") if w != "plan")}
               for kind, english in _DOC_KINDS.items() for symbol in [_KIND_SYMBOLS[kind]]}


def of_kind(doc: DocumentInfo, kind: str, *, anywhere: bool = False) -> bool:
    """Whether a document is of the kind: its number's symbol ("24/2026/NQ-CP") or its title's first words
    (``anywhere``: any words of its title — "Quyết định ban hành Kế hoạch …" issues a plan)."""
    # (a kind without a symbol of its own, "chiến lược", is told by its title only)
    symbol = _KIND_SYMBOLS.get(kind)
    if symbol and re.search(rf"(?<![A-Za-zĐđ]){symbol}(?![A-Za-zĐđ])", doc.number or ""):
        return True
    title = f" {fold_words(doc.title)}"
    return f" {kind} " in f"{title} " if anywhere else title.startswith(f" {kind}")


#: A Vietnamese question naming a plan by its kind ("kế hoạch", "KH"), folded.
_NAMES_A_PLAN_VI = re.compile(r" (?:ke hoach|kh) ")


def resolve_documents(intent: QueryIntent, docs: list[DocumentInfo]) -> tuple[list[str], bool]:
    """Candidate doc_ids for a question and whether the question named them explicitly."""
    by_code = []
    for code in intent.doc_codes:
        having = [d for d in docs if code in doc_keys(d)]
        # "Nghị quyết 24/2026" where a plan 24/KH-UBND is also held: the document of the kind named
        kind_docs = [d for d in having if intent.code_kinds.get(code) and of_kind(d, intent.code_kinds[code])]
        by_code += [d.doc_id for d in (kind_docs or having)]
    by_code = list(dict.fromkeys(by_code))
    by_issuer_code = _named_by_issuer_code(intent, docs)
    named = [d for d in docs if _names_doc(intent, d) or d.doc_id in by_issuer_code]
    if intent.plan_years and not by_code and docs:
        # "Thanh Hóa's 2027 plan" with no plan of 2027 in reach: another year's plan is not its answer
        owned = named or docs
        had = set().union(*(title | date for title, date in map(own_years, owned)))
        if not had & set(intent.plan_years):
            intent.unindexed_years = list(intent.plan_years)
    by_year: list[str] = []
    if intent.doc_years:
        wanted = set(intent.doc_years)
        title_match = [d.doc_id for d in docs if own_years(d)[0] & wanted]
        date_match = [d.doc_id for d in docs if doc_years(d)[1] & wanted]
        kind_words = {"chuong trinh": "chương trình", "program": "chương trình"}
        wants_program = any(k in intent.folded for k in kind_words)
        # ("Ngọc Lâm's programme or Thanh Hóa's 2026 plan": a plan is named beside the programme, by its kind
        # after a year or an owner — not the verb "plans to")
        plan_too = _NAMES_A_PLAN_VI.search(f" {intent.folded} ") or re.search(r"(?:\b\d{4}|'s)\s+(?:[\w-]+\s+){0,3}plans?\b", intent.folded)
        progs = [d.doc_id for d in docs if "chương trình" in d.title.casefold() and (doc_years(d)[1] & wanted or doc_years(d)[0] & wanted)] \
            if wants_program else []
        if progs and not plan_too:  # and any plan the question names by its number beside it ("… so với KH 275")
            # (of them, the one whose place or owner the question names: "Nhạn Giang province's 2026-2030 programme")
            owned = [d for d in progs if d in {x.doc_id for x in named}]
            return list(dict.fromkeys((owned or progs) + by_code)), True
        by_year = list(dict.fromkeys(title_match + date_match))
        if _NAMES_A_PLAN_VI.search(f" {intent.folded} "):
            # "KH CĐS 2025", "kế hoạch năm 2025": of the documents of that year, the plans (a report or a
            # letter of 2025 is not the plan asked), when there is one — and the programme named beside it
            held = {d.doc_id: d for d in docs}
            plans = [d for d in by_year if of_kind(held[d], "ke hoach", anywhere=True)]
            if plans:
                by_year = list(dict.fromkeys(plans + progs))
                title_match = list(dict.fromkeys([d for d in title_match if d in plans] + progs))
        intent.primary_docs = list(dict.fromkeys(by_code + title_match))
    by_name = [d.doc_id for d in named]
    if by_name and len(by_name) < len(docs):
        # "kế hoạch của tỉnh Quảng Trị", "the health ministry's plan": the place or body that
        # issued it narrows every other way of naming a plan
        narrowed = [d for d in dict.fromkeys(by_code + by_year) if d in by_name]
        if narrowed and intent.comparison:
            # "compare the Ministry of Construction's 2029 target with Thanh Hóa's in KH 275": a
            # plan its owner names beside the numbered one is the comparison's other side
            held = {d.doc_id: d for d in docs}
            owners = set().union(*(plan_names(held[d])[0] | plan_names(held[d])[1] for d in narrowed))
            others = [d.doc_id for d in named if d.doc_id not in narrowed and not (plan_names(d)[0] | plan_names(d)[1]) & owners]
            if others:
                return list(dict.fromkeys(narrowed + others)), True
        if narrowed:
            by_code, by_year = [d for d in by_code if d in narrowed], [d for d in by_year if d in narrowed]
        elif not by_code and not by_year:
            intent.primary_docs = list(by_name)
            return list(by_name), len(by_name) == 1
    if by_code and by_year and not intent.comparison and len(by_code) == 1 and by_code[0] in by_year:
        return by_code, True
    merged = list(dict.fromkeys(by_code + by_year))
    if merged:
        return merged, True
    by_title = _named_by_title(intent, docs) or _named_by_english_title(intent, docs)
    if by_title and len(by_title) < len(docs):
        intent.primary_docs = by_title
        return by_title, True
    alone = _KIND_ALONE_VI.search(intent.folded) or _KIND_ALONE_EN.search(intent.folded)
    if alone and not intent.doc_codes:
        # "Nghị quyết được ban hành theo đề nghị của ai?", "this resolution": a kind of document named
        # alone is the one document held of that kind, when there is exactly one
        said = next(g for g in alone.groups() if g)
        kind = next(k for k, words in _CODE_KINDS.items() if said in words)
        # (a scheme, "Đề án", is approved by a decision whose title names it: "Quyết định phê duyệt Đề án …")
        kind_docs = [d.doc_id for d in docs if of_kind(d, kind, anywhere=kind == "de an")]
        if len(kind_docs) == 1:
            return kind_docs, True
    return [d.doc_id for d in docs], False


#: A kind of document and the words after it, as a question names a document by its title: "Đề án thị trường
#: các-bon", "chương trình chuyển đổi số ngành y tế" (folded words).
_KIND_THEN_WORDS = re.compile(r"\b(?:de an|ke hoach|chuong trinh|quyet dinh|nghi quyet|chien luoc|bao cao)((?: [a-z0-9]+){3,10})")
#: Words of a time said after a kind ("Đề án đến năm 2030", "giai đoạn 2026-2030"), folded: the horizon
#: asked, which a title may print too ("… định hướng đến năm 2030"), names no document.
_TIME_WORDS = frozenset({"den", "nam", "giai", "doan", "dinh", "huong", "tu", "het", "truoc", "sau"})
#: The fewest words after the kind that name a document by its title (two, "chuyển đổi số", name many).
TITLE_PHRASE_MIN_WORDS = 3
#: Of those words, how many only that title holds ("thị trường các-bon": "thi", "truong", "bon").
TITLE_OWN_WORDS = 2
#: Two words right after the kind name a title when both are that title's own ("Quyết định ủy quyền") …
TITLE_PAIR_WORDS = 2
#: … among this many titles or more (the five bundled plans and one more: six).
TITLE_PAIR_MIN_TITLES = 3


def _named_by_title(intent: QueryIntent, docs: list[DocumentInfo]) -> list[str]:
    """Documents a question names by words of their titles after a kind of document: for each such
    kind, the longest run of the words right after it (at least TITLE_PHRASE_MIN_WORDS) that some
    title holds — and only when exactly one title holds it ("Đề án thị trường các-bon" → the decision
    approving "Đề án Thành lập và phát triển thị trường các-bon …"; "kế hoạch chuyển đổi số tỉnh …"
    held by several titles names none of them)."""
    titles = {d.doc_id: f" {fold_words(d.title)} " for d in docs if d.title}
    df: dict[str, int] = {}
    for title in titles.values():
        for w in set(title.split()):
            df[w] = df.get(w, 0) + 1
    def own(w: str) -> bool:
        """A word only one title has, and no time said ("đến năm 2030" of "… định hướng đến năm 2030")."""
        return df.get(w) == 1 and w not in _TIME_WORDS and not w.isdigit()

    found: list[str] = []
    for m in _KIND_THEN_WORDS.finditer(f" {fold_words(intent.question)} "):
        if _says_what_it_does(m.group(1), intent.question):
            continue
        words = m.group(1).split()
        for n in range(len(words), TITLE_PHRASE_MIN_WORDS - 1, -1):
            phrase = f" {' '.join(words[:n])} "
            holders = [doc_id for doc_id, title in titles.items() if phrase in title]
            if holders:
                # the run names one title by words of its own (at least two no other title has):
                # "chuyển đổi số của …" held by one title is words every plan uses, and names none
                if len(holders) == 1 and sum(1 for w in set(words[:n]) if own(w)) >= TITLE_OWN_WORDS:
                    found.extend(holders)
                break
        else:
            # two words right after the kind, both of one title only: "Quyết định ủy quyền …" names the
            # decision "Về việc Ủy quyền cho …" where no other title says "ủy" or "quyền" (among
            # TITLE_PAIR_MIN_TITLES titles or more: of one or two, every word is some title's own)
            pair = words[:TITLE_PAIR_WORDS]
            holders = [doc_id for doc_id, title in titles.items() if f" {' '.join(pair)} " in title]
            if len(titles) >= TITLE_PAIR_MIN_TITLES and len(holders) == 1 and all(own(w) for w in pair):
                found.extend(holders)
    return list(dict.fromkeys(found))


#: The English words before a kind of document, as a question names one by its topic: "the carbon market
#: scheme", "the carbon-market decision", "the national digital transformation programme".
_TOPIC_THEN_KIND_EN = re.compile(r"\b((?:[a-z][\w+-]*\s+){1,4})(?:scheme|plan|programme|program|decision|strategy|project)\b")


def _named_by_english_title(intent: QueryIntent, docs: list[DocumentInfo]) -> list[str]:
    """Documents an English question names by the topic of their titles, before a kind of document: each
    English word (the vocabulary's Vietnamese for it) is in one title, and at least TITLE_OWN_WORDS of
    the title's words so found are in no other title ("the carbon market scheme" → "Đề án … thị
    trường các-bon"; "the digital transformation plan", whose words every plan's title holds, names none)."""
    if intent.language != "en":
        return []
    from assistant.evidence import content_terms  # (evidence imports this module)
    titles = {d.doc_id: content_terms(d.title) for d in docs if d.title}
    df: dict[str, int] = {}
    for terms in titles.values():
        for t in terms:
            df[t] = df.get(t, 0) + 1

    def reading(w: str) -> set[str]:
        """A word's Vietnamese, as the terms it reads as (pairs first: "thị trường", not "thị"); none for a word
        with no Vietnamese that no title prints ("in", "its")."""
        said = {t for _, vi in translations(w) for t in content_terms(vi)} | ({w} if w in df else set())
        return {t for t in said if "_" in t or "-" in t or len(t) >= 5} or said

    def holding(run: list[set[str]], own: int) -> list[str]:
        """The titles holding every reading of the run, ``own`` of its terms in no other title."""
        return [d for d, terms in titles.items()
                if all(r & terms for r in run) and sum(1 for r in run for t in r & terms if df.get(t) == 1) >= own]

    found: list[str] = []
    for m in _TOPIC_THEN_KIND_EN.finditer(intent.question.casefold()):
        words = [w for w in re.split(r"[\s-]+", m.group(1)) if w and w not in EN_STOP_WORDS and not w.isdigit()]
        if not words:
            continue
        read = [reading(w) for w in words]
        readings, last_read = [r for r in read if r], bool(read[-1])
        # the longest run of words right before the kind that one title holds ("steers the carbon market
        # scheme": "carbon market")
        # (one word alone, "the fisheries programme", names the one title holding its Vietnamese when no
        # other title does and it says no kind of plan)
        # (the word right before the kind: "reports on the plan" names no plan by "reports")
        adjacent = re.split(r"[\s-]+", m.group(1).strip())[-1] == words[-1]
        shortest = 1 if adjacent and last_read and words[-1] not in PLAN_DESCRIBERS_EN else 2
        for n in range(len(readings), shortest - 1, -1):
            holders = holding(readings[-n:], TITLE_OWN_WORDS if n > 1 else 1)
            if holders:
                if len(holders) == 1:
                    found.extend(holders)
                break
    for m in _KIND_THEN_TOPIC_EN.finditer(intent.question.casefold()):
        # the topic after the kind: "the decision on authorising the Director …" → "Về việc Ủy quyền cho Giám
        # đốc …": the longest run of the first words (two or more) that one title holds by words of its own
        words = [w for w in re.split(r"[\s-]+", m.group(1)) if w and w not in EN_STOP_WORDS and not w.isdigit()]
        readings = [r for r in map(reading, words) if r]
        for n in range(len(readings), 1, -1):
            holders = holding(readings[:n], TITLE_OWN_WORDS)
            if holders:
                if len(holders) == 1:
                    found.extend(holders)
                break
    return list(dict.fromkeys(found))


#: The English words after a kind of document and "on"/"for", as a question names one by its topic: "the
#: decision on authorising the Director", "the scheme for digitising construction infrastructure".
_KIND_THEN_TOPIC_EN = re.compile(r"\b(?:scheme|plan|programme|program|decision|strategy|project|resolution)\s+"
                                 r"(?:on|for|about|regarding|concerning)\s+((?:[a-z][\w+-]*\s*){2,6})")


#: A document named by a kind alone, as the question's subject: "Nghị quyết được ban hành …", "quyết định
#: này", "the resolution", "this decision" (not a plan or programme, which askers say of any document).
#: (acts only: "Báo cáo …", "the report" at a question's start are often a task's report, not a document held;
#: "Đề án đào tạo …" at a question's start is a task's scheme — "đề án này", "the scheme" are the one held)
_KIND_ALONE_VI = re.compile(r"^(nghi quyet|quyet dinh|chi thi)\b(?!\s*(?:so\s*)?\d)"
                            r"|\b(nghi quyet|quyet dinh|chi thi|de an) nay\b")
_KIND_ALONE_EN = re.compile(r"\bthe\s+(resolution)\b(?!\s+(?:no\.?\s*)?\d)|\bthis\s+(resolution|decision|directive|scheme)\b(?!\s+(?:no\.?\s*)?\d)"
                            # ("the scheme on training semiconductor staff" is a task's scheme, named by what follows)
                            r"|\bthe\s+(scheme)\b(?!\s+(?:no\.?\s*)?\d|\s+(?:on|for|to|of|that|which|about|in|under)\b)")


_PLACE = re.compile(r"(?:tỉnh|thành phố|thị xã|huyện|quận|xã|phường|thị trấn|Tỉnh ủy|Tỉnh uỷ|Huyện ủy|Huyện uỷ|Đảng ủy xã|Đảng ủy phường)\s+((?:[A-ZĐÀ-Ỹ][\wà-ỹ]*)(?:\s+[A-ZĐÀ-Ỹ][\wà-ỹ]*){0,2})")
#: An institution's own name after its kind: "Bệnh viện Đa khoa Tâm An", "Trường Đại học Hồng Đức"
#: (the kind's own words are no name: "Bệnh viện Đa khoa tỉnh Đông Lĩnh" names no hospital "Đa", whose folded
#: "da" a question's "đã" would say)
_INSTITUTION = re.compile(r"(?:Bệnh viện|Trường|Viện|Công ty|Tổng công ty|Tập đoàn)(?:\s+(?:Đa khoa|Đại học|Cao đẳng|Trung ương|Trung học phổ thông|THPT))?"
                          r"\s+(?!(?:Đa khoa|Đại học|Cao đẳng|Trung ương|Trung học|THPT)\b)((?:[A-ZĐÀ-Ỹ][\wà-ỹ]*)(?:\s+[A-ZĐÀ-Ỹ][\wà-ỹ]*){0,2})")
#: (two words, either case: "Bộ Y tế" → "Y tế", "Bộ Công Thương" → "Công Thương" — not "Công", which "Bộ Công an" holds)
_SECTOR = re.compile(r"(?:^Bộ|\bngành)\s+([A-ZĐÀ-Ỹ][\wà-ỹ]*(?:\s+(?!và\b)[\wà-ỹ]+)?)")
#: "the ministry's …" (not "the Ministry of X", which names a body that may be any plan's agency)
_THE_MINISTRY = re.compile(r"\bthe ministry(?:['’]s)?\b(?!\s+of\b)", re.IGNORECASE)
#: the words right before "plan"/"programme" in an English question ("the health plan")
_BEFORE_PLAN_EN = re.compile(r"\b((?:[\w-]+\s+){1,2})(?:plan|programme|program)\b", re.IGNORECASE)
#: words of a question that point at a ministry or a sector, in English
_SECTOR_EN = re.compile(r"\b(?:ministry|ministerial|ministry's|sector|sectoral)\b", re.IGNORECASE)


def _names_institution_kind(question: str, doc: DocumentInfo) -> bool:
    """"the hospital", "the university" (one, with "the") in an English question, and a plan issued by
    — or titled for — an institution of that kind ("Bệnh viện Đa khoa Phú Vân"; kinds as vocabulary data)."""
    for kind, english in INSTITUTION_KINDS:
        if any(re.search(rf"\bthe {re.escape(e)}\b(?!s)", question, re.IGNORECASE) for e in english):
            issuer_or_title = f"{doc.issuer or ''} {doc.title}"
            if re.search(rf"(?<!\w){re.escape(kind)}\s+[A-ZĐÀ-Ỹ]", issuer_or_title):
                return True
    return False


def plan_names(doc: DocumentInfo) -> tuple[frozenset[str], frozenset[str]]:
    """(places, sectors) that name a plan: "Quảng Trị" from "tỉnh Quảng Trị", "Y tế" from
    "Bộ Y tế" (its issuer) or "ngành Y tế" (its title); folded. Read once per title and issuer (every
    question asks it of every plan)."""
    return _plan_names(doc.title, doc.issuer or "")


@functools.lru_cache(maxsize=1024)
def _plan_names(title: str, issuer: str) -> tuple[frozenset[str], frozenset[str]]:
    # (À-Ỹ holds small letters too: "tỉnh Lào Cai đến năm 2030" names "Lào Cai")
    places = set(_plan_places(title, issuer))
    for part in (title, issuer):  # "Tâm An" of "Bệnh viện Đa khoa Tâm An"
        places |= {fold_squashed(capitalised_name(m)) for m in _INSTITUTION.findall(part)}
    sectors = {fold_squashed(m) for m in _SECTOR.findall(issuer)}
    sectors |= {fold_squashed(m) for m in _SECTOR.findall(title)}
    # "Tổng công ty Cảng Vân Lãng": the port is named "Vân Lãng" too ("the Vân Lãng port programme"), its
    # proper name without its kind, when two words or more are left
    kinds = [fold_squashed(kind) for kind, _ in INSTITUTION_KINDS]
    places |= {rest for p in places for k in kinds if p.startswith(k + " ") and len((rest := p[len(k) + 1:]).split()) >= 2}
    return frozenset(p for p in places if p), frozenset(x for x in sectors if x)


def plan_places(doc: DocumentInfo) -> frozenset[str]:
    """The places a plan belongs to ("thanh hoa" of "UBND tỉnh Thanh Hóa"), folded: a province, city,
    district or commune its title or issuer names (not an institution's own name)."""
    return _plan_places(doc.title, doc.issuer or "")


@functools.lru_cache(maxsize=1024)
def _plan_places(title: str, issuer: str) -> frozenset[str]:
    # (each apart: a title ending "… tỉnh Thanh Hóa" and an issuer "Ban Thường vụ …" name no place "Thanh Hóa Ban")
    return frozenset(p for part in (title, issuer) for p in (fold_squashed(capitalised_name(m)) for m in _PLACE.findall(part)) if p)


def without_issuers(agencies: list[str], docs: list[DocumentInfo]) -> list[str]:
    """The agencies a question names, less the bodies that issued the plans it names."""
    issuers = {fold_squashed(d.issuer) for d in docs if d.issuer}
    return [a for a in agencies if fold_squashed(a) not in issuers]


def _padded_words(text: str) -> str:
    """" w1 w2 … ": folded words only, one space around each, for whole-word containment tests."""
    return f" {fold_words(text)} "


#: Generic unit words that open a body's name under its parent ("Văn phòng Đảng ủy Chính phủ").
_UNIT_OPENING = re.compile(r"^(?:van phong|ban|vu|cuc)\s+")


def issuer_names(doc: DocumentInfo) -> list[str]:
    """The folded names a question may give the body that issued a document: its issuer, and the
    parent body a unit writes for ("Đảng ủy Chính phủ" for "Văn phòng Đảng ủy Chính phủ")."""
    name = fold_words(doc.issuer or "")
    if not name:
        return []
    parent = _UNIT_OPENING.sub("", name)
    return list(dict.fromkeys([name] + ([parent] if parent != name and len(parent.split()) >= 2 else [])))


def _names_issuer(intent: QueryIntent, doc: DocumentInfo) -> bool:
    """Whether the question names the document as its issuer's ("báo cáo của Đảng ủy Chính phủ",
    "the Government's programme", "the Party Committee report")."""
    padded = _padded_words(intent.folded)
    english = [(fold_words(en), f" {fold_words(vi)} ") for en, vi in translations(intent.question)] if intent.language == "en" else []
    for name in issuer_names(doc):
        n = re.escape(name)
        # ("báo cáo của Ban Thường vụ Đảng ủy Chính phủ": an organ of the body between)
        m = re.search(rf" {_DOC_KIND_VI} (?:\S+ ){{0,6}}?(?:cua|do) (?:\S+ ){{0,3}}?{n} | {_DOC_KIND_VI} {n} ", padded)
        if m:
            _named_by(intent, f"{m.group(0).split()[0]} {m.group(0).split()[1]} {name}")
            return True
        words = set(name.split())
        # the English words whose Vietnamese makes up the body's name, placed as an owner
        # (a translation may list alternatives, "chính phủ chính quyền" for "government": a whole
        # word of the name, two syllables, is enough)
        parts = [en for en, vi in english if set(vi.split()) & words and (
            set(vi.split()) <= words | {"cap"} or len(set(vi.split()) & words) >= 2)]
        covered = set().union(*(set(vi.split()) & words for en, vi in english if en in parts)) if parts else set()
        if parts and words <= covered:
            owner = "(?:" + "|".join(re.escape(p) for p in sorted(parts, key=len, reverse=True)) + ")"
            body = rf"(?:the )?(?:{owner} ?){{1,4}}"
            m = re.search(rf" {body}(?:s)? (?:\S+ ){{0,3}}?{_DOC_KIND_EN}s? | {_DOC_KIND_EN} (?:\S+ ){{0,4}}?(?:of|from|by) {body} ", padded)
            if m:
                _named_by(intent, m.group(0))
                return True
    return False


#: Kinds of document that name one when a question says "the report", "theo báo cáo", "công văn này"
#: (folded Vietnamese → its English words). "Plan" and "programme" are left out: users call any of
#: these documents a plan.
_NAMING_KINDS = {vi: en for vi, en in _DOC_KINDS.items() if vi not in ("ke hoach", "chuong trinh", "de an")}


def doc_kinds(doc: DocumentInfo) -> set[str]:
    """The kinds a document's title gives it ("Công văn … dự thảo báo cáo …" → công văn, báo cáo);
    a kind followed by a number is another act it refers to ("thực hiện Nghị quyết số 57-NQ/TW")."""
    title = _padded_words(doc.title)
    return {k for k in _NAMING_KINDS if re.search(rf" {k} (?!so |\d)", title)}


def _names_kind(intent: QueryIntent, doc: DocumentInfo) -> bool:
    """Whether the question points at the document by its kind: "the report", "theo báo cáo"."""
    padded = _padded_words(intent.folded)
    for kind in doc_kinds(doc):
        # "theo quyết định nào" asks which decision: a kind followed by a question word names none
        m = re.search(rf" (?:theo|trong|tai|cua|o) (?:ban )?{kind} (?!nao |gi |so may )| {kind} (?:nay|do|tren) ", padded) or \
            re.search(rf" (?:the|this|that) (?:{_NAMING_KINDS[kind]})(?:s)? (?!to |on )", padded)
        if m:
            _named_by(intent, m.group(0))
            return True
        # "the Party Committee report", "the 402 report": words between may be the asker's topic,
        # so they name the document without being taken out of the question's terms
        if re.search(rf" (?:the|this|that) (?:[a-z-]+ ){{0,3}}?(?:{_NAMING_KINDS[kind]})(?:s)? (?!to |on )", padded):
            return True
    return False


#: The words an English question puts before "plan"/"programme" ("the 2025 provincial digital
#: transformation plan"); folded.
_TITLE_BEFORE_PLAN_EN = re.compile(r"\b(?:the|this|that|its|their)\s+((?:[a-z0-9'-]+\s+){1,6}?)(?:action\s+)?(?:plan|programme|program)\b")
#: The words a Vietnamese question writes after "kế hoạch"/"chương trình" (folded).
_TITLE_AFTER_KIND_VI = re.compile(r"\b(?:ke hoach|chuong trinh|de an)((?:\s+[a-z0-9]+){2,10})")


def note_title_naming(intent: QueryIntent, docs: list[DocumentInfo]) -> DocumentInfo | None:
    """The first of ``docs`` the question names by words of its title ("the 2025 provincial digital
    transformation plan", "Kế hoạch chuyển đổi số năm 2025"). Those words say which document, not
    what about: they are kept in ``intent.naming``, and an English question's searched text leaves
    them out (their Vietnamese would match every passage of the plan)."""
    for doc in docs:
        found = _title_naming(intent, doc)
        if found is not None:
            words, search_without = found
            _named_by(intent, words)
            if search_without is not None:
                intent.search_text = search_without
            return doc
    return None


def _title_naming(intent: QueryIntent, doc: DocumentInfo) -> tuple[str, str | None] | None:
    """(the naming words, the searched text without them or None) when the question names ``doc`` by
    its title. Every word must be the title's (an English word through its Vietnamese), and one at
    least must be more than a year."""
    title = set(fold_words(f"{doc.title} {doc.issuer or ''}").split())
    years = set().union(*own_years(doc))
    if intent.language == "en":
        pairs = [(fold_words(en), set(fold_words(vi).split())) for en, vi in translations(intent.question)]
        for m in _TITLE_BEFORE_PLAN_EN.finditer(intent.question.casefold()):
            words = fold_words(m.group(1)).split()
            covered: set[str] = set()
            for en, vi in pairs:
                if f" {en} " in f" {' '.join(words)} " and vi <= title:
                    covered |= set(en.split())
            if all(w in covered or w in years or w in title for w in words) and any(not w.isdigit() for w in words):
                return fold_words(m.group(0)), _search_text(f"{intent.question[:m.start()]} {intent.question[m.end():]}", intent)
        return None
    for m in _TITLE_AFTER_KIND_VI.finditer(intent.folded):
        if _says_what_it_does(m.group(1), intent.question):
            continue
        run = []
        for w in m.group(1).split():
            if w not in title and w not in years:
                break
            run.append(w)
        if sum(1 for w in run if not w.isdigit() and w != "nam") >= 2:
            return " ".join(run), None
    return None


def _says_what_it_does(after_kind: str, question: str) -> bool:
    """Whether the words after a document's kind (folded) open with a verb the question says of the
    document, with its accents ("kế hoạch yêu cầu làm gì"): what the plan does, not its title's words —
    though a title may say "yêu cầu" too (not "Kế hoạch giáo dục …": folded, "giao" is both)."""
    return any(f" {after_kind.strip()} ".startswith(f" {fold_words(verb)} ") for verb in _verbs_after_a_kind(question))


@functools.lru_cache(maxsize=1024)
def _verbs_after_a_kind(question: str) -> tuple[str, ...]:
    """The verbs of DOCUMENT_VERBS_VI a question writes, with their accents, right after a kind of document
    (the two words before the verb, folded, are one of _KINDS_THEN_VERB)."""
    said = " ".join(unicodedata.normalize("NFC", question).casefold().split())
    return tuple(v for v in DOCUMENT_VERBS_VI
                 if any(fold_words(m.group(1)) in _KINDS_THEN_VERB for m in re.finditer(rf"(\S+ \S+) {re.escape(v)}\b", said)))


#: The kinds of document a verb may follow (folded): those of _DOC_KINDS and a strategy.
_KINDS_THEN_VERB = frozenset(_DOC_KINDS) | {"chien luoc"}


def _named_by(intent: QueryIntent, words: str) -> None:
    """Keep the words that named a document: they say which document, not what about."""
    words = " ".join(words.split())
    if words not in intent.naming:
        intent.naming.append(words)


#: A place said as where a thing is located, folded: "đặt tại tỉnh Thanh Hóa", "located in Nghe An province"
#: (the verb and up to four words of the place after it).
_LOCATED_PLACE = re.compile(r"\b(?:đặt tại|nằm ở|nằm tại|trụ sở tại|có địa chỉ tại|có trụ sở ở|located in|based in|situated in)"
                            r"(?: (?:tỉnh|thành phố|tp|huyện|xã|phường|province|city))?(?: [^\W\d_]+){1,3}")


@functools.lru_cache(maxsize=1024)
def _located_places(question: str) -> tuple[str, ...]:
    """The places a question says things are located in (see _LOCATED_PLACE), folded; read once per question."""
    return tuple(fold_words(m.group(0)) for m in _LOCATED_PLACE.finditer(unicodedata.normalize("NFC", question).casefold()))


def _names_doc(intent: QueryIntent, doc: DocumentInfo) -> bool:
    """Whether the question names the plan's province, its ministry/sector or its issuer as owner."""
    places, sectors = plan_names(doc)
    # (a place said after "located in", "đặt tại" is where a thing listed is, not whose plan: "những cơ sở
    # nào đặt tại tỉnh Thanh Hóa")
    padded = _padded_words(intent.folded)
    for said in _located_places(intent.question):
        padded = padded.replace(f" {said} ", " ")
    if any(f" {p} " in padded for p in places if p not in intent.places_in_names):
        return True
    if _names_issuer(intent, doc) or _names_kind(intent, doc):
        return True
    search = _padded_words(intent.search_text)
    if intent.language == "en" and (doc.issuer or "").startswith("Bộ ") and _THE_MINISTRY.search(intent.question):
        return True  # "the ministry's indicator on …": the plan a ministry issued
    if intent.language == "en" and _names_institution_kind(intent.question, doc):
        return True  # "the hospital's annual report": the plan a hospital issued
    before_plan = " ".join(m.group(1) for m in _BEFORE_PLAN_EN.finditer(intent.question)) if intent.language == "en" else ""
    named_en = _padded_words(translate_terms(before_plan)) if before_plan else ""
    for x in sectors:
        if f" bo {x} " in padded or f" nganh {x} " in padded or f" ke hoach {x} " in padded:
            return True
        if intent.language == "en" and f" {x} " in search and _SECTOR_EN.search(intent.question):
            return True
        if f" {x} " in named_en:  # "the health plan": the sector names the plan
            return True
    return False
