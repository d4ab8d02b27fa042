"""Shared fixtures: offscreen Qt, French interface, a fresh data directory per test, no network."""

from __future__ import annotations

import os
import socket

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LANG"] = "C.UTF-8"
os.environ["LANGUAGE"] = "fr"

import pytest  # noqa: E402

from desktop import paths  # noqa: E402


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    """Each test gets its own user data directory."""
    folder = tmp_path / "data"
    monkeypatch.delenv(paths.ENV_DATA_DIR, raising=False)
    paths.set_data_dir(folder)
    yield folder
    paths.set_data_dir(None)


@pytest.fixture(autouse=True)
def documents(tmp_path, monkeypatch):
    """The user's Documents folder is the test's own: a test never writes into the real one."""
    from desktop.ui.dialogs import print_choices

    folder = tmp_path / "Documents"
    monkeypatch.setattr(print_choices, "documents_dir", lambda: folder)
    return folder


class NetworkUsed(AssertionError):
    pass


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Tresse works offline: any attempt to open a network connection fails the test."""

    def refuse(self, address, *args, **kwargs):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            raise NetworkUsed(f"network connection attempted to {address!r}")
        return real_connect(self, address, *args, **kwargs)

    real_connect = socket.socket.connect
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)


@pytest.fixture
def store(data_dir):
    """The user's store, migrated and filled with the bundled catalogue."""
    from desktop.storage.store import open_store

    db = open_store()
    yield db
    db.close()


@pytest.fixture
def french(qapp):
    """Install the French translators (the source language) explicitly."""
    from desktop.ui.i18n import install_translators

    translators = install_translators(qapp, "fr")
    yield
    for t in translators:
        qapp.removeTranslator(t)


@pytest.fixture(autouse=True)
def no_unexpected_modal(monkeypatch):
    """A modal dialog or message box that a test did not expect fails the test instead of waiting forever.

    Tests that expect one patch it themselves (their monkeypatch wins over this one).
    """
    from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

    def refuse(name):
        def modal(*args, **kwargs):
            raise AssertionError(f"unexpected modal {name}: {args[1:3]!r}")
        return modal

    for name in ("information", "warning", "critical", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, refuse(f"QMessageBox.{name}"))
    for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, refuse(f"QFileDialog.{name}"))
    monkeypatch.setattr(QDialog, "exec", lambda self: refuse(f"{type(self).__name__}.exec")(self))


@pytest.fixture
def workspace(store, qapp):
    """The workspace over the test's store (what the window is built on)."""
    from desktop.ui.workspace import Workspace

    return Workspace(store)
