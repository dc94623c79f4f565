#include "api/NamespaceInfo.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace edgekv;

namespace {

QJsonObject officialExample(const char* name)
{
    QFile file(QStringLiteral(EDGEKV_SHARED_DIR "/spec/akamai-edgekv-v1-examples/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

NamespaceInfo named(const QString& name, Network network)
{
    QJsonObject json;
    json.insert(QLatin1String("namespace"), name);
    return NamespaceInfo::fromJson(json, network);
}

} // namespace

class TestNamespaceInfo : public QObject
{
    Q_OBJECT

private slots:
    void detailedListFromTheOfficialExample()
    {
        const QJsonArray items =
            officialExample("namespaces-200.json").value(QLatin1String("namespaces")).toArray();
        QCOMPARE(items.size(), 2);
        const NamespaceInfo first = NamespaceInfo::fromJson(items.at(0).toObject(), Network::Staging);
        QCOMPARE(first.name, QStringLiteral("default"));
        QVERIFY(first.onStaging);
        QVERIFY(!first.onProduction);
        QCOMPARE(first.retentionInSeconds, 15724800);
        QCOMPARE(first.geoLocation, QStringLiteral("US"));
        QCOMPARE(first.groupId, 0);
        QCOMPARE(first.restrictDataAccess, std::optional<bool>(true));
        QCOMPARE(first.policyType, QStringLiteral("inherited"));
        QVERIFY(first.hasDetails);

        const NamespaceInfo second = NamespaceInfo::fromJson(items.at(1).toObject(), Network::Production);
        QCOMPARE(second.name, QStringLiteral("marketing"));
        QVERIFY(second.onProduction);
        QCOMPARE(second.groupId, 4284);
        QCOMPARE(second.restrictDataAccess, std::optional<bool>(false));
        QCOMPARE(second.policyType, QStringLiteral("overridden"));
    }

    void singleNamespaceWithoutPolicy()
    {
        const NamespaceInfo info =
            NamespaceInfo::fromJson(officialExample("namespace-200.json"), Network::Staging);
        QCOMPARE(info.name, QStringLiteral("marketing"));
        QCOMPARE(info.groupId, 4284);
        QVERIFY(!info.restrictDataAccess.has_value());
        QVERIFY(info.hasDetails);
    }

    void namesOnly()
    {
        const NamespaceInfo info = named(QStringLiteral("default"), Network::Production);
        QCOMPARE(info.name, QStringLiteral("default"));
        QVERIFY(!info.hasDetails);
        QCOMPARE(info.retentionInSeconds, -1);
        QCOMPARE(info.groupId, -1);
        QVERIFY(info.existsOn(Network::Production));
        QVERIFY(!info.existsOn(Network::Staging));
    }

    void mergesBothNetworks()
    {
        NamespaceInfo detailed = NamespaceInfo::fromJson(
            QJsonDocument::fromJson(R"({"namespace": "b", "retentionInSeconds": 0, "groupId": 7})").object(),
            Network::Production);
        const QList<NamespaceInfo> merged = NamespaceInfo::merged(
            {named(QStringLiteral("b"), Network::Staging), named(QStringLiteral("a"), Network::Staging)},
            {detailed, named(QStringLiteral("c"), Network::Production)});
        QCOMPARE(merged.size(), 3);
        QCOMPARE(merged.at(0).name, QStringLiteral("a"));
        QVERIFY(merged.at(0).onStaging && !merged.at(0).onProduction);
        QCOMPARE(merged.at(1).name, QStringLiteral("b"));
        QVERIFY(merged.at(1).onStaging && merged.at(1).onProduction);
        QCOMPARE(merged.at(1).groupId, 7); // the details of the side that had them
        QCOMPARE(merged.at(1).retentionInSeconds, 0);
        QCOMPARE(merged.at(2).name, QStringLiteral("c"));
        QVERIFY(!merged.at(2).onStaging && merged.at(2).onProduction);
    }

    void networkNames()
    {
        QCOMPARE(networkName(Network::Staging), QStringLiteral("staging"));
        QCOMPARE(networkName(Network::Production), QStringLiteral("production"));
        QCOMPARE(networkFromName(QStringLiteral("Production")), std::optional<Network>(Network::Production));
        QVERIFY(!networkFromName(QStringLiteral("prod")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestNamespaceInfo)
#include "tst_namespaceinfo.moc"
