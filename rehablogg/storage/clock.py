"""Timestamps as stored: local time, ISO 8601, seconds precision."""

from __future__ import annotations

from datetime import datetime


def now_iso() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")
