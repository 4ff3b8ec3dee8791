"""Optional LLM composer: rewrites the offline answer with a chat model, then verifies it.

The offline composer (:mod:`assistant.compose`) already states the answer with numbered
citations. When ``settings.llm_provider`` is ``"ollama"`` or ``"openai"`` the
:class:`LLMComposer` asks a chat model to phrase that answer better, from the numbered
sources only, and then checks the model's text mechanically:

1. every number in it occurs in a cited source (or in the offline draft);
2. every ``[n]`` marker names an existing citation, and there is at least one marker;
3. every agency name in it occurs verbatim in a cited source.

When a check fails, or the model raises or times out, the offline draft is returned
unchanged, so the LLM can improve the wording but never the facts. The citations are
always returned unchanged (their numbers are part of the answer contract).

:meth:`LLMComposer.rewrite` does this in one call; :meth:`LLMComposer.stream` yields the
model's text as it is produced and :meth:`LLMComposer.check` applies the same checks to the
collected text afterwards (:mod:`assistant.streaming` builds the event stream on these two).
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate

from assistant.glossary import AGENCIES, AGENCY_KEYWORDS, AGENCY_NEEDS_NAME
from ingest.records import Citation
from ingest.settings import Settings

log = logging.getLogger(__name__)

DEFAULT_OLLAMA_URL = "http://localhost:11434"
#: Upper bound on the tokens of one rewrite: an answer is a few sentences; a small model that
#: starts repeating itself must not run until the context is full.
MAX_TOKENS = Settings.model_fields["llm_max_tokens"].default  # the default; settings.llm_max_tokens decides

# ---- prompt ----------------------------------------------------------------------------------------

SYSTEM_PROMPT = """You answer questions from government officials about Vietnamese provincial \
digital-transformation plans. You are given the question, numbered sources quoted from the plans, \
and a draft answer that states the facts correctly but mechanically. Write a clear, concise answer.

Rules:
1. {language_rule}
2. Use ONLY the numbered sources. Do not add any fact, number, date, name or agency that is not in them.
3. Cite the sources you use by their number in square brackets, e.g. [1]; every sentence that states \
a fact ends with its citation. Use only the numbers of the listed sources.
4. Copy every number, percentage, date and agency name exactly as the sources write it (same digits \
and separators, e.g. 56,3% or 1.800 or 12/2026; same Vietnamese spelling). Do not convert, round or \
translate numbers.
5. If the sources do not contain the answer, say so plainly instead of guessing.
6. Reply with the answer only: no preamble, no headings, no list of sources."""

HUMAN_PROMPT = """Question: {question}

Numbered sources:
{sources}

Draft answer:
{draft}

Answer:"""

LANGUAGE_RULES = {
    "vi": "Trả lời bằng tiếng Việt (the question is in Vietnamese; answer in Vietnamese).",
    "en": "Answer in English. Quote Vietnamese names, titles and values verbatim, in their Vietnamese "
    "spelling (you may add an English gloss in parentheses after a Vietnamese agency name).",
}

PROMPT = ChatPromptTemplate.from_messages([("system", SYSTEM_PROMPT), ("human", HUMAN_PROMPT)])
#: the same prompt as one user turn, for chat templates without a system role (Gemma, early
#: Mistral): their servers drop a system message, and with it every rule above
PROMPT_USER_ONLY = ChatPromptTemplate.from_messages([("human", SYSTEM_PROMPT + "\n\n" + HUMAN_PROMPT)])

# ---- verification patterns ---------------------------------------------------------------------------

#: Citation markers: [1], [1, 2], [1,2,3].
_MARKER = re.compile(r"\[\s*(\d+(?:\s*[,;]\s*\d+)*)\s*\]")
#: Number-like tokens: 18, 56,3, 1.800, 12/2026, 0.8, 31/12/2026.
_NUMBER = re.compile(r"(?<![\w])\d+(?:[.,/]\d+)*")
#: "1. " / "2) " list enumerators at the start of a line are layout, not facts.
_ENUMERATOR = re.compile(r"(?m)^(\s*(?:[-*•]\s*)?)\d{1,2}[.)](?=\s)")
#: Reasoning models (e.g. qwen3, deepseek-r1 on Ollama) may emit their thoughts first.
_THINK = re.compile(r"<think>.*?</think>", re.S | re.I)

_AGENCY_START = re.compile(r"(?<!\w)(" + "|".join(sorted(map(re.escape, AGENCY_KEYWORDS), key=len, reverse=True)) + r")(?!\w)")
#: The words after a keyword: letters (with & ' -) separated by single spaces; punctuation,
#: digits and line breaks end the phrase.
_WORDS_AFTER = re.compile(r"(?:[ \t]+[^\W\d_][\w&'\-]*){0,12}")
#: Lower-case words that end an agency name (verbs, prepositions, English function words).
_STOP_WORDS = set(
    "chủ phối thực là được có sẽ đã đang tổ triển với cho trong theo về của tại để cùng các những khi nếu "
    "đến từ hoàn xây đảm báo cần phải hoặc thì này đó năm tháng ngày giai nhằm trước sau đều chịu ban tổng quản "
    "chỉ hướng tham giám kiểm rà nghiên ký gửi "
    "is are was were be leads lead led coordinates coordinate with and or the a an as in on for by to of "
    "will must shall should has have had which that who whose its it at from".split()
)
_CONNECTORS = {"và", "với", "cùng", "hoặc"}
#: A capitalised word continues a name when it follows the previous one within this many words.
_NAME_GAP = 3


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold()
    text = text.replace("uỷ", "ủy").replace("\u00a0", " ")
    return " ".join(text.split())


def _contains_phrase(haystack_norm: str, phrase: str) -> bool:
    """``phrase`` occurs in the normalised haystack as whole words (case-insensitive)."""
    p = _norm(phrase)
    if not p:
        return True
    return re.search(r"(?<!\w)" + re.escape(p) + r"(?!\w)", haystack_norm) is not None


def _is_ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def _agency_names() -> list[tuple[str, str, tuple[str, ...]]]:
    """(name as written in the glossary, its canonical name, all names of that agency)."""
    out = []
    for canon, (gloss, aliases) in AGENCIES.items():
        names = (canon, gloss, *aliases)
        for name in names:
            out.append((name, canon, names))
    out.sort(key=lambda t: -len(t[0]))
    return out


_GLOSSARY_NAMES = _agency_names()


def _agency_phrases(text: str) -> list[str]:
    """The identifying part of each Vietnamese agency phrase in ``text`` (e.g. 'Sở Y tế').

    A phrase starts at a keyword (Sở, Công an, UBND, …) and runs over the following words
    while capitalised words keep coming (gaps of at most ``_NAME_GAP`` words, so 'Sở Thông tin
    và Truyền thông' is one name); it ends at punctuation, a digit, a verb or preposition, or
    'và Sở …'. The last capitalised word keeps one following lower-case syllable ('Sở Y tế').
    """
    phrases = []
    for m in _AGENCY_START.finditer(text):
        keyword = m.group(1)
        rest = _WORDS_AFTER.match(text, m.end())
        words = rest.group().split() if rest else []
        cut = []
        for i, w in enumerate(words):
            if w in _STOP_WORDS or (i and w == "Sở"):
                break  # a verb or preposition; or a second agency run into this one ("… Biên phòng Sở Tài chính")
            if w in _CONNECTORS and i + 1 < len(words) and _AGENCY_START.match(" ".join(words[i + 1:])):
                break
            cut.append(w)
        words = cut
        if keyword in AGENCY_NEEDS_NAME and (not words or not words[0][0].isupper()):
            continue
        if not words:
            phrases.append(keyword)
            continue
        last = 0
        for i, w in enumerate(words[1:], start=1):
            if w[0].isupper():
                if i - last > _NAME_GAP:
                    break
                last = i
        end = last + 1
        if words[last][0].isupper() and end < len(words) and not words[end][0].isupper() and words[end] not in _CONNECTORS:
            end += 1
        phrases.append(" ".join([keyword, *words[:end]]))
    return phrases


# ---- composer ---------------------------------------------------------------------------------------


class LLMComposer:
    """Rewrites an offline answer with a chat model and keeps it only if it verifies."""

    def __init__(self, chat_model: BaseChatModel, *, system_role: bool = True):
        self.chat_model = chat_model
        self.prompt = PROMPT if system_role else PROMPT_USER_ONLY
        self.chain = self.prompt | chat_model | StrOutputParser()

    @classmethod
    def from_settings(cls, settings: Any) -> LLMComposer:
        """Composer for ``settings.llm_provider`` ('ollama' or 'openai'); no server is contacted here."""
        provider = getattr(settings, "llm_provider", "none")
        if provider in ("ollama", "openai") and not settings.llm_model:
            raise ValueError(
                f"llm_provider is '{provider}' but no model is set; set PLAN_ASSISTANT_LLM_MODEL (e.g. 'qwen2.5:7b')"
            )
        match provider:
            case "ollama":
                try:
                    from langchain_ollama import ChatOllama
                except ImportError as exc:  # pragma: no cover - depends on the environment
                    raise ImportError("llm_provider 'ollama' needs langchain-ollama; install with: pip install 'plan-assistant[llm]'") from exc
                model = ChatOllama(
                    model=settings.llm_model,
                    base_url=settings.llm_base_url or DEFAULT_OLLAMA_URL,
                    temperature=0,
                    num_predict=settings.llm_max_tokens,
                    client_kwargs={"timeout": settings.llm_timeout_s},
                )
            case "openai":
                try:
                    from langchain_openai import ChatOpenAI
                    from langchain_openai.chat_models.base import BaseChatOpenAI
                except ImportError as exc:  # pragma: no cover - depends on the environment
                    raise ImportError("llm_provider 'openai' needs langchain-openai; install with: pip install 'plan-assistant[llm]'") from exc
                # ChatOpenAI sends the cap as `max_completion_tokens`, which OpenAI-compatible
                # servers (llama.cpp, vLLM < 0.6, LM Studio) ignore, so a rambling model ran until
                # its context was full; the base class sends `max_tokens`, which they all honour.
                chat_class = BaseChatOpenAI if settings.llm_base_url else ChatOpenAI
                model = chat_class(
                    model=settings.llm_model,
                    base_url=settings.llm_base_url or None,
                    api_key=settings.llm_api_key or "not-needed",
                    temperature=0,
                    max_tokens=settings.llm_max_tokens,
                    timeout=settings.llm_timeout_s,
                    # the offline answer is always at hand: a refused connection falls back at
                    # once instead of retrying with back-off
                    max_retries=0,
                )
            case _:
                raise ValueError(
                    f"unknown llm_provider {provider!r}; set PLAN_ASSISTANT_LLM_PROVIDER to 'none', 'ollama' or 'openai'"
                )
        return cls(model, system_role=getattr(settings, "llm_system_role", True))

    # ---- prompt -------------------------------------------------------------------------------

    @staticmethod
    def format_sources(citations: list[Citation]) -> str:
        blocks = []
        for c in citations:
            head = f"[{c.n}] {c.doc_title} — {c.locator}".rstrip(" —")
            if c.warning:
                head += f" (warning: {c.warning})"
            blocks.append(f"{head}\n{c.text.strip()}")
        return "\n\n".join(blocks)

    def prompt_inputs(self, intent: Any, draft_text: str, citations: list[Citation]) -> dict[str, str]:
        language = getattr(intent, "language", "vi")
        return {
            "language_rule": LANGUAGE_RULES.get(language, LANGUAGE_RULES["vi"]),
            "question": getattr(intent, "question", ""),
            "sources": self.format_sources(citations),
            "draft": draft_text,
        }

    # ---- rewrite + verify ----------------------------------------------------------------------

    def rewrite(self, intent: Any, draft_text: str, citations: list[Citation]) -> tuple[str, list[Citation]]:
        """(LLM text, citations) when the model's answer verifies, else (draft_text, citations)."""
        if not citations:
            return draft_text, citations
        try:
            raw = self.chain.invoke(self.prompt_inputs(intent, draft_text, citations))
        except Exception as exc:  # the model is optional: any failure falls back to the draft
            log.warning("LLM composer failed (%s: %s); using the offline answer", type(exc).__name__, exc)
            return draft_text, citations
        text, problems = self.check(raw, citations, draft=draft_text)
        if problems:
            log.warning("LLM answer rejected, using the offline answer: %s", "; ".join(problems))
            return draft_text, citations
        return text, citations

    def stream(self, intent: Any, draft_text: str, citations: list[Citation]) -> Iterator[str]:
        """The model's raw text in pieces, as the server produces them (LangChain ``.stream()``).

        Nothing is verified here and errors propagate: the caller collects the pieces and calls
        :meth:`check` on the whole text (see :mod:`assistant.streaming`).
        """
        for piece in self.chain.stream(self.prompt_inputs(intent, draft_text, citations)):
            if piece:
                yield piece

    def check(self, raw: str, citations: list[Citation], *, draft: str = "") -> tuple[str, list[str]]:
        """(the model's answer without reasoning blocks, its problems): see :meth:`verify`."""
        text = _THINK.sub("", raw or "").strip()
        return text, self.verify(text, citations, draft=draft)

    def verify(self, text: str, citations: list[Citation], *, draft: str = "") -> list[str]:
        """Problems of an LLM answer against its citations; an empty list means it is faithful.

        Numbers may also come from ``draft`` (the offline answer, e.g. a count of matching
        rows or a year the rows set no target for).
        """
        problems: list[str] = []
        if not text.strip():
            return ["the answer is empty"]
        known = {c.n for c in citations}
        markers = [int(n) for m in _MARKER.finditer(text) for n in re.split(r"[,;]", m.group(1))]
        if not markers:
            problems.append("no citation marker [n]")
        for n in dict.fromkeys(markers):
            if n not in known:
                problems.append(f"citation [{n}] does not exist (sources: {sorted(known)})")

        sources_raw = "\n".join(f"{c.doc_title}\n{c.locator}\n{c.text}" for c in citations)
        sources = _norm(sources_raw)
        number_pool = sources_raw + "\n" + draft
        body = _ENUMERATOR.sub(r"\1", _MARKER.sub(" ", text))
        for tok in dict.fromkeys(m.group() for m in _NUMBER.finditer(body)):
            # the same digits and separators, not part of a longer number ("56" must not match "56,3")
            pattern = r"(?<![\d.,])" + re.escape(tok) + r"(?![\d]|[.,/]\d)"
            if not re.search(pattern, number_pool):
                problems.append(f"number {tok!r} is not in the cited sources")

        text_norm = _norm(body)
        checked: set[str] = set()
        for name, canon, names in _GLOSSARY_NAMES:
            if not _contains_phrase(text_norm, name) or _norm(name) in checked:
                continue
            checked.add(_norm(name))
            if _is_ascii(name):
                if " " not in name.strip():
                    continue  # one English word ('police', 'electricity') is too generic to check
                # an English name is fine when the cited sources name the same agency in Vietnamese
                if not any(_contains_phrase(sources, n) for n in names if not _is_ascii(n)):
                    problems.append(f"agency {name!r} ({canon}) is not in the cited sources")
            elif not _contains_phrase(sources, name):
                problems.append(f"agency {name!r} is not in the cited sources")
        for phrase in dict.fromkeys(_agency_phrases(body)):
            if _norm(phrase) in checked:
                continue
            if not _contains_phrase(sources, phrase):
                problems.append(f"agency {phrase!r} is not in the cited sources")
        return problems
