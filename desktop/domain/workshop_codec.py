"""A workshop as plain data and back (for a JSON column or a kit file), and its one search text.

Pure functions over :class:`~desktop.domain.catalogue.Workshop`: the storage layer, the kit file reader and writer
and the catalogue installer all use these, so a workshop is encoded, decoded and indexed the same way everywhere.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from desktop.domain.catalogue import Segment, Workshop

#: The fields of a workshop held in its content (its JSON column), the rest being scalar columns of its own.
CONTENT_FIELDS = ("objectives", "key_points", "worksheet", "resources", "materials", "segments")


def workshop_content(w: Workshop) -> dict[str, Any]:
    """The lists and outline of a workshop as plain data."""
    return {
        "objectives": list(w.objectives), "key_points": list(w.key_points), "worksheet": list(w.worksheet),
        "resources": list(w.resources), "materials": list(w.materials),
        "segments": [{"kind": s.kind, "title": s.title, "minutes": s.minutes, "description": s.description}
                     for s in w.segments],
    }


def content_values(content: dict) -> dict[str, Any]:
    """The content fields of a Workshop from the content dict written by :func:`workshop_content`."""
    return dict(
        objectives=tuple(content.get("objectives", ())), key_points=tuple(content.get("key_points", ())),
        worksheet=tuple(content.get("worksheet", ())), resources=tuple(content.get("resources", ())),
        materials=tuple(content.get("materials", ())),
        segments=tuple(Segment(s["kind"], s["title"], int(s["minutes"]), s.get("description", ""))
                       for s in content.get("segments", ())),
    )


def workshop_from_content(base: dict, content: dict) -> Workshop:
    """A Workshop from its scalar fields and the content dict written by :func:`workshop_content`."""
    return Workshop(**base, **content_values(content))


def stored_workshop(base: dict, content: str | Callable[[], str]) -> Workshop:
    """A Workshop from its scalar fields and its stored content, which is parsed only when first read.

    *content* is the JSON text of the content, or a function that reads it from the store when first needed. The
    library and the kits hold thousands of workshops, most only ever listed (title, format, audience, duration):
    their objectives, outline and handout lists are neither parsed nor held until something reads one of them. A
    function must give the text as it was when the workshop was read: the store's one writer calls
    :func:`load_contents` on the values it is about to overwrite (see ``Workspace``).
    """
    workshop = StoredWorkshop.__new__(StoredWorkshop)
    workshop.__dict__.update(base)
    workshop.__dict__["_content"] = content
    return workshop


def load_contents(workshops: Iterable[Workshop]) -> None:
    """Read now the content of every workshop of *workshops* not read yet (before its stored text changes)."""
    for workshop in workshops:
        if isinstance(workshop, StoredWorkshop):
            workshop._parse()


class StoredWorkshop(Workshop):
    """A :class:`Workshop` whose content fields are read and parsed when first read (see :func:`stored_workshop`).
    It is a Workshop in every other way: frozen, equal to (and hashed as) a Workshop with the same values, and
    :func:`dataclasses.replace` makes another one, whole."""

    def __eq__(self, other):
        if isinstance(other, Workshop):
            return all(getattr(self, f) == getattr(other, f) for f in Workshop.__dataclass_fields__)
        return super().__eq__(other)  # the dataclass's answer for anything else

    __hash__ = Workshop.__hash__

    def _parse(self) -> None:
        values = self.__dict__
        content = values.get("_content")
        if content is None:  # read already (or meanwhile: the values are set before the source goes)
            return
        text = content if isinstance(content, str) else content()
        values.update(content_values(json.loads(text)))
        values.pop("_content", None)


def _content_field(name: str) -> property:
    def read(self):
        try:
            return self.__dict__[name]
        except KeyError:
            self._parse()
            return self.__dict__[name]

    def write(self, value):  # only reached through object.__setattr__, as a frozen dataclass's __init__ does
        self.__dict__[name] = value

    return property(read, write, doc=f"The workshop's {name}, parsed when first read.")


for _name in CONTENT_FIELDS:
    setattr(StoredWorkshop, _name, _content_field(_name))
del _name


def workshop_search_text(w: Workshop) -> str:
    """What the catalogue search looks in besides the title: the same for bundled and user workshops."""
    return " ".join([w.summary, w.format_label, *w.audience_labels, *w.objectives, *w.key_points, *w.worksheet,
                     *(s.title for s in w.segments), w.source_note])
