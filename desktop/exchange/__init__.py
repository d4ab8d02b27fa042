"""exchange layer (see docs/ARCHITECTURE.md).

What leaves or enters Tresse as files:

- ``ics``: iCalendar (RFC 5545) export of sessions, per kit, per facilitator and per participant;
- ``kitfile``, ``kitjson``: kit files (``.tresse``), written and read back as untrusted input; ``ziparchive``
  (the archive, checked whole before it is parsed) and ``strictjson`` (the JSON text) read them;
- ``participants_csv``: participant lists as CSV, with ``csvtext`` (decoding, records a stray quote cannot merge);
- ``untrusted``: regular files only, control characters removed, text made safe for a terminal;
- ``errors``: the typed errors of this layer.
"""
