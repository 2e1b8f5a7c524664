// Secure messaging as a transport: protect, send through the inner transport, check the answer.
#include "card/emrtd/SecureMessagingTransport.h"

#include "common/Log.h"

namespace guichet::card::emrtd {

Result<iso7816::ResponseApdu>
SecureMessagingTransport::transmit(const iso7816::CommandApdu &command)
{
    if (m_broken)
        return fail(FailureCode::CryptoStateError,
                    QStringLiteral("secure-messaging session lost after an earlier failure"),
                    QStringLiteral("secure_messaging"), QStringLiteral("session_lost"));
    // Plain commands are logged here (redacted unless guichet.secure is on); the protected
    // bytes below carry nothing readable.
    qCDebug(lcApdu).noquote() << "SM ->" << command.describe();
    const QByteArray counter = m_session.ssc();
    auto protectedCommand = m_session.protect(command);
    if (!protectedCommand) {
        // A command refused before the counter moved (e.g. already protected) leaves the
        // session intact.
        m_broken = m_session.ssc() != counter;
        return fail(protectedCommand.error());
    }
    auto response = m_inner.transmit(*protectedCommand);
    if (!response) {
        m_broken = true;
        return response;
    }
    auto plain = m_session.unprotect(*response);
    if (!plain) {
        m_broken = true;
        qCWarning(lcCard).noquote()
            << "secure messaging refused a response:" << plain.error().toString();
        return plain;
    }
    qCDebug(lcApdu).noquote() << "SM <-" << plain->describe();
    return plain;
}

std::size_t SecureMessagingTransport::maxCommandLength() const
{
    const std::size_t inner = m_inner.maxCommandLength();
    return inner > kOverhead ? inner - kOverhead : 0;
}

std::size_t SecureMessagingTransport::maxResponseLength() const
{
    const std::size_t inner = m_inner.maxResponseLength();
    return inner > kOverhead ? inner - kOverhead : 0;
}

} // namespace guichet::card::emrtd
