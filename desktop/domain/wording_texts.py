"""The French texts of the core's reasons, part 1: labels, conflicts, planning notes, print warnings; and the
marker and record they are written with (:func:`QT_TRANSLATE_NOOP`, :class:`Text`).

``domain/wording.py`` explains the conventions and words the reasons; ``domain/wording_files.py`` holds the texts
about kit files and CSV files. This module imports no Qt: pyside6-lupdate reads the marked calls from it.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.reason import Reason


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


def table(context: str, entries: dict[str, str | tuple[str, str]]) -> dict[str, Text]:
    """The :class:`Text` of each key of *entries* (a pair is a counted text: French plural, French singular)."""
    return {key: Text(context, *entry) if isinstance(entry, tuple) else Text(context, entry)
            for key, entry in entries.items()}


LABELS = table("Labels", {
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
    "label.others": (QT_TRANSLATE_NOOP("Labels", "%Ln autres", None, 2), "%Ln autre"),
    "label.megabytes": QT_TRANSLATE_NOOP("Labels", "{size}\u00a0Mo"),
    "label.bytes": (QT_TRANSLATE_NOOP("Labels", "%Ln\u00a0octets", None, 2), "%Ln\u00a0octet"),
})

CONFLICTS = table("Conflicts", {
    "conflict.public_holiday": QT_TRANSLATE_NOOP(
        "Conflicts", "La séance {session} tombe un jour férié, le {day} ({holiday})."),
    "conflict.weekend": QT_TRANSLATE_NOOP("Conflicts", "La séance {session} tombe un week-end, le {day}."),
    "conflict.school_holiday": QT_TRANSLATE_NOOP(
        "Conflicts", "La séance {session} tombe pendant les vacances scolaires de la zone {zone}, le {day} "
                     "({holiday})."),
    "conflict.venue_too_small": (QT_TRANSLATE_NOOP(
        "Conflicts", "Le lieu {venue} est trop petit pour la séance {session} du {day}\u00a0: %Ln participants "
                     "sont inscrits, pour une capacité de {capacity}.", None, 2),
        "Le lieu {venue} est trop petit pour la séance {session} du {day}\u00a0: %Ln participant est inscrit, "
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
        "Conflicts", "%Ln participants ({names}) doivent être à deux séances à la fois le {day} de {start} à "
                     "{end}\u00a0: {first} et {second}.", None, 2),
        "%Ln participant ({names}) doit être à deux séances à la fois le {day} de {start} à {end}\u00a0: {first} "
        "et {second}."),
    "conflict.many_participants_double_booked": (QT_TRANSLATE_NOOP(
        "Conflicts", "%Ln participants, dont {names}, doivent être à deux séances à la fois le {day} de {start} à "
                     "{end}\u00a0: {first} et {second}.", None, 2),
        "%Ln participant, dont {names}, doit être à deux séances à la fois le {day} de {start} à {end}\u00a0: "
        "{first} et {second}."),
})

PLANNING = table("Planning", {
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


PRINT = table("PrintWarnings", {
    "print.glyphs": QT_TRANSLATE_NOOP(
        "PrintWarnings", "{what} «\u00a0{text}\u00a0» contient des caractères que la police ne peut pas imprimer\u00a0: "
                         "ils sont remplacés par «\u00a0?\u00a0»."),
    "print.logo_unreadable": QT_TRANSLATE_NOOP(
        "PrintWarnings", "Le logo «\u00a0{path}\u00a0» est introuvable ou illisible\u00a0: il n'est pas imprimé."),
    "print.realisation_not_training": QT_TRANSLATE_NOOP(
        "PrintWarnings", "Le certificat de réalisation s'adresse aux actions de formation\u00a0: l'option «\u00a0action "
                         "de formation\u00a0» du programme n'est pas cochée."),
    "print.presences_missing": (QT_TRANSLATE_NOOP(
        "PrintWarnings", "Présences non saisies pour %Ln personnes\u00a0: {names}. Pas d'attestation ni de certificat "
                         "de réalisation pour elles tant que leurs présences (présent, absent ou excusé) ne sont pas "
                         "saisies.", None, 2),
        "Présences non saisies pour %Ln personne\u00a0: {names}. Pas d'attestation ni de certificat de réalisation "
        "pour elle tant que ses présences (présent, absent ou excusé) ne sont pas saisies."),
    "print.sessions_not_held": (QT_TRANSLATE_NOOP(
        "PrintWarnings", "%Ln séances passées ou avec des présences mais non marquées «\u00a0réalisée\u00a0»\u00a0: "
                         "{sessions}. Leurs heures ne comptent pas tant qu'elles ne sont pas marquées réalisées.",
        None, 2),
        "%Ln séance passée ou avec des présences mais non marquée «\u00a0réalisée\u00a0»\u00a0: {sessions}. Ses heures "
        "ne comptent pas tant qu'elle n'est pas marquée réalisée."),
    "print.too_early": QT_TRANSLATE_NOOP(
        "PrintWarnings", "Pas d'attestation ni de certificat de réalisation avant la dernière séance suivie pour\u00a0: "
                         "{names}."),
    "print.no_hours_attended": (QT_TRANSLATE_NOOP(
        "PrintWarnings", "%Ln personnes inscrites n'ont suivi aucune heure\u00a0: pas d'attestation ni de certificat de "
                         "réalisation pour elles ({names}).", None, 2),
        "%Ln personne inscrite n'a suivi aucune heure\u00a0: pas d'attestation ni de certificat de réalisation pour "
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
        "PrintWarnings", "%Ln séances encore «\u00a0pressenties\u00a0» s'impriment «\u00a0date à confirmer\u00a0»\u00a0: "
                         "{sessions}. Confirmez-les («\u00a0Confirmer les dates\u00a0») si elles sont fixées.", None, 2),
        "%Ln séance encore «\u00a0pressentie\u00a0» s'imprime «\u00a0date à confirmer\u00a0»\u00a0: {sessions}. "
        "Confirmez-la («\u00a0Confirmer les dates\u00a0») si elle est fixée."),
    "print.no_slot": (QT_TRANSLATE_NOOP(
        "PrintWarnings", "%Ln personnes n'ont pas de créneau de rendez-vous individuel pour «\u00a0{title}\u00a0» "
                         "({minutes}\u00a0minutes par personne)\u00a0: programmez des séances.", None, 2),
        "%Ln personne n'a pas de créneau de rendez-vous individuel pour «\u00a0{title}\u00a0» ({minutes}\u00a0minutes "
        "par personne)\u00a0: programmez des séances."),
    "print.no_slot_more": (QT_TRANSLATE_NOOP(
        "PrintWarnings", "%Ln personnes n'ont pas de créneau de rendez-vous individuel pour «\u00a0{title}\u00a0» "
                         "({minutes}\u00a0minutes par personne)\u00a0: programmez {more} de plus.", None, 2),
        "%Ln personne n'a pas de créneau de rendez-vous individuel pour «\u00a0{title}\u00a0» ({minutes}\u00a0minutes "
        "par personne)\u00a0: programmez {more} de plus."),
    "print.sessions": (QT_TRANSLATE_NOOP("PrintWarnings", "%Ln séances", None, 2), "%Ln séance"),
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
FIELDS = {f"field.{i}": Text("PrintedTexts", label) for i, label in enumerate(_FIELD_LABELS)}
_FIELD_KEYS = {label: key for key, label in zip(FIELDS, _FIELD_LABELS)}


def printed_text(label: str) -> Reason | str:
    """How a print warning names a text (« Le nom »…): a reason when the label is a known one, else the label."""
    label = label.replace("\u2019", "'")
    return Reason.of(_FIELD_KEYS[label]) if label in _FIELD_KEYS else label

