// Secure messaging wrap/unwrap with SSC bookkeeping (ICAO 9303-11 §9.8, BSI TR-03110-3 §F).
#include "card/emrtd/SecureMessaging.h"

#include "card/iso7816/Tlv.h"
#include "card/iso7816/TlvWriter.h"
#include "crypto/ConstantTime.h"

#include <utility>

namespace guichet::card::emrtd {

namespace {

using iso7816::CommandApdu;
using iso7816::ResponseApdu;
using iso7816::Tlv;
using iso7816::TlvWriter;

constexpr std::uint8_t kSmClassBits = 0x0C;
constexpr std::uint32_t kDoEncryptedOdd = 0x85;
constexpr std::uint32_t kDoEncrypted = 0x87;
constexpr std::uint32_t kDoLe = 0x97;
constexpr std::uint32_t kDoStatus = 0x99;
constexpr std::uint32_t kDoMac = 0x8E;
constexpr char kPaddingIndicator = '\x01';
constexpr qsizetype kMacSize = 8;
constexpr qsizetype kStatusSize = 2;

Failure malformed(const QString &check, const QString &message)
{
    return fail(FailureCode::CardSecureMessagingMalformed, message,
                QStringLiteral("secure_messaging"), check);
}

QByteArray encodeLe(std::size_t ne)
{
    QByteArray out;
    if (ne <= CommandApdu::kMaxShortNe) {
        out.append(static_cast<char>(ne == CommandApdu::kMaxShortNe ? 0 : ne));
        return out;
    }
    const std::size_t value = ne == CommandApdu::kMaxExtendedNe ? 0 : ne;
    out.append(static_cast<char>((value >> 8U) & 0xFFU));
    out.append(static_cast<char>(value & 0xFFU));
    return out;
}

} // namespace

SecureMessaging::SecureMessaging(SessionKeys keys) : m_keys(std::move(keys)) { }

Result<SecureMessaging> SecureMessaging::create(SessionKeys keys)
{
    const std::size_t keySize = cipherKeySize(keys.algorithm);
    if (keys.encKey.size() != keySize || keys.macKey.size() != keySize)
        return fail(FailureCode::CryptoInvalidKey,
                    QStringLiteral("session keys must be %1 bytes").arg(keySize),
                    QStringLiteral("secure_messaging.key"), QStringLiteral("length"));
    if (static_cast<std::size_t>(keys.ssc.size()) != cipherBlockSize(keys.algorithm))
        return fail(FailureCode::InvalidArgument, QStringLiteral("SSC must be one cipher block"),
                    QStringLiteral("secure_messaging.ssc"), QStringLiteral("length"));
    return SecureMessaging(std::move(keys));
}

void SecureMessaging::incrementSsc() noexcept
{
    for (qsizetype i = m_keys.ssc.size() - 1; i >= 0; --i) {
        auto b = static_cast<std::uint8_t>(m_keys.ssc[i]);
        ++b;
        m_keys.ssc[i] = static_cast<char>(b);
        if (b != 0)
            break;
    }
}

Result<QByteArray> SecureMessaging::iv() const
{
    if (m_keys.algorithm == CipherAlgorithm::TripleDes)
        return QByteArray(static_cast<qsizetype>(cipherBlockSize(m_keys.algorithm)), '\0');
    return encryptBlock(m_keys.algorithm, m_keys.encKey.view(), m_keys.ssc);
}

Result<QByteArray> SecureMessaging::mac(const QByteArray &input) const
{
    const std::size_t block = cipherBlockSize(m_keys.algorithm);
    return smMac(m_keys.algorithm, m_keys.macKey.view(),
                 padIso9797(QByteArray(m_keys.ssc).append(input), block));
}

Result<CommandApdu> SecureMessaging::protect(const CommandApdu &command)
{
    if ((command.cla() & kSmClassBits) != 0)
        return fail(FailureCode::CardApduMalformed,
                    QStringLiteral("command already carries secure-messaging class bits"),
                    QStringLiteral("command_apdu"), QStringLiteral("already_protected"));
    const std::size_t block = cipherBlockSize(m_keys.algorithm);
    incrementSsc();

    const auto cla = static_cast<std::uint8_t>(command.cla() | kSmClassBits);
    QByteArray header;
    for (const std::uint8_t b : {cla, command.ins(), command.p1(), command.p2()})
        header.append(static_cast<char>(b));

    TlvWriter objects;
    if (!command.data().isEmpty()) {
        auto ivBytes = iv();
        if (!ivBytes)
            return fail(ivBytes.error());
        auto encrypted = cbcEncrypt(m_keys.algorithm, m_keys.encKey.view(), *ivBytes,
                                    padIso9797(command.data(), block));
        if (!encrypted)
            return fail(encrypted.error());
        // Odd INS carry BER-TLV data: DO'85' holds the cryptogram without padding indicator.
        if ((command.ins() & 1U) != 0)
            objects.add(kDoEncryptedOdd, *encrypted);
        else
            objects.add(kDoEncrypted, QByteArray(1, kPaddingIndicator).append(*encrypted));
    }
    if (command.ne() > 0)
        objects.add(kDoLe, encodeLe(command.ne()));

    auto cc = mac(padIso9797(header, block).append(objects.bytes()));
    if (!cc)
        return fail(cc.error());
    objects.add(kDoMac, *cc);

    // The protected answer is larger than the plain one: ask for as much as the length form
    // allows, and go extended exactly when the plain command needed it or the data grew past 255.
    const bool extended = command.ne() > CommandApdu::kMaxShortNe ||
                          objects.bytes().size() > static_cast<qsizetype>(CommandApdu::kMaxShortNc);
    return CommandApdu::create(cla, command.ins(), command.p1(), command.p2(), objects.bytes(),
                               extended ? CommandApdu::kMaxExtendedNe : CommandApdu::kMaxShortNe);
}

Result<ResponseApdu> SecureMessaging::unprotect(const ResponseApdu &response)
{
    incrementSsc();
    if (response.data().isEmpty())
        return fail(FailureCode::CardSecureMessagingMissingStatus,
                    QStringLiteral("response with status %1 carries no secure-messaging objects")
                        .arg(response.swText()),
                    QStringLiteral("secure_messaging.do99"), QStringLiteral("missing"));
    auto objects = Tlv::parseSequence(response.data());
    if (!objects)
        return fail(objects.error());

    const Tlv *encrypted = nullptr;
    const Tlv *status = nullptr;
    const Tlv *macObject = nullptr;
    QByteArray authenticated;
    for (const Tlv &object : *objects) {
        if (macObject)
            return malformed(QStringLiteral("order"), QStringLiteral("object after DO'8E'"));
        const std::uint32_t tag = object.tag();
        const Tlv **slot = tag == kDoEncrypted || tag == kDoEncryptedOdd ? &encrypted
                           : tag == kDoStatus                            ? &status
                           : tag == kDoMac                               ? &macObject
                                                                         : nullptr;
        if (!slot)
            return malformed(QStringLiteral("unexpected_object"),
                             QStringLiteral("unexpected DO'%1'").arg(Tlv::tagText(tag)));
        if (*slot)
            return malformed(QStringLiteral("duplicate"),
                             QStringLiteral("repeated DO'%1'").arg(Tlv::tagText(tag)));
        *slot = &object;
        if (tag != kDoMac)
            authenticated.append(object.encoded());
    }
    if (!status)
        return fail(FailureCode::CardSecureMessagingMissingStatus,
                    QStringLiteral("response without DO'99'"),
                    QStringLiteral("secure_messaging.do99"), QStringLiteral("missing"));
    if (!macObject)
        return fail(FailureCode::CardSecureMessagingMac, QStringLiteral("response without DO'8E'"),
                    QStringLiteral("secure_messaging.do8e"), QStringLiteral("missing"));
    if (macObject->value().size() != kMacSize)
        return fail(FailureCode::CardSecureMessagingMac,
                    QStringLiteral("DO'8E' of %1 bytes").arg(macObject->value().size()),
                    QStringLiteral("secure_messaging.do8e"), QStringLiteral("length"));

    auto expected = mac(authenticated);
    if (!expected)
        return fail(expected.error());
    if (!crypto::constantTimeEquals(*expected, macObject->value()))
        return fail(FailureCode::CardSecureMessagingMac, QStringLiteral("response MAC mismatch"),
                    QStringLiteral("secure_messaging.do8e"), QStringLiteral("mac"));

    if (status->value().size() != kStatusSize)
        return malformed(QStringLiteral("status_length"),
                         QStringLiteral("DO'99' of %1 bytes").arg(status->value().size()));
    const auto sw =
        static_cast<std::uint16_t>((static_cast<std::uint8_t>(status->value()[0]) << 8U) |
                                   static_cast<std::uint8_t>(status->value()[1]));

    QByteArray plain;
    if (encrypted) {
        QByteArrayView cryptogram = encrypted->value();
        if (encrypted->tag() == kDoEncrypted) {
            if (cryptogram.isEmpty() || cryptogram[0] != kPaddingIndicator)
                return malformed(QStringLiteral("padding_indicator"),
                                 QStringLiteral("DO'87' without padding indicator 01"));
            cryptogram = cryptogram.sliced(1);
        }
        auto ivBytes = iv();
        if (!ivBytes)
            return fail(ivBytes.error());
        auto decrypted = cbcDecrypt(m_keys.algorithm, m_keys.encKey.view(), *ivBytes, cryptogram);
        if (!decrypted)
            return malformed(QStringLiteral("cryptogram_length"),
                             QStringLiteral("DO'%1' cryptogram of %2 bytes")
                                 .arg(Tlv::tagText(encrypted->tag()))
                                 .arg(cryptogram.size()));
        auto unpadded = unpadIso9797(decrypted->view(), cipherBlockSize(m_keys.algorithm));
        if (!unpadded)
            return fail(unpadded.error());
        plain = std::move(unpadded).value();
    }
    return ResponseApdu(plain, sw);
}

} // namespace guichet::card::emrtd
