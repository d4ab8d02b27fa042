<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>CalendarPage</name>
    <message numerus="yes">
        <source>%Ln conflits</source>
        <translation>
            <numerusform>%Ln conflit</numerusform>
            <numerusform>%Ln conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflits affichés sur %1</source>
        <translation>
            <numerusform>%Ln conflit affiché sur %1</numerusform>
            <numerusform>%Ln conflits affichés sur %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln séances masquées par les filtres</source>
        <translation>
            <numerusform>%Ln séance masquée par les filtres</numerusform>
            <numerusform>%Ln séances masquées par les filtres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueBrowser</name>
    <message numerus="yes">
        <source>%Ln expérimentations</source>
        <translation>
            <numerusform>%Ln expérimentation</numerusform>
            <numerusform>%Ln expérimentations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ateliers</source>
        <translation>
            <numerusform>%Ln atelier</numerusform>
            <numerusform>%Ln ateliers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln modèles de kits</source>
        <translation>
            <numerusform>%Ln modèle de kit</numerusform>
            <numerusform>%Ln modèles de kits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message numerus="yes">
        <source>Le lieu {venue} est trop petit pour la séance {session} du {day}&#xa0;: %Ln participants sont inscrits, pour une capacité de {capacity}.</source>
        <translation>
            <numerusform>Le lieu {venue} est trop petit pour la séance {session} du {day}&#xa0;: %Ln participant est inscrit, pour une capacité de {capacity}.</numerusform>
            <numerusform>Le lieu {venue} est trop petit pour la séance {session} du {day}&#xa0;: %Ln participants sont inscrits, pour une capacité de {capacity}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants ({names}) doivent être à deux séances à la fois le {day} de {start} à {end}&#xa0;: {first} et {second}.</source>
        <translation>
            <numerusform>%Ln participant ({names}) doit être à deux séances à la fois le {day} de {start} à {end}&#xa0;: {first} et {second}.</numerusform>
            <numerusform>%Ln participants ({names}) doivent être à deux séances à la fois le {day} de {start} à {end}&#xa0;: {first} et {second}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants, dont {names}, doivent être à deux séances à la fois le {day} de {start} à {end}&#xa0;: {first} et {second}.</source>
        <translation>
            <numerusform>%Ln participant, dont {names}, doit être à deux séances à la fois le {day} de {start} à {end}&#xa0;: {first} et {second}.</numerusform>
            <numerusform>%Ln participants, dont {names}, doivent être à deux séances à la fois le {day} de {start} à {end}&#xa0;: {first} et {second}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message numerus="yes">
        <source>%Ln participants lus (encodage %1, séparateur «&#xa0;%2&#xa0;»).</source>
        <translation>
            <numerusform>%Ln participant lu (encodage %1, séparateur «&#xa0;%2&#xa0;»).</numerusform>
            <numerusform>%Ln participants lus (encodage %1, séparateur «&#xa0;%2&#xa0;»).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attention&#xa0;: c&apos;est plus que les %Ln places restantes du kit.</source>
        <translation>
            <numerusform>Attention&#xa0;: c&apos;est plus que la %Ln place restante du kit.</numerusform>
            <numerusform>Attention&#xa0;: c&apos;est plus que les %Ln places restantes du kit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ne pas réinscrire les %Ln personne(s) déjà inscrite(s) au kit (même courriel, ou mêmes nom et prénom)</source>
        <translation>
            <numerusform>Ne pas réinscrire la personne déjà inscrite au kit (même courriel, ou mêmes nom et prénom)</numerusform>
            <numerusform>Ne pas réinscrire les %Ln personnes déjà inscrites au kit (même courriel, ou mêmes nom et prénom)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importer %Ln participants</source>
        <translation>
            <numerusform>Importer %Ln participant</numerusform>
            <numerusform>Importer %Ln participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvRows</name>
    <message numerus="yes">
        <source>Un guillemet (&quot;) mal placé sur cette ligne la découpe en %Ln cases au lieu de {expected}&#xa0;: elle n&apos;a pas été lue. Corrigez-la dans le tableur.</source>
        <translation>
            <numerusform>Un guillemet (&quot;) mal placé sur cette ligne la découpe en %Ln case au lieu de {expected}&#xa0;: elle n&apos;a pas été lue. Corrigez-la dans le tableur.</numerusform>
            <numerusform>Un guillemet (&quot;) mal placé sur cette ligne la découpe en %Ln cases au lieu de {expected}&#xa0;: elle n&apos;a pas été lue. Corrigez-la dans le tableur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cette ligne a %Ln cases au lieu de {expected} (un séparateur {separator} en trop ou en moins&#xa0;?)&#xa0;: elle n&apos;a pas été lue.</source>
        <translation>
            <numerusform>Cette ligne a %Ln case au lieu de {expected} (un séparateur {separator} en trop ou en moins&#xa0;?)&#xa0;: elle n&apos;a pas été lue.</numerusform>
            <numerusform>Cette ligne a %Ln cases au lieu de {expected} (un séparateur {separator} en trop ou en moins&#xa0;?)&#xa0;: elle n&apos;a pas été lue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message numerus="yes">
        <source>%Ln séances, %1 au total, une séance tous les %2</source>
        <translation>
            <numerusform>%Ln séance, %1 au total, une séance tous les %2</numerusform>
            <numerusform>%Ln séances, %1 au total, une séance tous les %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KitCallPanel</name>
    <message numerus="yes">
        <source>Total&#xa0;: %Ln points</source>
        <translation>
            <numerusform>Total&#xa0;: %Ln point</numerusform>
            <numerusform>Total&#xa0;: %Ln points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retirer %Ln critère(s)</source>
        <translation>
            <numerusform>Retirer %Ln critère</numerusform>
            <numerusform>Retirer %Ln critères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln critère(s) retiré(s) — Ctrl+Z pour annuler</source>
        <translation>
            <numerusform>%Ln critère retiré — Ctrl+Z pour annuler</numerusform>
            <numerusform>%Ln critères retirés — Ctrl+Z pour annuler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KitFile</name>
    <message numerus="yes">
        <source>%Ln séances avaient un statut inconnu&#xa0;: elles sont marquées «&#xa0;pressentie&#xa0;».</source>
        <translation>
            <numerusform>%Ln séance avait un statut inconnu&#xa0;: elle est marquée «&#xa0;pressentie&#xa0;».</numerusform>
            <numerusform>%Ln séances avaient un statut inconnu&#xa0;: elles sont marquées «&#xa0;pressentie&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln présences avaient une valeur inconnue&#xa0;: elles sont ignorées.</source>
        <translation>
            <numerusform>%Ln présence avait une valeur inconnue&#xa0;: elle est ignorée.</numerusform>
            <numerusform>%Ln présences avaient une valeur inconnue&#xa0;: elles sont ignorées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KitFollowUpPanel</name>
    <message numerus="yes">
        <source>Moyennes sur %Ln réponse(s) — </source>
        <translation>
            <numerusform>Moyennes sur %Ln réponse — </numerusform>
            <numerusform>Moyennes sur %Ln réponses — </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KitParticipantsPanel</name>
    <message numerus="yes">
        <source>%Ln participant(s) inscrit(s) pour %1 places.</source>
        <translation>
            <numerusform>%Ln participant inscrit pour %1 places.</numerusform>
            <numerusform>%Ln participants inscrits pour %1 places.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>La capacité du kit est dépassée de %Ln.</source>
        <translation>
            <numerusform>La capacité du kit est dépassée de %Ln.</numerusform>
            <numerusform>La capacité du kit est dépassée de %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coller %Ln participant(s)</source>
        <translation>
            <numerusform>Coller %Ln participant</numerusform>
            <numerusform>Coller %Ln participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retirer %Ln participant(s)</source>
        <translation>
            <numerusform>Retirer %Ln participant</numerusform>
            <numerusform>Retirer %Ln participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) supprimé(s) — Ctrl+Z pour annuler</source>
        <translation>
            <numerusform>%Ln participant supprimé — Ctrl+Z pour annuler</numerusform>
            <numerusform>%Ln participants supprimés — Ctrl+Z pour annuler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importer %Ln participants</source>
        <translation>
            <numerusform>Importer %Ln participant</numerusform>
            <numerusform>Importer %Ln participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln adresses copiées&#xa0;: collez-les dans le champ «&#xa0;À&#xa0;» ou «&#xa0;Cci&#xa0;» de votre messagerie.</source>
        <translation>
            <numerusform>%Ln adresse copiée&#xa0;: collez-la dans le champ «&#xa0;À&#xa0;» ou «&#xa0;Cci&#xa0;» de votre messagerie.</numerusform>
            <numerusform>%Ln adresses copiées&#xa0;: collez-les dans le champ «&#xa0;À&#xa0;» ou «&#xa0;Cci&#xa0;» de votre messagerie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KitSessionsPanel</name>
    <message numerus="yes">
        <source>Aucune séance n&apos;est encore datée. «&#xa0;Planifier automatiquement&#xa0;» propose des dates pour les %Ln ateliers, dans l&apos;ordre du kit.</source>
        <translation>
            <numerusform>Aucune séance n&apos;est encore datée. «&#xa0;Planifier automatiquement&#xa0;» propose une date pour l&apos;atelier.</numerusform>
            <numerusform>Aucune séance n&apos;est encore datée. «&#xa0;Planifier automatiquement&#xa0;» propose des dates pour les %Ln ateliers, dans l&apos;ordre du kit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln séances datées.</source>
        <translation>
            <numerusform>%Ln séance datée.</numerusform>
            <numerusform>%Ln séances datées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln alertes&#xa0;: survolez ou sélectionnez une séance pour les lire.</source>
        <translation>
            <numerusform>%Ln alerte&#xa0;: survolez ou sélectionnez une séance pour la lire.</numerusform>
            <numerusform>%Ln alertes&#xa0;: survolez ou sélectionnez une séance pour les lire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Séances&#xa0;: «&#xa0;%1&#xa0;» (%Ln)</source>
        <translation>
            <numerusform>Séances&#xa0;: «&#xa0;%1&#xa0;» (%Ln)</numerusform>
            <numerusform>Séances&#xa0;: «&#xa0;%1&#xa0;» (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ce kit a déjà %Ln séances datées. Les remplacer par un nouveau calendrier&#xa0;?</source>
        <translation>
            <numerusform>Ce kit a déjà %Ln séance datée. La remplacer par un nouveau calendrier&#xa0;?</numerusform>
            <numerusform>Ce kit a déjà %Ln séances datées. Les remplacer par un nouveau calendrier&#xa0;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KitSummaryPanel</name>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%Ln séances&lt;/b&gt;, %1 d&apos;ateliers au total.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%Ln séance&lt;/b&gt;, %1 d&apos;ateliers au total.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%Ln séances&lt;/b&gt;, %1 d&apos;ateliers au total.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%Ln participants inscrits pour %1 places.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%Ln participant inscrit pour %1 places.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%Ln participants inscrits pour %1 places.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KitWorkshopsPanel</name>
    <message numerus="yes">
        <source>Ajouter %Ln ateliers</source>
        <translation>
            <numerusform>Ajouter %Ln atelier</numerusform>
            <numerusform>Ajouter %Ln ateliers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message numerus="yes">
        <source>%Ln autres</source>
        <translation>
            <numerusform>%Ln autre</numerusform>
            <numerusform>%Ln autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln&#xa0;octets</source>
        <translation>
            <numerusform>%Ln&#xa0;octet</numerusform>
            <numerusform>%Ln&#xa0;octets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasteParticipantsDialog</name>
    <message numerus="yes">
        <source>%Ln personne(s) lue(s) dans les lignes collées.</source>
        <translation>
            <numerusform>%Ln personne lue dans les lignes collées.</numerusform>
            <numerusform>%Ln personnes lues dans les lignes collées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attention&#xa0;: c&apos;est plus que les %Ln places restantes du kit.</source>
        <translation>
            <numerusform>Attention&#xa0;: c&apos;est plus que la %Ln place restante du kit.</numerusform>
            <numerusform>Attention&#xa0;: c&apos;est plus que les %Ln places restantes du kit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlacesDialog</name>
    <message numerus="yes">
        <source>• et %Ln autre(s) séance(s)</source>
        <translation>
            <numerusform>• et %Ln autre séance</numerusform>
            <numerusform>• et %Ln autres séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>«&#xa0;%1&#xa0;» accueille %Ln séance(s), qui n&apos;auront plus de lieu&#xa0;:</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» accueille %Ln séance, qui n&apos;aura plus de lieu&#xa0;:</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» accueille %Ln séances, qui n&apos;auront plus de lieu&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message numerus="yes">
        <source>Espacement du modèle (%Ln jours)</source>
        <translation>
            <numerusform>Espacement du modèle (%Ln jour)</numerusform>
            <numerusform>Espacement du modèle (%Ln jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Les week-ends, les jours fériés et vos dates à éviter (%Ln) sont toujours écartés. Les ateliers d&apos;une journée ont lieu le matin et l&apos;après-midi, avec une pause déjeuner.</source>
        <translation>
            <numerusform>Les week-ends, les jours fériés et vos dates à éviter (%Ln) sont toujours écartés. Les ateliers d&apos;une journée ont lieu le matin et l&apos;après-midi, avec une pause déjeuner.</numerusform>
            <numerusform>Les week-ends, les jours fériés et vos dates à éviter (%Ln) sont toujours écartés. Les ateliers d&apos;une journée ont lieu le matin et l&apos;après-midi, avec une pause déjeuner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln séances, du %1 au %2.</source>
        <translation>
            <numerusform>%Ln séance, le %1.</numerusform>
            <numerusform>%Ln séances, du %1 au %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message numerus="yes">
        <source>Les vacances scolaires de la zone {zone} ne sont pas encore publiées pour les années scolaires {years} dans les données de Tresse (dates à partir du {day})&#xa0;: elles n&apos;ont pas pu être prises en compte&#xa0;; vérifiez ces dates sur le calendrier scolaire officiel.</source>
        <translation>
            <numerusform>Les vacances scolaires de la zone {zone} ne sont pas encore publiées pour l&apos;année scolaire {years} dans les données de Tresse (dates à partir du {day})&#xa0;: elles n&apos;ont pas pu être prises en compte&#xa0;; vérifiez ces dates sur le calendrier scolaire officiel.</numerusform>
            <numerusform>Les vacances scolaires de la zone {zone} ne sont pas encore publiées pour les années scolaires {years} dans les données de Tresse (dates à partir du {day})&#xa0;: elles n&apos;ont pas pu être prises en compte&#xa0;; vérifiez ces dates sur le calendrier scolaire officiel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message numerus="yes">
        <source>%Ln documents prêts</source>
        <translation>
            <numerusform>%Ln document prêt</numerusform>
            <numerusform>%Ln documents prêts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintResults</name>
    <message numerus="yes">
        <source>%Ln pages</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintWarnings</name>
    <message numerus="yes">
        <source>Présences non saisies pour %Ln personnes&#xa0;: {names}. Pas d&apos;attestation ni de certificat de réalisation pour elles tant que leurs présences (présent, absent ou excusé) ne sont pas saisies.</source>
        <translation>
            <numerusform>Présences non saisies pour %Ln personne&#xa0;: {names}. Pas d&apos;attestation ni de certificat de réalisation pour elle tant que ses présences (présent, absent ou excusé) ne sont pas saisies.</numerusform>
            <numerusform>Présences non saisies pour %Ln personnes&#xa0;: {names}. Pas d&apos;attestation ni de certificat de réalisation pour elles tant que leurs présences (présent, absent ou excusé) ne sont pas saisies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln séances passées ou avec des présences mais non marquées «&#xa0;réalisée&#xa0;»&#xa0;: {sessions}. Leurs heures ne comptent pas tant qu&apos;elles ne sont pas marquées réalisées.</source>
        <translation>
            <numerusform>%Ln séance passée ou avec des présences mais non marquée «&#xa0;réalisée&#xa0;»&#xa0;: {sessions}. Ses heures ne comptent pas tant qu&apos;elle n&apos;est pas marquée réalisée.</numerusform>
            <numerusform>%Ln séances passées ou avec des présences mais non marquées «&#xa0;réalisée&#xa0;»&#xa0;: {sessions}. Leurs heures ne comptent pas tant qu&apos;elles ne sont pas marquées réalisées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln personnes inscrites n&apos;ont suivi aucune heure&#xa0;: pas d&apos;attestation ni de certificat de réalisation pour elles ({names}).</source>
        <translation>
            <numerusform>%Ln personne inscrite n&apos;a suivi aucune heure&#xa0;: pas d&apos;attestation ni de certificat de réalisation pour elle ({names}).</numerusform>
            <numerusform>%Ln personnes inscrites n&apos;ont suivi aucune heure&#xa0;: pas d&apos;attestation ni de certificat de réalisation pour elles ({names}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln séances encore «&#xa0;pressenties&#xa0;» s&apos;impriment «&#xa0;date à confirmer&#xa0;»&#xa0;: {sessions}. Confirmez-les («&#xa0;Confirmer les dates&#xa0;») si elles sont fixées.</source>
        <translation>
            <numerusform>%Ln séance encore «&#xa0;pressentie&#xa0;» s&apos;imprime «&#xa0;date à confirmer&#xa0;»&#xa0;: {sessions}. Confirmez-la («&#xa0;Confirmer les dates&#xa0;») si elle est fixée.</numerusform>
            <numerusform>%Ln séances encore «&#xa0;pressenties&#xa0;» s&apos;impriment «&#xa0;date à confirmer&#xa0;»&#xa0;: {sessions}. Confirmez-les («&#xa0;Confirmer les dates&#xa0;») si elles sont fixées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln personnes n&apos;ont pas de créneau de rendez-vous individuel pour «&#xa0;{title}&#xa0;» ({minutes}&#xa0;minutes par personne)&#xa0;: programmez des séances.</source>
        <translation>
            <numerusform>%Ln personne n&apos;a pas de créneau de rendez-vous individuel pour «&#xa0;{title}&#xa0;» ({minutes}&#xa0;minutes par personne)&#xa0;: programmez des séances.</numerusform>
            <numerusform>%Ln personnes n&apos;ont pas de créneau de rendez-vous individuel pour «&#xa0;{title}&#xa0;» ({minutes}&#xa0;minutes par personne)&#xa0;: programmez des séances.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln personnes n&apos;ont pas de créneau de rendez-vous individuel pour «&#xa0;{title}&#xa0;» ({minutes}&#xa0;minutes par personne)&#xa0;: programmez {more} de plus.</source>
        <translation>
            <numerusform>%Ln personne n&apos;a pas de créneau de rendez-vous individuel pour «&#xa0;{title}&#xa0;» ({minutes}&#xa0;minutes par personne)&#xa0;: programmez {more} de plus.</numerusform>
            <numerusform>%Ln personnes n&apos;ont pas de créneau de rendez-vous individuel pour «&#xa0;{title}&#xa0;» ({minutes}&#xa0;minutes par personne)&#xa0;: programmez {more} de plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln séances</source>
        <translation>
            <numerusform>%Ln séance</numerusform>
            <numerusform>%Ln séances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message numerus="yes">
        <source>%Ln sauvegarde(s) effacée(s).</source>
        <translation>
            <numerusform>%Ln sauvegarde effacée.</numerusform>
            <numerusform>%Ln sauvegardes effacées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message numerus="yes">
        <source>%Ln kit(s) à anonymiser.</source>
        <translation>
            <numerusform>%Ln kit à anonymiser.</numerusform>
            <numerusform>%Ln kits à anonymiser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Les données de %1 (%Ln kits) sont dans&#xa0;:
%3
%4</source>
        <translation>
            <numerusform>Les données de %1 (%Ln kit) sont dans&#xa0;:
%3
%4</numerusform>
            <numerusform>Les données de %1 (%Ln kits) sont dans&#xa0;:
%3
%4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymiser %Ln kit(s)</source>
        <translation>
            <numerusform>Anonymiser %Ln kit</numerusform>
            <numerusform>Anonymiser %Ln kits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recovery</name>
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
</context>
<context>
    <name>ReportDialog</name>
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
            <numerusform>%Ln séance réalisée</numerusform>
            <numerusform>%Ln séances réalisées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sur %Ln prévues</source>
        <translation>
            <numerusform>sur %Ln prévue</numerusform>
            <numerusform>sur %Ln prévues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln présences à saisir&#xa0;: le taux de présence sera «&#xa0;à compléter&#xa0;».</source>
        <translation>
            <numerusform>%Ln présence à saisir&#xa0;: le taux de présence sera «&#xa0;à compléter&#xa0;».</numerusform>
            <numerusform>%Ln présences à saisir&#xa0;: le taux de présence sera «&#xa0;à compléter&#xa0;».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyGuard</name>
    <message numerus="yes">
        <source>%Ln kits terminés depuis plus de %1 contiennent encore des données personnelles&#xa0;: Fichier → Données personnelles…</source>
        <translation>
            <numerusform>%Ln kit terminé depuis plus de %1 contient encore des données personnelles&#xa0;: Fichier → Données personnelles…</numerusform>
            <numerusform>%Ln kits terminés depuis plus de %1 contiennent encore des données personnelles&#xa0;: Fichier → Données personnelles…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mois</source>
        <translation>
            <numerusform>%Ln mois</numerusform>
            <numerusform>%Ln mois</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message numerus="yes">
        <source>%Ln jours</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
</context>
</TS>
