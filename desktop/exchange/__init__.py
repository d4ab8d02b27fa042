"""exchange layer (see docs/ARCHITECTURE.md)."""
