// SecurityObject: every EF.SOD of the corpora (pymrtd's 19 vectors, jmrtd, gmrtd) and DG hashes.
#include "card/emrtd/SecurityObject.h"

#include "support/ErrorAssertions.h"
#include "support/TestData.h"

#include <QJsonArray>
#include <QTest>

using namespace guichet;
using namespace guichet::card::emrtd;
using Policy = SecurityObject::ContentTypePolicy;

namespace {

struct Expected {
    int code = 0; // 0: parses
    const char *field = "";
    const char *check = "";
};

// What Guichet's parser says about each pymrtd vector. pymrtd's own verdicts are in
// sod_index.json; the signature cases (#15, #16) parse here because signatures are checked by
// passive authentication, a later step.
Expected pymrtdExpectation(int number, Policy policy)
{
    const auto sod = int(FailureCode::CardSodMalformed);
    switch (number) {
    case 3: // id-data as eContentType: pymrtd accepts it when relaxed (#03), refuses it strict
            // (#09)
    case 9:
        if (policy == Policy::AllowIdData)
            return {};
        return {sod, "sod.econtent_type", "content_type"};
    case 4:
    case 5:
        return {sod, "sod.content_type", "content_type"};
    case 6:
    case 7:
    case 8:
        return {sod, "sod.signed_data_version", "version"};
    case 10:
    case 11:
        return {sod, "sod.econtent_type", "content_type"};
    case 12:
    case 13:
        return {sod, "sod.lds_security_object_version", "version"};
    case 14:
        return {int(FailureCode::CardTlvMalformed), "tlv.77", "trailing_bytes"};
    default:
        return {};
    }
}

QJsonArray pymrtdVectors()
{
    return test::loadJson(test::corpusPath(QStringLiteral("pymrtd/sod_index.json")))
        .value(QStringLiteral("vectors"))
        .toArray();
}

int vectorNumber(const QString &file)
{
    return file.section(QLatin1Char('/'), 1).left(2).toInt();
}

} // namespace

class TestSecurityObject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pymrtd_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("policy");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("check");
        int rows = 0;
        for (const auto &value : pymrtdVectors()) {
            const QString file = value.toObject().value(QStringLiteral("file")).toString();
            for (const Policy policy : {Policy::Strict, Policy::AllowIdData}) {
                const Expected e = pymrtdExpectation(vectorNumber(file), policy);
                QTest::addRow("%s %s", qPrintable(file),
                              policy == Policy::Strict ? "strict" : "allow id-data")
                    << file << int(policy) << e.code << QString::fromLatin1(e.field)
                    << QString::fromLatin1(e.check);
            }
            ++rows;
        }
        QCOMPARE(rows, 19);
    }

    void pymrtd()
    {
        QFETCH(QString, file);
        QFETCH(int, policy);
        QFETCH(int, code);
        QFETCH(QString, field);
        QFETCH(QString, check);
        auto sod = SecurityObject::parse(
            test::readFile(test::corpusPath(QStringLiteral("pymrtd/") + file)),
            static_cast<Policy>(policy));
        if (code == 0) {
            QVERIFY2(sod.ok(), qPrintable(sod.ok() ? QString() : sod.error().toString()));
            QCOMPARE(sod->digestAlgorithm(), crypto::DigestAlgorithm::Sha256);
            QVERIFY(!sod->dataGroupHashes().empty());
            QVERIFY(!sod->cmsBytes().isEmpty());
            return;
        }
        QVERIFY(!sod.ok());
        test::compareError(sod.error(), code, field, check);
    }

    // Every DG file shipped with a pymrtd SOD: it matches exactly when the index says so.
    void pymrtdDataGroups_data()
    {
        QTest::addColumn<QString>("sodFile");
        QTest::addColumn<QString>("dgFile");
        QTest::addColumn<int>("number");
        QTest::addColumn<bool>("listed");
        for (const auto &value : pymrtdVectors()) {
            const QJsonObject v = value.toObject();
            const QJsonObject dgs = v.value(QStringLiteral("dg_files")).toObject();
            for (auto it = dgs.begin(); it != dgs.end(); ++it) {
                const QJsonObject dg = it.value().toObject();
                QTest::addRow("%s %s", qPrintable(v.value(QStringLiteral("file")).toString()),
                              qPrintable(it.key()))
                    << v.value(QStringLiteral("file")).toString()
                    << dg.value(QStringLiteral("file")).toString() << it.key().mid(2).toInt()
                    << dg.value(QStringLiteral("listed_in_sod_with_same_hash")).toBool();
            }
        }
    }

    void pymrtdDataGroups()
    {
        QFETCH(QString, sodFile);
        QFETCH(QString, dgFile);
        QFETCH(int, number);
        QFETCH(bool, listed);
        auto sod = SecurityObject::parse(
            test::readFile(test::corpusPath(QStringLiteral("pymrtd/") + sodFile)),
            Policy::AllowIdData);
        QVERIFY(sod.ok());
        auto verdict = sod->verifyDataGroup(
            number, test::readFile(test::corpusPath(QStringLiteral("pymrtd/") + dgFile)));
        QCOMPARE(verdict.ok(), listed);
        if (!listed) {
            QCOMPARE(verdict.error().code, FailureCode::CardDataGroupHashMismatch);
            QCOMPARE(verdict.error().field, QStringLiteral("dg%1").arg(number));
            const bool present = sod->dataGroupHashes().count(number) > 0;
            QCOMPARE(verdict.error().check,
                     present ? QStringLiteral("hash") : QStringLiteral("not_listed"));
        }
    }

    // jmrtd and gmrtd SODs: structure, and their DG files where they ship them.
    void otherSods_data()
    {
        QTest::addColumn<QString>("sodFile");
        QTest::addColumn<int>("digest");
        QTest::addColumn<int>("version");
        QTest::addColumn<int>("hashes");
        QTest::newRow("jmrtd bsi2008") << QStringLiteral("jmrtd/bsi2008/EF_SOD.bin")
                                       << int(crypto::DigestAlgorithm::Sha1) << 0 << 4;
        QTest::newRow("jmrtd loes2006") << QStringLiteral("jmrtd/loes2006/ef011D.bin")
                                        << int(crypto::DigestAlgorithm::Sha256) << 0 << 3;
        QTest::newRow("jmrtd NZ 2013 (BER CMS)") << QStringLiteral("jmrtd/other/NZ2013_EF_SOD.BIN")
                                                 << int(crypto::DigestAlgorithm::Sha256) << 0 << 5;
        QTest::newRow("gmrtd Austria") << QStringLiteral("gmrtd/realworld_AT/EF_SOD_AT.bin")
                                       << int(crypto::DigestAlgorithm::Sha256) << 0 << 6;
    }

    void otherSods()
    {
        QFETCH(QString, sodFile);
        QFETCH(int, digest);
        QFETCH(int, version);
        QFETCH(int, hashes);
        auto sod = SecurityObject::parse(test::readFile(test::corpusPath(sodFile)));
        QVERIFY2(sod.ok(), qPrintable(sod.ok() ? QString() : sod.error().toString()));
        QCOMPARE(int(sod->digestAlgorithm()), digest);
        QCOMPARE(sod->version(), version);
        QCOMPARE(int(sod->dataGroupHashes().size()), hashes);
    }

    void otherDataGroups_data()
    {
        QTest::addColumn<QString>("sodFile");
        QTest::addColumn<QString>("dgFile");
        QTest::addColumn<int>("number");
        QTest::addColumn<QString>("check"); // empty: matches
        const QString bsi = QStringLiteral("jmrtd/bsi2008/");
        const QString loes = QStringLiteral("jmrtd/loes2006/");
        for (const int dg : {1, 2, 3, 14})
            QTest::addRow("bsi2008 DG%d", dg)
                << bsi + QStringLiteral("EF_SOD.bin")
                << bsi + QStringLiteral("Datagroup%1.bin").arg(dg) << dg << QString();
        QTest::newRow("bsi2008 DG4")
            << bsi + QStringLiteral("EF_SOD.bin") << bsi + QStringLiteral("Datagroup4.bin") << 4
            << QStringLiteral("not_listed");
        QTest::newRow("bsi2008 DG15")
            << bsi + QStringLiteral("EF_SOD.bin") << bsi + QStringLiteral("Datagroup15.bin") << 15
            << QStringLiteral("not_listed");
        QTest::newRow("loes2006 DG1") << loes + QStringLiteral("ef011D.bin")
                                      << loes + QStringLiteral("ef0101.bin") << 1 << QString();
        QTest::newRow("loes2006 DG2") << loes + QStringLiteral("ef011D.bin")
                                      << loes + QStringLiteral("ef0102.bin") << 2 << QString();
        QTest::newRow("loes2006 DG15") << loes + QStringLiteral("ef011D.bin")
                                       << loes + QStringLiteral("ef010F.bin") << 15 << QString();
        QTest::newRow("loes2006 DG1 as DG2")
            << loes + QStringLiteral("ef011D.bin") << loes + QStringLiteral("ef0101.bin") << 2
            << QStringLiteral("hash");
        // BSI TR-03105-5's SOD (pymrtd #01) lists the DG2-DG4 that jmrtd's bsi2008 ships.
        for (const int dg : {2, 3, 4})
            QTest::addRow("pymrtd 01 with bsi2008 DG%d", dg)
                << QStringLiteral("pymrtd/sod/01_bsi_hjp_valid.bin")
                << bsi + QStringLiteral("Datagroup%1.bin").arg(dg) << dg << QString();
    }

    void otherDataGroups()
    {
        QFETCH(QString, sodFile);
        QFETCH(QString, dgFile);
        QFETCH(int, number);
        QFETCH(QString, check);
        auto sod = SecurityObject::parse(test::readFile(test::corpusPath(sodFile)));
        QVERIFY(sod.ok());
        auto verdict = sod->verifyDataGroup(number, test::readFile(test::corpusPath(dgFile)));
        QCOMPARE(verdict.ok(), check.isEmpty());
        if (!check.isEmpty()) {
            QCOMPARE(verdict.error().code, FailureCode::CardDataGroupHashMismatch);
            QCOMPARE(verdict.error().check, check);
        }
    }

    void refused_data()
    {
        test::addRefusalColumns();
        const int sod = int(FailureCode::CardSodMalformed);
        QTest::newRow("EF.COM instead") << QByteArray::fromHex("60035F0100") << sod
                                        << QStringLiteral("sod.tag") << QStringLiteral("tag");
        QTest::newRow("not CMS") << QByteArray::fromHex("7703020101") << sod
                                 << QStringLiteral("sod.cms")
                                 << QStringLiteral("d2i_CMS_ContentInfo");
        QTest::newRow("indefinite wrapper")
            << QByteArray::fromHex("778030000000") << int(FailureCode::CardTlvMalformed)
            << QStringLiteral("tlv.77") << QStringLiteral("indefinite_length");
        QTest::newRow("empty") << QByteArray() << int(FailureCode::CardTlvMalformed)
                               << QStringLiteral("tlv") << QStringLiteral("truncated_tag");
    }

    void refused()
    {
        test::checkRefusal([](const QByteArray &bytes) { return SecurityObject::parse(bytes); });
    }
};

QTEST_GUILESS_MAIN(TestSecurityObject)
#include "tst_securityobject.moc"
