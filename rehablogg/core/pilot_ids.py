"""What a pilot id and a therapist code look like, wherever they are read: pilot files and the
receipts a pilot lead sends back. Kept apart from ``pilot.py`` so reading a receipt does not load
the pilot file's reader at start-up."""

from __future__ import annotations

import re

PILOT_ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]{1,39}")
THERAPIST_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{0,19}")
