// End to end: every create-token validation rule of EDGEKV_API.md §3, answered over HTTP with its status
// code and application/problem+json body.
#include "SandboxHarness.h"

#include <QJsonArray>
#include <QTest>

using namespace edgekv;
using namespace edgekv::test;

namespace {

QJsonObject validBody()
{
    return QJsonObject{{QStringLiteral("name"), QStringLiteral("token_1")},
                       {QStringLiteral("allowOnStaging"), true},
                       {QStringLiteral("allowOnProduction"), true},
                       {QStringLiteral("expiry"), QStringLiteral("2025-04-01")},
                       {QStringLiteral("namespacePermissions"),
                        QJsonObject{{QStringLiteral("default"), QJsonArray{QStringLiteral("r")}}}}};
}

QByteArray with(const char* key, const QJsonValue& value)
{
    QJsonObject body = validBody();
    body.insert(QLatin1String(key), value);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray without(const char* key)
{
    QJsonObject body = validBody();
    body.remove(QLatin1String(key));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray withPermissions(const QJsonObject& permissions)
{
    return with("namespacePermissions", permissions);
}

QJsonArray letters(std::initializer_list<const char*> list)
{
    QJsonArray array;
    for (const char* letter : list)
        array.append(QString::fromLatin1(letter));
    return array;
}

SandboxOptions options(TokenModel model)
{
    SandboxOptions result;
    result.tokenModel = model;
    SandboxNamespace stagingOnly = SandboxOptions::makeNamespace(QStringLiteral("staging_only"));
    stagingOnly.onProduction = false;
    result.namespaces.append(stagingOnly);
    return result;
}

} // namespace

class TestSandboxValidation : public QObject
{
    Q_OBJECT

private slots:
    void rejects_data()
    {
        QTest::addColumn<bool>("legacy");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorCode");
        QTest::addColumn<QString>("detail"); // the start of the detail text

        const QString badRequest = QStringLiteral("EKV_2000");
        const QString invalidPermission = QStringLiteral("Invalid permission for namespace default");
        QJsonObject twentyOne;
        for (int i = 0; i < 21; ++i)
            twentyOne.insert(QStringLiteral("ns%1").arg(i), letters({"r"}));
        QJsonArray nineIds;
        for (int i = 0; i < 9; ++i)
            nineIds.append(QString::number(1000 + i));

        QTest::newRow("syntax error")
            << false << QByteArray("{\"name\": ") << 422 << QStringLiteral("EKV_2001")
            << QStringLiteral("The JSON request body contained a syntax error");
        QTest::newRow("duplicate attribute")
            << false
            << QByteArray(R"({"name":"a","name":"b","allowOnStaging":true,"allowOnProduction":true,)"
                          R"("namespacePermissions":{"default":["r"]}})")
            << 422 << QStringLiteral("EKV_2001")
            << QStringLiteral("The JSON request body contained a syntax error");
        QTest::newRow("not an object") << false << QByteArray("[1,2]") << 422 << QStringLiteral("EKV_2001")
                                       << QStringLiteral("The JSON request body contained");
        QTest::newRow("empty body") << false << QByteArray() << 422 << QStringLiteral("EKV_2001")
                                    << QStringLiteral("The JSON request body contained");
        QTest::newRow("name missing")
            << false << without("name") << 400 << badRequest << QStringLiteral("The field name is required");
        QTest::newRow("name not a string")
            << false << with("name", 12) << 400 << badRequest << QStringLiteral("The field name is required");
        QTest::newRow("name empty") << false << with("name", QString()) << 400 << badRequest
                                    << QStringLiteral("Name must be between 1 and 32 characters long.");
        QTest::newRow("name 33 characters") << false << with("name", QString(33, QLatin1Char('a'))) << 400
                                            << badRequest << QStringLiteral("Name must be between 1 and 32");
        QTest::newRow("name with a space")
            << false << with("name", QStringLiteral("my token")) << 400 << badRequest
            << QStringLiteral("Name contains invalid characters.");
        QTest::newRow("name with a dot") << false << with("name", QStringLiteral("my.token")) << 400
                                         << badRequest << QStringLiteral("Name contains invalid characters.");
        QTest::newRow("name starting with -")
            << false << with("name", QStringLiteral("-token")) << 400 << badRequest
            << QStringLiteral("Name contains invalid characters.");
        QTest::newRow("allowOnStaging missing") << false << without("allowOnStaging") << 400 << badRequest
                                                << QStringLiteral("The field allowOnStaging is required");
        QTest::newRow("allowOnProduction a string")
            << false << with("allowOnProduction", QStringLiteral("true")) << 400 << badRequest
            << QStringLiteral("The field allowOnProduction is required");
        {
            QJsonObject body = validBody();
            body.insert(QStringLiteral("allowOnStaging"), false);
            body.insert(QStringLiteral("allowOnProduction"), false);
            QTest::newRow("no network") << false << QJsonDocument(body).toJson() << 400 << badRequest
                                        << QStringLiteral("A token must be allowed on at least one network");
        }
        QTest::newRow("permissions missing") << false << without("namespacePermissions") << 400 << badRequest
                                             << QStringLiteral("The field namespacePermissions is required");
        QTest::newRow("permissions an array")
            << false << with("namespacePermissions", QJsonArray()) << 400 << badRequest
            << QStringLiteral("The field namespacePermissions");
        QTest::newRow("no namespace")
            << false << withPermissions({}) << 400 << badRequest
            << QStringLiteral("A token must have permissions for 1 to 20 namespaces.");
        QTest::newRow("21 namespaces")
            << false << withPermissions(twentyOne) << 400 << badRequest
            << QStringLiteral("A token must have permissions for 1 to 20 namespaces.");
        QTest::newRow("no permission letter")
            << false << withPermissions({{QStringLiteral("default"), QJsonArray()}}) << 400 << badRequest
            << invalidPermission;
        QTest::newRow("repeated letter")
            << false << withPermissions({{QStringLiteral("default"), letters({"r", "r"})}}) << 400
            << badRequest << invalidPermission;
        QTest::newRow("unknown letter")
            << false << withPermissions({{QStringLiteral("default"), letters({"x"})}}) << 400 << badRequest
            << invalidPermission;
        QTest::newRow("four letters")
            << false << withPermissions({{QStringLiteral("default"), letters({"r", "w", "d", "r"})}}) << 400
            << badRequest << invalidPermission;
        QTest::newRow("letters not an array")
            << false << withPermissions({{QStringLiteral("default"), QStringLiteral("rw")}}) << 400
            << badRequest << invalidPermission;
        QTest::newRow("unknown namespace")
            << false << withPermissions({{QStringLiteral("nope"), letters({"r"})}}) << 400
            << QStringLiteral("EKV_9000")
            << QStringLiteral("The namespace nope does not exist on the staging network.");
        QTest::newRow("namespace missing on production")
            << false << withPermissions({{QStringLiteral("staging_only"), letters({"r"})}}) << 400
            << QStringLiteral("EKV_9000")
            << QStringLiteral("The namespace staging_only does not exist on the production network.");
        QTest::newRow("mixed data access policies")
            << false
            << withPermissions({{QStringLiteral("default"), letters({"r"})},
                                {QStringLiteral("marketing"), letters({"r"})}})
            << 400 << badRequest
            << QStringLiteral("All namespaces of a token must have the same data access policy");
        QTest::newRow("nine EdgeWorker IDs")
            << false << with("restrictToEdgeWorkerIds", nineIds) << 400 << badRequest
            << QStringLiteral("A token can be restricted to at most 8 EdgeWorker IDs.");
        QTest::newRow("EdgeWorker ID not numeric")
            << false << with("restrictToEdgeWorkerIds", letters({"abc"})) << 400 << badRequest
            << QStringLiteral("Invalid EdgeWorker ID");
        QTest::newRow("EdgeWorker ID a number")
            << false << with("restrictToEdgeWorkerIds", QJsonArray{42}) << 400 << badRequest
            << QStringLiteral("Invalid EdgeWorker ID");
        QTest::newRow("EdgeWorker IDs not an array")
            << false << with("restrictToEdgeWorkerIds", QStringLiteral("42")) << 400 << badRequest
            << QStringLiteral("The field restrictToEdgeWorkerIds must be an array");
        QTest::newRow("legacy expiry missing") << true << without("expiry") << 400 << badRequest
                                               << QStringLiteral("The field expiry is required");
        QTest::newRow("legacy expiry empty") << true << with("expiry", QString()) << 400 << badRequest
                                             << QStringLiteral("The field expiry is required");
        QTest::newRow("legacy expiry format") << true << with("expiry", QStringLiteral("2025/04/01")) << 400
                                              << badRequest << QStringLiteral("Invalid expiry 2025/04/01");
        QTest::newRow("legacy expiry not a date")
            << true << with("expiry", QStringLiteral("2025-02-30")) << 400 << badRequest
            << QStringLiteral("Invalid expiry 2025-02-30");
        QTest::newRow("legacy expiry today")
            << true << with("expiry", QStringLiteral("2025-03-10")) << 400 << badRequest
            << QStringLiteral("The expiry must be at least 1 day");
        QTest::newRow("legacy expiry in the past")
            << true << with("expiry", QStringLiteral("2024-12-31")) << 400 << badRequest
            << QStringLiteral("The expiry must be at least 1 day");
        QTest::newRow("legacy expiry beyond 6 months")
            << true << with("expiry", QStringLiteral("2025-09-11")) << 400 << badRequest
            << QStringLiteral("The expiry must be at least 1 day");
    }

    void rejects()
    {
        QFETCH(bool, legacy);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, errorCode);
        QFETCH(QString, detail);

        SandboxHarness harness(options(legacy ? TokenModel::Legacy : TokenModel::Enhanced));
        QVERIFY2(harness.startError().isEmpty(), qPrintable(harness.startError()));
        const Reply reply = harness.send("POST", "/edgekv/v1/tokens", body);
        QVERIFY(reply.finished);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.contentType, QByteArray("application/problem+json"));
        const QJsonObject json = reply.json();
        QCOMPARE(json.value(QLatin1String("status")).toInt(), status);
        QCOMPARE(json.value(QLatin1String("errorCode")).toString(), errorCode);
        QVERIFY2(json.value(QLatin1String("detail")).toString().startsWith(detail),
                 qPrintable(json.value(QLatin1String("detail")).toString()));
        QCOMPARE(json.value(QLatin1String("title")).toString(),
                 status == 422 ? QStringLiteral("Unprocessable Entity") : QStringLiteral("Bad Request"));
        QCOMPARE(json.value(QLatin1String("type")).toString(),
                 status == 422 ? QStringLiteral("/edgekv/error-types/edgekv-unprocessable-entity")
                               : QStringLiteral("/edgekv/error-types/edgekv-bad-request"));
        QVERIFY(json.value(QLatin1String("instance"))
                    .toString()
                    .startsWith(QLatin1String("/edgekv/error-instances/")));
        QCOMPARE(json.value(QLatin1String("additionalDetail"))
                     .toObject()
                     .value(QLatin1String("requestId"))
                     .toString()
                     .size(),
                 16);
        // Nothing was created.
        QCOMPARE(harness.get("/edgekv/v1/tokens").json().value(QLatin1String("tokens")).toArray().size(), 0);
    }

    void accepts_data()
    {
        QTest::addColumn<bool>("legacy");
        QTest::addColumn<QByteArray>("body");

        QJsonObject twenty;
        for (int i = 0; i < 20; ++i)
            twenty.insert(i == 0 ? QStringLiteral("default") : QStringLiteral("ns%1").arg(i), letters({"r"}));
        QJsonArray eightIds;
        for (int i = 0; i < 8; ++i)
            eightIds.append(QString::number(1000 + i));

        QTest::newRow("name of 32 characters") << false << with("name", QString(32, QLatin1Char('a')));
        QTest::newRow("name of 1 character") << false << with("name", QStringLiteral("a"));
        QTest::newRow("name with _ and - inside") << false << with("name", QStringLiteral("A_b-9"));
        QTest::newRow("staging only") << false << with("allowOnProduction", false);
        QTest::newRow("production only") << false << with("allowOnStaging", false);
        QTest::newRow("20 namespaces") << false << withPermissions(twenty);
        QTest::newRow("rwd") << false
                             << withPermissions({{QStringLiteral("default"), letters({"d", "w", "r"})}});
        QTest::newRow("same policy") << false
                                     << withPermissions({{QStringLiteral("default"), letters({"r"})},
                                                         {QStringLiteral("products"), letters({"w"})}});
        QTest::newRow("8 EdgeWorker IDs") << false << with("restrictToEdgeWorkerIds", eightIds);
        QTest::newRow("enhanced ignores expiry") << false << with("expiry", QString());
        QTest::newRow("legacy expiry tomorrow") << true << with("expiry", QStringLiteral("2025-03-11"));
        QTest::newRow("legacy expiry in 6 months") << true << with("expiry", QStringLiteral("2025-09-10"));
    }

    void accepts()
    {
        QFETCH(bool, legacy);
        QFETCH(QByteArray, body);

        SandboxOptions opts = options(legacy ? TokenModel::Legacy : TokenModel::Enhanced);
        for (int i = 1; i < 20; ++i)
            opts.namespaces.append(SandboxOptions::makeNamespace(QStringLiteral("ns%1").arg(i)));
        SandboxHarness harness(opts);
        const Reply reply = harness.send("POST", "/edgekv/v1/tokens", body);
        QVERIFY(reply.finished);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.contentType, QByteArray("application/json"));
        QCOMPARE(reply.json().contains(QLatin1String("value")), legacy);
    }
};

QTEST_GUILESS_MAIN(TestSandboxValidation)
#include "tst_sandboxvalidation.moc"
