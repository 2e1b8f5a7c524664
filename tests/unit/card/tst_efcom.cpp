// EfCom: every EF.COM of the corpora and worked examples, and every refusal.
#include "card/emrtd/EfCom.h"

#include "support/ErrorAssertions.h"
#include "support/IcaoWorkedExamples.h"

#include <QTest>

using namespace guichet;
using namespace guichet::card::emrtd;

Q_DECLARE_METATYPE(std::vector<int>)

class TestEfCom : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("lds");
        QTest::addColumn<QString>("unicode");
        QTest::addColumn<std::vector<int>>("groups");
        const auto file = [](const char *path) {
            return test::readFile(test::corpusPath(QLatin1String(path)));
        };
        QTest::newRow("jmrtd bsi2008") << file("jmrtd/bsi2008/EF_COM.bin") << QStringLiteral("1.7")
                                       << QStringLiteral("4.0.0") << std::vector<int>{1, 2, 3, 14};
        QTest::newRow("jmrtd loes2006")
            << file("jmrtd/loes2006/ef011E.bin") << QStringLiteral("1.7") << QStringLiteral("4.0.0")
            << std::vector<int>{1, 2, 15};
        QTest::newRow("gmrtd sample")
            << file("gmrtd/sample_document/Com.bin") << QStringLiteral("1.6")
            << QStringLiteral("4.0.0") << std::vector<int>{1, 2};
        QTest::newRow("ICAO D.4 (read under BAC)")
            << test::icaoHex(test::icaoExample("BAC_appendix_D"), "EF_COM") << QStringLiteral("1.6")
            << QStringLiteral("4.0.0") << std::vector<int>{1, 2};
        QTest::newRow("gmrtd AES trace")
            << test::icaoHex(test::icaoExample("AES_secure_messaging_gmrtd"), "EF_COM")
            << QStringLiteral("1.8") << QStringLiteral("4.0.0")
            << std::vector<int>{1, 2, 3, 4, 13, 14};
        QTest::newRow("empty tag list")
            << QByteArray::fromHex("60125F0104303130375F36063034303030305C00")
            << QStringLiteral("1.7") << QStringLiteral("4.0.0") << std::vector<int>{};
    }

    void accepted()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, lds);
        QFETCH(QString, unicode);
        QFETCH(std::vector<int>, groups);
        auto com = EfCom::parse(bytes);
        QVERIFY2(com.ok(), qPrintable(com.ok() ? QString() : com.error().toString()));
        QCOMPARE(com->ldsVersion(), lds);
        QCOMPARE(com->unicodeVersion(), unicode);
        QCOMPARE(com->dataGroups(), groups);
        QCOMPARE(com->files().size(), groups.size());
    }

    void refused_data()
    {
        test::addRefusalColumns();
        const int lds = int(FailureCode::CardLdsMalformed);
        QTest::newRow("DG1 instead") << QByteArray::fromHex("61035F1F00") << lds
                                     << QStringLiteral("ef_com.tag") << QStringLiteral("tag");
        QTest::newRow("no LDS version")
            << QByteArray::fromHex("600D5F36063034303030305C026175") << lds
            << QStringLiteral("ef_com.lds_version") << QStringLiteral("missing");
        QTest::newRow("no Unicode version")
            << QByteArray::fromHex("600B5F0104303130375C026175") << lds
            << QStringLiteral("ef_com.unicode_version") << QStringLiteral("missing");
        QTest::newRow("no tag list")
            << QByteArray::fromHex("60105F0104303130375F3606303430303030") << lds
            << QStringLiteral("ef_com.tag_list") << QStringLiteral("missing");
        QTest::newRow("LDS version of 3 digits")
            << QByteArray::fromHex("60135F01033031375F36063034303030305C026175") << lds
            << QStringLiteral("ef_com.lds_version") << QStringLiteral("length");
        QTest::newRow("LDS version with a letter")
            << QByteArray::fromHex("60145F0104303141375F36063034303030305C026175") << lds
            << QStringLiteral("ef_com.lds_version") << QStringLiteral("digits");
        QTest::newRow("Unicode version of 4 digits")
            << QByteArray::fromHex("60125F0104303130375F360430343030 5C026175") << lds
            << QStringLiteral("ef_com.unicode_version") << QStringLiteral("length");
        QTest::newRow("EF.SOD tag in the list")
            << QByteArray::fromHex("60145F0104303130375F36063034303030305C026177") << lds
            << QStringLiteral("ef_com.tag_list") << QStringLiteral("unknown_tag");
        QTest::newRow("unknown tag in the list")
            << QByteArray::fromHex("60145F0104303130375F36063034303030305C026171") << lds
            << QStringLiteral("ef_com.tag_list") << QStringLiteral("unknown_tag");
        QTest::newRow("truncated") << QByteArray::fromHex("60165F0104303130375F360630343030")
                                   << int(FailureCode::CardTlvMalformed) << QStringLiteral("tlv.60")
                                   << QStringLiteral("truncated_value");
        QTest::newRow("trailing byte")
            << QByteArray::fromHex("60145F0104303130365F36063034303030305C02617500")
            << int(FailureCode::CardTlvMalformed) << QStringLiteral("tlv.60")
            << QStringLiteral("trailing_bytes");
    }

    void refused()
    {
        test::checkRefusal([](const QByteArray &bytes) { return EfCom::parse(bytes); });
    }
};

QTEST_GUILESS_MAIN(TestEfCom)
#include "tst_efcom.moc"
