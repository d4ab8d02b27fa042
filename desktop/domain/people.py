"""The one rule that says two records describe the same person (imports, duplicate checks, distinct people).

A participants CSV imported twice, a kit received again or a funders' report counting distinct people across kits
all ask the same question; they all answer it with :func:`person_key`.
"""

from __future__ import annotations

from typing import Protocol

from desktop.domain.text import fold


class Person(Protocol):
    """Anything with a family name, a first name and an e-mail address (a participant, a CSV row)."""

    last_name: str
    first_name: str
    email: str


def person_key(person: Person) -> tuple[str, ...]:
    """What identifies *person*: two records with equal keys are the same person.

    The rule: the same e-mail address (ignoring case and surrounding spaces) when one is given; without an address,
    the same family and first names once folded (case, accents, apostrophes and spaces ignored: « Hélène
    N'Diaye » is « helene n'diaye »). Two records of which only one has an address are different people.
    """
    email = person.email.strip().casefold()
    if email:
        return ("email", email)
    return ("name", fold(person.last_name), fold(person.first_name))
