// The PC/SC probe against no service, and against pcscd with the vsmartcard-vpcd readers.
#include "diagnostics/Environment.h"
#include "diagnostics/PcscProbe.h"
#include "diagnostics/PcscWatcher.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace guichet::diagnostics;

class TestPcscProbe : public QObject
{
    Q_OBJECT

    static bool expectService()
    {
        return qEnvironmentVariableIntValue("GUICHET_EXPECT_PCSCD") == 1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Without the fixture, a pcscd of the machine's own (not ours) makes "no service"
        // impossible to observe; say so rather than fail.
        if (!expectService() && QFileInfo::exists(QStringLiteral("/run/pcscd/pcscd.comm")))
            QSKIP("a system pcscd is running; the no-service case cannot be observed here");
    }

    void probe()
    {
        const PcscStatus status = probePcsc();
        if (!expectService()) {
            QVERIFY(!status.reachable);
            QCOMPARE(status.errorName, QStringLiteral("SCARD_E_NO_SERVICE"));
            QVERIFY(!status.errorMessage.isEmpty());
            QVERIFY(status.readers.isEmpty());
            return;
        }
        QVERIFY2(status.reachable, qPrintable(status.errorName));
        QVERIFY(status.errorName.isEmpty());
        QStringList names;
        for (const auto &reader : status.readers) {
            names << reader.name;
            QVERIFY(!reader.cardPresent); // no virtual card is connected
            QVERIFY(reader.atr.isEmpty());
        }
        QVERIFY2(names.contains(QStringLiteral("Virtual PCD 00 00")), qPrintable(names.join(u',')));
        QVERIFY2(names.contains(QStringLiteral("Virtual PCD 00 01")), qPrintable(names.join(u',')));
    }

    void json()
    {
        const QJsonObject json = toJson(probePcsc());
        QCOMPARE(json.value(QStringLiteral("reachable")).toBool(), expectService());
        QVERIFY(json.value(QStringLiteral("readers")).isArray());
        if (expectService()) {
            QVERIFY(json.value(QStringLiteral("error")).isNull());
            const QJsonObject first =
                json.value(QStringLiteral("readers")).toArray().first().toObject();
            QVERIFY(first.value(QStringLiteral("name")).isString());
            QCOMPARE(first.value(QStringLiteral("card_present")).toBool(), false);
            QVERIFY(first.value(QStringLiteral("atr")).isNull());
        } else {
            QCOMPARE(json.value(QStringLiteral("error")).toString(),
                     QStringLiteral("SCARD_E_NO_SERVICE"));
        }
    }

    void watcherReportsOnce()
    {
        PcscWatcher watcher(50);
        QSignalSpy spy(&watcher, &PcscWatcher::summaryChanged);
        watcher.start();
        QCOMPARE(spy.count(), 1);
        const auto arguments = spy.takeFirst();
        QCOMPARE(arguments.at(0).toBool(), expectService());
        QCOMPARE(arguments.at(1).toInt(), expectService() ? 2 : 0);
        QCOMPARE(arguments.at(2).toInt(), 0);
        // Nothing changes: no further signal.
        QTest::qWait(200);
        QCOMPARE(spy.count(), 0);
        watcher.stop();
    }

    void errorNames()
    {
        QCOMPARE(pcscErrorName(static_cast<long>(0x8010001DL)),
                 QStringLiteral("SCARD_E_NO_SERVICE"));
        QCOMPARE(pcscErrorName(static_cast<long>(0x80100069L)),
                 QStringLiteral("SCARD_W_REMOVED_CARD"));
        QCOMPARE(pcscErrorName(0x12345678L), QStringLiteral("0x12345678"));
    }
};

QTEST_GUILESS_MAIN(TestPcscProbe)
#include "tst_pcscprobe.moc"
