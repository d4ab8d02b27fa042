"""Is there a screen to open the window on? Checked before Qt is asked to, on Linux.

Qt's failure to reach a display is a fatal abort inside the ``QApplication`` constructor, which Python cannot
catch (the user gets a core dump and a hint about plug-ins). So when ``QT_QPA_PLATFORM`` is not set and neither
``DISPLAY`` nor ``WAYLAND_DISPLAY`` leads anywhere, the window is not attempted: the caller prints
:data:`NO_SCREEN` and exits 1. Nothing here opens a connection: a local X display is checked by its socket file,
a remote one (``host:0``) is left to Qt.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path

NO_SCREEN = ("Tresse n'a trouvé aucun écran où ouvrir sa fenêtre (ni DISPLAY ni WAYLAND_DISPLAY ne mènent à un "
             "affichage). Lancez Tresse depuis votre bureau, ou sur une machine sans écran avec « xvfb-run tresse ». "
             "Les commandes sans fenêtre fonctionnent sans écran : « tresse --help ».")

_LOCAL_X = re.compile(r"^(?:unix)?:(\d+)(?:\.\d+)?$")


def no_screen(environ: Mapping[str, str] | None = None, platform: str | None = None,
              x11_dir: Path = Path("/tmp/.X11-unix")) -> bool:
    """True when the window certainly cannot open (Linux only; False whenever it might)."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return False
    wayland = environ.get("WAYLAND_DISPLAY", "")
    if wayland:
        runtime = environ.get("XDG_RUNTIME_DIR", "")
        if wayland.startswith("/") or not runtime or (Path(runtime) / wayland).exists():
            return False
    display = environ.get("DISPLAY", "")
    if not display:
        return True
    local = _LOCAL_X.match(display)
    return bool(local) and not (x11_dir / f"X{local.group(1)}").exists()
