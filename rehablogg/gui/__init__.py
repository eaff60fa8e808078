"""Everything Qt lives here."""
