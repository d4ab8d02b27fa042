"""The self-contained bundle: built from a clean checkout, run from elsewhere with nothing but the OS.

The bundle is frozen once per run (minutes) from ``git archive HEAD`` (what is committed, not the working tree),
copied to a folder outside the repository with a ``tresse-portable.ini`` beside its executables, and run under an
empty environment (``env -i PATH=<empty folder> HOME=<temporary folder>``): the version, the catalogue, planning a
template with participants, the print pack read back, the window opened offscreen and closed, a kit file opened by
the window as a double-click would. Every run reports the files it loaded (``packaging/bundle_check.py``); a Python
module or a shared library from outside the bundle fails the test. The Linux archive is unpacked and its install
script run into a temporary home.
"""

from __future__ import annotations

import csv
import importlib.metadata
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from functools import partial
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import build_bundle  # noqa: E402



def linux_bundle(test):
    """Mark a test that builds and runs the Linux bundle (the others check the recipe's parts in milliseconds)."""
    return pytest.mark.slow(pytest.mark.skipif(sys.platform != "linux", reason="runs the Linux bundle")(test))

#: Where a Linux bundle may take shared libraries from besides itself: the system's (glibc, X11, GL, fontconfig).
SYSTEM_LIBRARY_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/", "/usr/share/", "/etc/", "/var/cache/",
                       "/dev/", "/memfd:", "/SYSV")


def test_one_version_number():
    import desktop

    assert build_bundle.version() == desktop.__version__ == importlib.metadata.version("tresse")


def test_recipe_keeps_only_the_plugins_and_translations_used():
    keep = partial(build_bundle.keep_collected, languages=("fr", "en"))
    assert keep("PySide6/Qt/plugins/platforms/libqxcb.so") and keep("PySide6/Qt/plugins/platforms/qwindows.dll")
    assert keep("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so")
    assert not keep("PySide6/Qt/plugins/platforms/libqeglfs.so")
    assert not keep("PySide6/Qt/plugins/tls/libqopensslbackend.so")
    assert not keep("PySide6\\Qt\\plugins\\tls\\qschannelbackend.dll")
    assert keep("PySide6/Qt/translations/qtbase_fr.qm") and keep("PySide6/Qt/translations/qtbase_en.qm")
    assert not keep("PySide6/Qt/translations/qtbase_de.qm") and not keep("PySide6/Qt/translations/qt_help_fr.qm")
    assert keep("desktop/resources/translations/tresse_en.qm")
    assert build_bundle.qt_modules_used() >= {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"}
    assert "PySide6.QtWebEngineCore" not in build_bundle.qt_modules_used()
    assert build_bundle.holiday_countries() == {"holidays.countries.france": "FR"}


def test_windows_icon_holds_every_size(tmp_path, qapp):
    from PySide6.QtGui import QImageReader

    icon = build_bundle.windows_icon(tmp_path / "tresse.ico")
    reader = QImageReader(str(icon), b"ico")
    assert reader.imageCount() == 7
    sizes = set()
    for index in range(reader.imageCount()):
        assert reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        sizes.add(image.width())
    assert sizes == {16, 24, 32, 48, 64, 128, 256}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    """The bundle and archive built by scripts/build_bundle.py from ``git archive HEAD`` in a temporary folder."""
    top = tmp_path_factory.mktemp("bundle")
    checkout = top / "checkout"
    checkout.mkdir()
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", "HEAD"], check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(checkout)], input=archive, check=True)
    dist, work = top / "dist", top / "work"
    result = subprocess.run([sys.executable, str(checkout / "scripts" / "build_bundle.py"), "--dist", str(dist),
                             "--work", str(work)], cwd=checkout, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-6000:]
    return {"checkout": checkout, "dist": dist, "work": work, "bundle": dist / "Tresse", "log": top / "build.log"}


@pytest.fixture(scope="module")
def key(built, tmp_path_factory) -> Path:
    """The bundle copied to a « USB key » outside the repository, in portable mode."""
    folder = tmp_path_factory.mktemp("usb") / "Clé Tresse"
    shutil.copytree(built["bundle"], folder, symlinks=True)
    (folder / "tresse-portable.ini").write_text("", encoding="utf-8")
    return folder


def _bare_env(tmp: Path, report: Path, **extra: str) -> dict[str, str]:
    empty = tmp / "empty-path"
    empty.mkdir(exist_ok=True)
    home = tmp / "home"
    home.mkdir(exist_ok=True)
    return {"PATH": str(empty), "HOME": str(home), "TRESSE_BUNDLE_CHECK": str(report), **extra}


def run(key: Path, tmp: Path, program: str, *args: str, check: bool = True, **extra: str):
    """Run a bundled executable from a folder outside the repository; return (result, what it loaded)."""
    report = tmp / f"loaded-{len(list(tmp.glob('loaded-*')))}.json"
    result = subprocess.run([str(key / program), *args], cwd=tmp, env=_bare_env(tmp, report, **extra),
                            capture_output=True, text=True, encoding="utf-8", timeout=300)
    if check:
        assert result.returncode == 0, f"{program} {args}: {result.returncode}\n{result.stdout}\n{result.stderr}"
    loaded = json.loads(report.read_text(encoding="utf-8"))
    assert_all_inside(loaded, key, tmp)
    return result, loaded


def assert_all_inside(loaded: dict, key: Path, tmp: Path) -> None:
    """Every Python module and path entry inside the bundle; every other mapped file from the system.

    A module whose ``__file__`` is relative is frozen into the executable itself (PyInstaller's bootstrap,
    shiboken's embedded signature modules): no file of that name may exist where it could have been read from.
    """
    inside = str(key.resolve()) + os.sep
    assert loaded["meipass"] and loaded["meipass"].startswith(inside)
    outside = {name: file for name, file in loaded["modules"].items()
               if not file.startswith(inside) and (os.path.isabs(file) or (tmp / file).exists())}
    assert not outside, f"modules loaded from outside the bundle: {outside}"
    assert all(entry.startswith(inside) for entry in loaded["path"]), loaded["path"]
    allowed = (inside, str(tmp / "home") + os.sep, *SYSTEM_LIBRARY_DIRS)  # the home: fontconfig's cache
    foreign = [f for f in loaded["mapped"] if not f.startswith(allowed)]
    assert not foreign, f"files mapped from outside the bundle and the system: {foreign}"
    system = [f for f in loaded["mapped"] if not f.startswith(inside)]
    ours = [f for f in system if any(n in Path(f).name for n in ("Qt6", "pyside6", "shiboken6", "libpython", "pdfium"))]
    assert not ours, f"Qt, Python or PDFium taken from the system instead of the bundle: {ours}"


@linux_bundle
def test_built_from_the_checkout_with_only_what_is_used(built):
    toc = (built["work"] / "tresse" / "Analysis-00.toc").read_text(encoding="utf-8")
    assert str(built["checkout"] / "desktop" / "paths.py") in toc
    assert str(ROOT / "desktop") not in toc  # not the editable install of the repository
    ours = {".".join(p.relative_to(built["checkout"]).with_suffix("").parts).removesuffix(".__init__")
            for p in (built["checkout"] / "desktop").rglob("*.py")} - {"desktop.__main__"}  # that one is the script
    frozen = set(re.findall(r"\('(desktop(?:\.\w+)*)',", toc))
    assert ours <= frozen, f"desktop modules missing from the bundle: {sorted(ours - frozen)}"
    internal = built["bundle"] / "_internal"
    qt = internal / "PySide6" / "Qt"
    modules = {p.name.split(".")[0] for p in (internal / "PySide6").glob("Qt*.so")}
    assert modules == {m.split(".")[1] for m in build_bundle.qt_modules_used()}
    assert not list(internal.rglob("*WebEngine*")) and not list(internal.rglob("*Qml*"))
    plugins = {str(p.relative_to(qt / "plugins")) for p in (qt / "plugins").rglob("*.so")}
    assert "platforms/libqxcb.so" in plugins and "platforms/libqoffscreen.so" in plugins
    assert not [p for p in plugins if "eglfs" in p or p.startswith(("tls/", "egldeviceintegrations/"))], plugins
    assert {p.name for p in (qt / "translations").iterdir()} <= {f"qtbase_{lang}.qm" for lang in ("fr", "en")} | {
        f"qt_{lang}.qm" for lang in ("fr", "en")}
    assert (internal / "desktop" / "resources" / "translations" / "tresse_en.qm").is_file()
    assert (internal / "desktop" / "data" / "experiments.toml").is_file()
    assert not list(internal.rglob("*.ts"))
    unstripped = subprocess.run(["file", *map(str, (qt / "lib").glob("libQt6Widgets.so*"))], capture_output=True,
                                text=True).stdout if shutil.which("file") else ""
    assert "not stripped" not in unstripped
    size = build_bundle.folder_size(built["bundle"])
    assert size < 200e6, f"the bundle takes {size / 1e6:.0f} MB unpacked"


@linux_bundle
def test_the_console_executable_runs_every_command_from_a_usb_key(key, tmp_path):
    version = build_bundle.version()
    result, _ = run(key, tmp_path, "tresse-cli", "--version")
    assert result.stdout.strip() == f"Tresse {version}"

    result, loaded = run(key, tmp_path, "tresse-cli", "catalogue", "--json")
    catalogue = json.loads(result.stdout)
    assert len(catalogue["experiments"]) == 10 and len(catalogue["templates"]) >= 10
    assert (key / "Données Tresse" / "tresse.sqlite3").is_file()  # portable: the data beside the executables
    assert not (tmp_path / "home" / ".local").exists()
    assert "desktop.commands" in loaded["modules"]

    people = tmp_path / "participants.csv"
    with people.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(["Prénom", "Nom", "Courriel"])
        writer.writerows([["Éloïse", "Dupré", "eloise@example.org"], ["Gaël", "Lefèvre", "gael@example.org"]])
    run(key, tmp_path, "tresse-cli", "plan", "Outille ton projet", "--start", "2027-03-01", "--zone", "B",
        "--participants", str(people), "--venue", "Salle des fêtes", "-o", str(tmp_path / "kit.tresse"))
    assert (tmp_path / "kit.tresse").stat().st_size > 0

    run(key, tmp_path, "tresse-cli", "print", str(tmp_path / "kit.tresse"), "-o", str(tmp_path / "pack"))
    from pypdf import PdfReader

    pdfs = sorted((tmp_path / "pack").glob("*.pdf"))
    assert len(pdfs) >= 8
    for pdf in pdfs:
        reader = PdfReader(pdf)
        assert len(reader.pages) >= 1 and reader.metadata.creator == f"Tresse {version}", pdf.name
    invitations = "".join(p.extract_text() for p in PdfReader(tmp_path / "pack" / "convocations.pdf").pages)
    assert "Éloïse" in invitations and "Lefèvre" in invitations and "Salle des fêtes" in invitations

    result, _ = run(key, tmp_path, "tresse-cli", "ics", str(tmp_path / "kit.tresse"), "-o", str(tmp_path / "k.ics"))
    assert (tmp_path / "k.ics").read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")


@linux_bundle
def test_the_window_opens_offscreen_closes_and_opens_a_kit_file(key, tmp_path):
    run(key, tmp_path, "tresse-cli", "plan", "Sprint", "--start", "2027-05-03", "-o", str(tmp_path / "sprint.tresse"))
    env = {"QT_QPA_PLATFORM": "offscreen", "TRESSE_BUNDLE_CHECK_QUIT_MS": "2500"}
    result, loaded = run(key, tmp_path, "Tresse", **env)
    assert any(w.startswith("MainWindow:") for w in loaded["windows"]), (loaded["windows"], result.stderr)
    assert "PySide6.QtWidgets" in loaded["modules"] and "desktop.ui.main_window" in loaded["modules"]
    assert any("/plugins/platforms/libqoffscreen.so" in f for f in loaded["mapped"])

    # A double-click on a kit file starts the window with that file alone as argument: the kit is imported.
    run(key, tmp_path, "Tresse", str(tmp_path / "sprint.tresse"), **env)
    result, _ = run(key, tmp_path, "tresse-cli", "export", "Sprint", "-o", str(tmp_path / "again.tresse"))
    assert (tmp_path / "again.tresse").stat().st_size > 0


@linux_bundle
def test_the_linux_archive_installs_for_the_user(built, tmp_path):
    (archive,) = built["dist"].glob(f"Tresse-{build_bundle.version()}-linux-*.tar.gz")
    with tarfile.open(archive) as tar:
        tar.extractall(tmp_path / "Mes logiciels", filter="tar")
    folder = tmp_path / "Mes logiciels" / f"Tresse-{build_bundle.version()}"  # a space: xdg-utils stumble on it
    assert os.access(folder / "install.sh", os.X_OK) and os.access(folder / "Tresse", os.X_OK)
    home = tmp_path / "home"
    home.mkdir()
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home)}
    done = subprocess.run(["sh", str(folder / "install.sh")], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    share = home / ".local" / "share"
    entry = (share / "applications" / "tresse.desktop").read_text(encoding="utf-8")
    assert f'Exec="{folder}/Tresse" %f' in entry and "MimeType=application/x-tresse;" in entry
    assert (share / "mime" / "packages" / "tresse-mime.xml").is_file()
    assert list(share.glob("icons/hicolor/256x256/apps/tresse.png"))
    if shutil.which("xdg-mime"):  # with xdg-utils the type is also known and opened by Tresse
        ask = partial(subprocess.run, env=env, capture_output=True, text=True, check=True)
        kit = folder / "essai.tresse"
        with zipfile.ZipFile(kit, "w") as archive:  # a kit file is a zip: its name must win over zip's magic
            archive.writestr("kit.json", "{}")
        assert ask(["xdg-mime", "query", "filetype", str(kit)]).stdout.strip() == "application/x-tresse"
        assert ask(["xdg-mime", "query", "default", "application/x-tresse"]).stdout.strip() == "tresse.desktop"
    subprocess.run(["sh", str(folder / "install.sh"), "--uninstall"], check=True, env=env, capture_output=True)
    assert not (share / "applications" / "tresse.desktop").exists()
