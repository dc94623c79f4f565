#include "tokens/TokenStatus.h"

#include <QTest>

using namespace edgekv;
using Kind = TokenStatus::Kind;

namespace {

const QDate today(2026, 3, 10);

TokenStatus legacy(Kind kind, int daysFromToday)
{
    return TokenStatus(kind, today, today.addDays(daysFromToday), {});
}

} // namespace

class TestTokenStatus : public QObject
{
    Q_OBJECT

private slots:
    void needsAttentionFirstOrder()
    {
        // The order a user reads the table in by default: broken tokens, then the nearest expiry.
        const QList<Kind> expected = {Kind::Expired,     Kind::ActivationError, Kind::ExpiresToday,
                                      Kind::ExpiresSoon, Kind::ExpiresLater,    Kind::Activating,
                                      Kind::Valid,       Kind::AutoRefresh};
        for (int i = 1; i < expected.size(); ++i) {
            const TokenStatus more(expected.at(i - 1), today, {}, {});
            const TokenStatus less(expected.at(i), today, {}, {});
            QVERIFY2(more.severity() < less.severity(), qPrintable(TokenStatus::kindName(expected.at(i))));
        }
        QCOMPARE(TokenStatus::KindCount, expected.size());
    }

    void onlyProblemsNeedAttention()
    {
        QVERIFY(legacy(Kind::Expired, -3).needsAttention());
        QVERIFY(legacy(Kind::ExpiresToday, 0).needsAttention());
        QVERIFY(legacy(Kind::ExpiresSoon, 7).needsAttention());
        QVERIFY(legacy(Kind::ExpiresLater, 30).needsAttention());
        QVERIFY(TokenStatus(Kind::ActivationError, today, {}, {}).needsAttention());
        QVERIFY(!TokenStatus(Kind::Activating, today, {}, {}).needsAttention());
        QVERIFY(!legacy(Kind::Valid, 31).needsAttention());
        QVERIFY(!TokenStatus(Kind::AutoRefresh, today, {}, {}).needsAttention());
    }

    void textsReadNaturally()
    {
        QCOMPARE(legacy(Kind::Expired, -3).text(), QStringLiteral("Expired 3 days ago"));
        QCOMPARE(legacy(Kind::Expired, -1).text(), QStringLiteral("Expired yesterday"));
        QCOMPARE(legacy(Kind::ExpiresToday, 0).text(), QStringLiteral("Expires today"));
        QCOMPARE(legacy(Kind::ExpiresSoon, 1).text(), QStringLiteral("Expires tomorrow"));
        QCOMPARE(legacy(Kind::ExpiresSoon, 5).text(), QStringLiteral("Expires in 5 days"));
        QCOMPARE(legacy(Kind::ExpiresLater, 21).text(), QStringLiteral("Expires in 21 days"));
        QCOMPARE(legacy(Kind::Valid, 90).text(), QStringLiteral("Valid"));
        QCOMPARE(TokenStatus(Kind::AutoRefresh, today, {}, {}).text(), QStringLiteral("Auto-refresh"));
        QCOMPARE(TokenStatus(Kind::Activating, today, {}, {}).text(), QStringLiteral("Activating"));
        QCOMPARE(TokenStatus(Kind::ActivationError, today, {}, {}).text(),
                 QStringLiteral("Activation error"));
    }

    void toolTipsSayWhatItMeansAndWhatToDo()
    {
        const QString expired = legacy(Kind::Expired, -3).toolTip();
        QVERIFY2(expired.contains(QStringLiteral("2026-03-07")), qPrintable(expired));
        QVERIFY2(expired.contains(QStringLiteral("401")), qPrintable(expired));
        QVERIFY2(expired.contains(QStringLiteral("replacement")), qPrintable(expired));
        QVERIFY2(expired.contains(QStringLiteral("3 days ago")), qPrintable(expired));

        const QString soon = legacy(Kind::ExpiresSoon, 5).toolTip();
        QVERIFY2(soon.contains(QStringLiteral("in 5 days (2026-03-15, UTC)")), qPrintable(soon));
        QVERIFY2(soon.contains(QStringLiteral("replacement")), qPrintable(soon));

        const QString refresh = TokenStatus(Kind::AutoRefresh, today, {}, QDate(2026, 4, 1)).toolTip();
        QVERIFY2(refresh.contains(QStringLiteral("Next refresh: 2026-04-01")), qPrintable(refresh));
        QVERIFY2(refresh.contains(QStringLiteral("never expires")), qPrintable(refresh));

        QVERIFY(TokenStatus(Kind::Activating, today, {}, {})
                    .toolTip()
                    .contains(QStringLiteral("cannot use it yet")));
        QVERIFY(
            TokenStatus(Kind::ActivationError, today, {}, {}).toolTip().contains(QStringLiteral("Revoke")));

        // Every kind explains itself.
        for (int kind = 0; kind < TokenStatus::KindCount; ++kind) {
            QVERIFY(!TokenStatus(Kind(kind), today, today, {}).toolTip().isEmpty());
            QVERIFY(!TokenStatus::kindName(Kind(kind)).isEmpty());
        }
    }

    void soonestExpiryOrdersWithinASeverityAndUndatedLast()
    {
        QVERIFY(legacy(Kind::ExpiresSoon, 2).sortDays() < legacy(Kind::ExpiresSoon, 6).sortDays());
        QVERIFY(legacy(Kind::Expired, -20).sortDays() < legacy(Kind::Expired, -2).sortDays());
        QVERIFY(legacy(Kind::Valid, 400).sortDays() < TokenStatus(Kind::Valid, today, {}, {}).sortDays());
    }
};

QTEST_GUILESS_MAIN(TestTokenStatus)
#include "tst_tokenstatus.moc"
