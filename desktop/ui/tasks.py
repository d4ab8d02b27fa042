"""Work done off the interface thread: a :class:`Task` thread and a modal wait with a progress indicator."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class Task(QThread):
    """Run *work* in a thread; ``succeeded(result)`` or ``failed(exception)`` once it has ended."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._outcome: tuple[bool, object] | None = None
        self.finished.connect(self._deliver)

    def run(self) -> None:
        try:
            self._outcome = (True, self._work())
        except Exception as exc:  # delivered to the interface thread, worded there
            self._outcome = (False, exc)

    def _deliver(self) -> None:
        ok, value = self._outcome or (False, RuntimeError("no outcome"))
        (self.succeeded if ok else self.failed).emit(value)


def run_with_progress(parent: QWidget | None, work: Callable[[], object], label: str, *,
                      show_after_ms: int = 300) -> object:
    """Run *work* in a thread while the window stays responsive; return its result or raise its exception.

    A busy indicator with *label* appears when the work lasts longer than *show_after_ms* (reading a large kit file
    from a slow USB key); the work itself cannot be interrupted, so the indicator has no Cancel button.
    """
    task = Task(work)
    loop = QEventLoop()
    outcome: dict[str, object] = {}
    task.succeeded.connect(lambda value: outcome.setdefault("value", value))
    task.failed.connect(lambda error: outcome.setdefault("error", error))
    task.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.hide()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(dialog.show)
    task.start()
    timer.start(show_after_ms)
    loop.exec()  # the thread's end quits it (queued: never missed, even if the work is already done)
    timer.stop()
    task.wait()
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome.get("value")
