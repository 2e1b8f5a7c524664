// Polling of pcscd for the status bar.
#include "diagnostics/PcscWatcher.h"

#include "diagnostics/PcscProbe.h"

#include <QTimer>

#include <algorithm>

namespace guichet::diagnostics {

PcscWatcher::PcscWatcher(int intervalMs, QObject *parent)
    : QObject(parent), m_intervalMs(intervalMs)
{ }

void PcscWatcher::start()
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setInterval(m_intervalMs);
        connect(m_timer, &QTimer::timeout, this, &PcscWatcher::probeNow);
    }
    m_timer->start();
    probeNow();
}

void PcscWatcher::stop()
{
    if (m_timer)
        m_timer->stop();
}

void PcscWatcher::probeNow()
{
    const PcscStatus status = probePcsc();
    const int readers = static_cast<int>(status.readers.size());
    const int cards =
        static_cast<int>(std::count_if(status.readers.cbegin(), status.readers.cend(),
                                       [](const ReaderInfo &r) { return r.cardPresent; }));
    if (m_first || status.reachable != m_reachable || readers != m_readers || cards != m_cards) {
        m_first = false;
        m_reachable = status.reachable;
        m_readers = readers;
        m_cards = cards;
        Q_EMIT summaryChanged(m_reachable, m_readers, m_cards);
    }
}

} // namespace guichet::diagnostics
