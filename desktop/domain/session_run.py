"""What running a session live leaves behind: the time each segment took and the sub-groups drawn.

Kept with the kit (``Kit.session_runs``), one record per session that was run, so that the outline can be adjusted
afterwards and the groups found again. Written by :mod:`desktop.storage.kits` and in kit files (minor 2).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SegmentSpent:
    """What one segment of the outline actually took when the session was run.

    Attributes:
        title: the segment's title when it was run (the outline may be edited later).
        planned_minutes: its planned length then.
        spent_seconds: the time it was under way (pauses excluded).
    """

    title: str
    planned_minutes: int
    spent_seconds: int


@dataclass(frozen=True)
class SessionRun:
    """One session as it was run.

    Attributes:
        session_uid: the session.
        spent: per segment of the outline, in its order.
        groups: the sub-groups last drawn, each a tuple of participant uids (personal data).
    """

    session_uid: str
    spent: tuple[SegmentSpent, ...] = ()
    groups: tuple[tuple[str, ...], ...] = ()

    @property
    def is_empty(self) -> bool:
        return not self.spent and not self.groups


def prune_runs(runs: tuple[SessionRun, ...], session_uids: set[str], participant_uids: set[str]
               ) -> tuple[SessionRun, ...]:
    """The records of sessions still there, their groups without the participants no longer there."""
    kept = []
    for run in runs:
        if run.session_uid not in session_uids:
            continue
        groups = tuple(g for g in (tuple(u for u in group if u in participant_uids) for group in run.groups) if g)
        run = SessionRun(run.session_uid, run.spent, groups)
        if not run.is_empty:
            kept.append(run)
    return tuple(kept)
