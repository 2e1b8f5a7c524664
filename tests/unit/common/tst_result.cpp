// Tests of Result<T>, Result<void> and Error formatting.
#include "common/Result.h"

#include <QTest>

#include <memory>

using namespace guichet;

class TestResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valueResult()
    {
        Result<int> r = 42;
        QVERIFY(r.ok());
        QVERIFY(static_cast<bool>(r));
        QCOMPARE(r.value(), 42);
        QCOMPARE(*r, 42);
        QCOMPARE(r.valueOr(7), 42);
    }

    void failedResult()
    {
        Result<int> r = fail(FailureCode::CryptoInvalidKey, QStringLiteral("bad key"),
                             QStringLiteral("aes.key"), QStringLiteral("length"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, FailureCode::CryptoInvalidKey);
        QCOMPARE(r.error().field, QStringLiteral("aes.key"));
        QCOMPARE(r.error().check, QStringLiteral("length"));
        QCOMPARE(r.valueOr(7), 7);
    }

    void moveOnlyValue()
    {
        Result<std::unique_ptr<int>> r = std::make_unique<int>(5);
        QVERIFY(r.ok());
        std::unique_ptr<int> taken = std::move(r).value();
        QCOMPARE(*taken, 5);
    }

    void voidResult()
    {
        Result<void> ok = success();
        QVERIFY(ok.ok());
        Result<void> bad = fail(FailureCode::IoError, QStringLiteral("disk full"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, FailureCode::IoError);
    }

    void errorPropagatesAcrossTypes()
    {
        auto inner = []() -> Result<int> {
            return fail(FailureCode::Timeout, QStringLiteral("no answer"));
        };
        auto outer = [&]() -> Result<QString> {
            auto r = inner();
            if (!r)
                return fail(r.error());
            return QString::number(r.value());
        };
        const auto r = outer();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, FailureCode::Timeout);
        QCOMPARE(r.error().message, QStringLiteral("no answer"));
    }

    void errorText()
    {
        const Error e =
            makeError(FailureCode::CryptoAuthenticationFailed, QStringLiteral("tag mismatch"),
                      QStringLiteral("aes_gcm.tag"), QStringLiteral("tag"));
        QCOMPARE(e.toString(),
                 QStringLiteral("GU-204 crypto.authentication_failed [aes_gcm.tag] (tag): tag "
                                "mismatch"));
        const QJsonObject json = e.toJson();
        QCOMPARE(json.value(QStringLiteral("code")).toString(), QStringLiteral("GU-204"));
        QCOMPARE(json.value(QStringLiteral("id")).toString(),
                 QStringLiteral("crypto.authentication_failed"));
        QCOMPARE(json.value(QStringLiteral("field")).toString(), QStringLiteral("aes_gcm.tag"));
        QCOMPARE(json.value(QStringLiteral("check")).toString(), QStringLiteral("tag"));
        QCOMPARE(json.value(QStringLiteral("message")).toString(), QStringLiteral("tag mismatch"));
    }

    void errorJsonOmitsEmptyContext()
    {
        const QJsonObject json = makeError(FailureCode::Internal, QStringLiteral("x")).toJson();
        QVERIFY(!json.contains(QStringLiteral("field")));
        QVERIFY(!json.contains(QStringLiteral("check")));
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
