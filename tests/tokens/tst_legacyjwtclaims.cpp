#include "tokens/LegacyJwtClaims.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace edgekv;

namespace {

QString jwt(const QJsonObject& claims)
{
    const auto part = [](const QByteArray& bytes) {
        return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return QString::fromLatin1(part(R"({"alg":"HS256","typ":"JWT"})") + '.' +
                               part(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.' +
                               part("signature"));
}

// A legacy GET /tokens/{name} answer: name, uuid, expiry, value.
Token legacyAnswer(const QString& value)
{
    Token token;
    token.name = QStringLiteral("my_token");
    token.uuid = QStringLiteral("fa3a7ae0-1b0c-45c7-adc3-f0638c6b7466");
    token.model = Token::Model::Legacy;
    token.expiry = QDate(2026, 4, 30);
    token.value = value;
    return token;
}

} // namespace

class TestLegacyJwtClaims : public QObject
{
    Q_OBJECT

private slots:
    void claimsBecomeTheTokensDetails()
    {
        Token token = legacyAnswer(jwt(QJsonObject{
            {QStringLiteral("namespace-marketing"), QJsonArray{QStringLiteral("r")}},
            {QStringLiteral("namespace-default"),
             QJsonArray{QStringLiteral("w"), QStringLiteral("r"), QStringLiteral("d")}},
            {QStringLiteral("cpc"), QStringLiteral("1234567")},
            {QStringLiteral("ewids"), QJsonArray{QStringLiteral("42"), 7}},
            {QStringLiteral("env"), QJsonArray{QStringLiteral("p"), QStringLiteral("s")}},
            {QStringLiteral("exp"), 1777593600},
        }));
        QVERIFY(LegacyJwtClaims::apply(token));
        QVERIFY(token.hasDetails);
        const QMap<QString, QString> expected = {{QStringLiteral("default"), QStringLiteral("rwd")},
                                                 {QStringLiteral("marketing"), QStringLiteral("r")}};
        QCOMPARE(token.namespacePermissions, expected);
        QVERIFY(token.allowOnStaging);
        QVERIFY(token.allowOnProduction);
        QCOMPARE(token.restrictToEdgeWorkerIds, (QStringList{QStringLiteral("42"), QStringLiteral("7")}));
        QCOMPARE(token.cpcode, QStringLiteral("1234567"));
        QCOMPARE(token.expiry, QDate(2026, 4, 30)); // the API's expiry wins over exp
    }

    void allEdgeWorkersAndOneNetwork()
    {
        Token token = legacyAnswer(jwt(QJsonObject{
            {QStringLiteral("namespace-default"), QJsonArray{QStringLiteral("r")}},
            {QStringLiteral("cpc"), 1234567},
            {QStringLiteral("ewids"), QStringLiteral("all")},
            {QStringLiteral("env"), QJsonArray{QStringLiteral("s")}},
        }));
        QVERIFY(LegacyJwtClaims::apply(token));
        QVERIFY(token.restrictToEdgeWorkerIds.isEmpty());
        QVERIFY(token.allowOnStaging);
        QVERIFY(!token.allowOnProduction);
        QCOMPARE(token.cpcode, QStringLiteral("1234567"));
    }

    void aMissingExpiryComesFromExp()
    {
        // exp is the first second after the last valid day (the sandbox's and the JWT's reading).
        Token token = legacyAnswer(jwt(QJsonObject{
            {QStringLiteral("namespace-default"), QJsonArray{QStringLiteral("r")}},
            {QStringLiteral("exp"), QDateTime(QDate(2026, 5, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch()},
        }));
        token.expiry = QDate();
        QVERIFY(LegacyJwtClaims::apply(token));
        QCOMPARE(token.expiry, QDate(2026, 4, 30));
    }

    void unreadableValuesChangeNothing_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("empty") << QString();
        QTest::newRow("not a jwt") << QStringLiteral("opaque-token-value");
        QTest::newRow("payload not json") << QStringLiteral("a.bm90IGpzb24.c");
        QTest::newRow("no namespace claims")
            << jwt(QJsonObject{{QStringLiteral("cpc"), QStringLiteral("1")}});
    }

    void unreadableValuesChangeNothing()
    {
        QFETCH(QString, value);
        Token token = legacyAnswer(value);
        const Token before = token;
        QVERIFY(!LegacyJwtClaims::apply(token));
        QCOMPARE(token, before);
    }

    void detailsFromTheApiWin()
    {
        Token token = legacyAnswer(
            jwt(QJsonObject{{QStringLiteral("namespace-other"), QJsonArray{QStringLiteral("r")}}}));
        token.namespacePermissions = {{QStringLiteral("default"), QStringLiteral("r")}};
        token.hasDetails = true;
        QVERIFY(!LegacyJwtClaims::apply(token));
        QCOMPARE(token.namespacePermissions.keys(), QStringList{QStringLiteral("default")});
    }
};

QTEST_GUILESS_MAIN(TestLegacyJwtClaims)
#include "tst_legacyjwtclaims.moc"
