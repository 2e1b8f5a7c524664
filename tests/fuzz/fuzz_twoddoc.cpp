// libFuzzer target: the 2D-Doc parser, the verifier and the document-number readers.
#include "barcode/PreApplicationCode.h"
#include "barcode/TaxStamp.h"
#include "barcode/TwoDDoc.h"
#include "barcode/TwoDDocVerifier.h"

#include <QByteArrayView>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace guichet::barcode;
    const QByteArrayView input(data, static_cast<qsizetype>(size));

    auto document = TwoDDoc::parse(input);
    if (document.ok()) {
        // Every accepted document must account for its bytes: the signed part is a prefix.
        if (!input.startsWith(document->signedBytes()))
            std::abort();
    }
    // An empty store still walks lookup and the refusal paths.
    static const TwoDDocTrustStore store;
    (void)TwoDDocVerifier(store).verify(input);
    (void)TwoDDoc::parse(TwoDDoc::unescapeControlNames(input));

    const QString text = QString::fromUtf8(input);
    (void)PreApplicationCode::fromText(text);
    (void)PreApplicationCode::fromQrPayload(text);
    (void)TaxStamp::fromText(text);
    return 0;
}
