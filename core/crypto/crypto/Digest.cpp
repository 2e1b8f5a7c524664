// EVP_Digest wrappers.
#include "crypto/Digest.h"

#include "crypto/OpenSslError.h"

#include <utility>

namespace guichet::crypto {

QString digestName(DigestAlgorithm algorithm)
{
    switch (algorithm) {
    case DigestAlgorithm::Sha1:
        return QStringLiteral("SHA-1");
    case DigestAlgorithm::Sha224:
        return QStringLiteral("SHA-224");
    case DigestAlgorithm::Sha256:
        return QStringLiteral("SHA-256");
    case DigestAlgorithm::Sha384:
        return QStringLiteral("SHA-384");
    case DigestAlgorithm::Sha512:
        return QStringLiteral("SHA-512");
    }
    return QStringLiteral("?");
}

std::size_t digestSize(DigestAlgorithm algorithm)
{
    return static_cast<std::size_t>(EVP_MD_get_size(evpDigest(algorithm)));
}

const EVP_MD *evpDigest(DigestAlgorithm algorithm)
{
    switch (algorithm) {
    case DigestAlgorithm::Sha1:
        return EVP_sha1();
    case DigestAlgorithm::Sha224:
        return EVP_sha224();
    case DigestAlgorithm::Sha256:
        return EVP_sha256();
    case DigestAlgorithm::Sha384:
        return EVP_sha384();
    case DigestAlgorithm::Sha512:
        return EVP_sha512();
    }
    return EVP_sha256();
}

const char *digestOpenSslName(DigestAlgorithm algorithm)
{
    switch (algorithm) {
    case DigestAlgorithm::Sha1:
        return "SHA1";
    case DigestAlgorithm::Sha224:
        return "SHA224";
    case DigestAlgorithm::Sha256:
        return "SHA256";
    case DigestAlgorithm::Sha384:
        return "SHA384";
    case DigestAlgorithm::Sha512:
        return "SHA512";
    }
    return "SHA256";
}

Result<DigestAlgorithm> digestFromName(const QString &name)
{
    QString key = name.toUpper();
    key.remove(QLatin1Char('-'));
    key.remove(QLatin1Char('_'));
    if (key == QLatin1String("SHA1"))
        return DigestAlgorithm::Sha1;
    if (key == QLatin1String("SHA224"))
        return DigestAlgorithm::Sha224;
    if (key == QLatin1String("SHA256"))
        return DigestAlgorithm::Sha256;
    if (key == QLatin1String("SHA384"))
        return DigestAlgorithm::Sha384;
    if (key == QLatin1String("SHA512"))
        return DigestAlgorithm::Sha512;
    return fail(FailureCode::CryptoUnsupportedAlgorithm,
                QStringLiteral("unsupported digest algorithm"), QStringLiteral("digest"),
                QStringLiteral("algorithm"));
}

Result<QByteArray> hash(DigestAlgorithm algorithm, QByteArrayView data)
{
    auto digest = Digest::create(algorithm);
    if (!digest)
        return fail(digest.error());
    if (auto ok = digest->update(data); !ok)
        return fail(ok.error());
    return digest->finish();
}

Digest::Digest(DigestAlgorithm algorithm, EvpMdCtxPtr context)
    : m_algorithm(algorithm), m_context(std::move(context))
{ }

Result<Digest> Digest::create(DigestAlgorithm algorithm)
{
    EvpMdCtxPtr context(EVP_MD_CTX_new());
    if (!context || EVP_DigestInit_ex2(context.get(), evpDigest(algorithm), nullptr) != 1)
        return opensslFailure(FailureCode::CryptoBackend, QStringLiteral("EVP_DigestInit"));
    return Digest(algorithm, std::move(context));
}

Result<void> Digest::update(QByteArrayView data)
{
    if (m_finished)
        return fail(FailureCode::CryptoStateError, QStringLiteral("digest already finished"));
    if (!data.isEmpty() &&
        EVP_DigestUpdate(m_context.get(), data.data(), static_cast<std::size_t>(data.size())) != 1)
        return opensslFailure(FailureCode::CryptoBackend, QStringLiteral("EVP_DigestUpdate"));
    return success();
}

Result<QByteArray> Digest::finish()
{
    if (m_finished)
        return fail(FailureCode::CryptoStateError, QStringLiteral("digest already finished"));
    m_finished = true;
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int size = 0;
    if (EVP_DigestFinal_ex(m_context.get(), reinterpret_cast<unsigned char *>(out.data()), &size) !=
        1)
        return opensslFailure(FailureCode::CryptoBackend, QStringLiteral("EVP_DigestFinal"));
    out.truncate(static_cast<qsizetype>(size));
    return out;
}

} // namespace guichet::crypto
