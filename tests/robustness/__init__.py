"""Robustness tests: SIGKILL loops, kills during migrations, hostile catalogue and backup files."""
