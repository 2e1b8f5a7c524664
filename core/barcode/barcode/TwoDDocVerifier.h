// Verifies 2D-Docs against a trust store (ANTS spec §5.1 steps 1, 2, 4–7).
#pragma once

#include "barcode/TwoDDocTrustStore.h"
#include "barcode/TwoDDocVerification.h"

#include <QByteArrayView>

namespace guichet::barcode {

class TwoDDocVerifier
{
public:
    // The store must outlive the verifier.
    explicit TwoDDocVerifier(const TwoDDocTrustStore &store) : m_store(&store) { }

    // Parses then verifies `raw`, the exact content of the symbol.
    [[nodiscard]] TwoDDocVerification verify(QByteArrayView raw) const;
    // Verifies an already parsed document.
    [[nodiscard]] TwoDDocVerification verify(TwoDDoc document) const;

private:
    const TwoDDocTrustStore *m_store;
};

} // namespace guichet::barcode
