"""Typed validation errors of the domain. The UI and the command line word them for people."""

from __future__ import annotations


class ValidationError(ValueError):
    """A value a person typed or a file gave is not acceptable.

    Attributes:
        field: the field concerned (``name``, ``duration_minutes``, ``segments``…).
        code: a stable key (``empty``, ``too_long``, ``out_of_range``, ``bad_format``…).
        params: values to put in the message (limits, the offending value).
    """

    def __init__(self, field: str, code: str, **params) -> None:
        super().__init__(f"{field}: {code} {params}" if params else f"{field}: {code}")
        self.field = field
        self.code = code
        self.params = params
