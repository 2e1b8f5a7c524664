// The vault's applications as a table: applicant, document type, status, last change.
#pragma once

#include "vault/Vault.h"

#include <QAbstractTableModel>
#include <QList>

namespace guichet::ui {

class ApplicationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LabelColumn, TypeColumn, StatusColumn, ChangedColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StatusRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setApplications(const QList<vault::ApplicationSummary> &applications);
    [[nodiscard]] const QList<vault::ApplicationSummary> &applications() const
    {
        return m_applications;
    }
    void retranslate(); // headers and cells follow the interface language

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    QList<vault::ApplicationSummary> m_applications;
};

} // namespace guichet::ui
