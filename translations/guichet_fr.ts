<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>guichet::ui::ApplicationPage</name>
    <message>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <source>F (female)</source>
        <translation>F (féminin)</translation>
    </message>
    <message>
        <source>M (male)</source>
        <translation>M (masculin)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <source>Save failed: %1</source>
        <translation>Échec de l’enregistrement : %1</translation>
    </message>
    <message>
        <source>Autosave</source>
        <translation>Enregistrement automatique</translation>
    </message>
    <message>
        <source>✖ Error: %1</source>
        <translation>✖ Erreur : %1</translation>
    </message>
    <message>
        <source>⚠ Warning: %1</source>
        <translation>⚠ Avertissement : %1</translation>
    </message>
    <message>
        <source>Errors: %1 · Warnings: %2</source>
        <translation>Erreurs : %1 · Avertissements : %2</translation>
    </message>
    <message>
        <source>Validation summary</source>
        <translation>Bilan des contrôles</translation>
    </message>
    <message>
        <source>Finalise the application</source>
        <translation>Finaliser la demande</translation>
    </message>
    <message>
        <source>Read these details to the applicant and have them confirmed. Once finalised, the application can no longer be changed.</source>
        <translation>Relisez ces informations avec le demandeur et faites-les confirmer. Une fois finalisée, la demande ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>Finaliser</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>This application is no longer a draft (%1): it can no longer be changed.</source>
        <translation>Cette demande n’est plus un brouillon (%1) : elle ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Titre demandé</translation>
    </message>
    <message>
        <source>Civil status</source>
        <translation>État civil</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Physical description</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Parents</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Justificatifs</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Birth &amp;surname:</source>
        <translation>&amp;Nom de naissance :</translation>
    </message>
    <message>
        <source>&amp;Usage name:</source>
        <translation>Nom d’&amp;usage :</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Prénoms :</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>&amp;Date de naissance :</translation>
    </message>
    <message>
        <source>Town of birth:</source>
        <translation>Commune de naissance :</translation>
    </message>
    <message>
        <source>Country of birth:</source>
        <translation>Pays de naissance :</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>&amp;Sexe :</translation>
    </message>
    <message>
        <source>Nationality:</source>
        <translation>Nationalité :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Address (continued):</source>
        <translation>Complément d’adresse :</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>&amp;Code postal :</translation>
    </message>
    <message>
        <source>&amp;Town:</source>
        <translation>C&amp;ommune :</translation>
    </message>
    <message>
        <source>&amp;Height (cm):</source>
        <translation>&amp;Taille (cm) :</translation>
    </message>
    <message>
        <source>&amp;Eye colour:</source>
        <translation>Couleur des &amp;yeux :</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>Courr&amp;iel :</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Télép&amp;hone :</translation>
    </message>
    <message>
        <source>Parent %1, surname:</source>
        <translation>Parent %1, nom :</translation>
    </message>
    <message>
        <source>Parent %1, given names:</source>
        <translation>Parent %1, prénoms :</translation>
    </message>
    <message>
        <source>Pre-application number:</source>
        <translation>Numéro de pré-demande :</translation>
    </message>
    <message>
        <source>Tax stamp number:</source>
        <translation>Numéro de timbre fiscal :</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or DD/MM/YYYY</source>
        <translation>AAAA-MM-JJ ou JJ/MM/AAAA</translation>
    </message>
    <message>
        <source>10 letters or digits</source>
        <translation>10 lettres ou chiffres</translation>
    </message>
    <message>
        <source>16 digits</source>
        <translation>16 chiffres</translation>
    </message>
    <message>
        <source>Current document (MRZ and chip): reading is not available in this build; the MRZ and chip engines are not wired to the desk yet.</source>
        <translation>Titre actuel (bande MRZ et puce) : la lecture n’est pas disponible dans cette version ; les moteurs MRZ et puce ne sont pas encore reliés au poste.</translation>
    </message>
    <message>
        <source>Proof of address (2D-Doc): reading is not available in this build; the barcode engine is not wired to the desk yet.</source>
        <translation>Justificatif de domicile (2D-Doc) : la lecture n’est pas disponible dans cette version ; le moteur de codes-barres n’est pas encore relié au poste.</translation>
    </message>
    <message>
        <source>Photo: capture is not available in this build. Evidence already recorded in the application is kept as it is.</source>
        <translation>Photo : la capture n’est pas disponible dans cette version. Les justificatifs déjà enregistrés dans la demande sont conservés tels quels.</translation>
    </message>
    <message>
        <source>Checks on evidence</source>
        <translation>Contrôles des justificatifs</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>Retour à la journée</translation>
    </message>
    <message>
        <source>Back to the list (the draft is saved)</source>
        <translation>Retour à la liste (le brouillon est enregistré)</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation>&amp;Finaliser…</translation>
    </message>
    <message>
        <source>Finalise once every error is corrected</source>
        <translation>Finaliser une fois toutes les erreurs corrigées</translation>
    </message>
</context>
<context>
    <name>guichet::ui::ApplicationTableModel</name>
    <message>
        <source>(no name yet)</source>
        <translation>(pas encore de nom)</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
</context>
<context>
    <name>guichet::ui::ErrorText</name>
    <message>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Phrase secrète incorrecte. Vérifiez la disposition du clavier et le verrouillage des majuscules, puis réessayez.</translation>
    </message>
    <message>
        <source>This file is not a Guichet vault, or its key file is missing or damaged.</source>
        <translation>Ce fichier n’est pas un coffre Guichet, ou son fichier de clés manque ou est endommagé.</translation>
    </message>
    <message>
        <source>This passphrase is too weak: use at least 12 characters.</source>
        <translation>Cette phrase secrète est trop faible : utilisez au moins 12 caractères.</translation>
    </message>
    <message>
        <source>The vault is damaged. Do not delete it: call support.</source>
        <translation>Le coffre est endommagé. Ne le supprimez pas : appelez l’assistance.</translation>
    </message>
    <message>
        <source>The vault is in use by another program. Close it and try again.</source>
        <translation>Le coffre est utilisé par un autre programme. Fermez-le et réessayez.</translation>
    </message>
    <message>
        <source>A vault already exists at this place.</source>
        <translation>Un coffre existe déjà à cet emplacement.</translation>
    </message>
    <message>
        <source>The vault or the application was not found.</source>
        <translation>Le coffre ou la demande est introuvable.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Guichet.</source>
        <translation>Ce coffre a été écrit par une version plus récente de Guichet.</translation>
    </message>
    <message>
        <source>This application can no longer be changed in this way.</source>
        <translation>Cette demande ne peut plus être modifiée de cette façon.</translation>
    </message>
    <message>
        <source>The audit log of the vault does not verify. Call support.</source>
        <translation>Le journal d’audit du coffre n’est pas intègre. Appelez l’assistance.</translation>
    </message>
    <message>
        <source>This application was changed elsewhere; reopen it.</source>
        <translation>Cette demande a été modifiée ailleurs ; rouvrez-la.</translation>
    </message>
    <message>
        <source>No new application can be started until the day&apos;s batch is acknowledged.</source>
        <translation>Aucune nouvelle demande ne peut être commencée avant l’accusé de réception du lot du jour.</translation>
    </message>
    <message>
        <source>The disk could not be read or written.</source>
        <translation>Le disque n’a pas pu être lu ou écrit.</translation>
    </message>
    <message>
        <source>Unexpected error (%1). Call support.</source>
        <translation>Erreur inattendue (%1). Appelez l’assistance.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::Labels</name>
    <message>
        <source>National identity card</source>
        <translation>Carte nationale d’identité</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Titre de séjour</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Permis de conduire</translation>
    </message>
    <message>
        <source>First issue</source>
        <translation>Première demande</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>Loss or theft</source>
        <translation>Perte ou vol</translation>
    </message>
    <message>
        <source>Change of details</source>
        <translation>Changement d’état civil ou d’adresse</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleus</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verts</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>Marron</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Noirs</translation>
    </message>
    <message>
        <source>Hazel</source>
        <translation>Noisette</translation>
    </message>
    <message>
        <source>Heterochromatic</source>
        <translation>Vairons</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Finalisée</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>Scellée</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Reçue par l’agence</translation>
    </message>
    <message>
        <source>Purged</source>
        <translation>Purgée</translation>
    </message>
</context>
<context>
    <name>guichet::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit Guichet (%1)</source>
        <translation>Quitter Guichet (%1)</translation>
    </message>
    <message>
        <source>&amp;About Guichet</source>
        <translation>À &amp;propos de Guichet</translation>
    </message>
    <message>
        <source>About Guichet (%1)</source>
        <translation>À propos de Guichet (%1)</translation>
    </message>
    <message>
        <source>About Guichet</source>
        <translation>À propos de Guichet</translation>
    </message>
    <message>
        <source>Guichet %1
Counter desk for secure-document applications.</source>
        <translation>Guichet %1
Poste de guichet pour les demandes de titres sécurisés.</translation>
    </message>
    <message>
        <source>Application finalised.</source>
        <translation>Demande finalisée.</translation>
    </message>
    <message>
        <source>Audit log verified: %1 records.</source>
        <translation>Journal d’audit vérifié : %1 enregistrements.</translation>
    </message>
    <message>
        <source>Audit log broken at record %1 (%2). Call support.</source>
        <translation>Journal d’audit rompu à l’enregistrement %1 (%2). Appelez l’assistance.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Lock the desk: save, close the vault and return to sign-in (%1)</source>
        <translation>Verrouiller le poste : enregistrer, fermer le coffre et revenir à la connexion (%1)</translation>
    </message>
    <message>
        <source>&amp;Verify the audit log</source>
        <translation>Vérifier le &amp;journal d’audit</translation>
    </message>
</context>
<context>
    <name>guichet::ui::NetworkIndicator</name>
    <message>
        <source>Network: unknown</source>
        <translation>Réseau : inconnu</translation>
    </message>
    <message>
        <source>Network: offline</source>
        <translation>Réseau : hors ligne</translation>
    </message>
    <message>
        <source>Network: online</source>
        <translation>Réseau : en ligne</translation>
    </message>
    <message>
        <source>Network status</source>
        <translation>État du réseau</translation>
    </message>
</context>
<context>
    <name>guichet::ui::ReaderIndicator</name>
    <message>
        <source>Reader: checking…</source>
        <translation>Lecteur : vérification…</translation>
    </message>
    <message>
        <source>Reader: smart-card service unavailable</source>
        <translation>Lecteur : service carte à puce indisponible</translation>
    </message>
    <message>
        <source>Reader: none connected</source>
        <translation>Lecteur : aucun branché</translation>
    </message>
    <message>
        <source>Reader: ready</source>
        <translation>Lecteur : prêt</translation>
    </message>
    <message>
        <source>Reader: card present</source>
        <translation>Lecteur : carte présente</translation>
    </message>
    <message>
        <source>Card reader status</source>
        <translation>État du lecteur de cartes</translation>
    </message>
</context>
<context>
    <name>guichet::ui::SignInPage</name>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Les deux phrases secrètes diffèrent. Saisissez deux fois la même phrase secrète.</translation>
    </message>
    <message>
        <source>Type the recovery passphrase.</source>
        <translation>Saisissez la phrase secrète de secours.</translation>
    </message>
    <message>
        <source>Secure-document applications</source>
        <translation>Demandes de titres sécurisés</translation>
    </message>
    <message>
        <source>First start on this desk: choose the vault&apos;s recovery passphrase (12 characters at least) and type it twice. Keep it in the agency&apos;s safe; it cannot be recovered.</source>
        <translation>Premier démarrage de ce poste : choisissez la phrase secrète de secours du coffre (12 caractères au moins) et saisissez-la deux fois. Conservez-la dans le coffre-fort de l’agence : elle ne peut pas être retrouvée.</translation>
    </message>
    <message>
        <source>Sign in with the vault&apos;s recovery passphrase.</source>
        <translation>Connectez-vous avec la phrase secrète de secours du coffre.</translation>
    </message>
    <message>
        <source>No vault configured.</source>
        <translation>Aucun coffre configuré.</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Coffre : %1</translation>
    </message>
    <message>
        <source>Recovery &amp;passphrase:</source>
        <translation>&amp;Phrase secrète de secours :</translation>
    </message>
    <message>
        <source>Recovery passphrase</source>
        <translation>Phrase secrète de secours</translation>
    </message>
    <message>
        <source>&amp;Confirm passphrase:</source>
        <translation>&amp;Confirmer la phrase secrète :</translation>
    </message>
    <message>
        <source>Confirm the recovery passphrase</source>
        <translation>Confirmer la phrase secrète de secours</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>Créer le coffre</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Opening the vault takes about a second (Enter)</source>
        <translation>L’ouverture du coffre prend environ une seconde (Entrée)</translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation>Ouverture du coffre</translation>
    </message>
    <message>
        <source>Sign-in with the agent&apos;s smart card arrives with the identity module; until then only the recovery passphrase opens the vault.</source>
        <translation>La connexion par la carte d’agent arrivera avec le module d’identité ; d’ici là, seule la phrase secrète de secours ouvre le coffre.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::TodayPage</name>
    <message>
        <source>Drafts: %1 · Finalised: %2 · Awaiting approval: %3 · Sealed: %4 · Sent: %5 · Acknowledged: %6</source>
        <translation>Brouillons : %1 · Finalisées : %2 · En attente d’approbation : %3 · Scellées : %4 · Envoyées : %5 · Reçues par l’agence : %6</translation>
    </message>
    <message>
        <source>Applications per status</source>
        <translation>Demandes par état</translation>
    </message>
    <message>
        <source>Today&apos;s applications</source>
        <translation>Demandes du jour</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Show applications with status</source>
        <translation>Afficher les demandes dans l’état</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>&amp;New application</source>
        <translation>&amp;Nouvelle demande</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <source>Start a new application</source>
        <translation>Commencer une nouvelle demande</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the selected application</source>
        <translation>Ouvrir la demande sélectionnée</translation>
    </message>
    <message>
        <source>days since the last acknowledged batch: %1</source>
        <translation>jours depuis le dernier lot reçu par l’agence : %1</translation>
    </message>
    <message>
        <source>applications not yet acknowledged by the agency: %1</source>
        <translation>demandes pas encore reçues par l’agence : %1</translation>
    </message>
    <message>
        <source>age of the oldest draft in days: %1</source>
        <translation>âge du plus ancien brouillon en jours : %1</translation>
    </message>
    <message>
        <source>Warning: send the day&apos;s batch soon (%1).</source>
        <translation>Attention : envoyez bientôt le lot du jour (%1).</translation>
    </message>
    <message>
        <source>Blocked: no new application until the day&apos;s batch is acknowledged (%1).</source>
        <translation>Bloqué : aucune nouvelle demande avant l’accusé de réception du lot du jour (%1).</translation>
    </message>
    <message>
        <source>Retention warning</source>
        <translation>Alerte de conservation</translation>
    </message>
</context>
</TS>
