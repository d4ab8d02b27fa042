"""The search boxes keep their size as their clear button comes and goes: the window is not laid out again at the
first letter, and a window at its least width does not grow."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from desktop.ui.widgets.search_box import SearchBox


def test_the_hints_are_those_with_the_clear_button_all_along(qtbot):
    plain = QLineEdit()
    plain.setClearButtonEnabled(True)
    box = SearchBox()
    for widget in (plain, box):
        qtbot.addWidget(widget)
        widget.setPlaceholderText("Rechercher (titre, thème, territoire, opérateur…)")
        widget.show()
    qtbot.waitExposed(box)
    plain.setText("g")
    with_button = plain.sizeHint(), plain.minimumSizeHint()  # what a plain box asks for once it holds text
    for text in ("", "g", "gouvernance", ""):
        box.setText(text)
        assert (box.sizeHint(), box.minimumSizeHint()) == with_button, repr(text)


def test_the_window_keeps_its_least_width_when_a_search_starts(qtbot, store, french):
    from desktop import paths
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import Settings
    from desktop.ui.workspace import Workspace

    win = MainWindow(Workspace(store), Settings(paths.user_data_dir()), "fr")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.show_catalogue_tab(1)
    qtbot.waitUntil(lambda: win.browser.search.isVisible())
    least = win.minimumSizeHint().width()
    win.browser.search.setText("g")
    qtbot.wait(50)
    assert win.minimumSizeHint().width() == least
    win.browser.search.clear()
    assert win.minimumSizeHint().width() == least
