// Rules files load and validate; each rule kind finds what it should, and nothing else.
#include "application/RuleSet.h"
#include "application/Validator.h"

#include "support/TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace guichet;
using namespace guichet::application;

namespace {

const QDate kToday(2026, 11, 22);

// A complete, consistent passport renewal.
QJsonObject passportRenewal()
{
    return test::loadJson(test::dataPath(QStringLiteral("application/passport_renewal.json")));
}

void set(QJsonObject &document, const QString &path, const QJsonValue &value)
{
    const QStringList parts = path.split(QLatin1Char('.'));
    std::function<void(QJsonObject &, int)> put = [&](QJsonObject &object, int i) {
        if (i == parts.size() - 1) {
            if (value.isUndefined())
                object.remove(parts[i]);
            else
                object.insert(parts[i], value);
            return;
        }
        QJsonObject child = object.value(parts[i]).toObject();
        put(child, i + 1);
        object.insert(parts[i], child);
    };
    put(document, 0);
}

QStringList ruleIds(const ValidationReport &report)
{
    QStringList ids;
    for (const auto &v : report.violations)
        ids << v.ruleId;
    return ids;
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtinRulesLoad()
    {
        for (const QString &type : RuleSet::documentTypes()) {
            auto rules = RuleSet::builtin(type);
            QVERIFY2(rules.ok(), qPrintable(rules.ok() ? QString() : rules.error().toString()));
            QCOMPARE(rules->documentType(), type);
            QVERIFY(!rules->rulesVersion().isEmpty());
            QVERIFY(rules->rules().size() > 20);
            for (const Rule &rule : rules->rules()) {
                QVERIFY(!rule.messageFr.isEmpty());
                QVERIFY(!rule.messageEn.isEmpty());
            }
        }
        QCOMPARE(RuleSet::builtin(QStringLiteral("visa")).error().code,
                 FailureCode::InvalidArgument);
    }

    void completeApplicationPasses()
    {
        const auto rules = RuleSet::builtin(QStringLiteral("passport")).value();
        const auto report = validate(passportRenewal(), rules, kToday);
        QVERIFY2(report.violations.isEmpty(), qPrintable(ruleIds(report).join(u',')));
        QVERIFY(report.canFinalise());
    }

    void eachProblemIsNamed_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<bool>("blocking");
        const auto undefined = QJsonValue(QJsonValue::Undefined);
        QTest::newRow("no surname") << QStringLiteral("applicant.surname") << undefined
                                    << QStringLiteral("applicant.surname.required") << true;
        QTest::newRow("digits in surname")
            << QStringLiteral("applicant.surname") << QJsonValue(QStringLiteral("D4VID"))
            << QStringLiteral("applicant.surname.characters") << true;
        QTest::newRow("future birth")
            << QStringLiteral("applicant.birth_date") << QJsonValue(QStringLiteral("2030-01-01"))
            << QStringLiteral("applicant.birth_date.valid") << true;
        QTest::newRow("impossible date")
            << QStringLiteral("applicant.birth_date") << QJsonValue(QStringLiteral("1985-02-30"))
            << QStringLiteral("applicant.birth_date.valid") << true;
        QTest::newRow("unknown sex")
            << QStringLiteral("applicant.sex") << QJsonValue(QStringLiteral("Q"))
            << QStringLiteral("applicant.sex.known") << true;
        QTest::newRow("foreign national")
            << QStringLiteral("applicant.nationality") << QJsonValue(QStringLiteral("DEU"))
            << QStringLiteral("applicant.nationality.french") << true;
        QTest::newRow("height out of range")
            << QStringLiteral("applicant.height_cm") << QJsonValue(300)
            << QStringLiteral("applicant.height_cm.range") << true;
        QTest::newRow("height as text")
            << QStringLiteral("applicant.height_cm") << QJsonValue(QStringLiteral("tall"))
            << QStringLiteral("applicant.height_cm.range") << true;
        QTest::newRow("postcode") << QStringLiteral("applicant.address.postcode")
                                  << QJsonValue(QStringLiteral("4400"))
                                  << QStringLiteral("applicant.address.postcode.format") << true;
        QTest::newRow("no photo") << QStringLiteral("evidence.photo") << undefined
                                  << QStringLiteral("evidence.photo.required") << true;
        QTest::newRow("no tax stamp") << QStringLiteral("evidence.tax_stamp") << undefined
                                      << QStringLiteral("evidence.tax_stamp.required") << true;
        QTest::newRow("short tax stamp")
            << QStringLiteral("evidence.tax_stamp.number") << QJsonValue(QStringLiteral("12345"))
            << QStringLiteral("evidence.tax_stamp.format") << true;
        QTest::newRow("renewal without old document")
            << QStringLiteral("evidence.mrz") << undefined
            << QStringLiteral("evidence.current_document.required") << true;
        QTest::newRow("bad email (warning)")
            << QStringLiteral("applicant.contact.email") << QJsonValue(QStringLiteral("anne@"))
            << QStringLiteral("applicant.contact.email.format") << false;
        QTest::newRow("name differs from MRZ (warning)")
            << QStringLiteral("applicant.surname") << QJsonValue(QStringLiteral("Lefort"))
            << QStringLiteral("applicant.surname.matches_mrz") << false;
        QTest::newRow("chip not authenticated (warning)")
            << QStringLiteral("evidence.chip.passive_authentication")
            << QJsonValue(QStringLiteral("invalid")) << QStringLiteral("evidence.chip.valid")
            << false;
    }

    void eachProblemIsNamed()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, rule);
        QFETCH(bool, blocking);
        QJsonObject document = passportRenewal();
        set(document, path, value);
        const auto report =
            validate(document, RuleSet::builtin(QStringLiteral("passport")).value(), kToday);
        // The rule is reported (a changed value may also contradict the evidence, as a warning).
        const QStringList ids = ruleIds(report);
        QVERIFY2(ids.contains(rule), qPrintable(ids.join(u',')));
        QCOMPARE(report.canFinalise(), !blocking);
        const Violation violation = report.violations.at(ids.indexOf(rule));
        QVERIFY(!violation.message(QStringLiteral("fr")).isEmpty());
        QVERIFY(violation.message(QStringLiteral("en")) != violation.message(QStringLiteral("fr")));
        QVERIFY(!report.forField(violation.field).isEmpty());
    }

    void conditionsFollowTheReason()
    {
        const auto cni = RuleSet::builtin(QStringLiteral("cni")).value();
        QJsonObject document = passportRenewal();
        document.insert(QStringLiteral("document_type"), QStringLiteral("cni"));
        set(document, QStringLiteral("evidence.tax_stamp"), QJsonValue(QJsonValue::Undefined));
        // A CNI renewal needs no tax stamp; a CNI after loss or theft does.
        QVERIFY(!ruleIds(validate(document, cni, kToday))
                     .contains(QStringLiteral("evidence.tax_stamp.required")));
        document.insert(QStringLiteral("reason"), QStringLiteral("loss_theft"));
        QVERIFY(ruleIds(validate(document, cni, kToday))
                    .contains(QStringLiteral("evidence.tax_stamp.required")));
    }

    void drivingLicenceMinimumAge()
    {
        const auto rules = RuleSet::builtin(QStringLiteral("driving_licence")).value();
        QJsonObject document = passportRenewal();
        set(document, QStringLiteral("applicant.birth_date"), QStringLiteral("2010-01-01"));
        set(document, QStringLiteral("evidence.mrz.birth_date"), QStringLiteral("2010-01-01"));
        QVERIFY(ruleIds(validate(document, rules, kToday))
                    .contains(QStringLiteral("applicant.birth_date.minimum_age")));
        set(document, QStringLiteral("applicant.birth_date"), QStringLiteral("2009-11-22"));
        set(document, QStringLiteral("evidence.mrz.birth_date"), QStringLiteral("2009-11-22"));
        QVERIFY(!ruleIds(validate(document, rules, kToday))
                     .contains(QStringLiteral("applicant.birth_date.minimum_age")));
    }

    void residencePermitIsForForeignNationals()
    {
        const auto rules = RuleSet::builtin(QStringLiteral("residence_permit")).value();
        QJsonObject document = passportRenewal();
        QVERIFY(ruleIds(validate(document, rules, kToday))
                    .contains(QStringLiteral("applicant.nationality.foreign")));
        set(document, QStringLiteral("applicant.nationality"), QStringLiteral("MAR"));
        QVERIFY(!ruleIds(validate(document, rules, kToday))
                     .contains(QStringLiteral("applicant.nationality.foreign")));
    }

    void nameNormalisation_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("accents") << QStringLiteral("Lefèvre") << QStringLiteral("LEFEVRE");
        QTest::newRow("hyphen and case")
            << QStringLiteral("anne-sophie") << QStringLiteral("ANNE SOPHIE");
        QTest::newRow("apostrophe") << QStringLiteral("D’Artagnan") << QStringLiteral("D ARTAGNAN");
        QTest::newRow("MRZ fillers")
            << QStringLiteral("ANNE<SOPHIE") << QStringLiteral("ANNE SOPHIE");
        QTest::newRow("spaces") << QStringLiteral("  Le   Gall ") << QStringLiteral("LE GALL");
        QTest::newRow("cedilla") << QStringLiteral("François") << QStringLiteral("FRANCOIS");
    }

    void nameNormalisation()
    {
        QFETCH(QString, text);
        QFETCH(QString, normalised);
        QCOMPARE(normaliseName(text), normalised);
    }

    void malformedRulesFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("check");
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("rules")
                                  << QStringLiteral("json");
        const QByteArray file =
            test::readFile(test::dataPath(QStringLiteral("application/malformed_rules.json")));
        for (const auto &value : QJsonDocument::fromJson(file).array()) {
            const QJsonObject row = value.toObject();
            QTest::newRow(qPrintable(row.value(QStringLiteral("name")).toString()))
                << QJsonDocument(row.value(QStringLiteral("rules")).toObject()).toJson()
                << row.value(QStringLiteral("field")).toString()
                << row.value(QStringLiteral("check")).toString();
        }
    }

    void malformedRulesFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QFETCH(QString, check);
        auto rules = RuleSet::fromJson(json);
        QVERIFY(!rules.ok());
        QCOMPARE(rules.error().code, FailureCode::ApplicationRulesInvalid);
        QCOMPARE(rules.error().field, field);
        QCOMPARE(rules.error().check, check);
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
