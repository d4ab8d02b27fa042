"""What the print dialog offers to choose: the documents, the sessions, the folder (with names every system accepts).

The documents and sessions are check lists (:class:`QStandardItemModel` behind a :class:`QListView`); each item keeps
its key (a document key of :data:`~desktop.printing.pack.DOCUMENTS`, a session uid) under :data:`KEY_ROLE`.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, QStandardPaths, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QListView

from desktop.ui.dates import long_date, time_range
from desktop.domain.kit import Kit, Session
from desktop.printing.pack import DOCUMENTS, FILE_NAMES
from desktop.ui.print_worker import document_title

#: Documents ticked when the dialog opens: what a facilitator carries to every cycle.
DEFAULT_DOCUMENTS = frozenset({"programme", "livrets", "emargement", "attestations", "evaluation"})
#: Documents that cover only the sessions ticked (the others cover the whole cycle, or no session at all).
PER_SESSION_DOCUMENTS = frozenset({"livrets", "fiches-animation", "emargement", "evaluation",
                                   "evaluation-resultats", "convocations", "cartes"})
KEY_ROLE = Qt.ItemDataRole.UserRole + 1

_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def folder_name(kit_name: str) -> str:
    """A folder name made from a kit's name that every system accepts (Windows included)."""
    name = " ".join(_FORBIDDEN.sub("-", kit_name).split())[:80].strip(" .")
    if not name:
        return "Kit"
    return f"{name} (kit)" if name.split(".")[0].upper() in _RESERVED else name


def documents_dir() -> Path:
    """The user's Documents folder, or the home folder if there is none."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
                or QDir.homePath())


def default_folder(kit_name: str) -> Path:
    """A folder named after the kit in the user's Documents folder."""
    return documents_dir() / folder_name(kit_name)


def checklist(parent) -> tuple[QStandardItemModel, QListView]:
    """An empty list of items, read-only and without selection (the items are ticked, not selected)."""
    model = QStandardItemModel(parent)
    view = QListView(parent)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setUniformItemSizes(True)
    return model, view


def list_item(text: str, key: str, tip: str, checked: bool | None = None) -> QStandardItem:
    """A read-only item holding *key*; checkable when *checked* is given."""
    item = QStandardItem(text)
    item.setData(key, KEY_ROLE)
    item.setToolTip(tip)
    item.setEditable(False)
    if checked is not None:
        item.setCheckable(True)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


def checked_keys(model: QStandardItemModel) -> list[str]:
    """The keys of the items ticked, in order."""
    return [model.item(r).data(KEY_ROLE) for r in range(model.rowCount())
            if model.item(r).checkState() == Qt.CheckState.Checked]


def document_checklist(parent) -> tuple[QStandardItemModel, QListView]:
    """Every document of the pack, the usual ones ticked."""
    model, view = checklist(parent)
    view.setObjectName("printDocuments")
    for key in DOCUMENTS:
        tip = QCoreApplication.translate("PrintDialog", "Fichier : %1").replace("%1", FILE_NAMES[key])
        model.appendRow(list_item(document_title(key), key, tip, key in DEFAULT_DOCUMENTS))
    return model, view


def active_sessions(kit: Kit) -> list[Session]:
    """The kit's sessions that take place, in time order."""
    return sorted((s for s in kit.sessions if s.is_active), key=lambda s: (s.day, s.start))


def session_checklist(kit: Kit, parent) -> tuple[QStandardItemModel, QListView]:
    """The kit's active sessions (date, times, then the workshop on a second line), all ticked."""
    model, view = checklist(parent)
    view.setObjectName("printSessions")
    view.setUniformItemSizes(False)
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setSpacing(2)
    for session in active_sessions(kit):
        kw = kit.kit_workshop(session.kit_workshop_uid)
        text = f"{long_date(session.day)}, {time_range(session.start, session.end)}"
        model.appendRow(list_item(f"{text}\n{kw.workshop.title}" if kw else text, session.uid,
                                  f"{text} — {kw.workshop.title}" if kw else text, True))
    return model, view
