<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr_FR">
<context>
    <name>App</name>
    <message>
        <source>Une erreur inattendue s&apos;est produite. Elle a été enregistrée dans le journal&#xa0;:
%1</source>
        <extracomment>The log is started afresh past this size; the two before it are kept (``tresse.log.1``, ``tresse.log.2``).</extracomment>
        <translation>An unexpected error occurred. It has been recorded in the log:
%1</translation>
    </message>
    <message>
        <source>Le dossier «&#xa0;%1&#xa0;» ne peut pas être modifié (clé en lecture seule&#xa0;?).

Tresse utilise pour cette fois les données de cet ordinateur, dans «&#xa0;%2&#xa0;».</source>
        <translation>The folder “%1” cannot be written to (a read-only key?).

This time Tresse uses the data of this computer, in “%2”.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>‹ Précédent</source>
        <translation>‹ Previous</translation>
    </message>
    <message>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Suivant ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <source>Période précédente (Page précédente ou Ctrl+←)</source>
        <translation>Previous period (Page Up or Ctrl+←)</translation>
    </message>
    <message>
        <source>Revenir à aujourd&apos;hui (T ou Ctrl+T)</source>
        <translation>Back to today (T or Ctrl+T)</translation>
    </message>
    <message>
        <source>Période suivante (Page suivante ou Ctrl+→)</source>
        <translation>Next period (Page Down or Ctrl+→)</translation>
    </message>
    <message>
        <source>Mois</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Semaine</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Liste</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Tout afficher</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Calendrier du mois</source>
        <translation>Month calendar</translation>
    </message>
    <message>
        <source>Calendrier de la semaine</source>
        <translation>Week calendar</translation>
    </message>
    <message>
        <source>Liste des séances</source>
        <translation>Session list</translation>
    </message>
    <message>
        <source>Conflits du planning</source>
        <translation>Schedule conflicts</translation>
    </message>
    <message>
        <source>Intervenant&#xa0;:</source>
        <translation>Facilitator:</translation>
    </message>
    <message>
        <source>Lieu&#xa0;:</source>
        <translation>Venue:</translation>
    </message>
    <message>
        <source>Kit&#xa0;:</source>
        <translation>Kit:</translation>
    </message>
    <message>
        <source>semaine du %1</source>
        <translation>week of %1</translation>
    </message>
    <message>
        <source>Tous les intervenants</source>
        <translation>All facilitators</translation>
    </message>
    <message>
        <source>Tous les lieux</source>
        <translation>All venues</translation>
    </message>
    <message>
        <source>Tous les kits</source>
        <translation>All kits</translation>
    </message>
    <message>
        <source>Vacances scolaires, zone %1</source>
        <translation>School holidays, zone %1</translation>
    </message>
    <message>
        <source>Aucun conflit dans le planning</source>
        <translation>No conflicts in the schedule</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflits</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln séances masquées par les filtres</source>
        <translation>
            <numerusform>%Ln session hidden by the filters</numerusform>
            <numerusform>%Ln sessions hidden by the filters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflits affichés sur %1</source>
        <translation>
            <numerusform>%Ln conflict shown out of %1</numerusform>
            <numerusform>%Ln conflicts shown out of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Séance</source>
        <extracomment>School holidays of the zone shown: a light green, lighter than weekends.</extracomment>
        <translation>Session</translation>
    </message>
    <message>
        <source> (pause déjeuner %1)</source>
        <translation> (lunch break %1)</translation>
    </message>
    <message>
        <source>Séance sans atelier</source>
        <translation>Session without a workshop</translation>
    </message>
    <message>
        <source>non précisé</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>non précisés</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Kit&#xa0;: %1</source>
        <translation>Kit: %1</translation>
    </message>
    <message>
        <source>Lieu&#xa0;: %1</source>
        <translation>Venue: %1</translation>
    </message>
    <message>
        <source>Intervenants&#xa0;: %1</source>
        <translation>Facilitators: %1</translation>
    </message>
    <message>
        <source>Statut&#xa0;: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>pause déjeuner</source>
        <translation>lunch break</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>break</translation>
    </message>
</context>
<context>
    <name>CatalogueBrowser</name>
    <message>
        <source>Rechercher (titre, thème, territoire, opérateur…)</source>
        <translation>Search (title, theme, territory, operator…)</translation>
    </message>
    <message>
        <source>Toutes les régions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>Tous les publics</source>
        <translation>All audiences</translation>
    </message>
    <message>
        <source>Tous les formats</source>
        <translation>All formats</translation>
    </message>
    <message>
        <source>Tout afficher</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>&amp;Rechercher&#xa0;:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Ré&amp;gion&#xa0;:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>&amp;Public&#xa0;:</source>
        <translation>&amp;Audience:</translation>
    </message>
    <message>
        <source>&amp;Format&#xa0;:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln expérimentations</source>
        <translation>
            <numerusform>%Ln experiment</numerusform>
            <numerusform>%Ln experiments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ateliers</source>
        <translation>
            <numerusform>%Ln workshop</numerusform>
            <numerusform>%Ln workshops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln modèles de kits</source>
        <translation>
            <numerusform>%Ln kit template</numerusform>
            <numerusform>%Ln kit templates</numerusform>
        </translation>
    </message>
    <message>
        <source>Affichés&#xa0;: %1</source>
        <translation>Shown: %1</translation>
    </message>
    <message>
        <source>Créer un kit à partir de ce modèle</source>
        <translation>Create a kit from this template</translation>
    </message>
    <message>
        <source>Créer un kit à partir de cette expérimentation</source>
        <translation>Create a kit from this experiment</translation>
    </message>
    <message>
        <source>Lire la présentation du cycle</source>
        <translation>Read the presentation of the cycle</translation>
    </message>
    <message>
        <source>&amp;Expérimentations (%1)</source>
        <translation>&amp;Experiments (%1)</translation>
    </message>
    <message>
        <source>&amp;Ateliers (%1)</source>
        <translation>&amp;Workshops (%1)</translation>
    </message>
    <message>
        <source>&amp;Modèles de kits (%1)</source>
        <translation>&amp;Kit templates (%1)</translation>
    </message>
</context>
<context>
    <name>CatalogueModels</name>
    <message>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Expérimentation</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>Opérateur</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Territoire</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>Région</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Atelier</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Origine</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Expérimentations</source>
        <translation>Experiments</translation>
    </message>
    <message>
        <source>Modèle de kit</source>
        <translation>Kit template</translation>
    </message>
    <message>
        <source>Ateliers</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Espacement</source>
        <translation>Spacing</translation>
    </message>
</context>
<context>
    <name>ClockPanel</name>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Temps restant&#xa0;: %1</source>
        <translation>Time left: %1</translation>
    </message>
    <message>
        <source>Temps écoulé</source>
        <translation>Time is up</translation>
    </message>
    <message>
        <source>Fin de la séance</source>
        <translation>End of the session</translation>
    </message>
    <message>
        <source>En pause</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Ensuite&#xa0;: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <source>Dernière étape</source>
        <translation>Last step</translation>
    </message>
    <message>
        <source>Étape %1 sur %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <source>Avancement de la séance&#xa0;: %1&#xa0;%</source>
        <translation>Session progress: %1%</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>La séance {session} tombe un jour férié, le {day} ({holiday}).</source>
        <translation>The session {session} falls on a public holiday, {day} ({holiday}).</translation>
    </message>
    <message>
        <source>La séance {session} tombe un week-end, le {day}.</source>
        <translation>The session {session} falls on a weekend, {day}.</translation>
    </message>
    <message>
        <source>La séance {session} tombe pendant les vacances scolaires de la zone {zone}, le {day} ({holiday}).</source>
        <translation>The session {session} falls in the school holidays of zone {zone}, {day} ({holiday}).</translation>
    </message>
    <message numerus="yes">
        <source>Le lieu {venue} est trop petit pour la séance {session} du {day}&#xa0;: %Ln participants sont inscrits, pour une capacité de {capacity}.</source>
        <translation>
            <numerusform>The venue {venue} is too small for the session {session} on {day}: %Ln participant is enrolled, for a capacity of {capacity}.</numerusform>
            <numerusform>The venue {venue} is too small for the session {session} on {day}: %Ln participants are enrolled, for a capacity of {capacity}.</numerusform>
        </translation>
    </message>
    <message>
        <source>La séance {session} du {day} a lieu avant {other} du {other_day}, qui la précède dans le déroulé du kit.</source>
        <translation>The session {session} on {day} takes place before {other} on {other_day}, which comes before it in the kit&apos;s outline.</translation>
    </message>
    <message>
        <source>Kit {kit}&#xa0;: {note}</source>
        <translation>Kit {kit}: {note}</translation>
    </message>
    <message>
        <source>{person} doit être à deux endroits à la fois le {day} de {start} à {end}&#xa0;: {first} à {first_venue} et {second} à {second_venue}.</source>
        <translation>{person} must be in two places at once on {day} from {start} to {end}: {first} at {first_venue} and {second} at {second_venue}.</translation>
    </message>
    <message>
        <source>{person} doit animer deux séances en même temps le {day} de {start} à {end}&#xa0;: {first} et {second}.</source>
        <translation>{person} must run two sessions at the same time on {day} from {start} to {end}: {first} and {second}.</translation>
    </message>
    <message>
        <source>{person} n&apos;a que {gap} pour aller de {from_venue} à {to_venue} le {day}, entre {first} qui finit à {end} et {second} qui commence à {start}&#xa0;; il faut compter au moins {needed}.</source>
        <translation>{person} has only {gap} to travel from {from_venue} to {to_venue} on {day}, between {first}, which ends at {end}, and {second}, which starts at {start}; allow at least {needed}.</translation>
    </message>
    <message>
        <source>{person} n&apos;a pas de temps pour aller de {from_venue} à {to_venue} le {day}, entre {first} qui finit à {end} et {second} qui commence à {start}&#xa0;; il faut compter au moins {needed}.</source>
        <translation>{person} has no time to travel from {from_venue} to {to_venue} on {day}, between {first}, which ends at {end}, and {second}, which starts at {start}; allow at least {needed}.</translation>
    </message>
    <message>
        <source>Le lieu {venue} est réservé deux fois le {day} de {start} à {end}&#xa0;: {first} et {second}.</source>
        <translation>The venue {venue} is booked twice on {day} from {start} to {end}: {first} and {second}.</translation>
    </message>
    <message>
        <source>{person} doit être à deux séances à la fois le {day} de {start} à {end}&#xa0;: {first} et {second}.</source>
        <translation>{person} must attend two sessions at once on {day} from {start} to {end}: {first} and {second}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants ({names}) doivent être à deux séances à la fois le {day} de {start} à {end}&#xa0;: {first} et {second}.</source>
        <translation>
            <numerusform>%Ln participant ({names}) must attend two sessions at once on {day} from {start} to {end}: {first} and {second}.</numerusform>
            <numerusform>%Ln participants ({names}) must attend two sessions at once on {day} from {start} to {end}: {first} and {second}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants, dont {names}, doivent être à deux séances à la fois le {day} de {start} à {end}&#xa0;: {first} et {second}.</source>
        <translation>
            <numerusform>%Ln participant, including {names}, must attend two sessions at once on {day} from {start} to {end}: {first} and {second}.</numerusform>
            <numerusform>%Ln participants, including {names}, must attend two sessions at once on {day} from {start} to {end}: {first} and {second}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <source>Critère</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Ce que le comité regarde</source>
        <translation>What the committee looks at</translation>
    </message>
</context>
<context>
    <name>CsvFile</name>
    <message>
        <source>Impossible de lire ce fichier ({detail}). Vérifiez que la clé USB ou le dossier est toujours accessible, puis réessayez.</source>
        <translation>This file cannot be read ({detail}). Check that the USB stick or the folder is still available, then try again.</translation>
    </message>
    <message>
        <source>«&#xa0;{path}&#xa0;» n&apos;est pas un fichier ordinaire (c&apos;est un dossier, un tube nommé ou un périphérique)&#xa0;: choisissez le fichier CSV lui-même.</source>
        <translation>“{path}” is not an ordinary file (it is a folder, a named pipe or a device): choose the CSV file itself.</translation>
    </message>
    <message>
        <source>Ce fichier est trop volumineux pour une liste de participants (plus de {limit}).</source>
        <translation>This file is too large for a list of participants (more than {limit}).</translation>
    </message>
    <message>
        <source>Ce fichier est un classeur (Excel ou LibreOffice), pas un fichier CSV. Ouvrez-le dans votre tableur, choisissez «&#xa0;Enregistrer sous…&#xa0;» et le type «&#xa0;CSV&#xa0;», puis importez ce nouveau fichier.</source>
        <translation>This file is a workbook (Excel or LibreOffice), not a CSV file. Open it in your spreadsheet, choose “Save as…” and the “CSV” type, then import that new file.</translation>
    </message>
    <message>
        <source>Ce fichier n&apos;est pas un fichier texte CSV&#xa0;: il contient des données binaires.</source>
        <translation>This file is not a CSV text file: it contains binary data.</translation>
    </message>
    <message>
        <source>Ce fichier est vide&#xa0;: il n&apos;y a aucun participant à importer.</source>
        <translation>This file is empty: there is no participant to import.</translation>
    </message>
    <message>
        <source>Ce fichier n&apos;a pas pu être lu comme un tableau CSV ({detail}).</source>
        <translation>This file could not be read as a CSV table ({detail}).</translation>
    </message>
    <message>
        <source>Aucune colonne «&#xa0;Nom&#xa0;» n&apos;a été trouvée. Colonnes lues&#xa0;: {found}. La première ligne du fichier doit donner le titre des colonnes, avec au moins «&#xa0;Nom&#xa0;» (ou «&#xa0;Nom de famille&#xa0;»), et si possible «&#xa0;Prénom&#xa0;», «&#xa0;Courriel&#xa0;», «&#xa0;Téléphone&#xa0;»…</source>
        <translation>No “Nom” (last name) column was found. Columns read: {found}. The first line of the file must give the column titles, with at least “Nom” (or “Nom de famille”), and if possible “Prénom”, “Courriel”, “Téléphone”…</translation>
    </message>
    <message>
        <source>Ce fichier contient plus de {limit} participants&#xa0;: rien n&apos;a été importé. Un kit accueille au plus {limit} participants&#xa0;; vérifiez qu&apos;il s&apos;agit de la bonne liste ou découpez-la.</source>
        <translation>This file holds more than {limit} participants: nothing was imported. A kit takes at most {limit} participants; check that this is the right list, or split it.</translation>
    </message>
    <message>
        <source>Ce fichier n&apos;a pas pu être lu comme une liste de participants.</source>
        <translation>This file could not be read as a list of participants.</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Importer des participants — %1</source>
        <translation>Import participants — %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants lus (encodage %1, séparateur «&#xa0;%2&#xa0;»).</source>
        <translation>
            <numerusform>%Ln participant read (encoding %1, separator “%2”).</numerusform>
            <numerusform>%Ln participants read (encoding %1, separator “%2”).</numerusform>
        </translation>
    </message>
    <message>
        <source>Quelques caractères illisibles sont remplacés par «&#xa0;�&#xa0;», lignes %1&#xa0;: vérifiez ces noms.</source>
        <translation>A few unreadable characters are replaced by “�”, lines %1: check these names.</translation>
    </message>
    <message numerus="yes">
        <source>Attention&#xa0;: c&apos;est plus que les %Ln places restantes du kit.</source>
        <translation>
            <numerusform>Warning: that is more than the kit&apos;s %Ln remaining place.</numerusform>
            <numerusform>Warning: that is more than the kit&apos;s %Ln remaining places.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ne pas réinscrire les %Ln personne(s) déjà inscrite(s) au kit (même courriel, ou mêmes nom et prénom)</source>
        <translation>
            <numerusform>Do not enrol again the %Ln person already in the kit (same e-mail, or same names)</numerusform>
            <numerusform>Do not enrol again the %Ln people already in the kit (same e-mail, or same names)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importer %Ln participants</source>
        <translation>
            <numerusform>Import %Ln participant</numerusform>
            <numerusform>Import %Ln participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvRows</name>
    <message>
        <source>Un guillemet (&quot;) ouvert sur cette ligne n&apos;est pas refermé&#xa0;: elle n&apos;a pas été lue, pour ne pas la mélanger aux suivantes. Corrigez-la dans le tableur.</source>
        <translation>A quote (&quot;) opened on this line is not closed: the line was not read, so as not to mix it with the following ones. Correct it in the spreadsheet.</translation>
    </message>
    <message numerus="yes">
        <source>Un guillemet (&quot;) mal placé sur cette ligne la découpe en %Ln cases au lieu de {expected}&#xa0;: elle n&apos;a pas été lue. Corrigez-la dans le tableur.</source>
        <translation>
            <numerusform>A misplaced quote (&quot;) on this line cuts it into %Ln cell instead of {expected}: the line was not read. Correct it in the spreadsheet.</numerusform>
            <numerusform>A misplaced quote (&quot;) on this line cuts it into %Ln cells instead of {expected}: the line was not read. Correct it in the spreadsheet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cette ligne a %Ln cases au lieu de {expected} (un séparateur {separator} en trop ou en moins&#xa0;?)&#xa0;: elle n&apos;a pas été lue.</source>
        <translation>
            <numerusform>This line has %Ln cell instead of {expected} (a {separator} separator too many or too few?): it was not read.</numerusform>
            <numerusform>This line has %Ln cells instead of {expected} (a {separator} separator too many or too few?): it was not read.</numerusform>
        </translation>
    </message>
    <message>
        <source>tabulation</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>«&#xa0;{separator}&#xa0;»</source>
        <translation>“{separator}”</translation>
    </message>
    <message>
        <source>Le nom est vide.</source>
        <translation>The last name is empty.</translation>
    </message>
    <message>
        <source>«&#xa0;{column}&#xa0;» dépasse {limit}&#xa0;caractères.</source>
        <translation>“{column}” is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>«&#xa0;{email}&#xa0;» n&apos;est pas une adresse électronique valable.</source>
        <translation>“{email}” is not a valid e-mail address.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>jj/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Tapez la date comme vous l&apos;écrivez&#xa0;: 11/01/2027, 11/1/27 ou 11 janvier 2027.</source>
        <translation>Type the date day first, as you write it: 11/01/2027, 11/1/27 or 11 January 2027.</translation>
    </message>
    <message>
        <source>Choisir dans le calendrier</source>
        <translation>Pick from the calendar</translation>
    </message>
    <message>
        <source>Tapez une date, par exemple 11/01/2027.</source>
        <translation>Type a date, for example 11/01/2027 (day first).</translation>
    </message>
    <message>
        <source>Ce mois n&apos;existe pas&#xa0;: tapez par exemple 11/01/2027 ou 11 janvier 2027.</source>
        <translation>There is no such month: type for example 11/01/2027 or 11 January 2027.</translation>
    </message>
    <message>
        <source>Ce jour n&apos;existe pas dans ce mois.</source>
        <translation>This day does not exist in that month.</translation>
    </message>
    <message>
        <source>Date non reconnue&#xa0;: tapez le jour, le mois et l&apos;année, par exemple 11/01/2027.</source>
        <translation>Date not recognised: type the day, the month and the year, for example 11/01/2027.</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <source>Objectif</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Période&#xa0;: %1</source>
        <translation>Period: %1</translation>
    </message>
    <message>
        <source>Étapes, dans l&apos;ordre du document (qui ne les date pas)&#xa0;:</source>
        <translation>Steps, in the document&apos;s order (it does not date them):</translation>
    </message>
    <message>
        <source>Partenaires</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Calendrier</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Impacts attendus</source>
        <translation>Expected impacts</translation>
    </message>
    <message>
        <source>Non précisé dans le document.</source>
        <translation>Not given in the document.</translation>
    </message>
    <message>
        <source>Caractéristiques des expérimentations</source>
        <translation>Characteristics of the experiments</translation>
    </message>
    <message>
        <source>Les composantes du dispositif</source>
        <translation>Components of the scheme</translation>
    </message>
    <message>
        <source>Opérateur&#xa0;: %1</source>
        <translation>Operator: %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Corrections apportées au document source</source>
        <translation>Corrections made to the source document</translation>
    </message>
    <message>
        <source>Séance prévue par le document TRESSONS&#xa0;; déroulé proposé par Tresse</source>
        <translation>Session planned by the TRESSONS document; outline proposed by Tresse</translation>
    </message>
    <message>
        <source>Objectifs</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <source>Déroulé</source>
        <translation>Outline</translation>
    </message>
    <message>
        <source>L&apos;essentiel</source>
        <translation>Key points</translation>
    </message>
    <message>
        <source>À vous de jouer</source>
        <translation>Your turn</translation>
    </message>
    <message>
        <source>Pour aller plus loin</source>
        <translation>Going further</translation>
    </message>
    <message>
        <source>Matériel</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Origine</source>
        <translation>Origin</translation>
    </message>
    <message numerus="yes">
        <source>%Ln séances, %1 au total, une séance tous les %2</source>
        <translation>
            <numerusform>%Ln session, %1 in all, one session every %2</numerusform>
            <numerusform>%Ln sessions, %1 in all, one session every %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Ateliers</source>
        <translation>Workshops</translation>
    </message>
</context>
<context>
    <name>EnrolmentModel</name>
    <message>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Kit</source>
        <translation>Kit</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Les données de Tresse sont utilisées par un autre programme. Fermez-le, puis réessayez.</source>
        <translation>Tresse&apos;s data is in use by another program. Close it, then try again.</translation>
    </message>
    <message>
        <source>Ces données ont été enregistrées par une version plus récente de Tresse. Installez cette version pour les ouvrir&#xa0;; le fichier n&apos;a pas été modifié.

%1</source>
        <translation>This data was saved by a newer version of Tresse. Install that version to open it; the file has not been changed.

%1</translation>
    </message>
    <message>
        <source>Le disque est plein&#xa0;: libérez de la place, puis réessayez. Rien n&apos;a été perdu.</source>
        <translation>The disk is full: free some space, then try again. Nothing has been lost.</translation>
    </message>
    <message>
        <source>Ce fichier n&apos;est pas une base de données Tresse, ou il est endommagé. Les sauvegardes de Tresse se restaurent par Fichier → Restaurer depuis…</source>
        <translation>This file is not a Tresse database, or it is damaged. Tresse&apos;s backups are restored with File → Restore from…</translation>
    </message>
    <message>
        <source>Les données de Tresse sont endommagées. Fermez Tresse puis rouvrez-le&#xa0;: il proposera de restaurer la dernière sauvegarde, sans rien effacer.</source>
        <translation>Tresse&apos;s data is damaged. Close Tresse and open it again: it will offer to restore the latest backup, without deleting anything.</translation>
    </message>
    <message>
        <source>Les données de Tresse sont en lecture seule&#xa0;: vérifiez les droits du dossier ou retirez la protection en écriture de la clé USB.</source>
        <translation>Tresse&apos;s data is read-only: check the folder&apos;s permissions or remove the USB key&apos;s write protection.</translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir les données de Tresse. Vérifiez que le dossier existe et qu&apos;il est accessible.</source>
        <translation>Tresse&apos;s data cannot be opened. Check that the folder exists and is accessible.</translation>
    </message>
    <message>
        <source>Erreur d&apos;accès aux données de Tresse.</source>
        <translation>Error accessing Tresse&apos;s data.</translation>
    </message>
    <message>
        <source>Une erreur inattendue s&apos;est produite. Elle a été enregistrée dans le journal&#xa0;:
%1</source>
        <translation>An unexpected error occurred. It has been recorded in the log:
%1</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <source>Les objectifs de l&apos;atelier ont été atteints</source>
        <extracomment>Questions of the « évaluation à chaud » (scored 1 to 4); the keys are stable in kit files.</extracomment>
        <translation>The workshop&apos;s objectives were met</translation>
    </message>
    <message>
        <source>Le contenu m&apos;est utile pour mon projet</source>
        <translation>The content is useful for my project</translation>
    </message>
    <message>
        <source>L&apos;animation m&apos;a permis de participer</source>
        <translation>The facilitation let me take part</translation>
    </message>
    <message>
        <source>L&apos;organisation (lieu, horaires, accueil) était satisfaisante</source>
        <translation>The organisation (venue, times, welcome) was satisfactory</translation>
    </message>
</context>
<context>
    <name>FacilitatorView</name>
    <message>
        <source>Animer la séance — %1</source>
        <translation>Run the session — %1</translation>
    </message>
    <message>
        <source>Pause (Espace)</source>
        <translation>Pause (Space)</translation>
    </message>
    <message>
        <source>← Étape précédente</source>
        <translation>← Previous step</translation>
    </message>
    <message>
        <source>Étape suivante →</source>
        <translation>Next step →</translation>
    </message>
    <message>
        <source>− 1 min</source>
        <translation>− 1 min</translation>
    </message>
    <message>
        <source>+ 1 min</source>
        <translation>+ 1 min</translation>
    </message>
    <message>
        <source>Vue des participants (F2)</source>
        <translation>Participants’ view (F2)</translation>
    </message>
    <message>
        <source>Terminer (Échap)</source>
        <translation>Finish (Esc)</translation>
    </message>
    <message>
        <source>Enchaîner les étapes</source>
        <translation>Move on automatically</translation>
    </message>
    <message>
        <source>À la fin d&apos;une étape, passer à la suivante sans attendre.</source>
        <translation>At the end of a step, go on to the next one without waiting.</translation>
    </message>
    <message>
        <source>Consignes de l&apos;étape</source>
        <translation>Instructions for this step</translation>
    </message>
    <message>
        <source>Matériel de l&apos;atelier</source>
        <translation>Workshop materials</translation>
    </message>
    <message>
        <source>Déroulé</source>
        <translation>Outline</translation>
    </message>
    <message>
        <source>Appel</source>
        <translation>Roll call</translation>
    </message>
    <message>
        <source>Sous-groupes</source>
        <translation>Sub-groups</translation>
    </message>
    <message>
        <source>Pas de consigne écrite pour cette étape.</source>
        <translation>No written instructions for this step.</translation>
    </message>
    <message>
        <source>Aucun matériel indiqué.</source>
        <translation>No materials listed.</translation>
    </message>
    <message>
        <source>Reprendre (Espace)</source>
        <translation>Resume (Space)</translation>
    </message>
    <message>
        <source>Séance&#xa0;: %1 passées sur %2 prévues. Fin prévue à %3, fin estimée à %4.</source>
        <translation>Session: %1 spent of %2 planned. Planned end at %3, expected end at %4.</translation>
    </message>
    <message>
        <source>À l&apos;heure</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>En retard de %1 min</source>
        <translation>%1 min behind</translation>
    </message>
    <message>
        <source>En avance de %1 min</source>
        <translation>%1 min ahead</translation>
    </message>
</context>
<context>
    <name>FirstRunPanel</name>
    <message>
        <source>&lt;h2&gt;Bienvenue dans Tresse&lt;/h2&gt;&lt;p&gt;Par quoi commencer&#xa0;?&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welcome to Tresse&lt;/h2&gt;&lt;p&gt;Where would you like to start?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Créer un kit à partir d&apos;un modèle</source>
        <translation>Create a kit from a template</translation>
    </message>
    <message>
        <source>«&#xa0;Outille ton projet&#xa0;», «&#xa0;Premiers Pas&#xa0;»…&#xa0;: ateliers, documents et calendrier prêts à adapter.</source>
        <translation>“Outille ton projet”, “Premiers Pas”…: workshops, documents and a calendar ready to adapt.</translation>
    </message>
    <message>
        <source>Ouvrir un fichier .tresse</source>
        <translation>Open a .tresse file</translation>
    </message>
    <message>
        <source>Un kit reçu d&apos;une ou d&apos;un collègue, par courriel ou sur une clé USB.</source>
        <translation>A kit received from a colleague, by e-mail or on a USB stick.</translation>
    </message>
    <message>
        <source>Renseigner ma structure</source>
        <translation>Fill in my organisation</translation>
    </message>
    <message>
        <source>Nom, logo, signataire et mention des financeurs, imprimés sur les émargements, les attestations et les convocations.</source>
        <translation>Name, logo, signatory and funders&apos; mention, printed on attendance sheets, certificates and invitations.</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Objectifs</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <source>Contenu</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>Facilitation</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>%1 (de 1&#xa0;: pas du tout d&apos;accord à 4&#xa0;: tout à fait d&apos;accord)</source>
        <translation>%1 (from 1: strongly disagree to 4: strongly agree)</translation>
    </message>
</context>
<context>
    <name>GroupsBoard</name>
    <message>
        <source>Aucun sous-groupe tiré</source>
        <translation>No sub-groups drawn</translation>
    </message>
    <message>
        <source>Groupe %1</source>
        <translation>Group %1</translation>
    </message>
</context>
<context>
    <name>GroupsPanel</name>
    <message>
        <source>Nombre de groupes</source>
        <translation>Number of groups</translation>
    </message>
    <message>
        <source>Personnes par groupe</source>
        <translation>People per group</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Au hasard</source>
        <translation>At random</translation>
    </message>
    <message>
        <source>Mélanger les structures</source>
        <translation>Mix organisations</translation>
    </message>
    <message>
        <source>Mélanger les communes</source>
        <translation>Mix towns</translation>
    </message>
    <message>
        <source>Tirer au sort</source>
        <translation>Draw</translation>
    </message>
    <message>
        <source>Montrer aux participants (G)</source>
        <translation>Show to participants (G)</translation>
    </message>
    <message>
        <source>Imprimer…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Combien&#xa0;:</source>
        <translation>How many:</translation>
    </message>
    <message>
        <source>Mélange&#xa0;:</source>
        <translation>Mixing:</translation>
    </message>
    <message>
        <source>Sous-groupes</source>
        <translation>Sub-groups</translation>
    </message>
    <message>
        <source>Aucune présence n&apos;est encore notée&#xa0;: faites d&apos;abord l&apos;appel.</source>
        <translation>Nobody is marked present yet: take the roll call first.</translation>
    </message>
    <message>
        <source>Aucun sous-groupe tiré pour cette séance.</source>
        <translation>No sub-groups drawn for this session.</translation>
    </message>
    <message>
        <source>Groupe %1&#xa0;: %2</source>
        <translation>Group %1: %2</translation>
    </message>
    <message>
        <source>Enregistrer les sous-groupes</source>
        <translation>Save the sub-groups</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Le fichier n&apos;a pas pu être écrit&#xa0;: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Prise en main de Tresse</source>
        <translation>Getting started with Tresse</translation>
    </message>
</context>
<context>
    <name>IcsDialog</name>
    <message>
        <source>Exporter un agenda (.ics)</source>
        <translation>Export a calendar (.ics)</translation>
    </message>
    <message>
        <source>Les séances d&apos;un &amp;kit</source>
        <translation>The sessions of a &amp;kit</translation>
    </message>
    <message>
        <source>Les séances d&apos;un &amp;intervenant, tous kits confondus</source>
        <translation>The sessions of a &amp;facilitator, across all kits</translation>
    </message>
    <message>
        <source>Les séances d&apos;un &amp;participant</source>
        <translation>The sessions of a &amp;participant</translation>
    </message>
    <message>
        <source>Exporter…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Kit&#xa0;:</source>
        <translation>Kit:</translation>
    </message>
    <message>
        <source>Intervenant&#xa0;:</source>
        <translation>Facilitator:</translation>
    </message>
    <message>
        <source>Participant du kit&#xa0;:</source>
        <translation>Kit participant:</translation>
    </message>
    <message>
        <source>Agenda iCalendar (*.ics)</source>
        <translation>iCalendar file (*.ics)</translation>
    </message>
</context>
<context>
    <name>KitCallPanel</name>
    <message>
        <source>Appel à projets</source>
        <translation>Call for projects</translation>
    </message>
    <message>
        <source>Appel à candidatures</source>
        <translation>Call for applications</translation>
    </message>
    <message>
        <source>Pas encore de date limite&#xa0;: «&#xa0;à préciser&#xa0;».</source>
        <translation>No deadline yet: printed “to be specified”.</translation>
    </message>
    <message>
        <source>Vide&#xa0;: le modèle proposé par Tresse est imprimé.</source>
        <translation>Empty: Tresse&apos;s model is printed.</translation>
    </message>
    <message>
        <source>Rétablir le &amp;modèle</source>
        <translation>Restore the &amp;model</translation>
    </message>
    <message>
        <source>Remplace le texte par le modèle proposé par Tresse (Ctrl+Z annule)</source>
        <translation>Replaces the text with Tresse&apos;s model (Ctrl+Z undoes it)</translation>
    </message>
    <message>
        <source>À l&apos;impression, les mots entre accolades sont remplacés par ce que dit le kit&#xa0;: %1. Une ligne commençant par «&#xa0;#&#xa0;» est un intertitre, par «&#xa0;-&#xa0;» une puce.</source>
        <translation>When printing, the words in braces are replaced by what the kit says: %1. A line starting with “#” is a heading, with “-” a bullet.</translation>
    </message>
    <message>
        <source>A&amp;jouter un critère</source>
        <translation>A&amp;dd a criterion</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Critères proposés par Tresse</source>
        <translation>Criteria proposed by Tresse</translation>
    </message>
    <message>
        <source>Utilité sociale, ancrage territorial, gouvernance, viabilité économique, motivation et disponibilité&#xa0;: vingt points à adapter</source>
        <translation>Social utility, local roots, governance, economic viability, motivation and availability: twenty points to adapt</translation>
    </message>
    <message>
        <source>L&apos;appel</source>
        <translation>The call</translation>
    </message>
    <message>
        <source>Type d&apos;appel&#xa0;:</source>
        <translation>Kind of call:</translation>
    </message>
    <message>
        <source>Date limite de candidature&#xa0;:</source>
        <translation>Application deadline:</translation>
    </message>
    <message>
        <source>Texte de l&apos;appel&#xa0;:</source>
        <translation>Text of the call:</translation>
    </message>
    <message>
        <source>Grille de sélection&#xa0;: critères et points</source>
        <translation>Selection grid: criteria and points</translation>
    </message>
    <message>
        <source>Modifier le texte de l&apos;appel</source>
        <translation>Edit the text of the call</translation>
    </message>
    <message numerus="yes">
        <source>Total&#xa0;: %Ln points</source>
        <translation>
            <numerusform>Total: %Ln point</numerusform>
            <numerusform>Total: %Ln points</numerusform>
        </translation>
    </message>
    <message>
        <source>Aucun critère&#xa0;: la grille imprime ceux proposés par Tresse.</source>
        <translation>No criteria: the grid prints those proposed by Tresse.</translation>
    </message>
    <message>
        <source>Modifier le type d&apos;appel</source>
        <translation>Change the kind of call</translation>
    </message>
    <message>
        <source>Modifier la date limite</source>
        <translation>Change the deadline</translation>
    </message>
    <message>
        <source>Rétablir le modèle de l&apos;appel</source>
        <translation>Restore the model of the call</translation>
    </message>
    <message>
        <source>Le modèle de l&apos;appel est rétabli — Ctrl+Z pour annuler</source>
        <translation>The model of the call is restored — Ctrl+Z to undo</translation>
    </message>
    <message>
        <source>Modifier le critère «&#xa0;%1&#xa0;»</source>
        <translation>Edit the criterion “%1”</translation>
    </message>
    <message>
        <source>Nouveau critère</source>
        <translation>New criterion</translation>
    </message>
    <message>
        <source>Ajouter un critère</source>
        <translation>Add a criterion</translation>
    </message>
    <message numerus="yes">
        <source>Retirer %Ln critère(s)</source>
        <translation>
            <numerusform>Remove %Ln criterion</numerusform>
            <numerusform>Remove %Ln criteria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln critère(s) retiré(s) — Ctrl+Z pour annuler</source>
        <translation>
            <numerusform>%Ln criterion removed — Ctrl+Z to undo</numerusform>
            <numerusform>%Ln criteria removed — Ctrl+Z to undo</numerusform>
        </translation>
    </message>
    <message>
        <source>Déplacer un critère</source>
        <translation>Move a criterion</translation>
    </message>
</context>
<context>
    <name>KitExport</name>
    <message>
        <source>Le kit n&apos;a pas pu être exporté&#xa0;: une donnée n&apos;est pas valable («&#xa0;{where}&#xa0;»). {detail}</source>
        <translation>The kit could not be exported: a value is not valid (“{where}”). {detail}</translation>
    </message>
    <message>
        <source>Le kit n&apos;a pas pu être exporté&#xa0;: le logo «&#xa0;{path}&#xa0;» est introuvable ou illisible. Choisissez un autre logo dans le profil de la structure, ou exportez sans elle.</source>
        <translation>The kit could not be exported: the logo “{path}” is missing or unreadable. Choose another logo in the organisation&apos;s profile, or export without it.</translation>
    </message>
    <message>
        <source>Le kit n&apos;a pas pu être exporté&#xa0;: le logo «&#xa0;{path}&#xa0;» est trop lourd (plus de {limit}). Choisissez une image plus légère dans le profil de la structure.</source>
        <translation>The kit could not be exported: the logo “{path}” is too heavy (more than {limit}). Choose a lighter image in the organisation&apos;s profile.</translation>
    </message>
    <message>
        <source>Le kit n&apos;a pas pu être exporté&#xa0;: le logo «&#xa0;{path}&#xa0;» n&apos;est pas une image PNG ou JPEG.</source>
        <translation>The kit could not be exported: the logo “{path}” is not a PNG or JPEG image.</translation>
    </message>
    <message>
        <source>Le kit n&apos;a pas pu être enregistré dans «&#xa0;{path}&#xa0;» ({detail}). Vérifiez que la clé USB ou le disque n&apos;est pas plein ou protégé en écriture.</source>
        <translation>The kit could not be saved in “{path}” ({detail}). Check that the USB stick or the disk is not full or write-protected.</translation>
    </message>
    <message>
        <source>Le kit n&apos;a pas pu être exporté.</source>
        <translation>The kit could not be exported.</translation>
    </message>
</context>
<context>
    <name>KitFile</name>
    <message>
        <source>Impossible de lire ce fichier ({detail}). Vérifiez que la clé USB ou le dossier est toujours accessible, puis réessayez.</source>
        <translation>This file cannot be read ({detail}). Check that the USB stick or the folder is still available, then try again.</translation>
    </message>
    <message>
        <source>«&#xa0;{path}&#xa0;» n&apos;est pas un fichier ordinaire (c&apos;est un dossier, un tube nommé ou un périphérique)&#xa0;: choisissez le fichier «&#xa0;.tresse&#xa0;» lui-même.</source>
        <translation>“{path}” is not an ordinary file (it is a folder, a named pipe or a device): choose the “.tresse” file itself.</translation>
    </message>
    <message>
        <source>Ce fichier est trop volumineux pour être un kit Tresse ({what}&#xa0;: plus de {limit}).</source>
        <translation>This file is too large to be a Tresse kit ({what}: more than {limit}).</translation>
    </message>
    <message>
        <source>le fichier</source>
        <translation>the file</translation>
    </message>
    <message>
        <source>du texte</source>
        <translation>text</translation>
    </message>
    <message>
        <source>un objet</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>un nombre entier</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>vrai ou faux</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>une liste</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>Ce fichier n&apos;est pas un kit Tresse&#xa0;: ce n&apos;est pas une archive lisible ({detail}). Un kit Tresse est un fichier qui se termine par «&#xa0;.tresse&#xa0;».</source>
        <translation>This file is not a Tresse kit: it is not a readable archive ({detail}). A Tresse kit is a file whose name ends in “.tresse”.</translation>
    </message>
    <message>
        <source>Ce kit est abîmé&#xa0;: il a sans doute été mal copié ou mal transmis. Demandez à la personne qui vous l&apos;a envoyé de vous le renvoyer.</source>
        <translation>This kit is damaged: it was probably badly copied or sent. Ask the person who sent it to send it again.</translation>
    </message>
    <message>
        <source>Ce fichier contient trop d&apos;éléments ({count}) pour être un kit Tresse.</source>
        <translation>This file holds too many items ({count}) to be a Tresse kit.</translation>
    </message>
    <message>
        <source>Ce fichier n&apos;est pas un kit Tresse&#xa0;: le sommaire de l&apos;archive est anormalement grand ({size}, au plus {limit}).</source>
        <translation>This file is not a Tresse kit: the archive&apos;s table of contents is abnormally large ({size}, at most {limit}).</translation>
    </message>
    <message>
        <source>Ce fichier est refusé&#xa0;: le sommaire de l&apos;archive ne correspond pas à son contenu ({detail}). Il a été abîmé ou fabriqué pour tromper.</source>
        <translation>This file is refused: the archive&apos;s table of contents does not match its content ({detail}). It was damaged or made to deceive.</translation>
    </message>
    <message>
        <source>Ce fichier est refusé&#xa0;: il contient un élément «&#xa0;{name}&#xa0;» qu&apos;aucun kit ne contient ({detail}).</source>
        <translation>This file is refused: it holds an item “{name}” that no kit holds ({detail}).</translation>
    </message>
    <message>
        <source>Ce fichier est refusé&#xa0;: il est compressé avec une méthode que Tresse n&apos;accepte pas ({method}). Un kit Tresse n&apos;utilise que la compression ordinaire des fichiers zip&#xa0;; demandez à la personne qui vous l&apos;a envoyé de l&apos;exporter depuis Tresse.</source>
        <translation>This file is refused: it is compressed with a method Tresse does not accept ({method}). A Tresse kit only uses the ordinary compression of zip files; ask the person who sent it to export it from Tresse.</translation>
    </message>
    <message>
        <source>Cette archive n&apos;est pas un kit Tresse&#xa0;: le fichier «&#xa0;kit.json&#xa0;» n&apos;y est pas.</source>
        <translation>This archive is not a Tresse kit: the file “kit.json” is not in it.</translation>
    </message>
    <message>
        <source>Ce kit est illisible&#xa0;: son texte n&apos;est pas enregistré en UTF-8.</source>
        <translation>This kit cannot be read: its text is not saved in UTF-8.</translation>
    </message>
    <message>
        <source>Ce kit est illisible&#xa0;: son contenu est mal formé ({detail}).</source>
        <translation>This kit cannot be read: its content is malformed ({detail}).</translation>
    </message>
    <message>
        <source>Ce kit est refusé&#xa0;: sa structure est anormalement imbriquée.</source>
        <translation>This kit is refused: its structure is abnormally nested.</translation>
    </message>
    <message>
        <source>Ce fichier n&apos;est pas un kit Tresse ({detail}).</source>
        <translation>This file is not a Tresse kit ({detail}).</translation>
    </message>
    <message>
        <source>Ce kit a été créé par une version plus récente de Tresse ({generator}, format {found})&#xa0;; cette version-ci lit le format {supported}. Mettez Tresse à jour pour l&apos;ouvrir.</source>
        <translation>This kit was made by a newer version of Tresse ({generator}, format {found}); this version reads format {supported}. Update Tresse to open it.</translation>
    </message>
    <message>
        <source>Ce kit est incomplet&#xa0;: l&apos;information «&#xa0;{where}&#xa0;» manque.</source>
        <translation>This kit is incomplete: the item “{where}” is missing.</translation>
    </message>
    <message>
        <source>Ce kit est refusé&#xa0;: l&apos;information «&#xa0;{where}&#xa0;» n&apos;a pas la bonne forme ({expected} attendu).</source>
        <translation>This kit is refused: the item “{where}” does not have the right form ({expected} expected).</translation>
    </message>
    <message>
        <source>Ce kit est refusé&#xa0;: la valeur de «&#xa0;{where}&#xa0;» n&apos;est pas valable ({detail}).</source>
        <translation>This kit is refused: the value of “{where}” is not valid ({detail}).</translation>
    </message>
    <message>
        <source>Ce kit est refusé&#xa0;: «&#xa0;{where}&#xa0;» n&apos;est pas un identifiant valable.</source>
        <translation>This kit is refused: “{where}” is not a valid identifier.</translation>
    </message>
    <message>
        <source>Ce kit est refusé&#xa0;: «&#xa0;{where}&#xa0;» apparaît deux fois ({detail}).</source>
        <translation>This kit is refused: “{where}” appears twice ({detail}).</translation>
    </message>
    <message>
        <source>Ce kit est refusé&#xa0;: «&#xa0;{where}&#xa0;» renvoie à un élément absent du fichier ({detail}).</source>
        <translation>This kit is refused: “{where}” refers to an item missing from the file ({detail}).</translation>
    </message>
    <message>
        <source>Ce kit est refusé&#xa0;: la valeur de «&#xa0;{where}&#xa0;» est hors des limites ({detail}).</source>
        <translation>This kit is refused: the value of “{where}” is out of bounds ({detail}).</translation>
    </message>
    <message>
        <source>Ce kit est refusé&#xa0;: le texte de «&#xa0;{where}&#xa0;» est trop long (plus de {limit} caractères).</source>
        <translation>This kit is refused: the text of “{where}” is too long (more than {limit} characters).</translation>
    </message>
    <message>
        <source>Ce kit est refusé&#xa0;: «&#xa0;{where}&#xa0;» contient trop d&apos;éléments (plus de {limit}).</source>
        <translation>This kit is refused: “{where}” holds too many items (more than {limit}).</translation>
    </message>
    <message>
        <source>Ce fichier n&apos;a pas pu être ouvert comme un kit Tresse.</source>
        <translation>This file could not be opened as a Tresse kit.</translation>
    </message>
    <message>
        <source>Ce kit vient d&apos;une version plus récente de Tresse ({generator})&#xa0;: des informations ajoutées depuis ont pu être ignorées.</source>
        <translation>This kit comes from a newer version of Tresse ({generator}): information added since may have been ignored.</translation>
    </message>
    <message>
        <source>version inconnue</source>
        <translation>unknown version</translation>
    </message>
    <message numerus="yes">
        <source>%Ln séances avaient un statut inconnu&#xa0;: elles sont marquées «&#xa0;pressentie&#xa0;».</source>
        <translation>
            <numerusform>%Ln session had an unknown status: it is marked “pencilled in”.</numerusform>
            <numerusform>%Ln sessions had an unknown status: they are marked “pencilled in”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln présences avaient une valeur inconnue&#xa0;: elles sont ignorées.</source>
        <translation>
            <numerusform>%Ln attendance had an unknown value: it is ignored.</numerusform>
            <numerusform>%Ln attendances had an unknown value: they are ignored.</numerusform>
        </translation>
    </message>
    <message>
        <source>Des caractères de contrôle invisibles ont été retirés de {places}&#xa0;: ils n&apos;ont pas leur place dans un texte.</source>
        <translation>Invisible control characters were removed from {places}: they have no place in a text.</translation>
    </message>
    <message>
        <source>Le logo «&#xa0;{path}&#xa0;» manque dans le fichier ou n&apos;est pas une image utilisable&#xa0;: il est ignoré.</source>
        <translation>The logo “{path}” is missing from the file or is not a usable image: it is ignored.</translation>
    </message>
    <message>
        <source>un texte contient un caractère invalide</source>
        <translation>a text contains an invalid character</translation>
    </message>
    <message>
        <source>question en double</source>
        <translation>question given twice</translation>
    </message>
    <message>
        <source>kit.json en double</source>
        <translation>kit.json given twice</translation>
    </message>
    <message>
        <source>nom d&apos;image non valable</source>
        <translation>invalid image name</translation>
    </message>
    <message>
        <source>caractère nul</source>
        <translation>NUL character</translation>
    </message>
    <message>
        <source>caractère invalide</source>
        <translation>invalid character</translation>
    </message>
    <message>
        <source>texte vide</source>
        <translation>empty text</translation>
    </message>
    <message>
        <source>identifiant répété</source>
        <translation>identifier repeated</translation>
    </message>
    <message>
        <source>date AAAA-MM-JJ attendue</source>
        <translation>YYYY-MM-DD date expected</translation>
    </message>
    <message>
        <source>heure HH:MM attendue</source>
        <translation>HH:MM time expected</translation>
    </message>
    <message>
        <source>date et heure ISO 8601 attendues</source>
        <translation>ISO 8601 date and time expected</translation>
    </message>
    <message>
        <source>yes, no ou unknown</source>
        <translation>yes, no or unknown</translation>
    </message>
    <message>
        <source>projets ou candidatures</source>
        <translation>projets or candidatures</translation>
    </message>
    <message>
        <source>la fin doit suivre le début</source>
        <translation>the end must follow the start</translation>
    </message>
    <message>
        <source>la pause doit tenir dans la séance</source>
        <translation>the break must fit within the session</translation>
    </message>
    <message>
        <source>même séance, même personne, même demi-journée</source>
        <translation>same session, same person, same half-day</translation>
    </message>
    <message>
        <source>même séance, même personne</source>
        <translation>same session, same person</translation>
    </message>
    <message>
        <source>personne dans deux groupes</source>
        <translation>person in two groups</translation>
    </message>
    <message>
        <source>contenu inattendu</source>
        <translation>unexpected content</translation>
    </message>
    <message>
        <source>valeur illisible</source>
        <translation>unreadable value</translation>
    </message>
    <message>
        <source>fichier trop court</source>
        <translation>file too short</translation>
    </message>
    <message>
        <source>fin d&apos;archive introuvable</source>
        <translation>end of archive not found</translation>
    </message>
    <message>
        <source>archive en plusieurs morceaux</source>
        <translation>archive in several parts</translation>
    </message>
    <message>
        <source>archive protégée par un mot de passe</source>
        <translation>password-protected archive</translation>
    </message>
    <message>
        <source>archive zip illisible</source>
        <translation>unreadable zip archive</translation>
    </message>
    <message>
        <source>des données suivent la fin de l&apos;archive</source>
        <translation>data follows the end of the archive</translation>
    </message>
    <message>
        <source>nombres d&apos;éléments contradictoires</source>
        <translation>contradictory numbers of items</translation>
    </message>
    <message>
        <source>sommaire mal placé</source>
        <translation>misplaced table of contents</translation>
    </message>
    <message>
        <source>sommaire illisible</source>
        <translation>unreadable table of contents</translation>
    </message>
    <message>
        <source>nom d&apos;élément illisible</source>
        <translation>unreadable item name</translation>
    </message>
    <message>
        <source>nom vide</source>
        <translation>empty name</translation>
    </message>
    <message>
        <source>caractère de contrôle dans le nom</source>
        <translation>control character in the name</translation>
    </message>
    <message>
        <source>chemin absolu</source>
        <translation>absolute path</translation>
    </message>
    <message>
        <source>barre oblique inverse</source>
        <translation>backslash</translation>
    </message>
    <message>
        <source>lettre de lecteur</source>
        <translation>drive letter</translation>
    </message>
    <message>
        <source>deux-points</source>
        <translation>colon</translation>
    </message>
    <message>
        <source>il remonte dans les dossiers avec «&#xa0;..&#xa0;»</source>
        <translation>it climbs up the folders with “..”</translation>
    </message>
    <message>
        <source>lien symbolique</source>
        <translation>symbolic link</translation>
    </message>
    <message>
        <source>fichier spécial</source>
        <translation>special file</translation>
    </message>
    <message>
        <source>lien Windows</source>
        <translation>Windows link</translation>
    </message>
    <message>
        <source>caractère impossible, une moitié de paire UTF-16 isolée</source>
        <translation>impossible character, half of a UTF-16 pair on its own</translation>
    </message>
    <message>
        <source>atelier</source>
        <translation>workshop</translation>
    </message>
    <message>
        <source>lieu</source>
        <translation>venue</translation>
    </message>
    <message>
        <source>séance</source>
        <translation>session</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>intervenant</source>
        <translation>facilitator</translation>
    </message>
    <message>
        <source>le sommaire ne se lit pas de façon unique</source>
        <translation>the table of contents does not read one way only</translation>
    </message>
    <message>
        <source>en-tête d&apos;élément contradictoire</source>
        <translation>contradictory item header</translation>
    </message>
    <message>
        <source>éléments annoncés&#xa0;: {announced}, trouvés&#xa0;: {found}</source>
        <translation>items announced: {announced}, found: {found}</translation>
    </message>
    <message>
        <source>méthode {number}</source>
        <translation>method {number}</translation>
    </message>
    <message>
        <source>nom de champ&#xa0;: {problem}</source>
        <translation>field name: {problem}</translation>
    </message>
    <message>
        <source>ligne {line}, colonne {column}</source>
        <translation>line {line}, column {column}</translation>
    </message>
    <message>
        <source>le contenu est {found}, pas un objet</source>
        <translation>the content is {found}, not an object</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>un nombre</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>un texte</source>
        <translation>a text</translation>
    </message>
    <message>
        <source>une valeur</source>
        <translation>a value</translation>
    </message>
    <message>
        <source>années {low} à {high}</source>
        <translation>years {low} to {high}</translation>
    </message>
    <message>
        <source>de {low} à {high}</source>
        <translation>from {low} to {high}</translation>
    </message>
    <message>
        <source>{what} {uid}</source>
        <translation>{what} {uid}</translation>
    </message>
    <message>
        <source>format «&#xa0;{format}&#xa0;»</source>
        <translation>format “{format}”</translation>
    </message>
    <message>
        <source>format non indiqué</source>
        <translation>format not given</translation>
    </message>
    <message>
        <source>au plus {limit}&#xa0;logos</source>
        <translation>at most {limit} logos</translation>
    </message>
</context>
<context>
    <name>KitFiles</name>
    <message>
        <source>Exporter le kit</source>
        <translation>Export kit</translation>
    </message>
    <message>
        <source>Kits Tresse (*.tresse)</source>
        <translation>Tresse kits (*.tresse)</translation>
    </message>
    <message>
        <source>Exporter sans la structure émettrice&#xa0;?</source>
        <translation>Export without the issuing organization?</translation>
    </message>
    <message>
        <source>Importer un kit</source>
        <translation>Import a kit</translation>
    </message>
    <message>
        <source>Kits Tresse (*.tresse);;Tous les fichiers (*)</source>
        <translation>Tresse kits (*.tresse);;All files (*)</translation>
    </message>
    <message>
        <source>Partager comme modèle</source>
        <translation>Share as a template</translation>
    </message>
    <message>
        <source> - modèle</source>
        <translation> - template</translation>
    </message>
    <message>
        <source>Inclure les participants, leurs présences et leurs évaluations&#xa0;?

Ce sont des données personnelles&#xa0;: ne les partagez qu&apos;avec une structure qui en a besoin pour l&apos;accompagnement. Pour partager le kit sans elles, choisissez Non, ou Fichier › Partager comme modèle.</source>
        <translation>Include the participants, their attendance and their evaluations?

This is personal data: only share it with an organisation that needs it for the support. To share the kit without it, choose No, or File › Share as a template.</translation>
    </message>
    <message>
        <source> - avec participants</source>
        <translation> - with participants</translation>
    </message>
    <message>
        <source>Vous avez déjà le kit «&#xa0;%1&#xa0;», avec un contenu différent de celui du fichier.</source>
        <translation>You already have the kit “%1”, with content different from the file&apos;s.</translation>
    </message>
    <message>
        <source>Remplacer&#xa0;: le kit, ses ateliers et ses séances prennent le contenu du fichier (vos participants, présences et évaluations sont gardés si le fichier n&apos;en contient pas). Garder les deux&#xa0;: le fichier devient un nouveau kit. Vous pourrez annuler (Ctrl+Z).</source>
        <translation>Replace: the kit, its workshops and sessions take the file&apos;s content (your participants, attendance and evaluations are kept if the file has none). Keep both: the file becomes a new kit. You can undo (Ctrl+Z).</translation>
    </message>
    <message>
        <source>&amp;Remplacer</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <source>&amp;Garder les deux</source>
        <translation>&amp;Keep both</translation>
    </message>
    <message>
        <source>Lecture du kit…</source>
        <translation>Reading the kit…</translation>
    </message>
    <message>
        <source>Rien n&apos;a été modifié.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Le kit «&#xa0;%1&#xa0;» est déjà là, identique&#xa0;: rien n&apos;a changé.</source>
        <translation>The kit “%1” is already here, identical: nothing changed.</translation>
    </message>
    <message>
        <source>Importer «&#xa0;%1&#xa0;»</source>
        <translation>Import “%1”</translation>
    </message>
    <message>
        <source>«&#xa0;%1&#xa0;» a été ajouté&#xa0;: ce lieu ou cet intervenant existait déjà ici avec d&apos;autres informations, qui n&apos;ont pas été modifiées.</source>
        <translation>“%1” was added: this venue or facilitator already existed here with other details, which were not changed.</translation>
    </message>
    <message>
        <source>Le kit «&#xa0;%1&#xa0;» a été importé, avec ces remarques&#xa0;:</source>
        <translation>The kit “%1” has been imported, with these notes:</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire ce fichier&#xa0;: %1</source>
        <translation>This file cannot be written: %1</translation>
    </message>
</context>
<context>
    <name>KitFollowUpPanel</name>
    <message>
        <source>Marquer la séance comme réalisée</source>
        <translation>Mark session as held</translation>
    </message>
    <message>
        <source>Tout le monde présent</source>
        <translation>Everyone present</translation>
    </message>
    <message>
        <source>Pour la case choisie&#xa0;: l&apos;heure d&apos;arrivée ou de départ, dont les heures suivies tiennent compte</source>
        <translation>For the chosen cell: the arrival or departure time, which the hours attended take into account</translation>
    </message>
    <message>
        <source>Présences (par demi-journée)</source>
        <translation>Attendance (per half-day)</translation>
    </message>
    <message>
        <source>Séance&#xa0;:</source>
        <translation>Session:</translation>
    </message>
    <message>
        <source>Retard ou départ anticipé…</source>
        <translation>Late arrival or early departure…</translation>
    </message>
    <message>
        <source>Évaluation à chaud</source>
        <translation>Evaluation on the day</translation>
    </message>
    <message>
        <source>Notes de 1 (pas du tout d&apos;accord) à 4 (tout à fait d&apos;accord).</source>
        <translation>Scores from 1 (strongly disagree) to 4 (strongly agree).</translation>
    </message>
    <message>
        <source>Datez d&apos;abord les séances (onglet Séances)&#xa0;: les présences et les évaluations se saisissent après chaque séance.</source>
        <translation>Date the sessions first (Sessions tab): attendance and evaluations are entered after each session.</translation>
    </message>
    <message>
        <source>Inscrivez d&apos;abord les participants (onglet Participants).</source>
        <translation>Register the participants first (Participants tab).</translation>
    </message>
    <message>
        <source>%1&#xa0;: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Moyennes sur %Ln réponse(s) — </source>
        <translation>
            <numerusform>Averages over %Ln answer — </numerusform>
            <numerusform>Averages over %Ln answers — </numerusform>
        </translation>
    </message>
    <message>
        <source>&#xa0;; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Saisir une présence</source>
        <translation>Record attendance</translation>
    </message>
    <message>
        <source>Saisir une évaluation</source>
        <translation>Record an evaluation</translation>
    </message>
    <message>
        <source>Saisir un retard ou un départ anticipé</source>
        <translation>Record a late arrival or an early departure</translation>
    </message>
    <message>
        <source>Marquer tout le monde présent</source>
        <translation>Mark everyone present</translation>
    </message>
</context>
<context>
    <name>KitGeneralPanel</name>
    <message>
        <source>ex. Ardèche ou 07 (jours fériés et vacances scolaires)</source>
        <translation>e.g. Ardèche or 07 (for public holidays and school holidays)</translation>
    </message>
    <message>
        <source>Imprimée sur les feuilles d&apos;émargement et les attestations, ex. «&#xa0;Action soutenue par la Région et le FSE+&#xa0;»</source>
        <translation>Printed on attendance sheets and certificates, e.g. “Supported by the Region and the ESF+”</translation>
    </message>
    <message>
        <source>Kit archivé (terminé)</source>
        <translation>Kit archived (finished)</translation>
    </message>
    <message>
        <source>&amp;Nom du kit&#xa0;:</source>
        <translation>Kit &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Territoire&#xa0;:</source>
        <translation>&amp;Territory:</translation>
    </message>
    <message>
        <source>&amp;Département&#xa0;:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>Public&#xa0;:</source>
        <translation>Audience:</translation>
    </message>
    <message>
        <source>&amp;Capacité (participants)&#xa0;:</source>
        <translation>&amp;Capacity (participants):</translation>
    </message>
    <message>
        <source>Intervenants du kit&#xa0;:</source>
        <translation>Kit facilitators:</translation>
    </message>
    <message>
        <source>Mention des &amp;financeurs&#xa0;:</source>
        <translation>&amp;Funder acknowledgment:</translation>
    </message>
    <message>
        <source>Mention des &amp;partenaires&#xa0;:</source>
        <translation>&amp;Partner acknowledgment:</translation>
    </message>
    <message>
        <source>N&amp;otes&#xa0;:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Modifier le territoire</source>
        <translation>Change territory</translation>
    </message>
    <message>
        <source>Modifier le département</source>
        <translation>Change department</translation>
    </message>
    <message>
        <source>Modifier la capacité</source>
        <translation>Change capacity</translation>
    </message>
    <message>
        <source>Modifier la mention des financeurs</source>
        <translation>Change funder acknowledgment</translation>
    </message>
    <message>
        <source>Modifier la mention des partenaires</source>
        <translation>Change partner acknowledgment</translation>
    </message>
    <message>
        <source>Modifier les notes</source>
        <translation>Change notes</translation>
    </message>
    <message>
        <source>Archiver le kit</source>
        <translation>Archive kit</translation>
    </message>
    <message>
        <source>Réactiver le kit</source>
        <translation>Reactivate kit</translation>
    </message>
    <message>
        <source>Ajoutez des intervenants&#xa0;: Édition › Lieux, intervenants et dates à éviter</source>
        <translation>Add facilitators: Edit › Venues, facilitators and blackout dates</translation>
    </message>
    <message>
        <source>Modifier les intervenants du kit</source>
        <translation>Change the kit&apos;s facilitators</translation>
    </message>
    <message>
        <source>Un kit doit avoir un nom.</source>
        <translation>A kit must have a name.</translation>
    </message>
    <message>
        <source>Renommer le kit</source>
        <translation>Rename kit</translation>
    </message>
    <message>
        <source>Modifier le public</source>
        <translation>Change audience</translation>
    </message>
</context>
<context>
    <name>KitModels</name>
    <message>
        <source>Kit</source>
        <extracomment>MIME type of library workshops dragged into a kit (a JSON list of library ids). MIME type of a kit&apos;s own workshops dragged to a new place (a JSON list of kit workshop uids).</extracomment>
        <translation>Kit</translation>
    </message>
    <message>
        <source>Territoire</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>Ateliers</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Séances</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Atelier</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Déroulé</source>
        <translation>Outline</translation>
    </message>
    <message>
        <source>complet</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>%1 min à répartir</source>
        <translation>%1 min left to allocate</translation>
    </message>
    <message>
        <source>%1 min de trop</source>
        <translation>%1 min too many</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Séquence</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Projet ou structure</source>
        <translation>Project or organization</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Matériel</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Ateliers concernés</source>
        <translation>Workshops</translation>
    </message>
</context>
<context>
    <name>KitPaperworkPanel</name>
    <message>
        <source>Action de formation</source>
        <translation>Training action</translation>
    </message>
    <message>
        <source>Bilan de compétences</source>
        <translation>Skills assessment</translation>
    </message>
    <message>
        <source>Action de validation des acquis de l&apos;expérience</source>
        <translation>Accreditation of prior experience (VAE)</translation>
    </message>
    <message>
        <source>Action de formation par apprentissage</source>
        <translation>Apprenticeship training</translation>
    </message>
    <message>
        <source>ex. Gratuit (financé par la Région)</source>
        <translation>e.g. Free (funded by the Region)</translation>
    </message>
    <message>
        <source>Attestations, livrets et financeurs</source>
        <translation>Certificates, handouts and funders</translation>
    </message>
    <message>
        <source>Action de formation (au sens du Code du travail)&#xa0;: attestations de fin de formation et certificat de réalisation</source>
        <translation>Training action (as defined by the French Labour Code): end-of-training certificates and certificate of completion</translation>
    </message>
    <message>
        <source>Cofinancé par le FSE+&#xa0;: l&apos;emblème de l&apos;Union européenne est imprimé</source>
        <translation>Co-funded by the ESF+: the European Union emblem is printed</translation>
    </message>
    <message>
        <source>Prérequis&#xa0;:</source>
        <translation>Prerequisites:</translation>
    </message>
    <message>
        <source>Public visé&#xa0;:</source>
        <translation>Intended audience:</translation>
    </message>
    <message>
        <source>Modalités et délais d&apos;accès&#xa0;:</source>
        <translation>How and how soon to join:</translation>
    </message>
    <message>
        <source>Tarif&#xa0;:</source>
        <translation>Price:</translation>
    </message>
    <message>
        <source>Méthodes mobilisées&#xa0;:</source>
        <translation>Teaching methods:</translation>
    </message>
    <message>
        <source>Modalités d&apos;évaluation&#xa0;:</source>
        <translation>How learning is evaluated:</translation>
    </message>
    <message>
        <source>Accessibilité (handicap)&#xa0;:</source>
        <translation>Accessibility (disability):</translation>
    </message>
    <message>
        <source>Contact pour une adaptation&#xa0;:</source>
        <translation>Contact for adaptations:</translation>
    </message>
    <message>
        <source>Vide&#xa0;: «&#xa0;à préciser&#xa0;» sur le programme</source>
        <translation>Empty: “to be confirmed” on the programme</translation>
    </message>
    <message>
        <source>Rendez-vous individuels&#xa0;: durée d&apos;un créneau par personne</source>
        <translation>Individual appointments: length of each person&apos;s slot</translation>
    </message>
    <message>
        <source>Programme&#xa0;: modalités (Qualiopi, indicateur 1)</source>
        <translation>Programme: terms (Qualiopi, indicator 1)</translation>
    </message>
    <message>
        <source>Nature de l&apos;action&#xa0;:</source>
        <translation>Nature of the action:</translation>
    </message>
    <message>
        <source>Lignes par question (livrets)&#xa0;:</source>
        <translation>Lines per question (handouts):</translation>
    </message>
    <message>
        <source>Pas une action de formation</source>
        <translation>Not a training action</translation>
    </message>
    <message>
        <source>Modifier la nature de l&apos;action</source>
        <translation>Change the nature of the action</translation>
    </message>
    <message>
        <source>Cofinancement FSE+</source>
        <translation>ESF+ co-funding</translation>
    </message>
    <message>
        <source>Modifier l&apos;espace d&apos;écriture</source>
        <translation>Change the writing space</translation>
    </message>
    <message>
        <source>Modifier les modalités du programme</source>
        <translation>Change the programme&apos;s terms</translation>
    </message>
    <message>
        <source>Par défaut (profil)&#xa0;: %1</source>
        <translation>Default (profile): %1</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Modifier la durée des créneaux</source>
        <translation>Change the slot length</translation>
    </message>
</context>
<context>
    <name>KitParticipantsPanel</name>
    <message>
        <source>&amp;Retirer</source>
        <extracomment>Largest CSV read into memory for the preview (the parser refuses anything larger).</extracomment>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>C&amp;oller des lignes</source>
        <translation>&amp;Paste rows</translation>
    </message>
    <message>
        <source>Colle des lignes copiées d&apos;un tableur (Ctrl+V)</source>
        <translation>Paste rows copied from a spreadsheet (Ctrl+V)</translation>
    </message>
    <message>
        <source>&amp;Importer un CSV…</source>
        <translation>&amp;Import a CSV…</translation>
    </message>
    <message>
        <source>&amp;Copier les courriels</source>
        <translation>&amp;Copy emails</translation>
    </message>
    <message>
        <source>E&amp;xporter en CSV…</source>
        <translation>E&amp;xport to CSV…</translation>
    </message>
    <message>
        <source>Modifier «&#xa0;%1&#xa0;»</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <source>prenom.nom@exemple.fr</source>
        <translation>first.last@example.org</translation>
    </message>
    <message>
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) inscrit(s) pour %1 places.</source>
        <translation>
            <numerusform>%Ln participant enrolled for %1 places.</numerusform>
            <numerusform>%Ln participants enrolled for %1 places.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>La capacité du kit est dépassée de %Ln.</source>
        <translation>
            <numerusform>The kit&apos;s capacity is exceeded by %Ln.</numerusform>
            <numerusform>The kit&apos;s capacity is exceeded by %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ajouter «&#xa0;%1&#xa0;»</source>
        <translation>Add “%1”</translation>
    </message>
    <message>
        <source>«&#xa0;%1&#xa0;» ajouté·e.</source>
        <translation>“%1” added.</translation>
    </message>
    <message>
        <source>Coller des participants</source>
        <translation>Paste participants</translation>
    </message>
    <message numerus="yes">
        <source>Coller %Ln participant(s)</source>
        <translation>
            <numerusform>Paste %Ln participant</numerusform>
            <numerusform>Paste %Ln participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retirer %Ln participant(s)</source>
        <translation>
            <numerusform>Remove %Ln participant</numerusform>
            <numerusform>Remove %Ln participants</numerusform>
        </translation>
    </message>
    <message>
        <source>«&#xa0;%1&#xa0;» supprimé — Ctrl+Z pour annuler</source>
        <translation>“%1” removed — Ctrl+Z to undo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) supprimé(s) — Ctrl+Z pour annuler</source>
        <translation>
            <numerusform>%Ln participant removed — Ctrl+Z to undo</numerusform>
            <numerusform>%Ln participants removed — Ctrl+Z to undo</numerusform>
        </translation>
    </message>
    <message>
        <source>Importer des participants</source>
        <translation>Import participants</translation>
    </message>
    <message>
        <source>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Impossible de lire ce fichier&#xa0;: %1</source>
        <translation>Cannot read this file: %1</translation>
    </message>
    <message numerus="yes">
        <source>Importer %Ln participants</source>
        <translation>
            <numerusform>Import %Ln participant</numerusform>
            <numerusform>Import %Ln participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln adresses copiées&#xa0;: collez-les dans le champ «&#xa0;À&#xa0;» ou «&#xa0;Cci&#xa0;» de votre messagerie.</source>
        <translation>
            <numerusform>%Ln address copied: paste it into the “To” or “Bcc” field of your email.</numerusform>
            <numerusform>%Ln addresses copied: paste them into the “To” or “Bcc” field of your email.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporter les participants</source>
        <translation>Export participants</translation>
    </message>
    <message>
        <source>Fichiers CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>KitSessionsPanel</name>
    <message>
        <source>&amp;Planifier automatiquement…</source>
        <translation>&amp;Schedule automatically…</translation>
    </message>
    <message>
        <source>&amp;Modifier la séance…</source>
        <translation>&amp;Edit session…</translation>
    </message>
    <message>
        <source>Exporter l&apos;agenda (.ics)…</source>
        <translation>Export calendar (.ics)…</translation>
    </message>
    <message>
        <source>Lieux et intervenants…</source>
        <translation>Venues and facilitators…</translation>
    </message>
    <message>
        <source>A&amp;nimer la séance (F5)</source>
        <translation>&amp;Run the session (F5)</translation>
    </message>
    <message>
        <source>&amp;Statut des séances choisies</source>
        <translation>&amp;Status of the selected sessions</translation>
    </message>
    <message>
        <source>&amp;Confirmer toutes les séances</source>
        <translation>&amp;Confirm all sessions</translation>
    </message>
    <message>
        <source>Ajoutez d&apos;abord des ateliers au kit (onglet Ateliers).</source>
        <translation>Add workshops to the kit first (Workshops tab).</translation>
    </message>
    <message numerus="yes">
        <source>Aucune séance n&apos;est encore datée. «&#xa0;Planifier automatiquement&#xa0;» propose des dates pour les %Ln ateliers, dans l&apos;ordre du kit.</source>
        <translation>
            <numerusform>No session is dated yet. “Plan automatically” proposes a date for the workshop.</numerusform>
            <numerusform>No session is dated yet. “Plan automatically” proposes dates for the %Ln workshops, in the kit&apos;s order.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln séances datées.</source>
        <translation>
            <numerusform>%Ln session scheduled.</numerusform>
            <numerusform>%Ln sessions scheduled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln alertes&#xa0;: survolez ou sélectionnez une séance pour les lire.</source>
        <translation>
            <numerusform>%Ln alert: hover over or select a session to read it.</numerusform>
            <numerusform>%Ln alerts: hover over or select a session to read them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ce kit a déjà %Ln séances datées. Les remplacer par un nouveau calendrier&#xa0;?</source>
        <translation>
            <numerusform>This kit already has %Ln dated session. Replace it with a new schedule?</numerusform>
            <numerusform>This kit already has %Ln dated sessions. Replace them with a new schedule?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Séances&#xa0;: «&#xa0;%1&#xa0;» (%Ln)</source>
        <translation>
            <numerusform>Session: “%1” (%Ln)</numerusform>
            <numerusform>Sessions: “%1” (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Modifier la séance «&#xa0;%1&#xa0;»</source>
        <translation>Edit session “%1”</translation>
    </message>
    <message>
        <source>Planifier les séances</source>
        <translation>Schedule sessions</translation>
    </message>
</context>
<context>
    <name>KitSummaryPanel</name>
    <message>
        <source>&lt;b&gt;Matériel à prévoir&lt;/b&gt; pour l&apos;ensemble du kit</source>
        <translation>&lt;b&gt;Materials needed&lt;/b&gt; for the whole kit</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%Ln séances&lt;/b&gt;, %1 d&apos;ateliers au total.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%Ln session&lt;/b&gt;, %1 of workshops in all.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%Ln sessions&lt;/b&gt;, %1 of workshops in all.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%Ln participants inscrits pour %1 places.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%Ln participant enrolled for %1 places.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%Ln participants enrolled for %1 places.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#a4161a&apos;&gt;&lt;b&gt;Attention&#xa0;: le nombre de participants dépasse la capacité du kit.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#a4161a&apos;&gt;&lt;b&gt;Warning: the number of participants exceeds the kit&apos;s capacity.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>KitWorkshopsPanel</name>
    <message>
        <source>Filtrer la bibliothèque…</source>
        <translation>Filter the library…</translation>
    </message>
    <message>
        <source>Ajouter au kit →</source>
        <translation>Add to kit →</translation>
    </message>
    <message>
        <source>Ajoute l&apos;atelier choisi dans la bibliothèque (ou double-clic, ou glisser-déposer)</source>
        <translation>Adds the workshop selected in the library (or double-click, or drag and drop)</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Nouvel atelier</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <source>Enregistrer dans la bibliothèque</source>
        <translation>Save to library</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bibliothèque d&apos;ateliers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Workshop library&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ateliers du kit&lt;/b&gt;, dans l&apos;ordre des séances</source>
        <translation>&lt;b&gt;Kit workshops&lt;/b&gt;, in session order</translation>
    </message>
    <message>
        <source>Ajouter «&#xa0;%1&#xa0;»</source>
        <translation>Add “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Ajouter %Ln ateliers</source>
        <translation>
            <numerusform>Add %Ln workshop</numerusform>
            <numerusform>Add %Ln workshops</numerusform>
        </translation>
    </message>
    <message>
        <source>Déplacer un atelier</source>
        <translation>Move a workshop</translation>
    </message>
    <message>
        <source>Déplacer «&#xa0;%1&#xa0;»</source>
        <translation>Move “%1”</translation>
    </message>
    <message>
        <source>Retirer «&#xa0;%1&#xa0;»</source>
        <translation>Remove “%1”</translation>
    </message>
    <message>
        <source>«&#xa0;%1&#xa0;» est enregistré dans la bibliothèque (Ctrl+Z pour annuler).</source>
        <translation>“%1” is saved in the library (Ctrl+Z to undo).</translation>
    </message>
    <message>
        <source>Modifier «&#xa0;%1&#xa0;»</source>
        <translation>Edit “%1”</translation>
    </message>
</context>
<context>
    <name>KitsPage</name>
    <message>
        <source>Kits en cours</source>
        <extracomment>The kit editor&apos;s panels (each is given the kit shown).</extracomment>
        <translation>Active kits</translation>
    </message>
    <message>
        <source>Kits archivés</source>
        <translation>Archived kits</translation>
    </message>
    <message>
        <source>Tous les kits</source>
        <translation>All kits</translation>
    </message>
    <message>
        <source>&amp;Nouveau kit…</source>
        <translation>&amp;New kit…</translation>
    </message>
    <message>
        <source>D&amp;upliquer</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>&amp;Imprimer…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Programme, livrets, feuilles d&apos;émargement, attestations… (Ctrl+P)</source>
        <translation>Program, handouts, attendance sheets, certificates… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Afficher&#xa0;:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Aucun kit sélectionné&lt;/h3&gt;&lt;p&gt;Choisissez un kit dans la liste, ou créez-en un à partir d&apos;un modèle («&#xa0;Outille ton projet&#xa0;», «&#xa0;Premiers Pas&#xa0;»…), des actions d&apos;une expérimentation, ou vierge&#xa0;: bouton &lt;b&gt;Nouveau kit…&lt;/b&gt; ou &lt;b&gt;Ctrl+N&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;No kit selected&lt;/h3&gt;&lt;p&gt;Choose a kit in the list, or create one from a template (“Outille ton projet”, “Premiers Pas”…), from the actions of an experiment, or from scratch: &lt;b&gt;New kit…&lt;/b&gt; button or &lt;b&gt;Ctrl+N&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Général</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Ateliers</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Appel</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Séances</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Présences et évaluations</source>
        <translation>Attendance and evaluations</translation>
    </message>
    <message>
        <source>Récapitulatif</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Créer le kit «&#xa0;%1&#xa0;»</source>
        <translation>Create kit “%1”</translation>
    </message>
    <message>
        <source>Dupliquer le kit</source>
        <translation>Duplicate kit</translation>
    </message>
    <message>
        <source>Nom de la copie&#xa0;:</source>
        <translation>Name of the copy:</translation>
    </message>
    <message>
        <source>%1 (copie)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>Donnez un nom à la copie.</source>
        <translation>Give the copy a name.</translation>
    </message>
    <message>
        <source>Dupliquer «&#xa0;%1&#xa0;»</source>
        <translation>Duplicate “%1”</translation>
    </message>
    <message>
        <source>Supprimer le kit</source>
        <translation>Delete kit</translation>
    </message>
    <message>
        <source>Supprimer le kit «&#xa0;%1&#xa0;», ses ateliers, ses participants et ses séances&#xa0;?

Vous pourrez l&apos;annuler avec Édition › Annuler (Ctrl+Z).</source>
        <translation>Delete the kit “%1” with its workshops, participants and sessions?

You can undo this with Edit › Undo (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Supprimer le kit «&#xa0;%1&#xa0;»</source>
        <translation>Delete kit “%1”</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>«&#xa0;{title}&#xa0;» ({kit})</source>
        <translation>“{title}” ({kit})</translation>
    </message>
    <message>
        <source>«&#xa0;{title}&#xa0;»</source>
        <translation>“{title}”</translation>
    </message>
    <message>
        <source>Séance sans atelier</source>
        <translation>Session without a workshop</translation>
    </message>
    <message>
        <source>«&#xa0;{name}, {commune}&#xa0;»</source>
        <translation>“{name}, {commune}”</translation>
    </message>
    <message>
        <source>«&#xa0;{name}&#xa0;»</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <source>un lieu inconnu</source>
        <translation>an unknown venue</translation>
    </message>
    <message>
        <source>Un membre de l&apos;équipe d&apos;animation</source>
        <translation>A member of the facilitating team</translation>
    </message>
    <message>
        <source>Une personne inscrite</source>
        <translation>An enrolled person</translation>
    </message>
    <message>
        <source>sans nom</source>
        <translation>without a name</translation>
    </message>
    <message>
        <source>{date} «&#xa0;{title}&#xa0;»</source>
        <translation>{date} “{title}”</translation>
    </message>
    <message>
        <source>{name} ({sessions})</source>
        <translation>{name} ({sessions})</translation>
    </message>
    <message>
        <source>«&#xa0;{text}&#xa0;»</source>
        <translation>“{text}”</translation>
    </message>
    <message numerus="yes">
        <source>%Ln autres</source>
        <translation>
            <numerusform>%Ln other</numerusform>
            <numerusform>%Ln others</numerusform>
        </translation>
    </message>
    <message>
        <source>{size}&#xa0;Mo</source>
        <translation>{size} MB</translation>
    </message>
    <message numerus="yes">
        <source>%Ln&#xa0;octets</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LateDialog</name>
    <message>
        <source>Retard ou départ anticipé</source>
        <translation>Late arrival or early departure</translation>
    </message>
    <message>
        <source>Arrivée à</source>
        <translation>Arrived at</translation>
    </message>
    <message>
        <source>Départ à</source>
        <translation>Left at</translation>
    </message>
    <message>
        <source>Les heures suivies comptent à partir de l&apos;arrivée et jusqu&apos;au départ.</source>
        <translation>The hours attended count from the arrival and until the departure.</translation>
    </message>
</context>
<context>
    <name>LiveLaunch</name>
    <message>
        <source>Animer la séance</source>
        <translation>Run the session</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une séance&#xa0;: dans l&apos;onglet «&#xa0;Séances&#xa0;» d&apos;un kit ou dans le calendrier.</source>
        <translation>First choose a session: in a kit’s “Sessions” tab or in the calendar.</translation>
    </message>
    <message>
        <source>Cette séance a déjà été animée en partie. Reprendre là où vous en étiez&#xa0;? («&#xa0;Non&#xa0;» repart du début.)</source>
        <translation>Part of this session has already been run. Resume where you left off? (“No” starts again from the beginning.)</translation>
    </message>
</context>
<context>
    <name>LiveSession</name>
    <message>
        <source>Temps passé en séance («&#xa0;%1&#xa0;»)</source>
        <extracomment>the half-day the roll call marks and the groups are drawn from (the one under way, unless she changes it)</extracomment>
        <translation>Time spent in session (“%1”)</translation>
    </message>
    <message>
        <source>Tirer les sous-groupes</source>
        <translation>Draw the sub-groups</translation>
    </message>
    <message>
        <source>Appel&#xa0;: %1</source>
        <translation>Roll call: %1</translation>
    </message>
</context>
<context>
    <name>LiveWindows</name>
    <message>
        <source>Terminer l&apos;animation</source>
        <translation>Finish running the session</translation>
    </message>
    <message>
        <source>Quitter l&apos;animation de la séance&#xa0;? Le temps passé par étape est gardé avec la séance.</source>
        <translation>Stop running the session? The time spent on each step is kept with the session.</translation>
    </message>
    <message>
        <source>Animer la séance</source>
        <translation>Run the session</translation>
    </message>
    <message>
        <source>Cette séance n&apos;existe plus&#xa0;: l&apos;animation s&apos;arrête.</source>
        <translation>This session no longer exists: running it stops.</translation>
    </message>
</context>
<context>
    <name>LogoField</name>
    <message>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>(aucun logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <source>(image illisible)</source>
        <translation>(unreadable image)</translation>
    </message>
    <message>
        <source>Choisir un logo</source>
        <translation>Choose a logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Mes kits</source>
        <translation>My kits</translation>
    </message>
    <message>
        <source>Calendrier</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Mode portable&#xa0;: données dans %1</source>
        <translation>Portable mode: data in %1</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Nouveau kit…</source>
        <translation>&amp;New kit…</translation>
    </message>
    <message>
        <source>&amp;Importer un kit…</source>
        <translation>&amp;Import a kit…</translation>
    </message>
    <message>
        <source>Les ateliers et leur déroulé, sans participants, dates, lieux ni coordonnées&#xa0;: pour une autre structure</source>
        <translation>The workshops and their outline, without participants, dates, venues or contact details: for another organisation</translation>
    </message>
    <message>
        <source>&amp;Imprimer…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Exporter un &amp;agenda (.ics)…</source>
        <translation>Export a &amp;calendar (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Bilan pour les financeurs…</source>
        <translation>Funders&apos; &amp;report…</translation>
    </message>
    <message>
        <source>Ani&amp;mer la séance</source>
        <translation>Run the &amp;session</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>É&amp;dition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Annuler</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Rétablir</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Effacer les filtres</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <source>&amp;Structure émettrice…</source>
        <translation>&amp;Issuing organization…</translation>
    </message>
    <message>
        <source>&amp;Lieux, intervenants et dates à éviter…</source>
        <translation>&amp;Venues, facilitators and blackout dates…</translation>
    </message>
    <message>
        <source>&amp;Préférences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Expérimentations</source>
        <translation>&amp;Experiments</translation>
    </message>
    <message>
        <source>&amp;Ateliers</source>
        <translation>&amp;Workshops</translation>
    </message>
    <message>
        <source>&amp;Modèles de kits</source>
        <translation>&amp;Kit templates</translation>
    </message>
    <message>
        <source>Mes &amp;kits</source>
        <translation>&amp;My kits</translation>
    </message>
    <message>
        <source>&amp;Calendrier</source>
        <translation>&amp;Calendar</translation>
    </message>
    <message>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Prise en main</source>
        <translation>&amp;Getting started</translation>
    </message>
    <message>
        <source>À &amp;propos de Tresse</source>
        <translation>&amp;About Tresse</translation>
    </message>
    <message>
        <source>Tout est enregistré.</source>
        <translation>Everything is saved.</translation>
    </message>
    <message>
        <source>Exporter le kit</source>
        <translation>Export kit</translation>
    </message>
    <message>
        <source>Partager comme modèle</source>
        <translation>Share as a template</translation>
    </message>
    <message>
        <source>Kit partagé comme modèle.</source>
        <translation>Kit shared as a template.</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Kit exporté.</source>
        <translation>Kit exported.</translation>
    </message>
    <message>
        <source>Accompagner les projets d&apos;ESS en milieu rural</source>
        <translation>Supporting social economy projects in rural areas</translation>
    </message>
    <message>
        <source>&amp;Partager comme modèle…</source>
        <translation>&amp;Share as a template…</translation>
    </message>
    <message>
        <source>&amp;Exporter le kit (dates, lieux)…</source>
        <translation>&amp;Export the kit (dates, venues)…</translation>
    </message>
    <message>
        <source>&amp;Rechercher</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un kit dans «&#xa0;Mes kits&#xa0;».</source>
        <translation>First choose a kit in “My kits”.</translation>
    </message>
    <message>
        <source>Bilan enregistré dans %1</source>
        <translation>Report saved to %1</translation>
    </message>
    <message>
        <source>Enregistrement impossible</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>La modification n&apos;a pas pu être enregistrée.</source>
        <translation>The change could not be saved.</translation>
    </message>
    <message>
        <source>À propos de Tresse</source>
        <translation>About Tresse</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Tresse&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Composer, planifier et imprimer les kits d&apos;accompagnement des projets de l&apos;économie sociale et solidaire en milieu rural, sans connexion.&lt;/p&gt;&lt;p&gt;Le catalogue reprend les dix expérimentations du programme TRESSONS de l&apos;Avise (2020).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Tresse&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Compose, schedule and print support kits for social and solidarity economy projects in rural areas, offline.&lt;/p&gt;&lt;p&gt;The catalogue holds the ten experiments of Avise&apos;s TRESSONS programme (2020).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NewKitDialog</name>
    <message>
        <source>Nouveau kit</source>
        <translation>New kit</translation>
    </message>
    <message>
        <source>À partir d&apos;un &amp;modèle de kit</source>
        <translation>From a kit &amp;template</translation>
    </message>
    <message>
        <source>À partir des actions d&apos;une &amp;expérimentation</source>
        <translation>From the actions of an &amp;experiment</translation>
    </message>
    <message>
        <source>Kit &amp;vierge</source>
        <translation>&amp;Blank kit</translation>
    </message>
    <message>
        <source>Créer le kit</source>
        <translation>Create kit</translation>
    </message>
    <message>
        <source>Modèle&#xa0;:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <source>Expérimentation&#xa0;:</source>
        <translation>Experiment:</translation>
    </message>
    <message>
        <source>&amp;Nom du kit&#xa0;:</source>
        <translation>Kit &amp;name:</translation>
    </message>
    <message>
        <source>Donnez un nom au kit.</source>
        <translation>Give the kit a name.</translation>
    </message>
    <message>
        <source>Ce nom est trop long.</source>
        <translation>This name is too long.</translation>
    </message>
</context>
<context>
    <name>ParticipantView</name>
    <message>
        <source>Séance en cours — vue des participants</source>
        <translation>Session in progress — participants’ view</translation>
    </message>
    <message>
        <source>F2&#xa0;: vos notes et l&apos;appel · Échap&#xa0;: terminer</source>
        <translation>F2: your notes and the roll call · Esc: finish</translation>
    </message>
</context>
<context>
    <name>PasteParticipantsDialog</name>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Projet ou structure</source>
        <translation>Project or organization</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Prénom et nom</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>(ne pas importer)</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <source>Coller des participants</source>
        <translation>Paste participants</translation>
    </message>
    <message>
        <source>La première ligne collée donne les titres des colonnes.</source>
        <translation>The first pasted row gives the column titles.</translation>
    </message>
    <message>
        <source>Sans ligne de titres, les colonnes sont lues dans l&apos;ordre de la saisie rapide. Changez ce que contient une colonne si besoin&#xa0;:</source>
        <translation>Without a title row, the columns are read in the quick-entry order. Change what a column holds if needed:</translation>
    </message>
    <message>
        <source>lignes collées</source>
        <translation>pasted rows</translation>
    </message>
    <message numerus="yes">
        <source>%Ln personne(s) lue(s) dans les lignes collées.</source>
        <translation>
            <numerusform>%Ln person read from the pasted rows.</numerusform>
            <numerusform>%Ln people read from the pasted rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attention&#xa0;: c&apos;est plus que les %Ln places restantes du kit.</source>
        <translation>
            <numerusform>Warning: that is more than the kit&apos;s %Ln remaining place.</numerusform>
            <numerusform>Warning: that is more than the kit&apos;s %Ln remaining places.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <source>Le document «&#xa0;%1&#xa0;» est introuvable&#xa0;: il a peut-être été déplacé ou supprimé. Générez les documents à nouveau.</source>
        <translation>The document “%1” cannot be found: it may have been moved or deleted. Generate the documents again.</translation>
    </message>
    <message>
        <source>Le document «&#xa0;%1&#xa0;» n&apos;a pas pu être lu&#xa0;: Tresse n&apos;a pas le droit de l&apos;ouvrir. Vérifiez le dossier, ou générez les documents ailleurs.</source>
        <translation>The document “%1” could not be read: Tresse is not allowed to open it. Check the folder, or generate the documents somewhere else.</translation>
    </message>
    <message>
        <source>Le document «&#xa0;%1&#xa0;» est endommagé ou n&apos;est pas un PDF lisible. Générez les documents à nouveau.</source>
        <translation>The document “%1” is damaged or is not a readable PDF. Generate the documents again.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Page %1</source>
        <extracomment>Width of a portrait page&apos;s thumbnail, in device-independent pixels. Thumbnails kept in memory at most (each is a few tens of kilobytes).</extracomment>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Aperçu avant impression</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>&amp;Document&#xa0;:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>Page précédente</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Page suivante</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Zoom −</source>
        <translation>Zoom −</translation>
    </message>
    <message>
        <source>Réduire (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom +</source>
        <translation>Zoom +</translation>
    </message>
    <message>
        <source>Agrandir (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <source>Pleine &amp;largeur</source>
        <translation>Fit &amp;width</translation>
    </message>
    <message>
        <source>Ajuster la page à la largeur de la fenêtre (Ctrl+0)</source>
        <translation>Fit the page to the window width (Ctrl+0)</translation>
    </message>
    <message>
        <source>&amp;Imprimer…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>Page %1 / %2</translation>
    </message>
</context>
<context>
    <name>PdfPrinting</name>
    <message>
        <source>Imprimer</source>
        <extracomment>Printing renders each page at the printer&apos;s resolution, but never finer than this.</extracomment>
        <translation>Print</translation>
    </message>
    <message>
        <source>Envoi à l&apos;imprimante…</source>
        <translation>Sending to the printer…</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>L&apos;imprimante n&apos;a pas pu être ouverte. Vérifiez qu&apos;elle est allumée et branchée, puis réessayez&#xa0;; vous pouvez aussi ouvrir le document dans votre lecteur PDF pour l&apos;imprimer.</source>
        <translation>The printer could not be opened. Check that it is switched on and connected, then try again; you can also open the document in your PDF reader to print it.</translation>
    </message>
    <message>
        <source>Rien n&apos;a été imprimé.</source>
        <translation>Nothing was printed.</translation>
    </message>
</context>
<context>
    <name>PlacesDialog</name>
    <message>
        <source>Lieux, intervenants et dates à éviter</source>
        <translation>Venues, facilitators and blackout dates</translation>
    </message>
    <message>
        <source>Nouveau lieu</source>
        <translation>New venue</translation>
    </message>
    <message>
        <source>Retirer le lieu</source>
        <translation>Remove venue</translation>
    </message>
    <message>
        <source>Lieux</source>
        <translation>Venues</translation>
    </message>
    <message>
        <source>Nouvel intervenant</source>
        <translation>New facilitator</translation>
    </message>
    <message>
        <source>Retirer l&apos;intervenant</source>
        <translation>Remove facilitator</translation>
    </message>
    <message>
        <source>Les personnes qui animent les séances, dans tous vos kits.</source>
        <translation>The people who lead the sessions, across all your kits.</translation>
    </message>
    <message>
        <source>Intervenants</source>
        <translation>Facilitators</translation>
    </message>
    <message numerus="yes">
        <source>• et %Ln autre(s) séance(s)</source>
        <translation>
            <numerusform>• and %Ln other session</numerusform>
            <numerusform>• and %Ln other sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>«&#xa0;%1&#xa0;» accueille %Ln séance(s), qui n&apos;auront plus de lieu&#xa0;:</source>
        <translation>
            <numerusform>“%1” hosts %Ln session, which will have no venue any more:</numerusform>
            <numerusform>“%1” hosts %Ln sessions, which will have no venue any more:</numerusform>
        </translation>
    </message>
    <message>
        <source>Retirer ce lieu&#xa0;? Vous pourrez l&apos;annuler (Ctrl+Z).</source>
        <translation>Remove this venue? You can undo it (Ctrl+Z).</translation>
    </message>
    <message>
        <source>%1 fait partie de l&apos;équipe de ces kits ou de leurs séances&#xa0;: %2. Il ou elle en sera retiré·e. Continuer&#xa0;? Vous pourrez l&apos;annuler (Ctrl+Z).</source>
        <translation>%1 is on the team of these kits or of their sessions: %2. They will be removed from them. Continue? You can undo it (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Ajouter une date à éviter</source>
        <translation>Add a date to avoid</translation>
    </message>
    <message>
        <source>Retirer une date à éviter</source>
        <translation>Remove a date to avoid</translation>
    </message>
    <message>
        <source>Motif (facultatif), ex. fête du village</source>
        <translation>Reason (optional), e.g. village festival</translation>
    </message>
    <message>
        <source>&amp;Modifier le lieu…</source>
        <translation>&amp;Edit venue…</translation>
    </message>
    <message>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Salles des fêtes, tiers-lieux, mairies, fermes… réutilisables dans tous vos kits. Tapez dans une case pour la corriger&#xa0;; Tab passe à la suivante. Plain-pied, parking, réseau, Wi-Fi&#xa0;: oui, non, ou case grisée «&#xa0;à préciser&#xa0;» (cliquez pour passer de l&apos;un à l&apos;autre).</source>
        <translation>Village halls, third places, town halls, farms… reusable in all your kits. Type in a cell to correct it; Tab moves to the next one. Step-free, parking, mobile network, Wi-Fi: yes, no, or a greyed box “to be specified” (click to go from one to the other).</translation>
    </message>
    <message>
        <source>La planification automatique ne place aucune séance ces jours-là.</source>
        <translation>Automatic scheduling never places a session on these days.</translation>
    </message>
    <message>
        <source>Dates à éviter</source>
        <translation>Blackout dates</translation>
    </message>
    <message>
        <source>Annuler la dernière modification</source>
        <translation>Undo the last change</translation>
    </message>
    <message>
        <source>Ctrl+Z&#xa0;; Ctrl+Maj+Z pour la rétablir</source>
        <translation>Ctrl+Z; Ctrl+Shift+Z to redo it</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Planifier les séances — %1</source>
        <extracomment>The venue list&apos;s last entry: a new venue, typed in a form.</extracomment>
        <translation>Schedule sessions — %1</translation>
    </message>
    <message numerus="yes">
        <source>Espacement du modèle (%Ln jours)</source>
        <translation>
            <numerusform>The template&apos;s spacing (%Ln day)</numerusform>
            <numerusform>The template&apos;s spacing (%Ln days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Chaque semaine</source>
        <translation>Every week</translation>
    </message>
    <message>
        <source>Toutes les deux semaines</source>
        <translation>Every two weeks</translation>
    </message>
    <message>
        <source>Chaque mois</source>
        <translation>Every month</translation>
    </message>
    <message>
        <source>(lieu à définir)</source>
        <translation>(venue to be decided)</translation>
    </message>
    <message>
        <source>Nouveau lieu…</source>
        <translation>New venue…</translation>
    </message>
    <message>
        <source>Ne pas tenir compte des vacances scolaires</source>
        <translation>Ignore school holidays</translation>
    </message>
    <message>
        <source>Éviter les vacances scolaires de la zone %1</source>
        <translation>Avoid zone %1 school holidays</translation>
    </message>
    <message>
        <source> (celle du département)</source>
        <translation> (the department&apos;s zone)</translation>
    </message>
    <message numerus="yes">
        <source>Les week-ends, les jours fériés et vos dates à éviter (%Ln) sont toujours écartés. Les ateliers d&apos;une journée ont lieu le matin et l&apos;après-midi, avec une pause déjeuner.</source>
        <translation>
            <numerusform>Weekends, public holidays and your blackout dates (%Ln) are always skipped. Full-day workshops take place in the morning and the afternoon, with a lunch break.</numerusform>
            <numerusform>Weekends, public holidays and your blackout dates (%Ln) are always skipped. Full-day workshops take place in the morning and the afternoon, with a lunch break.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Première séance le ou après le&#xa0;:</source>
        <translation>&amp;First session on or after:</translation>
    </message>
    <message>
        <source>&amp;Rythme&#xa0;:</source>
        <translation>Fre&amp;quency:</translation>
    </message>
    <message>
        <source>Jours possibles&#xa0;:</source>
        <translation>Possible days:</translation>
    </message>
    <message>
        <source>&amp;Heure de début&#xa0;:</source>
        <translation>Start &amp;time:</translation>
    </message>
    <message>
        <source>&amp;Lieu&#xa0;:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <source>Intervenants&#xa0;:</source>
        <translation>Facilitators:</translation>
    </message>
    <message>
        <source>&amp;Vacances scolaires&#xa0;:</source>
        <translation>&amp;School holidays:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln séances, du %1 au %2.</source>
        <translation>
            <numerusform>%Ln session, from %1 to %2.</numerusform>
            <numerusform>%Ln sessions, from %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Planifier</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Ces réglages ne permettent pas de planifier (%1).</source>
        <translation>Cannot schedule with these settings (%1).</translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <source>«&#xa0;{title}&#xa0;» placé le {day} et non le {wanted}&#xa0;: {reasons}.</source>
        <translation>“{title}” placed on {day} rather than {wanted}: {reasons}.</translation>
    </message>
    <message>
        <source>{holiday} (jour férié)</source>
        <translation>{holiday} (public holiday)</translation>
    </message>
    <message>
        <source>date indisponible</source>
        <translation>unavailable date</translation>
    </message>
    <message>
        <source>{holiday} (zone {zone})</source>
        <translation>{holiday} (zone {zone})</translation>
    </message>
    <message>
        <source>Les ateliers d&apos;une journée commencent le matin, à {start}.</source>
        <translation>Full-day workshops start in the morning, at {start}.</translation>
    </message>
    <message>
        <source>La zone {zone} choisie n&apos;est pas celle de {departement}, en zone {its_zone}.</source>
        <translation>The chosen zone {zone} is not that of {departement}, which is in zone {its_zone}.</translation>
    </message>
    <message>
        <source>Département «&#xa0;{departement}&#xa0;» non reconnu&#xa0;: seuls les jours fériés nationaux sont pris en compte (pas ceux d&apos;Alsace-Moselle ni d&apos;outre-mer).</source>
        <translation>Département “{departement}” not recognised: only national public holidays are taken into account (not those of Alsace-Moselle or overseas).</translation>
    </message>
    <message>
        <source>Département «&#xa0;{departement}&#xa0;» non reconnu&#xa0;: seuls les jours fériés nationaux sont pris en compte (pas ceux d&apos;Alsace-Moselle ni d&apos;outre-mer), ni les vacances scolaires.</source>
        <translation>Département “{departement}” not recognised: only national public holidays are taken into account (not those of Alsace-Moselle or overseas), and no school holidays.</translation>
    </message>
    <message>
        <source>{departement} n&apos;appartient à aucune des zones scolaires A, B ou C&#xa0;: son calendrier scolaire lui est propre et Tresse ne le connaît pas, les vacances scolaires ne sont donc pas prises en compte.</source>
        <translation>{departement} belongs to none of the school zones A, B or C: it has its own school calendar, which Tresse does not know, so school holidays are not taken into account.</translation>
    </message>
    <message numerus="yes">
        <source>Les vacances scolaires de la zone {zone} ne sont pas encore publiées pour les années scolaires {years} dans les données de Tresse (dates à partir du {day})&#xa0;: elles n&apos;ont pas pu être prises en compte&#xa0;; vérifiez ces dates sur le calendrier scolaire officiel.</source>
        <translation>
            <numerusform>The school holidays of zone {zone} are not yet published for the school year {years} in Tresse&apos;s data (dates from {day}): they could not be taken into account; check these dates on the official school calendar.</numerusform>
            <numerusform>The school holidays of zone {zone} are not yet published for the school years {years} in Tresse&apos;s data (dates from {day}): they could not be taken into account; check these dates on the official school calendar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Préférences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Langue du système</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>La nouvelle langue s&apos;applique au prochain démarrage de Tresse.</source>
        <translation>The new language applies the next time Tresse starts.</translation>
    </message>
    <message>
        <source>&amp;Langue de l&apos;interface&#xa0;:</source>
        <translation>Interface &amp;language:</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <source>Présent</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Absent excusé</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Matin</source>
        <translation>Morning</translation>
    </message>
    <message>
        <source>Après-midi</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <source>arrivée %1</source>
        <translation>arrived %1</translation>
    </message>
    <message>
        <source>départ %1</source>
        <translation>left %1</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Imprimer — %1</source>
        <translation>Print — %1</translation>
    </message>
    <message>
        <source>Le programme et les attestations couvrent toujours tout le cycle, quelles que soient les séances cochées.</source>
        <translation>The program and the certificates always cover the whole cycle, whichever sessions are checked.</translation>
    </message>
    <message>
        <source>Fichier&#xa0;: %1</source>
        <extracomment>Documents ticked when the dialog opens: what a facilitator carries to every cycle. Documents that cover only the sessions ticked (the others cover the whole cycle, or no session at all).</extracomment>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Aucune séance n&apos;est encore datée&#xa0;: les feuilles d&apos;émargement et les cartes de séance seront imprimées vierges.</source>
        <translation>No session is scheduled yet: attendance sheets and session cards will be printed blank.</translation>
    </message>
    <message>
        <source>&amp;Parcourir…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Les documents du même nom déjà présents dans ce dossier sont remplacés.</source>
        <translation>Documents with the same name already in this folder are replaced.</translation>
    </message>
    <message>
        <source>Marque «&#xa0;confirmées&#xa0;» les séances cochées encore «&#xa0;pressenties&#xa0;» (annulable avec Ctrl+Z)</source>
        <translation>Marks the ticked sessions still “pencilled” as “confirmed” (undo with Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Dossier&#xa0;:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>Chaque document coché devient un fichier PDF dans le dossier choisi, prêt à imprimer.</source>
        <translation>Each checked document becomes a PDF file in the chosen folder, ready to print.</translation>
    </message>
    <message>
        <source>«&#xa0;%1&#xa0;» est un fichier, pas un dossier&#xa0;: choisissez un dossier.</source>
        <translation>“%1” is a file, not a folder: choose a folder.</translation>
    </message>
    <message>
        <source>Préparation&#xa0;: %1 (%2 sur %3)…</source>
        <translation>Preparing: %1 (%2 of %3)…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents prêts</source>
        <translation>
            <numerusform>%Ln document ready</numerusform>
            <numerusform>%Ln documents ready</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) dans «&#xa0;%3&#xa0;».</source>
        <translation>%1 (%2) in “%3”.</translation>
    </message>
    <message>
        <source>Génération annulée&#xa0;: aucun document n&apos;a été écrit.</source>
        <translation>Generation cancelled: no document was written.</translation>
    </message>
    <message>
        <source>&amp;Générer</source>
        <translation>&amp;Generate</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Confirmer les dates</source>
        <translation>Confirm the dates</translation>
    </message>
    <message>
        <source>Documents à préparer</source>
        <translation>Documents to prepare</translation>
    </message>
    <message>
        <source>Séances concernées</source>
        <translation>Sessions covered</translation>
    </message>
    <message>
        <source>Dossier des documents</source>
        <translation>Folder for the documents</translation>
    </message>
    <message>
        <source>Cochez au moins un document.</source>
        <translation>Check at least one document.</translation>
    </message>
    <message>
        <source>Cochez au moins une séance, ou ne gardez que le programme, les attestations, la feuille vierge et les chevalets.</source>
        <translation>Check at least one session, or keep only the program, the certificates, the blank sheet and the name tents.</translation>
    </message>
    <message>
        <source>Indiquez le dossier où enregistrer les documents.</source>
        <translation>Enter the folder to save the documents in.</translation>
    </message>
    <message>
        <source>Préparation des documents…</source>
        <translation>Preparing the documents…</translation>
    </message>
    <message>
        <source>Annulation…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>PrintDocuments</name>
    <message>
        <source>Programme du cycle</source>
        <extracomment>Document key → French title, in the order the pack is built (and a dialog lists them); the titles are marked for Qt Linguist here, the one list the interface translates.</extracomment>
        <translation>Cycle program</translation>
    </message>
    <message>
        <source>Livrets participants</source>
        <translation>Participant booklets</translation>
    </message>
    <message>
        <source>Fiches d&apos;animation</source>
        <translation>Facilitator sheets</translation>
    </message>
    <message>
        <source>Feuilles d&apos;émargement</source>
        <translation>Attendance sheets</translation>
    </message>
    <message>
        <source>Feuille d&apos;émargement vierge</source>
        <translation>Blank attendance sheet</translation>
    </message>
    <message>
        <source>Attestations</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Certificats de réalisation</source>
        <translation>Certificates of completion</translation>
    </message>
    <message>
        <source>Évaluations à chaud</source>
        <translation>End-of-session evaluations</translation>
    </message>
    <message>
        <source>Résultats des évaluations</source>
        <translation>Evaluation results</translation>
    </message>
    <message>
        <source>Convocations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <source>Chevalets nominatifs</source>
        <translation>Name tents</translation>
    </message>
    <message>
        <source>Cartes de séance</source>
        <translation>Session cards</translation>
    </message>
    <message>
        <source>Appel à projets</source>
        <translation>Call for projects</translation>
    </message>
    <message>
        <source>Grilles de sélection</source>
        <translation>Selection grids</translation>
    </message>
</context>
<context>
    <name>PrintResults</name>
    <message>
        <source>&amp;Aperçu</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>Ouvrir dans le &amp;visualiseur</source>
        <translation>&amp;Open in viewer</translation>
    </message>
    <message>
        <source>Ouvre le document sélectionné avec votre lecteur PDF habituel</source>
        <translation>Opens the selected document in your usual PDF reader</translation>
    </message>
    <message>
        <source>Ouvrir le &amp;dossier</source>
        <translation>Open fo&amp;lder</translation>
    </message>
    <message>
        <source>&amp;Tout imprimer…</source>
        <translation>&amp;Print all…</translation>
    </message>
    <message>
        <source>Envoie tous les documents de la liste à l&apos;imprimante&#xa0;; pour n&apos;en imprimer qu&apos;un, ouvrez l&apos;aperçu</source>
        <translation>Sends every document in the list to the printer; to print only one, open the preview</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pages</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Aucun lecteur PDF n&apos;a pu ouvrir le document. Utilisez «&#xa0;Aperçu&#xa0;» pour le voir et l&apos;imprimer.</source>
        <translation>No PDF reader could open the document. Use “Preview” to view and print it.</translation>
    </message>
    <message>
        <source>Le dossier n&apos;a pas pu être ouvert&#xa0;: %1</source>
        <translation>The folder could not be opened: %1</translation>
    </message>
</context>
<context>
    <name>PrintWarnings</name>
    <message>
        <source>{what} «&#xa0;{text}&#xa0;» contient des caractères que la police ne peut pas imprimer&#xa0;: ils sont remplacés par «&#xa0;?&#xa0;».</source>
        <translation>{what} “{text}” contains characters the font cannot print: they are replaced by “?”.</translation>
    </message>
    <message>
        <source>Le logo «&#xa0;{path}&#xa0;» est introuvable ou illisible&#xa0;: il n&apos;est pas imprimé.</source>
        <translation>The logo “{path}” is missing or unreadable: it is not printed.</translation>
    </message>
    <message>
        <source>Le certificat de réalisation s&apos;adresse aux actions de formation&#xa0;: l&apos;option «&#xa0;action de formation&#xa0;» du programme n&apos;est pas cochée.</source>
        <translation>The certificate of completion is meant for training actions: the programme&apos;s “training action” option is not ticked.</translation>
    </message>
    <message numerus="yes">
        <source>Présences non saisies pour %Ln personnes&#xa0;: {names}. Pas d&apos;attestation ni de certificat de réalisation pour elles tant que leurs présences (présent, absent ou excusé) ne sont pas saisies.</source>
        <translation>
            <numerusform>Attendance not entered for %Ln person: {names}. No certificate of attendance or of completion for them until their attendance (present, absent or excused) is entered.</numerusform>
            <numerusform>Attendance not entered for %Ln people: {names}. No certificate of attendance or of completion for them until their attendance (present, absent or excused) is entered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln séances passées ou avec des présences mais non marquées «&#xa0;réalisée&#xa0;»&#xa0;: {sessions}. Leurs heures ne comptent pas tant qu&apos;elles ne sont pas marquées réalisées.</source>
        <translation>
            <numerusform>%Ln session past or with attendance but not marked “held”: {sessions}. Its hours do not count until it is marked held.</numerusform>
            <numerusform>%Ln sessions past or with attendance but not marked “held”: {sessions}. Their hours do not count until they are marked held.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pas d&apos;attestation ni de certificat de réalisation avant la dernière séance suivie pour&#xa0;: {names}.</source>
        <translation>No certificate of attendance or of completion before the last session attended for: {names}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln personnes inscrites n&apos;ont suivi aucune heure&#xa0;: pas d&apos;attestation ni de certificat de réalisation pour elles ({names}).</source>
        <translation>
            <numerusform>%Ln enrolled person attended no hour: no certificate of attendance or of completion for them ({names}).</numerusform>
            <numerusform>%Ln enrolled people attended no hour: no certificate of attendance or of completion for them ({names}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Aucune heure de présence n&apos;est encore enregistrée pour une séance réalisée&#xa0;: l&apos;attestation est imprimée vierge, à remplir à la main.</source>
        <translation>No hour of attendance is recorded yet for a held session: the certificate is printed blank, to fill in by hand.</translation>
    </message>
    <message>
        <source>Aucune attestation ne peut encore être délivrée&#xa0;: l&apos;attestation est imprimée vierge.</source>
        <translation>No certificate can be issued yet: the certificate is printed blank.</translation>
    </message>
    <message>
        <source>Le signataire des attestations n&apos;est pas renseigné dans le profil de la structure&#xa0;: son nom est à écrire à la main.</source>
        <translation>The signatory of the certificates is not given in the organisation&apos;s profile: their name must be written by hand.</translation>
    </message>
    <message>
        <source>Aucune séance n&apos;est programmée&#xa0;: la feuille d&apos;émargement est imprimée vierge.</source>
        <translation>No session is scheduled: the attendance sheet is printed blank.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln séances encore «&#xa0;pressenties&#xa0;» s&apos;impriment «&#xa0;date à confirmer&#xa0;»&#xa0;: {sessions}. Confirmez-les («&#xa0;Confirmer les dates&#xa0;») si elles sont fixées.</source>
        <translation>
            <numerusform>%Ln session still “pencilled in” prints “date to be confirmed”: {sessions}. Confirm it (“Confirm the dates”) if it is settled.</numerusform>
            <numerusform>%Ln sessions still “pencilled in” print “date to be confirmed”: {sessions}. Confirm them (“Confirm the dates”) if they are settled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln personnes n&apos;ont pas de créneau de rendez-vous individuel pour «&#xa0;{title}&#xa0;» ({minutes}&#xa0;minutes par personne)&#xa0;: programmez des séances.</source>
        <translation>
            <numerusform>%Ln person has no individual appointment slot for “{title}” ({minutes} minutes per person): schedule sessions.</numerusform>
            <numerusform>%Ln people have no individual appointment slot for “{title}” ({minutes} minutes per person): schedule sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln personnes n&apos;ont pas de créneau de rendez-vous individuel pour «&#xa0;{title}&#xa0;» ({minutes}&#xa0;minutes par personne)&#xa0;: programmez {more} de plus.</source>
        <translation>
            <numerusform>%Ln person has no individual appointment slot for “{title}” ({minutes} minutes per person): schedule {more} more.</numerusform>
            <numerusform>%Ln people have no individual appointment slot for “{title}” ({minutes} minutes per person): schedule {more} more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln séances</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>Le texte de l&apos;appel est vide&#xa0;: le modèle proposé par Tresse est imprimé. Adaptez-le dans l&apos;onglet «&#xa0;Appel&#xa0;» du kit.</source>
        <translation>The call&apos;s text is empty: Tresse&apos;s model is printed. Adapt it in the kit&apos;s “Call” tab.</translation>
    </message>
    <message>
        <source>La date limite de candidature n&apos;est pas renseignée&#xa0;: l&apos;appel imprime «&#xa0;à préciser&#xa0;».</source>
        <translation>The application deadline is not filled in: the call prints “à préciser” (to be specified).</translation>
    </message>
    <message>
        <source>La date limite de candidature tombe après la dernière séance&#xa0;: vérifiez-la.</source>
        <translation>The application deadline falls after the last session: check it.</translation>
    </message>
    <message>
        <source>Le kit n&apos;a pas de critères de sélection&#xa0;: ceux proposés par Tresse sont imprimés.</source>
        <translation>The kit has no selection criteria: the ones Tresse proposes are printed.</translation>
    </message>
    <message>
        <source>Une convocation ne tient pas sur une page (beaucoup de séances ou de lieux)&#xa0;: elle continue sur la suivante.</source>
        <translation>A letter of invitation does not fit on one page (many sessions or venues): it continues on the next.</translation>
    </message>
</context>
<context>
    <name>PrintWorker</name>
    <message>
        <source>Les polices de caractères de Tresse sont introuvables&#xa0;: l&apos;installation est incomplète. Réinstallez Tresse, puis réessayez.</source>
        <translation>Tresse&apos;s fonts cannot be found: the installation is incomplete. Reinstall Tresse, then try again.</translation>
    </message>
    <message>
        <source>«&#xa0;%1&#xa0;» n&apos;est pas un fichier dans ce dossier (un dossier ou un raccourci porte ce nom)&#xa0;: renommez-le ou choisissez un autre dossier. Aucun document n&apos;a été modifié.</source>
        <translation>“%1” is not a file in this folder (a folder or a shortcut has that name): rename it or choose another folder. No document was changed.</translation>
    </message>
    <message>
        <source>Le document «&#xa0;%1&#xa0;» n&apos;a pas pu être remplacé&#xa0;: il est sans doute ouvert dans un lecteur PDF. Fermez-le, puis réessayez. Aucun document n&apos;a été modifié.</source>
        <translation>The document “%1” could not be replaced: it is probably open in a PDF viewer. Close it, then try again. No document was changed.</translation>
    </message>
    <message>
        <source>Le disque est plein&#xa0;: libérez de la place ou choisissez un autre dossier, puis réessayez. Aucun document n&apos;a été écrit.</source>
        <translation>The disk is full: free some space or choose another folder, then try again. No document was written.</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire dans le dossier «&#xa0;%1&#xa0;». Un des documents est peut-être ouvert dans un lecteur PDF&#xa0;: fermez-le. Sinon, choisissez un autre dossier (une clé USB est peut-être protégée en écriture). Aucun document n&apos;a été écrit.</source>
        <translation>Cannot write to the folder “%1”. One of the documents may be open in a PDF reader: close it. Otherwise, choose another folder (a USB key may be write-protected). No document was written.</translation>
    </message>
    <message>
        <source>«&#xa0;%1&#xa0;» ne peut pas servir de dossier&#xa0;: une partie de ce chemin est un fichier. Choisissez un autre dossier. Aucun document n&apos;a été écrit.</source>
        <translation>“%1” cannot be used as a folder: part of this path is a file. Choose another folder. No document was written.</translation>
    </message>
    <message>
        <source>Le dossier «&#xa0;%1&#xa0;» est introuvable&#xa0;: la clé USB ou le disque a peut-être été retiré. Choisissez un autre dossier. Aucun document n&apos;a été écrit.</source>
        <translation>The folder “%1” cannot be found: the USB key or the disk may have been removed. Choose another folder. No document was written.</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire dans le dossier «&#xa0;%1&#xa0;» (%2). Vérifiez que le dossier existe toujours, ou choisissez-en un autre. Aucun document n&apos;a été écrit.</source>
        <translation>Cannot write to the folder “%1” (%2). Check that the folder still exists, or choose another one. No document was written.</translation>
    </message>
    <message>
        <source>Une erreur inattendue a empêché de préparer les documents. Elle a été enregistrée dans le journal. Aucun document n&apos;a été laissé à moitié écrit.</source>
        <translation>An unexpected error prevented the documents from being prepared. It has been recorded in the log. No document was left half-written.</translation>
    </message>
</context>
<context>
    <name>PrintedTexts</name>
    <message>
        <source>Le texte</source>
        <extracomment>How the print warnings name a text whose characters the font lacks (« Le nom »…), by French label.</extracomment>
        <translation>The text</translation>
    </message>
    <message>
        <source>Le nom</source>
        <translation>The name</translation>
    </message>
    <message>
        <source>Le prénom</source>
        <translation>The first name</translation>
    </message>
    <message>
        <source>La structure</source>
        <translation>The organisation</translation>
    </message>
    <message>
        <source>La commune</source>
        <translation>The town</translation>
    </message>
    <message>
        <source>Le téléphone</source>
        <translation>The phone number</translation>
    </message>
    <message>
        <source>L&apos;adresse électronique</source>
        <translation>The e-mail address</translation>
    </message>
    <message>
        <source>L&apos;adresse</source>
        <translation>The address</translation>
    </message>
    <message>
        <source>Les coordonnées</source>
        <translation>The contact details</translation>
    </message>
    <message>
        <source>Le lieu</source>
        <translation>The venue</translation>
    </message>
    <message>
        <source>Le nom du lieu</source>
        <translation>The venue&apos;s name</translation>
    </message>
    <message>
        <source>Les indications d&apos;accès</source>
        <translation>The directions</translation>
    </message>
    <message>
        <source>L&apos;équipement</source>
        <translation>The equipment</translation>
    </message>
    <message>
        <source>Le matériel</source>
        <translation>The materials</translation>
    </message>
    <message>
        <source>Le nom du programme</source>
        <translation>The programme&apos;s name</translation>
    </message>
    <message>
        <source>Le nom du kit</source>
        <translation>The kit&apos;s name</translation>
    </message>
    <message>
        <source>Le territoire</source>
        <translation>The area</translation>
    </message>
    <message>
        <source>Le département</source>
        <translation>The département</translation>
    </message>
    <message>
        <source>Le public</source>
        <translation>The audience</translation>
    </message>
    <message>
        <source>La mention</source>
        <translation>The statement</translation>
    </message>
    <message>
        <source>La mention des financeurs</source>
        <translation>The funders&apos; statement</translation>
    </message>
    <message>
        <source>La mention des partenaires</source>
        <translation>The partners&apos; statement</translation>
    </message>
    <message>
        <source>Le nom de la structure</source>
        <translation>The organisation&apos;s name</translation>
    </message>
    <message>
        <source>L&apos;adresse de la structure</source>
        <translation>The organisation&apos;s address</translation>
    </message>
    <message>
        <source>Le nom du signataire</source>
        <translation>The signatory&apos;s name</translation>
    </message>
    <message>
        <source>La fonction du signataire</source>
        <translation>The signatory&apos;s role</translation>
    </message>
    <message>
        <source>Le contact pour une adaptation</source>
        <translation>The contact for adjustments</translation>
    </message>
    <message>
        <source>Le titre de l&apos;atelier</source>
        <translation>The workshop&apos;s title</translation>
    </message>
    <message>
        <source>L&apos;objectif</source>
        <translation>The objective</translation>
    </message>
    <message>
        <source>L&apos;essentiel</source>
        <translation>The key points</translation>
    </message>
    <message>
        <source>Le texte de l&apos;atelier</source>
        <translation>The workshop&apos;s text</translation>
    </message>
    <message>
        <source>Le déroulé de l&apos;atelier</source>
        <translation>The workshop&apos;s outline</translation>
    </message>
    <message>
        <source>Les ateliers et leurs objectifs</source>
        <translation>The workshops and their objectives</translation>
    </message>
    <message>
        <source>Le titre de la séquence</source>
        <translation>The segment&apos;s title</translation>
    </message>
    <message>
        <source>La description de la séquence</source>
        <translation>The segment&apos;s description</translation>
    </message>
    <message>
        <source>La question</source>
        <translation>The question</translation>
    </message>
    <message>
        <source>Le commentaire</source>
        <translation>The comment</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Sauvegardes</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Les sauvegardes de Tresse gardent encore ces données, jusqu&apos;à ce qu&apos;elles soient renouvelées (deux mois au plus).

Effacer toutes les sauvegardes maintenant&#xa0;? Une nouvelle sauvegarde, sans ces données, est faite aussitôt.</source>
        <translation>Tresse&apos;s backups still hold this data until they are renewed (two months at most).

Delete all backups now? A new backup, without this data, is made straight away.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sauvegarde(s) effacée(s).</source>
        <translation>
            <numerusform>%Ln backup deleted.</numerusform>
            <numerusform>%Ln backups deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Données personnelles</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Rechercher une personne (nom, prénom, courriel)</source>
        <translation>Search for a person (last name, first name, email)</translation>
    </message>
    <message>
        <source>&amp;Exporter ses données…</source>
        <translation>&amp;Export their data…</translation>
    </message>
    <message>
        <source>&amp;Anonymiser</source>
        <translation>&amp;Anonymise</translation>
    </message>
    <message>
        <source>&amp;Supprimer…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>jamais</source>
        <translation>never</translation>
    </message>
    <message>
        <source> mois</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Anonymiser les kits &amp;concernés…</source>
        <translation>Anonymise the &amp;kits concerned…</translation>
    </message>
    <message>
        <source>Durée de conservation&#xa0;: anonymiser les participants des kits terminés depuis</source>
        <translation>Retention: anonymise the participants of kits ended for</translation>
    </message>
    <message numerus="yes">
        <source>%Ln kit(s) à anonymiser.</source>
        <translation>
            <numerusform>%Ln kit to anonymise.</numerusform>
            <numerusform>%Ln kits to anonymise.</numerusform>
        </translation>
    </message>
    <message>
        <source>Aucun kit à anonymiser.</source>
        <translation>No kit to anonymise.</translation>
    </message>
    <message>
        <source>Exporter ses données</source>
        <translation>Export their data</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire ce fichier&#xa0;: %1</source>
        <translation>Cannot write this file: %1</translation>
    </message>
    <message numerus="yes">
        <source>Les données de %1 (%Ln kits) sont dans&#xa0;:
%3
%4</source>
        <translation>
            <numerusform>The data of %1 (%Ln kit) are in:
%3
%4</numerusform>
            <numerusform>The data of %1 (%Ln kits) are in:
%3
%4</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymiser</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <source>Le nom et les coordonnées de %1 deviennent «&#xa0;Participant n&#xa0;» dans le kit «&#xa0;%2&#xa0;». Ses présences, ses heures et ses évaluations restent&#xa0;: les chiffres des financeurs les comptent toujours.</source>
        <translation>The name and contact details of %1 become “Participant n” in the kit “%2”. Their attendance, hours and evaluations stay: the funders&apos; figures still count them.</translation>
    </message>
    <message>
        <source>Anonymiser un participant</source>
        <translation>Anonymise a participant</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Supprimer %1 du kit «&#xa0;%2&#xa0;»&#xa0;? Ses présences et ses évaluations sont supprimées avec lui ou elle&#xa0;: elles ne compteront plus dans les chiffres du kit. Pour les garder, anonymisez plutôt.</source>
        <translation>Delete %1 from the kit “%2”? Their attendance and evaluations are deleted with them: they will no longer count in the kit&apos;s figures. To keep them, anonymise instead.</translation>
    </message>
    <message>
        <source>Supprimer un participant</source>
        <translation>Delete a participant</translation>
    </message>
    <message>
        <source>Anonymiser les participants de ces kits&#xa0;? Leurs présences, heures et évaluations restent.

%1</source>
        <translation>Anonymise the participants of these kits? Their attendance, hours and evaluations stay.

%1</translation>
    </message>
    <message numerus="yes">
        <source>Anonymiser %Ln kit(s)</source>
        <translation>
            <numerusform>Anonymise %Ln kit</numerusform>
            <numerusform>Anonymise %Ln kits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Structure émettrice des documents</source>
        <translation>Organization issuing the documents</translation>
    </message>
    <message>
        <source>ex. Présidente, Directeur</source>
        <translation>e.g. Chair, Director</translation>
    </message>
    <message>
        <source>ex. Action cofinancée par l&apos;Union européenne (FSE+) et la Région</source>
        <translation>e.g. Co-funded by the European Union (ESF+) and the Region</translation>
    </message>
    <message>
        <source>Ajouter un logo…</source>
        <translation>Add a logo…</translation>
    </message>
    <message>
        <source>Retirer le logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <source>Ces informations sont imprimées sur les feuilles d&apos;émargement et les attestations de présence.</source>
        <translation>This information is printed on attendance sheets and certificates of attendance.</translation>
    </message>
    <message>
        <source>&amp;Nom de la structure&#xa0;:</source>
        <translation>Organization &amp;name:</translation>
    </message>
    <message>
        <source>ex. Gratuit (financé par la Région)</source>
        <translation>e.g. Free (funded by the Region)</translation>
    </message>
    <message>
        <source>ex. Inscription jusqu&apos;à 8 jours avant la première séance, auprès de l&apos;animatrice</source>
        <translation>e.g. Registration up to 8 days before the first session, with the facilitator</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Modalités des programmes</source>
        <translation>Programme terms</translation>
    </message>
    <message>
        <source>&amp;Adresse&#xa0;:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Logo&#xa0;:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>&amp;Signataire&#xa0;:</source>
        <translation>&amp;Signatory:</translation>
    </message>
    <message>
        <source>&amp;Qualité du signataire&#xa0;:</source>
        <translation>Signatory&apos;s &amp;title:</translation>
    </message>
    <message>
        <source>Mention des &amp;financeurs&#xa0;:</source>
        <translation>&amp;Funder acknowledgment:</translation>
    </message>
    <message>
        <source>Logos des financeurs&#xa0;:</source>
        <translation>Funders&apos; logos:</translation>
    </message>
    <message>
        <source>Ce que le programme de chaque kit imprime quand le kit ne dit rien d&apos;autre&#xa0;: tapé une fois ici, modifiable kit par kit (onglet Général du kit). Les prérequis et le public se saisissent dans chaque kit.</source>
        <translation>What every kit&apos;s programme prints when the kit says nothing else: typed once here, changeable kit by kit (the kit&apos;s General tab). Prerequisites and audience are entered in each kit.</translation>
    </message>
    <message>
        <source>Logos des financeurs</source>
        <translation>Funder logos</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ProfilePrompt</name>
    <message>
        <source>le nom</source>
        <translation>the name</translation>
    </message>
    <message>
        <source>le logo</source>
        <translation>the logo</translation>
    </message>
    <message>
        <source>la ou le signataire</source>
        <translation>the signatory</translation>
    </message>
    <message>
        <source>la mention des financeurs</source>
        <translation>the funders&apos; mention</translation>
    </message>
    <message>
        <source>Votre structure n&apos;est pas renseignée&#xa0;: les émargements, les attestations et les convocations sortent sans nom, logo, signataire ni mention des financeurs.</source>
        <translation>Your organisation is not filled in: attendance sheets, certificates and invitations come out without a name, logo, signatory or funders&apos; mention.</translation>
    </message>
    <message>
        <source>Il manque à votre structure&#xa0;: %1.</source>
        <translation>Your organisation lacks: %1.</translation>
    </message>
    <message>
        <source>&amp;Renseigner ma structure…</source>
        <translation>&amp;Fill in my organisation…</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <source>Prénom</source>
        <extracomment>The quick-entry line&apos;s fields, in order; also the order of pasted columns without a header row. A header cell the parser ignores (a pasted column the user chose not to import).</extracomment>
        <translation>First name</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>&amp;Ajouter</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Entrée dans un champ ajoute la personne&#xa0;; Ctrl+V colle des lignes copiées d&apos;un tableur.</source>
        <translation>Enter in a field adds the person; Ctrl+V pastes rows copied from a spreadsheet.</translation>
    </message>
    <message>
        <source>Tapez au moins le nom de la personne.</source>
        <translation>Type at least the person&apos;s last name.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Le fichier des données de Tresse est vide (0 octet), alors que des sauvegardes existent&#xa0;: son contenu a été perdu.</source>
        <translation>Tresse&apos;s data file is empty (0 bytes) although backups exist: its content has been lost.</translation>
    </message>
    <message>
        <source>Le début du fichier des données de Tresse est abîmé.</source>
        <translation>The beginning of Tresse&apos;s data file is damaged.</translation>
    </message>
    <message>
        <source>Le fichier des données de Tresse est incomplet&#xa0;: il manque sa fin (une copie interrompue, une clé USB retirée trop tôt ?).</source>
        <translation>Tresse&apos;s data file is incomplete: its end is missing (an interrupted copy, a USB key removed too early?).</translation>
    </message>
    <message>
        <source>Des parties du fichier des données de Tresse ont disparu.</source>
        <translation>Parts of Tresse&apos;s data file have disappeared.</translation>
    </message>
    <message>
        <source>Le fichier des données de Tresse est illisible par endroits.</source>
        <translation>Tresse&apos;s data file is unreadable in places.</translation>
    </message>
    <message>
        <source>La vérification a trouvé des pages abîmées dans le fichier des données de Tresse.</source>
        <translation>The check found damaged pages in Tresse&apos;s data file.</translation>
    </message>
    <message>
        <source>Le fichier des données de Tresse est endommagé.</source>
        <translation>Tresse&apos;s data file is damaged.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln kits</source>
        <translation>
            <numerusform>%Ln kit</numerusform>
            <numerusform>%Ln kits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Sauvegarde du %1&#xa0;: %2, %3.</source>
        <translation>Backup of %1: %2, %3.</translation>
    </message>
    <message>
        <source>Dernière modification le %1.</source>
        <translation>Last change on %1.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Récupérer les données de Tresse</source>
        <translation>Recover Tresse&apos;s data</translation>
    </message>
    <message>
        <source>Le fichier endommagé a été mis de côté sous le nom «&#xa0;%1&#xa0;», dans le même dossier&#xa0;: rien n&apos;a été effacé.</source>
        <translation>The damaged file has been set aside as “%1”, in the same folder: nothing has been deleted.</translation>
    </message>
    <message>
        <source>Le fichier endommagé n&apos;a pas pu être mis de côté&#xa0;: Tresse ne l&apos;a pas modifié.</source>
        <translation>The damaged file could not be set aside: Tresse has not modified it.</translation>
    </message>
    <message>
        <source>&amp;Sauvegarde à restaurer&#xa0;:</source>
        <translation>&amp;Backup to restore:</translation>
    </message>
    <message>
        <source>Aucune sauvegarde en bon état n&apos;a été trouvée.</source>
        <translation>No backup in good condition was found.</translation>
    </message>
    <message>
        <source>&amp;Restaurer cette sauvegarde</source>
        <translation>&amp;Restore this backup</translation>
    </message>
    <message>
        <source>Commencer avec des données &amp;vides</source>
        <translation>Start with &amp;empty data</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Bilan pour les financeurs</source>
        <translation>Funders&apos; report</translation>
    </message>
    <message>
        <source>&amp;Tous les kits</source>
        <translation>&amp;All kits</translation>
    </message>
    <message>
        <source>Le kit &amp;ouvert&#xa0;: «&#xa0;%1&#xa0;»</source>
        <translation>The &amp;open kit: “%1”</translation>
    </message>
    <message>
        <source>Le kit &amp;ouvert (aucun kit n&apos;est ouvert)</source>
        <translation>The &amp;open kit (no kit is open)</translation>
    </message>
    <message>
        <source>PDF&#xa0;: résumé d&apos;une page avec graphique</source>
        <translation>PDF: one-page summary with a chart</translation>
    </message>
    <message>
        <source>Tableur (.xlsx)&#xa0;: indicateurs, séances, participants</source>
        <translation>Spreadsheet (.xlsx): indicators, sessions, participants</translation>
    </message>
    <message>
        <source>CSV (point-virgule)&#xa0;: les mêmes tableaux</source>
        <translation>CSV (semicolons): the same tables</translation>
    </message>
    <message>
        <source>&amp;Enregistrer…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <source>du</source>
        <translation>from</translation>
    </message>
    <message>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Période&#xa0;:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Kits&#xa0;:</source>
        <translation>Kits:</translation>
    </message>
    <message>
        <source>Format&#xa0;:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>La période commence après sa fin&#xa0;: changez l&apos;une des deux dates.</source>
        <translation>The period starts after it ends: change one of the two dates.</translation>
    </message>
    <message>
        <source>Aucune séance sur cette période&#xa0;: rien à mettre dans le bilan.</source>
        <translation>No session in this period: nothing to report.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln kits</source>
        <translation>
            <numerusform>%Ln kit</numerusform>
            <numerusform>%Ln kits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln séances réalisées</source>
        <translation>
            <numerusform>%Ln session held</numerusform>
            <numerusform>%Ln sessions held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sur %Ln prévues</source>
        <translation>
            <numerusform>of %Ln planned</numerusform>
            <numerusform>of %Ln planned</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&#xa0;h</source>
        <translation>%1 h</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&#xa0;: %2 %3, %4, %5.</source>
        <translation>%1: %2 %3, %4, %5.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln présences à saisir&#xa0;: le taux de présence sera «&#xa0;à compléter&#xa0;».</source>
        <translation>
            <numerusform>%Ln attendance to enter: the attendance rate will be “to be completed”.</numerusform>
            <numerusform>%Ln attendances to enter: the attendance rate will be “to be completed”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bilan %1 au %2</source>
        <translation>Report %1 to %2</translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Fichier CSV (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Aucune séance sur cette période&#xa0;: aucun fichier n&apos;a été écrit.</source>
        <translation>No session in this period: no file was written.</translation>
    </message>
    <message>
        <source>Le bilan n&apos;a pas pu être écrit (rien n&apos;a été remplacé)&#xa0;: %1</source>
        <translation>The report could not be written (nothing was replaced): %1</translation>
    </message>
</context>
<context>
    <name>RollCallPanel</name>
    <message>
        <source>En retard</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Heure d&apos;arrivée de %1</source>
        <translation>Arrival time of %1</translation>
    </message>
    <message>
        <source>Demi-journée</source>
        <translation>Half-day</translation>
    </message>
    <message>
        <source>%1&#xa0;: présence notée</source>
        <translation>%1: present</translation>
    </message>
    <message>
        <source>%1&#xa0;: présence pas encore notée</source>
        <translation>%1: not marked present yet</translation>
    </message>
    <message>
        <source>, arrivée à %1</source>
        <translation>, arrived at %1</translation>
    </message>
    <message>
        <source>Présences&#xa0;: %1 sur %2</source>
        <translation>Present: %1 of %2</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>Le disque est plein&#xa0;: libérez de la place, puis réessayez. Rien n&apos;a été perdu.</source>
        <extracomment>minutes of work between two automatic backups (and lock refreshes).</extracomment>
        <translation>The disk is full: free some space, then try again. Nothing has been lost.</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire à cet endroit&#xa0;: la clé USB est peut-être protégée en écriture, ou le dossier est en lecture seule.</source>
        <translation>Cannot write there: the USB key may be write-protected, or the folder is read-only.</translation>
    </message>
    <message>
        <source>Ce fichier n&apos;est pas une sauvegarde de Tresse. Il n&apos;a pas été modifié et rien n&apos;a été remplacé.</source>
        <translation>This file is not a Tresse backup. It has not been modified and nothing has been replaced.</translation>
    </message>
    <message>
        <source>Cette sauvegarde vient d&apos;une version plus récente de Tresse&#xa0;: installez cette version pour la restaurer. Rien n&apos;a été remplacé.</source>
        <translation>This backup comes from a newer version of Tresse: install that version to restore it. Nothing has been replaced.</translation>
    </message>
    <message>
        <source>Ce fichier est endommagé&#xa0;: il ne peut pas être restauré. Rien n&apos;a été remplacé.</source>
        <translation>This file is damaged: it cannot be restored. Nothing has been replaced.</translation>
    </message>
    <message>
        <source>L&apos;opération n&apos;a pas pu être faite. Rien n&apos;a été perdu.</source>
        <translation>The operation could not be done. Nothing has been lost.</translation>
    </message>
</context>
<context>
    <name>SafetyGuard</name>
    <message>
        <source>&amp;Sauvegarder vers…</source>
        <translation>&amp;Back up to…</translation>
    </message>
    <message>
        <source>&amp;Restaurer depuis…</source>
        <translation>&amp;Restore from…</translation>
    </message>
    <message>
        <source>&amp;Vérifier la base</source>
        <translation>&amp;Check the database</translation>
    </message>
    <message>
        <source>&amp;Données personnelles…</source>
        <translation>&amp;Personal data…</translation>
    </message>
    <message>
        <source>Données sauvegardées.</source>
        <translation>Data backed up.</translation>
    </message>
    <message>
        <source>La sauvegarde automatique n&apos;a pas pu être faite&#xa0;: %1</source>
        <translation>The automatic backup could not be made: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln kits terminés depuis plus de %1 contiennent encore des données personnelles&#xa0;: Fichier → Données personnelles…</source>
        <translation>
            <numerusform>%Ln kit finished more than %1 ago still holds personal data: File → Personal data…</numerusform>
            <numerusform>%Ln kits finished more than %1 ago still hold personal data: File → Personal data…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mois</source>
        <translation>
            <numerusform>%Ln month</numerusform>
            <numerusform>%Ln months</numerusform>
        </translation>
    </message>
    <message>
        <source>Vérification de la base en cours…</source>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <source>Vérifier la base</source>
        <translation>Check the database</translation>
    </message>
    <message>
        <source>La base de données est intègre&#xa0;: aucune page abîmée.</source>
        <translation>The database is sound: no damaged page.</translation>
    </message>
    <message>
        <source>Sauvegarder vers</source>
        <translation>Back up to</translation>
    </message>
    <message>
        <source>Sauvegardes Tresse (*.sqlite3)</source>
        <translation>Tresse backups (*.sqlite3)</translation>
    </message>
    <message>
        <source>Les données ont été sauvegardées dans&#xa0;:
%1</source>
        <translation>The data has been backed up to:
%1</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire ce fichier&#xa0;: %1</source>
        <translation>Cannot write this file: %1</translation>
    </message>
    <message>
        <source>La sauvegarde n&apos;a pas pu être faite. Rien n&apos;a été perdu.</source>
        <translation>The backup could not be made. Nothing has been lost.</translation>
    </message>
    <message>
        <source>Restaurer depuis</source>
        <translation>Restore from</translation>
    </message>
    <message>
        <source>Sauvegardes Tresse (*.sqlite3);;Tous les fichiers (*)</source>
        <translation>Tresse backups (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <source>Remplacer les données actuelles par celles-ci&#xa0;? Les données actuelles sont gardées à part dans le dossier des données, et Tresse se rouvre sur la sauvegarde.</source>
        <translation>Replace the current data with this backup? The current data is kept aside in the data folder, and Tresse reopens on the backup.</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>Erreur</source>
        <extracomment>MIME type of a session dragged across the calendar (its uid, UTF-8). Kit colours: (strong, light) pairs, without red or orange (kept for conflicts), each dark enough for white text on the strong colour and black text on the light one.</extracomment>
        <translation>Error</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Horaires</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Kit</source>
        <translation>Kit</translation>
    </message>
    <message>
        <source>Atelier</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Intervenants</source>
        <translation>Facilitators</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Conflits</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Gravité</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Problème</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Déplacer la séance «&#xa0;%1&#xa0;»</source>
        <extracomment>Default least time between two venues for one facilitator, in minutes.</extracomment>
        <translation>Move the session “%1”</translation>
    </message>
</context>
<context>
    <name>ScheduleModels</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Horaires</source>
        <translation>Times</translation>
    </message>
    <message>
        <source>Atelier</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Intervenants</source>
        <translation>Facilitators</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Alertes</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Capacité</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Équipement</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Accès</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>Plain-pied</source>
        <translation>Step-free</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>Parking</translation>
    </message>
    <message>
        <source>Réseau mobile</source>
        <translation>Mobile signal</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>À préciser</source>
        <translation>To be confirmed</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Séance — %1</source>
        <translation>Session — %1</translation>
    </message>
    <message>
        <source>Pause déjeuner</source>
        <translation>Lunch break</translation>
    </message>
    <message>
        <source>(lieu à définir)</source>
        <translation>(venue to be decided)</translation>
    </message>
    <message>
        <source>Décaler d&apos;autant les séances suivantes</source>
        <translation>Shift the following sessions by the same amount</translation>
    </message>
    <message>
        <source>à</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Date&#xa0;:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Horaires&#xa0;:</source>
        <translation>Times:</translation>
    </message>
    <message>
        <source>&amp;Lieu&#xa0;:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <source>Intervenants&#xa0;:</source>
        <translation>Facilitators:</translation>
    </message>
    <message>
        <source>&amp;Statut&#xa0;:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Notes&#xa0;:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>La séance doit finir après son début.</source>
        <translation>The session must end after it starts.</translation>
    </message>
    <message>
        <source>La pause déjeuner doit se tenir pendant la séance.</source>
        <translation>The lunch break must fall within the session.</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <source>Pressentie</source>
        <translation>Pencilled in</translation>
    </message>
    <message>
        <source>Confirmée</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Réalisée</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Annulée</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Impossible d&apos;utiliser le dossier des données&#xa0;:
%1</source>
        <extracomment>What :func:`acquire_lock` returns when the kit file to open was handed to the Tresse already open.</extracomment>
        <translation>Cannot use the data folder:
%1</translation>
    </message>
    <message>
        <source>Tresse est déjà ouvert avec ces données. Utilisez la fenêtre déjà ouverte.</source>
        <translation>Tresse is already open with this data. Use the window that is already open.</translation>
    </message>
    <message>
        <source>Un autre Tresse vient d&apos;ouvrir ces données. Utilisez la fenêtre déjà ouverte.</source>
        <translation>Another Tresse has just opened this data. Use the window that is already open.</translation>
    </message>
    <message>
        <source>Ces données sont marquées comme ouvertes par Tresse sur l&apos;ordinateur «&#xa0;%1&#xa0;» (vu pour la dernière fois le %2).</source>
        <translation>This data is marked as open by Tresse on the computer “%1” (last seen on %2).</translation>
    </message>
    <message>
        <source>Ce marquage date de plus d&apos;un jour&#xa0;: Tresse a sans doute été mal fermé là-bas.</source>
        <translation>This mark is more than a day old: Tresse was probably not closed properly there.</translation>
    </message>
    <message>
        <source>Si Tresse est encore ouvert sur cet ordinateur, répondez Non et fermez-le d&apos;abord&#xa0;: deux Tresse ouverts sur les mêmes données peuvent perdre des modifications.

Tresse est-il bien fermé sur «&#xa0;%1&#xa0;»&#xa0;?</source>
        <translation>If Tresse is still open on that computer, answer No and close it first: two Tresse open on the same data can lose changes.

Is Tresse really closed on “%1”?</translation>
    </message>
    <message>
        <source>Données déjà ouvertes ailleurs</source>
        <translation>Data already open elsewhere</translation>
    </message>
    <message>
        <source>Ces données ont été enregistrées par une version plus récente de Tresse. Installez cette version pour les ouvrir&#xa0;; le fichier n&apos;a pas été modifié.

%1</source>
        <translation>This data was saved by a newer version of Tresse. Install that version to open it; the file has not been modified.

%1</translation>
    </message>
    <message>
        <source>Le fichier des données n&apos;est pas une base de données Tresse&#xa0;: un autre programme l&apos;a créé. Tresse ne l&apos;a pas modifié. Déplacez-le, ou lancez Tresse avec un autre dossier de données (--data-dir).

%1</source>
        <translation>The data file is not a Tresse database: another program created it. Tresse has not modified it. Move it, or start Tresse with another data folder (--data-dir).

%1</translation>
    </message>
    <message>
        <source>Restaurer</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Les données de Tresse sont dans un dossier synchronisé par %1&#xa0;: les noms des participants sont alors copiés sur les serveurs de ce service, et deux ordinateurs synchronisés peuvent abîmer la base. Choisissez de préférence un dossier qui n&apos;est pas synchronisé.</source>
        <translation>Tresse&apos;s data is in a folder synchronised by %1: participants&apos; names are then copied to that service&apos;s servers, and two synchronised computers can damage the database. Preferably choose a folder that is not synchronised.</translation>
    </message>
    <message>
        <source>Les données de Tresse sont dans un dossier réseau&#xa0;: Tresse y enregistre plus prudemment (mode de journal «&#xa0;DELETE&#xa0;»), ce qui peut être plus lent. N&apos;ouvrez pas Tresse sur ces données depuis deux ordinateurs à la fois.</source>
        <translation>Tresse&apos;s data is in a network folder: Tresse saves more cautiously there (“DELETE” journal mode), which can be slower. Do not open Tresse on this data from two computers at once.</translation>
    </message>
    <message>
        <source>Dossier des données</source>
        <translation>Data folder</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source>Tapez l&apos;heure comme vous l&apos;écrivez&#xa0;: 9h30, 9:30, 930 ou 14h.</source>
        <translation>Type the time as you write it: 9:30, 9h30, 930 or 14h.</translation>
    </message>
    <message>
        <source>Tapez une heure entre %1 et %2.</source>
        <translation>Type a time between %1 and %2.</translation>
    </message>
    <message>
        <source>Tapez une heure, par exemple 9h30.</source>
        <translation>Type a time, for example 9:30.</translation>
    </message>
    <message>
        <source>Cette heure n&apos;existe pas&#xa0;: tapez une heure de 0 à 23, par exemple 14h.</source>
        <translation>There is no such hour: type an hour from 0 to 23, for example 14h.</translation>
    </message>
    <message>
        <source>Ces minutes n&apos;existent pas&#xa0;: tapez de 00 à 59, par exemple 9h30.</source>
        <translation>There are no such minutes: type 00 to 59, for example 9:30.</translation>
    </message>
    <message>
        <source>Heure non reconnue&#xa0;: tapez par exemple 9h30, 9:30, 930 ou 14h.</source>
        <translation>Time not recognised: type for example 9:30, 9h30, 930 or 14h.</translation>
    </message>
</context>
<context>
    <name>VenueForm</name>
    <message>
        <source>Accès de plain-pied</source>
        <extracomment>The venue&apos;s facts, in the order shown.</extracomment>
        <translation>Step-free access</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>Parking</translation>
    </message>
    <message>
        <source>Réseau mobile</source>
        <translation>Mobile signal</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>Oui, non, ou grisé&#xa0;: «&#xa0;à préciser&#xa0;»</source>
        <translation>Yes, no, or greyed: “to be specified”</translation>
    </message>
    <message>
        <source>Nouveau lieu</source>
        <translation>New venue</translation>
    </message>
    <message>
        <source>Lieu — %1</source>
        <translation>Venue — %1</translation>
    </message>
    <message>
        <source>ex. Salle des fêtes</source>
        <translation>e.g. Village hall</translation>
    </message>
    <message>
        <source>ex. Sarras</source>
        <translation>e.g. Sarras</translation>
    </message>
    <message>
        <source>ex. Place de la Mairie</source>
        <translation>e.g. Place de la Mairie</translation>
    </message>
    <message>
        <source>non précisée</source>
        <translation>not known</translation>
    </message>
    <message>
        <source> places</source>
        <translation> places</translation>
    </message>
    <message>
        <source>ex. vidéoprojecteur, paperboard</source>
        <translation>e.g. projector, flip chart</translation>
    </message>
    <message>
        <source>Clés, horaires, stationnement…</source>
        <translation>Keys, opening hours, parking…</translation>
    </message>
    <message>
        <source>Enregistrer le lieu</source>
        <translation>Save venue</translation>
    </message>
    <message>
        <source>&amp;Nom&#xa0;:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Commune&#xa0;:</source>
        <translation>&amp;Town:</translation>
    </message>
    <message>
        <source>&amp;Adresse&#xa0;:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Ca&amp;pacité&#xa0;:</source>
        <translation>Ca&amp;pacity:</translation>
    </message>
    <message>
        <source>É&amp;quipement&#xa0;:</source>
        <translation>E&amp;quipment:</translation>
    </message>
    <message>
        <source>Accè&amp;s&#xa0;:</source>
        <translation>Acce&amp;ss:</translation>
    </message>
    <message>
        <source>Sur place&#xa0;:</source>
        <translation>On site:</translation>
    </message>
    <message>
        <source>Donnez un nom au lieu.</source>
        <translation>Give the venue a name.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Atelier collectif</source>
        <translation>Group workshop</translation>
    </message>
    <message>
        <source>Rendez-vous individuel</source>
        <translation>One-to-one meeting</translation>
    </message>
    <message>
        <source>Visite apprenante</source>
        <translation>Learning visit</translation>
    </message>
    <message>
        <source>Journée de formation</source>
        <translation>Training day</translation>
    </message>
    <message>
        <source>Rencontre</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation>Pitch</translation>
    </message>
    <message>
        <source>Réunion d&apos;information</source>
        <translation>Information meeting</translation>
    </message>
    <message>
        <source>Conférence</source>
        <translation>Talk</translation>
    </message>
    <message>
        <source>Porteurs de projet</source>
        <translation>Project holders</translation>
    </message>
    <message>
        <source>Accompagnateurs</source>
        <translation>Advisers</translation>
    </message>
    <message>
        <source>Élus et agents</source>
        <translation>Elected officials and staff</translation>
    </message>
    <message>
        <source>Accueil</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Apport</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>Travail individuel</source>
        <translation>Individual work</translation>
    </message>
    <message>
        <source>Travail en sous-groupes</source>
        <translation>Small-group work</translation>
    </message>
    <message>
        <source>Retours d&apos;expérience</source>
        <translation>Experience sharing</translation>
    </message>
    <message>
        <source>Échanges en plénière</source>
        <translation>Plenary discussion</translation>
    </message>
    <message>
        <source>Visite</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Témoignage</source>
        <translation>Testimony</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>Synthèse et évaluation</source>
        <translation>Wrap-up and evaluation</translation>
    </message>
    <message>
        <source>Prévu par le document TRESSONS</source>
        <translation>Planned by the TRESSONS document</translation>
    </message>
    <message>
        <source>Proposé par Tresse</source>
        <translation>Proposed by Tresse</translation>
    </message>
    <message>
        <source>Ajouté par vous</source>
        <translation>Added by you</translation>
    </message>
    <message numerus="yes">
        <source>%Ln jours</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WarningsBox</name>
    <message>
        <source>À vérifier avant d&apos;imprimer&#xa0;:</source>
        <translation>Check before printing:</translation>
    </message>
</context>
<context>
    <name>WorkshopEditor</name>
    <message>
        <source>Atelier sélectionné</source>
        <translation>Selected workshop</translation>
    </message>
    <message>
        <source>Ajouter une séquence</source>
        <translation>Add a segment</translation>
    </message>
    <message>
        <source>Retirer la séquence</source>
        <translation>Remove segment</translation>
    </message>
    <message>
        <source>Ajuster la dernière séquence</source>
        <translation>Adjust last segment</translation>
    </message>
    <message>
        <source>Donne à la dernière séquence les minutes qui manquent ou qui sont en trop</source>
        <translation>Gives the last segment the missing or extra minutes</translation>
    </message>
    <message>
        <source>&amp;Titre&#xa0;:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Durée&#xa0;:</source>
        <translation>&amp;Duration:</translation>
    </message>
    <message>
        <source>Format&#xa0;:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Le déroulé totalise %1 min&#xa0;: il manque %2 min pour atteindre la durée de la séance.</source>
        <translation>The outline totals %1 min: %2 min short of the session length.</translation>
    </message>
    <message>
        <source>Le déroulé totalise %1 min&#xa0;: %2 min de plus que la durée de la séance.</source>
        <translation>The outline totals %1 min: %2 min more than the session length.</translation>
    </message>
    <message>
        <source>Nouvelle séquence</source>
        <translation>New segment</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Modifier le lieu «&#xa0;%1&#xa0;»</source>
        <translation>Edit the venue “%1”</translation>
    </message>
    <message>
        <source>Ajouter le lieu «&#xa0;%1&#xa0;»</source>
        <translation>Add the venue “%1”</translation>
    </message>
    <message>
        <source>Modifier l&apos;intervenant «&#xa0;%1&#xa0;»</source>
        <translation>Edit the facilitator “%1”</translation>
    </message>
    <message>
        <source>Ajouter l&apos;intervenant «&#xa0;%1&#xa0;»</source>
        <translation>Add the facilitator “%1”</translation>
    </message>
    <message>
        <source>Supprimer le lieu «&#xa0;%1&#xa0;»</source>
        <translation>Delete the venue “%1”</translation>
    </message>
    <message>
        <source>Supprimer l&apos;intervenant «&#xa0;%1&#xa0;»</source>
        <translation>Delete the facilitator “%1”</translation>
    </message>
    <message>
        <source>Modifier la structure émettrice</source>
        <translation>Edit the issuing organisation</translation>
    </message>
    <message>
        <source>Enregistrer «&#xa0;%1&#xa0;» dans la bibliothèque</source>
        <translation>Save “%1” to the library</translation>
    </message>
</context>
</TS>
