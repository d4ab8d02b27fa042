"""The kinds of scheduling conflicts, their severities, the :class:`Conflict` record, and the small helpers the
index and its rules share (a participant's identities, one day's overlapping sessions)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Iterable

from desktop.domain.kit import Participant, Session
from desktop.domain.reason import Reason
from desktop.domain.text import fold, sort_key
from desktop.domain.wording import french

ERROR = "error"
WARNING = "warning"

FACILITATOR_DOUBLE_BOOKED = "facilitator_double_booked"
VENUE_DOUBLE_BOOKED = "venue_double_booked"
PARTICIPANT_DOUBLE_BOOKED = "participant_double_booked"
PUBLIC_HOLIDAY = "public_holiday"
WEEKEND = "weekend"
SCHOOL_HOLIDAY = "school_holiday"
SCHOOL_DATES_UNKNOWN = "school_dates_unknown"
OUT_OF_ORDER = "out_of_order"
VENUE_TOO_SMALL = "venue_too_small"
TRAVEL_TIME = "travel_time"

#: Each kind of conflict (a stable key) and its severity.
SEVERITIES: dict[str, str] = {
    FACILITATOR_DOUBLE_BOOKED: ERROR,
    VENUE_DOUBLE_BOOKED: ERROR,
    PARTICIPANT_DOUBLE_BOOKED: ERROR,
    PUBLIC_HOLIDAY: ERROR,
    WEEKEND: ERROR,
    SCHOOL_HOLIDAY: WARNING,
    SCHOOL_DATES_UNKNOWN: WARNING,
    OUT_OF_ORDER: WARNING,
    VENUE_TOO_SMALL: WARNING,
    TRAVEL_TIME: WARNING,
}
_RANK = {kind: i for i, kind in enumerate(SEVERITIES)}


@dataclass(frozen=True)
class Conflict:
    """One problem in the schedule.

    Attributes:
        kind: a stable key (``facilitator_double_booked``, ``weekend``… see :data:`SEVERITIES`).
        session_uids: the sessions concerned, earliest first.
        kit_uids: their kits, without repetition.
        severity: ``"error"`` or ``"warning"``.
        reason: what to say, naming the sessions (``conflict.…`` keys of ``domain/wording.py``).
        day: the day concerned (the first one), for sorting and display.
    """

    kind: str
    session_uids: tuple[str, ...]
    kit_uids: tuple[str, ...]
    severity: str
    reason: Reason
    day: date | None = None

    @property
    def message(self) -> str:
        """The reason in French (the command line, the log)."""
        return french(self.reason)


def participant_keys(participant: Participant) -> tuple[tuple[str, ...], ...]:
    """The identities of a participant: its uid, and its folded name and e-mail address when it has one."""
    keys: list[tuple[str, ...]] = [("uid", participant.uid)]
    if participant.email.strip():
        keys.append(("person", fold(participant.full_name), fold(participant.email)))
    return tuple(keys)


def _sort(session: Session) -> tuple[time, time, str]:
    return (session.start, session.end, session.uid)


def _overlaps(sessions: Iterable[Session]) -> list[tuple[Session, Session]]:
    """Pairs of sessions of one day whose times overlap (half-open intervals), by a sweep in start order."""
    pairs: list[tuple[Session, Session]] = []
    running: list[Session] = []
    for session in sorted(sessions, key=_sort):
        running = [r for r in running if r.end > session.start]
        pairs.extend((r, session) for r in running)
        running.append(session)
    return pairs


def _name_order(name: str | Reason) -> tuple:
    """People by name; the unnamed (a reason, not a text) last."""
    return (0, sort_key(name), name) if isinstance(name, str) else (1, "", "")
