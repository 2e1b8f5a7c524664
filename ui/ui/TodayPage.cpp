// The day's list of applications.
#include "ui/TodayPage.h"

#include "ui/ApplicationTableModel.h"
#include "ui/Labels.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace guichet::ui {

namespace {

using Status = vault::ApplicationStatus;

// The filter choices: an empty status name shows everything.
const QList<Status> &filterStatuses()
{
    static const QList<Status> statuses{Status::Draft, Status::Finalised, Status::Sealed,
                                        Status::Sent, Status::Acknowledged};
    return statuses;
}

QString withShortcut(const QString &text, const QKeySequence &keys)
{
    return QStringLiteral("%1 (%2)").arg(text, keys.toString(QKeySequence::NativeText));
}

} // namespace

TodayPage::TodayPage(QWidget *parent)
    : QWidget(parent), m_model(new ApplicationTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("todayPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ApplicationTableModel::StatusRole);
    m_proxy->setFilterKeyColumn(ApplicationTableModel::StatusColumn);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("todayHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("retentionBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setFrameShape(QFrame::Box);
    m_banner->setMargin(8);
    m_banner->hide();

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("statusCounts"));
    m_counts->setWordWrap(true);
    m_counts->setTextFormat(Qt::PlainText);

    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("statusFilter"));
    m_filterLabel = new QLabel(this);
    m_filterLabel->setBuddy(m_filter);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("applicationsView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ApplicationTableModel::LabelColumn,
                                                     QHeaderView::Stretch);

    m_new = new QAction(this);
    m_new->setObjectName(QStringLiteral("newApplicationAction"));
    m_new->setShortcut(QKeySequence::New);
    addAction(m_new);
    m_newButton = new QPushButton(this);
    m_newButton->setObjectName(QStringLiteral("newApplicationButton"));
    m_openButton = new QPushButton(this);
    m_openButton->setObjectName(QStringLiteral("openApplicationButton"));

    auto *filterRow = new QHBoxLayout();
    filterRow->addWidget(m_filterLabel);
    filterRow->addWidget(m_filter);
    filterRow->addStretch(1);
    filterRow->addWidget(m_openButton);
    filterRow->addWidget(m_newButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_banner);
    layout->addWidget(m_counts);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);

    setTabOrder(m_view, m_filter);
    setTabOrder(m_filter, m_openButton);
    setTabOrder(m_openButton, m_newButton);

    connect(m_new, &QAction::triggered, this, &TodayPage::newRequested);
    connect(m_newButton, &QPushButton::clicked, this, &TodayPage::newRequested);
    connect(m_openButton, &QPushButton::clicked, this, &TodayPage::openCurrent);
    connect(m_view, &QTableView::activated, this, &TodayPage::openCurrent);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &TodayPage::applyFilter);
    retranslate();
}

void TodayPage::setApplications(const QList<vault::ApplicationSummary> &applications,
                                const vault::RetentionReport &retention)
{
    m_model->setApplications(applications);
    m_retention = retention;
    updateNewEnabled();
    retranslate();
    if (m_proxy->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_proxy->index(0, 0));
}

void TodayPage::setActive(bool active)
{
    m_active = active;
    updateNewEnabled();
}

void TodayPage::updateNewEnabled()
{
    const bool allowed = m_retention.level != vault::RetentionReport::Level::Refuse;
    m_new->setEnabled(m_active && allowed);
    m_newButton->setEnabled(allowed);
}

void TodayPage::clear()
{
    setApplications({}, {});
    m_filter->setCurrentIndex(0);
}

void TodayPage::applyFilter()
{
    const int choice = m_filter->currentIndex();
    if (choice <= 0) {
        m_proxy->setFilterFixedString(QString());
        return;
    }
    const QString name = vault::statusName(filterStatuses().at(choice - 1));
    m_proxy->setFilterRegularExpression(
        QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(name) + QLatin1Char('$')));
}

void TodayPage::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        Q_EMIT openRequested(current.data(ApplicationTableModel::IdRole).toString());
}

void TodayPage::updateCounts()
{
    auto count = [this](Status status) {
        qsizetype n = 0;
        for (const auto &a : m_model->applications())
            n += a.status == status ? 1 : 0;
        return n;
    };
    // No document type needs an approval yet: what awaits approval is what is finalised.
    m_counts->setText(
        tr("Drafts: %1 · Finalised: %2 · Awaiting approval: %3 · Sealed: %4 · Sent: %5 · "
           "Acknowledged: %6")
            .arg(count(Status::Draft))
            .arg(count(Status::Finalised))
            .arg(count(Status::Finalised))
            .arg(count(Status::Sealed))
            .arg(count(Status::Sent))
            .arg(count(Status::Acknowledged)));
    m_counts->setAccessibleName(tr("Applications per status"));
    m_counts->setAccessibleDescription(m_counts->text());
}

void TodayPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TodayPage::retranslate()
{
    m_heading->setText(tr("Today's applications"));
    m_filterLabel->setText(tr("&Show:"));
    const int choice = std::max(0, m_filter->currentIndex());
    {
        const QSignalBlocker blocker(m_filter);
        m_filter->clear();
        m_filter->addItem(tr("All statuses"));
        for (Status status : filterStatuses())
            m_filter->addItem(Labels::status(status));
        m_filter->setCurrentIndex(choice);
    }
    m_filter->setAccessibleName(tr("Show applications with status"));
    m_view->setAccessibleName(tr("Applications"));
    m_new->setText(tr("&New application"));
    m_newButton->setText(m_new->text());
    m_newButton->setAccessibleName(tr("New application"));
    m_newButton->setToolTip(withShortcut(tr("Start a new application"), m_new->shortcut()));
    m_openButton->setText(tr("&Open"));
    m_openButton->setAccessibleName(tr("Open the selected application"));
    m_openButton->setToolTip(
        withShortcut(tr("Open the selected application"), QKeySequence(Qt::Key_Return)));
    m_model->retranslate();
    updateCounts();

    QStringList reasons;
    for (const QString &reason : m_retention.reasons) {
        if (reason == QLatin1String("offline_days"))
            reasons
                << tr("days since the last acknowledged batch: %1").arg(m_retention.offlineDays);
        else if (reason == QLatin1String("pending"))
            reasons << tr("applications not yet acknowledged by the agency: %1")
                           .arg(m_retention.pending);
        else if (reason == QLatin1String("draft_age"))
            reasons << tr("age of the oldest draft in days: %1").arg(m_retention.oldestDraftDays);
    }
    switch (m_retention.level) {
    case vault::RetentionReport::Level::Ok:
        m_banner->hide();
        break;
    case vault::RetentionReport::Level::Warning:
        m_banner->setText(
            tr("Warning: send the day's batch soon (%1).").arg(reasons.join(QStringLiteral("; "))));
        m_banner->show();
        break;
    case vault::RetentionReport::Level::Refuse:
        m_banner->setText(tr("Blocked: no new application until the day's batch is "
                             "acknowledged (%1).")
                              .arg(reasons.join(QStringLiteral("; "))));
        m_banner->show();
        break;
    }
    m_banner->setAccessibleName(tr("Retention warning"));
    m_banner->setAccessibleDescription(m_banner->text());
}

} // namespace guichet::ui
