"""The French texts of the core's reasons, part 2: kit files (reading, writing, refusals and their details) and
participant CSV files. The conventions are those of ``domain/wording.py``."""

from __future__ import annotations

from desktop.domain.wording_texts import QT_TRANSLATE_NOOP, table

KITFILE = table("KitFile", {
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

KITWRITE = table("KitExport", {
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

CSV = table("CsvFile", {
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
CSV_ROWS = table("CsvRows", {
    "csvrow.stray_quote": QT_TRANSLATE_NOOP(
        "CsvRows", "Un guillemet (\") ouvert sur cette ligne n'est pas refermé\u00a0: elle n'a pas été lue, pour ne pas "
                   "la mélanger aux suivantes. Corrigez-la dans le tableur."),
    "csvrow.quote_splits": (QT_TRANSLATE_NOOP(
        "CsvRows", "Un guillemet (\") mal placé sur cette ligne la découpe en %Ln cases au lieu de {expected}\u00a0: "
                   "elle n'a pas été lue. Corrigez-la dans le tableur.", None, 2),
        "Un guillemet (\") mal placé sur cette ligne la découpe en %Ln case au lieu de {expected}\u00a0: elle n'a pas "
        "été lue. Corrigez-la dans le tableur."),
    "csvrow.field_count": (QT_TRANSLATE_NOOP(
        "CsvRows", "Cette ligne a %Ln cases au lieu de {expected} (un séparateur {separator} en trop ou en moins\u00a0?)"
                   "\u00a0: elle n'a pas été lue.", None, 2),
        "Cette ligne a %Ln case au lieu de {expected} (un séparateur {separator} en trop ou en moins\u00a0?)\u00a0: "
        "elle n'a pas été lue."),
    "csvrow.tab": QT_TRANSLATE_NOOP("CsvRows", "tabulation"),
    "csvrow.separator": QT_TRANSLATE_NOOP("CsvRows", "«\u00a0{separator}\u00a0»"),
    "csvrow.empty_name": QT_TRANSLATE_NOOP("CsvRows", "Le nom est vide."),
    "csvrow.too_long": QT_TRANSLATE_NOOP("CsvRows", "«\u00a0{column}\u00a0» dépasse {limit}\u00a0caractères."),
    "csvrow.invalid_email": QT_TRANSLATE_NOOP(
        "CsvRows", "«\u00a0{email}\u00a0» n'est pas une adresse électronique valable."),
})
KIT_READ = table("KitFile", {
    "kitread.newer_minor": QT_TRANSLATE_NOOP(
        "KitFile", "Ce kit vient d'une version plus récente de Tresse ({generator})\u00a0: des informations ajoutées "
                   "depuis ont pu être ignorées."),
    "kitread.unknown_version": QT_TRANSLATE_NOOP("KitFile", "version inconnue"),
    "kitread.unknown_status": (QT_TRANSLATE_NOOP(
        "KitFile", "%Ln séances avaient un statut inconnu\u00a0: elles sont marquées «\u00a0pressentie\u00a0».",
        None, 2),
        "%Ln séance avait un statut inconnu\u00a0: elle est marquée «\u00a0pressentie\u00a0»."),
    "kitread.unknown_presence": (QT_TRANSLATE_NOOP(
        "KitFile", "%Ln présences avaient une valeur inconnue\u00a0: elles sont ignorées.", None, 2),
        "%Ln présence avait une valeur inconnue\u00a0: elle est ignorée."),
    "kitread.controls_removed": QT_TRANSLATE_NOOP(
        "KitFile", "Des caractères de contrôle invisibles ont été retirés de {places}\u00a0: ils n'ont pas leur place "
                   "dans un texte."),
    "kitread.logo_missing": QT_TRANSLATE_NOOP(
        "KitFile", "Le logo «\u00a0{path}\u00a0» manque dans le fichier ou n'est pas une image utilisable\u00a0: il "
                   "est ignoré."),
})

DETAILS = table("KitFile", {
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
