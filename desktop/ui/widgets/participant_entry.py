"""Entering people quickly: a form line where Enter adds the person and stays ready for the next, and rows pasted
from a spreadsheet.

Both go through the participants CSV parser (``exchange.participants_csv.parse_participants``), so a typed person
and a pasted or imported one obey the same rules (a last name, a valid e-mail address, lengths). Pasted text
without a header row is read in the quick-entry order (:data:`ENTRY_FIELDS`), which the paste dialog shows and
lets the user change.
"""

from __future__ import annotations

import csv
import io
from dataclasses import replace

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.domain.kit import Participant
from desktop.exchange import participants_csv
from desktop.exchange.errors import CsvImportError
from desktop.ui.widgets.date_field import ERROR_STYLE
from desktop.ui.wording import words

#: The quick-entry line's fields, in order; also the order of pasted columns without a header row.
ENTRY_FIELDS = ("first_name", "last_name", "email", "organisation", "commune", "phone")
#: A header cell the parser ignores (a pasted column the user chose not to import).
IGNORED = "-"


def table_bytes(fields: list[str] | tuple[str, ...], rows: list[list[str]]) -> bytes:
    """Rows under a header naming *fields* (the parser's own titles), as tab-separated UTF-8 for the parser."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerow([participants_csv.FIELD_LABELS.get(f, IGNORED) for f in fields])
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def pasted_rows(text: str) -> list[list[str]]:
    """The cells of text copied from a spreadsheet (tab-separated; a single column is one name per line)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    reader = csv.reader(io.StringIO(text), delimiter="\t")
    return [row for row in reader if any(c.strip() for c in row)]


def looks_like_rows(text: str) -> bool:
    """True when *text* is several cells (a tab or a line break), not a word to paste into one field."""
    return "\t" in text or "\n" in text.strip()


def read_pasted(text: str, fields: tuple[str, ...] | None = None):
    """The parser's preview of pasted *text*, and the fields its columns were read as (None: its own header row).

    With *fields* None, a first row the parser recognises as a header is used; otherwise the columns are taken in
    the quick-entry order. Raises CsvImportError when nothing can be read.
    """
    if fields is None:
        try:
            preview = participants_csv.parse_participants(text.encode("utf-8"))
        except CsvImportError as exc:
            if exc.reason != "no_name_column":
                raise
        else:
            if preview.header_line == 1:
                return preview, None
    rows = pasted_rows(text)
    width = max((len(r) for r in rows), default=0)
    if fields is None:
        fields = default_fields(width)
    preview = participants_csv.parse_participants(table_bytes(fields, rows))
    # Rows counted as pasted: the header row the parser read was added here.
    errors = tuple(replace(e, line=e.line - 1) for e in preview.errors)
    return replace(preview, lines=tuple(n - 1 for n in preview.lines), errors=errors, header_line=0), tuple(fields)


def default_fields(width: int) -> tuple[str, ...]:
    """Quick-entry order for *width* columns: one column is a full name, further ones are ignored."""
    if width == 1:
        return ("full_name",)
    return tuple(ENTRY_FIELDS[:width]) + (IGNORED,) * max(0, width - len(ENTRY_FIELDS))


class QuickEntry(QWidget):
    """Prénom, Nom, Courriel, Structure, Commune, Téléphone on one line; Enter adds.

    Signals:
        add_requested(object): a valid :class:`Participant` to add; the fields are cleared once the caller
            calls :meth:`added`.
        paste_requested(str): spreadsheet rows were pasted into a field.
    """

    add_requested = Signal(object)
    paste_requested = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._build()
        self._lay_out()
        self._connect()

    def _build(self) -> None:
        hints = {"first_name": self.tr("Prénom"), "last_name": self.tr("Nom"), "email": self.tr("Courriel"),
                 "organisation": self.tr("Structure"), "commune": self.tr("Commune"),
                 "phone": self.tr("Téléphone")}
        self.fields = {}
        for name in ENTRY_FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(f"entry_{name}")
            edit.setPlaceholderText(hints[name])
            edit.setAccessibleName(hints[name])
            edit.setMinimumWidth(60)
            edit.installEventFilter(self)
            self.fields[name] = edit
        self.add_button = QPushButton(self.tr("&Ajouter"), self)
        self.add_button.setToolTip(self.tr("Entrée dans un champ ajoute la personne ; Ctrl+V colle des lignes "
                                           "copiées d'un tableur."))
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()

    def _lay_out(self) -> None:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for name, edit in self.fields.items():
            row.addWidget(edit, 2 if name in ("email", "organisation") else 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.message)

    def _connect(self) -> None:
        for edit in self.fields.values():
            edit.returnPressed.connect(self.submit)
        self.add_button.clicked.connect(self.submit)

    def eventFilter(self, watched, event) -> bool:
        """Ctrl+V of spreadsheet rows in a field pastes people, not text."""
        if event.type() == QEvent.Type.KeyPress and event.matches(QKeySequence.StandardKey.Paste):
            text = QGuiApplication.clipboard().text()
            if looks_like_rows(text):
                self.paste_requested.emit(text)
                return True
        return super().eventFilter(watched, event)

    def focus_first(self) -> None:
        self.fields[ENTRY_FIELDS[0]].setFocus()

    def submit(self) -> None:
        values = [" ".join(self.fields[f].text().split()) for f in ENTRY_FIELDS]
        if not any(values):
            self.focus_first()
            return
        if not values[1]:
            self._refuse(self.tr("Tapez au moins le nom de la personne."), "last_name")
            return
        try:
            preview = participants_csv.parse_participants(table_bytes(ENTRY_FIELDS, [values]))
        except CsvImportError as exc:
            self._refuse(words(exc.said), "last_name")
            return
        if preview.errors:
            error = preview.errors[0]
            self._refuse(words(error.said), "email" if error.reason == "invalid_email" else "last_name")
            return
        self.add_requested.emit(preview.participants[0])

    def added(self) -> None:
        """The person was added: empty the line, ready for the next."""
        for edit in self.fields.values():
            edit.clear()
        self.message.hide()
        self.focus_first()

    def _refuse(self, text: str, field: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.fields[field].setFocus()
        self.fields[field].selectAll()
