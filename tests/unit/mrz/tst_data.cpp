// MrzData: the JSON schema guichet-cli prints, and the check look-up.
#include "mrz/MrzData.h"

#include "common/FailureCode.h"

#include <QJsonArray>
#include <QTest>

using namespace guichet;
using namespace guichet::mrz;

class TestMrzData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void json()
    {
        MrzData data;
        data.format = MrzFormat::TD1;
        data.documentCode = QStringLiteral("I");
        data.issuingState = QStringLiteral("UTO");
        data.documentNumber = QStringLiteral("D23145890734");
        data.nationality = QStringLiteral("FRA");
        data.nationalityKnown = true;
        data.birthDate = QDate(1934, 7, 12);
        data.sex = Sex::Male;
        data.surname = QStringLiteral("STEVENSON");
        data.givenNames = QStringLiteral("PETER JOHN");
        data.optionalData2 = QStringLiteral("X");
        data.checks = {{QStringLiteral("document_number"), true},
                       {QStringLiteral("composite"), false}};
        data.corrections = {{2, 3, u'O', u'0', QStringLiteral("why")}};
        data.errors = {{QStringLiteral("composite"), FailureCode::MrzCheckDigit,
                        QStringLiteral("what to do")}};

        const QJsonObject json = data.toJson();
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("TD1"));
        QCOMPARE(json.value(QStringLiteral("valid")).toBool(true), false);
        QCOMPARE(json.value(QStringLiteral("document_code")).toString(), QStringLiteral("I"));
        QCOMPARE(json.value(QStringLiteral("issuing_state_known")).toBool(true), false);
        QCOMPARE(json.value(QStringLiteral("nationality_known")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("birth_date")).toString(), QStringLiteral("1934-07-12"));
        QVERIFY(json.value(QStringLiteral("expiry_date")).isNull());
        QVERIFY(json.value(QStringLiteral("issue_date")).isNull());
        QCOMPARE(json.value(QStringLiteral("sex")).toString(), QStringLiteral("M"));
        QCOMPARE(json.value(QStringLiteral("given_names")).toString(),
                 QStringLiteral("PETER JOHN"));
        QCOMPARE(json.value(QStringLiteral("optional_data")).toString(), QString());
        QCOMPARE(json.value(QStringLiteral("optional_data_2")).toString(), QStringLiteral("X"));
        const QJsonArray checks = json.value(QStringLiteral("checks")).toArray();
        QCOMPARE(checks.size(), 2);
        QCOMPARE(checks.at(1).toObject(),
                 (QJsonObject{{QStringLiteral("field"), QStringLiteral("composite")},
                              {QStringLiteral("ok"), false}}));
        QCOMPARE(json.value(QStringLiteral("corrections")).toArray().at(0).toObject(),
                 (QJsonObject{{QStringLiteral("line"), 2},
                              {QStringLiteral("column"), 3},
                              {QStringLiteral("from"), QStringLiteral("O")},
                              {QStringLiteral("to"), QStringLiteral("0")},
                              {QStringLiteral("reason"), QStringLiteral("why")}}));
        QCOMPARE(json.value(QStringLiteral("errors")).toArray().at(0).toObject(),
                 (QJsonObject{{QStringLiteral("field"), QStringLiteral("composite")},
                              {QStringLiteral("code"), QStringLiteral("GU-303")},
                              {QStringLiteral("id"), QStringLiteral("mrz.check_digit")},
                              {QStringLiteral("message"), QStringLiteral("what to do")}}));
        // The lines (the whole MRZ again) stay out of the JSON.
        QVERIFY(!json.contains(QStringLiteral("lines")));

        QCOMPARE(data.checkOk(QStringLiteral("document_number")), std::optional<bool>(true));
        QCOMPARE(data.checkOk(QStringLiteral("composite")), std::optional<bool>(false));
        QCOMPARE(data.checkOk(QStringLiteral("optional_data")), std::nullopt);
        data.errors.clear();
        QVERIFY(data.valid());
    }

    void names()
    {
        QCOMPARE(MrzData::formatName(MrzFormat::TD2), QStringLiteral("TD2"));
        QCOMPARE(MrzData::formatName(MrzFormat::TD3), QStringLiteral("TD3"));
        QCOMPARE(MrzData::formatName(MrzFormat::MRVA), QStringLiteral("MRVA"));
        QCOMPARE(MrzData::formatName(MrzFormat::MRVB), QStringLiteral("MRVB"));
        QCOMPARE(MrzData::formatName(MrzFormat::FRA_ID), QStringLiteral("FRA_ID"));
        QCOMPARE(MrzData::sexCode(Sex::Female), QStringLiteral("F"));
        QCOMPARE(MrzData::sexCode(Sex::Unspecified), QStringLiteral("X"));
    }
};

QTEST_GUILESS_MAIN(TestMrzData)
#include "tst_data.moc"
