<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>guichet::ui::ApplicationPage</name>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>F (female)</source>
        <translation>F (female)</translation>
    </message>
    <message>
        <source>M (male)</source>
        <translation>M (male)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <source>Save failed: %1</source>
        <translation>Save failed: %1</translation>
    </message>
    <message>
        <source>Autosave</source>
        <translation>Autosave</translation>
    </message>
    <message>
        <source>✖ Error: %1</source>
        <translation>✖ Error: %1</translation>
    </message>
    <message>
        <source>⚠ Warning: %1</source>
        <translation>⚠ Warning: %1</translation>
    </message>
    <message>
        <source>Errors: %1 · Warnings: %2</source>
        <translation>Errors: %1 · Warnings: %2</translation>
    </message>
    <message>
        <source>Validation summary</source>
        <translation>Validation summary</translation>
    </message>
    <message>
        <source>Finalise the application</source>
        <translation>Finalise the application</translation>
    </message>
    <message>
        <source>Read these details to the applicant and have them confirmed. Once finalised, the application can no longer be changed.</source>
        <translation>Read these details to the applicant and have them confirmed. Once finalised, the application can no longer be changed.</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>New application</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>This application is no longer a draft (%1): it can no longer be changed.</source>
        <translation>This application is no longer a draft (%1): it can no longer be changed.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Civil status</source>
        <translation>Civil status</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Physical description</source>
        <translation>Physical description</translation>
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
        <translation>Evidence</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Birth &amp;surname:</source>
        <translation>Birth &amp;surname:</translation>
    </message>
    <message>
        <source>&amp;Usage name:</source>
        <translation>&amp;Usage name:</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Given names:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <source>Town of birth:</source>
        <translation>Town of birth:</translation>
    </message>
    <message>
        <source>Country of birth:</source>
        <translation>Country of birth:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>Se&amp;x:</translation>
    </message>
    <message>
        <source>Nationality:</source>
        <translation>Nationality:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Address (continued):</source>
        <translation>Address (continued):</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <source>&amp;Town:</source>
        <translation>&amp;Town:</translation>
    </message>
    <message>
        <source>&amp;Height (cm):</source>
        <translation>&amp;Height (cm):</translation>
    </message>
    <message>
        <source>&amp;Eye colour:</source>
        <translation>&amp;Eye colour:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E&amp;mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>Parent %1, surname:</source>
        <translation>Parent %1, surname:</translation>
    </message>
    <message>
        <source>Parent %1, given names:</source>
        <translation>Parent %1, given names:</translation>
    </message>
    <message>
        <source>Pre-application number:</source>
        <translation>Pre-application number:</translation>
    </message>
    <message>
        <source>Tax stamp number:</source>
        <translation>Tax stamp number:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or DD/MM/YYYY</source>
        <translation>YYYY-MM-DD or DD/MM/YYYY</translation>
    </message>
    <message>
        <source>10 letters or digits</source>
        <translation>10 letters or digits</translation>
    </message>
    <message>
        <source>16 digits</source>
        <translation>16 digits</translation>
    </message>
    <message>
        <source>Current document (MRZ and chip): reading is not available in this build; the MRZ and chip engines are not wired to the desk yet.</source>
        <translation>Current document (MRZ and chip): reading is not available in this build; the MRZ and chip engines are not wired to the desk yet.</translation>
    </message>
    <message>
        <source>Proof of address (2D-Doc): reading is not available in this build; the barcode engine is not wired to the desk yet.</source>
        <translation>Proof of address (2D-Doc): reading is not available in this build; the barcode engine is not wired to the desk yet.</translation>
    </message>
    <message>
        <source>Photo: capture is not available in this build. Evidence already recorded in the application is kept as it is.</source>
        <translation>Photo: capture is not available in this build. Evidence already recorded in the application is kept as it is.</translation>
    </message>
    <message>
        <source>Checks on evidence</source>
        <translation>Checks on evidence</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>Back to today</translation>
    </message>
    <message>
        <source>Back to the list (the draft is saved)</source>
        <translation>Back to the list (the draft is saved)</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation>&amp;Finalise…</translation>
    </message>
    <message>
        <source>Finalise once every error is corrected</source>
        <translation>Finalise once every error is corrected</translation>
    </message>
</context>
<context>
    <name>guichet::ui::ApplicationTableModel</name>
    <message>
        <source>(no name yet)</source>
        <translation>(no name yet)</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
</context>
<context>
    <name>guichet::ui::ErrorText</name>
    <message>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</translation>
    </message>
    <message>
        <source>This file is not a Guichet vault, or its key file is missing or damaged.</source>
        <translation>This file is not a Guichet vault, or its key file is missing or damaged.</translation>
    </message>
    <message>
        <source>This passphrase is too weak: use at least 12 characters.</source>
        <translation>This passphrase is too weak: use at least 12 characters.</translation>
    </message>
    <message>
        <source>The vault is damaged. Do not delete it: call support.</source>
        <translation>The vault is damaged. Do not delete it: call support.</translation>
    </message>
    <message>
        <source>The vault is in use by another program. Close it and try again.</source>
        <translation>The vault is in use by another program. Close it and try again.</translation>
    </message>
    <message>
        <source>A vault already exists at this place.</source>
        <translation>A vault already exists at this place.</translation>
    </message>
    <message>
        <source>The vault or the application was not found.</source>
        <translation>The vault or the application was not found.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Guichet.</source>
        <translation>This vault was written by a newer version of Guichet.</translation>
    </message>
    <message>
        <source>This application can no longer be changed in this way.</source>
        <translation>This application can no longer be changed in this way.</translation>
    </message>
    <message>
        <source>The audit log of the vault does not verify. Call support.</source>
        <translation>The audit log of the vault does not verify. Call support.</translation>
    </message>
    <message>
        <source>This application was changed elsewhere; reopen it.</source>
        <translation>This application was changed elsewhere; reopen it.</translation>
    </message>
    <message>
        <source>No new application can be started until the day&apos;s batch is acknowledged.</source>
        <translation>No new application can be started until the day&apos;s batch is acknowledged.</translation>
    </message>
    <message>
        <source>The disk could not be read or written.</source>
        <translation>The disk could not be read or written.</translation>
    </message>
    <message>
        <source>Unexpected error (%1). Call support.</source>
        <translation>Unexpected error (%1). Call support.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::Labels</name>
    <message>
        <source>National identity card</source>
        <translation>National identity card</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Residence permit</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Driving licence</translation>
    </message>
    <message>
        <source>First issue</source>
        <translation>First issue</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <source>Loss or theft</source>
        <translation>Loss or theft</translation>
    </message>
    <message>
        <source>Change of details</source>
        <translation>Change of details</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grey</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>Brown</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Black</translation>
    </message>
    <message>
        <source>Hazel</source>
        <translation>Hazel</translation>
    </message>
    <message>
        <source>Heterochromatic</source>
        <translation>Heterochromatic</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>Sealed</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Purged</source>
        <translation>Purged</translation>
    </message>
</context>
<context>
    <name>guichet::ui::MainWindow</name>
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
    <message>
        <source>Application finalised.</source>
        <translation>Application finalised.</translation>
    </message>
    <message>
        <source>Audit log verified: %1 records.</source>
        <translation>Audit log verified: %1 records.</translation>
    </message>
    <message>
        <source>Audit log broken at record %1 (%2). Call support.</source>
        <translation>Audit log broken at record %1 (%2). Call support.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Lock the desk: save, close the vault and return to sign-in (%1)</source>
        <translation>Lock the desk: save, close the vault and return to sign-in (%1)</translation>
    </message>
    <message>
        <source>&amp;Verify the audit log</source>
        <translation>&amp;Verify the audit log</translation>
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
<context>
    <name>guichet::ui::SignInPage</name>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>The two passphrases differ. Type the same passphrase twice.</translation>
    </message>
    <message>
        <source>Type the recovery passphrase.</source>
        <translation>Type the recovery passphrase.</translation>
    </message>
    <message>
        <source>Secure-document applications</source>
        <translation>Secure-document applications</translation>
    </message>
    <message>
        <source>First start on this desk: choose the vault&apos;s recovery passphrase (12 characters at least) and type it twice. Keep it in the agency&apos;s safe; it cannot be recovered.</source>
        <translation>First start on this desk: choose the vault&apos;s recovery passphrase (12 characters at least) and type it twice. Keep it in the agency&apos;s safe; it cannot be recovered.</translation>
    </message>
    <message>
        <source>Sign in with the vault&apos;s recovery passphrase.</source>
        <translation>Sign in with the vault&apos;s recovery passphrase.</translation>
    </message>
    <message>
        <source>No vault configured.</source>
        <translation>No vault configured.</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Vault: %1</translation>
    </message>
    <message>
        <source>Recovery &amp;passphrase:</source>
        <translation>Recovery &amp;passphrase:</translation>
    </message>
    <message>
        <source>Recovery passphrase</source>
        <translation>Recovery passphrase</translation>
    </message>
    <message>
        <source>&amp;Confirm passphrase:</source>
        <translation>&amp;Confirm passphrase:</translation>
    </message>
    <message>
        <source>Confirm the recovery passphrase</source>
        <translation>Confirm the recovery passphrase</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>Create the vault</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Opening the vault takes about a second (Enter)</source>
        <translation>Opening the vault takes about a second (Enter)</translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation>Opening the vault</translation>
    </message>
    <message>
        <source>Sign-in with the agent&apos;s smart card arrives with the identity module; until then only the recovery passphrase opens the vault.</source>
        <translation>Sign-in with the agent&apos;s smart card arrives with the identity module; until then only the recovery passphrase opens the vault.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::TodayPage</name>
    <message>
        <source>Drafts: %1 · Finalised: %2 · Awaiting approval: %3 · Sealed: %4 · Sent: %5 · Acknowledged: %6</source>
        <translation>Drafts: %1 · Finalised: %2 · Awaiting approval: %3 · Sealed: %4 · Sent: %5 · Acknowledged: %6</translation>
    </message>
    <message>
        <source>Applications per status</source>
        <translation>Applications per status</translation>
    </message>
    <message>
        <source>Today&apos;s applications</source>
        <translation>Today&apos;s applications</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Show applications with status</source>
        <translation>Show applications with status</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>&amp;New application</source>
        <translation>&amp;New application</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>New application</translation>
    </message>
    <message>
        <source>Start a new application</source>
        <translation>Start a new application</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Open the selected application</source>
        <translation>Open the selected application</translation>
    </message>
    <message>
        <source>days since the last acknowledged batch: %1</source>
        <translation>days since the last acknowledged batch: %1</translation>
    </message>
    <message>
        <source>applications not yet acknowledged by the agency: %1</source>
        <translation>applications not yet acknowledged by the agency: %1</translation>
    </message>
    <message>
        <source>age of the oldest draft in days: %1</source>
        <translation>age of the oldest draft in days: %1</translation>
    </message>
    <message>
        <source>Warning: send the day&apos;s batch soon (%1).</source>
        <translation>Warning: send the day&apos;s batch soon (%1).</translation>
    </message>
    <message>
        <source>Blocked: no new application until the day&apos;s batch is acknowledged (%1).</source>
        <translation>Blocked: no new application until the day&apos;s batch is acknowledged (%1).</translation>
    </message>
    <message>
        <source>Retention warning</source>
        <translation>Retention warning</translation>
    </message>
</context>
</TS>
