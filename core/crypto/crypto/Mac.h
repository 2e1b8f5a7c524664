// Message authentication codes: HMAC (SHA-1/SHA-2) and AES-CMAC, one-shot and streaming.
#pragma once

#include "common/Result.h"
#include "crypto/Digest.h"
#include "crypto/OpenSslPtr.h"

#include <QByteArray>
#include <QByteArrayView>

namespace guichet::crypto {

class Mac
{
public:
    // HMAC with any key length.
    [[nodiscard]] static Result<Mac> hmac(DigestAlgorithm digest, QByteArrayView key);
    // AES-CMAC (NIST SP 800-38B); the key length (16, 24 or 32 bytes) selects AES-128/192/256.
    [[nodiscard]] static Result<Mac> cmac(QByteArrayView key);

    [[nodiscard]] Result<void> update(QByteArrayView data);
    [[nodiscard]] Result<QByteArray> finish();
    // Finishes and compares with `expected` in constant time. A truncated `expected` (at least
    // 8 bytes, as eMRTD secure messaging uses) is compared with the same-length prefix.
    [[nodiscard]] Result<void> verify(QByteArrayView expected);

private:
    explicit Mac(EvpMacCtxPtr context);

    EvpMacCtxPtr m_context;
    bool m_finished = false;
};

[[nodiscard]] Result<QByteArray> hmac(DigestAlgorithm digest, QByteArrayView key,
                                      QByteArrayView data);
[[nodiscard]] Result<QByteArray> aesCmac(QByteArrayView key, QByteArrayView data);

} // namespace guichet::crypto
