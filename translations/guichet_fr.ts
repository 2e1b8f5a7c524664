<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>guichet::ui::MainWindow</name>
    <message>
        <source>Secure-document applications</source>
        <translation>Demandes de titres sécurisés</translation>
    </message>
    <message>
        <source>This build contains the foundations only: agent sign-in, application capture, document reading and the end-of-day batch are not available yet.</source>
        <translation>Cette version ne contient que les fondations : la connexion de l’agent, la saisie des demandes, la lecture des titres et l’envoi du lot de fin de journée ne sont pas encore disponibles.</translation>
    </message>
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
</TS>
