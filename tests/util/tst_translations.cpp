#include "util/Translations.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

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
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
