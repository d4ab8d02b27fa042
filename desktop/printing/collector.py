"""The garbage collector while a print pack is made by a command (``tresse print``).

Its automatic passes went over every module's objects and, again and again, over those of the document being laid
out, which all live until it is written: about 1.5 s of CPU of a 1,280-page pack (of 11). So while a command makes
a pack the collector is off, the objects of the imports and of the kit's reading (long-lived only) are set apart
from it (``gc.freeze``), and it runs once between two documents over what the previous one left
(``gc.collect(0)``). The price is memory: what a document leaves in cycles waits for its end (a 1,280-page pack
peaks at 108.5 MiB instead of 96.7; a small one at 51.6 instead of 52.8). When the command is the whole process,
what is left at the end is set apart too, so that the interpreter's last collection at exit has nothing to go
over (it took about 200 ms after a small pack); inside a larger process (the tests), everything is given back to
the collector, on again as it was. The window's printing leaves the collector alone.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


class PackCollector:
    """What :func:`collected_between_documents` gives: its two moments."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def imports_done(self) -> None:
        """Set apart what exists now (the modules, the kit read): it lives as long as the command."""
        gc.freeze()

    def between_documents(self) -> None:
        """Collect what the previous document left in cycles (nothing else is collected meanwhile)."""
        if self.enabled:
            gc.collect(0)


@contextmanager
def collected_between_documents(*, ends_process: bool) -> Iterator[PackCollector]:
    """The collector off for the command's life, but between two documents (see the module)."""
    collector = PackCollector(gc.isenabled())
    gc.disable()
    try:
        yield collector
    finally:
        if ends_process:
            gc.freeze()
        else:
            gc.unfreeze()
        if collector.enabled:
            gc.enable()
