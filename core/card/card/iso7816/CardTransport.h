// CardTransport: the one seam between card protocols and whatever carries APDUs to a chip.
#pragma once

#include "card/iso7816/CommandApdu.h"
#include "card/iso7816/ResponseApdu.h"
#include "common/Result.h"

#include <cstddef>

namespace guichet::card::iso7816 {

// Implemented by the PC/SC reader (later), the in-process virtual card (later), decorators such
// as ChainingTransport and test doubles. Protocol code (BAC, secure messaging, file reading)
// sees only this interface, so it runs unchanged against a reader, a replayed trace or a
// simulated chip.
class CardTransport
{
public:
    virtual ~CardTransport() = default;

    // Sends one command and returns the card's answer, whatever its status word; only
    // transport failures (reader gone, card removed, timeout) are errors.
    [[nodiscard]] virtual Result<ResponseApdu> transmit(const CommandApdu &command) = 0;
    // The longest encoded command (header included) the path to the card carries.
    [[nodiscard]] virtual std::size_t maxCommandLength() const = 0;
    // The largest Ne a single command may ask for.
    [[nodiscard]] virtual std::size_t maxResponseLength() const = 0;
    // Whether reader and card both accept extended-length APDUs.
    [[nodiscard]] virtual bool supportsExtendedLength() const = 0;

protected:
    CardTransport() = default;
    CardTransport(const CardTransport &) = default;
    CardTransport &operator=(const CardTransport &) = default;
    CardTransport(CardTransport &&) = default;
    CardTransport &operator=(CardTransport &&) = default;
};

} // namespace guichet::card::iso7816
