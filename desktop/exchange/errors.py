"""Typed errors of the exchange layer (kit files, participant CSV files).

Each error carries a stable ``reason`` key (for the UI, the command line and the tests), the values its message
needs (``params``) and a ready French ``message`` written for facilitators, who are not technical: it says what is
wrong and, where possible, what to do. ``str(error)`` is that message. Texts given as values often come from the
refused file itself (a member name, a generator): they are made printable (:func:`terminal_safe`) and shortened
before they reach the message, so that no error can carry a control character to a window or a terminal.
"""

from __future__ import annotations

from typing import Any

from desktop.exchange.untrusted import terminal_safe

_MAX_VALUE = 200


def readable_size(size: int) -> str:
    """A size as the messages show it: « 20 Mo », « 512 octets »."""
    return f"{size // (1024 * 1024)} Mo" if size >= 1024 * 1024 else f"{size} octets"


def _printable(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    value = terminal_safe(value)
    return value if len(value) <= _MAX_VALUE else value[:_MAX_VALUE - 1] + "…"


class _Blank(dict):
    """Format values: a missing key prints as « ? » rather than failing."""

    def __missing__(self, key: str) -> str:
        return "?"


class ExchangeError(Exception):
    """A file given to Tresse, or to be written by it, cannot be used.

    Attributes:
        reason: a stable key (see the ``MESSAGES`` table of each subclass).
        params: the values the message uses (``where``, ``limit``, ``detail``…).
        message: the French sentence for the user.
    """

    MESSAGES: dict[str, str] = {}
    DEFAULT = "Le fichier n'a pas pu être utilisé."

    def __init__(self, reason: str, **params: Any) -> None:
        self.reason = reason
        self.params = {key: _printable(value) for key, value in params.items()}
        self.message = self.MESSAGES.get(reason, self.DEFAULT).format_map(_Blank(self.params))
        super().__init__(self.message)


class KitFileError(ExchangeError):
    """A kit file (``.tresse``) is refused: not a kit, damaged, too new, too big or inconsistent.

    Attributes:
        where: the place in ``kit.json`` concerned (``sessions[3].start``), or ``""``.

    Reasons: ``unreadable``, ``not_a_file``, ``too_big``, ``not_a_zip``, ``corrupt``, ``too_many_members``,
    ``directory_too_big``, ``inconsistent_archive``, ``unsafe_member``, ``unsupported_method``, ``no_kit_json``,
    ``bad_encoding``, ``bad_json``, ``too_deep``, ``not_a_kit``, ``too_new``, ``missing_field``, ``bad_type``,
    ``bad_value``, ``bad_uid``, ``duplicate``, ``unknown_reference``, ``out_of_range``, ``too_long``,
    ``too_many``.
    """

    DEFAULT = "Ce fichier n'a pas pu être ouvert comme un kit Tresse."
    MESSAGES = {
        "unreadable": "Impossible de lire ce fichier ({detail}). Vérifiez que la clé USB ou le dossier est "
                      "toujours accessible, puis réessayez.",
        "not_a_file": "« {path} » n'est pas un fichier ordinaire (c'est un dossier, un tube nommé ou un "
                      "périphérique) : choisissez le fichier « .tresse » lui-même.",
        "too_big": "Ce fichier est trop volumineux pour être un kit Tresse ({what} : plus de {limit}).",
        "not_a_zip": "Ce fichier n'est pas un kit Tresse : ce n'est pas une archive lisible ({detail}). "
                     "Un kit Tresse est un fichier qui se termine par « .tresse ».",
        "corrupt": "Ce kit est abîmé : il a sans doute été mal copié ou mal transmis. Demandez à la personne "
                   "qui vous l'a envoyé de vous le renvoyer.",
        "too_many_members": "Ce fichier contient trop d'éléments ({count}) pour être un kit Tresse.",
        "directory_too_big": "Ce fichier n'est pas un kit Tresse : le sommaire de l'archive est anormalement "
                             "grand ({size} octets, au plus {limit}).",
        "inconsistent_archive": "Ce fichier est refusé : le sommaire de l'archive ne correspond pas à son "
                                "contenu ({detail}). Il a été abîmé ou fabriqué pour tromper.",
        "unsafe_member": "Ce fichier est refusé : il contient un élément « {name} » qu'aucun kit ne contient "
                         "({detail}).",
        "unsupported_method": "Ce fichier est refusé : il est compressé avec une méthode que Tresse n'accepte pas "
                              "({method}). Un kit Tresse n'utilise que la compression ordinaire des fichiers "
                              "zip ; demandez à la personne qui vous l'a envoyé de l'exporter depuis Tresse.",
        "no_kit_json": "Cette archive n'est pas un kit Tresse : le fichier « kit.json » n'y est pas.",
        "bad_encoding": "Ce kit est illisible : son texte n'est pas enregistré en UTF-8.",
        "bad_json": "Ce kit est illisible : son contenu est mal formé ({detail}).",
        "too_deep": "Ce kit est refusé : sa structure est anormalement imbriquée.",
        "not_a_kit": "Ce fichier n'est pas un kit Tresse ({detail}).",
        "too_new": "Ce kit a été créé par une version plus récente de Tresse ({generator}, format {found}) ; "
                   "cette version-ci lit le format {supported}. Mettez Tresse à jour pour l'ouvrir.",
        "missing_field": "Ce kit est incomplet : l'information « {where} » manque.",
        "bad_type": "Ce kit est refusé : l'information « {where} » n'a pas la bonne forme ({expected} attendu).",
        "bad_value": "Ce kit est refusé : la valeur de « {where} » n'est pas valable ({detail}).",
        "bad_uid": "Ce kit est refusé : « {where} » n'est pas un identifiant valable.",
        "duplicate": "Ce kit est refusé : « {where} » apparaît deux fois ({detail}).",
        "unknown_reference": "Ce kit est refusé : « {where} » renvoie à un élément absent du fichier ({detail}).",
        "out_of_range": "Ce kit est refusé : la valeur de « {where} » est hors des limites ({detail}).",
        "too_long": "Ce kit est refusé : le texte de « {where} » est trop long (plus de {limit} caractères).",
        "too_many": "Ce kit est refusé : « {where} » contient trop d'éléments (plus de {limit}).",
    }

    @property
    def where(self) -> str:
        return str(self.params.get("where", ""))


class KitWriteError(ExchangeError):
    """A kit could not be exported; nothing was written.

    Attributes:
        cause: for ``invalid_kit``, the :class:`KitFileError` the kit would have raised on reading.

    Reasons: ``invalid_kit``, ``image_unreadable``, ``image_too_big``, ``image_format``, ``cannot_write``.
    """

    DEFAULT = "Le kit n'a pas pu être exporté."
    MESSAGES = {
        "invalid_kit": "Le kit n'a pas pu être exporté : une donnée n'est pas valable (« {where} »). "
                       "{detail}",
        "image_unreadable": "Le kit n'a pas pu être exporté : le logo « {path} » est introuvable ou illisible. "
                            "Choisissez un autre logo dans le profil de la structure, ou exportez sans elle.",
        "image_too_big": "Le kit n'a pas pu être exporté : le logo « {path} » est trop lourd (plus de {limit}). "
                         "Choisissez une image plus légère dans le profil de la structure.",
        "image_format": "Le kit n'a pas pu être exporté : le logo « {path} » n'est pas une image PNG ou JPEG.",
        "cannot_write": "Le kit n'a pas pu être enregistré dans « {path} » ({detail}). Vérifiez que la clé USB "
                        "ou le disque n'est pas plein ou protégé en écriture.",
    }

    def __init__(self, reason: str, cause: KitFileError | None = None, **params: Any) -> None:
        if cause is not None:
            params.setdefault("where", cause.where)
            params.setdefault("detail", cause.message)
        super().__init__(reason, **params)
        self.cause = cause


class CsvImportError(ExchangeError):
    """A participants CSV file is refused as a whole; nothing is imported.

    Reasons: ``unreadable``, ``not_a_file``, ``too_big``, ``spreadsheet``, ``not_text``, ``empty``,
    ``no_name_column``, ``too_many_rows``; ``not_csv`` is kept for callers, the parser no longer raises it (a
    record the CSV reader cannot read is a row error).
    """

    DEFAULT = "Ce fichier n'a pas pu être lu comme une liste de participants."
    MESSAGES = {
        "unreadable": "Impossible de lire ce fichier ({detail}). Vérifiez que la clé USB ou le dossier est "
                      "toujours accessible, puis réessayez.",
        "not_a_file": "« {path} » n'est pas un fichier ordinaire (c'est un dossier, un tube nommé ou un "
                      "périphérique) : choisissez le fichier CSV lui-même.",
        "too_big": "Ce fichier est trop volumineux pour une liste de participants (plus de {limit}).",
        "spreadsheet": "Ce fichier est un classeur (Excel ou LibreOffice), pas un fichier CSV. Ouvrez-le dans "
                       "votre tableur, choisissez « Enregistrer sous… » et le type « CSV », puis importez ce "
                       "nouveau fichier.",
        "not_text": "Ce fichier n'est pas un fichier texte CSV : il contient des données binaires.",
        "empty": "Ce fichier est vide : il n'y a aucun participant à importer.",
        "not_csv": "Ce fichier n'a pas pu être lu comme un tableau CSV ({detail}).",
        "no_name_column": "Aucune colonne « Nom » n'a été trouvée. Colonnes lues : {found}. La première ligne "
                          "du fichier doit donner le titre des colonnes, avec au moins « Nom » (ou « Nom de "
                          "famille »), et si possible « Prénom », « Courriel », « Téléphone »…",
        "too_many_rows": "Ce fichier contient plus de {limit} participants : rien n'a été importé. Un kit "
                         "accueille au plus {limit} participants ; vérifiez qu'il s'agit de la bonne liste ou "
                         "découpez-la.",
    }
