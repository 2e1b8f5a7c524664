// A one-shot look at the PC/SC service: is pcscd reachable, which readers, which cards.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace guichet::diagnostics {

struct ReaderInfo {
    QString name;
    bool cardPresent = false;
    QByteArray atr; // the card's answer to reset (identifies the card model, not a person)
};

struct PcscStatus {
    bool reachable = false;
    QString errorName; // e.g. "SCARD_E_NO_SERVICE"; empty when reachable
    QString errorMessage; // pcsc-lite's text for it
    QList<ReaderInfo> readers;
};

// Blocks for at most a few hundred milliseconds: call it off the UI thread. The reader
// thread of core/card owns PC/SC for everything else; this probe uses its own context.
[[nodiscard]] PcscStatus probePcsc();

// "SCARD_E_NO_SERVICE" for 0x8010001D, etc.; a hex code for values it does not know.
[[nodiscard]] QString pcscErrorName(long code);

} // namespace guichet::diagnostics
