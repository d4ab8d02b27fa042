"""The only module that knows where things are: bundled resources, bundled data, the user's data directory.

Bundled folders sit at the top of a checkout (``resources/``, ``data/``); the wheel and the frozen bundle map them
into the package (``desktop/resources``, ``desktop/data``), so both layouts are looked for. The user's data directory
comes, in order, from ``--data-dir`` (set through :func:`set_data_dir`), the ``TRESSE_DATA_DIR`` variable, portable
mode, or platformdirs. Portable mode: a frozen Tresse whose executables have a ``tresse-portable.ini`` beside them
keeps its data in the folder ``Données Tresse`` beside them (a USB key); when that folder cannot be written (a
read-only key), the per-user directory is used and :func:`data_location` says why, for the caller to word.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "Tresse"
DB_FILENAME = "tresse.sqlite3"
ENV_DATA_DIR = "TRESSE_DATA_DIR"
#: The file whose presence beside the executables turns portable mode on (its content is not read).
PORTABLE_MARKER = "tresse-portable.ini"
#: The data folder of portable mode, beside the executables.
PORTABLE_DATA_DIR = "Données Tresse"

#: Where the data directory came from (:attr:`DataLocation.source`).
FROM_OPTION, FROM_ENVIRONMENT, FROM_PORTABLE, FROM_USER = "option", "environment", "portable", "user"

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


@dataclass(frozen=True)
class DataLocation:
    """The user data directory and why it is that one.

    Attributes:
        path: the directory.
        source: FROM_OPTION, FROM_ENVIRONMENT, FROM_PORTABLE or FROM_USER.
        portable_refused: the portable folder that was asked for (marker present) but cannot be written, so that
            the per-user directory is used instead; ``None`` otherwise.
        reason: the system's error for ``portable_refused`` (``OSError.strerror``), or "".
    """

    path: Path
    source: str
    portable_refused: Path | None = None
    reason: str = ""

    @property
    def portable(self) -> bool:
        return self.source == FROM_PORTABLE


def executable_dir() -> Path | None:
    """The folder holding the executables of a frozen Tresse; ``None`` when running from Python."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(sys.executable).resolve().parent


_portable_probe: dict[Path, tuple[Path | None, str]] = {}


def _probe_writable(folder: Path) -> str:
    """Create *folder* and write a file in it; return "" when that works, else the system's reason."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".tresse-probe-"):
            pass
    except OSError as exc:
        return exc.strerror or str(exc)
    return ""


def _portable_dir(exe_dir: Path | None) -> tuple[Path | None, str]:
    """The portable data folder beside *exe_dir* if the marker is there: (folder, "" if writable else reason)."""
    if exe_dir is None or not (exe_dir / PORTABLE_MARKER).is_file():
        return None, ""
    if exe_dir not in _portable_probe:  # probed once per process: a key does not become writable under us
        folder = exe_dir / PORTABLE_DATA_DIR
        _portable_probe[exe_dir] = (folder, _probe_writable(folder))
    return _portable_probe[exe_dir]


def data_location(exe_dir: Path | None = None) -> DataLocation:
    """Where the database, backups, settings and logs live, and why (see the module's docstring).

    Args:
        exe_dir: the folder of the executables; by default :func:`executable_dir` (tests pass one).
    """
    if _override is not None:
        return DataLocation(_override, FROM_OPTION)
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return DataLocation(Path(env).expanduser().resolve(), FROM_ENVIRONMENT)
    portable, reason = _portable_dir(exe_dir if exe_dir is not None else executable_dir())
    if portable is not None and not reason:
        return DataLocation(portable, FROM_PORTABLE)
    import platformdirs

    user = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))
    return DataLocation(user, FROM_USER, portable_refused=portable, reason=reason)


def user_data_dir() -> Path:
    """Where the database, backups and logs live (created here only for portable mode's write probe)."""
    return data_location().path


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
