// Validation and URL extraction of ANTS pre-application numbers.
#include "barcode/PreApplicationCode.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace guichet::barcode {

namespace {

// The normalised candidate, or an empty string when it is not a number.
QString normalised(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z0-9]{10}$"));
    QString candidate = text.trimmed().toString().toUpper();
    return pattern.match(candidate).hasMatch() ? candidate : QString();
}

Failure invalid(const QString &check, const QString &message)
{
    return fail(FailureCode::BarcodePreApplicationInvalid, message,
                QStringLiteral("pre_application_number"), check);
}

} // namespace

Result<PreApplicationCode> PreApplicationCode::fromText(QStringView text)
{
    QString number = normalised(text);
    if (number.isEmpty())
        return invalid(QStringLiteral("format"),
                       QStringLiteral("pre-application number is not 10 of A-Z 0-9"));
    return PreApplicationCode(std::move(number));
}

Result<PreApplicationCode> PreApplicationCode::fromQrPayload(QStringView payload)
{
    const QString text = payload.trimmed().toString();
    if (!text.contains(QLatin1String("://")))
        return fromText(text);
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return invalid(QStringLiteral("url"), QStringLiteral("QR payload is not a valid URL"));

    QString found;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        const QString candidate = normalised(item.second);
        if (candidate.isEmpty() || candidate == found)
            continue;
        if (!found.isEmpty())
            return invalid(QStringLiteral("ambiguous"),
                           QStringLiteral("QR URL holds two different pre-application numbers"));
        found = candidate;
    }
    if (found.isEmpty()) {
        const QStringList segments =
            url.path(QUrl::FullyDecoded).split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (!segments.isEmpty())
            found = normalised(segments.last());
    }
    if (found.isEmpty())
        return invalid(QStringLiteral("no_number"),
                       QStringLiteral("QR URL holds no pre-application number"));
    return PreApplicationCode(std::move(found));
}

} // namespace guichet::barcode
