<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr_FR">
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
    <name>HelpDialog</name>
    <message>
        <source>Prise en main de Tresse</source>
        <translation>Getting started with Tresse</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tresse — accompagner les projets d&apos;ESS en milieu rural</source>
        <translation>Tresse — supporting ESS projects in rural areas</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
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
        <source>&amp;Rechercher dans le catalogue</source>
        <translation>&amp;Search the catalogue</translation>
    </message>
    <message>
        <source>&amp;Effacer les filtres</source>
        <translation>&amp;Clear filters</translation>
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
        <source>À propos de Tresse</source>
        <translation>About Tresse</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Tresse&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Composer, planifier et imprimer les kits d&apos;accompagnement des projets de l&apos;économie sociale et solidaire en milieu rural, sans connexion.&lt;/p&gt;&lt;p&gt;Le catalogue reprend les dix expérimentations du programme TRESSONS de l&apos;Avise (2020).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Tresse&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Compose, schedule and print support kits for social and solidarity economy projects in rural areas, offline.&lt;/p&gt;&lt;p&gt;The catalogue holds the ten experiments of Avise&apos;s TRESSONS programme (2020).&lt;/p&gt;</translation>
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
</context>
</TS>
