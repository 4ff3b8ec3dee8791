"""Answer streaming: the offline answer at once, then the LLM's tokens, then the verified answer.

:func:`stream_answer` yields :class:`StreamEvent` records, in this order:

``offline`` (exactly one, first)
    ``data`` is the offline answer object (the DESIGN.md answer contract: ``question``,
    ``language``, ``found``, ``answer``, ``citations``, ``latency_ms``), sent as soon as the offline
    composer has it — before any LLM is contacted. Without an LLM (``llm_provider`` ``none``) or
    when nothing was found, it is already the final answer and ``final`` follows immediately.

``token`` (zero or more)
    ``data`` is ``{"text": "..."}``: a piece of the LLM's draft as the model server produces it
    (LangChain ``.stream()`` on the chat model). Reasoning blocks (``<think>…</think>``) are not
    sent. The draft is **not verified yet**; show it as provisional.

``final`` (exactly one, last, unless ``error``)
    ``data`` is ``{"answer": <answer object>, "source": "llm" | "offline", "replaced": bool,
    "reason": str | None}``:

    * ``source`` ``"llm"``: the draft passed the checks of :meth:`assistant.llm.LLMComposer.verify`
      (every number and agency occurs in a cited source, every ``[n]`` names a citation); the
      answer text is the draft, the citations are the offline answer's.
    * ``source`` ``"offline"``: the answer is the offline answer. ``reason`` says why when an
      LLM is configured (the draft failed a check, the server failed or is unreachable, or there
      was nothing to rephrase); it is ``None`` when no LLM is configured.
    * ``replaced`` is ``True`` when ``token`` events were sent but the draft they make up was
      dropped for the offline answer (a check failed, or the stream broke off): a client must
      replace the text it showed.

    ``answer.latency_ms`` is the time from the call to this event.

``error`` (instead of ``final``)
    ``data`` is ``{"message": "..."}``: answering failed after the stream started (for instance
    the index broke); nothing follows.

Errors of the request itself — an empty or too long question (:class:`InvalidQuestionError`), an
unknown ``doc_id`` (:class:`retriever.errors.UnknownDocumentError`) — are raised by the
:func:`stream_answer` call, before any event, so an API can answer them with an error status.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any, Literal

from pydantic import BaseModel, Field

from ingest.records import Answer

log = logging.getLogger(__name__)

EventName = Literal["offline", "token", "final", "error"]


class StreamEvent(BaseModel):
    """One event of an answer stream (see the module documentation for the contract)."""

    event: EventName
    data: dict[str, Any] = Field(default_factory=dict)

    def sse(self) -> str:
        """The event in server-sent-events wire format."""
        return f"event: {self.event}\ndata: {json.dumps(self.data, ensure_ascii=False)}\n\n"


def stream_answer(service: Any, question: str, doc_ids: list[str] | None = None, history: list | None = None) -> Iterator[StreamEvent]:
    """Answer ``question`` with ``service`` (an :class:`assistant.service.Assistant`) as events.

    Validation happens in this call (it raises before returning the iterator); everything after
    it is reported as events.
    """
    question = service._validate(question)
    known = {d.doc_id for d in service.store.documents()}
    for d in doc_ids or []:
        if d not in known:
            from retriever.errors import UnknownDocumentError

            raise UnknownDocumentError(d, sorted(known))
    return _events(service, question, doc_ids, history)


def _events(service: Any, question: str, doc_ids: list[str] | None, history: list | None) -> Iterator[StreamEvent]:
    t0 = time.perf_counter()
    try:
        offline = service.answer(question, doc_ids=doc_ids, history=history, use_llm=False)
    except Exception as exc:  # noqa: BLE001 - reported to the client as an event
        log.exception("answering failed")
        yield StreamEvent(event="error", data={"message": f"answering failed ({type(exc).__name__}: {exc})"})
        return
    yield StreamEvent(event="offline", data=offline.to_json_dict())

    composer = getattr(service, "_llm", None)
    if composer is None:
        yield _final(offline, t0, "offline", replaced=False, reason=None)
        return
    if not offline.found or not offline.citations:
        yield _final(offline, t0, "offline", replaced=False, reason="nothing to rephrase: the plans do not contain the answer")
        return

    intent = SimpleNamespace(question=offline.question, language=offline.language)
    raw, shown = "", ""
    try:
        for piece in composer.stream(intent, offline.answer, offline.citations):
            raw += piece
            visible = _visible(raw)
            if len(visible) > len(shown) and visible.startswith(shown):
                yield StreamEvent(event="token", data={"text": visible[len(shown):]})
                shown = visible
    except Exception as exc:  # noqa: BLE001 - the LLM is optional: fall back to the offline answer
        reason = f"the LLM failed ({type(exc).__name__}: {exc}); the offline answer is used"
        log.warning("%s", reason)
        yield _final(offline, t0, "offline", replaced=bool(shown), reason=reason)
        return

    text, problems = composer.check(raw, offline.citations, draft=offline.answer)
    if problems:
        reason = "the LLM draft was not faithful to the sources: " + "; ".join(problems)
        log.warning("%s", reason)
        yield _final(offline, t0, "offline", replaced=bool(shown), reason=reason)
        return
    yield _final(offline.model_copy(update={"answer": text}), t0, "llm", replaced=False, reason=None)


def _final(answer: Answer, t0: float, source: str, *, replaced: bool, reason: str | None) -> StreamEvent:
    answer = answer.model_copy(update={"latency_ms": round((time.perf_counter() - t0) * 1000, 2)})
    return StreamEvent(event="final", data={"answer": answer.to_json_dict(), "source": source, "replaced": replaced, "reason": reason})


_THINK_BLOCK = re.compile(r"<think>.*?</think>", re.S | re.I)
_OPEN = "<think>"


def _visible(raw: str) -> str:
    """The part of the streamed text a reader may see: no reasoning blocks, no half-open tag.

    The result only grows as ``raw`` grows (a possible tag start at the end is held back), so the
    difference from the previous call is the next token event.
    """
    text = _THINK_BLOCK.sub("", raw)
    i = text.lower().find(_OPEN)
    if i >= 0:
        text = text[:i]
    for k in range(min(len(_OPEN) - 1, len(text)), 0, -1):
        if _OPEN.startswith(text[-k:].lower()):
            return text[:-k].lstrip()
    return text.lstrip()
