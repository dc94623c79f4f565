#include "api/Token.h"
#include "api/TokenCreateRequest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace edgekv;

class TestTokenCreateRequest : public QObject
{
    Q_OBJECT

private slots:
    void enhancedRequestAsInTheSpec()
    {
        TokenCreateRequest request;
        request.name = QStringLiteral("devexp-token-1");
        request.allowOnStaging = true;
        request.namespacePermissions = {{QStringLiteral("default"), QStringLiteral("rwd")},
                                        {QStringLiteral("marketing"), QStringLiteral("r")}};
        request.restrictToEdgeWorkerIds = {QStringLiteral("1234"), QStringLiteral("5678")};
        const QJsonObject expected = QJsonDocument::fromJson(R"({
            "name": "devexp-token-1", "allowOnProduction": false, "allowOnStaging": true,
            "namespacePermissions": {"default": ["r", "w", "d"], "marketing": ["r"]},
            "restrictToEdgeWorkerIds": ["1234", "5678"]})")
                                         .object();
        QCOMPARE(request.toJson(), expected);
        QVERIFY(!request.isLegacy());
        QVERIFY(request.toJson().value(QLatin1String("allowOnProduction")).isBool()); // not "false"
        QCOMPARE(QJsonDocument::fromJson(request.toJsonBytes()).object(), expected);
        QVERIFY(!request.toJsonBytes().contains('\n'));
    }

    void legacyRequestMatchesTheOfficialExample()
    {
        QFile file(QStringLiteral(EDGEKV_SHARED_DIR "/spec/akamai-edgekv-v1-examples/post-tokens.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        TokenCreateRequest request;
        request.name = QStringLiteral("my_token");
        request.allowOnStaging = true;
        request.namespacePermissions = {{QStringLiteral("marketing"), QStringLiteral("rw")}};
        request.expiry = QDate(2021, 9, 30);
        QVERIFY(request.isLegacy());
        QCOMPARE(request.toJson(), QJsonDocument::fromJson(file.readAll()).object());
    }

    void emptyEdgeWorkerListAndNoExpiryAreLeftOut()
    {
        TokenCreateRequest request;
        request.name = QStringLiteral("t");
        request.allowOnProduction = true;
        request.namespacePermissions = {{QStringLiteral("default"), QStringLiteral("r")}};
        const QJsonObject json = request.toJson();
        QVERIFY(!json.contains(QLatin1String("restrictToEdgeWorkerIds")));
        QVERIFY(!json.contains(QLatin1String("expiry")));
        QVERIFY(!json.contains(QLatin1String("restrictToEwids")));
    }

    void permissionLettersAreCanonical()
    {
        TokenCreateRequest request;
        request.namespacePermissions = {{QStringLiteral("a"), QStringLiteral("dWrr")},
                                        {QStringLiteral("b"), QStringLiteral("xd")}};
        const QJsonObject permissions =
            request.toJson().value(QLatin1String("namespacePermissions")).toObject();
        QCOMPARE(permissions.value(QLatin1String("a")).toArray(),
                 QJsonArray({QStringLiteral("r"), QStringLiteral("w"), QStringLiteral("d")}));
        QCOMPARE(permissions.value(QLatin1String("b")).toArray(), QJsonArray({QStringLiteral("d")}));
    }

    void matchesTheTokenItAskedFor()
    {
        TokenCreateRequest request;
        request.name = QStringLiteral("t1");
        request.allowOnStaging = true;
        request.namespacePermissions = {{QStringLiteral("default"), QStringLiteral("rw")}};
        request.restrictToEdgeWorkerIds = {QStringLiteral("2"), QStringLiteral("1")};

        Token token;
        token.name = request.name;
        token.allowOnStaging = true;
        token.namespacePermissions = {{QStringLiteral("default"), QStringLiteral("rw")}};
        token.restrictToEdgeWorkerIds = {QStringLiteral("1"), QStringLiteral("2")};
        token.hasDetails = true;
        QVERIFY(request.matches(token));

        Token other = token;
        other.allowOnProduction = true;
        QVERIFY(!request.matches(other));
        other = token;
        other.namespacePermissions[QStringLiteral("default")] = QStringLiteral("r");
        QVERIFY(!request.matches(other));
        other = token;
        other.namespacePermissions[QStringLiteral("marketing")] = QStringLiteral("r");
        QVERIFY(!request.matches(other));
        other = token;
        other.restrictToEdgeWorkerIds.clear();
        QVERIFY(!request.matches(other));
        other = token;
        other.hasDetails = false; // a list item cannot prove anything
        QVERIFY(!request.matches(other));
        other = token;
        other.name = QStringLiteral("t2");
        QVERIFY(!request.matches(other));
    }
};

QTEST_GUILESS_MAIN(TestTokenCreateRequest)
#include "tst_tokencreaterequest.moc"
