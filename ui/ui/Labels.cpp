// Code → translated name tables.
#include "ui/Labels.h"

#include <initializer_list>
#include <utility>

namespace guichet::ui {

namespace {

using Table = std::initializer_list<std::pair<const char *, const char *>>;

// The translated name of `code` in `table` (code, source text); unknown codes as they are.
QString lookup(const QString &code, Table table)
{
    for (const auto &[key, name] : table)
        if (code == QLatin1String(key))
            return QCoreApplication::translate("guichet::ui::Labels", name);
    return code;
}

} // namespace

QString Labels::documentType(const QString &code)
{
    return lookup(code, {{"cni", QT_TR_NOOP("National identity card")},
                         {"passport", QT_TR_NOOP("Passport")},
                         {"residence_permit", QT_TR_NOOP("Residence permit")},
                         {"driving_licence", QT_TR_NOOP("Driving licence")}});
}

QString Labels::reason(const QString &code)
{
    return lookup(code, {{"first_issue", QT_TR_NOOP("First issue")},
                         {"renewal", QT_TR_NOOP("Renewal")},
                         {"loss_theft", QT_TR_NOOP("Loss or theft")},
                         {"change", QT_TR_NOOP("Change of details")}});
}

QString Labels::eyeColour(const QString &code)
{
    return lookup(code, {{"blue", QT_TR_NOOP("Blue")},
                         {"grey", QT_TR_NOOP("Grey")},
                         {"green", QT_TR_NOOP("Green")},
                         {"brown", QT_TR_NOOP("Brown")},
                         {"black", QT_TR_NOOP("Black")},
                         {"hazel", QT_TR_NOOP("Hazel")},
                         {"heterochromatic", QT_TR_NOOP("Heterochromatic")}});
}

QString Labels::status(vault::ApplicationStatus status)
{
    using S = vault::ApplicationStatus;
    switch (status) {
    case S::Draft:
        return tr("Draft");
    case S::Finalised:
        return tr("Finalised");
    case S::Approved:
        return tr("Approved");
    case S::Rejected:
        return tr("Rejected");
    case S::Sealed:
        return tr("Sealed");
    case S::Sent:
        return tr("Sent");
    case S::Acknowledged:
        return tr("Acknowledged");
    case S::Purged:
        return tr("Purged");
    }
    return {};
}

QStringList Labels::reasons()
{
    return {QStringLiteral("first_issue"), QStringLiteral("renewal"), QStringLiteral("loss_theft"),
            QStringLiteral("change")};
}

QStringList Labels::eyeColours()
{
    return {QStringLiteral("blue"),           QStringLiteral("grey"),  QStringLiteral("green"),
            QStringLiteral("brown"),          QStringLiteral("black"), QStringLiteral("hazel"),
            QStringLiteral("heterochromatic")};
}

} // namespace guichet::ui
