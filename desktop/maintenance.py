"""The data-safety sub-commands (``tresse check``, ``tresse backup``, ``tresse restore``) and the guarded opening
of the store that every sub-command touching the database goes through: the instance lock, then the start-up
check, then the store. Messages are French sentences; the core returns facts.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from datetime import datetime
from typing import TextIO

from desktop import paths
from desktop.domain.dates import MONTHS, NBSP
from desktop.domain.wording import french_count
from desktop.instance_lock import InstanceLock, LockHeldError
from desktop.storage.backups import (
    BackupError, BackupInfo, backups_dir, describe_file, find_backup, inspect_database, list_backups, make_backup,
    restore,
)
from desktop.storage.db import Database
from desktop.storage.errors import KnownError
from desktop.storage.health import ASIDE_MARK, REPLACED_MARK, Inspection, check_pages
from desktop.storage.migrations import schema_version

EXIT_DAMAGED = 1
EXIT_REFUSED = 2
EXIT_LOCKED = 3


class Refused(Exception):
    """A sub-command cannot go on; ``message`` is the French sentence, ``code`` the exit status."""

    def __init__(self, message: str, code: int = EXIT_REFUSED) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


def moment(when: datetime) -> str:
    """« 1er décembre 2026 à 21 h 02 »."""
    day = "1er" if when.day == 1 else str(when.day)
    return f"{day} {MONTHS[when.month - 1]} {when.year} à {when.hour}{NBSP}h{NBSP}{when.minute:02d}"


def lock_sentence(error: LockHeldError) -> str:
    owner = error.owner
    if owner is None or error.same_host:
        return "Tresse est déjà ouvert avec ces données sur cet ordinateur : fermez-le, puis relancez la commande."
    seen = datetime.fromtimestamp(datetime.now().timestamp() - owner.age_seconds)
    return (f"ces données sont utilisées par Tresse sur l'ordinateur « {owner.host} » (vu pour la dernière fois le "
            f"{moment(seen)}). Fermez Tresse là-bas ; s'il n'y est plus ouvert, ouvrez la fenêtre de Tresse ici : "
            "elle vous proposera de reprendre les données.")


#: Inspection status / damage reason → French sentence, with the way out.
_STATE = {
    "zero_length": "la base de données est vide (0 octet) alors que des sauvegardes existent",
    "header": "le début du fichier de la base de données est abîmé",
    "truncated": "le fichier de la base de données est tronqué (il manque sa fin)",
    "missing_tables": "il manque des tables dans la base de données",
    "malformed": "des pages de la base de données sont illisibles",
    "pages": "des pages de la base de données sont abîmées",
}


def inspection_sentence(found: Inspection) -> str:
    """One French sentence for a database that cannot be used, with what to do."""
    if found.status == "foreign":
        return (f"{found.path} n'est pas une base de données Tresse (un autre programme l'a créée) ; "
                "Tresse ne l'a pas modifiée. Choisissez un autre dossier de données avec --data-dir.")
    if found.status == "too_new":
        return (f"ces données viennent d'une version plus récente de Tresse (schéma {found.version}, cette version "
                f"connaît le {schema_version()}) ; le fichier n'a pas été modifié : {found.path}")
    what = _STATE.get(found.reason, "la base de données est endommagée")
    return (f"{what} ({found.path}). Restaurez la dernière sauvegarde avec « tresse restore --latest » : "
            "la base endommagée sera gardée à part, rien n'est effacé.")


def refusal(found: Inspection) -> Refused:
    """The refusal for a database that cannot be used: exit 1 when damaged, 2 when foreign or newer."""
    return Refused(inspection_sentence(found), EXIT_DAMAGED if found.status == "damaged" else EXIT_REFUSED)


@contextlib.contextmanager
def data_lock() -> Iterator[InstanceLock]:
    """Hold the data directory's instance lock for a sub-command; Refused when another Tresse has it."""
    lock = InstanceLock(paths.user_data_dir())
    try:
        lock.acquire()
    except LockHeldError as exc:
        raise Refused(lock_sentence(exc), EXIT_LOCKED) from exc
    except OSError as exc:
        raise Refused(f"impossible d'utiliser le dossier des données {paths.user_data_dir()} : "
                      f"{exc.strerror or exc}") from exc
    try:
        yield lock
    finally:
        lock.release()


def checked_store() -> Database:
    """The user's store after the start-up check: a damaged, foreign or newer file is never opened."""
    from desktop.storage.store import open_store

    found = inspect_database(paths.database_path(), backups_dir(paths.user_data_dir()))
    if not found.usable:
        raise refusal(found)
    try:
        return open_store()
    except KnownError as exc:
        raise Refused(known_sentence(exc)) from exc


def known_sentence(error: KnownError) -> str:
    reason = error.reason
    where = f" ({error.path})" if error.path else ""
    return {
        "full": f"le disque est plein{where} : libérez de la place, puis réessayez. Rien n'a été perdu.",
        "read_only": f"les données sont en lecture seule{where} : vérifiez les droits du dossier ou retirez la "
                     "protection en écriture de la clé USB.",
        "locked": "les données sont utilisées par un autre programme : fermez-le, puis réessayez.",
        "damaged": f"le fichier est endommagé{where}.",
        "not_a_database": f"ce fichier n'est pas une base de données Tresse{where}.",
        "not_ours": f"ce fichier n'est pas une base de données Tresse{where} ; il n'a pas été modifié.",
        "too_new": f"ce fichier vient d'une version plus récente de Tresse{where} ; il n'a pas été modifié.",
        "unknown_backup": f"sauvegarde inconnue{where}.",
    }.get(reason, f"impossible d'ouvrir les données{where} : {error.detail}")


def _contents(held) -> str:
    """« 2 kits, 1 participant »."""
    kits = french_count(held.kits, "%Ln kit", "%Ln kits")
    return f"{kits}, {french_count(held.participants, '%Ln participant', '%Ln participants')}"


def _backup_line(b: BackupInfo) -> str:
    held = describe_file(b.path)
    what = _contents(held) if held else "illisible"
    return f"  {b.name.removesuffix('.sqlite3')}  {moment(b.taken)}  {what}  {max(1, b.size // 1024)} Ko"


def check(out: TextIO | None = None) -> int:
    """``tresse check``: the start-up check, the full integrity check, the schema version and the backups."""
    out = out or sys.stdout
    database, folder = paths.database_path(), backups_dir(paths.user_data_dir())
    with data_lock():
        found = inspect_database(database, folder)
        if found.status == "ok":
            pages = check_pages(database, full=True)
            if not pages.ok:
                found = Inspection(database, "damaged", "pages", found.version, found.application_id)
        backups = list_backups(folder)
        if found.status == "absent":
            out.write(f"Aucune base de données dans {database.parent} : Tresse en créera une à la prochaine "
                      "ouverture.\n")
        elif found.usable:
            held = describe_file(database)
            detail = f", {_contents(held)}" if held else ""
            out.write(f"Base de données {database} : intègre (schéma {found.version}{detail}).\n")
        out.write(f"Sauvegardes ({len(backups)}) dans {folder} :\n" if backups else
                  f"Aucune sauvegarde dans {folder}.\n")
        for b in backups:
            out.write(_backup_line(b) + "\n")
    if not found.usable:
        raise refusal(found)
    return 0


def backup(out: TextIO | None = None) -> int:
    """``tresse backup``: a verified backup now; prints its name."""
    out = out or sys.stdout
    database, folder = paths.database_path(), backups_dir(paths.user_data_dir())
    with data_lock():
        found = inspect_database(database, folder)
        if found.status in ("absent", "new"):
            raise Refused(f"aucune donnée à sauvegarder dans {database.parent}.")
        if not found.usable:
            raise refusal(found)
        try:
            made = make_backup(database, folder)
        except BackupError as exc:
            if exc.reason == "damaged":  # the copy failed its check: the pages of the database itself are bad
                raise refusal(Inspection(database, "damaged", "pages")) from exc
            raise Refused("sauvegarde impossible : " + known_sentence(exc)) from exc
    out.write(f"{made.name.removesuffix('.sqlite3')}\n")
    return 0


def restore_backup(name: str | None, out: TextIO | None = None) -> int:
    """``tresse restore --latest`` (*name* None) or ``tresse restore NAME``; the current file is kept aside."""
    out = out or sys.stdout
    database, folder = paths.database_path(), backups_dir(paths.user_data_dir())
    with data_lock():
        backups = list_backups(folder)
        chosen = find_backup(folder, name) if name else next(iter(backups), None)
        if chosen is None:
            names = ", ".join(b.name.removesuffix(".sqlite3") for b in backups[:5]) or "aucune"
            raise Refused(f"sauvegarde « {name} » introuvable. Sauvegardes : {names} (voir « tresse check »)."
                          if name else f"aucune sauvegarde dans {folder}.")
        found = inspect_database(database, folder)
        damaged = found.status != "absent" and (not found.usable or not check_pages(database).ok)
        try:
            aside = restore(chosen.path, database, mark=ASIDE_MARK if damaged else REPLACED_MARK)
        except BackupError as exc:
            raise Refused(f"la sauvegarde {chosen.name} ne peut pas être restaurée : " + known_sentence(exc)) from exc
    out.write(f"Sauvegarde du {moment(chosen.taken)} restaurée dans {database}.\n")
    if aside is not None:
        out.write(f"L'ancienne base est gardée sous {aside.name}.\n")
    return 0


EXIT_BUG = 70
LOG_NAME = "tresse.log"


def log_bug() -> str:
    """Append the current exception's traceback to the data folder's log (owner-only); return the log's path.

    The traceback holds code locations, paths and SQLite messages, not the user's data.
    """
    import os
    import traceback

    folder = paths.make_private_dir(paths.user_data_dir())
    log_file = folder / LOG_NAME
    try:
        fd = os.open(log_file, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as fh:
            fh.write(f"{datetime.now().isoformat(timespec='seconds')} ERROR command line:\n{traceback.format_exc()}")
    except OSError:
        traceback.print_exc()
    return str(log_file)


def run(command, *args) -> int:
    """Run a sub-command: a refusal becomes its sentence on stderr and its exit status; a bug is logged with its
    traceback, and the message says where the log is."""
    try:
        return command(*args)
    except Refused as exc:
        sys.stderr.write(f"tresse : {exc.message}\n")  # as every sub-command's messages
        return exc.code
    except Exception:
        where = log_bug()
        sys.stderr.write("tresse : une erreur inattendue s'est produite ; elle a été enregistrée dans le journal\u00a0: "
                         f"{where}\n")
        return EXIT_BUG
