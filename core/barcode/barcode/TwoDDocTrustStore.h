// The 2D-Doc certificates the desk trusts, looked up by (CA id, certificate id).
#pragma once

#include "barcode/TwoDDocCertificate.h"
#include "common/Result.h"

#include <QSet>
#include <QString>

#include <vector>

namespace guichet::barcode {

class TwoDDocTrustStore
{
public:
    // Loads every *.pem, *.crt, *.cer and *.der file of `directory` (not recursive) and
    // returns how many certificates it added. One bad file fails the whole load, naming the
    // file: a silently missing certificate would turn genuine documents into "unknown".
    [[nodiscard]] Result<std::size_t> loadDirectory(const QString &directory);
    // Adds one certificate; the same certificate twice is accepted once, two different
    // certificates with the same ids are refused (check "duplicate").
    [[nodiscard]] Result<void> add(TwoDDocCertificate certificate);

    // Marks a certificate revoked: its documents are refused whatever their date (ANTS §5.1
    // step 5). The source of revocations (the TSL) is not read yet.
    void revoke(const QString &caId, const QString &certificateId);
    [[nodiscard]] bool isRevoked(const QString &caId, const QString &certificateId) const;

    // nullptr when no certificate has these ids.
    [[nodiscard]] const TwoDDocCertificate *find(const QString &caId,
                                                 const QString &certificateId) const;
    [[nodiscard]] std::size_t size() const noexcept { return m_certificates.size(); }

private:
    std::vector<TwoDDocCertificate> m_certificates;
    QSet<QString> m_revoked; // "<CA id>/<certificate id>"
};

} // namespace guichet::barcode
