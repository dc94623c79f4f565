// End to end: namespaces, initialize, permission groups and accountSwitchKey separation.
#include "SandboxHarness.h"

#include <QJsonArray>
#include <QTest>

using namespace edgekv;
using namespace edgekv::test;

namespace {

QStringList namespaceNames(const Reply& reply)
{
    QStringList names;
    for (const QJsonValue& ns : reply.json().value(QLatin1String("namespaces")).toArray())
        names << ns.toObject().value(QLatin1String("namespace")).toString();
    return names;
}

SandboxOptions twoNetworkOptions()
{
    SandboxOptions options;
    options.namespaces.clear();
    SandboxNamespace shared = SandboxOptions::makeNamespace(QStringLiteral("default"));
    SandboxNamespace stagingOnly = SandboxOptions::makeNamespace(QStringLiteral("trial"));
    stagingOnly.onProduction = false;
    stagingOnly.groupId = 4284;
    stagingOnly.restrictDataAccess = false;
    stagingOnly.policyType = QStringLiteral("overridden");
    stagingOnly.retentionInSeconds = 86400;
    SandboxNamespace productionOnly = SandboxOptions::makeNamespace(QStringLiteral("live"));
    productionOnly.onStaging = false;
    productionOnly.geoLocation = QStringLiteral("EU");
    options.namespaces = {shared, stagingOnly, productionOnly};
    return options;
}

} // namespace

class TestSandboxNamespaces : public QObject
{
    Q_OBJECT

private slots:
    void listsNamesPerNetwork()
    {
        SandboxHarness harness(twoNetworkOptions());
        const Reply staging = harness.get("/edgekv/v1/networks/staging/namespaces");
        QCOMPARE(staging.status, 200);
        QCOMPARE(
            staging.json(),
            QJsonObject({{QStringLiteral("namespaces"),
                          QJsonArray{QJsonObject{{QStringLiteral("namespace"), QStringLiteral("default")}},
                                     QJsonObject{{QStringLiteral("namespace"), QStringLiteral("trial")}}}}}));
        QCOMPARE(namespaceNames(harness.get("/edgekv/v1/networks/production/namespaces")),
                 QStringList({QStringLiteral("default"), QStringLiteral("live")}));
    }

    void listsDetails_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::newRow("details=on") << QByteArray("?details=on");
        QTest::newRow("details=true (the CLI)") << QByteArray("?details=true");
    }

    void listsDetails()
    {
        QFETCH(QByteArray, query);
        SandboxHarness harness(twoNetworkOptions());
        const QJsonArray namespaces = harness.get("/edgekv/v1/networks/staging/namespaces" + query)
                                          .json()
                                          .value(QLatin1String("namespaces"))
                                          .toArray();
        QCOMPARE(namespaces.size(), 2);
        QCOMPARE(namespaces.at(1).toObject(),
                 QJsonObject({{QStringLiteral("namespace"), QStringLiteral("trial")},
                              {QStringLiteral("retentionInSeconds"), 86400},
                              {QStringLiteral("geoLocation"), QStringLiteral("US")},
                              {QStringLiteral("groupId"), 4284},
                              {QStringLiteral("dataAccessPolicy"),
                               QJsonObject{{QStringLiteral("restrictDataAccess"), false},
                                           {QStringLiteral("policyType"), QStringLiteral("overridden")}}}}));
    }

    void detailsOffListsNames()
    {
        SandboxHarness harness(twoNetworkOptions());
        const QJsonObject first = harness.get("/edgekv/v1/networks/staging/namespaces?details=off")
                                      .json()
                                      .value(QLatin1String("namespaces"))
                                      .toArray()
                                      .at(0)
                                      .toObject();
        QCOMPARE(first.keys(), QStringList{QStringLiteral("namespace")});
    }

    void getsOneNamespace()
    {
        SandboxHarness harness(twoNetworkOptions());
        const Reply reply = harness.get("/edgekv/v1/networks/production/namespaces/live");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QLatin1String("namespace")).toString(), QStringLiteral("live"));
        QCOMPARE(reply.json().value(QLatin1String("geoLocation")).toString(), QStringLiteral("EU"));
        QCOMPARE(reply.json().value(QLatin1String("retentionInSeconds")).toInt(), 15724800);
    }

    void missingNamespaceIs400_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::newRow("unknown") << QByteArray("/edgekv/v1/networks/staging/namespaces/nope");
        QTest::newRow("only on the other network")
            << QByteArray("/edgekv/v1/networks/staging/namespaces/live");
    }

    void missingNamespaceIs400()
    {
        QFETCH(QByteArray, target);
        SandboxHarness harness(twoNetworkOptions());
        const Reply reply = harness.get(target);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.contentType, QByteArray("application/problem+json"));
        const QJsonObject json = reply.json();
        QCOMPARE(json.value(QLatin1String("errorCode")).toString(), QStringLiteral("EKV_9000"));
        QCOMPARE(json.value(QLatin1String("detail")).toString(),
                 QStringLiteral("The requested namespace does not exist."));
        QCOMPARE(json.value(QLatin1String("title")).toString(), QStringLiteral("Bad Request"));
        QCOMPARE(json.value(QLatin1String("type")).toString(),
                 QStringLiteral("/edgekv/error-types/edgekv-bad-request"));
        QVERIFY(!json.value(QLatin1String("additionalDetail"))
                     .toObject()
                     .value(QLatin1String("requestId"))
                     .toString()
                     .isEmpty());
    }

    void unknownNetworkIs400()
    {
        SandboxHarness harness;
        for (const QByteArray& target : {QByteArray("/edgekv/v1/networks/Staging/namespaces"),
                                         QByteArray("/edgekv/v1/networks/qa/namespaces/default")}) {
            const Reply reply = harness.get(target);
            QCOMPARE(reply.status, 400);
            QCOMPARE(reply.json().value(QLatin1String("errorCode")).toString(), QStringLiteral("EKV_2000"));
        }
    }

    void defaultNamespacesAreRealistic()
    {
        SandboxHarness harness;
        const QJsonArray namespaces = harness.get("/edgekv/v1/networks/production/namespaces?details=on")
                                          .json()
                                          .value(QLatin1String("namespaces"))
                                          .toArray();
        QVERIFY(namespaces.size() >= 6);
        QSet<bool> policies;
        QSet<int> groups;
        for (const QJsonValue& ns : namespaces) {
            policies.insert(ns.toObject()
                                .value(QLatin1String("dataAccessPolicy"))
                                .toObject()
                                .value(QLatin1String("restrictDataAccess"))
                                .toBool());
            groups.insert(ns.toObject().value(QLatin1String("groupId")).toInt());
        }
        QCOMPARE(policies.size(), 2);
        QVERIFY(groups.size() >= 2);
        QCOMPARE(namespaceNames(harness.get("/edgekv/v1/networks/staging/namespaces")).size(),
                 namespaces.size());
    }

    void initialized()
    {
        SandboxHarness harness;
        const Reply reply = harness.get("/edgekv/v1/initialize");
        QCOMPARE(reply.status, 200);
        const QJsonObject json = reply.json();
        QCOMPARE(json.value(QLatin1String("accountStatus")).toString(), QStringLiteral("INITIALIZED"));
        QCOMPARE(json.value(QLatin1String("productionStatus")).toString(), QStringLiteral("INITIALIZED"));
        QCOMPARE(json.value(QLatin1String("stagingStatus")).toString(), QStringLiteral("INITIALIZED"));
        QCOMPARE(json.value(QLatin1String("cpcode")).toString(), QStringLiteral("1234567"));
        QVERIFY(json.value(QLatin1String("dataAccessPolicy")).isObject());
    }

    void uninitializedIs404WithEverythingUninitialized()
    {
        SandboxOptions options;
        options.uninitialized = true;
        SandboxHarness harness(options);
        const Reply reply = harness.get("/edgekv/v1/initialize");
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.contentType, QByteArray("application/json"));
        QCOMPARE(reply.json(),
                 QJsonObject({{QStringLiteral("accountStatus"), QStringLiteral("UNINITIALIZED")},
                              {QStringLiteral("cpcode"), QJsonValue::Null},
                              {QStringLiteral("productionStatus"), QStringLiteral("UNINITIALIZED")},
                              {QStringLiteral("stagingStatus"), QStringLiteral("UNINITIALIZED")},
                              {QStringLiteral("dataAccessPolicy"), QJsonValue::Null}}));
    }

    void authGroups()
    {
        SandboxHarness harness;
        const Reply reply = harness.get("/edgekv/v1/auth/groups");
        QCOMPARE(reply.status, 200);
        const QJsonArray groups = reply.json().value(QLatin1String("groups")).toArray();
        QCOMPARE(groups.size(), 2);
        const QJsonObject first = groups.at(0).toObject();
        QCOMPARE(first.value(QLatin1String("groupId")).toInt(), 4284);
        QVERIFY(!first.value(QLatin1String("groupName")).toString().isEmpty());
        QVERIFY(
            first.value(QLatin1String("capabilities")).toArray().contains(QStringLiteral("CREATE_TOKEN")));
        QVERIFY(!groups.at(1)
                     .toObject()
                     .value(QLatin1String("capabilities"))
                     .toArray()
                     .contains(QStringLiteral("CREATE_TOKEN")));
    }

    void accountSwitchKeysHaveSeparateData()
    {
        SandboxHarness harness;
        const QString accountA = QStringLiteral("1-5C0YLB:1-8BYUX");
        const QString accountB = QStringLiteral("1-EFGH");
        QCOMPARE(
            harness.post("/edgekv/v1/tokens", harness.createBody(QStringLiteral("shared-name")), accountA)
                .status,
            200);
        QCOMPARE(
            harness.post("/edgekv/v1/tokens", harness.createBody(QStringLiteral("only-b")), accountB).status,
            200);
        // The same name in another account is no conflict.
        QCOMPARE(
            harness.post("/edgekv/v1/tokens", harness.createBody(QStringLiteral("shared-name")), accountB)
                .status,
            200);

        const auto names = [&](const QString& account) {
            QStringList result;
            for (const QJsonValue& t :
                 harness.get("/edgekv/v1/tokens", account).json().value(QLatin1String("tokens")).toArray())
                result << t.toObject().value(QLatin1String("name")).toString();
            return result;
        };
        QCOMPARE(names(accountA), QStringList{QStringLiteral("shared-name")});
        QCOMPARE(names(accountB), QStringList({QStringLiteral("only-b"), QStringLiteral("shared-name")}));
        QCOMPARE(names(QString()), QStringList());
        QCOMPARE(harness.get("/edgekv/v1/tokens/only-b", accountA).status, 404);
        QCOMPARE(harness.send("DELETE", "/edgekv/v1/tokens/only-b", {}, accountB).status, 200);
        QCOMPARE(names(accountB), QStringList{QStringLiteral("shared-name")});
        QCOMPARE(names(accountA), QStringList{QStringLiteral("shared-name")});
        QVERIFY(harness.server().store().findAccount(accountA));
        QVERIFY(harness.server().store().findAccount(accountB));
    }

    void accountSwitchKeyWorksOnEveryCall()
    {
        SandboxHarness harness;
        const QString account = QStringLiteral("1-ABCD:Z-XYZ");
        SandboxNamespace extra = SandboxOptions::makeNamespace(QStringLiteral("only-in-abcd"));
        harness.server().store().putNamespace(account, extra);
        QVERIFY(namespaceNames(harness.get("/edgekv/v1/networks/staging/namespaces", account))
                    .contains(QStringLiteral("only-in-abcd")));
        QVERIFY(!namespaceNames(harness.get("/edgekv/v1/networks/staging/namespaces"))
                     .contains(QStringLiteral("only-in-abcd")));
        QCOMPARE(harness.get("/edgekv/v1/networks/staging/namespaces/only-in-abcd", account).status, 200);
        QCOMPARE(harness.get("/edgekv/v1/networks/staging/namespaces/only-in-abcd").status, 400);
        harness.server().store().setInitialized(account, false);
        QCOMPARE(harness.get("/edgekv/v1/initialize", account).status, 404);
        QCOMPARE(harness.get("/edgekv/v1/initialize").status, 200);
        QCOMPARE(harness.get("/edgekv/v1/auth/groups", account).status, 200);

        QJsonObject body = harness.createBody(QStringLiteral("t"));
        body.insert(QStringLiteral("namespacePermissions"),
                    QJsonObject{{QStringLiteral("only-in-abcd"), QJsonArray{QStringLiteral("r")}}});
        QCOMPARE(harness.post("/edgekv/v1/tokens", body).status, 400);
        QCOMPARE(harness.post("/edgekv/v1/tokens", body, account).status, 200);
        QCOMPARE(harness.send("POST", "/edgekv/v1/tokens/t/refresh", {}, account).status, 200);
        QCOMPARE(harness.send("POST", "/edgekv/v1/tokens/t/refresh").status, 404);
    }
};

QTEST_GUILESS_MAIN(TestSandboxNamespaces)
#include "tst_sandboxnamespaces.moc"
