"""A print pack replaces the previous files of its folder all or none: a rename failing half-way (a PDF open in a
viewer on Windows) leaves every previous file exactly as it was, leaves no temporary file, and names the file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.domain.kit import Kit
from desktop.printing import pack as pack_module
from desktop.printing.pack import FILE_NAMES, PackFileBusy, build_pack

DOCUMENTS = {"programme", "emargement-vierge", "chevalets"}


def previous_pack(folder: Path) -> dict[str, bytes]:
    folder.mkdir(exist_ok=True)
    old = {FILE_NAMES[key]: f"%PDF previous {key}".encode() for key in DOCUMENTS}
    for name, data in old.items():
        (folder / name).write_bytes(data)
    return old


def contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


@pytest.mark.parametrize("failing_call", [1, 2, 3, 4, 5, 6])
def test_a_rename_failing_half_way_changes_nothing_and_names_the_file(tmp_path, monkeypatch, failing_call):
    old = previous_pack(tmp_path)
    real_replace, calls = os.replace, []

    def replace(source, target):
        calls.append((source, target))
        if len(calls) == failing_call:
            raise PermissionError(13, "Permission denied")
        return real_replace(source, target)

    monkeypatch.setattr(pack_module.os, "replace", replace)
    with pytest.raises(PackFileBusy) as caught:
        build_pack(Kit("k", "Cycle"), pack_module.IssuingStructure(), tmp_path, documents=DOCUMENTS)
    assert Path(caught.value.filename).name in FILE_NAMES.values()
    monkeypatch.setattr(pack_module.os, "replace", real_replace)
    assert contents(tmp_path) == old


def test_a_target_that_is_a_folder_is_refused_before_anything_changes(tmp_path):
    old = previous_pack(tmp_path)
    blocked = tmp_path / FILE_NAMES["programme"]
    blocked.unlink()
    blocked.mkdir()
    (blocked / "inside.txt").write_text("keep")
    del old[blocked.name]
    with pytest.raises(OSError):
        build_pack(Kit("k", "Cycle"), pack_module.IssuingStructure(), tmp_path, documents=DOCUMENTS)
    assert {k: v for k, v in contents(tmp_path).items() if k != blocked.name} == old
    assert (blocked / "inside.txt").read_text() == "keep"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*old, blocked.name])


def test_a_successful_pack_replaces_every_file(tmp_path):
    old = previous_pack(tmp_path)
    result = build_pack(Kit("k", "Cycle"), pack_module.IssuingStructure(), tmp_path, documents=DOCUMENTS)
    now = contents(tmp_path)
    assert sorted(now) == sorted(old) == sorted(p.name for p in result.files)
    assert all(now[name] != old[name] and now[name].startswith(b"%PDF-") for name in old)


def test_the_message_names_the_file_to_close(qapp, tmp_path):
    from desktop.ui.print_worker import describe_print_error

    error = PackFileBusy(13, "Permission denied", str(tmp_path / "programme.pdf"))
    message = describe_print_error(error, tmp_path)
    assert "programme.pdf" in message and "Aucun document n'a été modifié" in message


def test_a_folder_named_like_a_document_is_said_plainly(qapp, tmp_path):
    from desktop.printing.pack import NotARegularFile
    from desktop.ui.print_worker import describe_print_error

    message = describe_print_error(NotARegularFile(17, "not a regular file", str(tmp_path / "programme.pdf")), tmp_path)
    assert "programme.pdf" in message and "n'est pas un fichier" in message


def test_the_command_line_names_the_file_too(tmp_path, monkeypatch, capsys):
    from desktop.__main__ import main
    from desktop.exchange.kitfile import write_kit

    kit_path = tmp_path / "kit.tresse"
    write_kit(Kit("0b4c8a57-8a2e-4f7a-9a39-0d6a4b7a1c11", "Cycle"), kit_path)
    out = tmp_path / "pack"
    old = previous_pack(out)
    real_replace, calls = os.replace, []

    def replace(source, target):
        calls.append(target)
        if len(calls) == 2:
            raise PermissionError(13, "Permission denied")
        return real_replace(source, target)

    monkeypatch.setattr(pack_module.os, "replace", replace)
    assert main(["print", str(kit_path), "-o", str(out), "--documents", ",".join(sorted(DOCUMENTS))]) == 2
    err = capsys.readouterr().err
    assert "n'a pas pu être remplacé" in err and any(name in err for name in old)
    monkeypatch.setattr(pack_module.os, "replace", real_replace)
    assert contents(out) == old


def test_the_documents_are_owner_only_even_under_a_loose_umask(tmp_path):
    import stat

    old = os.umask(0o022)
    try:
        result = build_pack(Kit("k", "Cycle"), pack_module.IssuingStructure(), tmp_path, documents=DOCUMENTS)
    finally:
        os.umask(old)
    assert result.files and all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in result.files)
