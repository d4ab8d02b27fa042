"""What the core says, as a fact: a reason key and the values it names, never a sentence.

A :class:`Reason` is returned by the scheduling checks (conflicts, planning notes), the refused files of
``exchange/`` and the print warnings. ``domain/wording.py`` holds the French wording of every key; the command line
and the printed documents use it (:func:`desktop.domain.wording.french`), the interface translates it
(``ui/wording.py``).

Values are facts, worded by each language: texts (names, titles, codes: shown as they are), whole numbers, dates,
times, durations (:class:`datetime.timedelta`), other reasons (a session's label, an unknown venue) and tuples of
those (a list of names). A counted sentence takes its count from the value ``n``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping


@dataclass(frozen=True)
class Reason:
    """A reason key and its values (sorted by name, so that two equal facts are equal).

    Attributes:
        key: a stable key of ``domain/wording.py`` (``conflict.weekend``, ``kitfile.too_big``…).
        values: the (name, value) pairs the wording uses.
    """

    key: str
    values: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def of(cls, key: str, **values: Any) -> Reason:
        """``Reason.of("conflict.weekend", session=…, day=…)``."""
        return cls(key, tuple(sorted(values.items())))

    @property
    def named(self) -> Mapping[str, Any]:
        """The values by name."""
        return dict(self.values)

    def get(self, name: str, default: Any = None) -> Any:
        return self.named.get(name, default)
