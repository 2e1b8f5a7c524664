// Pre-application numbers (typed or from a QR payload) and electronic tax-stamp numbers.
#include "barcode/PreApplicationCode.h"
#include "barcode/TaxStamp.h"

#include <QTest>

using namespace guichet;
using namespace guichet::barcode;

class TestDocumentCodes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void preApplication_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("qr");
        QTest::addColumn<QString>("number"); // empty: refused
        QTest::addColumn<QString>("check");
        const auto add = [](const char *name, const char *input, bool qr, const char *number,
                            const char *check) {
            QTest::newRow(name) << QString::fromUtf8(input) << qr << QString::fromLatin1(number)
                                << QString::fromLatin1(check);
        };
        add("typed", "AB12CD34EF", false, "AB12CD34EF", "");
        add("lower case and spaces around", "  ab12cd34ef\t", false, "AB12CD34EF", "");
        add("digits only", "1234567890", false, "1234567890", "");
        add("nine characters", "AB12CD34E", false, "", "format");
        add("eleven characters", "AB12CD34EF1", false, "", "format");
        add("inner space", "AB12 CD34EF", false, "", "format");
        add("hyphen", "AB12-CD34E", false, "", "format");
        add("accented letter", "AB12CD34É1", false, "", "format");
        add("empty", "", false, "", "format");
        add("QR plain number", "ab12cd34ef", true, "AB12CD34EF", "");
        add("QR URL query", "https://predemande.example.fr/recap?numero=ab12cd34ef&lang=fr", true,
            "AB12CD34EF", "");
        add("QR URL query twice the same", "https://x.example/?a=AB12CD34EF&b=ab12cd34ef", true,
            "AB12CD34EF", "");
        add("QR URL path", "https://x.example/predemande/AB12CD34EF", true, "AB12CD34EF", "");
        add("QR URL query wins over path", "https://x.example/PREDEMANDE?n=AB12CD34EF", true,
            "AB12CD34EF", "");
        add("QR URL two numbers", "https://x.example/?a=AB12CD34EF&b=ZZ99YY88XX", true, "",
            "ambiguous");
        add("QR URL without number", "https://x.example/recap?lang=fr", true, "", "no_number");
        add("QR URL not valid", "https://exa mple/ AB12CD34EF", true, "", "url");
        add("QR text not a number", "hello", true, "", "format");
    }

    void preApplication()
    {
        QFETCH(QString, input);
        QFETCH(bool, qr);
        QFETCH(QString, number);
        QFETCH(QString, check);
        auto code =
            qr ? PreApplicationCode::fromQrPayload(input) : PreApplicationCode::fromText(input);
        if (number.isEmpty()) {
            QVERIFY(!code.ok());
            QCOMPARE(code.error().code, FailureCode::BarcodePreApplicationInvalid);
            QCOMPARE(code.error().field, QStringLiteral("pre_application_number"));
            QCOMPARE(code.error().check, check);
        } else {
            QVERIFY2(code.ok(), qPrintable(code.ok() ? QString() : code.error().toString()));
            QCOMPARE(code->number(), number);
        }
    }

    void taxStamp_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("number"); // empty: refused
        const auto add = [](const char *name, const char *input, const char *number) {
            QTest::newRow(name) << QString::fromUtf8(input) << QString::fromLatin1(number);
        };
        add("16 digits", "1234567890123456", "1234567890123456");
        add("grouped by four", " 1234 5678 9012 3456 ", "1234567890123456");
        add("15 digits", "123456789012345", "");
        add("17 digits", "12345678901234567", "");
        add("letter", "123456789012345A", "");
        add("Arabic-Indic digit", "123456789012345\xd9\xa1", "");
        add("hyphens", "1234-5678-9012-3456", "");
        add("empty", "", "");
    }

    void taxStamp()
    {
        QFETCH(QString, input);
        QFETCH(QString, number);
        auto stamp = TaxStamp::fromText(input);
        if (number.isEmpty()) {
            QVERIFY(!stamp.ok());
            QCOMPARE(stamp.error().code, FailureCode::BarcodeTaxStampInvalid);
            QCOMPARE(stamp.error().field, QStringLiteral("tax_stamp_number"));
            QCOMPARE(stamp.error().check, QStringLiteral("format"));
            return;
        }
        QVERIFY(stamp.ok());
        QCOMPARE(stamp->number(), number);
        // Offline, a well-formed stamp is never "valid": only the DGFiP service can say so.
        QCOMPARE(stamp->status(), TaxStamp::Status::ToVerifyOnline);
        QCOMPARE(TaxStamp::statusName(stamp->status()), QStringLiteral("to_verify_online"));
    }
};

QTEST_GUILESS_MAIN(TestDocumentCodes)
#include "tst_documentcodes.moc"
