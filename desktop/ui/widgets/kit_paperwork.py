"""The kit's paperwork: the programme's terms (Qualiopi), the certificates' options, writing space, appointment slots.

Shown in the kit's « Général » tab under its own fields. Every change is one undoable edit, saved at once; texts
are committed when their field loses the focus.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QSpinBox, QVBoxLayout, QWidget,
)

from desktop.domain.kit import Kit, touch
from desktop.domain.paperwork import ANSWER_LINES_RANGE, PROFILE_DEFAULTS, ActionNature, Paperwork
from desktop.domain.slots import is_appointment
from desktop.domain.vocabulary import DAY_MAX_MINUTES
from desktop.ui.kit_controller import KitController
from desktop.ui.widgets.kit_general import CommitPlainTextEdit


def paperwork_labels() -> dict[str, str]:
    """The programme facts' field labels, by name of :class:`~desktop.domain.paperwork.Paperwork` (the kit editor and
    the profile's defaults name them alike)."""
    return {
        "prerequisites": QCoreApplication.translate("KitPaperworkPanel", "Prérequis :"),
        "audience": QCoreApplication.translate("KitPaperworkPanel", "Public visé :"),
        "access": QCoreApplication.translate("KitPaperworkPanel", "Modalités et délais d'accès :"),
        "price": QCoreApplication.translate("KitPaperworkPanel", "Tarif :"),
        "methods": QCoreApplication.translate("KitPaperworkPanel", "Méthodes mobilisées :"),
        "assessment": QCoreApplication.translate("KitPaperworkPanel", "Modalités d'évaluation :"),
        "accessibility": QCoreApplication.translate("KitPaperworkPanel", "Accessibilité (handicap) :"),
        "accessibility_contact": QCoreApplication.translate("KitPaperworkPanel", "Contact pour une adaptation :"),
    }


class KitPaperworkPanel(QWidget):
    """Form of the kit's paperwork fields (:class:`~desktop.domain.paperwork.Paperwork`) and slot lengths.

    A field the profile gives a default for shows it as its placeholder (« Par défaut (profil) : … »): left empty,
    that is what prints; typed, the kit's own text wins.
    """

    def __init__(self, controller: KitController, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._build()
        self._lay_out()
        self._connect()
        self.set_kit(None)

    # -- building -------------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.training = QCheckBox(self.tr("Action de formation (au sens du Code du travail) : attestations de fin "
                                          "de formation et certificat de réalisation"), self)
        self.training.setObjectName("kitTrainingAction")
        self.nature = QComboBox(self)
        self.nature.setObjectName("kitActionNature")
        for nature, label in ((ActionNature.TRAINING, self.tr("Action de formation")),
                              (ActionNature.SKILLS_REVIEW, self.tr("Bilan de compétences")),
                              (ActionNature.VAE, self.tr("Action de validation des acquis de l'expérience")),
                              (ActionNature.APPRENTICESHIP, self.tr("Action de formation par apprentissage"))):
            self.nature.addItem(label, nature.value)
        self.fse = QCheckBox(self.tr("Cofinancé par le FSE+ : l'emblème de l'Union européenne est imprimé"), self)
        self.fse.setObjectName("kitFsePlus")
        self.lines = QSpinBox(self)
        self.lines.setObjectName("kitAnswerLines")
        self.lines.setRange(*ANSWER_LINES_RANGE)
        self.texts: dict[str, CommitPlainTextEdit] = {}
        self.labels = paperwork_labels()
        for name in self.labels:
            edit = CommitPlainTextEdit(self)
            edit.setObjectName(f"kitPaperwork_{name}")
            edit.setFixedHeight(44)
            self.texts[name] = edit
        self.slots_box = QGroupBox(self.tr("Rendez-vous individuels : durée d'un créneau par personne"), self)
        self.slots_form = QFormLayout(self.slots_box)
        self.slot_spins: dict[str, QSpinBox] = {}

    def _lay_out(self) -> None:
        terms = QGroupBox(self.tr("Programme : modalités (Qualiopi, indicateur 1)"), self)
        form = QFormLayout(terms)
        for name, label in self.labels.items():
            form.addRow(label, self.texts[name])
        certificates = QGroupBox(self.tr("Attestations, livrets et financeurs"), self)
        options = QFormLayout(certificates)
        options.addRow(self.training)
        options.addRow(self.tr("Nature de l'action :"), self.nature)
        options.addRow(self.fse)
        options.addRow(self.tr("Lignes par question (livrets) :"), self.lines)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(certificates)
        layout.addWidget(self.slots_box)
        layout.addWidget(terms)

    def _connect(self) -> None:
        self.training.toggled.connect(lambda on: self._edit(
            self.tr("Action de formation") if on else self.tr("Pas une action de formation"), training_action=on))
        self.nature.currentIndexChanged.connect(lambda i: self._edit(
            self.tr("Modifier la nature de l'action"), nature=ActionNature(self.nature.itemData(i))))
        self.fse.toggled.connect(lambda on: self._edit(self.tr("Cofinancement FSE+"), fse_plus=on))
        self.lines.editingFinished.connect(lambda: self._edit(self.tr("Modifier l'espace d'écriture"),
                                                              answer_lines=self.lines.value()))
        for name, edit in self.texts.items():
            edit.committed.connect(lambda text, name=name: self._edit(
                self.tr("Modifier les modalités du programme"), **{name: text.strip()}))

    # -- showing and editing --------------------------------------------------------------------------------

    def set_kit(self, kit: Kit | None) -> None:
        """Show *kit*'s paperwork (None: an empty, disabled form)."""
        pw = kit.paperwork if kit else Paperwork()
        widgets = [self.training, self.nature, self.fse, self.lines, *self.texts.values()]
        for w in widgets:
            w.blockSignals(True)
        self.setEnabled(kit is not None)
        self.training.setChecked(pw.training_action)
        self.nature.setCurrentIndex(max(0, self.nature.findData(pw.nature.value)))
        self.nature.setEnabled(pw.training_action)
        self.fse.setChecked(pw.fse_plus)
        self.lines.setValue(pw.answer_lines)
        for name, edit in self.texts.items():
            if edit.toPlainText() != getattr(pw, name):
                edit.setPlainText(getattr(pw, name))
        for w in widgets:
            w.blockSignals(False)
        self._show_defaults()
        self._fill_slots(kit)

    def _show_defaults(self) -> None:
        """Each field's placeholder: the profile's default when it has one, else what an empty field prints."""
        structure = self.controller.workspace.structure()
        for name, edit in self.texts.items():
            default = getattr(structure, name, "").strip() if name in PROFILE_DEFAULTS else ""
            if default:
                edit.setPlaceholderText(self.tr("Par défaut (profil) : %1").replace("%1", default))
            elif name == "price":
                edit.setPlaceholderText(self.tr("ex. Gratuit (financé par la Région)"))
            else:
                edit.setPlaceholderText(self.tr("Vide : « à préciser » sur le programme"))

    def _fill_slots(self, kit: Kit | None) -> None:
        while self.slots_form.rowCount():
            self.slots_form.removeRow(0)
        self.slot_spins = {}
        appointments = [kw for kw in (kit.workshops if kit else ()) if is_appointment(kw)]
        for kw in appointments:
            spin = QSpinBox(self.slots_box)
            spin.setRange(5, DAY_MAX_MINUTES)
            spin.setSingleStep(15)
            spin.setSuffix(self.tr(" min"))
            spin.setValue(kw.slot_minutes)
            spin.editingFinished.connect(lambda uid=kw.uid, spin=spin: self._slot_edited(uid, spin.value()))
            self.slot_spins[kw.uid] = spin
            label = QLabel(kw.workshop.title, self.slots_box)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self.slots_form.addRow(label, spin)
        self.slots_box.setVisible(bool(appointments))

    def _edit(self, text: str, **changes) -> None:
        kit = self.controller.kit
        if kit is None:
            return
        new = replace(kit, paperwork=replace(kit.paperwork, **changes))
        if new != kit:
            self.controller.apply(touch(new), text)

    def _slot_edited(self, uid: str, minutes: int) -> None:
        kit = self.controller.kit
        if kit is None:
            return
        workshops = tuple(replace(kw, slot_minutes=minutes) if kw.uid == uid else kw for kw in kit.workshops)
        if workshops != kit.workshops:
            self.controller.apply(touch(replace(kit, workshops=workshops)), self.tr("Modifier la durée des créneaux"))


def general_page(general: QWidget, paperwork: KitPaperworkPanel, parent: QWidget) -> QWidget:
    """The « Général » tab's page: the kit's own fields, then its paperwork (the tabs make it scroll)."""
    inner = QWidget(parent)
    inner.setObjectName("kitGeneralTab")
    layout = QVBoxLayout(inner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(general)
    layout.addWidget(paperwork)
    layout.addStretch(1)
    return inner
