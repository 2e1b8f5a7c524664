// Locating and loading test data: the shared corpora and the project's own tests/data.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTest>

namespace guichet::test {

// A file under ../shared/corpora (GUICHET_CORPORA_DIR at configure time).
inline QString corpusPath(const QString &relative)
{
    return QStringLiteral(GUICHET_CORPORA_DIR "/") + relative;
}

// A file under tests/data.
inline QString dataPath(const QString &relative)
{
    return QStringLiteral(GUICHET_TEST_DATA_DIR "/") + relative;
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("test data missing: %s", qPrintable(path));
    return file.readAll();
}

inline QJsonObject loadJson(const QString &path)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(readFile(path), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("test data is not a JSON object: %s (%s)", qPrintable(path),
               qPrintable(error.errorString()));
    return document.object();
}

inline QByteArray hex(const QJsonValue &value)
{
    return QByteArray::fromHex(value.toString().toLatin1());
}

} // namespace guichet::test
