// A desk on a temporary vault for UI tests: fast key derivation, short autosave debounce.
#pragma once

#include "ui/MainWindow.h"
#include "ui/SignInPage.h"
#include "ui/VaultService.h"
#include "vault/Vault.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace guichet::test {

inline constexpr char kPassphrase[] = "correct horse battery staple";

inline crypto::ScryptParameters fastKdf()
{
    return crypto::ScryptParameters{16384, 8, 1};
}

// A complete CNI draft (evidence as the engines will record it) whose only error is the
// postcode: it can be finalised once the agent corrects it.
inline QByteArray almostCompleteDocument()
{
    const QByteArray json = R"({
      "document_type": "cni", "reason": "first_issue",
      "applicant": {"surname": "Martin", "given_names": "Claire", "birth_date": "1985-04-12",
        "birth_place": {"town": "Lyon", "country": "FRA"}, "sex": "F", "nationality": "FRA",
        "height_cm": 168, "eye_colour": "green",
        "address": {"line1": "3 rue de la Paix", "postcode": "7500", "town": "Paris",
                    "country": "FRA"},
        "parents": [{"surname": "Martin", "given_names": "Paul"}]},
      "evidence": {"photo": {"present": true},
        "proof_of_address": {"signature": "valid", "postcode": "75002", "town": "Paris"}}})";
    return QJsonDocument::fromJson(json).toJson(QJsonDocument::Compact);
}

class DeskFixture
{
public:
    DeskFixture()
        : path(dir.filePath(QStringLiteral("desk.vault"))),
          service(std::make_unique<ui::VaultService>(ui::VaultServiceOptions{fastKdf(), 50}))
    {
        window.attachVault(service.get(), path);
        window.show(); // key and mouse events reach visible widgets only
        if (!QTest::qWaitForWindowExposed(&window))
            qFatal("the desk window was not exposed");
    }

    // Creates the vault outside the desk, optionally with one draft; returns its id.
    QString seed(bool withDraft) const
    {
        auto created = vault::Vault::create(path, kPassphrase, QStringLiteral("test"), fastKdf());
        if (!created)
            qFatal("seed: %s", qPrintable(created.error().toString()));
        window.signInPage()->setVaultPath(path);
        if (!withDraft)
            return {};
        auto saved =
            (*created)->saveDraft(QString(), QStringLiteral("cni"), QStringLiteral("MARTIN Claire"),
                                  almostCompleteDocument());
        if (!saved)
            qFatal("seed: %s", qPrintable(saved.error().toString()));
        return saved->id;
    }

    template <typename T>
    T *find(const char *name)
    {
        return window.findChild<T *>(QLatin1String(name));
    }

    // Types the passphrase (twice when creating) and waits for the Today page.
    bool signIn(const char *passphrase = kPassphrase)
    {
        auto *edit = find<QLineEdit>("passphraseEdit");
        QTest::keyClicks(edit, QLatin1String(passphrase));
        if (window.signInPage()->creating())
            QTest::keyClicks(find<QLineEdit>("confirmEdit"), QLatin1String(passphrase));
        QTest::mouseClick(find<QPushButton>("signInButton"), Qt::LeftButton);
        return QTest::qWaitFor(
            [this] {
                return window.currentPage() ==
                       window.findChild<QWidget *>(QStringLiteral("todayPage"));
            },
            10000);
    }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<ui::VaultService> service;
    ui::MainWindow window;
};

} // namespace guichet::test
