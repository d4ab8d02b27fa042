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
