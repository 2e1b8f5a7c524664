// SecurityObject: EF.SOD's LDSSecurityObject (digest algorithm and one hash per data group).
#pragma once

#include "common/Result.h"
#include "crypto/Digest.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <map>

namespace guichet::card::emrtd {

// EF.SOD is tag 77 around a CMS SignedData (ICAO 9303-10 §4.6.2) whose encapsulated content is
// the LDSSecurityObject. This class extracts and checks the structure and compares data groups
// with their listed hashes. It does NOT verify the signature or the certificate chain: that is
// passive authentication proper, a later step that will take cmsBytes(). A match here proves
// nothing until that signature is checked.
//
// Errors: GU-518 card.sod_malformed (field "sod.<element>", check named), GU-510 for broken
// TLV, GU-519 card.data_group_hash_mismatch from verifyDataGroup.
class SecurityObject
{
public:
    // ICAO requires eContentType id-icao-mrtd-security-ldsSecurityObject (2.23.136.1.1.1); a few
    // issuers used id-data (1.2.840.113549.1.7.1). Strict refuses those; AllowIdData accepts
    // them (for a later, deliberate policy decision).
    enum class ContentTypePolicy { Strict, AllowIdData };

    [[nodiscard]] static Result<SecurityObject>
    parse(QByteArrayView efSod, ContentTypePolicy policy = ContentTypePolicy::Strict);

    // 0 (LDS 1.7) or 1 (LDS 1.8, with LDS and Unicode versions).
    [[nodiscard]] int version() const noexcept { return m_version; }
    [[nodiscard]] crypto::DigestAlgorithm digestAlgorithm() const noexcept { return m_digest; }
    // Only for version 1, e.g. "0108" and "040000"; empty otherwise.
    [[nodiscard]] const QString &ldsVersion() const noexcept { return m_ldsVersion; }
    [[nodiscard]] const QString &unicodeVersion() const noexcept { return m_unicodeVersion; }
    // Data group number (1 to 16) → hash.
    [[nodiscard]] const std::map<int, QByteArray> &dataGroupHashes() const noexcept
    {
        return m_hashes;
    }
    // The CMS ContentInfo (EF.SOD without its 77 header), for signature verification later.
    [[nodiscard]] const QByteArray &cmsBytes() const noexcept { return m_cms; }

    // Hashes the whole file content (tag and length included, as read from the chip) and
    // compares with the listed hash: GU-519 with check "not_listed" or "hash".
    [[nodiscard]] Result<void> verifyDataGroup(int number, QByteArrayView content) const;

private:
    int m_version = 0;
    crypto::DigestAlgorithm m_digest = crypto::DigestAlgorithm::Sha256;
    QString m_ldsVersion;
    QString m_unicodeVersion;
    std::map<int, QByteArray> m_hashes;
    QByteArray m_cms;
};

} // namespace guichet::card::emrtd
