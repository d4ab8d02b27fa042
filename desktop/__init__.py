"""Tresse: offline kits, schedules and paperwork for ESS support programmes in rural France."""

__version__ = "0.1.0"
