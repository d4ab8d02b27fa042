"""The one safe writer: refused targets, permissions kept or owner-only, a full disk leaves the old file.

Tests run as root, so faults are made with real file types (``os.mknod``, ``os.mkfifo``, symlinks) and resource
limits, never with ``chmod``. Device nodes and FIFOs are created inside the test's own temporary folder: nothing
under ``/dev`` is ever a target.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap

import pytest

from desktop.domain.kit import Participant
from desktop.domain.kit_factory import blank_kit
from desktop.exchange.errors import KitWriteError
from desktop.exchange.files import UnsafeTargetError, write_atomically
from desktop.paths import make_private_dir
from desktop.exchange.kitfile import write_kit

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file types and permissions")


def mode(path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".tresse-"))


@pytest.fixture
def umask077():
    old = os.umask(0o077)
    yield
    os.umask(old)


@posix_only
def test_a_symlink_is_refused_and_left_pointing_where_it_did(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("ne pas écraser")
    link = tmp_path / "export.csv"
    link.symlink_to(secret)
    with pytest.raises(UnsafeTargetError) as caught:
        write_atomically(link, b"nom;prenom\n")
    assert caught.value.reason == "symlink"
    assert "lien symbolique" in caught.value.strerror
    assert link.is_symlink() and os.readlink(link) == str(secret)
    assert secret.read_text() == "ne pas écraser"
    assert leftovers(tmp_path) == []


@posix_only
def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "tube.csv"
    os.mkfifo(fifo)
    with pytest.raises(UnsafeTargetError) as caught:
        write_atomically(fifo, b"x")
    assert caught.value.reason == "fifo" and "tube" in caught.value.strerror
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert leftovers(tmp_path) == []


@posix_only
def test_a_device_is_refused_and_stays_a_device(tmp_path):
    device = tmp_path / "null"  # a character device like /dev/null, made here (tests run as root)
    try:
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("creating a device node needs root")
    with pytest.raises(UnsafeTargetError) as caught:
        write_atomically(device, b"x")
    assert caught.value.reason == "device" and "périphérique" in caught.value.strerror
    assert stat.S_ISCHR(os.lstat(device).st_mode)
    assert leftovers(tmp_path) == []


def test_a_directory_is_refused(tmp_path):
    folder = tmp_path / "kit.tresse"
    folder.mkdir()
    (folder / "inside").write_text("garde")
    with pytest.raises(UnsafeTargetError) as caught:
        write_atomically(folder, b"x")
    assert caught.value.reason == "directory"
    assert (folder / "inside").read_text() == "garde"


def test_the_kit_writer_reports_the_refusal_in_french(tmp_path):
    folder = tmp_path / "kit.tresse"
    folder.mkdir()
    with pytest.raises(KitWriteError) as caught:
        write_kit(blank_kit("Kit"), folder)
    assert caught.value.reason == "cannot_write" and "dossier" in caught.value.message


@posix_only
def test_personal_files_are_owner_only_and_others_follow_the_umask(tmp_path):
    old = os.umask(0o022)
    try:
        write_atomically(tmp_path / "roster.csv", b"Dupont;Anne\n", private=True)
        write_atomically(tmp_path / "blank.pdf", b"%PDF", private=False)
    finally:
        os.umask(old)
    assert mode(tmp_path / "roster.csv") == 0o600
    assert mode(tmp_path / "blank.pdf") == 0o644


@posix_only
def test_under_umask_077_even_a_shareable_export_is_not_loosened(tmp_path, umask077):
    write_atomically(tmp_path / "programme.pdf", b"%PDF")
    kit = blank_kit("Kit")
    write_kit(kit, tmp_path / "sans.tresse")
    assert mode(tmp_path / "programme.pdf") == 0o600
    assert mode(tmp_path / "sans.tresse") == 0o600


@posix_only
def test_overwriting_keeps_the_existing_files_permissions(tmp_path):
    private = tmp_path / "kit.tresse"
    private.write_bytes(b"old")
    os.chmod(private, 0o600)
    shared = tmp_path / "agenda.ics"
    shared.write_bytes(b"old")
    os.chmod(shared, 0o640)
    write_atomically(private, b"new")
    write_atomically(shared, b"new", private=True)
    assert private.read_bytes() == b"new" and mode(private) == 0o600
    assert shared.read_bytes() == b"new" and mode(shared) == 0o640


@posix_only
def test_a_kit_file_with_participants_is_owner_only(tmp_path):
    kit = blank_kit("Kit")
    from dataclasses import replace

    kit = replace(kit, participants=(Participant("00000000-0000-4000-8000-000000000001", "Dupont", "Anne"),))
    old = os.umask(0o022)
    try:
        write_kit(kit, tmp_path / "avec.tresse", with_participants=True)
        write_kit(kit, tmp_path / "sans.tresse", with_participants=False)
    finally:
        os.umask(old)
    assert mode(tmp_path / "avec.tresse") == 0o600
    assert mode(tmp_path / "sans.tresse") == 0o644


@posix_only
def test_private_folders_are_0700(tmp_path):
    folder = make_private_dir(tmp_path / "a" / "b")
    assert folder.is_dir() and mode(folder) == 0o700


FULL_DISK = textwrap.dedent("""
    import resource, signal, sys
    from desktop.exchange.files import write_atomically
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)   # the write then fails with EFBIG instead of killing us
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
    try:
        write_atomically(sys.argv[1], b"x" * 100_000, private=True)
    except OSError as exc:
        print("refused", exc.errno)
        sys.exit(3)
    print("written")
""")


@pytest.mark.skipif(not hasattr(os, "setpgid") or sys.platform == "darwin", reason="RLIMIT_FSIZE on Linux")
def test_a_full_disk_leaves_the_old_file_whole_and_no_temporary(tmp_path):
    target = tmp_path / "roster.csv"
    target.write_bytes(b"ancienne version\n")
    script = tmp_path / "full.py"
    script.write_text(FULL_DISK, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    done = subprocess.run([sys.executable, str(script), str(target)], capture_output=True, text=True, env=env,
                          timeout=60)
    assert done.returncode == 3, done.stdout + done.stderr
    assert done.stdout.startswith("refused")
    assert target.read_bytes() == b"ancienne version\n"
    assert leftovers(tmp_path) == []
