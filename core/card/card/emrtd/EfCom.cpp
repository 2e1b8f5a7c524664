// EF.COM parsing (ICAO 9303-10 §4.6.1).
#include "card/emrtd/EfCom.h"

#include "card/iso7816/Tlv.h"

namespace guichet::card::emrtd {

namespace {

using iso7816::Tlv;

constexpr std::uint32_t kTagLdsVersion = 0x5F01;
constexpr std::uint32_t kTagUnicodeVersion = 0x5F36;
constexpr std::uint32_t kTagList = 0x5C;
constexpr qsizetype kLdsVersionDigits = 4;
constexpr qsizetype kUnicodeVersionDigits = 6;

Failure comFailure(const QString &element, const QString &check, const QString &message)
{
    return fail(FailureCode::CardLdsMalformed, message, QStringLiteral("ef_com.") + element, check);
}

// "0107" → "1.7", "040000" → "4.0.0": pairs of digits, leading zeros dropped.
Result<QString> dottedVersion(QByteArrayView digits, qsizetype expected, const QString &element)
{
    if (digits.size() != expected)
        return comFailure(element, QStringLiteral("length"),
                          QStringLiteral("%1 digits expected").arg(expected));
    QStringList parts;
    for (qsizetype i = 0; i < digits.size(); i += 2) {
        const QByteArrayView pair = digits.sliced(i, 2);
        if (!QChar::isDigit(static_cast<unsigned char>(pair[0])) ||
            !QChar::isDigit(static_cast<unsigned char>(pair[1])))
            return comFailure(element, QStringLiteral("digits"),
                              QStringLiteral("version holds a non-digit"));
        parts.append(QString::number(QString::fromLatin1(pair).toInt()));
    }
    return parts.join(QLatin1Char('.'));
}

} // namespace

Result<EfCom> EfCom::parse(QByteArrayView bytes)
{
    auto root = Tlv::parse(bytes);
    if (!root)
        return fail(root.error());
    if (root->tag() != LdsFile::info(LdsFileId::Com).tag)
        return comFailure(QStringLiteral("tag"), QStringLiteral("tag"),
                          QStringLiteral("EF.COM must start with tag 60, found %1")
                              .arg(Tlv::tagText(root->tag())));
    const Tlv *lds = root->find(kTagLdsVersion);
    const Tlv *unicode = root->find(kTagUnicodeVersion);
    const Tlv *list = root->find(kTagList);
    if (!lds || !unicode || !list)
        return comFailure(!lds       ? QStringLiteral("lds_version")
                          : !unicode ? QStringLiteral("unicode_version")
                                     : QStringLiteral("tag_list"),
                          QStringLiteral("missing"), QStringLiteral("EF.COM element missing"));

    EfCom com;
    auto ldsVersion = dottedVersion(lds->value(), kLdsVersionDigits, QStringLiteral("lds_version"));
    if (!ldsVersion)
        return fail(ldsVersion.error());
    auto unicodeVersion =
        dottedVersion(unicode->value(), kUnicodeVersionDigits, QStringLiteral("unicode_version"));
    if (!unicodeVersion)
        return fail(unicodeVersion.error());
    com.m_ldsVersion = *ldsVersion;
    com.m_unicodeVersion = *unicodeVersion;
    for (const char c : list->value()) {
        const auto id = LdsFile::fromTag(static_cast<std::uint8_t>(c));
        if (!id || LdsFile::info(*id).dataGroup == 0)
            return comFailure(QStringLiteral("tag_list"), QStringLiteral("unknown_tag"),
                              QStringLiteral("tag list names %1, not a data group")
                                  .arg(Tlv::tagText(static_cast<std::uint8_t>(c))));
        com.m_files.push_back(*id);
    }
    return com;
}

std::vector<int> EfCom::dataGroups() const
{
    std::vector<int> out;
    out.reserve(m_files.size());
    for (const LdsFileId id : m_files)
        out.push_back(LdsFile::info(id).dataGroup);
    return out;
}

} // namespace guichet::card::emrtd
