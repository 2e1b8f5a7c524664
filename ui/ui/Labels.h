// Translated names of the codes the application document and the vault use.
#pragma once

#include "vault/Vault.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace guichet::ui {

class Labels
{
    Q_DECLARE_TR_FUNCTIONS(guichet::ui::Labels)

public:
    [[nodiscard]] static QString documentType(const QString &code);
    [[nodiscard]] static QString reason(const QString &code);
    [[nodiscard]] static QString eyeColour(const QString &code);
    [[nodiscard]] static QString status(vault::ApplicationStatus status);

    // The codes, in the order the desk offers them.
    [[nodiscard]] static QStringList reasons();
    [[nodiscard]] static QStringList eyeColours();
};

} // namespace guichet::ui
