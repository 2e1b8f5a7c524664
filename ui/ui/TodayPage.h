// Today: the vault's applications, counts per status, filters and the retention warning.
#pragma once

#include "vault/Vault.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace guichet::ui {

class ApplicationTableModel;

class TodayPage : public QWidget
{
    Q_OBJECT
public:
    explicit TodayPage(QWidget *parent = nullptr);

    [[nodiscard]] ApplicationTableModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QAction *newAction() const { return m_new; }

    void setApplications(const QList<vault::ApplicationSummary> &applications,
                         const vault::RetentionReport &retention);
    void clear();
    // Whether the page is the one shown: Ctrl+N works only then, and not past a retention limit.
    void setActive(bool active);

Q_SIGNALS:
    void newRequested();
    void openRequested(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateCounts();
    void applyFilter();
    void openCurrent();

    ApplicationTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_filterLabel = nullptr;
    QComboBox *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QAction *m_new = nullptr;
    vault::RetentionReport m_retention;
    bool m_active = false;
    void updateNewEnabled();
};

} // namespace guichet::ui
