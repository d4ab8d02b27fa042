"""The last choices made in a dialog, remembered in the window-state file (not a preference: a convenience).

Stored as JSON under ``dialogs/<name>``; a missing, unreadable or foreign value gives an empty dict, so that a
damaged state file never stops a dialog from opening.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QByteArray

from desktop.ui.settings import Settings


def recall(settings: Settings | None, name: str) -> dict[str, Any]:
    if settings is None:
        return {}
    raw = settings.state(f"dialogs/{name}")
    try:
        value = json.loads(bytes(raw.data()).decode("utf-8")) if raw is not None else {}
    except (UnicodeDecodeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def remember(settings: Settings | None, name: str, choices: dict[str, Any]) -> None:
    if settings is not None:
        settings.set_state(f"dialogs/{name}", QByteArray(json.dumps(choices).encode("utf-8")))
        settings.sync()
