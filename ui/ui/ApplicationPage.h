// One application: its form, per-field validation, autosave state and finalising.
#pragma once

#include "application/RuleSet.h"
#include "application/Validator.h"
#include "common/Error.h"
#include "vault/Vault.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QFormLayout;

namespace guichet::ui {

class ApplicationPage : public QWidget
{
    Q_OBJECT
public:
    explicit ApplicationPage(QWidget *parent = nullptr);

    void startNew(); // an empty form; the vault gets the draft at the first change
    void load(const vault::StoredApplication &stored);
    void clear(); // empties every field (lock)

    [[nodiscard]] QString applicationId() const { return m_id; }
    [[nodiscard]] QJsonObject document() const;
    [[nodiscard]] const application::ValidationReport &report() const { return m_report; }
    [[nodiscard]] bool canFinalise() const;
    // The message shown next to a field ("applicant.address.postcode"); empty when none.
    [[nodiscard]] QString messageFor(const QString &path) const;

public Q_SLOTS:
    void onDraftCreated(const guichet::vault::ApplicationSummary &summary);
    void onSaved(const QString &id, qint64 revision);
    void onSaveFailed(const QString &id, const guichet::Error &error);
    void requestFinalise(); // asks the agent to check the summary with the applicant

Q_SIGNALS:
    void createRequested(const QString &documentType, const QString &label,
                         const QByteArray &document);
    void autosaveRequested(const QString &id, const QString &documentType, const QString &label,
                           const QByteArray &document);
    void finaliseRequested(const QString &id);
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Field {
        QString path; // dotted path in the application document
        QLineEdit *line = nullptr;
        QComboBox *combo = nullptr;
        QLabel *label = nullptr;
        QLabel *message = nullptr;
    };
    enum class SaveState { Idle, Saving, Saved, Failed };

    QLineEdit *addLine(QFormLayout *form, const QString &path, const char *objectName);
    QComboBox *addCombo(QFormLayout *form, const QString &path, const char *objectName);
    void addRow(QFormLayout *form, Field field, QWidget *editor);
    [[nodiscard]] Field *field(const QString &path);
    [[nodiscard]] QString text(const QString &path) const;
    void setText(const QString &path, const QString &value);
    void setLabel(const QString &path, const QString &text);
    void fillCombos();
    void fromDocument(const QJsonObject &document);
    void changed(const QString &path);
    void revalidate();
    void showSaveState();
    void setReadOnly(bool readOnly);
    [[nodiscard]] QString label() const;
    [[nodiscard]] QString summaryText() const;
    void retranslate();

    QList<Field> m_fields;
    QHash<QString, application::RuleSet> m_rules; // per document type, loaded once
    application::ValidationReport m_report;
    QJsonObject m_evidence; // what the engines captured; kept as loaded
    QString m_id;
    QString m_status;
    bool m_loading = false;
    bool m_creating = false; // the first save is on its way: later changes wait for the id
    bool m_changedWhileCreating = false;
    bool m_readOnly = false;
    QSet<QString> m_touched;
    SaveState m_saveState = SaveState::Idle;
    QString m_savedAt;
    guichet::Error m_saveError;

    QLabel *m_heading = nullptr;
    QLabel *m_saveLabel = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_stateNote = nullptr;
    QList<QGroupBox *> m_groups;
    QList<QLabel *> m_evidenceNotes;
    QLabel *m_otherChecks = nullptr;
    QPushButton *m_finalise = nullptr;
    QPushButton *m_back = nullptr;
};

} // namespace guichet::ui
