// Passphrase sign-in with a busy indicator while the vault thread derives the key.
#include "ui/SignInPage.h"

#include "ui/ErrorText.h"

#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace guichet::ui {

namespace {

QLabel *makeLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

SignInPage::SignInPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("signInPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);

    m_heading = makeLabel(this, "welcomeHeading");
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.8);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_intro = makeLabel(this, "welcomeBody");
    m_pathLabel = makeLabel(this, "vaultPathLabel");
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirmEdit"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_passphraseLabel = new QLabel(this);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_confirmLabel = new QLabel(this);
    m_confirmLabel->setBuddy(m_confirm);

    m_passphrase->setMaximumWidth(420);
    m_confirm->setMaximumWidth(420);
    auto *form = new QFormLayout();
    form->addRow(m_passphraseLabel, m_passphrase);
    form->addRow(m_confirmLabel, m_confirm);

    m_submit = new QPushButton(this);
    m_submit->setObjectName(QStringLiteral("signInButton"));
    m_submit->setDefault(true);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("signInBusy"));
    m_busy->setRange(0, 0); // indeterminate: the key derivation gives no progress
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(240);
    m_busy->hide();
    m_message = makeLabel(this, "signInMessage");
    m_message->setAccessibleName(QStringLiteral("signInMessage"));
    m_cardNote = makeLabel(this, "cardNote");

    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addWidget(m_pathLabel);
    layout->addSpacing(12);
    layout->addLayout(form);
    layout->addWidget(m_submit, 0, Qt::AlignLeft);
    layout->addWidget(m_busy);
    layout->addWidget(m_message);
    layout->addSpacing(12);
    layout->addWidget(m_cardNote);
    layout->addStretch(1);

    setTabOrder(m_passphrase, m_confirm);
    setTabOrder(m_confirm, m_submit);

    connect(m_submit, &QPushButton::clicked, this, &SignInPage::submit);
    connect(m_passphrase, &QLineEdit::returnPressed, this, [this] {
        if (m_creating)
            m_confirm->setFocus();
        else
            submit();
    });
    connect(m_confirm, &QLineEdit::returnPressed, this, &SignInPage::submit);
    retranslate();
}

void SignInPage::setVaultPath(const QString &path)
{
    m_path = path;
    m_creating = !path.isEmpty() && !QFileInfo::exists(path);
    m_confirm->setVisible(m_creating);
    m_confirmLabel->setVisible(m_creating);
    m_submit->setEnabled(!path.isEmpty());
    retranslate();
}

void SignInPage::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_passphrase->setEnabled(!busy);
    m_confirm->setEnabled(!busy);
    m_submit->setEnabled(!busy && !m_path.isEmpty());
    if (busy)
        showMessage(Message::None);
}

void SignInPage::showError(const guichet::Error &error)
{
    setBusy(false);
    m_lastError = error;
    showMessage(Message::Failure);
    m_passphrase->selectAll();
    m_passphrase->setFocus();
}

void SignInPage::reset()
{
    setBusy(false);
    m_passphrase->clear();
    m_confirm->clear();
    showMessage(Message::None);
    setVaultPath(m_path); // the vault may have been created meanwhile
}

void SignInPage::showMessage(Message message)
{
    m_shown = message;
    QString text;
    switch (message) {
    case Message::None:
        break;
    case Message::Failure:
        text = ErrorText::describe(m_lastError);
        break;
    case Message::Mismatch:
        text = tr("The two passphrases differ. Type the same passphrase twice.");
        break;
    case Message::Empty:
        text = tr("Type the recovery passphrase.");
        break;
    }
    m_message->setText(text);
    m_message->setAccessibleDescription(text);
    m_message->setVisible(!text.isEmpty());
}

void SignInPage::submit()
{
    if (m_path.isEmpty())
        return;
    if (m_creating && m_passphrase->text() != m_confirm->text()) {
        showMessage(Message::Mismatch);
        m_confirm->clear();
        m_confirm->setFocus();
        return;
    }
    if (m_passphrase->text().isEmpty()) {
        showMessage(Message::Empty);
        return;
    }
    QByteArray passphrase = m_passphrase->text().toUtf8();
    m_passphrase->clear();
    m_confirm->clear();
    setBusy(true);
    Q_EMIT signInRequested(m_path, passphrase, m_creating);
    passphrase.fill('\0');
}

void SignInPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SignInPage::retranslate()
{
    m_heading->setText(tr("Secure-document applications"));
    m_intro->setText(m_creating
                         ? tr("First start on this desk: choose the vault's recovery passphrase "
                              "(12 characters at least) and type it twice. Keep it in the "
                              "agency's safe; it cannot be recovered.")
                         : tr("Sign in with the vault's recovery passphrase."));
    m_pathLabel->setText(m_path.isEmpty() ? tr("No vault configured.")
                                          : tr("Vault: %1").arg(m_path));
    m_passphraseLabel->setText(tr("Recovery &passphrase:"));
    m_passphrase->setAccessibleName(tr("Recovery passphrase"));
    m_confirmLabel->setText(tr("&Confirm passphrase:"));
    m_confirm->setAccessibleName(tr("Confirm the recovery passphrase"));
    m_submit->setText(m_creating ? tr("Create the vault") : tr("Unlock"));
    m_submit->setAccessibleName(m_submit->text());
    m_submit->setToolTip(tr("Opening the vault takes about a second (Enter)"));
    m_busy->setAccessibleName(tr("Opening the vault"));
    m_cardNote->setText(tr("Sign-in with the agent's smart card arrives with the identity "
                           "module; until then only the recovery passphrase opens the vault."));
    showMessage(m_shown);
}

} // namespace guichet::ui
