"""The clock of a workshop run live: its timed outline, the segment under way, the time left and the time spent.

Pure and Qt-free: every method that depends on time takes *now*, a number of seconds from ``time.time()`` (whose
differences keep counting across a suspend of the laptop, unlike ``time.monotonic()`` on Linux). Time is counted
by adding the differences between two readings; a difference that is negative — the clock was set backwards —
counts as nothing, so no time is ever negative.

The model never moves on by itself unless ``auto_advance`` is set: at the end of a segment it reports
:meth:`LiveTimer.is_over` and waits for the facilitator.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.domain.catalogue import Segment
from desktop.domain.session_run import SegmentSpent

MINUTE = 60


@dataclass
class LiveTimer:
    """The live clock of one session's outline.

    Args:
        segments: the outline (title and planned minutes are what counts).
        spent: seconds already spent per segment (a session resumed after a crash); missing ones are 0.
        index: the segment under way.
        auto_advance: move to the next segment by itself when the current one is over.
    """

    segments: tuple[Segment, ...]
    spent: list[float] = field(default_factory=list)
    index: int = 0
    auto_advance: bool = False
    extra: list[int] = field(default_factory=list, init=False)  # seconds added (or removed) per segment
    running: bool = field(default=False, init=False)
    _last: float | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        n = len(self.segments)
        self.segments = tuple(self.segments)
        self.spent = [max(0.0, float(x)) for x in list(self.spent)[:n]] + [0.0] * max(0, n - len(self.spent))
        self.extra = [0] * n
        self.index = max(0, min(self.index, n - 1)) if n else 0

    # -- the clock ---------------------------------------------------------------------------------------------
    def tick(self, now: float) -> None:
        """Count the time since the last reading into the current segment (nothing while paused)."""
        if self.running and self._last is not None and self.segments:
            elapsed = max(0.0, now - self._last)
            while True:
                left = self.segment_seconds(self.index) - self.spent[self.index]
                if self.auto_advance and not self.is_last and left <= elapsed:
                    taken = max(0.0, left)
                    self.spent[self.index] += taken
                    elapsed -= taken
                    self.index += 1
                    continue
                self.spent[self.index] += elapsed
                break
        self._last = now

    def start(self, now: float) -> None:
        self.tick(now)
        self.running = True
        self._last = now

    def pause(self, now: float) -> None:
        self.tick(now)
        self.running = False

    def toggle(self, now: float) -> bool:
        """Pause or resume; True when running afterwards."""
        if self.running:
            self.pause(now)
        else:
            self.start(now)
        return self.running

    # -- moving ------------------------------------------------------------------------------------------------
    def go_to(self, index: int, now: float) -> bool:
        """Make segment *index* the current one; False when out of the outline or already there."""
        self.tick(now)
        if not 0 <= index < len(self.segments) or index == self.index:
            return False
        self.index = index
        return True

    def next(self, now: float) -> bool:
        return self.go_to(self.index + 1, now)

    def previous(self, now: float) -> bool:
        return self.go_to(self.index - 1, now)

    def add_minutes(self, minutes: int, now: float) -> None:
        """Lengthen (or shorten, with a negative number) the current segment; never below nothing."""
        self.tick(now)
        if not self.segments:
            return
        planned = self.segments[self.index].minutes * MINUTE
        self.extra[self.index] = max(-planned, self.extra[self.index] + minutes * MINUTE)

    # -- reading -----------------------------------------------------------------------------------------------
    @property
    def current(self) -> Segment | None:
        return self.segments[self.index] if self.segments else None

    @property
    def following(self) -> Segment | None:
        return self.segments[self.index + 1] if self.index + 1 < len(self.segments) else None

    @property
    def is_last(self) -> bool:
        return self.index >= len(self.segments) - 1

    def segment_seconds(self, index: int) -> int:
        """The length of segment *index* as planned, with the minutes added or removed."""
        return self.segments[index].minutes * MINUTE + self.extra[index]

    def remaining(self, now: float) -> int:
        """Whole seconds left in the current segment (0 once over, never negative)."""
        self.tick(now)
        if not self.segments:
            return 0
        left = self.segment_seconds(self.index) - self.spent[self.index]
        return max(0, int(left + 0.999))

    def overrun(self, now: float) -> int:
        """Whole seconds the current segment has run past its end (0 while it has time left)."""
        self.tick(now)
        if not self.segments:
            return 0
        return max(0, int(self.spent[self.index] - self.segment_seconds(self.index)))

    def is_over(self, now: float) -> bool:
        return bool(self.segments) and self.remaining(now) == 0

    def elapsed(self, now: float) -> int:
        """Whole seconds spent over the whole session so far (pauses excluded)."""
        self.tick(now)
        return int(sum(self.spent))

    @property
    def planned_seconds(self) -> int:
        """The whole outline's planned length."""
        return sum(s.minutes for s in self.segments) * MINUTE

    def drift(self, now: float) -> int:
        """Seconds behind the outline (positive) or ahead of it (negative).

        Each segment left behind counts what it took against what was planned (moving on early puts her ahead);
        the current segment counts only once it runs past its planned length.
        """
        self.tick(now)
        total = 0.0
        for i, segment in enumerate(self.segments):
            planned = segment.minutes * MINUTE
            if i == self.index:
                total += max(0.0, self.spent[i] - planned)
            elif i < self.index or self.spent[i] > 0:
                total += self.spent[i] - planned
        return int(round(total))

    def projected_left(self, now: float) -> int:
        """Seconds until the end of the outline if every segment from now on takes what it is given."""
        left = self.remaining(now)
        return left + sum(self.segment_seconds(i) for i in range(self.index + 1, len(self.segments)))

    def progress(self, now: float) -> float:
        """How far through the outline, 0 to 1, by planned time."""
        self.tick(now)
        total = sum(self.segment_seconds(i) for i in range(len(self.segments)))
        if total <= 0:
            return 1.0 if self.segments else 0.0
        done = sum(self.segment_seconds(i) for i in range(self.index))
        done += min(self.spent[self.index], self.segment_seconds(self.index)) if self.segments else 0
        return max(0.0, min(1.0, done / total))

    def spent_record(self) -> tuple[SegmentSpent, ...]:
        """The time spent per segment, as kept with the session."""
        return tuple(SegmentSpent(s.title, s.minutes, int(round(self.spent[i])))
                     for i, s in enumerate(self.segments))


def spent_seconds_for(segments: tuple[Segment, ...], record: tuple[SegmentSpent, ...]) -> list[float]:
    """Seconds to resume a timer with, from a record kept earlier: matched by position while the titles agree."""
    result = []
    for segment, kept in zip(segments, record):
        if kept.title != segment.title:
            break
        result.append(float(kept.spent_seconds))
    return result


def clock_text(seconds: int) -> str:
    """« 4:05 », « 12:00 », « 1:02:30 » (hours only when needed)."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
