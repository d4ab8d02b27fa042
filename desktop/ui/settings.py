"""User preferences and window state, kept apart (after ReText): two INI files in the user data directory.

Only values that differ from the defaults are written to the preferences file. Keeping both files beside the
database makes a portable install (``--data-dir`` on a USB key) carry its settings along.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

DEFAULTS: dict[str, Any] = {
    "language": "",  # "" follows the system; "fr" or "en"
    "retention_months": 0,  # anonymise the participants of kits ended this many months ago; 0: never (ui/safety.py)
}


class Settings:
    """Preferences (``preferences.ini``) and window state (``window-state.ini``).

    Args:
        folder: the user data directory.
    """

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self._prefs = QSettings(str(folder / "preferences.ini"), QSettings.Format.IniFormat)
        self._state = QSettings(str(folder / "window-state.ini"), QSettings.Format.IniFormat)

    def get(self, key: str) -> Any:
        value = self._prefs.value(key, DEFAULTS[key])
        return type(DEFAULTS[key])(value) if value is not None else DEFAULTS[key]

    def set(self, key: str, value: Any) -> None:
        if value == DEFAULTS[key]:
            self._prefs.remove(key)
        else:
            self._prefs.setValue(key, value)
        self._prefs.sync()

    def state(self, key: str) -> QByteArray | None:
        value = self._state.value(key)
        return value if isinstance(value, QByteArray) else None

    def set_state(self, key: str, value: QByteArray) -> None:
        self._state.setValue(key, value)

    def clear_state(self, key: str) -> None:
        self._state.remove(key)

    def sync(self) -> None:
        self._prefs.sync()
        self._state.sync()
