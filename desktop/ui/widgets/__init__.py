"""Widgets of the main window, built in code (no .ui files)."""
