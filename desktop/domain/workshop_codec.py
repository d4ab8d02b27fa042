"""A workshop as plain data and back (for a JSON column or a kit file), and its one search text.

Pure functions over :class:`~desktop.domain.catalogue.Workshop`: the storage layer, the kit file reader and writer
and the catalogue installer all use these, so a workshop is encoded, decoded and indexed the same way everywhere.
"""

from __future__ import annotations

from typing import Any

from desktop.domain.catalogue import Segment, Workshop


def workshop_content(w: Workshop) -> dict[str, Any]:
    """The lists and outline of a workshop as plain data."""
    return {
        "objectives": list(w.objectives), "key_points": list(w.key_points), "worksheet": list(w.worksheet),
        "resources": list(w.resources), "materials": list(w.materials),
        "segments": [{"kind": s.kind, "title": s.title, "minutes": s.minutes, "description": s.description}
                     for s in w.segments],
    }


def workshop_from_content(base: dict, content: dict) -> Workshop:
    """A Workshop from its scalar fields and the content dict written by :func:`workshop_content`."""
    return Workshop(
        **base,
        objectives=tuple(content.get("objectives", ())), key_points=tuple(content.get("key_points", ())),
        worksheet=tuple(content.get("worksheet", ())), resources=tuple(content.get("resources", ())),
        materials=tuple(content.get("materials", ())),
        segments=tuple(Segment(s["kind"], s["title"], int(s["minutes"]), s.get("description", ""))
                       for s in content.get("segments", ())),
    )


def workshop_search_text(w: Workshop) -> str:
    """What the catalogue search looks in besides the title: the same for bundled and user workshops."""
    return " ".join([w.summary, w.format_label, *w.audience_labels, *w.objectives, *w.key_points, *w.worksheet,
                     *(s.title for s in w.segments), w.source_note])
