"""Errors whose message is meant for the user: plain Japanese, no traceback needed."""

from __future__ import annotations


class RoadmapError(Exception):
    """An expected failure; ``str(error)`` is the message to show the user."""


class ValidationError(RoadmapError):
    """Input that breaks a rule of the roadmap; *field* names the offending field if known."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class FiscalYearError(ValidationError):
    """Text that is not a fiscal year we can read without guessing."""
