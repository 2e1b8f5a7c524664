// Comparing a Guichet Error's code, field and check, and data-driven refusal rows built on it.
#pragma once

#include "common/Error.h"

#include <QTest>

namespace guichet::test {

// QCOMPARE inside a helper records the failure and returns from the helper only: callers that
// go on after it should check QTest::currentTestFailed().
inline void compareError(const Error &error, int code, const QString &field, const QString &check)
{
    QCOMPARE(int(error.code), code);
    QCOMPARE(error.field, field);
    QCOMPARE(error.check, check);
}

// Columns of a refusal row: the input bytes and the Error expected for them.
inline void addRefusalColumns()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("check");
}

// Runs `parse` on the current row's bytes and checks that it fails with the row's Error.
template <typename Parse>
void checkRefusal(Parse parse)
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, code);
    QFETCH(QString, field);
    QFETCH(QString, check);
    auto result = parse(bytes);
    QVERIFY(!result.ok());
    compareError(result.error(), code, field, check);
}

} // namespace guichet::test
