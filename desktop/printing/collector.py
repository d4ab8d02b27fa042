"""The garbage collector while a print pack is made by a command (``tresse print``).

Its automatic passes went over every module's objects and, again and again, over those of the document being laid
out, which all live until it is written: about 1.4 s of CPU of a 1,280-page pack, for no memory given back. So
while a command makes a pack the collector is off and runs once between two documents over what the previous one
left (``gc.collect(0)``). When the command is the whole process, the objects of the imports and of the kit's
reading (long-lived only) are set apart from it (``gc.freeze``), and so is what is left at the end, so that the
interpreter's last collection at exit has nothing to go over (it took about 200 ms after a small pack). Inside a
larger process (the tests) nothing is set apart: objects set apart could never be given back safely (collecting,
much later, the cycles of Qt wrappers deleted meanwhile crashes), and the collector is on again as it was. The
window's printing leaves the collector alone.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


class PackCollector:
    """What :func:`collected_between_documents` gives: its two moments."""

    def __init__(self, enabled: bool, ends_process: bool) -> None:
        self.enabled = enabled
        self.ends_process = ends_process

    def imports_done(self) -> None:
        """Set apart what exists now (the modules, the kit read), when the process lives as long as the command."""
        if self.ends_process:
            gc.freeze()

    def between_documents(self) -> None:
        """Collect what the previous document left in cycles (nothing else is collected meanwhile)."""
        if self.enabled:
            gc.collect(0)


@contextmanager
def collected_between_documents(*, ends_process: bool) -> Iterator[PackCollector]:
    """The collector off for the command's life, but between two documents (see the module)."""
    collector = PackCollector(gc.isenabled(), ends_process)
    gc.disable()
    try:
        yield collector
    finally:
        if ends_process:
            gc.freeze()
        if collector.enabled:
            gc.enable()
