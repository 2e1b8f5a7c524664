// Sign-in: the recovery passphrase opens (or, on first run, creates) the vault.
#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace guichet::ui {

class SignInPage : public QWidget
{
    Q_OBJECT
public:
    explicit SignInPage(QWidget *parent = nullptr);

    // Where the vault lives; a missing file switches the page to "create" (passphrase twice).
    void setVaultPath(const QString &path);
    [[nodiscard]] QString vaultPath() const { return m_path; }
    [[nodiscard]] bool creating() const { return m_creating; }

    void setBusy(bool busy);
    void showError(const guichet::Error &error);
    void reset(); // clears the passphrases and the message

Q_SIGNALS:
    void signInRequested(const QString &path, const QByteArray &passphrase, bool create);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void submit();
    enum class Message { None, Failure, Mismatch, Empty };
    void showMessage(Message message);

    QString m_path;
    bool m_creating = false;
    QLabel *m_heading = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_passphraseLabel = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLabel *m_confirmLabel = nullptr;
    QLineEdit *m_confirm = nullptr;
    QPushButton *m_submit = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_cardNote = nullptr;
    Message m_shown = Message::None; // kept to re-translate after a language change
    guichet::Error m_lastError;
};

} // namespace guichet::ui
