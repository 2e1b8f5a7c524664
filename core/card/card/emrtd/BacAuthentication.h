// BacAuthentication: the terminal side of BAC mutual authentication (ICAO 9303-11 §4.3).
#pragma once

#include "card/emrtd/BacKeys.h"
#include "card/emrtd/SessionKeys.h"
#include "card/iso7816/CommandApdu.h"
#include "card/iso7816/ResponseApdu.h"
#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>

namespace guichet::card::emrtd {

// The exchange is GET CHALLENGE (the chip's RND.ICC), then EXTERNAL AUTHENTICATE with
// E_IFD || M_IFD where E_IFD = 3DES-CBC(K_enc, RND.IFD || RND.ICC || K.IFD) and M_IFD the retail
// MAC of E_IFD under K_mac; the chip answers E_ICC || M_ICC, which must carry both nonces back.
// This class only computes and checks: sending is the caller's job, so the same code runs
// against a reader, a virtual card or a replayed trace.
class BacAuthentication
{
public:
    static constexpr qsizetype kNonceSize = 8;
    static constexpr qsizetype kKeyMaterialSize = 16;
    static constexpr qsizetype kCryptogramSize = 40; // 32 bytes E + 8 bytes M

    // RND.IFD and K.IFD drawn from the DRBG.
    [[nodiscard]] static Result<BacAuthentication> create(const BacKeys &keys);
    // Fixed RND.IFD and K.IFD: for the ICAO worked example and tests only.
    [[nodiscard]] static Result<BacAuthentication>
    createWith(const BacKeys &keys, QByteArrayView rndIfd, crypto::SecureBuffer kIfd);

    // 00 84 00 00 08
    [[nodiscard]] static iso7816::CommandApdu getChallengeCommand();
    // From the chip's 8-byte challenge: 00 82 00 00 28 <E_IFD || M_IFD> 28.
    [[nodiscard]] Result<iso7816::CommandApdu> externalAuthenticateCommand(QByteArrayView rndIcc);
    // Checks the chip's answer (status, length, MAC, both nonces) and derives the session:
    // KS_seed = K.IFD xor K.ICC, KS_enc/KS_mac by the KDF, SSC = RND.ICC[4:8] || RND.IFD[4:8].
    // Any failure is GU-516 card.bac_failed with the check that failed.
    [[nodiscard]] Result<SessionKeys> completeAuthentication(const iso7816::ResponseApdu &response);

private:
    BacAuthentication(BacKeys keys, QByteArray rndIfd, crypto::SecureBuffer kIfd);

    BacKeys m_keys;
    QByteArray m_rndIfd;
    QByteArray m_rndIcc;
    crypto::SecureBuffer m_kIfd;
};

} // namespace guichet::card::emrtd
