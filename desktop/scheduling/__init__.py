"""scheduling layer (see docs/ARCHITECTURE.md)."""
