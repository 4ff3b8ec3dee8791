"""One answering stream for the page and ``POST /api/ask/stream``.

Events (``(event, data)`` pairs, data JSON-able):

* ``offline`` — the offline answer object (``answer``, ``found``, ``citations``, ...) as soon as it
  is composed;
* ``token`` — ``{"text": ...}``, a piece of the LLM draft while the model produces it (only with an
  LLM configured);
* ``final`` — ``{"answer": <answer object>, "source": "llm"|"offline", "replaced": bool,
  "reason": str|None}``: the verified answer; ``replaced`` says an LLM draft was dropped for the
  offline answer because it stated a number or agency the sources do not contain;
* ``error`` — ``{"error": ..., "message": ...}`` (same text) when answering fails mid-way.

The events come from ``assistant.streaming.stream_answer`` when that module is present; without
it the offline answer is sent as ``offline`` then ``final``.
"""

from __future__ import annotations

import inspect
from typing import Any, Iterator

EVENTS = ("offline", "token", "final", "error")


def _jsonable(value: Any) -> Any:
    if hasattr(value, "to_json_dict"):
        return value.to_json_dict()
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


def _stream_answer():
    try:
        from assistant.streaming import stream_answer
    except ImportError:
        return None
    return stream_answer


def answer_events(assistant: Any, question: str, doc_ids: list[str] | None = None, history: list | None = None) -> Iterator[tuple[str, dict]]:
    """Yield ``(event, data)`` for one question (see the module doc for the contract)."""
    stream_answer = _stream_answer()
    if stream_answer is None:
        data = _jsonable(assistant.answer(question, doc_ids=doc_ids, history=history))
        yield "offline", data
        yield "final", {"answer": data, "source": "offline", "replaced": False, "reason": None}
        return
    params = inspect.signature(stream_answer).parameters
    kwargs: dict[str, Any] = {"doc_ids": doc_ids, "history": history}
    kwargs = {k: v for k, v in kwargs.items() if k in params}
    first = next(iter(params), "")
    if first in ("assistant", "service", "self_assistant"):
        gen = stream_answer(assistant, question, **kwargs)
    elif "assistant" in params:
        gen = stream_answer(question, assistant=assistant, **kwargs)
    else:  # pragma: no cover - unknown signature: keep the question first
        gen = stream_answer(assistant, question, **kwargs)
    for ev in gen:
        name = getattr(ev, "event", None) or (ev.get("event") if isinstance(ev, dict) else None)
        data = getattr(ev, "data", None) if not isinstance(ev, dict) else ev.get("data")
        data = _jsonable(data)
        if name == "error" and isinstance(data, dict) and "error" not in data:
            data = dict(data, error=str(data.get("message", "answering failed")))
        if name == "final" and isinstance(data, dict) and "answer" in data and not isinstance(data["answer"], dict):
            data = dict(data, answer=_jsonable(data["answer"]))
        yield str(name), data if isinstance(data, dict) else {"value": data}
