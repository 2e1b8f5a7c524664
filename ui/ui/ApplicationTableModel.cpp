// Table model over application summaries.
#include "ui/ApplicationTableModel.h"

#include "ui/Labels.h"

#include <QDateTime>
#include <QLocale>

namespace guichet::ui {

void ApplicationTableModel::setApplications(const QList<vault::ApplicationSummary> &applications)
{
    beginResetModel();
    m_applications = applications;
    endResetModel();
}

void ApplicationTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_applications.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ApplicationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_applications.size());
}

int ApplicationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApplicationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto &a = m_applications.at(index.row());
    switch (role) {
    case IdRole:
        return a.id;
    case StatusRole:
        return vault::statusName(a.status);
    case Qt::DisplayRole:
        switch (index.column()) {
        case LabelColumn:
            return a.label.isEmpty() ? tr("(no name yet)") : a.label;
        case TypeColumn:
            return Labels::documentType(a.documentType);
        case StatusColumn:
            return Labels::status(a.status);
        case ChangedColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(a.updatedMs),
                                      QLocale::ShortFormat);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ApplicationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn:
        return tr("Applicant");
    case TypeColumn:
        return tr("Document");
    case StatusColumn:
        return tr("Status");
    case ChangedColumn:
        return tr("Last change");
    default:
        return {};
    }
}

} // namespace guichet::ui
