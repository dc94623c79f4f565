#include "TestTokens.h"
#include "tokens/ExpiryClassifier.h"
#include "tokens/TokenSummary.h"
#include "tokens/TokenTableModel.h"
#include "util/Clock.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace edgekv;
using namespace edgekv::test;
using Kind = TokenStatus::Kind;

class TestTokenSummary : public QObject
{
    Q_OBJECT

private slots:
    void theIssueExampleReadsAsWritten()
    {
        MockClock clock(tokensNow());
        const QDate today = tokensNow().date();
        const QList<Token> tokens = {
            legacyToken(QStringLiteral("a"), today.addDays(-3)),
            legacyToken(QStringLiteral("b"), today.addDays(-1)),
            legacyToken(QStringLiteral("c"), today.addDays(4)),
            enhancedToken(QStringLiteral("d"), Token::ActivationStatus::Error),
            enhancedToken(QStringLiteral("e")),
            legacyToken(QStringLiteral("f"), today.addDays(120)),
        };
        const TokenSummary summary = TokenSummary::compute(tokens, ExpiryClassifier(clock));
        QCOMPARE(summary.text(),
                 QStringLiteral("2 expired \u00B7 1 expires within 7 days \u00B7 1 activation error"));
        QCOMPARE(summary.needsAttention(), 4);
        QCOMPARE(summary.total(), 6);
        QCOMPARE(summary.count(Kind::Expired), 2);
        QCOMPARE(summary.count(Kind::AutoRefresh), 1);
    }

    void pluralsAndEveryPart()
    {
        MockClock clock(tokensNow());
        const QDate today = tokensNow().date();
        const QList<Token> tokens = {
            legacyToken(QStringLiteral("a"), today.addDays(-3)),
            legacyToken(QStringLiteral("t1"), today),
            legacyToken(QStringLiteral("t2"), today),
            legacyToken(QStringLiteral("s1"), today.addDays(1)),
            legacyToken(QStringLiteral("s2"), today.addDays(7)),
            legacyToken(QStringLiteral("w1"), today.addDays(8)),
            enhancedToken(QStringLiteral("e1"), Token::ActivationStatus::Error),
            enhancedToken(QStringLiteral("e2"), Token::ActivationStatus::Error),
            enhancedToken(QStringLiteral("p"), Token::ActivationStatus::InProgress),
        };
        const TokenSummary summary = TokenSummary::compute(tokens, ExpiryClassifier(clock));
        QCOMPARE(summary.text(),
                 QStringLiteral("1 expired \u00B7 2 expire today \u00B7 2 expire within 7 days \u00B7 "
                                "1 expires within 30 days \u00B7 2 activation errors"));

        const QList<TokenSummary::Part> parts = summary.parts();
        QCOMPARE(parts.size(), 5);
        QCOMPARE(parts.at(1).kinds, QList<Kind>{Kind::ExpiresToday});
        QCOMPARE(parts.at(1).count, 2);
        QCOMPARE(parts.at(4).kinds, QList<Kind>{Kind::ActivationError});
        QCOMPARE(summary.count(Kind::Activating), 1); // counted, but not something to act on
    }

    void thresholdsShowInTheText()
    {
        MockClock clock(tokensNow());
        const QDate today = tokensNow().date();
        const TokenSummary summary =
            TokenSummary::compute({legacyToken(QStringLiteral("a"), today.addDays(1)),
                                   legacyToken(QStringLiteral("b"), today.addDays(9))},
                                  ExpiryClassifier(clock, ExpiryThresholds{1, 14}));
        QCOMPARE(summary.text(), QStringLiteral("1 expires within 1 day \u00B7 1 expires within 14 days"));
    }

    void allWellAndEmptySayWhatTheyAre()
    {
        MockClock clock(tokensNow());
        QCOMPARE(TokenSummary::compute({}, ExpiryClassifier(clock)).text(), QStringLiteral("No tokens"));
        const TokenSummary fine =
            TokenSummary::compute({enhancedToken(QStringLiteral("e")),
                                   enhancedToken(QStringLiteral("p"), Token::ActivationStatus::InProgress)},
                                  ExpiryClassifier(clock));
        QCOMPARE(fine.text(), QStringLiteral("Nothing needs attention"));
        QVERIFY(fine.parts().isEmpty());
        QCOMPARE(fine.needsAttention(), 0);
    }

    void expiredTokensCountTowardTheLimitForThirtyDays()
    {
        MockClock clock(tokensNow());
        const QDate today = tokensNow().date();
        const QList<Token> tokens = {
            enhancedToken(QStringLiteral("e")),
            legacyToken(QStringLiteral("valid"), today.addDays(40)),
            legacyToken(QStringLiteral("yesterday"), today.addDays(-1)),
            legacyToken(QStringLiteral("29 days"), today.addDays(-29)),
            legacyToken(QStringLiteral("30 days"), today.addDays(-30)),
        };
        const TokenSummary summary = TokenSummary::compute(tokens, ExpiryClassifier(clock));
        QCOMPARE(summary.countingTowardLimit(), 4);
        QCOMPARE(summary.limitText(), QStringLiteral("4 tokens count toward the account's token limit"));
        QCOMPARE(
            TokenSummary::compute({enhancedToken(QStringLiteral("e"))}, ExpiryClassifier(clock)).limitText(),
            QStringLiteral("1 token counts toward the account's token limit"));
    }

    void theModelsTokensAndClockAreSummarised()
    {
        MockClock clock(tokensNow());
        TokenTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClock(clock);
        model.setTokens({legacyToken(QStringLiteral("a"), tokensNow().date().addDays(1))});
        QCOMPARE(TokenSummary::fromModel(model).text(), QStringLiteral("1 expires within 7 days"));
        clock.advanceDays(2);
        QCOMPARE(TokenSummary::fromModel(model).text(), QStringLiteral("1 expired"));
    }
};

QTEST_GUILESS_MAIN(TestTokenSummary)
#include "tst_tokensummary.moc"
