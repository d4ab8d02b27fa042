"""Build the self-contained Tresse bundle with PyInstaller: ``dist/Tresse/``, then its archive or installer.

    python scripts/build_bundle.py [--dist DIR] [--work DIR] [--no-archive]

One folder (not one file: no unpacking on every start) with two executables from one analysis: ``Tresse``
(windowed on Windows; shortcuts and the ``.tresse`` file type point to it) and ``tresse-cli`` (console: every
sub-command, ``--version``). The recipe is ``packaging/tresse.spec``; this module holds what the recipe derives
from the tree, so that nothing is a list kept by hand: the Qt modules are those ``desktop/`` imports (every other
PySide6 module is excluded), Qt's translations are those of the languages ``desktop/ui/i18n.py`` offers, the
public-holiday countries are those ``desktop/`` names on the ``holidays`` package (which loads them lazily), and
the version is the project's (``desktop.__version__``, which ``pyproject.toml`` reads too).

After the freeze: on Linux ``dist/Tresse-<version>-linux-x86_64.tar.gz`` with ``install.sh`` inside
(``packaging/linux/``); on Windows the Inno Setup installer when ``ISCC.exe`` is found
(``packaging/windows/tresse.iss``). The unpacked size is printed.
"""

from __future__ import annotations

import argparse
import ast
import os
import platform
import re
import shutil
import struct
import subprocess
import sys
import tarfile
from fnmatch import fnmatch
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktop"
SPEC = ROOT / "packaging" / "tresse.spec"
GUI_NAME = "Tresse"
CLI_NAME = "tresse-cli"

#: Qt plugins the app never loads, by their path under ``plugins/`` (PyInstaller's Qt hooks collect whole plugin
#: categories per module): the framebuffer, EGL-fullscreen, VNC and Vulkan-display platforms and their device
#: integrations, TLS and network-information back-ends (no network), evdev/tuio input (for framebuffer
#: platforms), the virtual keyboard (QML), the Wayland compositor side and the Wayland shells of embedded
#: systems. Desktop platforms stay: xcb and wayland (xdg-shell, GL integrations, decorations), windows,
#: offscreen, minimal.
UNUSED_QT_PLUGINS = (
    "platforms/*eglfs*", "platforms/*minimalegl*", "platforms/*linuxfb*", "platforms/*vnc*", "platforms/*vkkhr*",
    "egldeviceintegrations/*", "tls/*", "networkinformation/*", "generic/*", "platforminputcontexts/*virtualkeyboard*",
    "wayland-graphics-integration-server/*", "wayland-shell-integration/*fullscreen-shell*",
    "wayland-shell-integration/*ivi-shell*", "wayland-shell-integration/*qt-shell*",
    "wayland-shell-integration/*wl-shell*", "qmltooling/*", "qmllint/*", "designer/*", "sqldrivers/*",
)


#: Qt's translation catalogues the app loads (``desktop/ui/i18n.py``), in the interface languages only.
QT_CATALOGUES = ("qtbase",)


def version() -> str:
    """The project's version, read from ``desktop/__init__.py`` without importing the package."""
    tree = ast.parse((PACKAGE / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "__version__" for t in node.targets):
            return ast.literal_eval(node.value)
    raise SystemExit("desktop/__init__.py has no __version__")


def desktop_sources() -> list[ast.Module]:
    return [ast.parse(p.read_text(encoding="utf-8"), str(p)) for p in sorted(PACKAGE.rglob("*.py"))]


def qt_modules_used(trees: list[ast.Module] | None = None) -> set[str]:
    """The ``PySide6.QtXxx`` modules imported anywhere in ``desktop/``, at the top or inside functions."""
    found: set[str] = set()
    for tree in trees if trees is not None else desktop_sources():
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            found.update(".".join(n.split(".")[:2]) for n in names if n.startswith("PySide6.Qt"))
    return found


def qt_modules_unused(used: set[str]) -> list[str]:
    """Every PySide6 extension module of this installation that ``desktop/`` does not import (to exclude)."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    available = {p.name.split(".")[0] for p in folder.iterdir()
                 if p.name.startswith("Qt") and p.suffix in (".so", ".pyd", ".pyi")}
    return sorted(f"PySide6.{name}" for name in available if f"PySide6.{name}" not in used)


def holiday_countries(trees: list[ast.Module] | None = None) -> dict[str, str]:
    """The countries ``desktop/`` reads on ``holidays`` (``holidays.France``): module -> code (``FR``).

    The package imports a country's module by name at run time and reads its holiday names from gettext files
    named after its code, so both must be given to the freezer.
    """
    from holidays import registry

    by_entity = {entity: (module, entities[1]) for module, entities in registry.COUNTRIES.items()
                 for entity in entities}
    found = {}
    for tree in trees if trees is not None else desktop_sources():
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "holidays"
                    and node.attr in by_entity):
                module, code = by_entity[node.attr]
                found[f"holidays.countries.{module}"] = code
    return dict(sorted(found.items()))


def interface_languages() -> tuple[str, ...]:
    """The interface languages (``desktop/ui/i18n.py``'s ``LANGUAGES``), read without importing Qt."""
    tree = ast.parse((PACKAGE / "ui" / "i18n.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "LANGUAGES" for t in node.targets):
            return tuple(ast.literal_eval(node.value))
    raise SystemExit("desktop/ui/i18n.py has no LANGUAGES")


def _parts(dest: str) -> tuple[str, ...]:
    return PurePosixPath(dest.replace("\\", "/")).parts


def keep_collected(dest: str, languages: tuple[str, ...]) -> bool:
    """Whether a file PyInstaller collected at *dest* (relative to the bundle) stays in it.

    Qt's plugins and translations are under ``PySide6/Qt/`` in Linux wheels and under ``PySide6/`` in Windows ones.
    """
    parts = _parts(dest)
    if parts[:1] != ("PySide6",):
        return True
    if "plugins" in parts:
        under = "/".join(parts[parts.index("plugins") + 1:])
        return not any(fnmatch(under, pattern) for pattern in UNUSED_QT_PLUGINS)
    if "translations" in parts and parts[-1].endswith(".qm"):
        return parts[-1] in {f"{catalogue}_{lang}.qm" for catalogue in QT_CATALOGUES for lang in languages}
    return True


def without_unlinked_qt_libraries(binaries: list[tuple]) -> list[tuple]:
    """*binaries* less Qt's own libraries (``Qt/lib``) that nothing kept links to any more.

    The analysis collects the libraries of every plugin before :func:`keep_collected` drops plugins (the EGL
    full-screen plugins bring ``libQt6EglFSDeviceIntegration``, for instance); this follows the links of what is
    kept, from the extension modules and plugins down, and keeps only the Qt libraries reached.
    """
    from PyInstaller.depend import bindepend

    def is_qt_library(dest: str) -> bool:
        return _parts(dest)[:-1] in (("PySide6", "Qt", "lib"), ("PySide6", "Qt", "bin"))

    by_name = {_parts(dest)[-1]: src for dest, src, _ in binaries if is_qt_library(dest)}
    reached: set[str] = set()
    todo = [src for dest, src, _ in binaries if not is_qt_library(dest)]
    while todo:
        for name, _path in bindepend.get_imports(todo.pop()):
            name = Path(name).name
            if name in by_name and name not in reached:
                reached.add(name)
                todo.append(by_name[name])
    return [entry for entry in binaries
            if not is_qt_library(entry[0]) or _parts(entry[0])[-1] in reached]


def windows_icon(target: Path, sizes: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256)) -> Path:
    """Write a multi-size ``.ico`` made from ``resources/icons/tresse.png`` (PNG-compressed entries, Vista+)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage

    source = QImage(str(ROOT / "resources" / "icons" / "tresse.png"))
    if source.isNull():
        raise SystemExit("resources/icons/tresse.png cannot be read")
    images = []
    for size in sizes:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        source.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                      Qt.TransformationMode.SmoothTransformation).save(buffer, "PNG")
        buffer.close()
        images.append((size, bytes(data.data())))
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, blob in images:
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(blob), offset + len(blobs))
        blobs += blob
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(header + entries + blobs)
    return target


def glibc_needed(folder: Path) -> tuple[int, int]:
    """The newest ``GLIBC_x.y`` symbol version any binary of *folder* asks for: the oldest glibc it runs on.

    Read from the version strings of the ELF files (what ``objdump -T`` lists), so that the libraries the freezer
    took from the build machine count too: build on the oldest system to support.
    """
    newest = (0, 0)
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink() and (".so" in path.name or os.access(path, os.X_OK)):
            with path.open("rb") as binary:
                if binary.read(4) != b"\x7fELF":
                    continue
                found = re.findall(rb"GLIBC_(\d+)\.(\d+)", binary.read())
            newest = max([newest, *((int(a), int(b)) for a, b in found)])
    return newest


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def linux_archive(bundle: Path, out_dir: Path) -> Path:
    """``Tresse-<version>-linux-<machine>.tar.gz``: the bundle folder, with ``install.sh`` and what it registers."""
    top = f"Tresse-{version()}"
    extra = ROOT / "packaging" / "linux"
    added = {"install.sh": extra / "install.sh", "tresse.desktop": extra / "tresse.desktop",
             "tresse-mime.xml": extra / "tresse-mime.xml", "tresse.png": ROOT / "resources" / "icons" / "tresse.png"}

    def executable_script(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.mode = 0o755 if info.name.endswith(".sh") else info.mode
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    archive = out_dir / f"{top}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(bundle, arcname=top, filter=executable_script)
        for name, source in added.items():
            tar.add(source, arcname=f"{top}/{name}", filter=executable_script)
    return archive


def windows_installer(out_dir: Path) -> Path | None:
    """Run Inno Setup's compiler on ``packaging/windows/tresse.iss`` when it is installed; the installer's path."""
    iscc = shutil.which("ISCC") or next((str(p) for p in (
        Path(os.environ.get("ProgramFiles(x86)", r"C:\Program Files (x86)")) / "Inno Setup 6" / "ISCC.exe",
        Path(os.environ.get("LOCALAPPDATA", "")) / "Programs" / "Inno Setup 6" / "ISCC.exe") if p.is_file()), None)
    if iscc is None:
        print("Inno Setup (ISCC.exe) introuvable : pas d'installateur, seulement le dossier.")
        return None
    script = ROOT / "packaging" / "windows" / "tresse.iss"
    subprocess.run([iscc, f"/DAppVersion={version()}", f"/DBundleDir={out_dir / GUI_NAME}", f"/O{out_dir}",
                    str(script)], check=True)
    return out_dir / f"Tresse-{version()}-installation.exe"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Construire le dossier autonome de Tresse (PyInstaller).")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="dossier de sortie (par défaut dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="dossier de travail")
    parser.add_argument("--no-archive", action="store_true", help="ni archive .tar.gz ni installateur")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(SPEC)], check=True, cwd=ROOT)
    bundle = dist / GUI_NAME
    print(f"{bundle} : {folder_size(bundle) / 1e6:.0f} Mo")
    if sys.platform == "linux":
        print("glibc {}.{} ou plus récente demandée".format(*glibc_needed(bundle)))
    if not args.no_archive:
        made = windows_installer(dist) if sys.platform == "win32" else linux_archive(bundle, dist)
        if made is not None:
            print(f"{made} : {made.stat().st_size / 1e6:.0f} Mo")
    return 0


if __name__ == "__main__":
    sys.exit(main())
