"""After a session: the presence grid (per half-day) and the « évaluation à chaud » answers, typed in."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QTableView,
    QVBoxLayout, QWidget,
)

from desktop.ui import dates
from desktop.domain.kit import EVALUATION_QUESTIONS, Kit, Presence, SessionStatus
from desktop.domain.kit_edit import replace_sessions, set_all_present, set_attendance, set_evaluation, set_times
from desktop.ui.kit_controller import KitController
from desktop.ui.models.followup import AttendanceModel, EvaluationModel, half_day_label, presence_label
from desktop.ui.widgets.delegates import ChoiceDelegate
from desktop.ui.labels import question_label


class KitFollowUpPanel(QWidget):
    """Choose a session, then fill its presences and evaluations; every change is saved at once."""

    def __init__(self, controller: KitController, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._build()
        self._lay_out()
        self._connect()

    def _build(self) -> None:
        self.kit: Kit | None = None
        self.session_box = QComboBox(self)
        # long session titles must not widen the window past a small screen
        self.session_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.session_box.setMinimumContentsLength(24)
        self.session_box.setObjectName("followUpSession")
        self.held_button = QPushButton(self.tr("Marquer la séance comme réalisée"), self)
        self.all_present = QPushButton(self.tr("Tout le monde présent"), self)
        self.late_button = QPushButton(self.tr("Retard ou départ anticipé…"), self)
        self.late_button.setObjectName("followUpLate")
        self.late_button.setToolTip(self.tr("Pour la case choisie : l'heure d'arrivée ou de départ, dont les heures "
                                            "suivies tiennent compte"))
        self.attendance = AttendanceModel(self._presence_edited, self)
        self.attendance_view = QTableView(self)
        self.attendance_view.setModel(self.attendance)
        self.attendance_view.setItemDelegate(ChoiceDelegate(
            lambda: [(presence_label(None), "")] + [(presence_label(p), p.value) for p in Presence],
            self.attendance_view))
        self.attendance_view.verticalHeader().setVisible(False)
        self.attendance_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.evaluation = EvaluationModel(self._evaluation_edited, self)
        self.evaluation_view = QTableView(self)
        self.evaluation_view.setModel(self.evaluation)
        self.evaluation_view.verticalHeader().setVisible(False)
        self.evaluation_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.averages = QLabel(self)
        self.averages.setWordWrap(True)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Séance :"), self))
        top.addWidget(self.session_box, 1)
        top.addWidget(self.held_button)
        presence_box = QGroupBox(self.tr("Présences (par demi-journée)"), self)
        pl = QVBoxLayout(presence_box)
        pl.addWidget(self.attendance_view)
        row = QHBoxLayout()
        row.addWidget(self.all_present)
        row.addWidget(self.late_button)
        row.addStretch(1)
        pl.addLayout(row)
        # a short title: a group box is never narrower than its title, and the panel must fit a small screen
        evaluation_box = QGroupBox(self.tr("Évaluation à chaud"), self)
        scale = QLabel(self.tr("Notes de 1 (pas du tout d'accord) à 4 (tout à fait d'accord)."), evaluation_box)
        scale.setWordWrap(True)
        el = QVBoxLayout(evaluation_box)
        el.addWidget(scale)
        el.addWidget(self.evaluation_view)
        el.addWidget(self.averages)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(presence_box)
        split.addWidget(evaluation_box)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)

    def _connect(self) -> None:
        self.session_box.currentIndexChanged.connect(self._show_session)
        self.held_button.clicked.connect(self.mark_held)
        self.all_present.clicked.connect(self.mark_all_present)
        self.late_button.clicked.connect(lambda: self.record_times())
        self.set_kit(None)

    def current_session(self):
        uid = self.session_box.currentData()
        return next((s for s in self.kit.sessions if s.uid == uid), None) if self.kit and uid else None

    def set_kit(self, kit: Kit | None) -> None:
        previous = self.session_box.currentData()
        self.kit = kit
        self.session_box.blockSignals(True)
        self.session_box.clear()
        sessions = sorted(kit.sessions, key=lambda s: s.starts_at) if kit else []
        for s in sessions:
            kw = kit.kit_workshop(s.kit_workshop_uid)
            self.session_box.addItem(f"{dates.long_date(s.day)} — {kw.workshop.title if kw else ''}", s.uid)
        index = self.session_box.findData(previous)
        if index < 0 and sessions:
            # the first session not yet held, else the last one
            pending = next((i for i, s in enumerate(sessions) if s.status is not SessionStatus.HELD), len(sessions) - 1)
            index = pending
        self.session_box.setCurrentIndex(index)
        self.session_box.blockSignals(False)
        if kit is None:
            self.empty.setText("")
        elif not kit.sessions:
            self.empty.setText(self.tr("Datez d'abord les séances (onglet Séances) : les présences et les évaluations "
                                       "se saisissent après chaque séance."))
        elif not kit.participants:
            self.empty.setText(self.tr("Inscrivez d'abord les participants (onglet Participants)."))
        else:
            self.empty.setText("")
        self.empty.setVisible(bool(self.empty.text()))
        self._show_session()

    def _show_session(self, *args) -> None:
        session = self.current_session()
        participants = sorted(self.kit.participants, key=lambda p: p.sort_name) if self.kit else []
        self.attendance.set_session(session, participants, self.kit.attendances if self.kit else ())
        self.evaluation.set_session(session, participants, self.kit.evaluations if self.kit else ())
        for view in (self.attendance_view, self.evaluation_view):
            view.resizeColumnsToContents()
        self.evaluation_view.horizontalHeader().setSectionResizeMode(
            len(EvaluationModel.QUESTIONS) + 1, QHeaderView.ResizeMode.Stretch)
        enabled = session is not None and bool(participants)
        for w in (self.attendance_view, self.evaluation_view, self.all_present, self.late_button):
            w.setEnabled(enabled)
        self.held_button.setEnabled(session is not None and session.status is not SessionStatus.HELD)
        self._show_averages()

    def _show_averages(self) -> None:
        session = self.current_session()
        answers = [e for e in (self.kit.evaluations if self.kit else ()) if session and e.session_uid == session.uid]
        if not answers:
            self.averages.setText("")
            return
        parts = []
        for key in EVALUATION_QUESTIONS:
            scores = [e.score(key) for e in answers if e.score(key)]
            if scores:
                average = QLocale().toString(sum(scores) / len(scores), "f", 1)
                parts.append(self.tr("%1\u00a0: %2").replace("%1", question_label(key)).replace("%2", average))
        self.averages.setText(self.tr("Moyennes sur %Ln réponse(s) — ", "", len(answers))
                              + self.tr("\u00a0; ").join(parts))

    # -- edits -----------------------------------------------------------------------------------------------
    def _presence_edited(self, participant_uid, half_day, presence) -> None:
        session = self.current_session()
        if session is not None:
            self.controller.apply(set_attendance(self.controller.kit, session.uid, participant_uid, half_day, presence),
                                  self.tr("Saisir une présence"))

    def _evaluation_edited(self, evaluation) -> None:
        self.controller.apply(set_evaluation(self.controller.kit, evaluation), self.tr("Saisir une évaluation"))

    def record_times(self, dialog_factory=None) -> bool:
        """Ask for an arrival or departure time for the chosen cell (a participant and a half-day) and record it."""
        from desktop.domain.hours import half_day_span
        from desktop.ui.dialogs.late_dialog import LateDialog

        session, index = self.current_session(), self.attendance_view.currentIndex()
        if session is None or not index.isValid() or index.column() == 0:
            return False
        participant = self.attendance.row_at(index.row())
        half_day = self.attendance.half_days()[index.column() - 1]
        who = f"{self.attendance.display(participant, 0)} — {half_day_label(half_day).lower()}"
        dialog = (dialog_factory or LateDialog)(who, half_day_span(session, half_day),
                                               self.attendance.record(participant.uid, half_day), self)
        if not dialog.exec():
            return False
        arrival, departure = dialog.times()
        return self.controller.apply(set_times(self.controller.kit, session.uid, participant.uid, half_day, arrival,
                                               departure), self.tr("Saisir un retard ou un départ anticipé"))

    def mark_all_present(self) -> None:
        session = self.current_session()
        if session is not None:
            self.controller.apply(set_all_present(self.controller.kit, session.uid),
                                  self.tr("Marquer tout le monde présent"))

    def mark_held(self) -> None:
        session = self.current_session()
        if session is None:
            return
        kit = self.controller.kit
        sessions = [replace(s, status=SessionStatus.HELD) if s.uid == session.uid else s for s in kit.sessions]
        self.controller.apply(replace_sessions(kit, sessions), self.tr("Marquer la séance comme réalisée"))
