// Reader state from a PC/SC watcher thread; network state from QNetworkInformation.
#include "DeskWiring.h"

#include "common/Log.h"
#include "diagnostics/PcscWatcher.h"
#include "ui/MainWindow.h"
#include "ui/StatusIndicator.h"

#include <QNetworkInformation>

namespace guichet::desk {

DeskWiring::DeskWiring(ui::MainWindow *window, QObject *parent) : QObject(parent)
{
    wireNetwork(window);
    wireReaders(window);
}

DeskWiring::~DeskWiring()
{
    m_pcscThread.quit();
    m_pcscThread.wait();
}

void DeskWiring::wireNetwork(ui::MainWindow *window)
{
    auto *indicator = window->networkIndicator();
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        qCInfo(lcApp) << "no network reachability backend; network state stays unknown";
        return;
    }
    auto apply = [indicator](QNetworkInformation::Reachability reachability) {
        using R = QNetworkInformation::Reachability;
        using S = ui::NetworkIndicator::State;
        switch (reachability) {
        case R::Online:
        case R::Site:
            indicator->setState(S::Online);
            break;
        case R::Disconnected:
        case R::Local:
            indicator->setState(S::Offline);
            break;
        case R::Unknown:
            indicator->setState(S::Unknown);
            break;
        }
    };
    auto *info = QNetworkInformation::instance();
    connect(info, &QNetworkInformation::reachabilityChanged, indicator, apply);
    apply(info->reachability());
}

void DeskWiring::wireReaders(ui::MainWindow *window)
{
    auto *watcher = new diagnostics::PcscWatcher();
    watcher->moveToThread(&m_pcscThread);
    connect(&m_pcscThread, &QThread::finished, watcher, &QObject::deleteLater);
    connect(&m_pcscThread, &QThread::started, watcher, &diagnostics::PcscWatcher::start);
    auto *indicator = window->readerIndicator();
    connect(watcher, &diagnostics::PcscWatcher::summaryChanged, indicator,
            [indicator](bool reachable, int readers, int cards) {
                using S = ui::ReaderIndicator::State;
                if (!reachable)
                    indicator->setState(S::NoService);
                else if (readers == 0)
                    indicator->setState(S::NoReader);
                else
                    indicator->setState(cards > 0 ? S::CardPresent : S::Ready);
            });
    m_pcscThread.setObjectName(QStringLiteral("pcsc-watcher"));
    m_pcscThread.start();
}

} // namespace guichet::desk
