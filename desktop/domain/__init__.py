"""Pure domain objects and rules: dataclasses, vocabularies, text helpers. No I/O, no Qt."""
