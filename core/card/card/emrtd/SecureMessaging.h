// SecureMessaging: ICAO 9303-11 §9.8 protection of commands and checking of responses (3DES, AES).
#pragma once

#include "card/emrtd/SessionKeys.h"
#include "card/iso7816/CommandApdu.h"
#include "card/iso7816/ResponseApdu.h"
#include "common/Result.h"

#include <QByteArray>

namespace guichet::card::emrtd {

// Commands: CLA | 0C, the data encrypted in DO'87' (DO'85' for odd INS), Ne in DO'97', and a MAC
// in DO'8E' over SSC || padded header || DOs. Responses: DO'87' (data), DO'99' (status word),
// DO'8E' (MAC over SSC || DO'87' || DO'99'). The SSC goes up by one before each command and each
// response, so a command and its response must always be processed in order, one after the
// other; after any failure the session is lost and the chip must be accessed again (BAC/PACE).
//
// 3DES: IV zero, retail MAC, 8-byte SSC. AES (BSI TR-03110-3): IV = AES(KSenc, SSC), CMAC
// truncated to 8 bytes, 16-byte SSC.
class SecureMessaging
{
public:
    [[nodiscard]] static Result<SecureMessaging> create(SessionKeys keys);

    [[nodiscard]] Result<iso7816::CommandApdu> protect(const iso7816::CommandApdu &command);
    // Refuses (GU-513) a response whose MAC is wrong or missing, (GU-514) one without DO'99'
    // (including a plain error status from the chip) and (GU-515) a malformed one.
    [[nodiscard]] Result<iso7816::ResponseApdu> unprotect(const iso7816::ResponseApdu &response);

    [[nodiscard]] const QByteArray &ssc() const noexcept { return m_keys.ssc; }
    [[nodiscard]] CipherAlgorithm algorithm() const noexcept { return m_keys.algorithm; }

private:
    explicit SecureMessaging(SessionKeys keys);

    void incrementSsc() noexcept;
    [[nodiscard]] Result<QByteArray> iv() const;
    [[nodiscard]] Result<QByteArray> mac(const QByteArray &input) const;

    SessionKeys m_keys;
};

} // namespace guichet::card::emrtd
