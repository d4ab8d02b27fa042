"""A late arrival or an early departure, typed in with the presences, and counted in the hours."""

from __future__ import annotations

from datetime import time

from desktop.domain.hours import person_hours
from desktop.domain.kit import Participant, Presence, new_uid
from desktop.domain.kit_edit import add_participants, set_attendance
from desktop.storage.kits import KitRepository
from desktop.ui.dialogs.late_dialog import LateDialog
from test_sessions_ui import make_kit, plan, window  # noqa: F401 (the window fixture)


def test_a_late_arrival_is_recorded_shown_and_counted(window, monkeypatch, qtbot):
    make_kit(window, "Kit retards")
    plan(window, monkeypatch)
    window.controller.apply(add_participants(window.controller.kit, [Participant(new_uid(), "Dupré", "Élodie")]),
                            "ajout")
    panel = window.kits.followup
    session = panel.current_session()
    panel.attendance_view.setCurrentIndex(panel.attendance.index(0, 1))

    class Answer(LateDialog):
        def exec(self):
            assert self.arrival.minimumTime().hour() == session.start.hour  # kept within the half-day
            self.arrival_box.setChecked(True)
            self.arrival.setTime(self.arrival.time().addSecs(45 * 60))
            return 1

    assert panel.record_times(Answer)
    kit = KitRepository(window.db).load(window.controller.kit.uid)
    record = next(a for a in kit.attendances if a.session_uid == session.uid)
    assert session.start == time(9, 30)
    assert record.presence is Presence.PRESENT and record.arrival == time(10, 15) and record.departure is None
    assert panel.attendance.index(0, 1).data() == "Présent · arrivée 10\u00a0h\u00a015"
    panel.mark_held()
    kit = KitRepository(window.db).load(window.controller.kit.uid)
    first = person_hours(kit, record.participant_uid).half_days[0]
    assert (first.planned, first.attended) == (180, 135)  # from 10 h 15 to 12 h 30
    kept = set_attendance(kit, session.uid, record.participant_uid, record.half_day, Presence.PRESENT)
    assert next(a for a in kept.attendances if a.session_uid == session.uid).arrival == record.arrival
    window.undo_action.trigger()  # the session is no longer marked held
    window.undo_action.trigger()  # and the arrival is gone
    kit = KitRepository(window.db).load(window.controller.kit.uid)
    assert not [a for a in kit.attendances if a.session_uid == session.uid]
