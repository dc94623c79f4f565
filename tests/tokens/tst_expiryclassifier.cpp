#include "TestTokens.h"
#include "tokens/ExpiryClassifier.h"
#include "util/Clock.h"

#include <QTest>

using namespace edgekv;
using namespace edgekv::test;
using Kind = TokenStatus::Kind;

Q_DECLARE_METATYPE(edgekv::TokenStatus::Kind)

class TestExpiryClassifier : public QObject
{
    Q_OBJECT

private slots:
    void legacyExpiryBoundaries_data()
    {
        QTest::addColumn<int>("daysFromToday");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("needsAttention");

        QTest::newRow("30 days ago") << -30 << Kind::Expired << "Expired 30 days ago" << true;
        QTest::newRow("3 days ago") << -3 << Kind::Expired << "Expired 3 days ago" << true;
        QTest::newRow("yesterday") << -1 << Kind::Expired << "Expired yesterday" << true;
        QTest::newRow("today") << 0 << Kind::ExpiresToday << "Expires today" << true;
        QTest::newRow("tomorrow") << 1 << Kind::ExpiresSoon << "Expires tomorrow" << true;
        QTest::newRow("in 5 days") << 5 << Kind::ExpiresSoon << "Expires in 5 days" << true;
        QTest::newRow("in 7 days: last critical day")
            << 7 << Kind::ExpiresSoon << "Expires in 7 days" << true;
        QTest::newRow("in 8 days: first warning day")
            << 8 << Kind::ExpiresLater << "Expires in 8 days" << true;
        QTest::newRow("in 30 days: last warning day")
            << 30 << Kind::ExpiresLater << "Expires in 30 days" << true;
        QTest::newRow("in 31 days: valid") << 31 << Kind::Valid << "Valid" << false;
        QTest::newRow("in 180 days") << 180 << Kind::Valid << "Valid" << false;
    }

    void legacyExpiryBoundaries()
    {
        QFETCH(int, daysFromToday);
        QFETCH(Kind, kind);
        QFETCH(QString, text);
        QFETCH(bool, needsAttention);

        MockClock clock(tokensNow());
        const ExpiryClassifier classifier(clock);
        const QDate expiry = tokensNow().date().addDays(daysFromToday);
        const TokenStatus status = classifier.classify(legacyToken(QStringLiteral("t"), expiry));

        QCOMPARE(status.kind(), kind);
        QCOMPARE(status.text(), text);
        QCOMPARE(status.needsAttention(), needsAttention);
        QCOMPARE(status.isExpired(), daysFromToday < 0);
        QCOMPARE(status.expiry(), expiry);
        QCOMPARE(status.daysLeft(), daysFromToday);
        QCOMPARE(status.daysAgo(), daysFromToday < 0 ? -daysFromToday : 0);
    }

    void nearMidnightUtcTheDayTurnsExactlyAtMidnight()
    {
        MockClock clock(QDateTime(QDate(2026, 3, 10), QTime(23, 59, 59), QTimeZone::utc()));
        const ExpiryClassifier classifier(clock);
        const Token token = legacyToken(QStringLiteral("t"), QDate(2026, 3, 11));

        QCOMPARE(classifier.classify(token).text(), QStringLiteral("Expires tomorrow"));
        clock.advanceSeconds(1);
        QCOMPARE(classifier.classify(token).text(), QStringLiteral("Expires today"));
        clock.advanceDays(1);
        QCOMPARE(classifier.classify(token).text(), QStringLiteral("Expired yesterday"));
    }

    void aLocalClockTimeIsReadAsItsUtcDay()
    {
        // 01:30 on the 11th in UTC+2 is still the 10th in UTC: a token expiring on the 11th expires tomorrow,
        // whatever the user's time zone says.
        MockClock clock(QDateTime(QDate(2026, 3, 11), QTime(1, 30), QTimeZone(7200)));
        const ExpiryClassifier classifier(clock);
        QCOMPARE(classifier.todayUtc(), QDate(2026, 3, 10));
        QCOMPARE(classifier.classify(legacyToken(QStringLiteral("t"), QDate(2026, 3, 11))).kind(),
                 Kind::ExpiresSoon);
    }

    void enhancedTokensFollowTheirActivation_data()
    {
        QTest::addColumn<int>("activation");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("needsAttention");

        QTest::newRow("complete") << int(Token::ActivationStatus::Complete) << Kind::AutoRefresh
                                  << "Auto-refresh" << false;
        QTest::newRow("not reported")
            << int(Token::ActivationStatus::Unknown) << Kind::AutoRefresh << "Auto-refresh" << false;
        QTest::newRow("in progress") << int(Token::ActivationStatus::InProgress) << Kind::Activating
                                     << "Activating" << false;
        QTest::newRow("error") << int(Token::ActivationStatus::Error) << Kind::ActivationError
                               << "Activation error" << true;
    }

    void enhancedTokensFollowTheirActivation()
    {
        QFETCH(int, activation);
        QFETCH(Kind, kind);
        QFETCH(QString, text);
        QFETCH(bool, needsAttention);

        MockClock clock(tokensNow());
        const ExpiryClassifier classifier(clock);
        const TokenStatus status =
            classifier.classify(enhancedToken(QStringLiteral("e"), Token::ActivationStatus(activation)));
        QCOMPARE(status.kind(), kind);
        QCOMPARE(status.text(), text);
        QCOMPARE(status.needsAttention(), needsAttention);
        QVERIFY(!status.isExpired());
        QVERIFY(!status.hasExpiryDate()); // 9999-12-31 is "never expires", not a date 7,000 years away
        QCOMPARE(status.nextRefresh(), QDate(2026, 5, 1));
    }

    void neverExpiresIsNotADateEvenYearsLater()
    {
        MockClock clock(QDateTime(QDate(9999, 12, 30), QTime(12, 0), QTimeZone::utc()));
        const ExpiryClassifier classifier(clock);
        QCOMPARE(classifier.classify(enhancedToken(QStringLiteral("e"))).kind(), Kind::AutoRefresh);
        // A legacy token (a JWT value) that reports 9999-12-31 never expires either.
        Token legacy = legacyToken(QStringLiteral("l"), Token::neverExpiresDate());
        QCOMPARE(classifier.classify(legacy).kind(), Kind::Valid);
    }

    void configurableThresholdsMoveTheBoundaries()
    {
        MockClock clock(tokensNow());
        ExpiryClassifier classifier(clock, ExpiryThresholds{3, 10});
        const auto kindIn = [&](int days) {
            return classifier.classify(legacyToken(QStringLiteral("t"), tokensNow().date().addDays(days)))
                .kind();
        };
        QCOMPARE(kindIn(3), Kind::ExpiresSoon);
        QCOMPARE(kindIn(4), Kind::ExpiresLater);
        QCOMPARE(kindIn(10), Kind::ExpiresLater);
        QCOMPARE(kindIn(11), Kind::Valid);

        // A warning threshold below the critical one cannot make a nearer expiry look healthier.
        classifier.setThresholds(ExpiryThresholds{14, 5});
        QCOMPARE(classifier.thresholds().warningDays, 14);
        QCOMPARE(kindIn(14), Kind::ExpiresSoon);
        QCOMPARE(kindIn(15), Kind::Valid);
    }

    void expiredTokensCountTowardTheLimitForThirtyDays()
    {
        const QDate today = tokensNow().date();
        const auto counts = [&](int daysFromToday) {
            return ExpiryClassifier::countsTowardTokenLimit(
                legacyToken(QStringLiteral("t"), today.addDays(daysFromToday)), today);
        };
        QVERIFY(counts(10));
        QVERIFY(counts(0));
        QVERIFY(counts(-1));
        QVERIFY(counts(-29));
        QVERIFY(!counts(-30));
        QVERIFY(ExpiryClassifier::countsTowardTokenLimit(enhancedToken(QStringLiteral("e")), today));
    }

    void nextStatusChangeIsAtUtcMidnight()
    {
        MockClock clock(QDateTime(QDate(2026, 3, 10), QTime(23, 59, 0), QTimeZone::utc()));
        QCOMPARE(ExpiryClassifier::msecsToNextUtcMidnight(clock), 60 * 1000);
        clock.setNowUtc(QDateTime(QDate(2026, 3, 11), QTime(0, 0), QTimeZone::utc()));
        QCOMPARE(ExpiryClassifier::msecsToNextUtcMidnight(clock), 24 * 3600 * 1000);
    }
};

QTEST_GUILESS_MAIN(TestExpiryClassifier)
#include "tst_expiryclassifier.moc"
