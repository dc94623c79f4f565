#include "TestTokens.h"
#include "tokens/TokenMerge.h"

#include <QTest>

using namespace edgekv;
using namespace edgekv::test;

class TestTokenMerge : public QObject
{
    Q_OBJECT

private slots:
    void aRelistKeepsKnownDetailsAndTakesNewDates()
    {
        const Token known = withDetails(enhancedToken(QStringLiteral("t")),
                                        {{QStringLiteral("default"), QStringLiteral("r")}}, false, true);
        Token listed = enhancedToken(QStringLiteral("t"), Token::ActivationStatus::Error, QDate(2026, 6, 1));
        listed.latestRefreshDate = QDate(2026, 3, 1);

        const Token merged = TokenMerge::listItemOver(known, listed);
        QVERIFY(merged.hasDetails);
        QCOMPARE(merged.namespacePermissions, known.namespacePermissions);
        QVERIFY(merged.allowOnProduction);
        QCOMPARE(merged.nextScheduledRefreshDate, QDate(2026, 6, 1));
        QCOMPARE(merged.latestRefreshDate, QDate(2026, 3, 1));
        QCOMPARE(merged.activationStatus, Token::ActivationStatus::Error);
    }

    void aTokenRecreatedUnderTheSameNameStartsOver()
    {
        const Token known = withDetails(enhancedToken(QStringLiteral("t")),
                                        {{QStringLiteral("default"), QStringLiteral("r")}});
        Token listed = enhancedToken(QStringLiteral("t"));
        listed.uuid = QStringLiteral("new-uuid");
        const Token merged = TokenMerge::listItemOver(known, listed);
        QVERIFY(!merged.hasDetails);
        QVERIFY(merged.namespacePermissions.isEmpty());
        QCOMPARE(merged.uuid, QStringLiteral("new-uuid"));
    }

    void anAnswerKeepsTheListFieldsItLeavesOut()
    {
        const Token known = enhancedToken(QStringLiteral("t"));
        Token answer;
        answer.name = QStringLiteral("t");
        answer.namespacePermissions = {{QStringLiteral("default"), QStringLiteral("rw")}};
        answer.allowOnStaging = true;
        answer.hasDetails = true;

        const Token merged = TokenMerge::answerOver(known, answer);
        QCOMPARE(merged.uuid, known.uuid);
        QVERIFY(merged.expiresNever());
        QCOMPARE(merged.issueDate, known.issueDate);
        QCOMPARE(merged.nextScheduledRefreshDate, known.nextScheduledRefreshDate);
        QCOMPARE(merged.activationStatus, Token::ActivationStatus::Complete);
        QCOMPARE(merged.namespacePermissions, answer.namespacePermissions);
    }

    void anAnswerWithoutDetailsKeepsTheKnownOnes()
    {
        const Token known = withDetails(legacyToken(QStringLiteral("t"), QDate(2026, 4, 1)),
                                        {{QStringLiteral("default"), QStringLiteral("r")}});
        Token answer = legacyToken(QStringLiteral("t"), QDate(2026, 4, 1));
        answer.value = QStringLiteral("not-a-jwt");
        const Token merged = TokenMerge::answerOver(known, answer);
        QVERIFY(merged.hasDetails);
        QCOMPARE(merged.namespacePermissions, known.namespacePermissions);
        QCOMPARE(merged.value, QStringLiteral("not-a-jwt"));
    }

    void aLegacyAnswerBringsItsJwtClaims()
    {
        const QByteArray claims = R"({"namespace-shop":["r"],"env":["p"]})";
        Token answer = legacyToken(QStringLiteral("t"), QDate(2026, 4, 1));
        answer.value = QStringLiteral("h.") +
                       QString::fromLatin1(
                           claims.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)) +
                       QStringLiteral(".s");
        const Token merged =
            TokenMerge::answerOver(legacyToken(QStringLiteral("t"), QDate(2026, 4, 1)), answer);
        QVERIFY(merged.hasDetails);
        QCOMPARE(merged.namespacePermissions.value(QStringLiteral("shop")), QStringLiteral("r"));
        QVERIFY(merged.allowOnProduction);
        QVERIFY(!merged.allowOnStaging);
    }
};

QTEST_GUILESS_MAIN(TestTokenMerge)
#include "tst_tokenmerge.moc"
