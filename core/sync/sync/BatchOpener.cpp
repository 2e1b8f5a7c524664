// Manifest verification and batch decryption.
#include "sync/BatchOpener.h"

#include "crypto/Certificate.h"
#include "crypto/ConstantTime.h"
#include "crypto/Digest.h"
#include "crypto/OpenSslError.h"
#include "crypto/OpenSslPtr.h"
#include "crypto/PublicKey.h"

#include <QFile>
#include <QJsonDocument>

#include <openssl/cms.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

namespace guichet::sync {

namespace {

using CmsPtr = crypto::OpenSslPtr<CMS_ContentInfo, CMS_ContentInfo_free>;
using StorePtr = crypto::OpenSslPtr<X509_STORE, X509_STORE_free>;
using StoreCtxPtr = crypto::OpenSslPtr<X509_STORE_CTX, X509_STORE_CTX_free>;

Result<StorePtr> storeWith(const QByteArray &caDer, const QString &field)
{
    auto ca = crypto::certificateFromDer(caDer, field);
    if (!ca)
        return fail(ca.error());
    StorePtr store(X509_STORE_new());
    if (!store || X509_STORE_add_cert(store.get(), ca->get()) != 1)
        return crypto::opensslFailure(FailureCode::CryptoBackend, QStringLiteral("X509_STORE"));
    return store;
}

Failure invalidBatch(const QString &why, const QString &field, const QString &check)
{
    return fail(FailureCode::SyncBatchInvalid, why, field, check);
}

} // namespace

Result<void> verifyManifest(const BatchManifest &manifest, const QString &ciphertextPath,
                            const QByteArray &workstationCaCertificate)
{
    auto certificate = crypto::certificateFromDer(
        manifest.workstationCertificate, QStringLiteral("manifest.workstation_certificate"));
    if (!certificate)
        return fail(certificate.error());
    if (!workstationCaCertificate.isEmpty()) {
        auto store = storeWith(workstationCaCertificate, QStringLiteral("workstation_ca"));
        if (!store)
            return fail(store.error());
        StoreCtxPtr context(X509_STORE_CTX_new());
        if (!context ||
            X509_STORE_CTX_init(context.get(), store->get(), certificate->get(), nullptr) != 1)
            return crypto::opensslFailure(FailureCode::CryptoBackend,
                                          QStringLiteral("X509_STORE_CTX_init"));
        if (X509_verify_cert(context.get()) != 1)
            return fail(FailureCode::SyncSignatureInvalid,
                        QStringLiteral("workstation certificate not trusted: %1")
                            .arg(QString::fromLatin1(X509_verify_cert_error_string(
                                X509_STORE_CTX_get_error(context.get())))),
                        QStringLiteral("manifest.workstation_certificate"),
                        QStringLiteral("chain"));
    }
    const auto key = crypto::PublicKey::fromNative(X509_get0_pubkey(certificate->get()));
    if (auto ok = key.verify(crypto::SignatureScheme::ecdsa(crypto::DigestAlgorithm::Sha256),
                             manifest.signedBytes(), manifest.signature);
        !ok)
        return fail(FailureCode::SyncSignatureInvalid,
                    QStringLiteral("the manifest signature does not verify"),
                    QStringLiteral("manifest.signature"), QStringLiteral("signature"));

    QFile file(ciphertextPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(FailureCode::IoError, QStringLiteral("cannot read the batch file"),
                    QStringLiteral("batch"), QStringLiteral("read"));
    if (file.size() != manifest.ciphertextBytes)
        return invalidBatch(QStringLiteral("the batch size differs from its manifest"),
                            QStringLiteral("batch.ciphertext_bytes"), QStringLiteral("size"));
    auto digest = crypto::Digest::create(crypto::DigestAlgorithm::Sha256);
    if (!digest)
        return fail(digest.error());
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(1 << 20);
        if (auto ok = digest->update(chunk); !ok)
            return ok;
    }
    auto hash = digest->finish();
    if (!hash)
        return fail(hash.error());
    if (!crypto::constantTimeEquals(*hash, manifest.ciphertextSha256))
        return invalidBatch(QStringLiteral("the batch content differs from its manifest"),
                            QStringLiteral("batch.ciphertext_sha256"), QStringLiteral("hash"));
    return success();
}

Result<OpenedBatch> openBatch(const BatchManifest &manifest, const QString &ciphertextPath,
                              const OpenParameters &parameters)
{
    if (auto ok = verifyManifest(manifest, ciphertextPath, parameters.workstationCaCertificate);
        !ok)
        return fail(ok.error());
    if (!parameters.processingKey)
        return fail(FailureCode::InvalidArgument, QStringLiteral("no processing key"),
                    QStringLiteral("processing_key"), QStringLiteral("required"));
    auto recipient = crypto::certificateFromDer(parameters.processingCertificate,
                                                QStringLiteral("processing_certificate"));
    if (!recipient)
        return fail(recipient.error());

    const QByteArray path = QFile::encodeName(ciphertextPath);
    crypto::BioPtr in(BIO_new_file(path.constData(), "rb"));
    CmsPtr envelope(in ? d2i_CMS_bio(in.get(), nullptr) : nullptr);
    if (!envelope)
        return crypto::opensslFailure(FailureCode::SyncBatchInvalid, QStringLiteral("d2i_CMS_bio"),
                                      QStringLiteral("batch"));
    crypto::BioPtr inner(BIO_new(BIO_s_mem()));
    if (CMS_decrypt(envelope.get(), parameters.processingKey->native(), recipient->get(), nullptr,
                    inner.get(), CMS_BINARY) != 1)
        return crypto::opensslFailure(FailureCode::SyncDecryptFailed, QStringLiteral("CMS_decrypt"),
                                      QStringLiteral("batch"));
    CmsPtr signedData(d2i_CMS_bio(inner.get(), nullptr));
    if (!signedData)
        return crypto::opensslFailure(FailureCode::SyncBatchInvalid,
                                      QStringLiteral("inner SignedData"), QStringLiteral("batch"));

    StorePtr store;
    unsigned int flags = CMS_BINARY;
    if (parameters.agentCaCertificate.isEmpty()) {
        flags |= CMS_NO_SIGNER_CERT_VERIFY;
    } else {
        auto agentStore = storeWith(parameters.agentCaCertificate, QStringLiteral("agent_ca"));
        if (!agentStore)
            return fail(agentStore.error());
        store = std::move(agentStore).value();
    }
    crypto::BioPtr content(BIO_new(BIO_s_mem()));
    if (CMS_verify(signedData.get(), nullptr, store.get(), nullptr, content.get(), flags) != 1)
        return crypto::opensslFailure(FailureCode::SyncSignatureInvalid,
                                      QStringLiteral("CMS_verify"),
                                      QStringLiteral("batch.agent_signature"));

    OpenedBatch batch;
    STACK_OF(X509) *signers = CMS_get0_signers(signedData.get());
    if (signers && sk_X509_num(signers) > 0) {
        char subject[256] = {};
        X509_NAME_oneline(X509_get_subject_name(sk_X509_value(signers, 0)), subject,
                          sizeof subject);
        batch.agentSubject = QString::fromUtf8(subject);
    }
    sk_X509_free(signers);

    char *data = nullptr;
    const long size = BIO_get_mem_data(content.get(), &data);
    const QList<QByteArray> lines = QByteArray(data, static_cast<qsizetype>(size)).split('\n');
    qint64 trailerApplications = -1;
    qint64 trailerAudit = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &text = lines[i];
        if (text.isEmpty())
            continue;
        QJsonObject record = QJsonDocument::fromJson(text).object();
        const QString type = record.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("header")) {
            batch.header = record;
        } else if (type == QLatin1String("application")) {
            // The document is the next line, of the announced size.
            const QByteArray document = i + 1 < lines.size() ? lines[i + 1] : QByteArray();
            if (document.size() != record.value(QStringLiteral("document_bytes")).toInteger(-1))
                return invalidBatch(QStringLiteral("an application document is truncated"),
                                    QStringLiteral("batch.application"), QStringLiteral("size"));
            record.insert(QStringLiteral("document"), QJsonDocument::fromJson(document).object());
            batch.applications.append(record);
            ++i;
        } else if (type == QLatin1String("audit")) {
            batch.audit.append(vault::AuditRecord{
                record.value(QStringLiteral("seq")).toInteger(),
                record.value(QStringLiteral("at")).toInteger(),
                record.value(QStringLiteral("agent")).toString(),
                record.value(QStringLiteral("action")).toString(),
                record.value(QStringLiteral("object")).toString(),
                QByteArray::fromHex(
                    record.value(QStringLiteral("prev_hash")).toString().toLatin1()),
                QByteArray::fromHex(record.value(QStringLiteral("hash")).toString().toLatin1())});
        } else if (type == QLatin1String("trailer")) {
            trailerApplications = record.value(QStringLiteral("applications")).toInteger(-1);
            trailerAudit = record.value(QStringLiteral("audit_records")).toInteger(-1);
        } else {
            return invalidBatch(QStringLiteral("unknown record in the batch"),
                                QStringLiteral("batch.record"), QStringLiteral("type"));
        }
    }
    if (batch.header.value(QStringLiteral("batch_id")).toString() != manifest.batchId ||
        batch.header.value(QStringLiteral("sequence")).toInteger() != manifest.sequence)
        return invalidBatch(QStringLiteral("the batch does not match its manifest"),
                            QStringLiteral("batch.header"), QStringLiteral("manifest"));
    if (trailerApplications != batch.applications.size() || trailerAudit != batch.audit.size() ||
        batch.applications.size() != manifest.applicationIds.size())
        return invalidBatch(QStringLiteral("the batch is incomplete"),
                            QStringLiteral("batch.trailer"), QStringLiteral("count"));
    for (qsizetype i = 0; i < batch.applications.size(); ++i) {
        if (batch.applications[i].value(QStringLiteral("id")).toString() !=
            manifest.applicationIds[i])
            return invalidBatch(QStringLiteral("the applications differ from the manifest"),
                                QStringLiteral("batch.applications"), QStringLiteral("manifest"));
    }
    return batch;
}

} // namespace guichet::sync
