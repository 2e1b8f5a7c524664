// Every logging category of Guichet, declared in one place, and the privacy-safe setup.
#pragma once

#include <QLoggingCategory>

// Categories are off below "info" by default. `guichet.secure` (anything derived from card
// secrets, key material or APDU payloads) is off entirely unless GUICHET_LOG_SECURE=1 is set
// in a non-release build; even then PIN-bearing APDUs stay redacted (see LogPrivacy.h).
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcCrypto)
Q_DECLARE_LOGGING_CATEGORY(lcMrz)
Q_DECLARE_LOGGING_CATEGORY(lcBarcode)
Q_DECLARE_LOGGING_CATEGORY(lcCard)
Q_DECLARE_LOGGING_CATEGORY(lcApdu)
Q_DECLARE_LOGGING_CATEGORY(lcIdentity)
Q_DECLARE_LOGGING_CATEGORY(lcApplication)
Q_DECLARE_LOGGING_CATEGORY(lcVault)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcIntake)
Q_DECLARE_LOGGING_CATEGORY(lcDiagnostics)
Q_DECLARE_LOGGING_CATEGORY(lcSecure)

namespace guichet::log {

struct Settings {
    bool debug = false; // GUICHET_LOG_DEBUG=1: enable debug messages of guichet.* categories
    bool secure = false; // GUICHET_LOG_SECURE=1 (never honoured in release builds)
};

// Reads the settings from the environment.
[[nodiscard]] Settings settingsFromEnvironment();

// Installs the category filter and a message handler that writes one line per message
// (time, level, category, text) to stderr without source paths in release builds.
// Call once, early, from each program's main().
void install(const Settings &settings);

// Whether the secure category is currently enabled (payloads may be shown, PINs never).
[[nodiscard]] bool secureLoggingEnabled();

// The names of all Guichet categories, for diagnostics and tests.
[[nodiscard]] QStringList categoryNames();

} // namespace guichet::log
