"""The kit's call for projects or applications: its kind, deadline and text, and the selection grid's criteria.

The « Appel » tab of the kit editor. The text starts from Tresse's model (« Rétablir le modèle » brings it back),
with words in braces that printing fills from the kit; the criteria are a small table edited like a spreadsheet
(Tab to the next cell), with rows added, removed and moved. Every change is one undoable edit through the
workspace; the text is committed when its field loses the focus.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QVBoxLayout, QWidget,
)

from desktop.domain.call import (
    CRITERIA_MAX, DEFAULT_CRITERIA, PLACEHOLDERS, Call, CallKind, Criterion, add_criterion, model_text,
    move_criterion, remove_criteria, update_criterion,
)
from desktop.domain.errors import ValidationError
from desktop.domain.kit import Kit, touch
from desktop.ui.kit_controller import KitController
from desktop.ui.models.criteria import CriteriaModel
from desktop.ui.widgets.date_field import DateField
from desktop.ui.widgets.kit_general import CommitPlainTextEdit
from desktop.ui.widgets.sheet_table import SheetTable


class KitCallPanel(QWidget):
    """Form of the kit's :class:`~desktop.domain.call.Call`.

    Signals:
        status_message(str, int): a message for the status bar, and for how long (ms).
    """

    status_message = Signal(str, int)

    def __init__(self, controller: KitController, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._build()
        self._lay_out()
        self._connect()
        self.set_kit(None)

    # -- building -------------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.kind = QComboBox(self)
        self.kind.setObjectName("callKind")
        self.kind.addItem(self.tr("Appel à projets"), CallKind.PROJECTS.value)
        self.kind.addItem(self.tr("Appel à candidatures"), CallKind.APPLICATIONS.value)
        self.deadline = DateField(None, self, empty_text=self.tr("Pas encore de date limite : « à préciser »."))
        self.deadline.setObjectName("callDeadline")
        self.text = CommitPlainTextEdit(self)
        self.text.setObjectName("callText")
        self.text.setMinimumHeight(180)
        self.text.setPlaceholderText(self.tr("Vide : le modèle proposé par Tresse est imprimé."))
        self.model_button = QPushButton(self.tr("Rétablir le &modèle"), self)
        self.model_button.setObjectName("callModel")
        self.model_button.setToolTip(self.tr("Remplace le texte par le modèle proposé par Tresse (Ctrl+Z annule)"))
        words = ", ".join(f"{{{key}}}" for key in PLACEHOLDERS)
        self.help = QLabel(self.tr("À l'impression, les mots entre accolades sont remplacés par ce que dit le kit : "
                                   "%1. Une ligne commençant par « # » est un intertitre, par « - » une puce.")
                           .replace("%1", words), self)
        self.help.setWordWrap(True)
        self.help.setStyleSheet("color: palette(mid);")
        self.model = CriteriaModel(self._criterion_edited, self)
        self.view = SheetTable(self)
        self.view.setObjectName("criteriaView")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setMinimumHeight(150)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(CriteriaModel.LABEL, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(CriteriaModel.POINTS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CriteriaModel.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.view.setColumnWidth(CriteriaModel.LABEL, 220)
        self.total = QLabel(self)
        self.total.setObjectName("criteriaTotal")
        self.add_button = QPushButton(self.tr("A&jouter un critère"), self)
        self.remove_button = QPushButton(self.tr("Retirer"), self)
        self.up_button = QPushButton(self.tr("Monter"), self)
        self.down_button = QPushButton(self.tr("Descendre"), self)
        self.defaults_button = QPushButton(self.tr("Critères proposés par Tresse"), self)
        self.defaults_button.setToolTip(self.tr("Utilité sociale, ancrage territorial, gouvernance, viabilité "
                                                "économique, motivation et disponibilité : vingt points à adapter"))

    def _lay_out(self) -> None:
        call_box = QGroupBox(self.tr("L'appel"), self)
        form = QFormLayout(call_box)
        form.addRow(self.tr("Type d'appel :"), self.kind)
        form.addRow(self.tr("Date limite de candidature :"), self.deadline)
        text_row = QVBoxLayout()
        text_row.addWidget(self.text, 1)
        model_row = QHBoxLayout()
        model_row.addWidget(self.help, 1)
        model_row.addWidget(self.model_button, 0, Qt.AlignmentFlag.AlignTop)
        text_row.addLayout(model_row)
        form.addRow(self.tr("Texte de l'appel :"), text_row)
        grid_box = QGroupBox(self.tr("Grille de sélection : critères et points"), self)
        grid_layout = QVBoxLayout(grid_box)
        grid_layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button, self.defaults_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.total)
        grid_layout.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(call_box)
        layout.addWidget(grid_box, 1)

    def _connect(self) -> None:
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.deadline.edit.editingFinished.connect(self._deadline_typed)
        self.deadline.date_changed.connect(self._deadline_picked)
        self.text.committed.connect(lambda text: self._edit(self.tr("Modifier le texte de l'appel"),
                                                            text=text.strip() + "\n" if text.strip() else ""))
        self.model_button.clicked.connect(self.restore_model)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.defaults_button.clicked.connect(self.restore_criteria)
        self.view.selectionModel().currentRowChanged.connect(lambda *args: self._update_buttons())

    # -- showing --------------------------------------------------------------------------------------------

    def set_kit(self, kit: Kit | None) -> None:
        """Show *kit*'s call (None: an empty, disabled form)."""
        call = kit.call if kit else Call()
        self.setEnabled(kit is not None)
        for w in (self.kind, self.deadline):
            w.blockSignals(True)
        self.kind.setCurrentIndex(max(0, self.kind.findData(call.kind.value)))
        if self.deadline.date() != call.deadline and not self.deadline.edit.hasFocus():
            self.deadline.set_date(call.deadline)
        for w in (self.kind, self.deadline):
            w.blockSignals(False)
        if self.text.toPlainText() != call.text:
            self.text.setPlainText(call.text)
        self.model.set_criteria(call.criteria)
        total = sum(c.points for c in call.criteria)
        self.total.setText(self.tr("Total : %Ln points", "", total) if call.criteria
                           else self.tr("Aucun critère : la grille imprime ceux proposés par Tresse."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        call = self.controller.kit.call if self.controller.kit else Call()
        row = self.view.currentIndex().row()
        self.add_button.setEnabled(len(call.criteria) < CRITERIA_MAX)
        self.remove_button.setEnabled(bool(call.criteria) and row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(call.criteria) - 1)
        self.defaults_button.setEnabled(call.criteria != DEFAULT_CRITERIA)

    # -- edits ----------------------------------------------------------------------------------------------

    def _apply(self, call: Call, text: str) -> bool:
        kit = self.controller.kit
        if kit is None or call == kit.call:
            return False
        return self.controller.apply(touch(replace(kit, call=call)), text)

    def _edit(self, undo_text: str, **changes) -> bool:
        kit = self.controller.kit
        return kit is not None and self._apply(replace(kit.call, **changes), undo_text)

    def _kind_chosen(self, index: int) -> None:
        kit = self.controller.kit
        if kit is None:
            return
        kind = CallKind(self.kind.itemData(index))
        call = replace(kit.call, kind=kind)
        if kit.call.text == model_text(kit.call.kind):  # the model unchanged follows the kind
            call = replace(call, text=model_text(kind))
        self._apply(call, self.tr("Modifier le type d'appel"))

    def _deadline_typed(self) -> None:
        if self.deadline.is_valid():
            self._edit(self.tr("Modifier la date limite"), deadline=self.deadline.date())

    def _deadline_picked(self, day) -> None:
        if not self.deadline.edit.hasFocus() and day is not None:  # chosen in the calendar
            self._edit(self.tr("Modifier la date limite"), deadline=day)

    def restore_model(self) -> None:
        """The call's text back to Tresse's model (one undoable step)."""
        kit = self.controller.kit
        if kit is not None and self._edit(self.tr("Rétablir le modèle de l'appel"), text=model_text(kit.call.kind)):
            self.status_message.emit(self.tr("Le modèle de l'appel est rétabli — Ctrl+Z pour annuler"), 6000)

    def restore_criteria(self) -> None:
        self._edit(self.tr("Critères proposés par Tresse"), criteria=DEFAULT_CRITERIA)

    def _criterion_edited(self, position: int, criterion: Criterion) -> None:
        kit = self.controller.kit
        if kit is None or position >= len(kit.call.criteria):
            return
        try:
            call = update_criterion(kit.call, position, criterion)
        except ValidationError:
            return
        self._apply(call, self.tr("Modifier le critère « %1 »").replace("%1", criterion.label))

    def add(self) -> None:
        """A new criterion at the end, its label open for typing."""
        kit = self.controller.kit
        if kit is None:
            return
        try:
            call = add_criterion(kit.call, Criterion(self.tr("Nouveau critère")))
        except ValidationError:
            return
        if self._apply(call, self.tr("Ajouter un critère")):
            self.view.edit_cell(self.model.index(self.model.rowCount() - 1, CriteriaModel.LABEL))

    def selected_rows(self) -> set[int]:
        rows = {i.row() for i in self.view.selectionModel().selectedRows()}
        if not rows and self.view.currentIndex().isValid():
            rows = {self.view.currentIndex().row()}
        return rows

    def remove_selected(self) -> None:
        kit, rows = self.controller.kit, self.selected_rows()
        if kit is None or not rows:
            return
        if self._apply(remove_criteria(kit.call, rows), self.tr("Retirer %Ln critère(s)", "", len(rows))):
            self.status_message.emit(self.tr("%Ln critère(s) retiré(s) — Ctrl+Z pour annuler", "", len(rows)), 6000)

    def move_current(self, step: int) -> None:
        kit, row = self.controller.kit, self.view.currentIndex().row()
        if kit is None or row < 0:
            return
        if self._apply(move_criterion(kit.call, row, step), self.tr("Déplacer un critère")):
            self.view.selectRow(row + step)
