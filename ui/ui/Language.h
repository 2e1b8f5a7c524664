// Choice and installation of the interface language (French by default, English on request).
#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace guichet::ui {

// "fr" unless the locale's language is English ("en"): French is the desk's first language,
// English the only other complete one.
[[nodiscard]] QString chooseLanguage(const QLocale &locale);

// Loads Guichet's and Qt's own translations for `language` into the application, replacing
// any installed before. Returns false if Guichet's catalogue is missing (a build error).
bool installTranslations(QCoreApplication &app, const QString &language);

// The language last installed by installTranslations() ("fr" before any).
[[nodiscard]] QString currentLanguage();

} // namespace guichet::ui
