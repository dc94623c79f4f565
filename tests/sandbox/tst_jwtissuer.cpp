// JwtIssuer: HS256 JWTs for legacy token values.
#include "JwtIssuer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTest>
#include <QTimeZone>

using namespace edgekv;

class TestJwtIssuer : public QObject
{
    Q_OBJECT

private slots:
    void signsLikeRfc7519()
    {
        const QJsonObject claims{{QStringLiteral("sub"), QStringLiteral("x")}};
        const QByteArray jwt = JwtIssuer::sign(claims, "key");
        const QList<QByteArray> parts = jwt.split('.');
        QCOMPARE(parts.size(), 3);
        for (const QByteArray& part : parts) {
            QVERIFY(!part.contains('='));
            QVERIFY(!part.contains('+'));
            QVERIFY(!part.contains('/'));
        }
        const QJsonObject header =
            QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(0), QByteArray::Base64UrlEncoding))
                .object();
        QCOMPARE(header, QJsonObject({{QStringLiteral("alg"), QStringLiteral("HS256")},
                                      {QStringLiteral("typ"), QStringLiteral("JWT")}}));
        QCOMPARE(QByteArray::fromBase64(parts.at(2), QByteArray::Base64UrlEncoding),
                 QMessageAuthenticationCode::hash(parts.at(0) + '.' + parts.at(1), "key",
                                                  QCryptographicHash::Sha256));
        QCOMPARE(JwtIssuer::verify(jwt, "key"), std::optional<QJsonObject>(claims));
    }

    void rejectsForgeries()
    {
        const QByteArray jwt = JwtIssuer::sign(QJsonObject{{QStringLiteral("a"), 1}}, "key");
        QVERIFY(!JwtIssuer::verify(jwt, "other key"));
        QList<QByteArray> parts = jwt.split('.');
        parts[1] = QJsonDocument(QJsonObject{{QStringLiteral("a"), 2}})
                       .toJson(QJsonDocument::Compact)
                       .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QVERIFY(!JwtIssuer::verify(parts.join('.'), "key"));
        QVERIFY(!JwtIssuer::verify("a.b", "key"));
        QVERIFY(!JwtIssuer::verify("", "key"));
        const QByteArray none = QByteArray(R"({"alg":"none"})")
                                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QVERIFY(!JwtIssuer::verify(none + '.' + jwt.split('.').at(1) + '.', "key"));
    }

    void issuesTheEdgeKvClaims()
    {
        SandboxToken token;
        token.model = TokenModel::Legacy;
        token.name = QStringLiteral("my_token");
        token.uuid = QStringLiteral("fa3a7ae0-1b0c-45c7-adc3-f0638c6b7466");
        token.allowOnProduction = true;
        token.allowOnStaging = true;
        token.namespacePermissions.insert(QStringLiteral("marketing"),
                                          {QStringLiteral("r"), QStringLiteral("w")});
        token.cpcode = QStringLiteral("7654321");
        token.issueDate = QDate(2025, 1, 2);
        token.expiry = QDate(2025, 2, 1);
        const JwtIssuer issuer("secret key");
        const std::optional<QJsonObject> claims = JwtIssuer::verify(issuer.issue(token), "secret key");
        QVERIFY(claims.has_value());
        QCOMPARE(claims->value(QLatin1String("namespace-marketing")).toArray(),
                 QJsonArray({QStringLiteral("r"), QStringLiteral("w")}));
        QCOMPARE(claims->value(QLatin1String("cpc")).toString(), QStringLiteral("7654321"));
        QCOMPARE(claims->value(QLatin1String("ewids")).toString(), QStringLiteral("all"));
        QCOMPARE(claims->value(QLatin1String("env")).toArray(),
                 QJsonArray({QStringLiteral("p"), QStringLiteral("s")}));
        QCOMPARE(claims->value(QLatin1String("jti")).toString(), token.uuid);
        QCOMPARE(claims->value(QLatin1String("iat")).toInteger(),
                 QDateTime(QDate(2025, 1, 2), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch());
        QCOMPARE(claims->value(QLatin1String("exp")).toInteger(),
                 QDateTime(QDate(2025, 2, 2), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch());
        for (const char* claim : {"iss", "sub", "reqid"})
            QVERIFY2(!claims->value(QLatin1String(claim)).toString().isEmpty(), claim);
    }
};

QTEST_GUILESS_MAIN(TestJwtIssuer)
#include "tst_jwtissuer.moc"
