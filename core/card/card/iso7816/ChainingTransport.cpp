// GET RESPONSE chaining and Le correction over any CardTransport (ISO 7816-4 §5.3.4, §7.6.1).
#include "card/iso7816/ChainingTransport.h"

#include "common/Log.h"

namespace guichet::card::iso7816 {

namespace {

// GET RESPONSE keeps the logical channel of the command it continues, never its secure
// messaging bits: the card sends the rest of the already-protected answer.
constexpr std::uint8_t kChannelBits = 0x03;

} // namespace

Result<ResponseApdu> ChainingTransport::send(const CommandApdu &command)
{
    auto encoded = command.encode();
    if (!encoded)
        return fail(encoded.error());
    if (command.needsExtendedLength() && !m_inner.supportsExtendedLength())
        return fail(FailureCode::CardApduMalformed,
                    QStringLiteral("command needs extended length, which the reader lacks"),
                    QStringLiteral("command_apdu"), QStringLiteral("extended_length"));
    if (static_cast<std::size_t>(encoded->size()) > m_inner.maxCommandLength())
        return fail(FailureCode::CardApduMalformed,
                    QStringLiteral("command of %1 bytes exceeds the reader's %2")
                        .arg(encoded->size())
                        .arg(m_inner.maxCommandLength()),
                    QStringLiteral("command_apdu"), QStringLiteral("max_command_length"));
    qCDebug(lcApdu).noquote() << "->" << command.describe();
    auto response = m_inner.transmit(command);
    if (response)
        qCDebug(lcApdu).noquote() << "<-" << response->describe();
    return response;
}

Result<ResponseApdu> ChainingTransport::transmit(const CommandApdu &command)
{
    auto response = send(command);
    if (!response)
        return response;
    // 6Cxx: one re-send with the Le the card asked for; a second 6Cxx goes back to the caller.
    if (response->isWrongLength()) {
        response = send(command.withNe(response->availableLength()));
        if (!response)
            return response;
    }
    QByteArray data = response->data();
    while (response->hasMoreData()) {
        const CommandApdu getResponse(command.cla() & kChannelBits, kInsGetResponse, 0, 0, {},
                                      response->availableLength());
        response = send(getResponse);
        if (!response)
            return response;
        data.append(response->data());
        if (static_cast<std::size_t>(data.size()) > kMaxResponseBytes)
            return fail(
                FailureCode::CardApduMalformed,
                QStringLiteral("GET RESPONSE chain exceeds %1 bytes").arg(kMaxResponseBytes),
                QStringLiteral("response_apdu"), QStringLiteral("get_response_limit"));
    }
    return ResponseApdu(data, response->sw());
}

} // namespace guichet::card::iso7816
