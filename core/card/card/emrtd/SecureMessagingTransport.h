// SecureMessagingTransport: a CardTransport decorator that sends every command under secure
// messaging.
#pragma once

#include "card/emrtd/SecureMessaging.h"
#include "card/iso7816/CardTransport.h"

namespace guichet::card::emrtd {

// Reading code (SELECT, READ BINARY) then works the same before and after access control: it
// hands plain commands to this transport and gets plain, authenticated responses back. Put a
// ChainingTransport below it (GET RESPONSE must fetch the protected bytes, not plain ones).
// After any failure the session is lost (the SSCs no longer agree): access control must be
// run again, and this object must not be used further.
class SecureMessagingTransport final : public iso7816::CardTransport
{
public:
    // Protected objects add up to 4 DO headers, a padding block and the 8-byte MAC.
    static constexpr std::size_t kOverhead = 32;

    // `inner` must outlive this object.
    SecureMessagingTransport(iso7816::CardTransport &inner, SecureMessaging session)
        : m_inner(inner), m_session(std::move(session))
    { }

    [[nodiscard]] Result<iso7816::ResponseApdu>
    transmit(const iso7816::CommandApdu &command) override;
    [[nodiscard]] std::size_t maxCommandLength() const override;
    [[nodiscard]] std::size_t maxResponseLength() const override;
    [[nodiscard]] bool supportsExtendedLength() const override
    {
        return m_inner.supportsExtendedLength();
    }

    [[nodiscard]] const SecureMessaging &session() const noexcept { return m_session; }

private:
    iso7816::CardTransport &m_inner;
    SecureMessaging m_session;
    bool m_broken = false;
};

} // namespace guichet::card::emrtd
