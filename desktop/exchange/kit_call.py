"""``kit.call`` in a kit file (minor 4): the call for projects or applications and its selection criteria.

Read from someone else's file like every other field of ``kit.json``: the kind is a closed key, the text and the
criteria are bounded (lengths, number of rows, points), the deadline is a date; the first problem raises
:class:`~desktop.exchange.errors.KitFileError` naming the place (``kit.call.criteria[2].points``).
"""

from __future__ import annotations

from desktop.domain.call import (
    CALL_TEXT_MAX, CRITERIA_MAX, CRITERION_DESCRIPTION_MAX, CRITERION_LABEL_MAX, POINTS_RANGE, Call, CallKind,
    Criterion,
)
from desktop.exchange.errors import KitFileError, detail


def parse_call(o) -> Call:
    """``kit.call`` from its checked object (``checked.Obj``); absent (``None``): no call of its own."""
    if o is None:
        return Call()
    kind_key = o.key("kind", CallKind.PROJECTS.value)
    try:
        kind = CallKind(kind_key)
    except ValueError as exc:
        raise KitFileError("bad_value", where=o.at("kind"), detail=detail("call_kind")) from exc
    deadline = o.day("deadline") if o.raw("deadline", False) is not None else None
    criteria = tuple(Criterion(c.text("label", CRITERION_LABEL_MAX, nonempty=True),
                               c.integer("points", *POINTS_RANGE, required=True),
                               c.text("description", CRITERION_DESCRIPTION_MAX))
                     for c in o.objects("criteria", CRITERIA_MAX))
    return Call(kind=kind, text=o.text("text", CALL_TEXT_MAX), deadline=deadline, criteria=criteria)
