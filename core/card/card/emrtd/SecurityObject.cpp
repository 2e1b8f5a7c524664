// EF.SOD structure: OpenSSL's CMS parser for the SignedData, the strict TLV parser for the rest.
#include "card/emrtd/SecurityObject.h"

#include "card/emrtd/LdsFile.h"
#include "card/iso7816/Tlv.h"
#include "crypto/ConstantTime.h"
#include "crypto/OpenSslError.h"
#include "crypto/OpenSslPtr.h"

#include <openssl/cms.h>
#include <openssl/objects.h>

#include <array>

namespace guichet::card::emrtd {

namespace {

using iso7816::Tlv;
using CmsPtr = crypto::OpenSslPtr<CMS_ContentInfo, CMS_ContentInfo_free>;

constexpr std::uint32_t kTagSequence = 0x30;
constexpr std::uint32_t kTagInteger = 0x02;
constexpr std::uint32_t kTagOid = 0x06;
constexpr std::uint32_t kTagNull = 0x05;
constexpr std::uint32_t kTagOctetString = 0x04;
constexpr std::uint32_t kTagPrintableString = 0x13;
constexpr std::uint32_t kTagExplicit0 = 0xA0;
constexpr int kSignedDataVersion = 3;
constexpr int kMaxDataGroup = 16;
constexpr int kOidTextSize = 128;
constexpr qsizetype kMaxIntegerBytes = 4;
const char *const kOidLdsSecurityObject = "2.23.136.1.1.1";
const char *const kOidIdData = "1.2.840.113549.1.7.1";

Failure sodFailure(const QString &element, const QString &check, const QString &message)
{
    return fail(FailureCode::CardSodMalformed, message, QStringLiteral("sod.") + element, check);
}

struct DigestOid {
    const char *der; // content bytes of the OID, hex
    crypto::DigestAlgorithm algorithm;
};

constexpr std::array<DigestOid, 5> kDigestOids{{
    {"2b0e03021a", crypto::DigestAlgorithm::Sha1},
    {"608648016503040204", crypto::DigestAlgorithm::Sha224},
    {"608648016503040201", crypto::DigestAlgorithm::Sha256},
    {"608648016503040202", crypto::DigestAlgorithm::Sha384},
    {"608648016503040203", crypto::DigestAlgorithm::Sha512},
}};

// A small DER INTEGER (two's complement, at most 4 bytes).
Result<int> smallInteger(const Tlv &tlv, const QString &element)
{
    const QByteArrayView v = tlv.value();
    if (tlv.tag() != kTagInteger || v.isEmpty() || v.size() > kMaxIntegerBytes)
        return sodFailure(element, QStringLiteral("integer"),
                          QStringLiteral("%1 is not a small INTEGER").arg(element));
    // The first byte carries the sign (two's complement).
    const auto first = static_cast<std::uint8_t>(v[0]);
    std::int64_t value = first >= 0x80U ? std::int64_t{first} - 256 : std::int64_t{first};
    for (qsizetype i = 1; i < v.size(); ++i)
        value = value * 256 + static_cast<std::uint8_t>(v[i]);
    return static_cast<int>(value);
}

QString oidText(const ASN1_OBJECT *object)
{
    std::array<char, kOidTextSize> buffer{};
    const int n = OBJ_obj2txt(buffer.data(), static_cast<int>(buffer.size()), object, 1);
    if (n <= 0)
        return {};
    return QString::fromLatin1(buffer.data());
}

// ContentInfo → [0] → SignedData → version, read from the DER OpenSSL re-encodes (the chip's
// encoding may be BER with indefinite lengths, which the strict parser refuses by design).
Result<int> signedDataVersion(CMS_ContentInfo *cms)
{
    unsigned char *der = nullptr;
    const int size = i2d_CMS_ContentInfo(cms, &der);
    if (size <= 0)
        return crypto::opensslFailure(FailureCode::CardSodMalformed,
                                      QStringLiteral("i2d_CMS_ContentInfo"),
                                      QStringLiteral("sod.cms"));
    const QByteArray bytes(reinterpret_cast<const char *>(der), size);
    OPENSSL_free(der);
    auto contentInfo = Tlv::parse(bytes, Tlv::Children::Keep);
    if (!contentInfo)
        return fail(contentInfo.error());
    auto parts = Tlv::parseSequence(contentInfo->value(), Tlv::Children::Keep);
    if (!parts || parts->size() != 2 || parts->at(1).tag() != kTagExplicit0)
        return sodFailure(QStringLiteral("cms"), QStringLiteral("structure"),
                          QStringLiteral("ContentInfo is not OID + [0]"));
    auto signedData = Tlv::parse(parts->at(1).value(), Tlv::Children::Keep);
    if (!signedData || signedData->tag() != kTagSequence)
        return sodFailure(QStringLiteral("signed_data"), QStringLiteral("structure"),
                          QStringLiteral("SignedData is not a SEQUENCE"));
    qsizetype consumed = 0;
    auto version = Tlv::parsePrefix(signedData->value(), &consumed, Tlv::Children::Keep);
    if (!version)
        return fail(version.error());
    return smallInteger(*version, QStringLiteral("signed_data_version"));
}

Result<QByteArray> encapsulatedContent(QByteArrayView cmsBytes,
                                       SecurityObject::ContentTypePolicy policy)
{
    const auto *cursor = crypto::bytesOf(cmsBytes);
    CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &cursor, static_cast<long>(cmsBytes.size())));
    if (!cms)
        return crypto::opensslFailure(FailureCode::CardSodMalformed,
                                      QStringLiteral("d2i_CMS_ContentInfo"),
                                      QStringLiteral("sod.cms"));
    if (cursor != crypto::bytesOf(cmsBytes) + cmsBytes.size())
        return sodFailure(QStringLiteral("cms"), QStringLiteral("trailing_bytes"),
                          QStringLiteral("bytes after the CMS ContentInfo"));
    if (OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed)
        return sodFailure(QStringLiteral("content_type"), QStringLiteral("content_type"),
                          QStringLiteral("ContentInfo is not SignedData"));
    auto version = signedDataVersion(cms.get());
    if (!version)
        return fail(version.error());
    if (*version != kSignedDataVersion)
        return sodFailure(QStringLiteral("signed_data_version"), QStringLiteral("version"),
                          QStringLiteral("SignedData version %1, 3 required").arg(*version));
    const QString eContentType = oidText(CMS_get0_eContentType(cms.get()));
    const bool lds = eContentType == QLatin1String(kOidLdsSecurityObject);
    const bool idData = eContentType == QLatin1String(kOidIdData) &&
                        policy == SecurityObject::ContentTypePolicy::AllowIdData;
    if (!lds && !idData)
        return sodFailure(
            QStringLiteral("econtent_type"), QStringLiteral("content_type"),
            QStringLiteral("eContentType %1 is not the LDS security object").arg(eContentType));
    ASN1_OCTET_STRING **content = CMS_get0_content(cms.get());
    if (!content || !*content)
        return sodFailure(QStringLiteral("econtent"), QStringLiteral("missing"),
                          QStringLiteral("SignedData carries no content"));
    return QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(*content)),
                      ASN1_STRING_length(*content));
}

Result<crypto::DigestAlgorithm> parseDigestAlgorithm(const Tlv &identifier)
{
    const auto &parts = identifier.children();
    const bool paramsOk = parts.size() == 1 || (parts.size() == 2 && parts[1].tag() == kTagNull &&
                                                parts[1].value().isEmpty());
    if (identifier.tag() != kTagSequence || parts.empty() || parts[0].tag() != kTagOid || !paramsOk)
        return sodFailure(QStringLiteral("hash_algorithm"), QStringLiteral("structure"),
                          QStringLiteral("AlgorithmIdentifier is not OID [NULL]"));
    const QByteArray oid = parts[0].value().toByteArray().toHex();
    for (const DigestOid &known : kDigestOids) {
        if (oid == known.der)
            return known.algorithm;
    }
    return sodFailure(QStringLiteral("hash_algorithm"), QStringLiteral("unsupported"),
                      QStringLiteral("digest algorithm not supported"));
}

} // namespace

Result<SecurityObject> SecurityObject::parse(QByteArrayView efSod, ContentTypePolicy policy)
{
    auto wrapper = Tlv::parse(efSod, Tlv::Children::Keep);
    if (!wrapper)
        return fail(wrapper.error());
    if (wrapper->tag() != LdsFile::info(LdsFileId::Sod).tag)
        return sodFailure(QStringLiteral("tag"), QStringLiteral("tag"),
                          QStringLiteral("EF.SOD must start with tag 77, found %1")
                              .arg(Tlv::tagText(wrapper->tag())));
    SecurityObject sod;
    sod.m_cms = wrapper->value().toByteArray();
    auto content = encapsulatedContent(sod.m_cms, policy);
    if (!content)
        return fail(content.error());

    // LDSSecurityObject ::= SEQUENCE { version, hashAlgorithm, dataGroupHashValues,
    //                                  ldsVersionInfo (version 1 only) }
    auto root = Tlv::parse(*content);
    if (!root)
        return fail(root.error());
    const auto &fields = root->children();
    if (root->tag() != kTagSequence || fields.size() < 3)
        return sodFailure(QStringLiteral("lds_security_object"), QStringLiteral("structure"),
                          QStringLiteral("LDSSecurityObject is not a SEQUENCE of 3 or 4"));
    auto version = smallInteger(fields[0], QStringLiteral("lds_security_object_version"));
    if (!version)
        return fail(version.error());
    if (*version != 0 && *version != 1)
        return sodFailure(
            QStringLiteral("lds_security_object_version"), QStringLiteral("version"),
            QStringLiteral("LDSSecurityObject version %1, 0 or 1 expected").arg(*version));
    sod.m_version = *version;
    if (fields.size() != std::size_t{3} + static_cast<std::size_t>(sod.m_version))
        return sodFailure(
            QStringLiteral("lds_security_object"), QStringLiteral("structure"),
            QStringLiteral("%1 fields for version %2").arg(fields.size()).arg(sod.m_version));
    auto digest = parseDigestAlgorithm(fields[1]);
    if (!digest)
        return fail(digest.error());
    sod.m_digest = *digest;

    const auto hashSize = static_cast<qsizetype>(crypto::digestSize(sod.m_digest));
    if (fields[2].tag() != kTagSequence || fields[2].children().empty())
        return sodFailure(QStringLiteral("data_group_hashes"), QStringLiteral("structure"),
                          QStringLiteral("dataGroupHashValues is not a non-empty SEQUENCE"));
    for (const Tlv &entry : fields[2].children()) {
        const auto &pair = entry.children();
        if (entry.tag() != kTagSequence || pair.size() != 2 || pair[1].tag() != kTagOctetString)
            return sodFailure(QStringLiteral("data_group_hashes"), QStringLiteral("structure"),
                              QStringLiteral("DataGroupHash is not INTEGER + OCTET STRING"));
        auto number = smallInteger(pair[0], QStringLiteral("data_group_number"));
        if (!number)
            return fail(number.error());
        if (*number < 1 || *number > kMaxDataGroup)
            return sodFailure(QStringLiteral("data_group_number"), QStringLiteral("range"),
                              QStringLiteral("data group %1 does not exist").arg(*number));
        if (pair[1].value().size() != hashSize)
            return sodFailure(QStringLiteral("data_group_hash"), QStringLiteral("length"),
                              QStringLiteral("hash of DG%1 has %2 bytes, %3 expected")
                                  .arg(*number)
                                  .arg(pair[1].value().size())
                                  .arg(hashSize));
        if (!sod.m_hashes.emplace(*number, pair[1].value().toByteArray()).second)
            return sodFailure(QStringLiteral("data_group_number"), QStringLiteral("duplicate"),
                              QStringLiteral("DG%1 listed twice").arg(*number));
    }
    if (sod.m_version == 1) {
        const auto &info = fields[3].children();
        if (fields[3].tag() != kTagSequence || info.size() != 2 ||
            info[0].tag() != kTagPrintableString || info[1].tag() != kTagPrintableString)
            return sodFailure(QStringLiteral("lds_version_info"), QStringLiteral("structure"),
                              QStringLiteral("LDSVersionInfo is not two PrintableStrings"));
        sod.m_ldsVersion = QString::fromLatin1(info[0].value());
        sod.m_unicodeVersion = QString::fromLatin1(info[1].value());
    }
    return sod;
}

Result<void> SecurityObject::verifyDataGroup(int number, QByteArrayView content) const
{
    const QString field = QStringLiteral("dg%1").arg(number);
    const auto listed = m_hashes.find(number);
    if (listed == m_hashes.end())
        return fail(FailureCode::CardDataGroupHashMismatch,
                    QStringLiteral("DG%1 is not listed in EF.SOD").arg(number), field,
                    QStringLiteral("not_listed"));
    auto hashed = crypto::hash(m_digest, content);
    if (!hashed)
        return fail(hashed.error());
    if (!crypto::constantTimeEquals(*hashed, listed->second))
        return fail(FailureCode::CardDataGroupHashMismatch,
                    QStringLiteral("DG%1 does not match its hash in EF.SOD").arg(number), field,
                    QStringLiteral("hash"));
    return success();
}

} // namespace guichet::card::emrtd
