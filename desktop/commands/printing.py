"""``tresse print``: a kit file's print pack written into a folder, with this computer's structure profile."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from desktop.commands import _err, _safe
from desktop.domain.wording import french, french_count

if TYPE_CHECKING:
    from desktop.printing.collector import PackCollector


def structure_with_images(structure, images: dict[str, bytes], folder) -> object:
    """The kit file's issuing structure with its logos written to *folder* and its paths pointing there."""
    from dataclasses import replace
    from pathlib import Path

    def store(name: str) -> str:
        if not name or name not in images:
            return ""
        target = Path(folder) / Path(name).name
        target.write_bytes(images[name])
        return str(target)

    return replace(structure, logo_path=store(structure.logo_path),
                   funder_logo_paths=tuple(p for p in (store(n) for n in structure.funder_logo_paths) if p))


def _stored_profile():
    """This computer's structure profile, read without opening the store for writing: (profile, a French sentence
    when the database could not be read). An empty profile when there is none."""
    import sqlite3

    from desktop import paths
    from desktop.domain.kit import IssuingStructure
    from desktop.storage.kits import read_stored_structure

    try:
        return read_stored_structure(paths.database_path()) or IssuingStructure(), ""
    except (sqlite3.Error, ValueError, OSError):
        return IssuingStructure(), ("le profil de la structure n'a pas pu être lu : les modalités du programme "
                                    "laissées vides dans le kit sont imprimées « à préciser ».")


def print_pack(args, *, ends_process: bool = False) -> int:
    """Write the print pack of a kit file: one PDF per document type into a folder; *ends_process*: the command
    is the whole process (the garbage collector's part: :mod:`desktop.printing.collector`)."""
    from desktop.printing.collector import collected_between_documents

    with collected_between_documents(ends_process=ends_process) as collector:
        return _print_pack(args, collector)


def _print_pack(args, collector: PackCollector) -> int:
    import tempfile
    from pathlib import Path

    from desktop.domain.kit import IssuingStructure
    from desktop.domain.paperwork import with_defaults
    from desktop.exchange.errors import ExchangeError
    from desktop.exchange.kitfile import read_kit
    from desktop.printing.pack import DOCUMENTS, NotARegularFile, PackFileBusy, build_pack

    try:
        kit_file = read_kit(Path(args.kit))
    except ExchangeError as exc:
        return _err(exc.message)
    documents = None
    if args.documents:
        documents = {d.strip() for d in args.documents.split(",") if d.strip()}
        unknown = documents - set(DOCUMENTS)
        if unknown:
            what = french_count(len(unknown), "document inconnu", "documents inconnus")
            return _err(f"{what} : {', '.join(sorted(unknown))}. Documents : {', '.join(DOCUMENTS)}.")
    out = Path(args.output)
    profile, unread = _stored_profile()
    collector.imports_done()

    def progress(done: int, total: int, title: str) -> None:
        collector.between_documents()
        if title:
            sys.stderr.write(f"  [{done}/{total}] {title}\n")

    with tempfile.TemporaryDirectory() as tmp:
        structure = (structure_with_images(kit_file.structure, kit_file.images, tmp) if kit_file.structure
                     else IssuingStructure())
        structure = with_defaults(structure, profile)  # the programme defaults are this computer's own
        try:
            result = build_pack(kit_file.kit, structure, out, venues=kit_file.venues,
                                facilitators=kit_file.facilitators, documents=documents,
                                progress=progress)
        except NotARegularFile as exc:
            return _err(f"« {Path(exc.filename).name} » n'est pas un fichier dans {out} (un dossier ou un lien porte "
                        "ce nom) : renommez-le ou choisissez un autre dossier. Aucun document n'a été modifié.")
        except PackFileBusy as exc:
            return _err(f"« {Path(exc.filename).name} » n'a pas pu être remplacé (il est peut-être ouvert dans un "
                        "lecteur PDF) : fermez-le, puis relancez. Aucun document n'a été modifié.")
        except OSError as exc:
            return _err(f"impossible d'écrire dans {out} : {exc.strerror or exc}")
    for message in ([unread] if unread else []) + [french(m) for m in (*kit_file.warnings, *result.warnings)]:
        sys.stderr.write(f"  • {_safe(message)}\n")
    print(f"{len(result.files)} documents de « {_safe(kit_file.kit.name)} » écrits dans {out} :")
    for f in result.files:
        print(f"  {f.name}")
    return 0
