"""The only module that knows where things are: bundled resources, bundled data, the user's data directory.

Bundled folders sit at the top of a checkout (``resources/``, ``data/``); the wheel maps them into the package
(``desktop/resources``, ``desktop/data``), so both layouts are looked for. The user's data directory comes, in
order, from ``--data-dir`` (set through :func:`set_data_dir`), the ``TRESSE_DATA_DIR`` variable, or platformdirs.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Tresse"
DB_FILENAME = "tresse.sqlite3"
ENV_DATA_DIR = "TRESSE_DATA_DIR"

_PACKAGE_DIR = Path(__file__).resolve().parent
_override: Path | None = None


def _bundled(name: str) -> Path:
    inside = _PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    return _PACKAGE_DIR.parent / name


def resources_dir() -> Path:
    """Folder of fonts, icons, translations and help pages."""
    return _bundled("resources")


def data_dir() -> Path:
    """Folder of the catalogue's TOML sources."""
    return _bundled("data")


def set_data_dir(path: str | os.PathLike[str] | None) -> None:
    """Redirect the user data directory (``--data-dir``); ``None`` returns to the default."""
    global _override
    _override = Path(path).expanduser().resolve() if path is not None else None


def user_data_dir() -> Path:
    """Where the database, backups and logs live (not created here)."""
    if _override is not None:
        return _override
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


def make_private_dir(path: Path | str) -> Path:
    """Create *path* (and its parents) owner-only (0700) when it does not exist; an existing one is left as is.

    For the data directory, its backups and any folder holding personal data.
    """
    path = Path(path)
    if not path.is_dir():
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        try:  # mkdir's mode is filtered by the umask; some systems ignore modes
            os.chmod(path, 0o700)
        except OSError:
            pass
    return path


def database_path() -> Path:
    return user_data_dir() / DB_FILENAME


def translations_dir() -> Path:
    return resources_dir() / "translations"


def help_dir() -> Path:
    return resources_dir() / "help"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"
