"""The answering chain: understand → retrieve/select evidence → compose (→ optional LLM).

``Assistant.chain`` is a LangChain Runnable; ``Assistant.answer`` wraps it with validation
and timing and returns the :class:`~ingest.records.Answer` contract object.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator

from langchain_core.runnables import RunnableLambda

from assistant.compose import compose, has_asked_value
from assistant.errors import InvalidQuestionError
from assistant.evidence import Evidence, PassageHit, RowHit, best_sentences, content_terms, coverage
from assistant.glossary import untranslated_words
from assistant.understanding import QueryIntent, parse_question, resolve_documents, resolve_followup
from ingest.records import Answer, DocumentInfo, TableRow
from ingest.settings import Settings, get_settings
from retriever import HybridRetriever, RowLookup
from retriever.errors import UnknownDocumentError

#: A row or passage must cover at least this share of the question's content terms.
MIN_COVERAGE = 0.34
#: Other rows are reported beside the best one when they score this close to it.
CLOSE_RATIO = 0.85
MAX_ROWS = 4
#: In comparisons, the best row of another plan joins the answer when it scores this close.
COMPARE_RATIO = 0.7


class Assistant:
    """Answers questions about the ingested plans, with citations."""

    def __init__(self, settings: Settings | None = None, store=None):
        self.settings = settings or get_settings()
        if store is None:
            from ingest.pipeline import ensure_index

            store = ensure_index(self.settings)
        self.store = store
        if self.settings.torch_threads > 0 and self.settings.dense_weight > 0:
            import torch

            torch.set_num_threads(self.settings.torch_threads)
        self.retriever = HybridRetriever(store=store, settings=self.settings)
        self.lookup = RowLookup(store)
        self._terms_cache: dict[str, set[str]] = {}
        self._lock = threading.Lock()
        self._llm = None
        if self.settings.llm_provider != "none":
            from assistant.llm import LLMComposer

            self._llm = LLMComposer.from_settings(self.settings)
        self.chain = (
            RunnableLambda(self._understand, name="understand")
            | RunnableLambda(self._select, name="select_evidence")
            | RunnableLambda(self._compose, name="compose")
        )

    # ---- public API ---------------------------------------------------------------------------

    def answer(self, question: str, doc_ids: list[str] | None = None, history: list | None = None, qid: str | None = None,
               *, use_llm: bool = True) -> Answer:
        """The answer; ``use_llm=False`` skips the optional LLM rewrite (the streaming path's first event)."""
        question = self._validate(question)
        known = {d.doc_id for d in self.store.documents()}
        for d in doc_ids or []:
            if d not in known:
                raise UnknownDocumentError(d, sorted(known))
        t0 = time.perf_counter()
        state = self.chain.invoke({"question": question, "doc_ids": doc_ids or None, "history": history or [], "use_llm": use_llm})
        found, text, citations, lang = state["found"], state["text"], state["citations"], state["intent"].language
        return Answer(
            id=qid,
            question=question,
            language=lang,
            found=found,
            answer=text,
            citations=citations,
            latency_ms=round((time.perf_counter() - t0) * 1000, 2),
        )

    def stream(self, question: str, doc_ids: list[str] | None = None, history: list | None = None) -> Iterator[str | Answer]:
        """Yield the answer text in pieces, then the complete Answer."""
        result = self.answer(question, doc_ids=doc_ids, history=history)
        for piece in re.findall(r"\S+\s*", result.answer):
            yield piece
        yield result

    # ---- chain steps -----------------------------------------------------------------------------

    def _validate(self, question: str) -> str:
        if question is None or not str(question).strip():
            raise InvalidQuestionError("the question is empty; type a question about the plans")
        question = " ".join(str(question).split())
        limit = self.settings.max_question_chars
        if len(question) > limit:
            raise InvalidQuestionError(f"the question is {len(question)} characters long; shorten it to at most {limit}")
        return question

    def _understand(self, inputs: dict) -> dict:
        intent = resolve_followup(parse_question(inputs["question"]), inputs.get("history"))
        docs = self.store.documents()
        allowed = inputs.get("doc_ids")
        pool = [d for d in docs if not allowed or d.doc_id in allowed]
        candidates, explicit = resolve_documents(intent, pool)
        if intent.target_years and "targets" in intent.fields and not explicit and not intent.meta:
            # A target for year X only exists in plans that set targets for X.
            years = set(intent.target_years)
            with_year = {r.doc_id for r in self.store.rows() if years & set(r.fields.get("targets") or {})}
            narrowed = [d for d in candidates if d in with_year]
            if narrowed:
                candidates = narrowed
        return {**inputs, "intent": intent, "candidates": candidates, "explicit": explicit, "docs": {d.doc_id: d for d in docs}}

    def _select(self, state: dict) -> dict:
        intent: QueryIntent = state["intent"]
        cands: list[str] = state["candidates"]
        docs: dict[str, DocumentInfo] = state["docs"]
        if intent.instruction:
            reason = ("đây là yêu cầu đối với trợ lý, không phải câu hỏi về nội dung các kế hoạch" if intent.language == "vi"
                      else "this is an instruction to the assistant, not a question about the plans")
            ev = Evidence(mode="none", reason=reason)
        elif intent.meta == "signer":
            ev = self._meta_evidence(intent, cands, docs)
        elif intent.numbers:
            ev = self._numbered_rows(intent, cands, docs)
        elif intent.aggregation == "list" and (intent.agencies or intent.months or _quoted(intent.question)):
            ev = self._list_rows(intent, cands)
        else:
            ev = self._search(intent, cands)
        return {**state, "evidence": ev}

    def _compose(self, state: dict) -> dict:
        state["intent"].terms = self._query_terms(state["intent"])
        found, text, citations = compose(state["intent"], state["evidence"], state["docs"])
        if found and self._llm is not None and state.get("use_llm", True):
            text, citations = self._llm.rewrite(state["intent"], text, citations)
        return {**state, "found": found, "text": text, "citations": citations}

    # ---- evidence strategies ------------------------------------------------------------------------

    def _terms(self, key: str, text: str) -> set[str]:
        terms = self._terms_cache.get(key)
        if terms is None:
            terms = content_terms(text)
            with self._lock:
                if len(self._terms_cache) > 50_000:
                    self._terms_cache.clear()
                self._terms_cache[key] = terms
        return terms

    def _vocabulary(self) -> set[str]:
        """Every content term of the index; query terms outside it cannot discriminate."""
        gen = self.store.generation
        if getattr(self, "_vocab_gen", None) != gen:
            vocab: set[str] = set()
            for c in self.store.chunks():
                vocab |= self._terms(c.chunk_id + ":t", c.text)
            self._vocab, self._vocab_gen = vocab, gen
        return self._vocab

    def _query_terms(self, intent: QueryIntent) -> set[str]:
        vocab = self._vocabulary()
        terms = content_terms(_strip_numbers(intent)) & vocab
        if intent.language == "en":
            # English content words that are neither translated nor in the plans still count
            # as unmatched: an off-topic question must not ride on its few generic terms.
            terms |= {f"~{w}" for w in untranslated_words(intent.question) if w not in vocab}
        return terms

    def _row_score(self, q_terms: set[str], row: TableRow) -> float:
        text = " ".join([row.fields.get("content", ""), " ".join(row.group), row.text])
        return coverage(q_terms, text, self._terms(row.row_id, text))

    def _numbered_rows(self, intent: QueryIntent, cands: list[str], docs) -> Evidence:
        rows: list[TableRow] = []
        primary = [d for d in intent.primary_docs if d in cands]
        for number in intent.numbers:
            # A plan named by its title is searched alone; weaker matches only when none is named.
            found = self.lookup.find(doc_ids=primary or cands, number=number, appendix=intent.appendix, group=intent.part)
            if intent.number_kind:
                found = [r for r in found if r.kind == intent.number_kind]
            rows.extend(found)
        rows = self._in_named_group(intent, rows, primary or cands)
        if not rows:
            return Evidence(mode="none", reason=_no_row_reason(intent, cands, docs))
        if intent.target_years:
            with_year = [r for r in rows if set(intent.target_years) & set((r.fields.get("targets") or {}))]
            rows = with_year or rows
            if "targets" in intent.fields and not with_year:
                rows = [r for r in rows if self._year_in_table(r, intent.target_years)]
                if not rows:
                    return Evidence(mode="none", reason=_no_year_reason(intent))
        q_terms = self._query_terms(intent)
        scored = [RowHit(r, self._row_score(q_terms, r)) for r in rows]
        if len(scored) > 1 and q_terms:
            best = max(h.score for h in scored)
            if best >= MIN_COVERAGE:  # the question describes the row: keep the rows that fit it
                scored = [h for h in scored if h.score >= CLOSE_RATIO * best]
        scored.sort(key=lambda h: -h.score)
        return Evidence(mode="row", rows=scored[:MAX_ROWS])

    def _in_named_group(self, intent: QueryIntent, rows: list[TableRow], docs: list[str]) -> list[TableRow]:
        """Keep the rows of a group the question names in words ("nhiệm vụ thường xuyên số 13")."""
        labels = {g for r in self.lookup.find(doc_ids=docs, appendix=intent.appendix) for g in r.group}
        named = []
        for label in labels:
            words = _fold(re.sub(r"^[IVXLC\d.]+\.\s*", "", label))
            if len(words) >= 8 and words in intent.folded:
                named.append(label)
        if not named:
            return rows
        return [r for r in rows if any(g in named for g in r.group)]

    def _year_in_table(self, row: TableRow, years: list[str]) -> bool:
        """Whether the row's table has a column for one of the years (aligned rows reveal them)."""
        gen = self.store.generation
        if getattr(self, "_table_years_gen", None) != gen:
            table_years: dict[tuple[str, str], set[str]] = {}
            for r in self.store.rows():
                table_years.setdefault((r.doc_id, r.appendix), set()).update(r.fields.get("targets") or {})
            self._table_years, self._table_years_gen = table_years, gen
        return bool(set(years) & self._table_years.get((row.doc_id, row.appendix), set()))

    def _list_rows(self, intent: QueryIntent, cands: list[str]) -> Evidence:
        quoted = _quoted(intent.question)
        rows = self.lookup.find(doc_ids=cands, appendix=intent.appendix, group=intent.part)
        if intent.agencies:
            led = [r for r in rows if any(_contains(r.fields.get("lead", ""), a) for a in intent.agencies)]
            rows = led or [r for r in rows if any(_contains(r.fields.get("coordinating", ""), a) for a in intent.agencies)]
        if intent.months:
            rows = [r for r in rows if any(_month_in(r.fields.get("deadline", ""), m) for m in intent.months)]
        if quoted:
            rows = [r for r in rows if any(_contains(" ".join(str(v) for v in r.fields.values()), q) for q in quoted)]
        q_terms = self._query_terms(intent)
        if rows and len({r.doc_id for r in rows}) > 1 and q_terms:
            # Several plans match the filters: keep the plan(s) whose rows fit the topic best.
            by_doc: dict[str, float] = {}
            for r in rows:
                by_doc[r.doc_id] = max(by_doc.get(r.doc_id, 0.0), self._row_score(q_terms, r))
            best = max(by_doc.values())
            rows = [r for r in rows if by_doc[r.doc_id] >= CLOSE_RATIO * best]
        if not rows:
            reason = "không có dòng nào thỏa điều kiện" if intent.language == "vi" else "no row matches these conditions"
            return Evidence(mode="none", reason=reason)
        return Evidence(mode="list", rows=[RowHit(r, 1.0) for r in rows[:40]])

    def _meta_evidence(self, intent: QueryIntent, cands: list[str], docs) -> Evidence:
        """Who signed: the signature block of each candidate plan, quoted."""
        passages = []
        for doc_id in cands:
            doc = docs[doc_id]
            if not doc.signer:
                continue
            for chunk in self.store.chunks(doc_id):
                if chunk.kind == "text" and doc.signer in chunk.source_text:
                    sentences = [s for s in chunk.source_text.split("\n") if s.strip()]
                    idx = next(i for i, s in enumerate(sentences) if doc.signer in s)
                    passages.append(PassageHit(chunk, 1.0, [" ".join(sentences[max(0, idx - 3): idx + 1])]))
                    break
        if not passages:
            return Evidence(mode="none", reason="không thấy phần ký" if intent.language == "vi" else "no signature block found")
        return Evidence(mode="passage", passages=passages)

    def _search(self, intent: QueryIntent, cands: list[str]) -> Evidence:
        q_terms = self._query_terms(intent)
        hits = self.retriever.search(intent.search_text, k=24, doc_ids=cands)
        # Rows that match the topic directly (structured lookup) join the retrieved candidates.
        row_pool: dict[str, TableRow] = {}
        for r in self.lookup.find(doc_ids=cands, text=intent.search_text, appendix=intent.appendix, group=intent.part, limit=12):
            row_pool[r.row_id] = r
        if intent.appendix:
            hits = [h for h in hits if h.chunk.kind == "row" and _same_appendix(h.chunk.appendix, intent.appendix)]
        passages: list[PassageHit] = []
        for h in hits:
            c = h.chunk
            if c.kind == "row" and c.row_id:
                row = self.lookup.row(c.row_id)
                if row is not None:
                    row_pool.setdefault(row.row_id, row)
            elif c.kind == "text":
                passages.append(PassageHit(c, coverage(q_terms, c.source_text, self._terms(c.chunk_id, c.source_text))))
        pool = list(row_pool.values())
        if intent.number_kind and any(r.kind == intent.number_kind for r in pool):
            pool = [r for r in pool if r.kind == intent.number_kind]
        if intent.target_years and "targets" in intent.fields:
            # Only tables that have a column for the asked year can answer a target question.
            dated = [r for r in pool if self._year_in_table(r, intent.target_years)]
            pool = dated or pool
        row_hits = sorted((RowHit(r, self._row_score(q_terms, r)) for r in pool), key=lambda h: -h.score)
        passages.sort(key=lambda p: -p.score)
        best_row = row_hits[0].score if row_hits else 0.0
        best_passage = passages[0].score if passages else 0.0
        if max(best_row, best_passage) < MIN_COVERAGE:
            reason = ("không tìm thấy dòng hay đoạn nào khớp với câu hỏi" if intent.language == "vi"
                      else "no row or passage matches the question")
            return Evidence(mode="none", reason=reason)
        wants_fields = bool(set(intent.fields) & {"lead", "coordinating", "targets", "deadline", "result", "status", "unit"})
        structured = (wants_fields or intent.number_kind is not None) and intent.aggregation != "count"
        prefer_rows = best_row >= best_passage - (0.15 if structured else -0.05)
        if prefer_rows and row_hits:
            keep = [h for h in row_hits if h.score >= CLOSE_RATIO * best_row][:MAX_ROWS]
            if intent.comparison or len(intent.target_years) > 1:
                # A comparison wants the best row of each plan (or year group), not only the best plan.
                per_source: dict[tuple, RowHit] = {}
                for h in row_hits:
                    key = (h.row.doc_id, tuple(h.row.fields.get("targets") or {}))
                    if h.score >= COMPARE_RATIO * best_row and key not in per_source:
                        per_source[key] = h
                merged: dict[str, RowHit] = {}
                for h in [*keep[:1], *per_source.values()]:
                    merged.setdefault(h.row.row_id, h)
                keep = list(merged.values())[:MAX_ROWS]
            if intent.target_years and "targets" in intent.fields:
                keep = [h for h in keep if self._year_in_table(h.row, intent.target_years)]
                if not keep and (structured or best_passage < MIN_COVERAGE):
                    return Evidence(mode="none", reason=_no_year_reason(intent))
            if keep and (any(has_asked_value(h.row, intent) for h in keep) or best_passage < MIN_COVERAGE):
                return Evidence(mode="row", rows=keep)
        top = [p for p in passages if p.score >= CLOSE_RATIO * best_passage][:2]
        covered = set().union(*(q_terms & self._terms(p.chunk.chunk_id, p.chunk.source_text) for p in top))
        for p in passages:  # a passage that answers the part of the question the others do not
            if p in top or len(top) >= 3:
                continue
            gain = coverage(q_terms - covered, p.chunk.source_text, self._terms(p.chunk.chunk_id, p.chunk.source_text))
            if gain >= 0.5 and p.score >= 0.5 * best_passage:
                top.append(p)
                covered |= q_terms & self._terms(p.chunk.chunk_id, p.chunk.source_text)
        for p in top:
            p.sentences = best_sentences(p.chunk.source_text, q_terms, limit=3)
        said = " ".join(s for p in top for s in p.sentences)
        context = said + " " + " ".join(" ".join(p.chunk.section_path) for p in top)
        lacks_quantity = "targets" in intent.fields and not _QUANTITY.search(said)
        lacks_money = "budget" in intent.fields and not _MONEY.search(said)
        lacks_year = "targets" in intent.fields and intent.target_years and not any(
            re.search(rf"(?<![\d-]){y}(?![\d-])", context) for y in intent.target_years)  # a range "2026-2030" is not "năm 2030"
        if lacks_quantity or lacks_money or lacks_year:
            # A quantity was asked and the best passages state none: do not guess.
            reason = ("các đoạn liên quan không nêu con số được hỏi" if intent.language == "vi"
                      else "the related passages give no such figure")
            return Evidence(mode="none", reason=reason)
        return Evidence(mode="passage", passages=top)


def _no_year_reason(intent: QueryIntent) -> str:
    years = ", ".join(intent.target_years)
    return (f"bảng tương ứng không có cột chỉ tiêu cho năm {years}" if intent.language == "vi"
            else f"the matching table sets no targets for {years}")


def _no_row_reason(intent: QueryIntent, cands: list[str], docs) -> str:
    what = ", ".join(intent.numbers)
    if len(cands) <= 2:
        where = "; ".join(docs[d].display_title for d in cands)
    else:
        where = "các kế hoạch" if intent.language == "vi" else "the plans"
    return f"không có dòng số {what} trong {where}" if intent.language == "vi" else f"there is no row {what} in {where}"


def _same_appendix(label: str | None, wanted: str) -> bool:
    from retriever.lookup import appendix_key

    return label is not None and appendix_key(label) == appendix_key(wanted)


_QUANTITY = re.compile(r"(?<![\d/])\d+(?:[.,]\d+)*(?!\s*/\s*\d)(?:\s*%)?")
_MONEY = re.compile(r"\d[\d.,]*\s*(?:tỷ|triệu|nghìn|đồng|billion|million|VND|VNĐ)", re.IGNORECASE)


def _strip_numbers(intent: QueryIntent) -> str:
    text = intent.search_text
    for n in intent.numbers:
        text = re.sub(rf"(?<![\d.]){re.escape(n)}(?![\d.])", " ", text)
    return text


def _quoted(question: str) -> list[str]:
    return [q.strip() for q in re.findall(r"[\"“”„'‘’]([^\"“”„'‘’]{3,80})[\"“”„'‘’]", question) if q.strip()]


def _fold(text: str) -> str:
    from retriever.text import fold_accents

    return " ".join(fold_accents(text).casefold().split())


def _contains(haystack: str, needle: str) -> bool:
    return _fold(needle) in _fold(haystack)


def _month_in(deadline: str, month: str) -> bool:
    m, y = month.split("/")
    return bool(re.search(rf"(?<!\d)0?{int(m)}\s*/\s*{y}\b", deadline))
