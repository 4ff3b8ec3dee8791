"""Errors of the assistant layer."""

from __future__ import annotations


class AssistantError(Exception):
    """Base class of assistant errors."""


class InvalidQuestionError(AssistantError):
    """The question is empty or too long; the message says what to change."""
