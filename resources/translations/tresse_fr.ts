<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>CalendarPage</name>
    <message numerus="yes">
        <source>%n conflits</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflits affichés sur %1</source>
        <translation>
            <numerusform>%n conflit affiché sur %1</numerusform>
            <numerusform>%n conflits affichés sur %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n séances masquées par les filtres</source>
        <translation>
            <numerusform>%n séance masquée par les filtres</numerusform>
            <numerusform>%n séances masquées par les filtres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueBrowser</name>
    <message numerus="yes">
        <source>%n expérimentations</source>
        <translation>
            <numerusform>%n expérimentation</numerusform>
            <numerusform>%n expérimentations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ateliers</source>
        <translation>
            <numerusform>%n atelier</numerusform>
            <numerusform>%n ateliers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n modèles de kits</source>
        <translation>
            <numerusform>%n modèle de kit</numerusform>
            <numerusform>%n modèles de kits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message numerus="yes">
        <source>Le lieu {venue} est trop petit pour la séance {session} du {day}&#xa0;: %n participants sont inscrits, pour une capacité de {capacity}.</source>
        <translation>
            <numerusform>Le lieu {venue} est trop petit pour la séance {session} du {day}&#xa0;: %n participant est inscrit, pour une capacité de {capacity}.</numerusform>
            <numerusform>Le lieu {venue} est trop petit pour la séance {session} du {day}&#xa0;: %n participants sont inscrits, pour une capacité de {capacity}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants ({names}) doivent être à deux séances à la fois le {day} de {start} à {end}&#xa0;: {first} et {second}.</source>
        <translation>
            <numerusform>%n participant ({names}) doit être à deux séances à la fois le {day} de {start} à {end}&#xa0;: {first} et {second}.</numerusform>
            <numerusform>%n participants ({names}) doivent être à deux séances à la fois le {day} de {start} à {end}&#xa0;: {first} et {second}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants, dont {names}, doivent être à deux séances à la fois le {day} de {start} à {end}&#xa0;: {first} et {second}.</source>
        <translation>
            <numerusform>%n participant, dont {names}, doit être à deux séances à la fois le {day} de {start} à {end}&#xa0;: {first} et {second}.</numerusform>
            <numerusform>%n participants, dont {names}, doivent être à deux séances à la fois le {day} de {start} à {end}&#xa0;: {first} et {second}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message numerus="yes">
        <source>%n participants lus (encodage %1, séparateur «&#xa0;%2&#xa0;»).</source>
        <translation>
            <numerusform>%n participant lu (encodage %1, séparateur «&#xa0;%2&#xa0;»).</numerusform>
            <numerusform>%n participants lus (encodage %1, séparateur «&#xa0;%2&#xa0;»).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attention&#xa0;: c&apos;est plus que les %n places restantes du kit.</source>
        <translation>
            <numerusform>Attention&#xa0;: c&apos;est plus que la %n place restante du kit.</numerusform>
            <numerusform>Attention&#xa0;: c&apos;est plus que les %n places restantes du kit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ne pas réinscrire les %n personne(s) déjà inscrite(s) au kit (même courriel, ou mêmes nom et prénom)</source>
        <translation>
            <numerusform>Ne pas réinscrire la personne déjà inscrite au kit (même courriel, ou mêmes nom et prénom)</numerusform>
            <numerusform>Ne pas réinscrire les %n personnes déjà inscrites au kit (même courriel, ou mêmes nom et prénom)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importer %n participants</source>
        <translation>
            <numerusform>Importer %n participant</numerusform>
            <numerusform>Importer %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvRows</name>
    <message numerus="yes">
        <source>Un guillemet (&quot;) mal placé sur cette ligne la découpe en %n cases au lieu de {expected}&#xa0;: elle n&apos;a pas été lue. Corrigez-la dans le tableur.</source>
        <translation>
            <numerusform>Un guillemet (&quot;) mal placé sur cette ligne la découpe en %n case au lieu de {expected}&#xa0;: elle n&apos;a pas été lue. Corrigez-la dans le tableur.</numerusform>
            <numerusform>Un guillemet (&quot;) mal placé sur cette ligne la découpe en %n cases au lieu de {expected}&#xa0;: elle n&apos;a pas été lue. Corrigez-la dans le tableur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cette ligne a %n cases au lieu de {expected} (un séparateur {separator} en trop ou en moins&#xa0;?)&#xa0;: elle n&apos;a pas été lue.</source>
        <translation>
            <numerusform>Cette ligne a %n case au lieu de {expected} (un séparateur {separator} en trop ou en moins&#xa0;?)&#xa0;: elle n&apos;a pas été lue.</numerusform>
            <numerusform>Cette ligne a %n cases au lieu de {expected} (un séparateur {separator} en trop ou en moins&#xa0;?)&#xa0;: elle n&apos;a pas été lue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message numerus="yes">
        <source>%n séances, %1 au total, une séance tous les %2</source>
        <translation>
            <numerusform>%n séance, %1 au total, une séance tous les %2</numerusform>
            <numerusform>%n séances, %1 au total, une séance tous les %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KitCallPanel</name>
    <message numerus="yes">
        <source>Total&#xa0;: %n points</source>
        <translation>
            <numerusform>Total&#xa0;: %n point</numerusform>
            <numerusform>Total&#xa0;: %n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retirer %n critère(s)</source>
        <translation>
            <numerusform>Retirer %n critère</numerusform>
            <numerusform>Retirer %n critères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critère(s) retiré(s) — Ctrl+Z pour annuler</source>
        <translation>
            <numerusform>%n critère retiré — Ctrl+Z pour annuler</numerusform>
            <numerusform>%n critères retirés — Ctrl+Z pour annuler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KitFile</name>
    <message numerus="yes">
        <source>%n séances avaient un statut inconnu&#xa0;: elles sont marquées «&#xa0;pressentie&#xa0;».</source>
        <translation>
            <numerusform>%n séance avait un statut inconnu&#xa0;: elle est marquée «&#xa0;pressentie&#xa0;».</numerusform>
            <numerusform>%n séances avaient un statut inconnu&#xa0;: elles sont marquées «&#xa0;pressentie&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n présences avaient une valeur inconnue&#xa0;: elles sont ignorées.</source>
        <translation>
            <numerusform>%n présence avait une valeur inconnue&#xa0;: elle est ignorée.</numerusform>
            <numerusform>%n présences avaient une valeur inconnue&#xa0;: elles sont ignorées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KitFollowUpPanel</name>
    <message numerus="yes">
        <source>Moyennes sur %n réponse(s) — </source>
        <translation>
            <numerusform>Moyennes sur %n réponse — </numerusform>
            <numerusform>Moyennes sur %n réponses — </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KitParticipantsPanel</name>
    <message numerus="yes">
        <source>%n participant(s) inscrit(s) pour %1 places.</source>
        <translation>
            <numerusform>%n participant inscrit pour %1 places.</numerusform>
            <numerusform>%n participants inscrits pour %1 places.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>La capacité du kit est dépassée de %n.</source>
        <translation>
            <numerusform>La capacité du kit est dépassée de %n.</numerusform>
            <numerusform>La capacité du kit est dépassée de %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coller %n participant(s)</source>
        <translation>
            <numerusform>Coller %n participant</numerusform>
            <numerusform>Coller %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retirer %n participant(s)</source>
        <translation>
            <numerusform>Retirer %n participant</numerusform>
            <numerusform>Retirer %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) supprimé(s) — Ctrl+Z pour annuler</source>
        <translation>
            <numerusform>%n participant supprimé — Ctrl+Z pour annuler</numerusform>
            <numerusform>%n participants supprimés — Ctrl+Z pour annuler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importer %n participants</source>
        <translation>
            <numerusform>Importer %n participant</numerusform>
            <numerusform>Importer %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n adresses copiées&#xa0;: collez-les dans le champ «&#xa0;À&#xa0;» ou «&#xa0;Cci&#xa0;» de votre messagerie.</source>
        <translation>
            <numerusform>%n adresse copiée&#xa0;: collez-la dans le champ «&#xa0;À&#xa0;» ou «&#xa0;Cci&#xa0;» de votre messagerie.</numerusform>
            <numerusform>%n adresses copiées&#xa0;: collez-les dans le champ «&#xa0;À&#xa0;» ou «&#xa0;Cci&#xa0;» de votre messagerie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KitSessionsPanel</name>
    <message numerus="yes">
        <source>Aucune séance n&apos;est encore datée. «&#xa0;Planifier automatiquement&#xa0;» propose des dates pour les %n ateliers, dans l&apos;ordre du kit.</source>
        <translation>
            <numerusform>Aucune séance n&apos;est encore datée. «&#xa0;Planifier automatiquement&#xa0;» propose une date pour l&apos;atelier.</numerusform>
            <numerusform>Aucune séance n&apos;est encore datée. «&#xa0;Planifier automatiquement&#xa0;» propose des dates pour les %n ateliers, dans l&apos;ordre du kit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n séances datées.</source>
        <translation>
            <numerusform>%n séance datée.</numerusform>
            <numerusform>%n séances datées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alertes&#xa0;: survolez ou sélectionnez une séance pour les lire.</source>
        <translation>
            <numerusform>%n alerte&#xa0;: survolez ou sélectionnez une séance pour la lire.</numerusform>
            <numerusform>%n alertes&#xa0;: survolez ou sélectionnez une séance pour les lire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Séances&#xa0;: «&#xa0;%1&#xa0;» (%n)</source>
        <translation>
            <numerusform>Séances&#xa0;: «&#xa0;%1&#xa0;» (%n)</numerusform>
            <numerusform>Séances&#xa0;: «&#xa0;%1&#xa0;» (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ce kit a déjà %n séances datées. Les remplacer par un nouveau calendrier&#xa0;?</source>
        <translation>
            <numerusform>Ce kit a déjà %n séance datée. La remplacer par un nouveau calendrier&#xa0;?</numerusform>
            <numerusform>Ce kit a déjà %n séances datées. Les remplacer par un nouveau calendrier&#xa0;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KitSummaryPanel</name>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n séances&lt;/b&gt;, %1 d&apos;ateliers au total.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n séance&lt;/b&gt;, %1 d&apos;ateliers au total.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n séances&lt;/b&gt;, %1 d&apos;ateliers au total.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n participants inscrits pour %1 places.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n participant inscrit pour %1 places.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n participants inscrits pour %1 places.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KitWorkshopsPanel</name>
    <message numerus="yes">
        <source>Ajouter %n ateliers</source>
        <translation>
            <numerusform>Ajouter %n atelier</numerusform>
            <numerusform>Ajouter %n ateliers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message numerus="yes">
        <source>%n autres</source>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n&#xa0;octets</source>
        <translation>
            <numerusform>%n&#xa0;octet</numerusform>
            <numerusform>%n&#xa0;octets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasteParticipantsDialog</name>
    <message numerus="yes">
        <source>%n personne(s) lue(s) dans les lignes collées.</source>
        <translation>
            <numerusform>%n personne lue dans les lignes collées.</numerusform>
            <numerusform>%n personnes lues dans les lignes collées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attention&#xa0;: c&apos;est plus que les %n places restantes du kit.</source>
        <translation>
            <numerusform>Attention&#xa0;: c&apos;est plus que la %n place restante du kit.</numerusform>
            <numerusform>Attention&#xa0;: c&apos;est plus que les %n places restantes du kit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlacesDialog</name>
    <message numerus="yes">
        <source>• et %n autre(s) séance(s)</source>
        <translation>
            <numerusform>• et %n autre séance</numerusform>
            <numerusform>• et %n autres séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>«&#xa0;%1&#xa0;» accueille %n séance(s), qui n&apos;auront plus de lieu&#xa0;:</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» accueille %n séance, qui n&apos;aura plus de lieu&#xa0;:</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» accueille %n séances, qui n&apos;auront plus de lieu&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message numerus="yes">
        <source>Espacement du modèle (%n jours)</source>
        <translation>
            <numerusform>Espacement du modèle (%n jour)</numerusform>
            <numerusform>Espacement du modèle (%n jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Les week-ends, les jours fériés et vos dates à éviter (%n) sont toujours écartés. Les ateliers d&apos;une journée ont lieu le matin et l&apos;après-midi, avec une pause déjeuner.</source>
        <translation>
            <numerusform>Les week-ends, les jours fériés et vos dates à éviter (%n) sont toujours écartés. Les ateliers d&apos;une journée ont lieu le matin et l&apos;après-midi, avec une pause déjeuner.</numerusform>
            <numerusform>Les week-ends, les jours fériés et vos dates à éviter (%n) sont toujours écartés. Les ateliers d&apos;une journée ont lieu le matin et l&apos;après-midi, avec une pause déjeuner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n séances, du %1 au %2.</source>
        <translation>
            <numerusform>%n séance, le %1.</numerusform>
            <numerusform>%n séances, du %1 au %2.</numerusform>
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
        <source>%n documents prêts</source>
        <translation>
            <numerusform>%n document prêt</numerusform>
            <numerusform>%n documents prêts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintResults</name>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintWarnings</name>
    <message numerus="yes">
        <source>Présences non saisies pour %n personnes&#xa0;: {names}. Pas d&apos;attestation ni de certificat de réalisation pour elles tant que leurs présences (présent, absent ou excusé) ne sont pas saisies.</source>
        <translation>
            <numerusform>Présences non saisies pour %n personne&#xa0;: {names}. Pas d&apos;attestation ni de certificat de réalisation pour elle tant que ses présences (présent, absent ou excusé) ne sont pas saisies.</numerusform>
            <numerusform>Présences non saisies pour %n personnes&#xa0;: {names}. Pas d&apos;attestation ni de certificat de réalisation pour elles tant que leurs présences (présent, absent ou excusé) ne sont pas saisies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n séances passées ou avec des présences mais non marquées «&#xa0;réalisée&#xa0;»&#xa0;: {sessions}. Leurs heures ne comptent pas tant qu&apos;elles ne sont pas marquées réalisées.</source>
        <translation>
            <numerusform>%n séance passée ou avec des présences mais non marquée «&#xa0;réalisée&#xa0;»&#xa0;: {sessions}. Ses heures ne comptent pas tant qu&apos;elle n&apos;est pas marquée réalisée.</numerusform>
            <numerusform>%n séances passées ou avec des présences mais non marquées «&#xa0;réalisée&#xa0;»&#xa0;: {sessions}. Leurs heures ne comptent pas tant qu&apos;elles ne sont pas marquées réalisées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n personnes inscrites n&apos;ont suivi aucune heure&#xa0;: pas d&apos;attestation ni de certificat de réalisation pour elles ({names}).</source>
        <translation>
            <numerusform>%n personne inscrite n&apos;a suivi aucune heure&#xa0;: pas d&apos;attestation ni de certificat de réalisation pour elle ({names}).</numerusform>
            <numerusform>%n personnes inscrites n&apos;ont suivi aucune heure&#xa0;: pas d&apos;attestation ni de certificat de réalisation pour elles ({names}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n séances encore «&#xa0;pressenties&#xa0;» s&apos;impriment «&#xa0;date à confirmer&#xa0;»&#xa0;: {sessions}. Confirmez-les («&#xa0;Confirmer les dates&#xa0;») si elles sont fixées.</source>
        <translation>
            <numerusform>%n séance encore «&#xa0;pressentie&#xa0;» s&apos;imprime «&#xa0;date à confirmer&#xa0;»&#xa0;: {sessions}. Confirmez-la («&#xa0;Confirmer les dates&#xa0;») si elle est fixée.</numerusform>
            <numerusform>%n séances encore «&#xa0;pressenties&#xa0;» s&apos;impriment «&#xa0;date à confirmer&#xa0;»&#xa0;: {sessions}. Confirmez-les («&#xa0;Confirmer les dates&#xa0;») si elles sont fixées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n personnes n&apos;ont pas de créneau de rendez-vous individuel pour «&#xa0;{title}&#xa0;» ({minutes}&#xa0;minutes par personne)&#xa0;: programmez des séances.</source>
        <translation>
            <numerusform>%n personne n&apos;a pas de créneau de rendez-vous individuel pour «&#xa0;{title}&#xa0;» ({minutes}&#xa0;minutes par personne)&#xa0;: programmez des séances.</numerusform>
            <numerusform>%n personnes n&apos;ont pas de créneau de rendez-vous individuel pour «&#xa0;{title}&#xa0;» ({minutes}&#xa0;minutes par personne)&#xa0;: programmez des séances.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n personnes n&apos;ont pas de créneau de rendez-vous individuel pour «&#xa0;{title}&#xa0;» ({minutes}&#xa0;minutes par personne)&#xa0;: programmez {more} de plus.</source>
        <translation>
            <numerusform>%n personne n&apos;a pas de créneau de rendez-vous individuel pour «&#xa0;{title}&#xa0;» ({minutes}&#xa0;minutes par personne)&#xa0;: programmez {more} de plus.</numerusform>
            <numerusform>%n personnes n&apos;ont pas de créneau de rendez-vous individuel pour «&#xa0;{title}&#xa0;» ({minutes}&#xa0;minutes par personne)&#xa0;: programmez {more} de plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n séances</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message numerus="yes">
        <source>%n sauvegarde(s) effacée(s).</source>
        <translation>
            <numerusform>%n sauvegarde effacée.</numerusform>
            <numerusform>%n sauvegardes effacées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message numerus="yes">
        <source>%n kit(s) à anonymiser.</source>
        <translation>
            <numerusform>%n kit à anonymiser.</numerusform>
            <numerusform>%n kits à anonymiser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Les données de %1 (%n kits) sont dans&#xa0;:
%3
%4</source>
        <translation>
            <numerusform>Les données de %1 (%n kit) sont dans&#xa0;:
%3
%4</numerusform>
            <numerusform>Les données de %1 (%n kits) sont dans&#xa0;:
%3
%4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymiser %n kit(s)</source>
        <translation>
            <numerusform>Anonymiser %n kit</numerusform>
            <numerusform>Anonymiser %n kits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message numerus="yes">
        <source>%n kits</source>
        <translation>
            <numerusform>%n kit</numerusform>
            <numerusform>%n kits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <source>%n kits</source>
        <translation>
            <numerusform>%n kit</numerusform>
            <numerusform>%n kits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n séances réalisées</source>
        <translation>
            <numerusform>%n séance réalisée</numerusform>
            <numerusform>%n séances réalisées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sur %n prévues</source>
        <translation>
            <numerusform>sur %n prévue</numerusform>
            <numerusform>sur %n prévues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n présences à saisir&#xa0;: le taux de présence sera «&#xa0;à compléter&#xa0;».</source>
        <translation>
            <numerusform>%n présence à saisir&#xa0;: le taux de présence sera «&#xa0;à compléter&#xa0;».</numerusform>
            <numerusform>%n présences à saisir&#xa0;: le taux de présence sera «&#xa0;à compléter&#xa0;».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyGuard</name>
    <message numerus="yes">
        <source>%n kits terminés depuis plus de %1 contiennent encore des données personnelles&#xa0;: Fichier → Données personnelles…</source>
        <translation>
            <numerusform>%n kit terminé depuis plus de %1 contient encore des données personnelles&#xa0;: Fichier → Données personnelles…</numerusform>
            <numerusform>%n kits terminés depuis plus de %1 contiennent encore des données personnelles&#xa0;: Fichier → Données personnelles…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mois</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message numerus="yes">
        <source>%n jours</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
</TS>
