// Periodic PC/SC probe on its own thread, for status indicators until the reader monitor of
// core/card takes over (it will emit the same summary from its SCardGetStatusChange loop).
#pragma once

#include <QObject>

class QTimer;

namespace guichet::diagnostics {

class PcscWatcher : public QObject
{
    Q_OBJECT
public:
    // Lives on the thread it is moved to; start() from that thread (queued).
    explicit PcscWatcher(int intervalMs = 2000, QObject *parent = nullptr);

public Q_SLOTS:
    void start();
    void stop();
    void probeNow();

Q_SIGNALS:
    // Emitted on every change of the summary (and once after the first probe).
    void summaryChanged(bool reachable, int readers, int cards);

private:
    QTimer *m_timer = nullptr;
    int m_intervalMs;
    bool m_first = true;
    bool m_reachable = false;
    int m_readers = -1;
    int m_cards = -1;
};

} // namespace guichet::diagnostics
