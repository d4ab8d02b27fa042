"""Readers of the bundled sources (the TOML catalogue in ``data/``): stdlib only, no database, no Qt."""
