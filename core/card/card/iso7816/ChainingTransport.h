// ChainingTransport: a CardTransport decorator that follows 61xx with GET RESPONSE and 6Cxx with a
// re-send.
#pragma once

#include "card/iso7816/CardTransport.h"

namespace guichet::card::iso7816 {

// T=0 cards (and some T=1 cards) answer 61xx ("xx more bytes wait") or 6Cxx ("ask again with
// Le = xx"). Protocol code should not care: this decorator fetches the rest with GET RESPONSE
// and re-sends once with the right Le, and returns one response with all the data. It also
// refuses, before sending, a command the inner transport cannot carry. A hostile card could
// answer 61xx forever: the total is capped at kMaxResponseBytes.
class ChainingTransport final : public CardTransport
{
public:
    static constexpr std::size_t kMaxResponseBytes = 65536 + 256;
    static constexpr std::uint8_t kInsGetResponse = 0xC0;

    // `inner` must outlive this object.
    explicit ChainingTransport(CardTransport &inner) : m_inner(inner) { }

    [[nodiscard]] Result<ResponseApdu> transmit(const CommandApdu &command) override;
    [[nodiscard]] std::size_t maxCommandLength() const override
    {
        return m_inner.maxCommandLength();
    }
    [[nodiscard]] std::size_t maxResponseLength() const override
    {
        return m_inner.maxResponseLength();
    }
    [[nodiscard]] bool supportsExtendedLength() const override
    {
        return m_inner.supportsExtendedLength();
    }

private:
    [[nodiscard]] Result<ResponseApdu> send(const CommandApdu &command);

    CardTransport &m_inner;
};

} // namespace guichet::card::iso7816
