"""The garbage collector around work that builds long-lived objects.

Python's cyclic collector walks every object it tracks at each full collection. Once a structure's kits are read
(1,000 kits are about a million objects) or a page is built, a full collection walks them all again and again: on
the calendar's first opening with 1,000 kits, about a second of its build was collections that freed nothing. So
that work runs with the collector off, and what it built is then set apart (``gc.freeze``): later collections walk
only what came after. Objects set apart are still freed as soon as nothing refers to them (reference counting);
only a cycle of garbage among them would be kept (the window's pages are built a few times in a session, and the
domain's values, frozen dataclasses, make no cycles). The tests make every object collectable again after each
test.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


def keep_long_lived() -> None:
    """Set every object built so far apart from the collector, and turn it on (again)."""
    gc.freeze()
    gc.enable()


@contextmanager
def building_long_lived() -> Iterator[None]:
    """Run the block with the collector off; then set what it built apart (:func:`keep_long_lived`). Nested
    blocks and a collector already off are left as they were found."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        keep_long_lived()
