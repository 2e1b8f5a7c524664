// Fuzz target: the strict BER-TLV parser must refuse or accept any bytes cleanly, and round-trip.
#include "card/iso7816/Tlv.h"
#include "card/iso7816/TlvWriter.h"

#include <QByteArrayView>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

// What the parser accepted re-encodes to the same bytes (shortest lengths are enforced).
void checkRoundTrip(const guichet::card::iso7816::Tlv &tlv)
{
    using guichet::card::iso7816::TlvWriter;
    if (TlvWriter::encode(tlv.tag(), tlv.value()) != tlv.encoded())
        std::abort();
    for (const auto &child : tlv.children())
        checkRoundTrip(child);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using guichet::card::iso7816::Tlv;
    const QByteArrayView bytes(data, static_cast<qsizetype>(size));
    auto one = Tlv::parse(bytes);
    if (one.ok())
        checkRoundTrip(*one);
    else if (one.error().field.isEmpty() || one.error().check.isEmpty())
        std::abort(); // every refusal names the tag and the check
    auto sequence = Tlv::parseSequence(bytes);
    if (sequence.ok()) {
        for (const auto &tlv : *sequence)
            checkRoundTrip(tlv);
    }
    qsizetype consumed = 0;
    auto prefix = Tlv::parsePrefix(bytes, &consumed, Tlv::Children::Keep);
    if (prefix.ok() && (consumed <= 0 || consumed > bytes.size()))
        std::abort();
    return 0;
}
