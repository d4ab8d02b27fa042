"""scheduling layer (see docs/ARCHITECTURE.md).

Pure functions over domain objects, no Qt and no database:

- ``holidays_fr``: French public holidays (Alsace-Moselle and overseas included), school holidays of zones A, B
  and C, the département → zone table, and what is not published yet;
- ``autoschedule``: dating a kit's workshops as a cycle of sessions (``plan_sessions``) and shifting the cycle
  after one session is moved (``shift_following``);
- ``conflicts``: conflicts across all kits (``find_conflicts``) and their incremental refresh (``ConflictIndex``).
"""
