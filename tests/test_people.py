"""The same-person rule: one e-mail address is one person; without one, the same folded names."""

from __future__ import annotations

from desktop.domain.kit import Participant, new_uid
from desktop.domain.people import person_key


def person(last: str, first: str = "", email: str = "") -> Participant:
    return Participant(new_uid(), last, first, email=email)


def test_same_email_is_the_same_person_whatever_the_names():
    assert person_key(person("Dupont", "Marie", "Marie@Example.fr")) == \
        person_key(person("Dupont-Martin", "M.", " marie@example.fr "))


def test_without_email_the_folded_names_decide():
    assert person_key(person("Hélène", "N’Diaye")) == person_key(person("HELENE", "n'diaye"))
    assert person_key(person("Dupont", "Marie")) != person_key(person("Dupont", "Mario"))


def test_an_address_on_one_side_only_makes_two_people():
    assert person_key(person("Dupont", "Marie")) != person_key(person("Dupont", "Marie", "marie@example.fr"))
    assert person_key(person("Dupont", "Marie", "a@example.fr")) != person_key(person("Dupont", "Marie",
                                                                                      "b@example.fr"))
