<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr_FR">
<context>
    <name></name>
    <message>
        <source>Exporter le kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kits Tresse (*.tresse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclure les participants, leurs présences et leurs évaluations ?

Ce sont des données personnelles : ne les partagez qu&apos;avec une structure qui en a besoin pour l&apos;accompagnement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter sans la structure émettrice ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer un kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kits Tresse (*.tresse);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (importé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le kit « %1 » a été importé, avec ces remarques :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Une erreur inattendue s&apos;est produite. Elle a été enregistrée dans le journal&#xa0;:
%1</source>
        <translation>An unexpected error occurred. It has been recorded in the log:
%1</translation>
    </message>
    <message>
        <source>Tresse est déjà ouvert avec ces données. Utilisez la fenêtre déjà ouverte.</source>
        <translation>Tresse is already open with this data. Use the window that is already open.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>‹ Précédent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aujourd&apos;hui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suivant ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Période précédente (Page précédente ou Ctrl+←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenir à aujourd&apos;hui (T ou Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Période suivante (Page suivante ou Ctrl+→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tout afficher</source>
        <translation type="unfinished">Show all</translation>
    </message>
    <message>
        <source>Calendrier du mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendrier de la semaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liste des séances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflits du planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervenant&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieu&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kit&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semaine du %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les intervenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les lieux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les kits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun conflit dans le planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un conflit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 conflits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 conflits affichés sur %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une séance masquée par les filtres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 séances masquées par les filtres</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (pause déjeuner %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séance sans atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non précisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non précisés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kit&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieu&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervenants&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause déjeuner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Affichés&#xa0;: %1 expérimentations, %2 ateliers, %3 modèles de kits</source>
        <translation>Shown: %1 experiments, %2 workshops, %3 kit templates</translation>
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
    <message>
        <source>%1 expérimentations, %2 ateliers, %3 modèles de kits</source>
        <translation>%1 experiments, %2 workshops, %3 kit templates</translation>
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
    <name>CsvImportDialog</name>
    <message>
        <source>Importer des participants — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 participants lus (encodage %2, séparateur «&#xa0;%3&#xa0;»).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention&#xa0;: c&apos;est plus que les %1 places restantes du kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer %1 participants</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>%1 séances, %2 au total, une séance tous les %3</source>
        <translation>%1 sessions, %2 in all, one session every %3</translation>
    </message>
    <message>
        <source>Ateliers</source>
        <translation>Workshops</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Les données de Tresse sont utilisées par un autre programme. Fermez-le, puis réessayez.</source>
        <translation>Tresse&apos;s data is in use by another program. Close it, then try again.</translation>
    </message>
    <message>
        <source>Ce fichier n&apos;est pas une base de données Tresse, ou il est endommagé. Une copie de sauvegarde se trouve peut-être dans le même dossier.</source>
        <translation>This file is not a Tresse database, or it is damaged. A backup copy may be in the same folder.</translation>
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
        <source>Une erreur inattendue s&apos;est produite. Elle a été enregistrée dans le journal.</source>
        <translation>An unexpected error occurred. It has been recorded in the log.</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (de 1 : pas du tout d&apos;accord à 4 : tout à fait d&apos;accord)</source>
        <translation type="unfinished"></translation>
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
    <name>KitFollowUpPanel</name>
    <message>
        <source>Marquer la séance comme réalisée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tout le monde présent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séance :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Présences (par demi-journée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Évaluation à chaud : notes de 1 (pas du tout d&apos;accord) à 4 (tout à fait d&apos;accord)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datez d&apos;abord les séances (onglet Séances) : les présences et les évaluations se saisissent après chaque séance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscrivez d&apos;abord les participants (onglet Participants).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moyennes sur %1 réponses — </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisir une présence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisir une évaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marquer tout le monde présent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KitGeneralPanel</name>
    <message>
        <source>ex. Ardèche ou 07 (jours fériés et vacances scolaires)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimée sur les feuilles d&apos;émargement et les attestations, ex. «&#xa0;Action soutenue par la Région et le FSE+&#xa0;»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kit archivé (terminé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nom du kit&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Territoire&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Département&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacité (participants)&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention des &amp;financeurs&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention des &amp;partenaires&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier le territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier le département</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier la capacité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier la mention des financeurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier la mention des partenaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier les notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiver le kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réactiver le kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un kit doit avoir un nom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renommer le kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier le public</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KitModels</name>
    <message>
        <source>Kit</source>
        <extracomment>MIME type of library workshops dragged into a kit (a JSON list of library ids). MIME type of a kit&apos;s own workshops dragged to a new place (a JSON list of kit workshop uids).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territoire</source>
        <translation type="unfinished">Territory</translation>
    </message>
    <message>
        <source>Ateliers</source>
        <translation type="unfinished">Workshops</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atelier</source>
        <translation type="unfinished">Workshop</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">Format</translation>
    </message>
    <message>
        <source>Durée</source>
        <translation type="unfinished">Duration</translation>
    </message>
    <message>
        <source>Déroulé</source>
        <translation type="unfinished">Outline</translation>
    </message>
    <message>
        <source>complet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min à répartir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min de trop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séquence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matériel</source>
        <translation type="unfinished">Materials</translation>
    </message>
    <message>
        <source>Ateliers concernés</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KitParticipantsPanel</name>
    <message>
        <source>&amp;Ajouter</source>
        <extracomment>Largest CSV read into memory for the preview (the parser refuses anything larger).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Importer un CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copier les courriels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xporter en CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 participants inscrits pour %2 places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La capacité du kit est dépassée de %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier «&#xa0;%1&#xa0;»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter un participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer %1 participant(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer des participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible de lire ce fichier&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer %1 participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 adresses copiées&#xa0;: collez-les dans le champ «&#xa0;À&#xa0;» ou «&#xa0;Cci&#xa0;» de votre messagerie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter les participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichiers CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KitSessionsPanel</name>
    <message>
        <source>&amp;Planifier automatiquement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Modifier la séance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter l&apos;agenda (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieux et intervenants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajoutez d&apos;abord des ateliers au kit (onglet Ateliers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune séance n&apos;est encore datée. « Planifier automatiquement » propose des dates pour les %1 ateliers, dans l&apos;ordre du kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 séances datées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 alertes : survolez ou sélectionnez une séance pour les lire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planifier les séances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce kit a déjà %1 séances datées. Les remplacer par un nouveau calendrier ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier la séance « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter l&apos;agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KitSummaryPanel</name>
    <message>
        <source>&lt;b&gt;Matériel à prévoir&lt;/b&gt; pour l&apos;ensemble du kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 séances&lt;/b&gt;, %2 d&apos;ateliers au total.&lt;/p&gt;&lt;p&gt;%3 participants inscrits pour %4 places.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#a4161a&apos;&gt;&lt;b&gt;Attention&#xa0;: le nombre de participants dépasse la capacité du kit.&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KitWorkshopsPanel</name>
    <message>
        <source>Filtrer la bibliothèque…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter au kit →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajoute l&apos;atelier choisi dans la bibliothèque (ou double-clic, ou glisser-déposer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvel atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer dans la bibliothèque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Bibliothèque d&apos;ateliers&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Ateliers du kit&lt;/b&gt;, dans l&apos;ordre des séances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter «&#xa0;%1&#xa0;»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter %1 ateliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déplacer un atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déplacer «&#xa0;%1&#xa0;»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer «&#xa0;%1&#xa0;»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«&#xa0;%1&#xa0;» est enregistré dans la bibliothèque.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier «&#xa0;%1&#xa0;»</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KitsPage</name>
    <message>
        <source>Kits en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kits archivés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les kits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nouveau kit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;upliquer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afficher&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Aucun kit sélectionné&lt;/h3&gt;&lt;p&gt;Créez un kit à partir d&apos;un modèle («&#xa0;Outille ton projet&#xa0;», «&#xa0;Premiers Pas&#xa0;»…), des actions d&apos;une expérimentation, ou vierge&#xa0;: bouton &lt;b&gt;Nouveau kit…&lt;/b&gt; ou &lt;b&gt;Ctrl+N&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Général</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ateliers</source>
        <translation type="unfinished">Workshops</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Présences et évaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Récapitulatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créer le kit «&#xa0;%1&#xa0;»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dupliquer le kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom de la copie&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donnez un nom à la copie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dupliquer «&#xa0;%1&#xa0;»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer le kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer le kit «&#xa0;%1&#xa0;», ses ateliers, ses participants et ses séances&#xa0;?

Vous pourrez l&apos;annuler avec Édition › Annuler (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer le kit «&#xa0;%1&#xa0;»</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogoField</name>
    <message>
        <source>Choisir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(aucun logo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(image illisible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisir un logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tresse — accompagner les projets d&apos;ESS en milieu rural</source>
        <translation>Tresse — supporting ESS projects in rural areas</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mes kits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendrier</source>
        <translation type="unfinished">Calendar</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Nouveau kit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Importer un kit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exporter le kit…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rétablir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rechercher dans le catalogue</source>
        <translation>&amp;Search the catalogue</translation>
    </message>
    <message>
        <source>&amp;Effacer les filtres</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <source>&amp;Structure émettrice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lieux, intervenants et dates à éviter…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendrier</source>
        <translation type="unfinished"></translation>
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
        <source>Exporter le kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un kit dans « Mes kits ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kit exporté.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrement impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La modification n&apos;a pas pu être enregistrée.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À partir d&apos;un &amp;modèle de kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À partir des actions d&apos;une &amp;expérimentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kit &amp;vierge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créer le kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modèle&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expérimentation&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nom du kit&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donnez un nom au kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce nom est trop long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Page %1</source>
        <extracomment>Width of a portrait page&apos;s thumbnail, in device-independent pixels. Thumbnails kept in memory at most (each is a few tens of kilobytes).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Aperçu avant impression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page précédente (Page préc.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page suivante (Page suiv.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom −</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réduire (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrandir (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pleine &amp;largeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajuster la page à la largeur de la fenêtre (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Imprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le document « %1 » n&apos;a pas pu être ouvert : il a peut-être été déplacé ou supprimé. Générez les documents à nouveau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPrinting</name>
    <message>
        <source>Imprimer</source>
        <extracomment>Printing renders each page at the printer&apos;s resolution, but never finer than this.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoi à l&apos;imprimante…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;imprimante n&apos;a pas pu être ouverte. Vérifiez qu&apos;elle est allumée et branchée, puis réessayez ; vous pouvez aussi ouvrir le document dans votre lecteur PDF pour l&apos;imprimer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un des documents n&apos;a pas pu être lu : il a peut-être été déplacé ou supprimé. Générez les documents à nouveau, puis réessayez.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacesDialog</name>
    <message>
        <source>Lieux, intervenants et dates à éviter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer le lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salles des fêtes, tiers-lieux, mairies, fermes… réutilisables dans tous vos kits. Double-cliquez sur une case pour la modifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvel intervenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer l&apos;intervenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les personnes qui animent les séances, dans tous vos kits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif (facultatif), ex. fête du village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La planification automatique ne place aucune séance ces jours-là.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates à éviter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » accueille %2 séance(s) : elles n&apos;auront plus de lieu. Retirer ce lieu ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 anime des séances de ces kits : %2. Retirez-la ou retirez-le d&apos;abord de ces séances.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Planifier les séances — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Espacement du modèle (%1 jours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chaque semaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toutes les deux semaines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chaque mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(lieu à définir)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne pas tenir compte des vacances scolaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Éviter les vacances scolaires de la zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (celle du département)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Première séance le ou après le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rythme :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jours possibles :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Heure de début :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lieu :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervenants :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vacances scolaires :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les week-ends, les jours fériés et vos dates à éviter (%1) sont toujours écartés. Les ateliers d&apos;une journée ont lieu le matin et l&apos;après-midi, avec une pause déjeuner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ces réglages ne permettent pas de planifier (%1).</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent excusé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Après-midi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Imprimer — %1</source>
        <extracomment>Documents ticked when the dialog opens: what a facilitator carries to every cycle. Documents that cover only the sessions ticked (the others cover the whole cycle, or no session at all).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le programme et les attestations couvrent toujours tout le cycle, quelles que soient les séances cochées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune séance n&apos;est encore datée : les feuilles d&apos;émargement et les cartes de séance seront imprimées vierges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parcourir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les documents du même nom déjà présents dans ce dossier sont remplacés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aperçu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir dans le &amp;visualiseur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvre le document sélectionné avec votre lecteur PDF habituel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir le &amp;dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Imprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoie tous les documents générés à l&apos;imprimante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Générer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents à préparer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séances concernées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dossier :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier des documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cochez au moins un document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cochez au moins une séance, ou ne gardez que le programme, les attestations, la feuille vierge et les chevalets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez le dossier où enregistrer les documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » est un fichier, pas un dossier : choisissez un dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Préparation des documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annulation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Préparation : %1 (%2 sur %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 document prêt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 documents prêts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) dans « %3 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À vérifier avant d&apos;imprimer :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Génération annulée : aucun document n&apos;a été écrit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun lecteur PDF n&apos;a pu ouvrir le document. Utilisez « Aperçu » pour le voir et l&apos;imprimer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le dossier n&apos;a pas pu être ouvert : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintDocuments</name>
    <message>
        <source>Programme du cycle</source>
        <extracomment>The French titles of :data:`~desktop.printing.pack.DOCUMENTS`, marked for Qt Linguist (they are the source texts); ``tests/test_print_ui.py`` checks the two lists stay the same.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Livrets participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feuilles d&apos;émargement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feuille d&apos;émargement vierge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attestations de présence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Évaluations à chaud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Résultats des évaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chevalets nominatifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cartes de séance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintWorker</name>
    <message>
        <source>Les polices de caractères de Tresse sont introuvables : l&apos;installation est incomplète. Réinstallez Tresse, puis réessayez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le disque est plein : libérez de la place ou choisissez un autre dossier, puis réessayez. Aucun document n&apos;a été écrit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire dans le dossier « %1 ». Un des documents est peut-être ouvert dans un lecteur PDF : fermez-le. Sinon, choisissez un autre dossier (une clé USB est peut-être protégée en écriture). Aucun document n&apos;a été écrit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire dans le dossier « %1 » (%2). Vérifiez que le dossier existe toujours, ou choisissez-en un autre. Aucun document n&apos;a été écrit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une erreur inattendue a empêché de préparer les documents. Elle a été enregistrée dans le journal. Aucun document n&apos;a été laissé à moitié écrit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Structure émettrice des documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. Présidente, Directeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. Action cofinancée par l&apos;Union européenne (FSE+) et la Région</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter un logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer le logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ces informations sont imprimées sur les feuilles d&apos;émargement et les attestations de présence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nom de la structure :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adresse :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signataire :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Qualité du signataire :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention des &amp;financeurs :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logos des financeurs :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logos des financeurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>Confirmée</source>
        <extracomment>MIME type of a session dragged across the calendar (its uid, UTF-8). Kit colours: (strong, light) pairs, without red or orange (kept for conflicts), each dark enough for white text on the strong colour and black text on the light one.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réalisée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annulée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressentie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erreur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atelier</source>
        <translation type="unfinished">Workshop</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gravité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problème</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déplacer la séance « %1 »</source>
        <extracomment>Default least time between two venues for one facilitator, in minutes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleModels</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Séance — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause déjeuner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(lieu à définir)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décaler d&apos;autant les séances suivantes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>à</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Horaires :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lieu :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervenants :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statut :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La séance doit finir après son début.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La pause déjeuner doit se tenir pendant la séance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <source>Pressentie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réalisée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annulée</source>
        <translation type="unfinished"></translation>
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
        <source>Issu du document TRESSONS</source>
        <translation>From the TRESSONS document</translation>
    </message>
    <message>
        <source>Proposé par Tresse</source>
        <translation>Proposed by Tresse</translation>
    </message>
    <message>
        <source>Ajouté par vous</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopEditor</name>
    <message>
        <source>Atelier sélectionné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter une séquence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer la séquence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajuster la dernière séquence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donne à la dernière séquence les minutes qui manquent ou qui sont en trop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Titre&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Durée&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le déroulé totalise %1 min&#xa0;: il manque %2 min pour atteindre la durée de la séance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le déroulé totalise %1 min&#xa0;: %2 min de plus que la durée de la séance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle séquence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Impossible d&apos;écrire ce fichier&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
