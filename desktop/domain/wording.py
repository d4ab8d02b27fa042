"""The French wording of every reason the core gives (:class:`~desktop.domain.reason.Reason`), in one place.

Each text is the French source of Qt Linguist, marked with the local no-op :func:`QT_TRANSLATE_NOOP` (pyside6-lupdate
reads the calls from this module, which imports no Qt; ``scripts/translations.py`` feeds it every core module that
marks texts). The command line and the printed documents word a reason with :func:`french`; the interface translates
the same source text with ``QCoreApplication.translate`` and formats the values its own way (``ui/wording.py``).

A text names its values between braces (``{session}``, ``{day}``): translations keep the same names. A counted text
is marked with a fourth argument (any number: lupdate then writes its plural forms); its count is the value ``n``,
written where the text says ``%n``, and its table entry is a pair (the French plural, which is the source text, and
the French singular, used for 0 and 1: ``scripts/translations.py`` writes both into ``tresse_fr.ts``).

The closed vocabularies (``domain/vocabulary.py``, the statuses of ``domain/kit.py``, the document titles of
``printing/pack.py``) mark their French words with the same :func:`QT_TRANSLATE_NOOP`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any, Callable, Protocol

from desktop.domain import dates
from desktop.domain.reason import Reason

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def QT_TRANSLATE_NOOP(context: str, text: str, disambiguation: str | None = None, n: int | None = None) -> str:  # noqa: N802
    """Mark *text* for lupdate in *context*; return it unchanged (a fourth argument marks a counted text)."""
    return text


@dataclass(frozen=True)
class Text:
    """The French wording of one reason key.

    Attributes:
        context: the Qt Linguist context (``Conflicts``, ``Planning``, ``KitFile``…).
        source: the French source text (the plural form of a counted text).
        one: the French singular of a counted text (``""``: not counted).
    """

    context: str
    source: str
    one: str = ""

    @property
    def counted(self) -> bool:
        return bool(self.one)


class Formats(Protocol):
    """How one language writes the values of a reason."""

    def date(self, day: date) -> str: ...

    def time(self, moment: time) -> str: ...

    def duration(self, length: timedelta) -> str: ...


class FrenchFormats:
    """« mardi 12 janvier 2027 », « 9 h 30 », « 1 h 30 » (``domain/dates.py``)."""

    def date(self, day: date) -> str:
        return dates.long_date(day)

    def time(self, moment: time) -> str:
        return dates.clock(moment)

    def duration(self, length: timedelta) -> str:
        return dates.duration(int(length.total_seconds() // 60))


#: translate(context, source, n) → the text in the language (n: the count of a counted text, else -1).
Translate = Callable[[str, str, int], str]


def text_of(key: str) -> Text:
    """The wording of *key* (``KeyError`` for a key no table holds: a bug, caught by the tests)."""
    return WORDS[key]


def word(reason: Reason, translate: Translate, formats: Formats) -> str:
    """*reason* as a sentence: its text translated by *translate*, its values written by *formats*."""
    text = text_of(reason.key)
    values = reason.named
    n = int(values.get("n", 0)) if text.counted else -1
    template = translate(text.context, text.source, n)
    if text.counted:
        template = template.replace("%n", str(n))

    def value(match: re.Match) -> str:
        name = match.group(1)
        return _value(values[name], translate, formats) if name in values else match.group(0)

    return _PLACEHOLDER.sub(value, template)


def _value(value: Any, translate: Translate, formats: Formats) -> str:
    if isinstance(value, Reason):
        return word(value, translate, formats)
    if isinstance(value, (tuple, list)):
        return ", ".join(_value(v, translate, formats) for v in value)
    if isinstance(value, date):
        return formats.date(value)
    if isinstance(value, time):
        return formats.time(value)
    if isinstance(value, timedelta):
        return formats.duration(value)
    return str(value)


def french_text(context: str, source: str, n: int) -> str:
    """The French form of a source text: itself, or for a counted text with 0 or 1, its singular."""
    if n in (0, 1):
        return SINGULARS.get((context, source), source)
    return source


def french_count(n: int, one: str, many: str) -> str:
    """A French count of the command line: *one* for 0 and 1, else *many*, ``%n`` written as *n*.

    ``french_count(1, "%n kit", "%n kits")`` → « 1 kit »; a whole phrase agrees the same way
    (« 1 ligne est invalide », « 2 lignes sont invalides »).
    """
    return (one if n in (0, 1) else many).replace("%n", str(n))


def french(reason: Reason) -> str:
    """*reason* in French, as the command line and the printed documents say it."""
    return word(reason, french_text, FrenchFormats())


# -- the texts -----------------------------------------------------------------------------------------------

_NB = "\u00a0"


def _table(context: str, entries: dict[str, str | tuple[str, str]]) -> dict[str, Text]:
    return {key: Text(context, *entry) if isinstance(entry, tuple) else Text(context, entry)
            for key, entry in entries.items()}


_LABELS = _table("Labels", {
    "label.session": QT_TRANSLATE_NOOP("Labels", "«\u00a0{title}\u00a0» ({kit})"),
    "label.session_no_kit": QT_TRANSLATE_NOOP("Labels", "«\u00a0{title}\u00a0»"),
    "label.no_workshop": QT_TRANSLATE_NOOP("Labels", "Séance sans atelier"),
    "label.venue": QT_TRANSLATE_NOOP("Labels", "«\u00a0{name}, {commune}\u00a0»"),
    "label.venue_no_commune": QT_TRANSLATE_NOOP("Labels", "«\u00a0{name}\u00a0»"),
    "label.venue_unknown": QT_TRANSLATE_NOOP("Labels", "un lieu inconnu"),
    "label.facilitator_unnamed": QT_TRANSLATE_NOOP("Labels", "Un membre de l'équipe d'animation"),
    "label.participant_unnamed": QT_TRANSLATE_NOOP("Labels", "Une personne inscrite"),
    "label.kit": QT_TRANSLATE_NOOP("Labels", "«\u00a0{name}\u00a0»"),
    "label.kit_unnamed": QT_TRANSLATE_NOOP("Labels", "sans nom"),
    "label.dated_session": QT_TRANSLATE_NOOP("Labels", "{date} «\u00a0{title}\u00a0»"),
    "label.person_sessions": QT_TRANSLATE_NOOP("Labels", "{name} ({sessions})"),
    "label.quoted": QT_TRANSLATE_NOOP("Labels", "«\u00a0{text}\u00a0»"),
    "label.others": (QT_TRANSLATE_NOOP("Labels", "%n autres", None, 2), "%n autre"),
    "label.megabytes": QT_TRANSLATE_NOOP("Labels", "{size}\u00a0Mo"),
    "label.bytes": (QT_TRANSLATE_NOOP("Labels", "%n\u00a0octets", None, 2), "%n\u00a0octet"),
})

_CONFLICTS = _table("Conflicts", {
    "conflict.public_holiday": QT_TRANSLATE_NOOP(
        "Conflicts", "La séance {session} tombe un jour férié, le {day} ({holiday})."),
    "conflict.weekend": QT_TRANSLATE_NOOP("Conflicts", "La séance {session} tombe un week-end, le {day}."),
    "conflict.school_holiday": QT_TRANSLATE_NOOP(
        "Conflicts", "La séance {session} tombe pendant les vacances scolaires de la zone {zone}, le {day} "
                     "({holiday})."),
    "conflict.venue_too_small": (QT_TRANSLATE_NOOP(
        "Conflicts", "Le lieu {venue} est trop petit pour la séance {session} du {day}\u00a0: %n participants "
                     "sont inscrits, pour une capacité de {capacity}.", None, 2),
        "Le lieu {venue} est trop petit pour la séance {session} du {day}\u00a0: %n participant est inscrit, "
        "pour une capacité de {capacity}."),
    "conflict.out_of_order": QT_TRANSLATE_NOOP(
        "Conflicts", "La séance {session} du {day} a lieu avant {other} du {other_day}, qui la précède dans le "
                     "déroulé du kit."),
    "conflict.school_dates_unknown": QT_TRANSLATE_NOOP("Conflicts", "Kit {kit}\u00a0: {note}"),
    "conflict.facilitator_two_places": QT_TRANSLATE_NOOP(
        "Conflicts", "{person} doit être à deux endroits à la fois le {day} de {start} à {end}\u00a0: {first} à "
                     "{first_venue} et {second} à {second_venue}."),
    "conflict.facilitator_double_booked": QT_TRANSLATE_NOOP(
        "Conflicts", "{person} doit animer deux séances en même temps le {day} de {start} à {end}\u00a0: {first} "
                     "et {second}."),
    "conflict.travel_time": QT_TRANSLATE_NOOP(
        "Conflicts", "{person} n'a que {gap} pour aller de {from_venue} à {to_venue} le {day}, entre {first} qui "
                     "finit à {end} et {second} qui commence à {start}\u00a0; il faut compter au moins {needed}."),
    "conflict.no_travel_time": QT_TRANSLATE_NOOP(
        "Conflicts", "{person} n'a pas de temps pour aller de {from_venue} à {to_venue} le {day}, entre {first} "
                     "qui finit à {end} et {second} qui commence à {start}\u00a0; il faut compter au moins "
                     "{needed}."),
    "conflict.venue_double_booked": QT_TRANSLATE_NOOP(
        "Conflicts", "Le lieu {venue} est réservé deux fois le {day} de {start} à {end}\u00a0: {first} et {second}."),
    "conflict.participant_double_booked": QT_TRANSLATE_NOOP(
        "Conflicts", "{person} doit être à deux séances à la fois le {day} de {start} à {end}\u00a0: {first} et "
                     "{second}."),
    "conflict.participants_double_booked": (QT_TRANSLATE_NOOP(
        "Conflicts", "%n participants ({names}) doivent être à deux séances à la fois le {day} de {start} à "
                     "{end}\u00a0: {first} et {second}.", None, 2),
        "%n participant ({names}) doit être à deux séances à la fois le {day} de {start} à {end}\u00a0: {first} "
        "et {second}."),
    "conflict.many_participants_double_booked": (QT_TRANSLATE_NOOP(
        "Conflicts", "%n participants, dont {names}, doivent être à deux séances à la fois le {day} de {start} à "
                     "{end}\u00a0: {first} et {second}.", None, 2),
        "%n participant, dont {names}, doit être à deux séances à la fois le {day} de {start} à {end}\u00a0: "
        "{first} et {second}."),
})

_PLANNING = _table("Planning", {
    "plan.pushed": QT_TRANSLATE_NOOP(
        "Planning", "«\u00a0{title}\u00a0» placé le {day} et non le {wanted}\u00a0: {reasons}."),
    "plan.public_holiday": QT_TRANSLATE_NOOP("Planning", "{holiday} (jour férié)"),
    "plan.blackout": QT_TRANSLATE_NOOP("Planning", "date indisponible"),
    "plan.school_holiday": QT_TRANSLATE_NOOP("Planning", "{holiday} (zone {zone})"),
    "plan.full_day_morning": QT_TRANSLATE_NOOP(
        "Planning", "Les ateliers d'une journée commencent le matin, à {start}."),
    "plan.zone_mismatch": QT_TRANSLATE_NOOP(
        "Planning", "La zone {zone} choisie n'est pas celle de {departement}, en zone {its_zone}."),
    "plan.departement_unknown": QT_TRANSLATE_NOOP(
        "Planning", "Département «\u00a0{departement}\u00a0» non reconnu\u00a0: seuls les jours fériés nationaux "
                    "sont pris en compte (pas ceux d'Alsace-Moselle ni d'outre-mer)."),
    "plan.departement_unknown_no_school": QT_TRANSLATE_NOOP(
        "Planning", "Département «\u00a0{departement}\u00a0» non reconnu\u00a0: seuls les jours fériés nationaux "
                    "sont pris en compte (pas ceux d'Alsace-Moselle ni d'outre-mer), ni les vacances scolaires."),
    "plan.no_school_zone": QT_TRANSLATE_NOOP(
        "Planning", "{departement} n'appartient à aucune des zones scolaires A, B ou C\u00a0: son calendrier "
                    "scolaire lui est propre et Tresse ne le connaît pas, les vacances scolaires ne sont donc pas "
                    "prises en compte."),
    "plan.school_dates_unknown": (QT_TRANSLATE_NOOP(
        "Planning", "Les vacances scolaires de la zone {zone} ne sont pas encore publiées pour les années "
                    "scolaires {years} dans les données de Tresse (dates à partir du {day})\u00a0: elles n'ont pas "
                    "pu être prises en compte\u00a0; vérifiez ces dates sur le calendrier scolaire officiel.", None, 2),
        "Les vacances scolaires de la zone {zone} ne sont pas encore publiées pour l'année scolaire {years} dans "
        "les données de Tresse (dates à partir du {day})\u00a0: elles n'ont pas pu être prises en compte\u00a0; "
        "vérifiez ces dates sur le calendrier scolaire officiel."),
})

_KITFILE = _table("KitFile", {
    "kitfile.unreadable": QT_TRANSLATE_NOOP(
        "KitFile", "Impossible de lire ce fichier ({detail}). Vérifiez que la clé USB ou le dossier est "
                   "toujours accessible, puis réessayez."),
    "kitfile.not_a_file": QT_TRANSLATE_NOOP(
        "KitFile", "«\u00a0{path}\u00a0» n'est pas un fichier ordinaire (c'est un dossier, un tube nommé ou un "
                   "périphérique)\u00a0: choisissez le fichier «\u00a0.tresse\u00a0» lui-même."),
    "kitfile.too_big": QT_TRANSLATE_NOOP(
        "KitFile", "Ce fichier est trop volumineux pour être un kit Tresse ({what}\u00a0: plus de {limit})."),
    "kitfile.the_file": QT_TRANSLATE_NOOP("KitFile", "le fichier"),
    "kitfile.expected_text": QT_TRANSLATE_NOOP("KitFile", "du texte"),
    "kitfile.expected_object": QT_TRANSLATE_NOOP("KitFile", "un objet"),
    "kitfile.expected_integer": QT_TRANSLATE_NOOP("KitFile", "un nombre entier"),
    "kitfile.expected_boolean": QT_TRANSLATE_NOOP("KitFile", "vrai ou faux"),
    "kitfile.expected_list": QT_TRANSLATE_NOOP("KitFile", "une liste"),
    "kitfile.not_a_zip": QT_TRANSLATE_NOOP(
        "KitFile", "Ce fichier n'est pas un kit Tresse\u00a0: ce n'est pas une archive lisible ({detail}). Un "
                   "kit Tresse est un fichier qui se termine par «\u00a0.tresse\u00a0»."),
    "kitfile.corrupt": QT_TRANSLATE_NOOP(
        "KitFile", "Ce kit est abîmé\u00a0: il a sans doute été mal copié ou mal transmis. Demandez à la "
                   "personne qui vous l'a envoyé de vous le renvoyer."),
    "kitfile.too_many_members": QT_TRANSLATE_NOOP(
        "KitFile", "Ce fichier contient trop d'éléments ({count}) pour être un kit Tresse."),
    "kitfile.directory_too_big": QT_TRANSLATE_NOOP(
        "KitFile", "Ce fichier n'est pas un kit Tresse\u00a0: le sommaire de l'archive est anormalement grand "
                   "({size}, au plus {limit})."),
    "kitfile.inconsistent_archive": QT_TRANSLATE_NOOP(
        "KitFile", "Ce fichier est refusé\u00a0: le sommaire de l'archive ne correspond pas à son contenu "
                   "({detail}). Il a été abîmé ou fabriqué pour tromper."),
    "kitfile.unsafe_member": QT_TRANSLATE_NOOP(
        "KitFile", "Ce fichier est refusé\u00a0: il contient un élément «\u00a0{name}\u00a0» qu'aucun kit ne contient "
                   "({detail})."),
    "kitfile.unsupported_method": QT_TRANSLATE_NOOP(
        "KitFile", "Ce fichier est refusé\u00a0: il est compressé avec une méthode que Tresse n'accepte pas "
                   "({method}). Un kit Tresse n'utilise que la compression ordinaire des fichiers zip\u00a0; "
                   "demandez à la personne qui vous l'a envoyé de l'exporter depuis Tresse."),
    "kitfile.no_kit_json": QT_TRANSLATE_NOOP(
        "KitFile", "Cette archive n'est pas un kit Tresse\u00a0: le fichier «\u00a0kit.json\u00a0» n'y est pas."),
    "kitfile.bad_encoding": QT_TRANSLATE_NOOP(
        "KitFile", "Ce kit est illisible\u00a0: son texte n'est pas enregistré en UTF-8."),
    "kitfile.bad_json": QT_TRANSLATE_NOOP(
        "KitFile", "Ce kit est illisible\u00a0: son contenu est mal formé ({detail})."),
    "kitfile.too_deep": QT_TRANSLATE_NOOP(
        "KitFile", "Ce kit est refusé\u00a0: sa structure est anormalement imbriquée."),
    "kitfile.not_a_kit": QT_TRANSLATE_NOOP("KitFile", "Ce fichier n'est pas un kit Tresse ({detail})."),
    "kitfile.too_new": QT_TRANSLATE_NOOP(
        "KitFile", "Ce kit a été créé par une version plus récente de Tresse ({generator}, format "
                   "{found})\u00a0; cette version-ci lit le format {supported}. Mettez Tresse à jour pour "
                   "l'ouvrir."),
    "kitfile.missing_field": QT_TRANSLATE_NOOP(
        "KitFile", "Ce kit est incomplet\u00a0: l'information «\u00a0{where}\u00a0» manque."),
    "kitfile.bad_type": QT_TRANSLATE_NOOP(
        "KitFile", "Ce kit est refusé\u00a0: l'information «\u00a0{where}\u00a0» n'a pas la bonne forme ({expected} "
                   "attendu)."),
    "kitfile.bad_value": QT_TRANSLATE_NOOP(
        "KitFile", "Ce kit est refusé\u00a0: la valeur de «\u00a0{where}\u00a0» n'est pas valable ({detail})."),
    "kitfile.bad_uid": QT_TRANSLATE_NOOP(
        "KitFile", "Ce kit est refusé\u00a0: «\u00a0{where}\u00a0» n'est pas un identifiant valable."),
    "kitfile.duplicate": QT_TRANSLATE_NOOP(
        "KitFile", "Ce kit est refusé\u00a0: «\u00a0{where}\u00a0» apparaît deux fois ({detail})."),
    "kitfile.unknown_reference": QT_TRANSLATE_NOOP(
        "KitFile", "Ce kit est refusé\u00a0: «\u00a0{where}\u00a0» renvoie à un élément absent du fichier ({detail})."),
    "kitfile.out_of_range": QT_TRANSLATE_NOOP(
        "KitFile", "Ce kit est refusé\u00a0: la valeur de «\u00a0{where}\u00a0» est hors des limites ({detail})."),
    "kitfile.too_long": QT_TRANSLATE_NOOP(
        "KitFile", "Ce kit est refusé\u00a0: le texte de «\u00a0{where}\u00a0» est trop long (plus de {limit} "
                   "caractères)."),
    "kitfile.too_many": QT_TRANSLATE_NOOP(
        "KitFile", "Ce kit est refusé\u00a0: «\u00a0{where}\u00a0» contient trop d'éléments (plus de {limit})."),
    "kitfile.default": QT_TRANSLATE_NOOP("KitFile", "Ce fichier n'a pas pu être ouvert comme un kit Tresse."),
})

_KITWRITE = _table("KitExport", {
    "kitwrite.invalid_kit": QT_TRANSLATE_NOOP(
        "KitExport", "Le kit n'a pas pu être exporté\u00a0: une donnée n'est pas valable («\u00a0{where}\u00a0»). {detail}"),
    "kitwrite.image_unreadable": QT_TRANSLATE_NOOP(
        "KitExport", "Le kit n'a pas pu être exporté\u00a0: le logo «\u00a0{path}\u00a0» est introuvable ou illisible. "
                     "Choisissez un autre logo dans le profil de la structure, ou exportez sans elle."),
    "kitwrite.image_too_big": QT_TRANSLATE_NOOP(
        "KitExport", "Le kit n'a pas pu être exporté\u00a0: le logo «\u00a0{path}\u00a0» est trop lourd (plus de {limit})."
                     " Choisissez une image plus légère dans le profil de la structure."),
    "kitwrite.image_format": QT_TRANSLATE_NOOP(
        "KitExport", "Le kit n'a pas pu être exporté\u00a0: le logo «\u00a0{path}\u00a0» n'est pas une image PNG ou JPEG."),
    "kitwrite.cannot_write": QT_TRANSLATE_NOOP(
        "KitExport", "Le kit n'a pas pu être enregistré dans «\u00a0{path}\u00a0» ({detail}). Vérifiez que la clé USB"
                     " ou le disque n'est pas plein ou protégé en écriture."),
    "kitwrite.default": QT_TRANSLATE_NOOP("KitExport", "Le kit n'a pas pu être exporté."),
})

_CSV = _table("CsvFile", {
    "csv.unreadable": QT_TRANSLATE_NOOP(
        "CsvFile", "Impossible de lire ce fichier ({detail}). Vérifiez que la clé USB ou le dossier est "
                   "toujours accessible, puis réessayez."),
    "csv.not_a_file": QT_TRANSLATE_NOOP(
        "CsvFile", "«\u00a0{path}\u00a0» n'est pas un fichier ordinaire (c'est un dossier, un tube nommé ou un "
                   "périphérique)\u00a0: choisissez le fichier CSV lui-même."),
    "csv.too_big": QT_TRANSLATE_NOOP(
        "CsvFile", "Ce fichier est trop volumineux pour une liste de participants (plus de {limit})."),
    "csv.spreadsheet": QT_TRANSLATE_NOOP(
        "CsvFile", "Ce fichier est un classeur (Excel ou LibreOffice), pas un fichier CSV. Ouvrez-le dans"
                   " votre tableur, choisissez «\u00a0Enregistrer sous…\u00a0» et le type «\u00a0CSV\u00a0», puis importez ce"
                   " nouveau fichier."),
    "csv.not_text": QT_TRANSLATE_NOOP(
        "CsvFile", "Ce fichier n'est pas un fichier texte CSV\u00a0: il contient des données binaires."),
    "csv.empty": QT_TRANSLATE_NOOP("CsvFile", "Ce fichier est vide\u00a0: il n'y a aucun participant à importer."),
    "csv.not_csv": QT_TRANSLATE_NOOP("CsvFile", "Ce fichier n'a pas pu être lu comme un tableau CSV ({detail})."),
    "csv.no_name_column": QT_TRANSLATE_NOOP(
        "CsvFile", "Aucune colonne «\u00a0Nom\u00a0» n'a été trouvée. Colonnes lues\u00a0: {found}. La première ligne du"
                   " fichier doit donner le titre des colonnes, avec au moins «\u00a0Nom\u00a0» (ou «\u00a0Nom de "
                   "famille\u00a0»), et si possible «\u00a0Prénom\u00a0», «\u00a0Courriel\u00a0», «\u00a0Téléphone\u00a0»…"),
    "csv.too_many_rows": QT_TRANSLATE_NOOP(
        "CsvFile", "Ce fichier contient plus de {limit} participants\u00a0: rien n'a été importé. Un kit "
                   "accueille au plus {limit} participants\u00a0; vérifiez qu'il s'agit de la bonne liste ou "
                   "découpez-la."),
    "csv.default": QT_TRANSLATE_NOOP("CsvFile", "Ce fichier n'a pas pu être lu comme une liste de participants."),
})
_CSV_ROWS = _table("CsvRows", {
    "csvrow.stray_quote": QT_TRANSLATE_NOOP(
        "CsvRows", "Un guillemet (\") ouvert sur cette ligne n'est pas refermé\u00a0: elle n'a pas été lue, pour ne pas "
                   "la mélanger aux suivantes. Corrigez-la dans le tableur."),
    "csvrow.quote_splits": (QT_TRANSLATE_NOOP(
        "CsvRows", "Un guillemet (\") mal placé sur cette ligne la découpe en %n cases au lieu de {expected}\u00a0: "
                   "elle n'a pas été lue. Corrigez-la dans le tableur.", None, 2),
        "Un guillemet (\") mal placé sur cette ligne la découpe en %n case au lieu de {expected}\u00a0: elle n'a pas "
        "été lue. Corrigez-la dans le tableur."),
    "csvrow.field_count": (QT_TRANSLATE_NOOP(
        "CsvRows", "Cette ligne a %n cases au lieu de {expected} (un séparateur {separator} en trop ou en moins\u00a0?)"
                   "\u00a0: elle n'a pas été lue.", None, 2),
        "Cette ligne a %n case au lieu de {expected} (un séparateur {separator} en trop ou en moins\u00a0?)\u00a0: "
        "elle n'a pas été lue."),
    "csvrow.tab": QT_TRANSLATE_NOOP("CsvRows", "tabulation"),
    "csvrow.separator": QT_TRANSLATE_NOOP("CsvRows", "«\u00a0{separator}\u00a0»"),
    "csvrow.empty_name": QT_TRANSLATE_NOOP("CsvRows", "Le nom est vide."),
    "csvrow.too_long": QT_TRANSLATE_NOOP("CsvRows", "«\u00a0{column}\u00a0» dépasse {limit}\u00a0caractères."),
    "csvrow.invalid_email": QT_TRANSLATE_NOOP(
        "CsvRows", "«\u00a0{email}\u00a0» n'est pas une adresse électronique valable."),
})
_KIT_READ = _table("KitFile", {
    "kitread.newer_minor": QT_TRANSLATE_NOOP(
        "KitFile", "Ce kit vient d'une version plus récente de Tresse ({generator})\u00a0: des informations ajoutées "
                   "depuis ont pu être ignorées."),
    "kitread.unknown_version": QT_TRANSLATE_NOOP("KitFile", "version inconnue"),
    "kitread.unknown_status": (QT_TRANSLATE_NOOP(
        "KitFile", "%n séances avaient un statut inconnu\u00a0: elles sont marquées «\u00a0pressentie\u00a0».",
        None, 2),
        "%n séance avait un statut inconnu\u00a0: elle est marquée «\u00a0pressentie\u00a0»."),
    "kitread.unknown_presence": (QT_TRANSLATE_NOOP(
        "KitFile", "%n présences avaient une valeur inconnue\u00a0: elles sont ignorées.", None, 2),
        "%n présence avait une valeur inconnue\u00a0: elle est ignorée."),
    "kitread.controls_removed": QT_TRANSLATE_NOOP(
        "KitFile", "Des caractères de contrôle invisibles ont été retirés de {places}\u00a0: ils n'ont pas leur place "
                   "dans un texte."),
    "kitread.logo_missing": QT_TRANSLATE_NOOP(
        "KitFile", "Le logo «\u00a0{path}\u00a0» manque dans le fichier ou n'est pas une image utilisable\u00a0: il "
                   "est ignoré."),
})

_DETAILS = _table("KitFile", {
    "kitdetail.invalid_text_character": QT_TRANSLATE_NOOP("KitFile", "un texte contient un caractère invalide"),
    "kitdetail.duplicate_question": QT_TRANSLATE_NOOP("KitFile", "question en double"),
    "kitdetail.kit_json_twice": QT_TRANSLATE_NOOP("KitFile", "kit.json en double"),
    "kitdetail.bad_image_name": QT_TRANSLATE_NOOP("KitFile", "nom d'image non valable"),
    "kitdetail.nul_character": QT_TRANSLATE_NOOP("KitFile", "caractère nul"),
    "kitdetail.invalid_character": QT_TRANSLATE_NOOP("KitFile", "caractère invalide"),
    "kitdetail.empty_text": QT_TRANSLATE_NOOP("KitFile", "texte vide"),
    "kitdetail.repeated_uid": QT_TRANSLATE_NOOP("KitFile", "identifiant répété"),
    "kitdetail.date_expected": QT_TRANSLATE_NOOP("KitFile", "date AAAA-MM-JJ attendue"),
    "kitdetail.time_expected": QT_TRANSLATE_NOOP("KitFile", "heure HH:MM attendue"),
    "kitdetail.stamp_expected": QT_TRANSLATE_NOOP("KitFile", "date et heure ISO 8601 attendues"),
    "kitdetail.yes_no_unknown": QT_TRANSLATE_NOOP("KitFile", "yes, no ou unknown"),
    "kitdetail.call_kind": QT_TRANSLATE_NOOP("KitFile", "projets ou candidatures"),
    "kitdetail.end_before_start": QT_TRANSLATE_NOOP("KitFile", "la fin doit suivre le début"),
    "kitdetail.lunch_outside": QT_TRANSLATE_NOOP("KitFile", "la pause doit tenir dans la séance"),
    "kitdetail.same_presence_twice": QT_TRANSLATE_NOOP("KitFile", "même séance, même personne, même demi-journée"),
    "kitdetail.same_answer_twice": QT_TRANSLATE_NOOP("KitFile", "même séance, même personne"),
    "kitdetail.person_in_two_groups": QT_TRANSLATE_NOOP("KitFile", "personne dans deux groupes"),
    "kitdetail.unexpected_content": QT_TRANSLATE_NOOP("KitFile", "contenu inattendu"),
    "kitdetail.unreadable_value": QT_TRANSLATE_NOOP("KitFile", "valeur illisible"),
    "kitdetail.file_too_short": QT_TRANSLATE_NOOP("KitFile", "fichier trop court"),
    "kitdetail.no_archive_end": QT_TRANSLATE_NOOP("KitFile", "fin d'archive introuvable"),
    "kitdetail.multi_part": QT_TRANSLATE_NOOP("KitFile", "archive en plusieurs morceaux"),
    "kitdetail.password": QT_TRANSLATE_NOOP("KitFile", "archive protégée par un mot de passe"),
    "kitdetail.unreadable_zip": QT_TRANSLATE_NOOP("KitFile", "archive zip illisible"),
    "kitdetail.data_after_end": QT_TRANSLATE_NOOP("KitFile", "des données suivent la fin de l'archive"),
    "kitdetail.contradictory_counts": QT_TRANSLATE_NOOP("KitFile", "nombres d'éléments contradictoires"),
    "kitdetail.misplaced_directory": QT_TRANSLATE_NOOP("KitFile", "sommaire mal placé"),
    "kitdetail.unreadable_directory": QT_TRANSLATE_NOOP("KitFile", "sommaire illisible"),
    "kitdetail.unreadable_member_name": QT_TRANSLATE_NOOP("KitFile", "nom d'élément illisible"),
    "kitdetail.empty_name": QT_TRANSLATE_NOOP("KitFile", "nom vide"),
    "kitdetail.control_in_name": QT_TRANSLATE_NOOP("KitFile", "caractère de contrôle dans le nom"),
    "kitdetail.absolute_path": QT_TRANSLATE_NOOP("KitFile", "chemin absolu"),
    "kitdetail.backslash": QT_TRANSLATE_NOOP("KitFile", "barre oblique inverse"),
    "kitdetail.drive_letter": QT_TRANSLATE_NOOP("KitFile", "lettre de lecteur"),
    "kitdetail.colon": QT_TRANSLATE_NOOP("KitFile", "deux-points"),
    "kitdetail.parent_folder": QT_TRANSLATE_NOOP("KitFile", "il remonte dans les dossiers avec «\u00a0..\u00a0»"),
    "kitdetail.symlink": QT_TRANSLATE_NOOP("KitFile", "lien symbolique"),
    "kitdetail.special_file": QT_TRANSLATE_NOOP("KitFile", "fichier spécial"),
    "kitdetail.windows_link": QT_TRANSLATE_NOOP("KitFile", "lien Windows"),
    "kitdetail.lone_surrogate": QT_TRANSLATE_NOOP("KitFile", "caractère impossible, une moitié de paire UTF-16 isolée"),
    "kitdetail.workshop": QT_TRANSLATE_NOOP("KitFile", "atelier"),
    "kitdetail.venue": QT_TRANSLATE_NOOP("KitFile", "lieu"),
    "kitdetail.session": QT_TRANSLATE_NOOP("KitFile", "séance"),
    "kitdetail.participant": QT_TRANSLATE_NOOP("KitFile", "participant"),
    "kitdetail.facilitator": QT_TRANSLATE_NOOP("KitFile", "intervenant"),
    "kitdetail.ambiguous_directory": QT_TRANSLATE_NOOP("KitFile", "le sommaire ne se lit pas de façon unique"),
    "kitdetail.contradictory_header": QT_TRANSLATE_NOOP("KitFile", "en-tête d'élément contradictoire"),
    "kitdetail.entries_count": QT_TRANSLATE_NOOP("KitFile", "éléments annoncés\u00a0: {announced}, trouvés\u00a0: {found}"),
    "kitdetail.method": QT_TRANSLATE_NOOP("KitFile", "méthode {number}"),
    "kitdetail.field_name": QT_TRANSLATE_NOOP("KitFile", "nom de champ\u00a0: {problem}"),
    "kitdetail.line_column": QT_TRANSLATE_NOOP("KitFile", "ligne {line}, colonne {column}"),
    "kitdetail.not_an_object": QT_TRANSLATE_NOOP("KitFile", "le contenu est {found}, pas un objet"),
    "kitdetail.found_null": QT_TRANSLATE_NOOP("KitFile", "null"),
    "kitdetail.found_boolean": QT_TRANSLATE_NOOP("KitFile", "vrai ou faux"),
    "kitdetail.found_number": QT_TRANSLATE_NOOP("KitFile", "un nombre"),
    "kitdetail.found_text": QT_TRANSLATE_NOOP("KitFile", "un texte"),
    "kitdetail.found_list": QT_TRANSLATE_NOOP("KitFile", "une liste"),
    "kitdetail.found_value": QT_TRANSLATE_NOOP("KitFile", "une valeur"),
    "kitdetail.years": QT_TRANSLATE_NOOP("KitFile", "années {low} à {high}"),
    "kitdetail.range": QT_TRANSLATE_NOOP("KitFile", "de {low} à {high}"),
    "kitdetail.reference": QT_TRANSLATE_NOOP("KitFile", "{what} {uid}"),
    "kitdetail.format": QT_TRANSLATE_NOOP("KitFile", "format «\u00a0{format}\u00a0»"),
    "kitdetail.no_format": QT_TRANSLATE_NOOP("KitFile", "format non indiqué"),
    "kitdetail.at_most_logos": QT_TRANSLATE_NOOP("KitFile", "au plus {limit}\u00a0logos"),
})

_PRINT = _table("PrintWarnings", {
    "print.glyphs": QT_TRANSLATE_NOOP(
        "PrintWarnings", "{what} «\u00a0{text}\u00a0» contient des caractères que la police ne peut pas imprimer\u00a0: "
                         "ils sont remplacés par «\u00a0?\u00a0»."),
    "print.logo_unreadable": QT_TRANSLATE_NOOP(
        "PrintWarnings", "Le logo «\u00a0{path}\u00a0» est introuvable ou illisible\u00a0: il n'est pas imprimé."),
    "print.realisation_not_training": QT_TRANSLATE_NOOP(
        "PrintWarnings", "Le certificat de réalisation s'adresse aux actions de formation\u00a0: l'option «\u00a0action "
                         "de formation\u00a0» du programme n'est pas cochée."),
    "print.presences_missing": (QT_TRANSLATE_NOOP(
        "PrintWarnings", "Présences non saisies pour %n personnes\u00a0: {names}. Pas d'attestation ni de certificat "
                         "de réalisation pour elles tant que leurs présences (présent, absent ou excusé) ne sont pas "
                         "saisies.", None, 2),
        "Présences non saisies pour %n personne\u00a0: {names}. Pas d'attestation ni de certificat de réalisation "
        "pour elle tant que ses présences (présent, absent ou excusé) ne sont pas saisies."),
    "print.sessions_not_held": (QT_TRANSLATE_NOOP(
        "PrintWarnings", "%n séances passées ou avec des présences mais non marquées «\u00a0réalisée\u00a0»\u00a0: "
                         "{sessions}. Leurs heures ne comptent pas tant qu'elles ne sont pas marquées réalisées.",
        None, 2),
        "%n séance passée ou avec des présences mais non marquée «\u00a0réalisée\u00a0»\u00a0: {sessions}. Ses heures "
        "ne comptent pas tant qu'elle n'est pas marquée réalisée."),
    "print.too_early": QT_TRANSLATE_NOOP(
        "PrintWarnings", "Pas d'attestation ni de certificat de réalisation avant la dernière séance suivie pour\u00a0: "
                         "{names}."),
    "print.no_hours_attended": (QT_TRANSLATE_NOOP(
        "PrintWarnings", "%n personnes inscrites n'ont suivi aucune heure\u00a0: pas d'attestation ni de certificat de "
                         "réalisation pour elles ({names}).", None, 2),
        "%n personne inscrite n'a suivi aucune heure\u00a0: pas d'attestation ni de certificat de réalisation pour "
        "elle ({names})."),
    "print.certificate_blank_no_hours": QT_TRANSLATE_NOOP(
        "PrintWarnings", "Aucune heure de présence n'est encore enregistrée pour une séance réalisée\u00a0: "
                         "l'attestation est imprimée vierge, à remplir à la main."),
    "print.certificate_blank": QT_TRANSLATE_NOOP(
        "PrintWarnings", "Aucune attestation ne peut encore être délivrée\u00a0: l'attestation est imprimée vierge."),
    "print.no_signatory": QT_TRANSLATE_NOOP(
        "PrintWarnings", "Le signataire des attestations n'est pas renseigné dans le profil de la structure\u00a0: son "
                         "nom est à écrire à la main."),
    "print.attendance_blank": QT_TRANSLATE_NOOP(
        "PrintWarnings", "Aucune séance n'est programmée\u00a0: la feuille d'émargement est imprimée vierge."),
    "print.dates_to_confirm": (QT_TRANSLATE_NOOP(
        "PrintWarnings", "%n séances encore «\u00a0pressenties\u00a0» s'impriment «\u00a0date à confirmer\u00a0»\u00a0: "
                         "{sessions}. Confirmez-les («\u00a0Confirmer les dates\u00a0») si elles sont fixées.", None, 2),
        "%n séance encore «\u00a0pressentie\u00a0» s'imprime «\u00a0date à confirmer\u00a0»\u00a0: {sessions}. "
        "Confirmez-la («\u00a0Confirmer les dates\u00a0») si elle est fixée."),
    "print.no_slot": (QT_TRANSLATE_NOOP(
        "PrintWarnings", "%n personnes n'ont pas de créneau de rendez-vous individuel pour «\u00a0{title}\u00a0» "
                         "({minutes}\u00a0minutes par personne)\u00a0: programmez des séances.", None, 2),
        "%n personne n'a pas de créneau de rendez-vous individuel pour «\u00a0{title}\u00a0» ({minutes}\u00a0minutes "
        "par personne)\u00a0: programmez des séances."),
    "print.no_slot_more": (QT_TRANSLATE_NOOP(
        "PrintWarnings", "%n personnes n'ont pas de créneau de rendez-vous individuel pour «\u00a0{title}\u00a0» "
                         "({minutes}\u00a0minutes par personne)\u00a0: programmez {more} de plus.", None, 2),
        "%n personne n'a pas de créneau de rendez-vous individuel pour «\u00a0{title}\u00a0» ({minutes}\u00a0minutes "
        "par personne)\u00a0: programmez {more} de plus."),
    "print.sessions": (QT_TRANSLATE_NOOP("PrintWarnings", "%n séances", None, 2), "%n séance"),
    "print.call_text_empty": QT_TRANSLATE_NOOP(
        "PrintWarnings", "Le texte de l'appel est vide\u00a0: le modèle proposé par Tresse est imprimé. Adaptez-le dans "
                         "l'onglet «\u00a0Appel\u00a0» du kit."),
    "print.call_no_deadline": QT_TRANSLATE_NOOP(
        "PrintWarnings", "La date limite de candidature n'est pas renseignée\u00a0: l'appel imprime «\u00a0à "
                         "préciser\u00a0»."),
    "print.call_deadline_late": QT_TRANSLATE_NOOP(
        "PrintWarnings", "La date limite de candidature tombe après la dernière séance\u00a0: vérifiez-la."),
    "print.call_no_criteria": QT_TRANSLATE_NOOP(
        "PrintWarnings", "Le kit n'a pas de critères de sélection\u00a0: ceux proposés par Tresse sont imprimés."),
    "print.letter_too_long": QT_TRANSLATE_NOOP(
        "PrintWarnings", "Une convocation ne tient pas sur une page (beaucoup de séances ou de lieux)\u00a0: elle "
                         "continue sur la suivante."),
})

#: How the print warnings name a text whose characters the font lacks (« Le nom »…), by French label.
_FIELD_LABELS = (
    QT_TRANSLATE_NOOP("PrintedTexts", "Le texte"), QT_TRANSLATE_NOOP("PrintedTexts", "Le nom"),
    QT_TRANSLATE_NOOP("PrintedTexts", "Le prénom"), QT_TRANSLATE_NOOP("PrintedTexts", "La structure"),
    QT_TRANSLATE_NOOP("PrintedTexts", "La commune"), QT_TRANSLATE_NOOP("PrintedTexts", "Le téléphone"),
    QT_TRANSLATE_NOOP("PrintedTexts", "L'adresse électronique"), QT_TRANSLATE_NOOP("PrintedTexts", "L'adresse"),
    QT_TRANSLATE_NOOP("PrintedTexts", "Les coordonnées"), QT_TRANSLATE_NOOP("PrintedTexts", "Le lieu"),
    QT_TRANSLATE_NOOP("PrintedTexts", "Le nom du lieu"), QT_TRANSLATE_NOOP("PrintedTexts", "Les indications d'accès"),
    QT_TRANSLATE_NOOP("PrintedTexts", "L'équipement"), QT_TRANSLATE_NOOP("PrintedTexts", "Le matériel"),
    QT_TRANSLATE_NOOP("PrintedTexts", "Le nom du programme"), QT_TRANSLATE_NOOP("PrintedTexts", "Le nom du kit"),
    QT_TRANSLATE_NOOP("PrintedTexts", "Le territoire"), QT_TRANSLATE_NOOP("PrintedTexts", "Le département"),
    QT_TRANSLATE_NOOP("PrintedTexts", "Le public"), QT_TRANSLATE_NOOP("PrintedTexts", "La mention"),
    QT_TRANSLATE_NOOP("PrintedTexts", "La mention des financeurs"),
    QT_TRANSLATE_NOOP("PrintedTexts", "La mention des partenaires"),
    QT_TRANSLATE_NOOP("PrintedTexts", "Le nom de la structure"),
    QT_TRANSLATE_NOOP("PrintedTexts", "L'adresse de la structure"),
    QT_TRANSLATE_NOOP("PrintedTexts", "Le nom du signataire"),
    QT_TRANSLATE_NOOP("PrintedTexts", "La fonction du signataire"),
    QT_TRANSLATE_NOOP("PrintedTexts", "Le contact pour une adaptation"),
    QT_TRANSLATE_NOOP("PrintedTexts", "Le titre de l'atelier"), QT_TRANSLATE_NOOP("PrintedTexts", "L'objectif"),
    QT_TRANSLATE_NOOP("PrintedTexts", "L'essentiel"), QT_TRANSLATE_NOOP("PrintedTexts", "Le texte de l'atelier"),
    QT_TRANSLATE_NOOP("PrintedTexts", "Le déroulé de l'atelier"),
    QT_TRANSLATE_NOOP("PrintedTexts", "Les ateliers et leurs objectifs"),
    QT_TRANSLATE_NOOP("PrintedTexts", "Le titre de la séquence"),
    QT_TRANSLATE_NOOP("PrintedTexts", "La description de la séquence"),
    QT_TRANSLATE_NOOP("PrintedTexts", "La question"), QT_TRANSLATE_NOOP("PrintedTexts", "Le commentaire"),
)
_FIELDS = {f"field.{i}": Text("PrintedTexts", label) for i, label in enumerate(_FIELD_LABELS)}
_FIELD_KEYS = {label: key for key, label in zip(_FIELDS, _FIELD_LABELS)}


def printed_text(label: str) -> Reason | str:
    """How a print warning names a text (« Le nom »…): a reason when the label is a known one, else the label."""
    label = label.replace("\u2019", "'")
    return Reason.of(_FIELD_KEYS[label]) if label in _FIELD_KEYS else label


#: Every reason key and its wording.
WORDS: dict[str, Text] = {**_LABELS, **_CONFLICTS, **_PLANNING, **_KITFILE, **_KITWRITE, **_KIT_READ, **_DETAILS,
                          **_CSV, **_CSV_ROWS, **_PRINT, **_FIELDS}
#: (context, French plural source) → French singular, for the counted texts.
SINGULARS: dict[tuple[str, str], str] = {(t.context, t.source): t.one for t in WORDS.values() if t.counted}
