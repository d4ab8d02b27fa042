"""Words for the typed errors of the core, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.storage.errors import DatabaseTooNewError, KnownError



def describe(error: Exception) -> str:
    """A sentence the user can act on."""
    if isinstance(error, DatabaseTooNewError):
        return QCoreApplication.translate("Errors", "Ces données ont été enregistrées par une version plus récente de Tresse. Installez cette version "
                   "pour les ouvrir ; le fichier n'a pas été modifié.\n\n%1").replace("%1", str(error.path))
    if isinstance(error, KnownError):
        text = {
            "locked": QCoreApplication.translate("Errors", "Les données de Tresse sont utilisées par un autre programme. Fermez-le, puis réessayez."),
            "full": QCoreApplication.translate("Errors", "Le disque est plein : libérez de la place, puis réessayez. Rien n'a été perdu."),
            "not_a_database": QCoreApplication.translate("Errors", "Ce fichier n'est pas une base de données Tresse, ou il est endommagé. "
                                  "Les sauvegardes de Tresse se restaurent par Fichier → Restaurer depuis…"),
            "damaged": QCoreApplication.translate("Errors", "Les données de Tresse sont endommagées. Fermez Tresse puis "
                                                            "rouvrez-le : il proposera de restaurer la dernière "
                                                            "sauvegarde, sans rien effacer."),
            "read_only": QCoreApplication.translate("Errors", "Les données de Tresse sont en lecture seule : vérifiez les droits du dossier "
                             "ou retirez la protection en écriture de la clé USB."),
            "cannot_open": QCoreApplication.translate("Errors", "Impossible d'ouvrir les données de Tresse. Vérifiez que le dossier existe "
                               "et qu'il est accessible."),
        }.get(error.reason, QCoreApplication.translate("Errors", "Erreur d'accès aux données de Tresse."))
        return f"{text}\n\n{error.path}" if error.path else text
    from desktop import paths

    return QCoreApplication.translate("Errors", "Une erreur inattendue s'est produite. Elle a été enregistrée dans le "
                                                "journal :\n%1").replace("%1", str(paths.user_data_dir() / "tresse.log"))
