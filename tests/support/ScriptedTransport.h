// A CardTransport test double that replays a script of expected commands and canned responses.
#pragma once

#include "card/iso7816/CardTransport.h"

#include <QByteArray>
#include <QList>
#include <QPair>

namespace guichet::test {

// Each transmit() must match the next scripted command byte for byte; a mismatch or a command
// past the end of the script fails with GU-100 so that the test sees exactly where it went off.
class ScriptedTransport final : public card::iso7816::CardTransport
{
public:
    void expect(const QByteArray &commandHex, const QByteArray &responseHex)
    {
        m_script.append({QByteArray::fromHex(commandHex), QByteArray::fromHex(responseHex)});
    }

    Result<card::iso7816::ResponseApdu> transmit(const card::iso7816::CommandApdu &command) override
    {
        auto bytes = command.encode();
        if (!bytes)
            return fail(bytes.error());
        if (m_next >= m_script.size())
            return fail(FailureCode::Internal, QStringLiteral("unexpected command ") +
                                                   QString::fromLatin1(bytes->toHex()));
        const auto &[expected, response] = m_script.at(m_next++);
        if (*bytes != expected)
            return fail(FailureCode::Internal, QStringLiteral("command %1 is %2, script says %3")
                                                   .arg(m_next)
                                                   .arg(QString::fromLatin1(bytes->toHex()),
                                                        QString::fromLatin1(expected.toHex())));
        return card::iso7816::ResponseApdu::parse(response);
    }

    std::size_t maxCommandLength() const override { return m_maxCommand; }
    std::size_t maxResponseLength() const override { return m_extended ? 65536 : 256; }
    bool supportsExtendedLength() const override { return m_extended; }

    void setLimits(std::size_t maxCommand, bool extended)
    {
        m_maxCommand = maxCommand;
        m_extended = extended;
    }
    [[nodiscard]] bool finished() const { return m_next == m_script.size(); }

private:
    QList<QPair<QByteArray, QByteArray>> m_script;
    qsizetype m_next = 0;
    std::size_t m_maxCommand = 261;
    bool m_extended = false;
};

} // namespace guichet::test
