// SessionKeys: what an access protocol (BAC now, PACE later) hands to secure messaging.
#pragma once

#include "card/emrtd/Cipher.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>

namespace guichet::card::emrtd {

// The send sequence counter is not secret (it is derived from the exchanged nonces) but it
// must never be reused: SecureMessaging owns it from here on.
struct SessionKeys {
    CipherAlgorithm algorithm = CipherAlgorithm::TripleDes;
    crypto::SecureBuffer encKey;
    crypto::SecureBuffer macKey;
    QByteArray ssc; // 8 bytes for 3DES, 16 for AES
};

} // namespace guichet::card::emrtd
