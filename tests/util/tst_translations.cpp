#include "util/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace edgekv;

namespace {

// A real numerus message (ui/accounts/ConnectionTester.cpp) and a core one (BundleChecker.cpp).
QString tokenCount(int n)
{
    return QCoreApplication::translate("edgekv::ConnectionTester", "The account has %n EdgeKV token(s)",
                                       nullptr, n);
}

QString expiresIn(int n)
{
    return QCoreApplication::translate("edgekv::BundleChecker", "Token %1 expires on %2, in %n day(s) (%3).",
                                       nullptr, n)
        .arg(QStringLiteral("t"), QStringLiteral("2026-01-02"), QStringLiteral("x"));
}

// One message of a Qt Linguist .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    bool finished = true;
};

QList<TsMessage> readTs(const QString& path)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    bool numerus = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            messages << TsMessage{context, {}, {}, true};
        } else if (name == QLatin1String("source")) {
            messages.last().source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete")) {
                messages.removeLast();
                xml.skipCurrentElement();
                continue;
            }
            messages.last().finished = type.isEmpty();
            if (!numerus)
                messages.last().translations << xml.readElementText();
        } else if (name == QLatin1String("numerusform")) {
            messages.last().translations << xml.readElementText();
        }
    }
    return messages;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?\\d+|%n"));
    QStringList found;
    for (const QRegularExpressionMatch& match : pattern.globalMatch(text))
        found << match.captured();
    found.sort();
    return found;
}

int accelerators(QString text)
{
    text.remove(QStringLiteral("&&"));
    static const QRegularExpression pattern(QStringLiteral("&\\w"));
    return int(text.count(pattern));
}

void removeTranslators()
{
    const auto translators = QCoreApplication::instance()->findChildren<QTranslator*>();
    for (QTranslator* translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { removeTranslators(); }

    void withoutTranslationsTheSourceShowsItsPluralMarker()
    {
        QCOMPARE(tokenCount(2), QStringLiteral("The account has 2 EdgeKV token(s)"));
    }

    void englishHasRealPluralForms()
    {
        const InstalledTranslations installed =
            installTranslations(*QCoreApplication::instance(), QLocale(QStringLiteral("en_US")));
        QVERIFY(installed.plurals);
        QVERIFY(installed.app);
        QCOMPARE(tokenCount(1), QStringLiteral("The account has 1 EdgeKV token"));
        QCOMPARE(tokenCount(2), QStringLiteral("The account has 2 EdgeKV tokens"));
        QCOMPARE(tokenCount(0), QStringLiteral("The account has 0 EdgeKV tokens"));
        QCOMPARE(expiresIn(1), QStringLiteral("Token t expires on 2026-01-02, in 1 day (x)."));
        QCOMPARE(expiresIn(5), QStringLiteral("Token t expires on 2026-01-02, in 5 days (x)."));
    }

    void aLanguageWithoutItsOwnFileGetsTheEnglishPlurals()
    {
        const InstalledTranslations installed =
            installTranslations(*QCoreApplication::instance(), QLocale(QStringLiteral("fr_FR")));
        QVERIFY(installed.plurals);
        QVERIFY(!installed.app);
        QCOMPARE(tokenCount(1), QStringLiteral("The account has 1 EdgeKV token"));
        QCOMPARE(tokenCount(3), QStringLiteral("The account has 3 EdgeKV tokens"));
    }

    void germanHasItsOwnTranslation()
    {
        const InstalledTranslations installed =
            installTranslations(*QCoreApplication::instance(), QLocale(QStringLiteral("de_DE")));
        QVERIFY(installed.app);
        QVERIFY(installed.plurals);
        QCOMPARE(tokenCount(1), QStringLiteral("Das Konto hat 1 EdgeKV-Token"));
        QCOMPARE(tokenCount(2), QStringLiteral("Das Konto hat 2 EdgeKV-Tokens"));
    }

    // German users see no English left over, and no message loses a value (%1) or its shortcut (&).
    void theGermanTranslationIsCompleteAndKeepsEveryPlaceholder()
    {
        const QList<TsMessage> messages = readTs(QStringLiteral(EDGEKV_TRANSLATIONS_DIR "/edgekv_de.ts"));
        QVERIFY(messages.size() > 1000);
        QStringList problems;
        for (const TsMessage& message : messages) {
            const QString where = message.context + QStringLiteral(": ") + message.source.left(60);
            if (!message.finished || message.translations.isEmpty()) {
                problems << QStringLiteral("untranslated: ") + where;
                continue;
            }
            for (const QString& translation : message.translations) {
                if (placeholders(translation) != placeholders(message.source))
                    problems << QStringLiteral("placeholders differ: ") + where;
                if (accelerators(translation) != accelerators(message.source))
                    problems << QStringLiteral("shortcut letters differ: ") + where;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
