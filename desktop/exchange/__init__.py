"""exchange layer (see docs/ARCHITECTURE.md).

What leaves or enters Tresse as files:

- ``ics``: iCalendar (RFC 5545) export of sessions, per kit, per facilitator and per participant;
- ``kitfile``, ``kitjson``: kit files (``.tresse``), written and read back as untrusted input;
- ``participants_csv``: participant lists as CSV;
- ``errors``: the typed errors of this layer.
"""
