// TokenValidator: the rules that are easier to pin down without HTTP (the HTTP answers are covered by
// tst_sandboxvalidation).
#include "SandboxOptions.h"
#include "TokenValidator.h"

#include <QTest>

using namespace edgekv;

namespace {

// JSON written with single quotes, to keep the test data readable.
QByteArray json(const char* text)
{
    return QByteArray(text).replace('\'', '"');
}

} // namespace

class TestTokenValidator : public QObject
{
    Q_OBJECT

private slots:
    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("letters") << QStringLiteral("abcXYZ") << true;
        QTest::newRow("digits first") << QStringLiteral("9lives") << true;
        QTest::newRow("underscore first") << QStringLiteral("_x") << true;
        QTest::newRow("dash inside") << QStringLiteral("a-b") << true;
        QTest::newRow("dash last") << QStringLiteral("ab-") << true;
        QTest::newRow("dash first") << QStringLiteral("-ab") << false;
        QTest::newRow("32") << QString(32, QLatin1Char('z')) << true;
        QTest::newRow("33") << QString(33, QLatin1Char('z')) << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("umlaut") << QStringLiteral("t\u00f6ken") << false;
        QTest::newRow("semicolon") << QStringLiteral("a;b") << false;
        QTest::newRow("slash") << QStringLiteral("a/b") << false;
    }

    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(!TokenValidator::checkName(name).has_value(), valid);
    }

    void duplicateKeys_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("duplicate");
        QTest::newRow("flat") << json("{'a':1,'b':2}") << false;
        QTest::newRow("flat duplicate") << json("{'a':1,'a':2}") << true;
        QTest::newRow("same key in sibling objects") << json("{'x':{'a':1},'y':{'a':2}}") << false;
        QTest::newRow("nested duplicate") << json("{'x':{'a':1,'b':{},'a':2}}") << true;
        QTest::newRow("value equal to a key") << json("{'a':'a','b':'a'}") << false;
        QTest::newRow("escaped duplicate") << json("{'a':1,'\\u0061':2}") << true;
        QTest::newRow("quotes and braces in strings")
            << json("{'a':'}\\',{\\'a\\':','b':['{','a']}") << false;
        QTest::newRow("objects in an array") << json("[{'a':1},{'a':1}]") << false;
        QTest::newRow("duplicate after an array") << json("{'a':[1,{'b':2}],'a':3}") << true;
        QTest::newRow("permissions") << json("{'namespacePermissions':{'default':['r'],'default':['w']}}")
                                     << true;
    }

    void duplicateKeys()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, duplicate);
        QCOMPARE(TokenValidator::hasDuplicateKeys(json), duplicate);
    }

    void expiredTokensAreGoneAfterThirtyDays()
    {
        SandboxToken token;
        token.model = TokenModel::Legacy;
        token.expiry = QDate(2025, 1, 31);
        QVERIFY(!token.isExpired(QDate(2025, 1, 31)));
        QVERIFY(token.isExpired(QDate(2025, 2, 1)));
        QVERIFY(!TokenValidator::isGone(token, QDate(2025, 3, 2))); // 30 days after the expiry day
        QVERIFY(TokenValidator::isGone(token, QDate(2025, 3, 3)));
        token.model = TokenModel::Enhanced;
        token.expiry = SandboxToken::enhancedExpiry();
        QVERIFY(!token.isExpired(QDate(9999, 12, 31)));
        QVERIFY(!TokenValidator::isGone(token, QDate(9999, 12, 31)));
    }

    void fillsTheToken()
    {
        SandboxAccount account;
        for (const SandboxNamespace& ns : SandboxOptions::defaultNamespaces())
            account.namespaces.insert(ns.name, ns);
        const QByteArray body =
            json("{'name':'t','allowOnStaging':false,'allowOnProduction':true,'expiry':'2025-02-01',"
                 "'namespacePermissions':{'default':['r','w']},'restrictToEdgeWorkerIds':['7','7','8'],"
                 "'restrictToEwids':['ignored']}");
        SandboxToken token;
        QVERIFY(
            !TokenValidator::validateCreate(body, account, TokenModel::Legacy, QDate(2025, 1, 1), &token));
        QCOMPARE(token.model, TokenModel::Legacy);
        QCOMPARE(token.name, QStringLiteral("t"));
        QVERIFY(!token.allowOnStaging);
        QVERIFY(token.allowOnProduction);
        QCOMPARE(token.expiry, QDate(2025, 2, 1));
        QCOMPARE(token.namespacePermissions.value(QStringLiteral("default")),
                 QStringList({QStringLiteral("r"), QStringLiteral("w")}));
        QCOMPARE(token.restrictToEdgeWorkerIds, QStringList({QStringLiteral("7"), QStringLiteral("8")}));

        SandboxToken enhanced;
        QVERIFY(!TokenValidator::validateCreate(body, account, TokenModel::Enhanced, QDate(2025, 1, 1),
                                                &enhanced));
        QCOMPARE(enhanced.expiry, SandboxToken::enhancedExpiry());
    }

    void sixMonthsIsCalendarMonths()
    {
        SandboxAccount account;
        account.namespaces.insert(QStringLiteral("default"),
                                  SandboxOptions::makeNamespace(QStringLiteral("default")));
        const auto check = [&](const char* expiry) {
            const QByteArray body =
                json("{'name':'t','allowOnStaging':true,'allowOnProduction':true,'expiry':'") +
                QByteArray(expiry) + json("','namespacePermissions':{'default':['r']}}");
            SandboxToken token;
            return !TokenValidator::validateCreate(body, account, TokenModel::Legacy, QDate(2025, 8, 31),
                                                   &token);
        };
        QVERIFY(check("2025-09-01"));
        QVERIFY(check("2026-02-28")); // 31 August + 6 months
        QVERIFY(!check("2026-03-01"));
    }
};

QTEST_GUILESS_MAIN(TestTokenValidator)
#include "tst_tokenvalidator.moc"
