// Dg1: the MRZ lines of every DG1 in the corpora, and every refusal.
#include "card/emrtd/Dg1.h"

#include "support/ErrorAssertions.h"
#include "support/TestData.h"

#include <QTest>

using namespace guichet;
using namespace guichet::card::emrtd;

class TestDg1 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpus_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("lines");
        QTest::addColumn<int>("length");
        QTest::addColumn<QString>("firstLine");
        const QString erika = QStringLiteral("P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<");
        const struct {
            const char *path;
            int lines;
            int length;
            QString first;
        } files[] = {
            {"jmrtd/bsi2008/Datagroup1.bin", 2, 44, erika},
            {"jmrtd/loes2006/ef0101.bin", 2, 44,
             QStringLiteral("P<NLDMEULENDIJK<<LOES<ALBERTINE<<<<<<<<<<<<<")},
            {"gmrtd/sample_document/Dg1.bin", 2, 36,
             QStringLiteral("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<")},
            {"pymrtd/dg/01_bsi_hjp_valid_DG1.bin", 2, 44, erika},
            {"pymrtd/dg/02_etsi_valid_DG1.bin", 2, 44, erika},
            {"pymrtd/dg/03_bsi_hjp_iddata_contenttype_relaxed_ok_DG1.bin", 2, 44, erika},
            {"pymrtd/dg/15_neg_etsi_dg1_hash_modified_DG1.bin", 2, 44, erika},
            {"pymrtd/dg/16_neg_etsi_signature_last_byte_modified_DG1.bin", 2, 44, erika},
            {"pymrtd/dg/18_neg_etsi_dg1_country_modified_DG1.bin", 2, 44,
             QStringLiteral("P<SU<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<")},
        };
        for (const auto &f : files)
            QTest::newRow(f.path) << QString::fromLatin1(f.path) << f.lines << f.length << f.first;
    }

    void corpus()
    {
        QFETCH(QString, path);
        QFETCH(int, lines);
        QFETCH(int, length);
        QFETCH(QString, firstLine);
        auto dg1 = Dg1::parse(test::readFile(test::corpusPath(path)));
        QVERIFY2(dg1.ok(), qPrintable(dg1.ok() ? QString() : dg1.error().toString()));
        QCOMPARE(dg1->lines().size(), qsizetype(lines));
        for (const QString &line : dg1->lines())
            QCOMPARE(line.size(), qsizetype(length));
        QCOMPARE(dg1->lines().first(), firstLine);
        QCOMPARE(dg1->text().count(QLatin1Char('\n')), qsizetype(lines - 1));
    }

    void td1()
    {
        const QByteArray mrz(90, '<');
        auto dg1 = Dg1::parse(QByteArray(QByteArray::fromHex("615D5F1F5A") + mrz));
        QVERIFY(dg1.ok());
        QCOMPARE(dg1->lines().size(), qsizetype(3));
        QCOMPARE(dg1->lines().at(2).size(), qsizetype(30));
    }

    void refused_data()
    {
        test::addRefusalColumns();
        const int lds = int(FailureCode::CardLdsMalformed);
        const QByteArray line(44, '<');
        QTest::newRow("EF.COM instead") << QByteArray::fromHex("60035F1F00") << lds
                                        << QStringLiteral("dg1.mrz") << QStringLiteral("tag");
        QTest::newRow("no 5F1F") << QByteArray::fromHex("61035F1E00") << lds
                                 << QStringLiteral("dg1.mrz") << QStringLiteral("missing");
        QTest::newRow("89 characters")
            << QByteArray(QByteArray::fromHex("615C5F1F59") + line + line + "<") << lds
            << QStringLiteral("dg1.mrz") << QStringLiteral("length");
        QTest::newRow("empty MRZ") << QByteArray::fromHex("61035F1F00") << lds
                                   << QStringLiteral("dg1.mrz") << QStringLiteral("length");
        QTest::newRow("lower case")
            << QByteArray(QByteArray::fromHex("615B5F1F58") + "p" + line.left(43) + line) << lds
            << QStringLiteral("dg1.mrz") << QStringLiteral("charset");
        QTest::newRow("line break inside")
            << QByteArray(QByteArray::fromHex("615B5F1F58") + line.left(43) + "\n" + line) << lds
            << QStringLiteral("dg1.mrz") << QStringLiteral("charset");
        QTest::newRow("truncated") << QByteArray(QByteArray::fromHex("615B5F1F58") + line)
                                   << int(FailureCode::CardTlvMalformed) << QStringLiteral("tlv.61")
                                   << QStringLiteral("truncated_value");
    }

    void refused()
    {
        test::checkRefusal([](const QByteArray &bytes) { return Dg1::parse(bytes); });
    }
};

QTEST_GUILESS_MAIN(TestDg1)
#include "tst_dg1.moc"
