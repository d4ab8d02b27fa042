"""« Animer la séance » driven with a clock the test controls (no sleeping): segments, pause, minutes, the time
spent kept and undone, the roll call written to the kit and counted by the certificate, the sub-groups."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from desktop.domain.catalogue import Segment
from desktop.domain.kit import HalfDay, Kit, KitWorkshop, Participant, Presence, Session, SessionStatus, new_uid
from desktop.domain.kit import blank_workshop
from desktop.domain.subgroups import Mixing
from desktop.domain.hours import person_hours
from desktop.storage.kits import KitRepository
from desktop.ui.live.windows import LiveWindows, choose_screens
from desktop.ui.workspace import Workspace

START = datetime(2026, 12, 1, 9, 0).timestamp()


class Clock:
    """A clock that moves only when told."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def sample_kit() -> Kit:
    workshop = replace(blank_workshop("Pitcher son projet", 60), materials=("Paperboard", "Feutres"),
                       segments=(Segment("accueil", "Accueil", 10, "Tour de table : prénom et projet."),
                                 Segment("apport", "Apport", 20), Segment("atelier", "Atelier en binômes", 30)))
    kw = KitWorkshop(new_uid(), workshop)
    session = Session(new_uid(), kw.uid, date(2026, 12, 1), time(9, 0), time(10, 0), status=SessionStatus.HELD)
    people = (Participant(new_uid(), "Durand", "Marie", "Coop A", "Melle"),
              Participant(new_uid(), "Martin", "Marie", "Coop A", "Niort"),
              Participant(new_uid(), "Roux", "Léa", "Asso B", "Melle"),
              Participant(new_uid(), "Petit", "Jo", "Asso B", "Niort"),
              Participant(new_uid(), "Lenoir", "Sam", "", "Melle"))
    return Kit(uid=new_uid(), name="Parcours création", workshops=(kw,), sessions=(session,), participants=people)


@pytest.fixture
def workspace(store, qapp):
    ws = Workspace(store)
    kit = sample_kit()
    assert ws.create_kit(kit, "kit")
    return ws


@pytest.fixture
def live(workspace, qtbot, french, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    kit = workspace.kits()[0]
    clock = Clock()
    windows = LiveWindows(workspace, kit.uid, kit.sessions[0].uid, clock=clock)
    qtbot.addWidget(windows.participant)
    qtbot.addWidget(windows.facilitator)
    windows.start()
    windows.clock = clock
    yield windows
    if not windows._leaving:
        windows.leave()


def key(qtbot, widget, k, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(widget, k, modifier)


def test_one_screen_shows_the_participant_view_alone_and_f2_swaps(live, qtbot):
    assert live.single_screen
    assert live.participant.isFullScreen() and not live.facilitator.isVisible()
    assert live.participant.hint.isVisible() and "F2" in live.participant.hint.text()
    key(qtbot, live.participant, Qt.Key.Key_F2)
    assert live.facilitator.isVisible() and not live.participant.isVisible()
    key(qtbot, live.facilitator, Qt.Key.Key_F2)
    assert live.participant.isVisible()


def test_the_clock_follows_the_clock_pause_and_minutes(live, qtbot):
    panel = live.participant.panel
    live.clock.advance(90)
    live.live.tick()
    assert panel.clock.text() == "8:30" and panel.segment.text() == "Accueil"
    assert panel.following.text() == "Ensuite\u00a0: Apport"
    assert "8 min 30 s" in panel.clock.accessibleName()
    key(qtbot, live.participant, Qt.Key.Key_Space)
    live.clock.advance(600)
    live.live.tick()
    assert panel.clock.text() == "8:30" and panel.state.text() == "En pause"
    key(qtbot, live.participant, Qt.Key.Key_Space)
    key(qtbot, live.participant, Qt.Key.Key_Plus, Qt.KeyboardModifier.ShiftModifier)  # « + » on AZERTY
    assert panel.clock.text() == "9:30"
    key(qtbot, live.participant, Qt.Key.Key_Equal)
    key(qtbot, live.participant, Qt.Key.Key_Plus, Qt.KeyboardModifier.KeypadModifier)
    assert panel.clock.text() == "11:30"
    key(qtbot, live.participant, Qt.Key.Key_Minus)
    assert panel.clock.text() == "10:30"


def test_the_end_of_a_segment_blinks_and_waits(live, qtbot):
    panel = live.participant.panel
    live.clock.advance(600)
    live.live.tick()
    assert panel.clock.text() == "0:00" and panel.blinking and panel.state.text() == "Temps écoulé"
    first = panel.clock.styleSheet()
    live.clock.advance(0.5)
    live.live.tick()
    assert panel.clock.styleSheet() != first  # it blinks
    live.clock.advance(120)
    live.live.tick()
    assert live.live.timer.index == 0  # does not move on by itself
    live.facilitator.auto.setChecked(True)
    live.live.tick()
    assert live.live.timer.index == 1


def test_segments_advance_and_the_spent_times_are_kept_and_undone(live, qtbot, workspace):
    session_uid = live.live.session_uid
    steps = workspace.undo_stack.count()
    live.clock.advance(420)
    key(qtbot, live.participant, Qt.Key.Key_Right)
    assert live.participant.panel.segment.text() == "Apport"
    kit = workspace.kit(live.live.kit_uid)
    assert [x.spent_seconds for x in kit.session_run(session_uid).spent] == [420, 0, 0]
    assert workspace.undo_stack.count() == steps + 1
    for _ in range(20):  # ticks write nothing
        live.clock.advance(30)
        live.live.tick()
    assert workspace.undo_stack.count() == steps + 1
    key(qtbot, live.participant, Qt.Key.Key_Right)
    assert [x.spent_seconds for x in workspace.kit(kit.uid).session_run(session_uid).spent] == [420, 600, 0]
    assert workspace.undo_stack.count() == steps + 2
    key(qtbot, live.participant, Qt.Key.Key_Left)
    assert live.live.timer.current.title == "Apport"
    assert workspace.undo_stack.count() == steps + 2  # nothing spent since: nothing written
    workspace.undo_stack.undo()
    assert [x.spent_seconds for x in workspace.kit(kit.uid).session_run(session_uid).spent] == [420, 0, 0]
    assert [x.spent_seconds for x in KitRepository(workspace.db).load(kit.uid).session_run(session_uid).spent] \
        == [420, 0, 0]
    workspace.undo_stack.undo()
    assert workspace.kit(kit.uid).session_run(session_uid).spent == ()


def test_facilitator_view_shows_instructions_materials_and_drift(live, qtbot):
    key(qtbot, live.participant, Qt.Key.Key_F2)
    f = live.facilitator
    assert f.instructions.text() == "Tour de table : prénom et projet."
    assert "Paperboard" in f.materials.text()
    live.clock.advance(60)
    key(qtbot, f, Qt.Key.Key_Right)  # nine minutes early
    assert f.drift.text() == "En avance de 9 min"
    assert "Fin prévue à 10\u00a0h" in f.session_clock.text()
    assert f.instructions.text() == "Pas de consigne écrite pour cette étape."


def test_roll_call_writes_presences_the_certificate_counts(live, qtbot, workspace):
    roll = live.facilitator.roll_call
    kit = workspace.kit(live.live.kit_uid)
    marie, lea = kit.participants[0], kit.participants[2]
    roll.rows[marie.uid].present.click()
    live.clock.advance(20 * 60)
    roll.rows[lea.uid].late.click()
    kit = workspace.kit(kit.uid)
    marks = {a.participant_uid: a for a in kit.attendances}
    assert marks[marie.uid].presence is Presence.PRESENT and marks[marie.uid].arrival is None
    assert marks[lea.uid].arrival == time(9, 20) and marks[lea.uid].half_day is HalfDay.MORNING
    # the certificates count the hours from these presences (domain/hours.py): one half-day for Marie, none yet for
    # the person not ticked
    assert person_hours(kit, marie.uid).attended_minutes > 0
    assert person_hours(kit, kit.participants[1].uid).attended_minutes == 0
    assert roll.count.text() == "Présences\u00a0: 2 sur 5"
    edit = roll.rows[lea.uid].arrived
    assert edit.time().hour() == 9 and edit.time().minute() == 20
    edit.setTime(edit.time().addSecs(-5 * 60))  # corrected by hand: one step when the editing is done
    edit.editingFinished.emit()
    assert {a.participant_uid: a for a in workspace.kit(kit.uid).attendances}[lea.uid].arrival == time(9, 15)
    assert "présence notée" in roll.rows[marie.uid].present.accessibleName()
    roll.rows[marie.uid].present.click()  # taken back
    assert marie.uid not in {a.participant_uid for a in workspace.kit(kit.uid).attendances}
    workspace.undo_stack.undo()
    assert roll.rows[marie.uid].present.isChecked()


def test_sub_groups_from_those_present_shown_on_request_and_printed(live, qtbot, workspace, tmp_path):
    roll, groups = live.facilitator.roll_call, live.facilitator.groups
    kit = workspace.kit(live.live.kit_uid)
    for p in kit.participants[:4]:
        roll.rows[p.uid].present.click()
    groups.count.setValue(2)
    groups.mixing.setCurrentIndex(groups.mixing.findData(Mixing.STRUCTURES))
    assert groups.draw()
    drawn = workspace.kit(kit.uid).session_run(live.live.session_uid).groups
    assert sorted(u for g in drawn for u in g) == sorted(p.uid for p in kit.participants[:4])
    org = {p.uid: p.organisation for p in kit.participants}
    assert all(sorted(org[u] for u in g) == ["Asso B", "Coop A"] for g in drawn)
    assert not live.participant.groups_shown
    key(qtbot, live.participant, Qt.Key.Key_G)
    assert live.participant.groups_shown and groups.show_button.isChecked()
    texts = [w.text() for w in live.participant.board.findChildren(QLabel) if w.text()]
    shown = "\n".join(texts)
    assert "Marie D." in shown and "Marie M." in shown and "Durand" not in shown and "Coop" not in shown
    assert groups.save_pdf(tmp_path / "g.pdf") and (tmp_path / "g.pdf").read_bytes().startswith(b"%PDF")
    assert groups.draw()  # redrawn on request: one more step
    workspace.undo_stack.undo()
    assert workspace.kit(kit.uid).session_run(live.live.session_uid).groups == drawn


def test_escape_asks_and_keeps_the_time(live, qtbot, workspace, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    live.clock.advance(100)
    key(qtbot, live.participant, Qt.Key.Key_Escape)
    assert live.participant.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    key(qtbot, live.participant, Qt.Key.Key_Escape)
    assert live._leaving
    kit = workspace.kit(live.live.kit_uid)
    assert kit.session_run(live.live.session_uid).spent[0].spent_seconds == 100


def test_every_text_is_readable_by_a_screen_reader(live, qtbot):
    key(qtbot, live.participant, Qt.Key.Key_F2)
    live.live.tick()
    for view in (live.participant, live.facilitator):
        for label in view.findChildren(QLabel):
            # nothing painted without words: an empty label shows no picture either
            assert label.text() or label.accessibleName() or label.pixmap().isNull()
    assert live.participant.panel.progress.accessibleName().startswith("Avancement")


def test_choose_screens(qapp):
    screens = qapp.screens()
    assert choose_screens(screens, screens[0]) == (None, screens[0])
    assert choose_screens([], None) == (None, None)


@pytest.fixture
def main_window(qtbot, workspace, french, monkeypatch):
    from desktop import paths
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import Settings

    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: said.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    win = MainWindow(workspace, Settings(paths.user_data_dir()), "fr")
    qtbot.addWidget(win)
    win.show()
    win.said = said
    yield win
    if win.live is not None:
        win.live.leave()


def test_f5_from_the_kit_sessions_and_from_the_calendar(main_window, qtbot, workspace):
    win = main_window
    kit = workspace.kits()[0]
    assert win.live_action.shortcut().toString() == "F5"
    win.pages.setCurrentWidget(win.kits)
    win.kits.select(kit.uid)
    win.kits.tabs.setCurrentWidget(win.kits.sessions)
    win.live_action.trigger()  # no session chosen yet: she is told where to choose one
    assert win.live is None and "Choisissez d'abord une séance" in win.said[-1]
    win.kits.sessions.select(kit.sessions[0].uid)
    win.kits.sessions.live_button.click()
    assert win.live is not None and win.live.participant.isVisible()
    assert win.live.live.session_uid == kit.sessions[0].uid
    first = win.live
    assert win.run_session() is first  # one session at a time
    first.leave()
    assert win.live is None
    win.pages.setCurrentWidget(win.calendar)
    win.calendar.go_to(kit.sessions[0].day)
    win.calendar.set_mode(win.calendar.LIST)
    win.calendar.agenda_view.setCurrentIndex(win.calendar.agenda_proxy.index(0, 0))
    assert win.calendar.selected_session_uid() == kit.sessions[0].uid
    win.live_action.trigger()
    assert win.live.participant.isVisible()


def test_a_session_run_earlier_resumes_where_it_was(main_window, workspace, monkeypatch):
    from desktop.domain.kit_edit import set_session_run
    from desktop.domain.session_run import SegmentSpent, SessionRun

    kit = workspace.kits()[0]
    run = SessionRun(kit.sessions[0].uid, (SegmentSpent("Accueil", 10, 600), SegmentSpent("Apport", 20, 300)))
    workspace.update_kit(set_session_run(kit, run), "déjà animée")
    live = main_window.run_session(kit.sessions[0].uid)
    assert live.live.timer.index == 1 and 890 <= live.live.timer.remaining(live.live.now()) <= 900
    live.leave()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    live = main_window.run_session(kit.sessions[0].uid)
    assert live.live.timer.index == 0 and 590 <= live.live.timer.remaining(live.live.now()) <= 600
