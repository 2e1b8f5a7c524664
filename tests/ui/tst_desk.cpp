// The desk's flows on a real vault: sign-in, new application, autosave, validation, finalise,
// lock and unlock, language switch and the Today list.
#include "DeskFixture.h"

#include "ui/ApplicationPage.h"
#include "ui/ApplicationTableModel.h"
#include "ui/Language.h"
#include "ui/TodayPage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTableView>

using namespace guichet;
using guichet::test::DeskFixture;

class TestDesk : public QObject
{
    Q_OBJECT

private:
    static QString status(DeskFixture &desk, int row)
    {
        auto *model = desk.window.todayPage()->model();
        return model->index(row, ui::ApplicationTableModel::StatusColumn).data().toString();
    }

private Q_SLOTS:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(
            QStringLiteral("^(?!This plugin does not support propagateSizeHints).*")));
        QVERIFY(ui::installTranslations(*qApp, QStringLiteral("en")));
    }

    void wrongPassphraseIsExplained()
    {
        DeskFixture desk;
        desk.seed(false);
        QVERIFY(!desk.window.signInPage()->creating());
        QTest::keyClicks(desk.find<QLineEdit>("passphraseEdit"),
                         QStringLiteral("not the passphrase"));
        QTest::mouseClick(desk.find<QPushButton>("signInButton"), Qt::LeftButton);
        // The key derivation runs on the vault thread: the page shows that it is busy.
        QVERIFY(!desk.find<QProgressBar>("signInBusy")->isHidden());
        QVERIFY(!desk.find<QLineEdit>("passphraseEdit")->isEnabled());
        auto *message = desk.find<QLabel>("signInMessage");
        QTRY_VERIFY_WITH_TIMEOUT(message->text().startsWith(QStringLiteral("Wrong passphrase")),
                                 10000);
        QVERIFY(desk.find<QProgressBar>("signInBusy")->isHidden());
        QCOMPARE(desk.window.currentPage(), desk.window.signInPage());
    }

    void notAVaultAndWeakPassphrase()
    {
        DeskFixture desk;
        QFile junk(desk.path);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a vault at all");
        junk.close();
        desk.window.signInPage()->setVaultPath(desk.path);
        QVERIFY(!desk.signIn());
        QTRY_VERIFY(desk.find<QLabel>("signInMessage")
                        ->text()
                        .contains(QStringLiteral("not a Guichet vault")));

        DeskFixture fresh;
        QVERIFY(fresh.window.signInPage()->creating());
        QVERIFY(!fresh.signIn("short"));
        QTRY_VERIFY(
            fresh.find<QLabel>("signInMessage")->text().contains(QStringLiteral("too weak")));
        QVERIFY(!QFile::exists(fresh.path));
    }

    void createVaultTypeAndAutosave()
    {
        DeskFixture desk;
        QVERIFY(desk.window.signInPage()->creating());
        // Two different passphrases are refused before anything reaches the vault.
        QTest::keyClicks(desk.find<QLineEdit>("passphraseEdit"), QLatin1String(test::kPassphrase));
        QTest::keyClicks(desk.find<QLineEdit>("confirmEdit"), QStringLiteral("something else"));
        QTest::mouseClick(desk.find<QPushButton>("signInButton"), Qt::LeftButton);
        QVERIFY(desk.find<QLabel>("signInMessage")->text().contains(QStringLiteral("differ")));
        desk.find<QLineEdit>("passphraseEdit")->clear();
        QVERIFY(desk.signIn());
        QVERIFY(QFile::exists(desk.path));

        desk.window.todayPage()->newAction()->trigger();
        QCOMPARE(desk.window.currentPage(), desk.window.applicationPage());
        QSignalSpy created(desk.service.get(), &ui::VaultService::draftCreated);
        QSignalSpy saved(desk.service.get(), &ui::VaultService::saved);
        QTest::keyClicks(desk.find<QLineEdit>("surnameEdit"), QStringLiteral("Durand"));
        QTest::keyClicks(desk.find<QLineEdit>("givenNamesEdit"), QStringLiteral("Lea"));
        QTest::keyClicks(desk.find<QLineEdit>("postcodeEdit"), QStringLiteral("69003"));
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(saved.count() >= 1, 10000);
        QTRY_VERIFY(
            desk.find<QLabel>("autosaveIndicator")->text().startsWith(QStringLiteral("Saved at")));
        const QString id = desk.window.applicationPage()->applicationId();
        QVERIFY(!id.isEmpty());

        // Lock: the autosave is flushed, the vault closed, the form emptied.
        QSignalSpy closed(desk.service.get(), &ui::VaultService::closed);
        desk.find<QAction>("lockAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, 10000);
        QCOMPARE(desk.window.currentPage(), desk.window.signInPage());
        QVERIFY(desk.find<QLineEdit>("surnameEdit")->text().isEmpty());

        auto opened =
            vault::Vault::openWithPassphrase(desk.path, test::kPassphrase, QStringLiteral("test"));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
        auto stored = (*opened)->application(id);
        QVERIFY(stored);
        QCOMPARE(stored->summary.label, QStringLiteral("DURAND Lea"));
        QCOMPARE(stored->summary.documentType, QStringLiteral("cni"));
        const QJsonObject document = QJsonDocument::fromJson(stored->document).object();
        QCOMPARE(application::valueAt(document, QStringLiteral("applicant.given_names")).toString(),
                 QStringLiteral("Lea"));
        QCOMPARE(
            application::valueAt(document, QStringLiteral("applicant.address.postcode")).toString(),
            QStringLiteral("69003"));
        QVERIFY((*opened)->verifyAudit()->ok);
    }

    void postcodeMessageComesAndGoes()
    {
        DeskFixture desk;
        QVERIFY(desk.signIn());
        desk.window.todayPage()->newAction()->trigger();
        auto *page = desk.window.applicationPage();
        const QString postcode = QStringLiteral("applicant.address.postcode");
        QVERIFY(page->messageFor(postcode).isEmpty()); // untouched fields stay quiet
        auto *edit = desk.find<QLineEdit>("postcodeEdit");
        QTest::keyClicks(edit, QStringLiteral("7500"));
        QCOMPARE(page->messageFor(postcode),
                 QStringLiteral("✖ Error: The postcode must have 5 digits."));
        QTest::keyClicks(edit, QStringLiteral("1"));
        QVERIFY(page->messageFor(postcode).isEmpty());
        // Warnings read differently from errors (prefix, not only colour).
        QTest::keyClicks(desk.find<QLineEdit>("emailEdit"), QStringLiteral("nobody"));
        QVERIFY(page->messageFor(QStringLiteral("applicant.contact.email"))
                    .startsWith(QStringLiteral("⚠ Warning: ")));
        // In French, the rule's French message.
        QVERIFY(ui::installTranslations(*qApp, QStringLiteral("fr")));
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("12"));
        QTRY_COMPARE(page->messageFor(postcode),
                     QStringLiteral("✖ Erreur : Le code postal doit comporter 5 chiffres."));
    }

    void finaliseOnlyWhenValid()
    {
        DeskFixture desk;
        const QString id = desk.seed(true);
        QVERIFY(desk.signIn());
        auto *view = desk.window.todayPage()->view();
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QCOMPARE(status(desk, 0), QStringLiteral("Draft"));
        QVERIFY(desk.find<QLabel>("statusCounts")->text().contains(QStringLiteral("Drafts: 1")));

        desk.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&desk.window));
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_COMPARE(desk.window.currentPage(), desk.window.applicationPage());
        auto *page = desk.window.applicationPage();
        QCOMPARE(page->applicationId(), id);
        auto *finalise = desk.find<QPushButton>("finaliseButton");
        QVERIFY(!finalise->isEnabled());
        QVERIFY(!page->messageFor(QStringLiteral("applicant.address.postcode")).isEmpty());

        auto *postcode = desk.find<QLineEdit>("postcodeEdit");
        QTest::keyClicks(postcode, QStringLiteral("2"));
        QVERIFY(page->report().canFinalise());
        QVERIFY(finalise->isEnabled());
        QVERIFY(
            finalise->toolTip().contains(finalise->shortcut().toString(QKeySequence::NativeText)));

        QSignalSpy finalised(desk.service.get(), &ui::VaultService::finalised);
        QTest::mouseClick(finalise, Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = page->findChild<QMessageBox *>(QStringLiteral("finaliseConfirmation"))));
        QVERIFY(box->informativeText().contains(QStringLiteral("75002")));
        box->button(QMessageBox::Yes)->click();
        QTRY_COMPARE_WITH_TIMEOUT(finalised.count(), 1, 10000);
        QTRY_COMPARE(desk.window.currentPage(), desk.window.todayPage());
        QTRY_COMPARE(status(desk, 0), QStringLiteral("Finalised"));
        QVERIFY(desk.find<QLabel>("statusCounts")
                    ->text()
                    .contains(QStringLiteral("Awaiting approval: 1")));

        // The status filter hides what does not match.
        auto *filter = desk.find<QComboBox>("statusFilter");
        filter->setCurrentIndex(1); // drafts
        QCOMPARE(view->model()->rowCount(), 0);
        filter->setCurrentIndex(2); // finalised
        QCOMPARE(view->model()->rowCount(), 1);

        // The finalised document holds the corrected postcode.
        desk.window.lock();
        QSignalSpy closed(desk.service.get(), &ui::VaultService::closed);
        QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, 10000);
        auto opened =
            vault::Vault::openWithPassphrase(desk.path, test::kPassphrase, QStringLiteral("test"));
        QVERIFY(opened);
        auto stored = (*opened)->application(id);
        QVERIFY(stored);
        QCOMPARE(stored->summary.status, vault::ApplicationStatus::Finalised);
        QVERIFY(stored->document.contains("\"75002\""));
        QVERIFY(stored->document.contains("proof_of_address")); // evidence kept as recorded
    }

    void lockAndUnlockWithShortcut()
    {
        DeskFixture desk;
        desk.seed(true);
        desk.window.show();
        desk.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&desk.window));
        QVERIFY(desk.signIn());
        QTRY_COMPARE(desk.window.todayPage()->view()->model()->rowCount(), 1);

        QTest::keyClick(&desk.window, Qt::Key_N, Qt::ControlModifier);
        QTRY_COMPARE(desk.window.currentPage(), desk.window.applicationPage());
        QTest::keyClicks(desk.find<QLineEdit>("surnameEdit"), QStringLiteral("Petit"));

        QSignalSpy closed(desk.service.get(), &ui::VaultService::closed);
        QTest::keyClick(&desk.window, Qt::Key_L, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, 10000);
        QCOMPARE(desk.window.currentPage(), desk.window.signInPage());
        QVERIFY(desk.find<QLineEdit>("passphraseEdit")->text().isEmpty());
        QVERIFY(!desk.service->isOpen());

        QVERIFY(desk.signIn());
        // The draft typed before locking was saved: two applications now.
        QTRY_COMPARE(desk.window.todayPage()->view()->model()->rowCount(), 2);
    }

    void languageSwitchRetranslatesPages()
    {
        DeskFixture desk;
        desk.seed(true);
        QVERIFY(desk.signIn());
        QTRY_COMPARE(desk.window.todayPage()->view()->model()->rowCount(), 1);
        auto *heading = desk.find<QLabel>("todayHeading");
        QCOMPARE(heading->text(), QStringLiteral("Today's applications"));
        QCOMPARE(status(desk, 0), QStringLiteral("Draft"));

        desk.find<QAction>("frenchAction")->trigger();
        QTRY_COMPARE(heading->text(), QStringLiteral("Demandes du jour"));
        QCOMPARE(status(desk, 0), QStringLiteral("Brouillon"));
        QCOMPARE(desk.find<QGroupBox>("addressGroup")->title(), QStringLiteral("Adresse"));
        QCOMPARE(desk.find<QLabel>("welcomeHeading")->text(),
                 QStringLiteral("Demandes de titres sécurisés"));
        QVERIFY(desk.find<QAction>("frenchAction")->isChecked());

        desk.find<QAction>("englishAction")->trigger();
        QTRY_COMPARE(heading->text(), QStringLiteral("Today's applications"));
        QCOMPARE(desk.find<QGroupBox>("addressGroup")->title(), QStringLiteral("Address"));
    }

    void everyControlHasAnAccessibleName()
    {
        DeskFixture desk;
        const auto widgets = desk.window.findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            const bool control = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
                                 qobject_cast<QPushButton *>(w);
            if (!control || w->objectName().isEmpty())
                continue;
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
    }
};

QTEST_MAIN(TestDesk)
#include "tst_desk.moc"
