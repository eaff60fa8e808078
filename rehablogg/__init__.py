"""rehablogg: offline logbook of direct and indirect user time for Norwegian municipal therapists."""

__version__ = "0.1.0"
