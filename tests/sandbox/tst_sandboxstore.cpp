// SandboxStore: accounts by accountSwitchKey, change notification, and the state-file JSON.
#include "SandboxOptions.h"
#include "SandboxStore.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace edgekv;

namespace {

SandboxToken sampleToken(const QString& name, TokenModel model)
{
    SandboxToken token;
    token.model = model;
    token.name = name;
    token.uuid = SandboxStore::newUuid();
    token.allowOnStaging = true;
    token.allowOnProduction = model == TokenModel::Legacy;
    token.namespacePermissions.insert(QStringLiteral("default"), {QStringLiteral("r"), QStringLiteral("w")});
    token.restrictToEdgeWorkerIds = {QStringLiteral("42")};
    token.cpcode = QStringLiteral("1234567");
    token.issueDate = QDate(2025, 3, 1);
    token.createdAtUtc = QDateTime(QDate(2025, 3, 1), QTime(8, 30, 1, 250), QTimeZone::utc());
    if (model == TokenModel::Legacy) {
        token.expiry = QDate(2025, 6, 1);
        token.value = QStringLiteral("header.payload.signature");
    } else {
        token.expiry = SandboxToken::enhancedExpiry();
        token.latestRefreshDate = QDate(2025, 3, 5);
        token.nextScheduledRefreshDate = QDate(2025, 5, 5);
        token.activationCompleteAtUtc = token.createdAtUtc.addSecs(5);
        token.activationError = true;
    }
    return token;
}

SandboxAccount templateAccount()
{
    SandboxAccount account;
    for (const SandboxNamespace& ns : SandboxOptions::defaultNamespaces())
        account.namespaces.insert(ns.name, ns);
    account.groups = SandboxOptions::defaultGroups();
    return account;
}

} // namespace

class TestSandboxStore : public QObject
{
    Q_OBJECT

private slots:
    void accountsAreCreatedFromTheTemplate()
    {
        SandboxStore store;
        store.setAccountTemplate(templateAccount());
        QVERIFY(!store.findAccount(QStringLiteral("1-ABC")));
        QCOMPARE(store.account(QStringLiteral("1-ABC")), templateAccount());
        QVERIFY(store.findAccount(QStringLiteral("1-ABC")));
        QCOMPARE(store.accountKeys(), QStringList{QStringLiteral("1-ABC")});
    }

    void tokensPerAccount()
    {
        SandboxStore store;
        QSignalSpy changed(&store, &SandboxStore::changed);
        const SandboxToken token = sampleToken(QStringLiteral("t"), TokenModel::Enhanced);
        QVERIFY(store.addToken(QString(), token));
        QVERIFY(!store.addToken(QString(), token));
        QVERIFY(store.addToken(QStringLiteral("other"), token));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(store.token(QString(), QStringLiteral("t")), std::optional<SandboxToken>(token));
        QVERIFY(!store.token(QStringLiteral("nobody"), QStringLiteral("t")));

        SandboxToken refreshed = token;
        refreshed.latestRefreshDate = QDate(2025, 4, 1);
        QVERIFY(store.updateToken(QString(), refreshed));
        QCOMPARE(store.token(QString(), QStringLiteral("t"))->latestRefreshDate, QDate(2025, 4, 1));
        QCOMPARE(store.token(QStringLiteral("other"), QStringLiteral("t"))->latestRefreshDate,
                 QDate(2025, 3, 5));
        QVERIFY(!store.updateToken(QString(), sampleToken(QStringLiteral("unknown"), TokenModel::Enhanced)));

        QVERIFY(store.removeToken(QString(), QStringLiteral("t")));
        QVERIFY(!store.removeToken(QString(), QStringLiteral("t")));
        QVERIFY(store.token(QStringLiteral("other"), QStringLiteral("t")));
        QCOMPARE(changed.count(), 4);
    }

    void jsonRoundTrip()
    {
        SandboxStore store;
        store.setAccountTemplate(templateAccount());
        store.addToken(QString(), sampleToken(QStringLiteral("new"), TokenModel::Enhanced));
        store.addToken(QString(), sampleToken(QStringLiteral("old"), TokenModel::Legacy));
        SandboxNamespace ns = SandboxOptions::makeNamespace(QStringLiteral("eu-data"));
        ns.geoLocation = QStringLiteral("EU");
        ns.onStaging = false;
        store.putNamespace(QStringLiteral("1-ABC"), ns);
        store.setInitialized(QStringLiteral("1-ABC"), false);

        const QJsonObject json = store.toJson();
        QCOMPARE(json.value(QLatin1String("format")).toString(), QStringLiteral("edgekv-sandbox-state"));
        QCOMPARE(json.value(QLatin1String("version")).toInt(), 1);

        SandboxStore loaded;
        QSignalSpy changed(&loaded, &SandboxStore::changed);
        QString error;
        QVERIFY2(loaded.fromJson(json, &error), qPrintable(error));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(loaded.accountKeys(), store.accountKeys());
        for (const QString& key : store.accountKeys())
            QCOMPARE(*loaded.findAccount(key), *store.findAccount(key));
        QCOMPARE(loaded.toJson(), json);
    }

    void rejectsForeignOrBrokenState_data()
    {
        QTest::addColumn<QJsonObject>("json");
        SandboxStore store;
        store.addToken(QString(), sampleToken(QStringLiteral("t"), TokenModel::Legacy));
        const QJsonObject good = store.toJson();

        QTest::newRow("empty object") << QJsonObject();
        QTest::newRow("other format")
            << QJsonObject{{QStringLiteral("format"), QStringLiteral("something-else")}};
        QJsonObject version = good;
        version.insert(QStringLiteral("version"), 2);
        QTest::newRow("future version") << version;
        QJsonObject noAccounts = good;
        noAccounts.remove(QStringLiteral("accounts"));
        QTest::newRow("no accounts") << noAccounts;

        const auto withToken = [&](const char* key, const QJsonValue& value) {
            QJsonObject json = good;
            QJsonObject accounts = json.value(QLatin1String("accounts")).toObject();
            QJsonObject account = accounts.value(QString()).toObject();
            QJsonArray tokens = account.value(QLatin1String("tokens")).toArray();
            QJsonObject token = tokens.at(0).toObject();
            if (value.isUndefined())
                token.remove(QLatin1String(key));
            else
                token.insert(QLatin1String(key), value);
            tokens.replace(0, token);
            account.insert(QStringLiteral("tokens"), tokens);
            accounts.insert(QString(), account);
            json.insert(QStringLiteral("accounts"), accounts);
            return json;
        };
        QTest::newRow("token without name") << withToken("name", QJsonValue(QJsonValue::Undefined));
        QTest::newRow("unknown model") << withToken("model", QStringLiteral("v3"));
        QTest::newRow("bad expiry") << withToken("expiry", QStringLiteral("tomorrow"));
        QTest::newRow("permissions not an object") << withToken("namespacePermissions", QJsonArray());
        QTest::newRow("flag not a bool") << withToken("allowOnStaging", QStringLiteral("yes"));
    }

    void rejectsForeignOrBrokenState()
    {
        QFETCH(QJsonObject, json);
        SandboxStore store;
        const SandboxToken existing = sampleToken(QStringLiteral("keep"), TokenModel::Enhanced);
        store.addToken(QString(), existing);
        QSignalSpy changed(&store, &SandboxStore::changed);
        QString error;
        QVERIFY(!store.fromJson(json, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(changed.count(), 0);
        QCOMPARE(store.token(QString(), QStringLiteral("keep")), std::optional<SandboxToken>(existing));
    }

    void activationStatus()
    {
        SandboxToken token = sampleToken(QStringLiteral("t"), TokenModel::Enhanced);
        token.activationError = false;
        QCOMPARE(token.activationStatus(token.createdAtUtc), QStringLiteral("IN_PROGRESS"));
        QCOMPARE(token.activationStatus(token.createdAtUtc.addSecs(5)), QStringLiteral("COMPLETE"));
        token.activationError = true;
        QCOMPARE(token.activationStatus(token.createdAtUtc.addSecs(5)), QStringLiteral("ERROR"));
        QCOMPARE(sampleToken(QStringLiteral("l"), TokenModel::Legacy).activationStatus(token.createdAtUtc),
                 QString());
    }
};

QTEST_GUILESS_MAIN(TestSandboxStore)
#include "tst_sandboxstore.moc"
