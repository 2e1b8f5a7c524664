// Test PKI: real X.509 certificates made with OpenSSL for the tests (CA, leaf, validity).
#pragma once

#include "crypto/OpenSslPtr.h"
#include "crypto/PrivateKey.h"

#include <QByteArray>
#include <QString>

#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace guichet::test {

// A certificate for `subjectKey` named CN=`commonName`, signed by `issuerKey` (self-signed when
// null) under the issuer certificate `issuerDer`, valid from now + `notBeforeDays` for `days`.
inline QByteArray makeCertificate(const crypto::PrivateKey &subjectKey, const QString &commonName,
                                  const crypto::PrivateKey *issuerKey = nullptr,
                                  const QByteArray &issuerDer = {}, bool isCa = false,
                                  long days = 30, long notBeforeDays = 0)
{
    crypto::X509Ptr certificate(X509_new());
    X509_set_version(certificate.get(), 2);
    static long serial = 1;
    ASN1_INTEGER_set(X509_get_serialNumber(certificate.get()), ++serial);
    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), notBeforeDays * 86400);
    X509_gmtime_adj(X509_getm_notAfter(certificate.get()), (notBeforeDays + days) * 86400);
    X509_set_pubkey(certificate.get(), subjectKey.native());
    X509_NAME *name = X509_get_subject_name(certificate.get());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    crypto::X509Ptr issuer;
    if (!issuerDer.isEmpty()) {
        const unsigned char *cursor = crypto::bytesOf(issuerDer);
        issuer.reset(d2i_X509(nullptr, &cursor, static_cast<long>(issuerDer.size())));
        X509_set_issuer_name(certificate.get(), X509_get_subject_name(issuer.get()));
    } else {
        X509_set_issuer_name(certificate.get(), name);
    }
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer ? issuer.get() : certificate.get(), certificate.get(), nullptr,
                   nullptr, 0);
    const char *constraints = isCa ? "critical,CA:TRUE" : "critical,CA:FALSE";
    X509_EXTENSION *extension =
        X509V3_EXT_conf_nid(nullptr, &context, NID_basic_constraints, constraints);
    X509_add_ext(certificate.get(), extension, -1);
    X509_EXTENSION_free(extension);
    if (isCa) {
        extension =
            X509V3_EXT_conf_nid(nullptr, &context, NID_key_usage, "critical,keyCertSign,cRLSign");
        X509_add_ext(certificate.get(), extension, -1);
        X509_EXTENSION_free(extension);
    }
    X509_sign(certificate.get(), issuerKey ? issuerKey->native() : subjectKey.native(),
              EVP_sha256());
    const int size = i2d_X509(certificate.get(), nullptr);
    QByteArray der(size, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    i2d_X509(certificate.get(), &out);
    return der;
}

} // namespace guichet::test
