// The failure-code catalogue is unique, stable in form, and fully documented.
#include "common/FailureCode.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace guichet;

class TestFailureCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbersAndIdsAreUnique()
    {
        std::size_t count = 0;
        const FailureCodeInfo *catalogue = failureCodeCatalogue(&count);
        QVERIFY(count > 10);
        QSet<int> numbers;
        QSet<QString> ids;
        static const QRegularExpression idForm(QStringLiteral("^[a-z_]+(\\.[a-z_]+)?$"));
        for (std::size_t i = 0; i < count; ++i) {
            const auto &info = catalogue[i];
            QVERIFY2(!numbers.contains(info.number), info.id);
            QVERIFY2(!ids.contains(QLatin1String(info.id)), info.id);
            QVERIFY2(idForm.match(QLatin1String(info.id)).hasMatch(), info.id);
            numbers.insert(info.number);
            ids.insert(QLatin1String(info.id));
            QCOMPARE(failureCodeId(info.code), QLatin1String(info.id));
        }
    }

    void referenceForm()
    {
        QCOMPARE(failureCodeReference(FailureCode::Internal), QStringLiteral("GU-100"));
        QCOMPARE(failureCodeReference(FailureCode::CryptoSignatureInvalid),
                 QStringLiteral("GU-205"));
    }

    // Support staff read docs/failure-codes.md: every code must have its row there.
    void everyCodeIsDocumented()
    {
        QFile doc(QStringLiteral(GUICHET_SOURCE_DIR "/docs/failure-codes.md"));
        QVERIFY2(doc.open(QIODevice::ReadOnly), "docs/failure-codes.md is missing");
        const QString text = QString::fromUtf8(doc.readAll());
        std::size_t count = 0;
        const FailureCodeInfo *catalogue = failureCodeCatalogue(&count);
        for (std::size_t i = 0; i < count; ++i) {
            const QString row =
                QStringLiteral("| %1 | `%2` |")
                    .arg(failureCodeReference(catalogue[i].code), QLatin1String(catalogue[i].id));
            QVERIFY2(text.contains(row), qPrintable(QStringLiteral("not documented: ") + row));
        }
    }
};

QTEST_GUILESS_MAIN(TestFailureCode)
#include "tst_failurecode.moc"
