"""rehablogg: an offline logbook of direct and indirect user time for Norwegian municipal
habilitation and rehabilitation therapists."""

__version__ = "0.1.0"
