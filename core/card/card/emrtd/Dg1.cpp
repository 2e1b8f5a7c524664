// DG1 parsing down to the MRZ lines (ICAO 9303-10 §4.7.1).
#include "card/emrtd/Dg1.h"

#include "card/emrtd/LdsFile.h"
#include "card/iso7816/Tlv.h"

namespace guichet::card::emrtd {

namespace {

using iso7816::Tlv;

constexpr std::uint32_t kTagMrz = 0x5F1F;

Failure dg1Failure(const QString &check, const QString &message)
{
    return fail(FailureCode::CardLdsMalformed, message, QStringLiteral("dg1.mrz"), check);
}

// Total length → line length: TD1 90 = 3×30, TD2 72 = 2×36, TD3 88 = 2×44.
qsizetype lineLength(qsizetype total)
{
    switch (total) {
    case 90:
        return 30;
    case 72:
        return 36;
    case 88:
        return 44;
    default:
        return 0;
    }
}

bool isMrzByte(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '<';
}

} // namespace

Result<Dg1> Dg1::parse(QByteArrayView bytes)
{
    auto root = Tlv::parse(bytes);
    if (!root)
        return fail(root.error());
    if (root->tag() != LdsFile::info(LdsFileId::Dg1).tag)
        return dg1Failure(
            QStringLiteral("tag"),
            QStringLiteral("DG1 must start with tag 61, found %1").arg(Tlv::tagText(root->tag())));
    const Tlv *mrz = root->find(kTagMrz);
    if (!mrz)
        return dg1Failure(QStringLiteral("missing"), QStringLiteral("DG1 holds no 5F1F"));
    const QByteArrayView text = mrz->value();
    const qsizetype length = lineLength(text.size());
    if (length == 0)
        return dg1Failure(QStringLiteral("length"),
                          QStringLiteral("MRZ of %1 characters fits no format").arg(text.size()));
    for (const char c : text) {
        if (!isMrzByte(c))
            return dg1Failure(QStringLiteral("charset"),
                              QStringLiteral("MRZ holds a character outside A-Z, 0-9 and <"));
    }
    Dg1 dg1;
    for (qsizetype i = 0; i < text.size(); i += length)
        dg1.m_lines.append(QString::fromLatin1(text.sliced(i, length)));
    return dg1;
}

} // namespace guichet::card::emrtd
