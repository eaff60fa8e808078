"""Errors the export reports to users; ``str(error)`` is one bokmål sentence."""

from __future__ import annotations


class ExportError(Exception):
    """The export cannot be made as asked (a rule refused it or the file cannot be written)."""


class ExportBlockedError(ExportError):
    """Privacy: something that must never leave the machine would have been exported."""
