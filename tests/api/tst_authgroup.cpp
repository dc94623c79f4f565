#include "api/AuthGroup.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace edgekv;

class TestAuthGroup : public QObject
{
    Q_OBJECT

private slots:
    void officialExample()
    {
        QFile file(QStringLiteral(EDGEKV_SHARED_DIR "/spec/akamai-edgekv-v1-examples/auth-groups-200.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray groups =
            QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("groups")).toArray();
        QCOMPARE(groups.size(), 2);

        const AuthGroup full = AuthGroup::fromJson(groups.at(0).toObject());
        QCOMPARE(full.groupId, 4284);
        QCOMPARE(full.groupName, QStringLiteral("Group #42"));
        QVERIFY(full.hasCapability(QStringLiteral("CREATE_TOKEN")));
        QVERIFY(full.canCreateTokens(Network::Production));
        QVERIFY(full.canCreateTokens(Network::Staging));
        QVERIFY(full.canRevokeTokens(Network::Production));

        const AuthGroup staging = AuthGroup::fromJson(groups.at(1).toObject());
        QCOMPARE(staging.groupId, 109795);
        QVERIFY(staging.canCreateTokens(Network::Staging));
        QVERIFY(!staging.canCreateTokens(Network::Production));
        QVERIFY(staging.canViewTokens(Network::Staging));
        QVERIFY(!staging.canViewTokens(Network::Production));
        QVERIFY(!staging.canRevokeTokens(Network::Production));
    }

    void missingFields()
    {
        const AuthGroup group = AuthGroup::fromJson(QJsonObject());
        QCOMPARE(group.groupId, -1);
        QVERIFY(group.capabilities.isEmpty());
        QVERIFY(!group.canViewTokens(Network::Staging));
    }
};

QTEST_GUILESS_MAIN(TestAuthGroup)
#include "tst_authgroup.moc"
