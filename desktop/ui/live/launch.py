"""Opening « Animer la séance » for a session: resume or start afresh, then show the views on the screens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.ui.live.windows import LiveWindows
from desktop.ui.workspace import Workspace


def launch_live(parent: QWidget, workspace: Workspace, session_uid: str | None, **options) -> LiveWindows | None:
    """Run *session_uid* live; None (after saying why) when there is no session to run.

    When time was already kept for the session (a break, a crash), she chooses to resume or start again.
    """
    found = next(((k, s) for k in workspace.kits() for s in k.sessions if s.uid == session_uid), None) \
        if session_uid else None
    if found is None:
        QMessageBox.information(
            parent, QCoreApplication.translate("LiveLaunch", "Animer la séance"),
            QCoreApplication.translate("LiveLaunch", "Choisissez d'abord une séance : dans l'onglet "
                                       "« Séances » d'un kit ou dans le calendrier."))
        return None
    kit, session = found
    resume = False
    if any(x.spent_seconds for x in kit.session_run(session.uid).spent):
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("LiveLaunch", "Animer la séance"),
            QCoreApplication.translate("LiveLaunch", "Cette séance a déjà été animée en partie. Reprendre là où "
                                       "vous en étiez ? (« Non » repart du début.)"),
            buttons.Yes | buttons.No | buttons.Cancel)
        if answer == buttons.Cancel:
            return None
        resume = answer == buttons.Yes
    windows = LiveWindows(workspace, kit.uid, session.uid, laptop=parent, resume=resume, parent=parent, **options)
    windows.closed.connect(windows.deleteLater)
    windows.start()
    return windows
