// End to end: the token endpoints of both models over real HTTP, signed by EdgeGridRequestFactory.
#include "JwtIssuer.h"
#include "SandboxHarness.h"

#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace edgekv;
using namespace edgekv::test;

namespace {

QStringList names(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* name : list)
        result.append(QString::fromLatin1(name));
    return result;
}

QStringList sortedKeys(const QJsonObject& object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

SandboxOptions legacyOptions()
{
    SandboxOptions options;
    options.tokenModel = TokenModel::Legacy;
    return options;
}

bool isUuid(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return pattern.match(text).hasMatch();
}

void verifyProblem(const Reply& reply, int status, const QString& errorCode, const QString& detail)
{
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.contentType, QByteArray("application/problem+json"));
    const QJsonObject json = reply.json();
    QCOMPARE(json.value(QLatin1String("status")).toInt(), status);
    QCOMPARE(json.value(QLatin1String("errorCode")).toString(), errorCode);
    QCOMPARE(json.value(QLatin1String("detail")).toString(), detail);
    QVERIFY(json.value(QLatin1String("type"))
                .toString()
                .startsWith(QLatin1String("/edgekv/error-types/edgekv-")));
    QVERIFY(!json.value(QLatin1String("title")).toString().isEmpty());
    QVERIFY(json.value(QLatin1String("instance"))
                .toString()
                .startsWith(QLatin1String("/edgekv/error-instances/")));
    QVERIFY(!json.value(QLatin1String("additionalDetail"))
                 .toObject()
                 .value(QLatin1String("requestId"))
                 .toString()
                 .isEmpty());
}

} // namespace

class TestSandboxTokens : public QObject
{
    Q_OBJECT

private slots:
    void emptyListIs200WithEmptyArray()
    {
        SandboxHarness harness;
        QVERIFY2(harness.startError().isEmpty(), qPrintable(harness.startError()));
        const Reply reply = harness.get("/edgekv/v1/tokens");
        QVERIFY(reply.finished);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.contentType, QByteArray("application/json"));
        QCOMPARE(reply.json(), QJsonObject({{QStringLiteral("tokens"), QJsonArray()}}));
    }

    void createsAnEnhancedToken()
    {
        SandboxHarness harness;
        QJsonObject body = harness.createBody(QStringLiteral("devexp-token-1"));
        body.insert(QStringLiteral("restrictToEdgeWorkerIds"),
                    QJsonArray{QStringLiteral("1234"), QStringLiteral("5678")});
        const Reply reply = harness.post("/edgekv/v1/tokens", body);
        QCOMPARE(reply.status, 200);
        const QJsonObject token = reply.json();
        QCOMPARE(sortedKeys(token),
                 names({"allowOnProduction", "allowOnStaging", "cpcode", "expiry", "issueDate",
                        "latestRefreshDate", "name", "namespacePermissions", "nextScheduledRefreshDate",
                        "restrictToEdgeWorkerIds", "tokenActivationStatus", "uuid"}));
        QCOMPARE(token.value(QLatin1String("name")).toString(), QStringLiteral("devexp-token-1"));
        QVERIFY(isUuid(token.value(QLatin1String("uuid")).toString()));
        QCOMPARE(token.value(QLatin1String("expiry")).toString(), QStringLiteral("9999-12-31"));
        QCOMPARE(token.value(QLatin1String("issueDate")).toString(), QStringLiteral("2025-03-10"));
        QVERIFY(token.value(QLatin1String("latestRefreshDate")).isNull());
        QCOMPARE(token.value(QLatin1String("nextScheduledRefreshDate")).toString(),
                 QStringLiteral("2025-05-10"));
        QCOMPARE(token.value(QLatin1String("tokenActivationStatus")).toString(),
                 QStringLiteral("IN_PROGRESS"));
        QCOMPARE(token.value(QLatin1String("cpcode")).toString(), QStringLiteral("1234567"));
        QCOMPARE(token.value(QLatin1String("allowOnStaging")).toBool(), true);
        QCOMPARE(token.value(QLatin1String("namespacePermissions")).toObject(),
                 body.value(QLatin1String("namespacePermissions")).toObject());
        QCOMPARE(token.value(QLatin1String("restrictToEdgeWorkerIds")).toArray(),
                 QJsonArray({QStringLiteral("1234"), QStringLiteral("5678")}));
        QVERIFY(!token.contains(QLatin1String("value")));

        const Reply fetched = harness.get("/edgekv/v1/tokens/devexp-token-1");
        QCOMPARE(fetched.status, 200);
        QCOMPARE(fetched.json(), token);

        const Reply list = harness.get("/edgekv/v1/tokens");
        const QJsonObject item = list.json().value(QLatin1String("tokens")).toArray().at(0).toObject();
        QCOMPARE(sortedKeys(item), names({"expiry", "issueDate", "latestRefreshDate", "name",
                                          "nextScheduledRefreshDate", "tokenActivationStatus", "uuid"}));
        QCOMPARE(item.value(QLatin1String("uuid")), token.value(QLatin1String("uuid")));
    }

    void omittedEdgeWorkerIdsMeanAll()
    {
        SandboxHarness harness;
        const Reply reply = harness.post("/edgekv/v1/tokens", harness.createBody(QStringLiteral("all-ids")));
        QCOMPARE(reply.status, 200);
        QVERIFY(!reply.json().contains(QLatin1String("restrictToEdgeWorkerIds")));
    }

    void activationCompletesAfterTheDelay()
    {
        SandboxOptions options;
        options.activationDelaySeconds = 5;
        SandboxHarness harness(options);
        QCOMPARE(harness.post("/edgekv/v1/tokens", harness.createBody(QStringLiteral("t1"))).status, 200);
        const auto status = [&] {
            return harness.get("/edgekv/v1/tokens/t1")
                .json()
                .value(QLatin1String("tokenActivationStatus"))
                .toString();
        };
        const auto listStatus = [&] {
            return harness.get("/edgekv/v1/tokens")
                .json()
                .value(QLatin1String("tokens"))
                .toArray()
                .at(0)
                .toObject()
                .value(QLatin1String("tokenActivationStatus"))
                .toString();
        };
        QCOMPARE(status(), QStringLiteral("IN_PROGRESS"));
        QCOMPARE(listStatus(), QStringLiteral("IN_PROGRESS"));
        harness.clock().advanceSeconds(4);
        QCOMPARE(status(), QStringLiteral("IN_PROGRESS"));
        QCOMPARE(listStatus(), QStringLiteral("IN_PROGRESS"));
        harness.clock().advanceSeconds(1);
        QCOMPARE(status(), QStringLiteral("COMPLETE"));
        QCOMPARE(listStatus(), QStringLiteral("COMPLETE"));
    }

    void seededActivationErrorIsReported()
    {
        SandboxHarness harness;
        SandboxToken token;
        token.name = QStringLiteral("broken");
        token.uuid = SandboxStore::newUuid();
        token.allowOnStaging = true;
        token.namespacePermissions.insert(QStringLiteral("default"), {QStringLiteral("r")});
        token.expiry = SandboxToken::enhancedExpiry();
        token.issueDate = harness.clock().todayUtc();
        token.nextScheduledRefreshDate = token.issueDate.addMonths(2);
        token.activationError = true;
        QVERIFY(harness.server().store().addToken(QString(), token));
        QCOMPARE(harness.get("/edgekv/v1/tokens/broken")
                     .json()
                     .value(QLatin1String("tokenActivationStatus"))
                     .toString(),
                 QStringLiteral("ERROR"));
    }

    void refreshUpdatesTheDatesAndKeepsTheUuid()
    {
        SandboxHarness harness;
        const QJsonObject created =
            harness.post("/edgekv/v1/tokens", harness.createBody(QStringLiteral("t1"))).json();
        harness.clock().advanceDays(10);
        const Reply refreshed = harness.send("POST", "/edgekv/v1/tokens/t1/refresh");
        QCOMPARE(refreshed.status, 200);
        const QJsonObject token = refreshed.json();
        QCOMPARE(token.value(QLatin1String("uuid")), created.value(QLatin1String("uuid")));
        QCOMPARE(token.value(QLatin1String("latestRefreshDate")).toString(), QStringLiteral("2025-03-20"));
        QCOMPARE(token.value(QLatin1String("nextScheduledRefreshDate")).toString(),
                 QStringLiteral("2025-05-20"));
        QCOMPARE(token.value(QLatin1String("issueDate")).toString(), QStringLiteral("2025-03-10"));
        QCOMPARE(harness.get("/edgekv/v1/tokens/t1").json(), token);
    }

    void refreshOfAnUnknownTokenIs404()
    {
        SandboxHarness harness;
        verifyProblem(harness.send("POST", "/edgekv/v1/tokens/nope/refresh"), 404, QStringLiteral("EKV_3000"),
                      QStringLiteral("Token with name nope does not exist."));
    }

    void createsALegacyTokenWithASignedJwt()
    {
        SandboxHarness harness(legacyOptions());
        QJsonObject body = harness.createBody(QStringLiteral("my_token"), true);
        body.insert(QStringLiteral("allowOnProduction"), false);
        const Reply reply = harness.post("/edgekv/v1/tokens", body);
        QCOMPARE(reply.status, 200);
        const QJsonObject token = reply.json();
        // Exactly the official schema (post-tokens-200 / tokens-200: additionalProperties false).
        QCOMPARE(sortedKeys(token), names({"expiry", "name", "uuid", "value"}));
        QCOMPARE(token.value(QLatin1String("expiry")).toString(), QStringLiteral("2025-04-09"));
        const QString uuid = token.value(QLatin1String("uuid")).toString();
        QVERIFY(isUuid(uuid));

        const QByteArray jwt = token.value(QLatin1String("value")).toString().toLatin1();
        const QList<QByteArray> parts = jwt.split('.');
        QCOMPARE(parts.size(), 3);
        const auto decode = [](const QByteArray& part) {
            return QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding);
        };
        const QJsonObject header = QJsonDocument::fromJson(decode(parts.at(0))).object();
        QCOMPARE(header.value(QLatin1String("alg")).toString(), QStringLiteral("HS256"));
        // HS256 checked independently of JwtIssuer.
        const QByteArray expectedSignature = QMessageAuthenticationCode::hash(
            parts.at(0) + '.' + parts.at(1), harness.server().jwtKey(), QCryptographicHash::Sha256);
        QCOMPARE(decode(parts.at(2)), expectedSignature);

        const QJsonObject claims = QJsonDocument::fromJson(decode(parts.at(1))).object();
        QCOMPARE(claims.value(QLatin1String("namespace-default")).toArray(),
                 QJsonArray({QStringLiteral("r"), QStringLiteral("w")}));
        QCOMPARE(claims.value(QLatin1String("namespace-products")).toArray(),
                 QJsonArray({QStringLiteral("r")}));
        QCOMPARE(claims.value(QLatin1String("cpc")).toString(), QStringLiteral("1234567"));
        QCOMPARE(claims.value(QLatin1String("ewids")).toString(), QStringLiteral("all"));
        QCOMPARE(claims.value(QLatin1String("env")).toArray(), QJsonArray({QStringLiteral("s")}));
        QCOMPARE(claims.value(QLatin1String("jti")).toString(), uuid);
        QCOMPARE(claims.value(QLatin1String("iat")).toInteger(), harness.clock().nowUtc().toSecsSinceEpoch());
        QCOMPARE(claims.value(QLatin1String("exp")).toInteger(),
                 QDateTime(QDate(2025, 4, 10), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch());
        QVERIFY(!claims.value(QLatin1String("iss")).toString().isEmpty());
        QCOMPARE(claims.value(QLatin1String("sub")).toString(), QStringLiteral("my_token"));
        QVERIFY(!claims.value(QLatin1String("reqid")).toString().isEmpty());
        QVERIFY(JwtIssuer::verify(jwt, harness.server().jwtKey()).has_value());

        QCOMPARE(harness.get("/edgekv/v1/tokens/my_token").json(), token);
        const QJsonObject item =
            harness.get("/edgekv/v1/tokens").json().value(QLatin1String("tokens")).toArray().at(0).toObject();
        QCOMPARE(sortedKeys(item), names({"expiry", "name", "uuid"}));
    }

    void legacyJwtListsRestrictedEdgeWorkers()
    {
        SandboxHarness harness(legacyOptions());
        QJsonObject body = harness.createBody(QStringLiteral("restricted"), true);
        body.insert(QStringLiteral("restrictToEdgeWorkerIds"), QJsonArray{QStringLiteral("42")});
        const QByteArray jwt = harness.post("/edgekv/v1/tokens", body)
                                   .json()
                                   .value(QLatin1String("value"))
                                   .toString()
                                   .toLatin1();
        const std::optional<QJsonObject> claims = JwtIssuer::verify(jwt, harness.server().jwtKey());
        QVERIFY(claims.has_value());
        QCOMPARE(claims->value(QLatin1String("ewids")).toArray(), QJsonArray({QStringLiteral("42")}));
        QCOMPARE(claims->value(QLatin1String("env")).toArray(),
                 QJsonArray({QStringLiteral("p"), QStringLiteral("s")}));
    }

    void refreshOfALegacyTokenIs400()
    {
        SandboxHarness harness(legacyOptions());
        QCOMPARE(harness.post("/edgekv/v1/tokens", harness.createBody(QStringLiteral("old"), true)).status,
                 200);
        const Reply reply = harness.send("POST", "/edgekv/v1/tokens/old/refresh");
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(QLatin1String("errorCode")).toString(), QStringLiteral("EKV_2000"));
    }

    void expiredLegacyTokensStayListableForThirtyDays()
    {
        SandboxHarness harness(legacyOptions());
        QJsonObject body = harness.createBody(QStringLiteral("short"), true);
        body.insert(QStringLiteral("expiry"), QStringLiteral("2025-03-11"));
        QCOMPARE(harness.post("/edgekv/v1/tokens", body).status, 200);
        const auto listedNames = [&](const QByteArray& target) {
            QStringList result;
            for (const QJsonValue& token :
                 harness.get(target).json().value(QLatin1String("tokens")).toArray())
                result << token.toObject().value(QLatin1String("name")).toString();
            return result;
        };
        // Valid through its expiry day.
        harness.clock().setNowUtc(QDateTime(QDate(2025, 3, 11), QTime(23, 59, 59), QTimeZone::utc()));
        QCOMPARE(listedNames("/edgekv/v1/tokens"), QStringList{QStringLiteral("short")});
        QCOMPARE(harness.get("/edgekv/v1/tokens/short").status, 200);

        harness.clock().advanceSeconds(1);
        QCOMPARE(listedNames("/edgekv/v1/tokens"), QStringList());
        QCOMPARE(listedNames("/edgekv/v1/tokens?includeExpired=true"), QStringList{QStringLiteral("short")});
        verifyProblem(harness.get("/edgekv/v1/tokens/short"), 410, QStringLiteral("EKV_3000"),
                      QStringLiteral("Token has expired."));
        QCOMPARE(harness.get("/edgekv/v1/tokens/short").json().value(QLatin1String("title")).toString(),
                 QStringLiteral("Not Found"));

        harness.clock().setNowUtc(QDateTime(QDate(2025, 4, 10), QTime(23, 0), QTimeZone::utc()));
        QCOMPARE(listedNames("/edgekv/v1/tokens?includeExpired=true"), QStringList{QStringLiteral("short")});

        harness.clock().setNowUtc(QDateTime(QDate(2025, 4, 11), QTime(0, 0), QTimeZone::utc()));
        QCOMPARE(listedNames("/edgekv/v1/tokens?includeExpired=true"), QStringList());
        verifyProblem(harness.get("/edgekv/v1/tokens/short"), 404, QStringLiteral("EKV_3000"),
                      QStringLiteral("Token with name short does not exist."));
        // The name is free again.
        body.insert(QStringLiteral("expiry"), QStringLiteral("2025-05-01"));
        QCOMPARE(harness.post("/edgekv/v1/tokens", body).status, 200);
    }

    void deleteRevokesTheToken()
    {
        SandboxHarness harness;
        const QJsonObject created =
            harness.post("/edgekv/v1/tokens", harness.createBody(QStringLiteral("gone"))).json();
        const Reply deleted = harness.send("DELETE", "/edgekv/v1/tokens/gone");
        QCOMPARE(deleted.status, 200);
        QCOMPARE(deleted.json(),
                 QJsonObject({{QStringLiteral("name"), QStringLiteral("gone")},
                              {QStringLiteral("uuid"), created.value(QLatin1String("uuid"))}}));
        verifyProblem(harness.get("/edgekv/v1/tokens/gone"), 404, QStringLiteral("EKV_3000"),
                      QStringLiteral("Token with name gone does not exist."));
        verifyProblem(harness.send("DELETE", "/edgekv/v1/tokens/gone"), 404, QStringLiteral("EKV_3000"),
                      QStringLiteral("Token with name gone does not exist."));
        QCOMPARE(harness.get("/edgekv/v1/tokens").json().value(QLatin1String("tokens")).toArray().size(), 0);
    }

    void duplicateNameIs409()
    {
        SandboxHarness harness;
        QCOMPARE(harness.post("/edgekv/v1/tokens", harness.createBody(QStringLiteral("my_token"))).status,
                 200);
        const Reply again = harness.post("/edgekv/v1/tokens", harness.createBody(QStringLiteral("my_token")));
        verifyProblem(again, 409, QStringLiteral("EKV_3000"),
                      QStringLiteral("Token with name my_token is already stored."));
        QCOMPARE(again.json().value(QLatin1String("title")).toString(), QStringLiteral("Conflict"));
        QCOMPARE(again.json().value(QLatin1String("type")).toString(),
                 QStringLiteral("/edgekv/error-types/edgekv-conflict"));
    }

    void invalidNameInThePathIs400()
    {
        SandboxHarness harness;
        for (const QByteArray& method : {QByteArray("GET"), QByteArray("DELETE")}) {
            verifyProblem(harness.send(method, "/edgekv/v1/tokens/bad%20name"), 400,
                          QStringLiteral("EKV_2000"), QStringLiteral("Name contains invalid characters."));
        }
        verifyProblem(harness.send("POST", "/edgekv/v1/tokens/-lead/refresh"), 400,
                      QStringLiteral("EKV_2000"), QStringLiteral("Name contains invalid characters."));
    }

    void bothModelsLiveInOneAccount()
    {
        SandboxHarness harness;
        QCOMPARE(harness.post("/edgekv/v1/tokens", harness.createBody(QStringLiteral("new-style"))).status,
                 200);
        SandboxToken legacy;
        legacy.model = TokenModel::Legacy;
        legacy.name = QStringLiteral("old-style");
        legacy.uuid = SandboxStore::newUuid();
        legacy.allowOnProduction = true;
        legacy.namespacePermissions.insert(QStringLiteral("default"), {QStringLiteral("r")});
        legacy.cpcode = QStringLiteral("1234567");
        legacy.issueDate = QDate(2025, 3, 1);
        legacy.expiry = QDate(2025, 6, 1);
        legacy.value = QString::fromLatin1(harness.server().issueLegacyJwt(legacy));
        QVERIFY(harness.server().store().addToken(QString(), legacy));

        const QJsonArray tokens =
            harness.get("/edgekv/v1/tokens").json().value(QLatin1String("tokens")).toArray();
        QCOMPARE(tokens.size(), 2);
        const QJsonObject fetched = harness.get("/edgekv/v1/tokens/old-style").json();
        QCOMPARE(fetched.value(QLatin1String("value")).toString(), legacy.value);
        const std::optional<QJsonObject> claims = JwtIssuer::verify(
            fetched.value(QLatin1String("value")).toString().toLatin1(), harness.server().jwtKey());
        QVERIFY(claims.has_value());
        QCOMPARE(claims->value(QLatin1String("env")).toArray(), QJsonArray({QStringLiteral("p")}));
        QCOMPARE(claims->value(QLatin1String("iat")).toInteger(),
                 QDateTime(QDate(2025, 3, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch());
    }

    void unknownResourcesAndMethods()
    {
        SandboxHarness harness;
        QCOMPARE(harness.get("/edgekv/v1/nothing").status, 404);
        QCOMPARE(harness.get("/other/v1/tokens").status, 404);
        const Reply put = harness.send("PUT", "/edgekv/v1/tokens");
        QCOMPARE(put.status, 405);
        QCOMPARE(put.contentType, QByteArray("application/problem+json"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxTokens)
#include "tst_sandboxtokens.moc"
