// Both catalogues are complete: every source string has a finished, non-empty translation,
// with the same placeholders, and the compiled catalogues are embedded in the resources.
#include "ui/Language.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString translation;
    bool finished = true;
};

QList<Message> readCatalogue(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = Message{context, {}, {}, true};
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            current.finished = type.isEmpty();
            current.translation = xml.readElementText();
            messages.append(current);
        }
    }
    if (xml.hasError())
        qFatal("bad XML in %s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?\\d+"));
    QSet<QString> found;
    auto it = pattern.globalMatch(text);
    while (it.hasNext())
        found.insert(it.next().captured());
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void complete()
    {
        QFETCH(QString, language);
        const QList<Message> messages = readCatalogue(
            QStringLiteral(GUICHET_SOURCE_DIR "/translations/guichet_%1.ts").arg(language));
        QVERIFY(messages.size() >= 15);
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            QVERIFY2(m.finished, qPrintable(QStringLiteral("unfinished: ") + where));
            QVERIFY2(!m.translation.isEmpty(), qPrintable(QStringLiteral("empty: ") + where));
            QVERIFY2(placeholders(m.translation) == placeholders(m.source),
                     qPrintable(QStringLiteral("placeholders differ: ") + where));
        }
    }

    void sameMessagesInBoth()
    {
        QSet<QString> fr;
        QSet<QString> en;
        for (const auto &m :
             readCatalogue(QStringLiteral(GUICHET_SOURCE_DIR "/translations/guichet_fr.ts")))
            fr.insert(m.context + u'|' + m.source);
        for (const auto &m :
             readCatalogue(QStringLiteral(GUICHET_SOURCE_DIR "/translations/guichet_en.ts")))
            en.insert(m.context + u'|' + m.source);
        QCOMPARE(fr, en);
    }

    void embedded()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/guichet_fr.qm")));
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/guichet_en.qm")));
        QVERIFY(
            guichet::ui::installTranslations(*QCoreApplication::instance(), QStringLiteral("fr")));
        QCOMPARE(QCoreApplication::translate("guichet::ui::MainWindow", "&Quit"),
                 QStringLiteral("&Quitter"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
