// Loading and querying the 2D-Doc certificate directory.
#include "barcode/TwoDDocTrustStore.h"

#include <QDir>
#include <QFile>

namespace guichet::barcode {

namespace {

QString revocationKey(const QString &caId, const QString &certificateId)
{
    return caId + QLatin1Char('/') + certificateId;
}

} // namespace

Result<std::size_t> TwoDDocTrustStore::loadDirectory(const QString &directory)
{
    const QDir dir(directory);
    if (!dir.exists())
        return fail(FailureCode::IoError, QStringLiteral("2D-Doc certificate directory missing"),
                    QStringLiteral("trust_store"), QStringLiteral("exists"));
    const QStringList names = dir.entryList({QStringLiteral("*.pem"), QStringLiteral("*.crt"),
                                             QStringLiteral("*.cer"), QStringLiteral("*.der")},
                                            QDir::Files, QDir::Name);
    const std::size_t before = m_certificates.size();
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return fail(FailureCode::IoError, QStringLiteral("2D-Doc certificate unreadable"), name,
                        QStringLiteral("read"));
        auto certificate = TwoDDocCertificate::fromEncoded(file.readAll(), name);
        if (!certificate) {
            Error error = certificate.error();
            error.field = name;
            return fail(std::move(error));
        }
        auto added = add(std::move(certificate).value());
        if (!added) {
            Error error = added.error();
            error.field = name;
            return fail(std::move(error));
        }
    }
    return m_certificates.size() - before;
}

Result<void> TwoDDocTrustStore::add(TwoDDocCertificate certificate)
{
    if (const auto *existing = find(certificate.caId(), certificate.certificateId())) {
        if (existing->der() == certificate.der())
            return success();
        return fail(FailureCode::BarcodeTrustStoreInvalid,
                    QStringLiteral("two different certificates share a CA id and certificate id"),
                    QStringLiteral("certificate"), QStringLiteral("duplicate"));
    }
    m_certificates.push_back(std::move(certificate));
    return success();
}

void TwoDDocTrustStore::revoke(const QString &caId, const QString &certificateId)
{
    m_revoked.insert(revocationKey(caId, certificateId));
}

bool TwoDDocTrustStore::isRevoked(const QString &caId, const QString &certificateId) const
{
    return m_revoked.contains(revocationKey(caId, certificateId));
}

const TwoDDocCertificate *TwoDDocTrustStore::find(const QString &caId,
                                                  const QString &certificateId) const
{
    for (const auto &certificate : m_certificates) {
        if (certificate.caId() == caId && certificate.certificateId() == certificateId)
            return &certificate;
    }
    return nullptr;
}

} // namespace guichet::barcode
