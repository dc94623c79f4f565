#include "TestTokens.h"
#include "tokens/TokenFormatter.h"

#include <QTest>

using namespace edgekv;
using namespace edgekv::test;

class TestTokenFormatter : public QObject
{
    Q_OBJECT

private slots:
    void daysRelativeToToday()
    {
        QCOMPARE(TokenFormatter::relativeDays(0), QStringLiteral("today"));
        QCOMPARE(TokenFormatter::relativeDays(1), QStringLiteral("tomorrow"));
        QCOMPARE(TokenFormatter::relativeDays(-1), QStringLiteral("yesterday"));
        QCOMPARE(TokenFormatter::relativeDays(30), QStringLiteral("in 30 days"));
        QCOMPARE(TokenFormatter::relativeDays(-3), QStringLiteral("3 days ago"));
    }

    void expiryOrNextRefresh()
    {
        QCOMPARE(TokenFormatter::expires(legacyToken(QStringLiteral("l"), QDate(2026, 3, 7))),
                 QStringLiteral("2026-03-07"));
        QCOMPARE(TokenFormatter::expires(enhancedToken(QStringLiteral("e"))),
                 QStringLiteral("Never \u2014 next refresh 2026-05-01"));
        QCOMPARE(TokenFormatter::expires(
                     enhancedToken(QStringLiteral("e"), Token::ActivationStatus::Complete, {})),
                 QStringLiteral("Never"));
        QCOMPARE(TokenFormatter::expires(legacyToken(QStringLiteral("l"), {})), QStringLiteral("\u2014"));

        Token refreshed = enhancedToken(QStringLiteral("e"));
        refreshed.latestRefreshDate = QDate(2026, 3, 1);
        QCOMPARE(TokenFormatter::expiresToolTip(refreshed),
                 QStringLiteral("Never expires: Akamai refreshes this token automatically.\nLast refresh: "
                                "2026-03-01\nNext scheduled refresh: 2026-05-01"));
        QVERIFY(TokenFormatter::expiresToolTip(enhancedToken(QStringLiteral("e")))
                    .contains(QStringLiteral("Last refresh: never")));
    }

    void networks()
    {
        Token token = withDetails(enhancedToken(QStringLiteral("e")), {}, true, true);
        QCOMPARE(TokenFormatter::networks(token), QStringLiteral("Staging \u00B7 Production"));
        token.allowOnStaging = false;
        QCOMPARE(TokenFormatter::networks(token), QStringLiteral("Production"));
        QVERIFY(TokenFormatter::networksToolTip(token).contains(QStringLiteral("production network only")));
        token.allowOnProduction = false;
        QCOMPARE(TokenFormatter::networks(token), QStringLiteral("None"));
    }

    void namespacesSortedWithPermissions()
    {
        const Token token = withDetails(enhancedToken(QStringLiteral("e")),
                                        {{QStringLiteral("marketing"), QStringLiteral("r")},
                                         {QStringLiteral("Catalog"), QStringLiteral("rw")},
                                         {QStringLiteral("default"), QStringLiteral("rwd")}});
        QCOMPARE(TokenFormatter::namespaces(token),
                 QStringLiteral("Catalog rw \u00B7 default rwd \u00B7 marketing r"));
        QCOMPARE(TokenFormatter::namespacesToolTip(token),
                 QStringLiteral("Catalog: read, write\ndefault: read, write, delete\nmarketing: read"));
        QCOMPARE(TokenFormatter::namespaces(withDetails(enhancedToken(QStringLiteral("e")), {})),
                 QStringLiteral("\u2014"));
    }

    void edgeWorkerIds()
    {
        const Token all = withDetails(enhancedToken(QStringLiteral("e")), {});
        QCOMPARE(TokenFormatter::edgeWorkerIds(all), QStringLiteral("All"));
        QVERIFY(TokenFormatter::edgeWorkerIdsToolTip(all).contains(QStringLiteral("Every EdgeWorker")));
        const Token some = withDetails(enhancedToken(QStringLiteral("e")), {}, true, true,
                                       {QStringLiteral("1234"), QStringLiteral("5678")});
        QCOMPARE(TokenFormatter::edgeWorkerIds(some), QStringLiteral("1234, 5678"));
        QVERIFY(TokenFormatter::edgeWorkerIdsToolTip(some).contains(QStringLiteral("1234, 5678")));
    }
};

QTEST_GUILESS_MAIN(TestTokenFormatter)
#include "tst_tokenformatter.moc"
