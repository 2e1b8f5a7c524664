// BacKeys: the BAC access keys derived from the MRZ, and the ICAO 9303-11 key derivation function.
#pragma once

#include "card/emrtd/Cipher.h"
#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <span>

namespace guichet::card::emrtd {

// K_seed = SHA-1(MRZ_information)[0:16], K_enc = KDF(K_seed, 1), K_mac = KDF(K_seed, 2)
// (ICAO 9303-11 §4.3.2, §9.7.1). The MRZ information is the BAC password: it is personal data
// and never logged; every key lives in a SecureBuffer.
class BacKeys
{
public:
    static constexpr std::uint32_t kEncCounter = 1;
    static constexpr std::uint32_t kMacCounter = 2;
    static constexpr std::uint32_t kPaceCounter = 3;
    static constexpr qsizetype kDocumentNumberMinLength = 9;

    // Document number (padded with '<' to 9 characters) + check digit + birth date (YYMMDD) +
    // check digit + expiry date (YYMMDD) + check digit. Fields are as printed in the MRZ;
    // wrong characters or lengths fail with GU-101 naming the field.
    [[nodiscard]] static Result<QString>
    mrzInformation(QStringView documentNumber, QStringView birthDate, QStringView expiryDate);
    [[nodiscard]] static Result<BacKeys> fromMrzInformation(QStringView mrzInformation);

    // KDF(K, c) = H(K || c as 4 bytes): SHA-1 for 3DES and AES-128, SHA-256 for AES-192/256,
    // truncated to the key size; 3DES keys get DES odd parity. Serves BAC, PACE's K_pi
    // (counter 3, seed SHA-1 of the password) and PACE session keys.
    [[nodiscard]] static Result<crypto::SecureBuffer>
    deriveKey(QByteArrayView seed, std::uint32_t counter, CipherAlgorithm algorithm);
    // Sets the low bit of each byte so that it has an odd number of set bits.
    static void adjustParity(std::span<std::uint8_t> key) noexcept;
    // ICAO 9303-3 §4.9: weights 7, 3, 1; digits, A-Z = 10-35, '<' = 0. -1 on another character.
    [[nodiscard]] static int checkDigit(QStringView field) noexcept;

    [[nodiscard]] const crypto::SecureBuffer &seed() const noexcept { return m_seed; }
    [[nodiscard]] const crypto::SecureBuffer &encKey() const noexcept { return m_enc; }
    [[nodiscard]] const crypto::SecureBuffer &macKey() const noexcept { return m_mac; }

    [[nodiscard]] BacKeys copy() const;

private:
    BacKeys() = default;

    crypto::SecureBuffer m_seed;
    crypto::SecureBuffer m_enc;
    crypto::SecureBuffer m_mac;
};

} // namespace guichet::card::emrtd
