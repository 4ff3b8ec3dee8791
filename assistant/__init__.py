"""Assistant layer: question understanding, evidence selection, grounded answers.

    from assistant import Assistant
    Assistant().answer("who leads indicator 18 and what's the 2026 target").answer
"""

from assistant.errors import AssistantError, InvalidQuestionError
from assistant.understanding import QueryIntent, parse_question

__all__ = ["Assistant", "AssistantError", "InvalidQuestionError", "QueryIntent", "parse_question"]


def __getattr__(name: str):  # lazy: importing the parser must not load torch/chromadb
    if name == "Assistant":
        from assistant.service import Assistant

        return Assistant
    raise AttributeError(name)
