"""The garbage collector around work that builds long-lived objects.

Python's cyclic collector walks every object it tracks at each full collection. Once a structure's kits are read
(1,000 kits are about a million objects) or a page is built, a full collection walks them all again and again: on
the calendar's first opening with 1,000 kits, about a second of its build was collections that freed nothing. So
that work runs with the collector off, and when it built many objects they are then set apart (``gc.freeze``):
later collections walk only what came after.

Objects set apart are still freed as soon as nothing refers to them (reference counting); only a cycle of garbage
among them is kept, for the rest of the session. Nothing ever puts them back (``gc.unfreeze``): the cycles a
collection would then meet include wrappers of Qt objects deleted long before, and collecting those crashes.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

#: Below this many objects built, the collector's passes over them are short: nothing is set apart.
MANY_OBJECTS = 100_000


def keep_long_lived() -> None:
    """Set every object built so far apart from the collector, and turn it on (again)."""
    gc.freeze()
    gc.enable()


@contextmanager
def building_long_lived(at_least: int | None = None) -> Iterator[None]:
    """Run the block with the collector off; then, if it built *at_least* objects the collector follows
    (:data:`MANY_OBJECTS` by default), set them apart (:func:`keep_long_lived`). The young garbage of the moment
    is collected first (a short pass), so that it is not set apart with them. Nested blocks and a collector
    already off are left as they were found."""
    if not gc.isenabled():
        yield
        return
    gc.collect(1)
    gc.disable()
    try:
        yield
    finally:
        if gc.get_count()[0] >= (MANY_OBJECTS if at_least is None else at_least):  # made since the pass above
            gc.freeze()
        gc.enable()
