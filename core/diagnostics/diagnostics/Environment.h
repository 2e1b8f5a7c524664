// The environment report for support: versions of the libraries in use and PC/SC state.
#pragma once

#include "diagnostics/PcscProbe.h"

#include <QJsonObject>
#include <QString>

namespace guichet::diagnostics {

struct LibraryVersions {
    QString guichet;
    QString buildType;
    QString qtRuntime;
    QString qtCompiled;
    QString opensslRuntime;
    QString opensslCompiled;
    QString sqlcipher; // PRAGMA cipher_version, empty if the library does not answer
    QString sqlite; // sqlite3_libversion() of the SQLCipher build
    QString pcscLite; // version of the pcsc-lite headers this build used
};

[[nodiscard]] LibraryVersions libraryVersions();

// The whole report as a JSON object (schema in docs/diagnostics.md). Contains no personal
// data: versions, platform, locale, reader names and ATRs only.
[[nodiscard]] QJsonObject environmentReport();
[[nodiscard]] QJsonObject toJson(const PcscStatus &status);

} // namespace guichet::diagnostics
