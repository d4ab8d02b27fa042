"""The main window opened as a person opens it, on a small laptop's screen (shared by the tests that open it more
than once or on a workspace of their own)."""

from __future__ import annotations

from desktop import paths
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings
from desktop.ui.workspace import Workspace


def open_window(qtbot, workspace: Workspace) -> MainWindow:
    """A window on *workspace*, with the data folder's settings, at 1024 × 600, shown and exposed."""
    win = MainWindow(workspace, Settings(paths.user_data_dir()), "fr")
    qtbot.addWidget(win)
    win.resize(1024, 600)
    win.show()
    qtbot.waitExposed(win)
    return win
