"""Speed measurements of Tresse against their floors: ``python bench/run.py`` (docs/PERFORMANCE.md).

Not part of the application nor of the test suite; nothing here is timed by ``pytest``.
"""
