<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>guichet::ui::MainWindow</name>
    <message>
        <source>Secure-document applications</source>
        <translation>Secure-document applications</translation>
    </message>
    <message>
        <source>This build contains the foundations only: agent sign-in, application capture, document reading and the end-of-day batch are not available yet.</source>
        <translation>This build contains the foundations only: agent sign-in, application capture, document reading and the end-of-day batch are not available yet.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Quit Guichet (%1)</source>
        <translation>Quit Guichet (%1)</translation>
    </message>
    <message>
        <source>&amp;About Guichet</source>
        <translation>&amp;About Guichet</translation>
    </message>
    <message>
        <source>About Guichet (%1)</source>
        <translation>About Guichet (%1)</translation>
    </message>
    <message>
        <source>About Guichet</source>
        <translation>About Guichet</translation>
    </message>
    <message>
        <source>Guichet %1
Counter desk for secure-document applications.</source>
        <translation>Guichet %1
Counter desk for secure-document applications.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::NetworkIndicator</name>
    <message>
        <source>Network: unknown</source>
        <translation>Network: unknown</translation>
    </message>
    <message>
        <source>Network: offline</source>
        <translation>Network: offline</translation>
    </message>
    <message>
        <source>Network: online</source>
        <translation>Network: online</translation>
    </message>
    <message>
        <source>Network status</source>
        <translation>Network status</translation>
    </message>
</context>
<context>
    <name>guichet::ui::ReaderIndicator</name>
    <message>
        <source>Reader: checking…</source>
        <translation>Reader: checking…</translation>
    </message>
    <message>
        <source>Reader: smart-card service unavailable</source>
        <translation>Reader: smart-card service unavailable</translation>
    </message>
    <message>
        <source>Reader: none connected</source>
        <translation>Reader: none connected</translation>
    </message>
    <message>
        <source>Reader: ready</source>
        <translation>Reader: ready</translation>
    </message>
    <message>
        <source>Reader: card present</source>
        <translation>Reader: card present</translation>
    </message>
    <message>
        <source>Card reader status</source>
        <translation>Card reader status</translation>
    </message>
</context>
</TS>
