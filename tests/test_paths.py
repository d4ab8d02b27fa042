"""Where Tresse finds its bundled files and the user's data."""

from __future__ import annotations

from pathlib import Path

from desktop import paths

ROOT = Path(__file__).resolve().parent.parent


def test_bundled_folders_found_in_a_checkout():
    assert paths.data_dir() == ROOT / "data"
    assert paths.resources_dir() == ROOT / "resources"
    assert (paths.data_dir() / "experiments.toml").is_file()
    assert (paths.help_dir() / "prise-en-main.fr.html").is_file()


def test_data_dir_order(tmp_path, monkeypatch):
    paths.set_data_dir(None)
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(tmp_path / "env"))
    assert paths.user_data_dir() == tmp_path / "env"
    paths.set_data_dir(tmp_path / "option")
    assert paths.user_data_dir() == tmp_path / "option"
    assert paths.database_path() == tmp_path / "option" / paths.DB_FILENAME


def test_default_data_dir_is_the_users(monkeypatch):
    paths.set_data_dir(None)
    monkeypatch.delenv(paths.ENV_DATA_DIR, raising=False)
    assert "Tresse" in str(paths.user_data_dir())


def _portable_key(tmp_path, monkeypatch) -> Path:
    """A folder of executables with the portable marker, as a frozen Tresse on a USB key would see it."""
    key = tmp_path / "clé USB" / "Tresse"
    key.mkdir(parents=True)
    (key / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    paths.set_data_dir(None)
    monkeypatch.delenv(paths.ENV_DATA_DIR, raising=False)
    monkeypatch.setattr(paths, "executable_dir", lambda: key)
    return key


def test_portable_mode_keeps_the_data_beside_the_executables(tmp_path, monkeypatch):
    key = _portable_key(tmp_path, monkeypatch)
    location = paths.data_location()
    assert location.portable and location.source == paths.FROM_PORTABLE
    assert location.path == key / "Données Tresse" == paths.user_data_dir()
    assert location.path.is_dir() and not list(location.path.iterdir())  # the write probe left nothing behind
    assert paths.database_path() == key / "Données Tresse" / paths.DB_FILENAME


def test_option_and_variable_come_before_portable_mode(tmp_path, monkeypatch):
    _portable_key(tmp_path, monkeypatch)
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(tmp_path / "env"))
    assert paths.data_location() == paths.DataLocation(tmp_path / "env", paths.FROM_ENVIRONMENT)
    paths.set_data_dir(tmp_path / "option")
    assert paths.data_location() == paths.DataLocation(tmp_path / "option", paths.FROM_OPTION)


def test_a_read_only_key_falls_back_to_the_users_folder_and_says_why(tmp_path, monkeypatch):
    key = _portable_key(tmp_path, monkeypatch)
    # A file where the data folder should be cannot be written into, even by root (unlike a chmod).
    (key / paths.PORTABLE_DATA_DIR).write_text("", encoding="utf-8")
    location = paths.data_location()
    assert location.source == paths.FROM_USER and not location.portable
    assert location.portable_refused == key / paths.PORTABLE_DATA_DIR and location.reason
    assert "Tresse" in str(location.path) and location.path != key / paths.PORTABLE_DATA_DIR


def test_without_the_marker_or_frozen_executable_there_is_no_portable_mode(tmp_path, monkeypatch):
    key = _portable_key(tmp_path, monkeypatch)
    (key / paths.PORTABLE_MARKER).unlink()
    assert paths.data_location().source == paths.FROM_USER
    assert paths.data_location().portable_refused is None
    assert not (key / paths.PORTABLE_DATA_DIR).exists()
    monkeypatch.undo()
    assert paths.executable_dir() is None  # running from Python, not frozen
