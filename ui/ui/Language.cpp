// Translator loading for the desk.
#include "ui/Language.h"

#include "common/Log.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace guichet::ui {

namespace {

std::unique_ptr<QTranslator> &guichetTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

QString &installedLanguage()
{
    static QString language = QStringLiteral("fr");
    return language;
}

} // namespace

QString currentLanguage()
{
    return installedLanguage();
}

QString chooseLanguage(const QLocale &locale)
{
    return locale.language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("fr");
}

bool installTranslations(QCoreApplication &app, const QString &language)
{
    Q_UNUSED(app)
    installedLanguage() = language;
    QLocale::setDefault(
        QLocale(language == QLatin1String("en") ? QLocale::English : QLocale::French,
                language == QLatin1String("en") ? QLocale::UnitedKingdom : QLocale::France));
    for (auto *slot : {&guichetTranslator(), &qtTranslator()}) {
        if (*slot) {
            QCoreApplication::removeTranslator(slot->get());
            slot->reset();
        }
    }

    auto own = std::make_unique<QTranslator>();
    const bool loaded = own->load(QStringLiteral(":/i18n/guichet_%1.qm").arg(language));
    if (loaded) {
        QCoreApplication::installTranslator(own.get());
        guichetTranslator() = std::move(own);
    } else {
        qCWarning(lcUi) << "no translation catalogue for" << language;
    }

    // Qt's own strings (standard buttons, dialogs); absent catalogues are not an error.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qtTranslator() = std::move(qt);
    }
    return loaded;
}

} // namespace guichet::ui
