"""Every file and folder chooser of Tresse: each opens in the last folder used for its purpose.

The purpose (``"import-kit"``, ``"export-kit"``, ``"csv-import"``, ``"print-folder"``, ``"logo"``, ``"backup"``…)
names what the file is for, so that the kit files live in one folder and the backups on the USB key without one
dialog dragging the other along. The folder is window state (:mod:`desktop.ui.dialog_memory`), found through the
parent chain: the first ancestor with a ``settings`` attribute (the main window, the kits page). Without one, or
when the remembered folder no longer exists (a USB key taken out), the dialog opens where the caller suggests.

Qt's static functions are kept (the platform's own dialog where there is one, Qt's French labels otherwise:
tests/test_qt_french.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.ui.dialog_memory import recall, remember
from desktop.ui.settings import Settings

_MEMORY = "folders"


def _settings(parent: QWidget | None) -> Settings | None:
    widget = parent
    while widget is not None:
        found = getattr(widget, "settings", None)
        if isinstance(found, Settings):
            return found
        widget = widget.parentWidget()
    return None


def last_folder(parent: QWidget | None, purpose: str) -> Path | None:
    """The folder last chosen for *purpose*, if it still exists."""
    folder = recall(_settings(parent), _MEMORY).get(purpose)
    if not isinstance(folder, str) or not folder:
        return None
    path = Path(folder)
    return path if path.is_dir() else None


def _keep(parent: QWidget | None, purpose: str, folder: Path) -> None:
    settings = _settings(parent)
    if settings is not None:
        folders = recall(settings, _MEMORY)
        folders[purpose] = str(folder)
        remember(settings, _MEMORY, folders)


def _start(parent: QWidget | None, purpose: str, suggested: str | Path = "", *, named: bool = False) -> str:
    """Where the dialog opens: the remembered folder (with the suggested file name when *named*: a file to
    write), else the suggestion."""
    folder = last_folder(parent, purpose)
    if folder is None:
        return str(suggested)
    return str(folder / Path(suggested).name) if named and suggested else str(folder)


def open_file(parent: QWidget | None, purpose: str, title: str, filters: str, suggested: str | Path = "") -> str:
    """The chosen file's path, or "" when cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, _start(parent, purpose, suggested), filters)
    if path:
        _keep(parent, purpose, Path(path).parent)
    return path


def open_files(parent: QWidget | None, purpose: str, title: str, filters: str,
               suggested: str | Path = "") -> list[str]:
    """The chosen files' paths (an empty list when cancelled)."""
    paths, _ = QFileDialog.getOpenFileNames(parent, title, _start(parent, purpose, suggested), filters)
    if paths:
        _keep(parent, purpose, Path(paths[0]).parent)
    return list(paths)


def save_file(parent: QWidget | None, purpose: str, title: str, suggested: str | Path, filters: str) -> str:
    """Where to write (*suggested* gives the file name, and its folder when none is remembered); "" when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, _start(parent, purpose, suggested, named=True), filters)
    if path:
        _keep(parent, purpose, Path(path).parent)
    return path


def choose_folder(parent: QWidget | None, purpose: str, title: str, suggested: str | Path = "", *,
                  current: Path | None = None) -> str:
    """The chosen folder, or "" when cancelled.

    *current* is the folder a form already names: when it exists it wins over the remembered one, which wins over
    *current* or *suggested* not made yet (then their nearest existing parent).
    """
    start = current if current is not None and current.is_dir() else last_folder(parent, purpose)
    if start is None:
        start = current or (Path(suggested) if suggested else None)
        while start is not None and not start.exists() and start.parent != start:
            start = start.parent
    chosen = QFileDialog.getExistingDirectory(parent, title, str(start) if start is not None else "")
    if chosen:
        _keep(parent, purpose, Path(chosen))
    return chosen
