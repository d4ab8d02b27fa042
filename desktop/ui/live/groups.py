"""Sub-groups in the live views: the board the participants see, and the facilitator's controls to draw them.

The board shows each group as a card of first names (an initial when two are alike), in large type; it is shown
on the participant view only when the facilitator asks. The controls draw by number or size of groups, with
structures or communes mixed, among the participants marked present; redrawing replaces the groups (one undoable
step); the groups print as a page (:mod:`desktop.printing.subgroups`).
"""

from __future__ import annotations

import io
import math
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QFormLayout, QGridLayout, QHBoxLayout, QLabel, QMessageBox, QPushButton,
    QRadioButton, QSpinBox, QVBoxLayout, QWidget,
)

from desktop.domain.roll_call import present
from desktop.domain.subgroups import Mixing, short_names
from desktop.exchange.files import write_atomically
from desktop.printing.common import PrintContext
from desktop.printing.subgroups import build_subgroups
from desktop.ui.file_dialogs import save_file
from desktop.ui.live.clock_panel import BACKGROUND, TEXT, WARN
from desktop.ui.live.session import LiveSession


def group_texts(live: LiveSession) -> list[tuple[str, list[str]]]:
    """(« Groupe 1 », names) for every group drawn, with the names shown to the room."""
    kit = live.kit
    if kit is None:
        return []
    names = short_names(kit.participants)
    return [(f"{number}", [names[u] for u in group if u in names]) for number, group in enumerate(live.groups, 1)]


class GroupsBoard(QWidget):
    """The groups as cards, for the participant view (nothing but first names on it)."""

    def __init__(self, live: LiveSession, parent=None) -> None:
        super().__init__(parent)
        self.live = live
        self.setObjectName("liveGroupsBoard")
        self.setStyleSheet(f"GroupsBoard {{ background: {BACKGROUND}; }} QLabel {{ color: {TEXT}; }}"
                           f"QLabel#groupTitle {{ color: {WARN}; }}"
                           "QWidget#groupCard { background: #1c1c1c; border-radius: 12px; }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(32, 24, 32, 24)
        self.grid.setSpacing(24)
        self.cards: list[QLabel] = []

    def refresh(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.cards = []
        groups = group_texts(self.live)
        if not groups:
            empty = QLabel(self.tr("Aucun sous-groupe tiré"), self)
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.cards.append(empty)
            self.grid.addWidget(empty, 0, 0)
            self._size_type()
            return
        columns = min(len(groups), 4 if len(groups) > 6 else 3)
        for i, (number, names) in enumerate(groups):
            card = QWidget(self)
            card.setObjectName("groupCard")
            card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
            box = QVBoxLayout(card)
            box.setContentsMargins(20, 12, 20, 12)
            title = QLabel(self.tr("Groupe %1").replace("%1", number), card)
            title.setObjectName("groupTitle")
            people = QLabel("\n".join(names), card)
            people.setObjectName("groupNames")
            people.setWordWrap(True)
            people.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            box.addWidget(title)
            box.addWidget(people, 1)
            self.cards += [title, people]
            self.grid.addWidget(card, i // columns, i % columns)
        self._size_type()

    def resizeEvent(self, event) -> None:  # Qt override
        super().resizeEvent(event)
        self._size_type()

    def _size_type(self) -> None:
        groups = group_texts(self.live)
        columns = max(1, min(len(groups), 4 if len(groups) > 6 else 3))
        rows = max(1, math.ceil(len(groups) / columns))
        longest = max((len(names) for _, names in groups), default=1)
        # Each row of cards holds a title and its longest list of names.
        px = int(min(self.height() / (rows * (longest + 1.6) * 1.45), self.width() / (columns * 8)))
        for label in self.cards:
            font = QFont(self.font())
            font.setPixelSize(max(14, min(px, 120)))
            font.setBold(label.objectName() == "groupTitle")
            label.setFont(font)


class GroupsPanel(QWidget):
    """The facilitator's controls: how to draw, draw again, show to the room, print.

    Signals:
        show_requested(bool): show (or hide) the groups on the participant view.
    """

    show_requested = Signal(bool)

    def __init__(self, live: LiveSession, parent=None) -> None:
        super().__init__(parent)
        self.live = live
        self._build()
        self._lay_out()
        self._connect()
        self.refresh()

    def _build(self) -> None:
        self.by_number = QRadioButton(self.tr("Nombre de groupes"), self)
        self.by_size = QRadioButton(self.tr("Personnes par groupe"), self)
        self.by_number.setChecked(True)
        self.how = QButtonGroup(self)
        self.how.addButton(self.by_number)
        self.how.addButton(self.by_size)
        self.count = QSpinBox(self)
        self.count.setObjectName("groupsCount")
        self.count.setRange(1, 50)
        self.count.setValue(3)
        self.count.setAccessibleName(self.tr("Nombre"))
        self.mixing = QComboBox(self)
        self.mixing.setObjectName("groupsMixing")
        for text, value in ((self.tr("Au hasard"), Mixing.NONE), (self.tr("Mélanger les structures"),
                                                                   Mixing.STRUCTURES),
                            (self.tr("Mélanger les communes"), Mixing.COMMUNES)):
            self.mixing.addItem(text, value)
        self.draw_button = QPushButton(self.tr("Tirer au sort"), self)
        self.draw_button.setObjectName("groupsDraw")
        self.show_button = QPushButton(self.tr("Montrer aux participants (G)"), self)
        self.show_button.setObjectName("groupsShow")
        self.show_button.setCheckable(True)
        self.print_button = QPushButton(self.tr("Imprimer…"), self)
        self.print_button.setObjectName("groupsPrint")
        self.summary = QLabel(self)
        self.summary.setObjectName("groupsSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        font = QFont(self.font())
        font.setPixelSize(17)
        self.summary.setFont(font)
        for button in (self.draw_button, self.show_button, self.print_button, self.by_number, self.by_size):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def _lay_out(self) -> None:
        form = QFormLayout()
        how = QHBoxLayout()
        how.addWidget(self.by_number)
        how.addWidget(self.by_size)
        form.addRow(how)
        form.addRow(self.tr("Combien :"), self.count)
        form.addRow(self.tr("Mélange :"), self.mixing)
        buttons = QHBoxLayout()
        for b in (self.draw_button, self.show_button, self.print_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.summary, 1)

    def _connect(self) -> None:
        self.draw_button.clicked.connect(self.draw)
        self.show_button.toggled.connect(self.show_requested)
        self.print_button.clicked.connect(self.print_groups)
        self.live.kit_changed.connect(self.refresh)

    def draw(self) -> bool:
        kit = self.live.kit
        if kit is None:
            return False
        if not present(kit, self.live.session_uid, self.live.roll_half_day):
            QMessageBox.information(self, self.tr("Sous-groupes"),
                                    self.tr("Aucune présence n'est encore notée : faites d'abord l'appel."))
            return False
        value = self.count.value()
        kwargs = {"groups": value} if self.by_number.isChecked() else {"size": value}
        return self.live.draw_groups(mixing=Mixing(self.mixing.currentData()), **kwargs)

    def refresh(self) -> None:
        groups = group_texts(self.live)
        if not groups:
            self.summary.setText(self.tr("Aucun sous-groupe tiré pour cette séance."))
        else:
            self.summary.setText("\n".join(self.tr("Groupe %1 : %2").replace("%1", n).replace("%2", ", ".join(names))
                                           for n, names in groups))
        self.print_button.setEnabled(bool(groups))

    def print_groups(self) -> bool:
        """Ask where to keep the page, write it and open it in the preview, to print."""
        path = save_file(self, "groups", self.tr("Enregistrer les sous-groupes"),
                         str(Path.home() / "Sous-groupes.pdf"), self.tr("PDF (*.pdf)"))
        if not path or not self.save_pdf(path):
            return False
        from desktop.ui.dialogs.pdf_preview import PdfPreviewDialog

        PdfPreviewDialog([Path(path)], self.window()).exec()
        return True

    def save_pdf(self, path: str | Path) -> bool:
        """Write the groups as a PDF page, atomically; a failure is told and leaves no file."""
        kit, session = self.live.kit, self.live.session
        if kit is None or session is None:
            return False
        workspace = self.live.workspace
        ctx = PrintContext(kit=kit, structure=workspace.structure(),
                           venues_by_uid={v.uid: v for v in workspace.venues_of(kit)},
                           facilitators_by_uid={f.uid: f for f in workspace.facilitators_of(kit)})
        buffer = io.BytesIO()
        build_subgroups(ctx, buffer, session, self.live.groups)
        try:
            write_atomically(path, buffer.getvalue(), private=True)  # first names: personal data
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Sous-groupes"),
                                self.tr("Le fichier n'a pas pu être écrit : %1").replace("%1", exc.strerror or str(exc)))
            return False
        return True
