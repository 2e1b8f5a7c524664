// PC/SC reachability and reader listing through pcsc-lite.
#include "diagnostics/PcscProbe.h"

#include <PCSC/winscard.h>
#include <PCSC/wintypes.h>

#include <array>
#include <vector>

namespace guichet::diagnostics {

namespace {

struct NamedCode {
    LONG code;
    const char *name;
};

constexpr std::array kCodes{
    NamedCode{static_cast<LONG>(SCARD_S_SUCCESS), "SCARD_S_SUCCESS"},
    NamedCode{static_cast<LONG>(SCARD_E_NO_SERVICE), "SCARD_E_NO_SERVICE"},
    NamedCode{static_cast<LONG>(SCARD_E_SERVICE_STOPPED), "SCARD_E_SERVICE_STOPPED"},
    NamedCode{static_cast<LONG>(SCARD_E_NO_READERS_AVAILABLE), "SCARD_E_NO_READERS_AVAILABLE"},
    NamedCode{static_cast<LONG>(SCARD_E_TIMEOUT), "SCARD_E_TIMEOUT"},
    NamedCode{static_cast<LONG>(SCARD_E_NO_SMARTCARD), "SCARD_E_NO_SMARTCARD"},
    NamedCode{static_cast<LONG>(SCARD_E_NOT_TRANSACTED), "SCARD_E_NOT_TRANSACTED"},
    NamedCode{static_cast<LONG>(SCARD_E_READER_UNAVAILABLE), "SCARD_E_READER_UNAVAILABLE"},
    NamedCode{static_cast<LONG>(SCARD_E_UNKNOWN_READER), "SCARD_E_UNKNOWN_READER"},
    NamedCode{static_cast<LONG>(SCARD_E_SHARING_VIOLATION), "SCARD_E_SHARING_VIOLATION"},
    NamedCode{static_cast<LONG>(SCARD_E_INVALID_HANDLE), "SCARD_E_INVALID_HANDLE"},
    NamedCode{static_cast<LONG>(SCARD_E_NO_MEMORY), "SCARD_E_NO_MEMORY"},
    NamedCode{static_cast<LONG>(SCARD_E_INSUFFICIENT_BUFFER), "SCARD_E_INSUFFICIENT_BUFFER"},
    NamedCode{static_cast<LONG>(SCARD_F_INTERNAL_ERROR), "SCARD_F_INTERNAL_ERROR"},
    NamedCode{static_cast<LONG>(SCARD_W_REMOVED_CARD), "SCARD_W_REMOVED_CARD"},
    NamedCode{static_cast<LONG>(SCARD_W_RESET_CARD), "SCARD_W_RESET_CARD"},
    NamedCode{static_cast<LONG>(SCARD_W_UNRESPONSIVE_CARD), "SCARD_W_UNRESPONSIVE_CARD"},
    NamedCode{static_cast<LONG>(SCARD_W_UNPOWERED_CARD), "SCARD_W_UNPOWERED_CARD"},
};

class Context
{
public:
    LONG establish()
    {
        return SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &m_handle);
    }
    ~Context()
    {
        if (m_handle != 0)
            SCardReleaseContext(m_handle);
    }
    Context() = default;
    Context(const Context &) = delete;
    Context &operator=(const Context &) = delete;
    [[nodiscard]] SCARDCONTEXT handle() const { return m_handle; }

private:
    SCARDCONTEXT m_handle = 0;
};

void setError(PcscStatus &status, LONG code)
{
    status.errorName = pcscErrorName(code);
    status.errorMessage = QString::fromLatin1(pcsc_stringify_error(code));
}

// pcsc-lite returns a multi-string: names separated by NUL, ended by an empty name.
QList<QString> splitMultiString(const std::vector<char> &buffer)
{
    QList<QString> names;
    std::size_t start = 0;
    for (std::size_t i = 0; i < buffer.size(); ++i) {
        if (buffer[i] != '\0')
            continue;
        if (i == start)
            break;
        names.append(QString::fromUtf8(buffer.data() + start, static_cast<qsizetype>(i - start)));
        start = i + 1;
    }
    return names;
}

} // namespace

QString pcscErrorName(long code)
{
    for (const auto &entry : kCodes) {
        if (entry.code == code)
            return QString::fromLatin1(entry.name);
    }
    return QStringLiteral("0x%1").arg(static_cast<quint32>(code), 8, 16, QLatin1Char('0'));
}

PcscStatus probePcsc()
{
    PcscStatus status;
    Context context;
    if (const LONG rv = context.establish(); rv != SCARD_S_SUCCESS) {
        setError(status, rv);
        return status;
    }
    status.reachable = true;

    DWORD size = 0;
    LONG rv = SCardListReaders(context.handle(), nullptr, nullptr, &size);
    if (rv == static_cast<LONG>(SCARD_E_NO_READERS_AVAILABLE))
        return status;
    if (rv != SCARD_S_SUCCESS) {
        setError(status, rv);
        return status;
    }
    std::vector<char> buffer(size, '\0');
    rv = SCardListReaders(context.handle(), nullptr, buffer.data(), &size);
    if (rv == static_cast<LONG>(SCARD_E_NO_READERS_AVAILABLE))
        return status;
    if (rv != SCARD_S_SUCCESS) {
        setError(status, rv);
        return status;
    }

    const QList<QString> names = splitMultiString(buffer);
    std::vector<QByteArray> utf8Names;
    std::vector<SCARD_READERSTATE> states(static_cast<std::size_t>(names.size()));
    utf8Names.reserve(states.size());
    for (qsizetype i = 0; i < names.size(); ++i) {
        utf8Names.push_back(names[i].toUtf8());
        auto &state = states[static_cast<std::size_t>(i)];
        state.szReader = utf8Names.back().constData();
        state.dwCurrentState = SCARD_STATE_UNAWARE;
    }
    if (!states.empty()) {
        rv = SCardGetStatusChange(context.handle(), 0, states.data(),
                                  static_cast<DWORD>(states.size()));
        if (rv != SCARD_S_SUCCESS && rv != static_cast<LONG>(SCARD_E_TIMEOUT))
            setError(status, rv);
    }
    for (std::size_t i = 0; i < states.size(); ++i) {
        ReaderInfo reader;
        reader.name = names[static_cast<qsizetype>(i)];
        reader.cardPresent = (states[i].dwEventState & SCARD_STATE_PRESENT) != 0;
        if (reader.cardPresent && states[i].cbAtr <= sizeof(states[i].rgbAtr))
            reader.atr = QByteArray(reinterpret_cast<const char *>(states[i].rgbAtr),
                                    static_cast<qsizetype>(states[i].cbAtr));
        status.readers.append(reader);
    }
    return status;
}

} // namespace guichet::diagnostics
