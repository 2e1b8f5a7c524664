// Manifest encoding and parsing.
#include "sync/Batch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace guichet::sync {

namespace {

constexpr auto kFormat = "guichet-batch-manifest";

Failure invalidManifest(const QString &field, const QString &check)
{
    return fail(FailureCode::SyncManifestInvalid, QStringLiteral("the batch manifest is malformed"),
                field, check);
}

QJsonObject unsignedObject(const BatchManifest &m)
{
    QJsonArray ids;
    for (const QString &id : m.applicationIds)
        ids.append(id);
    return QJsonObject{
        {QStringLiteral("format"), QLatin1String(kFormat)},
        {QStringLiteral("version"), 1},
        {QStringLiteral("batch_id"), m.batchId},
        {QStringLiteral("workstation"), m.workstation},
        {QStringLiteral("sequence"), m.sequence},
        {QStringLiteral("created"), m.created.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("application_ids"), ids},
        {QStringLiteral("ciphertext_bytes"), m.ciphertextBytes},
        {QStringLiteral("ciphertext_sha256"), QString::fromLatin1(m.ciphertextSha256.toHex())},
        {QStringLiteral("workstation_certificate"),
         QString::fromLatin1(m.workstationCertificate.toBase64())},
    };
}

} // namespace

QByteArray BatchManifest::signedBytes() const
{
    // QJsonObject keeps keys sorted and the compact form has no optional white space: the
    // same manifest always gives the same bytes.
    return QJsonDocument(unsignedObject(*this)).toJson(QJsonDocument::Compact);
}

QByteArray BatchManifest::toJson() const
{
    QJsonObject object = unsignedObject(*this);
    object.insert(QStringLiteral("signature"), QString::fromLatin1(signature.toBase64()));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<BatchManifest> BatchManifest::fromJson(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return invalidManifest(QStringLiteral("manifest"), QStringLiteral("json"));
    const QJsonObject o = document.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(kFormat) ||
        o.value(QStringLiteral("version")).toInt() != 1)
        return invalidManifest(QStringLiteral("manifest.format"), QStringLiteral("value"));
    BatchManifest m;
    m.batchId = o.value(QStringLiteral("batch_id")).toString();
    if (QUuid::fromString(m.batchId).isNull())
        return invalidManifest(QStringLiteral("manifest.batch_id"), QStringLiteral("uuid"));
    m.workstation = o.value(QStringLiteral("workstation")).toString();
    m.sequence = o.value(QStringLiteral("sequence")).toInteger(-1);
    if (m.workstation.isEmpty() || m.sequence < 1)
        return invalidManifest(QStringLiteral("manifest.sequence"), QStringLiteral("value"));
    m.created =
        QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    if (!m.created.isValid())
        return invalidManifest(QStringLiteral("manifest.created"), QStringLiteral("date"));
    for (const auto &id : o.value(QStringLiteral("application_ids")).toArray())
        m.applicationIds << id.toString();
    m.ciphertextBytes = o.value(QStringLiteral("ciphertext_bytes")).toInteger(-1);
    m.ciphertextSha256 =
        QByteArray::fromHex(o.value(QStringLiteral("ciphertext_sha256")).toString().toLatin1());
    if (m.ciphertextBytes < 0 || m.ciphertextSha256.size() != 32)
        return invalidManifest(QStringLiteral("manifest.ciphertext"), QStringLiteral("value"));
    m.workstationCertificate = QByteArray::fromBase64(
        o.value(QStringLiteral("workstation_certificate")).toString().toLatin1());
    m.signature =
        QByteArray::fromBase64(o.value(QStringLiteral("signature")).toString().toLatin1());
    if (m.workstationCertificate.isEmpty() || m.signature.isEmpty())
        return invalidManifest(QStringLiteral("manifest.signature"), QStringLiteral("required"));
    return m;
}

} // namespace guichet::sync
