// MrzParser against every harvested vector, every refusal path, repairs and century resolution.
#include "mrz/MrzParser.h"

#include "support/TestData.h"

#include <QHash>
#include <QJsonArray>
#include <QTest>

#include <algorithm>

using namespace guichet;
using namespace guichet::mrz;

namespace {

QDate referenceDate()
{
    return {2026, 11, 22};
}

Result<MrzData> parse(const QString &text)
{
    return MrzParser(referenceDate()).parse(text);
}

QString joinLines(const QJsonArray &lines)
{
    QStringList text;
    for (const auto &line : lines)
        text << line.toString();
    return text.join(QLatin1Char('\n'));
}

QString yymmdd(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyMMdd")) : QString();
}

// "field:code" of every error, sorted, so that a row states the whole outcome at once.
QStringList errorKeys(const MrzData &data)
{
    QStringList keys;
    for (const auto &error : data.errors)
        keys << QStringLiteral("%1:%2").arg(error.field).arg(static_cast<int>(error.code));
    keys.sort();
    return keys;
}

QString key(const char *field, FailureCode code)
{
    return QStringLiteral("%1:%2").arg(QLatin1String(field)).arg(static_cast<int>(code));
}

// The vectors name formats and checks their own way; these are ours.
int formatOf(const QString &name)
{
    if (name == QLatin1String("TD1"))
        return static_cast<int>(MrzFormat::TD1);
    if (name == QLatin1String("TD2"))
        return static_cast<int>(MrzFormat::TD2);
    if (name == QLatin1String("TD3"))
        return static_cast<int>(MrzFormat::TD3);
    if (name == QLatin1String("MRV-A"))
        return static_cast<int>(MrzFormat::MRVA);
    if (name == QLatin1String("MRV-B"))
        return static_cast<int>(MrzFormat::MRVB);
    if (name == QLatin1String("FRENCH_ID"))
        return static_cast<int>(MrzFormat::FRA_ID);
    return -1;
}

const std::pair<const char *, const char *> kCheckNames[] = {
    {"documentNumber", "document_number"},
    {"birthDate", "birth_date"},
    {"expiryDate", "expiry_date"},
    {"optional", "optional_data"},
    {"composite", "composite"},
};

QString stripFillers(QString text)
{
    text.replace(QLatin1Char('<'), QLatin1Char(' '));
    return text.simplified();
}

const QString kTd3Line1 = QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<");
const QString kTd3Line2 = QStringLiteral("L898902C36UTO7408122F1204159ZE184226B<<<<<10");

QString td3(const QString &line2)
{
    return kTd3Line1 + QLatin1Char('\n') + line2;
}

} // namespace

class TestMrzParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vectors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("failure"); // a FailureCode, or 0 when the input parses
        QTest::addColumn<QString>("failureField");
        QTest::addColumn<int>("format");
        QTest::addColumn<QJsonObject>("checks");
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<QStringList>("repairedLines"); // OCR noise: the clean vector's lines
        QTest::addColumn<int>("expectedCorrections"); // -1: any (OCR noise)

        const QJsonObject file =
            test::loadJson(test::corpusPath(QStringLiteral("mrz-vectors/mrz_vectors.json")));
        const QJsonArray vectors = file.value(QStringLiteral("vectors")).toArray();
        QCOMPARE(vectors.size(), file.value(QStringLiteral("count")).toInt());
        QCOMPARE(vectors.size(), 102);

        // "source path|test name" → the clean vector, for the OCR noise vectors of that test.
        QHash<QString, QJsonObject> clean;
        for (const auto &value : vectors) {
            const QJsonObject v = value.toObject();
            const QString id = v.value(QStringLiteral("id")).toString();
            const QString text = joinLines(v.value(QStringLiteral("lines")).toArray());
            const QString expectation = v.value(QStringLiteral("source_expectation")).toString();
            const bool noise = expectation.startsWith(QLatin1String("ocr-noise"));
            const QString path = v.value(QStringLiteral("source"))
                                     .toObject()
                                     .value(QStringLiteral("path"))
                                     .toString();
            // OCR noise vectors must read as the clean vector of the same source test.
            QJsonObject reference = v;
            for (const auto &name : v.value(QStringLiteral("test_names")).toArray()) {
                const QString testKey = path + QLatin1Char('|') + name.toString();
                if (noise && clean.contains(testKey))
                    reference = clean.value(testKey);
                else if (!noise)
                    clean.insert(testKey, v);
            }
            QVERIFY2(!noise || reference != v, qPrintable(id));
            const QJsonObject icao =
                reference.value(QStringLiteral("icao_check_digits")).toObject();
            const QJsonObject oracle =
                reference.value(QStringLiteral("oracle_npm_mrz_5_0_2")).toObject();
            QStringList repaired;
            if (noise) {
                for (const auto &line : reference.value(QStringLiteral("lines")).toArray())
                    repaired << line.toString();
            }

            int failure = 0;
            QString failureField;
            if (id == QLatin1String("mrz-025")) {
                failure = static_cast<int>(FailureCode::MrzInvalidCharacter);
                failureField = QStringLiteral("document_number");
            } else if (id == QLatin1String("mrz-027")) {
                failure = static_cast<int>(FailureCode::MrzNotAnMrz);
                failureField = QStringLiteral("lines");
            } else if (icao.isEmpty()) {
                failure = static_cast<int>(FailureCode::MrzWrongLength);
                failureField = QStringLiteral("line_1");
            }
            // mrz-033's nationality "UT0" reads as the specimen state "UTO".
            const int corrections = noise ? -1 : (id == QLatin1String("mrz-033") ? 1 : 0);
            QTest::newRow(qPrintable(id))
                << text << failure << failureField
                << formatOf(icao.value(QStringLiteral("format")).toString()) << icao
                << oracle.value(QStringLiteral("fields")).toObject() << repaired << corrections;
        }
    }

    void vectors()
    {
        QFETCH(QString, text);
        QFETCH(int, failure);
        QFETCH(QString, failureField);
        QFETCH(int, format);
        QFETCH(QJsonObject, checks);
        QFETCH(QJsonObject, fields);
        QFETCH(QStringList, repairedLines);
        QFETCH(int, expectedCorrections);

        const Result<MrzData> result = parse(text);
        if (failure != 0) {
            QVERIFY(!result.ok());
            QCOMPARE(static_cast<int>(result.error().code), failure);
            QCOMPARE(result.error().field, failureField);
            return;
        }
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().toString()));
        const MrzData &data = *result;
        QCOMPARE(static_cast<int>(data.format), format);

        // Every check the independent ICAO recomputation lists, and no other.
        bool allPass = true;
        QStringList failing;
        for (const auto &[theirs, ours] : kCheckNames) {
            const QString field = QLatin1String(ours);
            if (!checks.contains(QLatin1String(theirs))) {
                QVERIFY2(!data.checkOk(field).has_value(), ours);
                continue;
            }
            const bool expected = checks.value(QLatin1String(theirs)).toBool();
            QVERIFY2(data.checkOk(field).has_value(), ours);
            QVERIFY2(*data.checkOk(field) == expected, ours);
            allPass = allPass && expected;
            if (!expected)
                failing << QStringLiteral("%1:%2").arg(field).arg(
                    static_cast<int>(FailureCode::MrzCheckDigit));
        }
        failing.sort();
        QCOMPARE(errorKeys(data), failing);
        QCOMPARE(data.valid(), allPass);

        const QString variant =
            checks.value(QStringLiteral("longDocumentNumberCheckVariant")).toString();
        QCOMPARE(data.documentNumberCheckIncludesFiller,
                 variant == QLatin1String("with_filler_only"));

        if (!repairedLines.isEmpty()) {
            QCOMPARE(data.lines, repairedLines);
            QVERIFY(!data.corrections.isEmpty());
            for (const auto &c : data.corrections)
                QCOMPARE(repairedLines.at(c.line - 1).at(c.column - 1), c.to);
        } else {
            QCOMPARE(data.corrections.size(), expectedCorrections);
        }

        // Unknown states are flagged, not refused: UTO is ICAO's specimen state.
        QCOMPARE(data.issuingStateKnown, data.issuingState != QLatin1String("UTO"));
        QCOMPARE(data.nationalityKnown, data.nationality != QLatin1String("UTO"));

        // Field values where the npm mrz oracle gives them (null: it refused the field).
        const auto expect = [&fields](const char *name) {
            return fields.value(QLatin1String(name)).toString();
        };
        const auto has = [&fields](const char *name) {
            return fields.value(QLatin1String(name)).isString();
        };
        if (has("documentCode"))
            QCOMPARE(data.documentCode, stripFillers(expect("documentCode")));
        if (has("issuingState") && expect("issuingState") != QLatin1String("UT0"))
            QCOMPARE(data.issuingState, stripFillers(expect("issuingState")));
        if (has("nationality") && expect("nationality") != QLatin1String("UT0"))
            QCOMPARE(data.nationality, stripFillers(expect("nationality")));
        if (data.format == MrzFormat::FRA_ID) {
            QCOMPARE(data.nationality, QStringLiteral("FRA"));
            // npm splits the 12-character number; ours is the whole of it, as printed.
            if (has("issueDate") && has("administrativeCode2") && has("documentNumber"))
                QCOMPARE(data.documentNumber, expect("issueDate") + expect("administrativeCode2") +
                                                  expect("documentNumber"));
            if (has("issueDate"))
                QCOMPARE(data.issueDate.toString(QStringLiteral("yyMM")), expect("issueDate"));
            if (has("administrativeCode"))
                QCOMPARE(data.optionalData1, expect("administrativeCode"));
            QVERIFY(!data.expiryDate.isValid());
        } else if (has("documentNumber")) {
            QCOMPARE(data.documentNumber, expect("documentNumber"));
        }
        if (has("birthDate"))
            QCOMPARE(yymmdd(data.birthDate), expect("birthDate"));
        if (has("expirationDate"))
            QCOMPARE(yymmdd(data.expiryDate), expect("expirationDate"));
        if (has("sex")) {
            const QString sex = expect("sex");
            QCOMPARE(data.sex, sex == QLatin1String("male")     ? Sex::Male
                               : sex == QLatin1String("female") ? Sex::Female
                                                                : Sex::Unspecified);
        }
        if (has("lastName"))
            QCOMPARE(data.surname, expect("lastName"));
        if (has("firstName"))
            QCOMPARE(data.givenNames, expect("firstName").simplified());
        const bool visa = data.format == MrzFormat::MRVA || data.format == MrzFormat::MRVB;
        const bool longNumber = !variant.isEmpty();
        // npm keeps a long number's overflow in optional1 and reads visas as TD2/TD3.
        if (has("optional1") && !longNumber)
            QCOMPARE(stripFillers(data.optionalData1), expect("optional1"));
        if (has("optional2"))
            QCOMPARE(stripFillers(data.optionalData2), expect("optional2"));
        if (has("personalNumber") && !visa)
            QCOMPARE(stripFillers(data.optionalData1), expect("personalNumber"));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<FailureCode>("code");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("check");
        QTest::newRow("empty") << QString() << FailureCode::MrzNotAnMrz << QStringLiteral("lines")
                               << QStringLiteral("empty");
        QTest::newRow("blank lines") << QStringLiteral(" \n\t\r\n \n") << FailureCode::MrzNotAnMrz
                                     << QStringLiteral("lines") << QStringLiteral("empty");
        QTest::newRow("four lines")
            << (td3(kTd3Line2) + QLatin1Char('\n') + td3(kTd3Line2)) << FailureCode::MrzNotAnMrz
            << QStringLiteral("lines") << QStringLiteral("line_count");
        QTest::newRow("2x40") << (QString(40, u'A') + QLatin1Char('\n') + QString(40, u'A'))
                              << FailureCode::MrzWrongLength << QStringLiteral("line_1")
                              << QStringLiteral("length");
        QTest::newRow("line 2 one short")
            << td3(kTd3Line2.chopped(1)) << FailureCode::MrzWrongLength << QStringLiteral("line_2")
            << QStringLiteral("length");
        QTest::newRow("one line of 89")
            << (kTd3Line1 + kTd3Line2 + QLatin1Char('0')) << FailureCode::MrzWrongLength
            << QStringLiteral("line_1") << QStringLiteral("length");
        QTest::newRow("garbage") << QStringLiteral("hello world") << FailureCode::MrzWrongLength
                                 << QStringLiteral("line_1") << QStringLiteral("length");
        QTest::newRow("one line of 44") << kTd3Line2 << FailureCode::MrzUnknownFormat
                                        << QStringLiteral("lines") << QStringLiteral("line_count");
        QTest::newRow("3x44") << (td3(kTd3Line2) + QLatin1Char('\n') + kTd3Line2)
                              << FailureCode::MrzUnknownFormat << QStringLiteral("lines")
                              << QStringLiteral("format");
        QTest::newRow("2x30") << (QString(30, u'<') + QLatin1Char('\n') + QString(30, u'<'))
                              << FailureCode::MrzUnknownFormat << QStringLiteral("lines")
                              << QStringLiteral("format");
        QString names = kTd3Line1;
        names[10] = u'?';
        QTest::newRow("punctuation in names")
            << (names + QLatin1Char('\n') + kTd3Line2) << FailureCode::MrzInvalidCharacter
            << QStringLiteral("names") << QStringLiteral("charset");
        QString number = kTd3Line2;
        number[2] = QChar(0x00C9); // É
        QTest::newRow("accent in document number")
            << td3(number) << FailureCode::MrzInvalidCharacter << QStringLiteral("document_number")
            << QStringLiteral("charset");
        QTest::newRow("hyphen in TD1 optional data")
            << QStringLiteral("IDCHEA1234567<6<<<<<-<<<<<<<<<\n7510256M2009018CHE<<<<<<<<<<<8\n"
                              "SMITH<<JOHN<ALBERT<<<<<<<<<<<<")
            << FailureCode::MrzInvalidCharacter << QStringLiteral("optional_data")
            << QStringLiteral("charset");
    }

    void refused()
    {
        QFETCH(QString, text);
        QFETCH(FailureCode, code);
        QFETCH(QString, field);
        QFETCH(QString, check);
        const Result<MrzData> result = parse(text);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        QCOMPARE(result.error().field, field);
        QCOMPARE(result.error().check, check);
    }

    void failedChecks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("errors");
        const QString td1Line1 = QStringLiteral("I<SWE59000002<8198703142391<<<");
        const QString td1Line3 = QStringLiteral("SPECIMEN<<SVEN<<<<<<<<<<<<<<<<");
        const QString td2Line1 = QStringLiteral("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<");
        const QString fraLine1 = QStringLiteral("IDFRABERTHIER<<<<<<<<<<<<<<<<<<<<<<<");
        const auto cd = FailureCode::MrzCheckDigit;
        const auto td1 = [&](const char *line1, const char *line2) -> QString {
            return QLatin1String(line1) + QLatin1Char('\n') + QLatin1String(line2) +
                   QLatin1Char('\n') + td1Line3;
        };
        const auto twoLines = [](const QString &line1, const char *line2) -> QString {
            return line1 + QLatin1Char('\n') + QLatin1String(line2);
        };

        QTest::newRow("TD3 document number")
            << td3(QStringLiteral("L898902C37UTO7408122F1204159ZE184226B<<<<<10"))
            << QStringList{key("composite", cd), key("document_number", cd)};
        QTest::newRow("TD3 birth date")
            << td3(QStringLiteral("L898902C36UTO7408120F1204159ZE184226B<<<<<10"))
            << QStringList{key("birth_date", cd), key("composite", cd)};
        QTest::newRow("TD3 expiry date")
            << td3(QStringLiteral("L898902C36UTO7408122F1204150ZE184226B<<<<<10"))
            << QStringList{key("composite", cd), key("expiry_date", cd)};
        QTest::newRow("TD3 optional data")
            << td3(QStringLiteral("L898902C36UTO7408122F1204159ZE184226B<<<<<00"))
            << QStringList{key("composite", cd), key("optional_data", cd)};
        QTest::newRow("TD3 composite")
            << td3(QStringLiteral("L898902C36UTO7408122F1204159ZE184226B<<<<<19"))
            << QStringList{key("composite", cd)};
        QTest::newRow("TD3 doubtful number stays unrepaired")
            << td3(QStringLiteral("L8989O2C36UTO7408122F1204159ZE184226B<<<<<10"))
            << QStringList{key("composite", cd), key("document_number", cd)};
        QTest::newRow("TD1 document number")
            << td1("I<SWE59000002<0198703142391<<<", "8703145M1701027SWE<<<<<<<<<<<8")
            << QStringList{key("composite", cd), key("document_number", cd)};
        QTest::newRow("TD1 birth date")
            << td1("I<SWE59000002<8198703142391<<<", "8703140M1701027SWE<<<<<<<<<<<8")
            << QStringList{key("birth_date", cd), key("composite", cd)};
        QTest::newRow("TD1 expiry date")
            << td1("I<SWE59000002<8198703142391<<<", "8703145M1701020SWE<<<<<<<<<<<8")
            << QStringList{key("composite", cd), key("expiry_date", cd)};
        QTest::newRow("TD1 composite")
            << td1("I<SWE59000002<8198703142391<<<", "8703145M1701027SWE<<<<<<<<<<<0")
            << QStringList{key("composite", cd)};
        QTest::newRow("TD1 long number without its check digit")
            << QStringLiteral("I<UTOD23145890<<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<7\n"
                              "ERIKSSON<<ANNA<MARIA<<<<<<<<<<")
            << QStringList{key("document_number", cd)};
        QTest::newRow("TD1 long number wrong check digit")
            << QStringLiteral("IDBEL000590240<6016<<<<<<<<<<<\n8512017F1311048BEL851201002007\n"
                              "REINARTZ<<ULRIKE<KATIA<E<<<<<<")
            << QStringList{key("composite", cd), key("document_number", cd)};
        QTest::newRow("TD2 document number")
            << twoLines(td2Line1, "D231458906UTO7408122F1204159<<<<<<<6")
            << QStringList{key("composite", cd), key("document_number", cd)};
        QTest::newRow("TD2 birth date")
            << twoLines(td2Line1, "D231458907UTO7408123F1204159<<<<<<<6")
            << QStringList{key("birth_date", cd), key("composite", cd)};
        QTest::newRow("TD2 expiry date")
            << twoLines(td2Line1, "D231458907UTO7408122F1204158<<<<<<<6")
            << QStringList{key("composite", cd), key("expiry_date", cd)};
        QTest::newRow("TD2 composite") << twoLines(td2Line1, "D231458907UTO7408122F1204159<<<<<<<8")
                                       << QStringList{key("composite", cd)};
        const QString mrvb = QStringLiteral("VCFINMEIKAELAEINEN<<MATTI<<<<<<<<<<<");
        QTest::newRow("MRV-B document number")
            << twoLines(mrvb, "0005467<<0RUS7001017M1111019<M901101")
            << QStringList{key("document_number", cd)};
        QTest::newRow("MRV-B birth date") << twoLines(mrvb, "0005467<<2RUS7001010M1111019<M901101")
                                          << QStringList{key("birth_date", cd)};
        QTest::newRow("MRV-B expiry date") << twoLines(mrvb, "0005467<<2RUS7001017M1111010<M901101")
                                           << QStringList{key("expiry_date", cd)};
        const QString mrva = QStringLiteral("VNUSATRAVELER<<HAPPY<<<<<<<<<<<<<<<<<<<<<<<<");
        QTest::newRow("MRV-A document number")
            << twoLines(mrva, "12345678<0KOR5001013F1304071B3SE000IL4243934")
            << QStringList{key("document_number", cd)};
        QTest::newRow("French ID document number")
            << twoLines(fraLine1, "8806923102850CORINNE<<<<<<<6512068F6")
            << QStringList{key("composite", cd), key("document_number", cd)};
        QTest::newRow("French ID birth date")
            << twoLines(fraLine1, "8806923102858CORINNE<<<<<<<6512060F6")
            << QStringList{key("birth_date", cd), key("composite", cd)};
        QTest::newRow("French ID composite")
            << twoLines(fraLine1, "8806923102858CORINNE<<<<<<<6512068F0")
            << QStringList{key("composite", cd)};
        QTest::newRow("French ID issue month 13")
            << twoLines(fraLine1, "8813923102858CORINNE<<<<<<<6512068F6")
            << QStringList{key("issue_date", FailureCode::MrzInvalidDate)};
        QTest::newRow("birth date 13th month")
            << td3(QStringLiteral("L898902C36UTO7413128F1204159ZE184226B<<<<<10"))
            << QStringList{key("birth_date", FailureCode::MrzInvalidDate)};
        QTest::newRow("expiry 31 April")
            << td3(QStringLiteral("L898902C36UTO7408122F1204311ZE184226B<<<<<14"))
            << QStringList{key("expiry_date", FailureCode::MrzInvalidDate)};
        QTest::newRow("unrepairable letter in birth date")
            << td3(QStringLiteral("L898902C36UTO74X8122F1204159ZE184226B<<<<<10"))
            << QStringList{key("birth_date", cd), key("birth_date", FailureCode::MrzInvalidDate),
                           key("composite", cd)};
        QTest::newRow("sex Q") << td3(QStringLiteral(
                                      "L898902C36UTO7408122Q1204159ZE184226B<<<<<10"))
                               << QStringList{key("sex", FailureCode::MrzInvalidField)};
        QTest::newRow("digit 3 in a name")
            << (QStringLiteral("P<UTOERIKSSON<<ANNA<MAR3A<<<<<<<<<<<<<<<<<<<\n") + kTd3Line2)
            << QStringList{key("names", FailureCode::MrzInvalidField)};
        QTest::newRow("digit 7 in the issuing state")
            << (QStringLiteral("P<U7OERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n") + kTd3Line2)
            << QStringList{key("issuing_state", FailureCode::MrzInvalidField)};
        QTest::newRow("digit 4 in the nationality")
            << td3(QStringLiteral("L898902C36U4O7408122F1204159ZE184226B<<<<<10"))
            << QStringList{key("nationality", FailureCode::MrzInvalidField)};
        QTest::newRow("empty document code")
            << (QStringLiteral("<<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n") + kTd3Line2)
            << QStringList{key("document_code", FailureCode::MrzInvalidField)};
    }

    void failedChecks()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, errors);
        const Result<MrzData> result = parse(text);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().toString()));
        QCOMPARE(errorKeys(*result), errors);
        QVERIFY(!result->valid());
        for (const auto &error : result->errors) {
            // Which field and what to do, never the value read.
            QVERIFY(!error.message.isEmpty());
            QVERIFY2(!error.message.contains(QLatin1String("ERIKSSON")) &&
                         !error.message.contains(QLatin1String("L898902C3")) &&
                         !error.message.contains(QLatin1String("740812")),
                     qPrintable(error.message));
            QVERIFY(error.message.contains(error.field.section(u'_', 0, 0)));
        }
    }

    void corrections()
    {
        // A letter in a digits-only position has one reading.
        const Result<MrzData> birth =
            parse(td3(QStringLiteral("L898902C36UTO74O8122F1204159ZE184226B<<<<<10")));
        QVERIFY(birth.ok());
        QVERIFY(birth->valid());
        QCOMPARE(birth->corrections.size(), 1);
        QCOMPARE(birth->corrections.constFirst(),
                 (MrzData::Correction{2, 16, u'O', u'0',
                                      QStringLiteral("letter in a digits-only position")}));
        QCOMPARE(birth->birthDate, QDate(1974, 8, 12));

        // In a document number either class may appear: the check digit decides, when only
        // one reading satisfies it.
        const QString line1 = QStringLiteral("P<FRAMARTIN<<PAUL<<<<<<<<<<<<<<<<<<<<<<<<<<<");
        const Result<MrzData> number =
            parse(line1 + QStringLiteral("\nX4AO7T3K93FRA8501019M3001019<<<<<<<<<<<<<<<6"));
        QVERIFY(number.ok());
        QVERIFY(number->valid());
        QCOMPARE(number->documentNumber, QStringLiteral("X4A07T3K9"));
        QCOMPARE(number->corrections.size(), 1);
        QCOMPARE(number->corrections.constFirst().column, 4);
        QCOMPARE(number->corrections.constFirst().from, u'O');
        QCOMPARE(number->corrections.constFirst().to, u'0');
        QVERIFY(number->corrections.constFirst().reason.contains(QLatin1String("check digit")));

        // A digit in a letters-only field (names, state) and in the document code.
        const Result<MrzData> names =
            parse(QStringLiteral("P<UT0ERIK55ON<<ANNA<MAR1A<<<<<<<<<<<<<<<<<<<\n") + kTd3Line2);
        QVERIFY(names.ok());
        QVERIFY(names->valid());
        QCOMPARE(names->surname, QStringLiteral("ERIKSSON"));
        QCOMPARE(names->givenNames, QStringLiteral("ANNA MARIA"));
        QCOMPARE(names->issuingState, QStringLiteral("UTO"));
        QCOMPARE(names->corrections.size(), 4);
        for (const auto &c : names->corrections) {
            QCOMPARE(c.line, 1);
            QCOMPARE(c.reason, QStringLiteral("digit in a letters-only position"));
        }
    }

    void longDocumentNumber_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("number");
        QTest::addColumn<bool>("withFiller");
        QTest::addColumn<QString>("optional");
        QTest::newRow("TD1 ICAO 9303-11 without filler")
            << QStringLiteral("I<UTOD23145890<7349<<<<<<<<<<<\n3407127M9507122UTO<<<<<<<<<<<2\n"
                              "STEVENSON<<PETER<JOHN<<<<<<<<<")
            << QStringLiteral("D23145890734") << false << QString();
        QTest::newRow("TD1 BEL-BO-03003 with filler")
            << QStringLiteral("IDBEL000590240<6013<<<<<<<<<<<\n8512017F1311048BEL851201002007\n"
                              "REINARTZ<<ULRIKE<KATIA<E<<<<<<")
            << QStringLiteral("000590240601") << true << QString();
        QTest::newRow("TD1 overflow then optional data")
            << QStringLiteral("I<PRT007777779<ZZ92<<<<<<<<<<<\n8303143M3405282PRT<<<<<<<<<<<2\n"
                              "CACADOR<DE<ARAUJO<<ANDRE<ESTEV")
            << QStringLiteral("007777779ZZ9") << false << QString();
        QTest::newRow("TD2 without filler")
            << QStringLiteral("I<UTOSTEVENSON<<PETER<JOHN<<<<<<<<<<\n"
                              "D23145890<UTO3407127M95071227349<<<8")
            << QStringLiteral("D23145890734") << false << QString();
        QTest::newRow("TD2 with filler") << QStringLiteral("I<UTOSTEVENSON<<PETER<JOHN<<<<<<<<<<\n"
                                                           "D23145890<UTO3407127M9507122122<<<<8")
                                         << QStringLiteral("D2314589012") << true << QString();
    }

    void longDocumentNumber()
    {
        QFETCH(QString, text);
        QFETCH(QString, number);
        QFETCH(bool, withFiller);
        QFETCH(QString, optional);
        const Result<MrzData> result = parse(text);
        QVERIFY(result.ok());
        QVERIFY2(result->valid(), qPrintable(errorKeys(*result).join(u',')));
        QCOMPARE(result->documentNumber, number);
        QCOMPARE(result->documentNumberCheckIncludesFiller, withFiller);
        QCOMPARE(result->optionalData1, optional);
    }

    void centuries_data()
    {
        QTest::addColumn<QString>("line2");
        QTest::addColumn<QDate>("reference");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<QDate>("expiry");
        const QString born261123 = QStringLiteral("X4A07T3K93FRA2611239M3001019<<<<<<<<<<<<<<<2");
        const QString born261122 = QStringLiteral("X4A07T3K93FRA2611228M3001019<<<<<<<<<<<<<<<2");
        QTest::newRow("born tomorrow a century ago")
            << born261123 << referenceDate() << QDate(1926, 11, 23) << QDate(2030, 1, 1);
        QTest::newRow("born today")
            << born261122 << referenceDate() << QDate(2026, 11, 22) << QDate(2030, 1, 1);
        QTest::newRow("reference in 1990")
            << born261122 << QDate(1990, 1, 1) << QDate(1926, 11, 22) << QDate(2030, 1, 1);
        QTest::newRow("expired in 1995")
            << QStringLiteral("X4A07T3K93FRA3407127M9507122<<<<<<<<<<<<<<<0") << referenceDate()
            << QDate(1934, 7, 12) << QDate(1995, 7, 12);
    }

    void centuries()
    {
        QFETCH(QString, line2);
        QFETCH(QDate, reference);
        QFETCH(QDate, birth);
        QFETCH(QDate, expiry);
        const Result<MrzData> result = MrzParser(reference).parse(
            QStringLiteral("P<FRAMARTIN<<PAUL<<<<<<<<<<<<<<<<<<<<<<<<<<<\n") + line2);
        QVERIFY(result.ok());
        QVERIFY(result->valid());
        QCOMPARE(result->birthDate, birth);
        QCOMPARE(result->expiryDate, expiry);
    }

    void unknownDatesAndStates()
    {
        // '<' for an unknown part of a date is allowed and is not an error.
        const Result<MrzData> partial =
            parse(td3(QStringLiteral("L898902C36UTO74<<<<1F1204159ZE184226B<<<<<18")));
        QVERIFY(partial.ok());
        QVERIFY(partial->valid());
        QVERIFY(!partial->birthDate.isValid());
        const Result<MrzData> noExpiry =
            parse(td3(QStringLiteral("L898902C36UTO7408122F<<<<<<0ZE184226B<<<<<10")));
        QVERIFY(noExpiry.ok());
        QVERIFY(noExpiry->valid());
        QVERIFY(!noExpiry->expiryDate.isValid());
        QCOMPARE(noExpiry->toJson().value(QStringLiteral("expiry_date")), QJsonValue());

        const Result<MrzData> specimen = parse(td3(kTd3Line2));
        QVERIFY(specimen.ok());
        QVERIFY(specimen->valid());
        QVERIFY(!specimen->issuingStateKnown);
        QVERIFY(!specimen->nationalityKnown);

        const Result<MrzData> german =
            parse(QStringLiteral("P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<\n"
                                 "C01X0006H1D<<6408125F1710319<<<<<<<<<<<<<<<0"));
        QVERIFY(german.ok());
        QCOMPARE(german->issuingState, QStringLiteral("D"));
        QVERIFY(german->issuingStateKnown);
        QCOMPARE(german->nationality, QStringLiteral("D"));
        QVERIFY(german->nationalityKnown);
        QCOMPARE(german->optionalData1, QString());
        QCOMPARE(german->checkOk(QStringLiteral("optional_data")), std::optional<bool>(true));
    }

    void normalisation()
    {
        // Lower case, spaces inside lines, CR/LF and blank lines around: as OCR gives them.
        const QString messy =
            QStringLiteral("\r\n  p<uto eriksson<<anna<maria<<<<<<<<<<<<<<<<<<<\r\n"
                           "\r\nL898902C36 UTO7408122F1204159ZE184226B<<<<<10 \r\n\n");
        const Result<MrzData> result = parse(messy);
        QVERIFY(result.ok());
        QVERIFY(result->valid());
        QCOMPARE(result->lines, (QStringList{kTd3Line1, kTd3Line2}));
        QCOMPARE(MrzParser::normalise(QStringLiteral(" a b\r\n\r\nc ")),
                 (QStringList{QStringLiteral("AB"), QStringLiteral("C")}));

        // Scanners in keyboard mode may give the lines joined.
        const Result<MrzData> joined = parse(kTd3Line1 + kTd3Line2);
        QVERIFY(joined.ok());
        QCOMPARE(joined->toJson(), result->toJson());
        const Result<MrzData> td1 =
            parse(QStringLiteral("I<UTOD23145890<7349<<<<<<<<<<<3407127M9507122UTO<<<<<<<<<<<"
                                 "2STEVENSON<<PETER<JOHN<<<<<<<<<"));
        QVERIFY(td1.ok());
        QCOMPARE(td1->format, MrzFormat::TD1);
        QVERIFY(td1->valid());
    }
};

QTEST_GUILESS_MAIN(TestMrzParser)
#include "tst_parser.moc"
