#include "credentials/AccountProfile.h"

#include <QTest>

using namespace edgekv;

class TestAccountProfile : public QObject
{
    Q_OBJECT

private slots:
    void keepsOnlyTheNonSecretFields()
    {
        Credentials credentials;
        credentials.host = QStringLiteral("127.0.0.1:8443");
        credentials.plainHttp = true;
        credentials.clientToken = QStringLiteral("ct");
        credentials.clientSecret = QStringLiteral("cs");
        credentials.accessToken = QStringLiteral("at");
        credentials.accountSwitchKey = QStringLiteral("1-AB:1-CD");
        credentials.maxBody = 2048;
        credentials.headersToSign = {QStringLiteral("X-A")};

        const AccountProfile profile = AccountProfile::fromCredentials(
            QStringLiteral("sandbox"), AccountProfile::Kind::SessionOnly, credentials);
        QCOMPARE(profile.name, QStringLiteral("sandbox"));
        QCOMPARE(profile.kind, AccountProfile::Kind::SessionOnly);
        QCOMPARE(profile.host, credentials.host);
        QCOMPARE(profile.plainHttp, true);
        QCOMPARE(profile.accountSwitchKey, credentials.accountSwitchKey);
        QCOMPARE(profile.maxBody, 2048);
        QCOMPARE(profile.headersToSign, credentials.headersToSign);
        QVERIFY(profile.edgercPath.isEmpty());
        QVERIFY(profile.edgercSection.isEmpty());

        QVERIFY(profile.toCredentials(QStringLiteral("ct"), QStringLiteral("cs"), QStringLiteral("at")) ==
                credentials);
        QVERIFY(profile.toCredentials(QStringLiteral("ct"), QStringLiteral("other"), QStringLiteral("at")) !=
                credentials);
    }

    void kindNamesRoundTrip()
    {
        for (const auto kind : {AccountProfile::Kind::Keychain, AccountProfile::Kind::LinkedEdgerc,
                                AccountProfile::Kind::SessionOnly}) {
            const QString name = AccountProfile::kindName(kind);
            QVERIFY(!name.isEmpty());
            QCOMPARE(AccountProfile::kindFromName(name), kind);
        }
        QCOMPARE(AccountProfile::kindName(AccountProfile::Kind::Keychain), QStringLiteral("keychain"));
        QCOMPARE(AccountProfile::kindName(AccountProfile::Kind::LinkedEdgerc), QStringLiteral("edgerc"));
        QVERIFY(!AccountProfile::kindFromName(QStringLiteral("Keychain")));
        QVERIFY(!AccountProfile::kindFromName(QString()));
    }

    void equalityCoversEveryField()
    {
        AccountProfile base;
        base.name = QStringLiteral("n");
        QVERIFY(base == base);
        auto changed = [&](auto mutate) {
            AccountProfile other = base;
            mutate(other);
            return other != base;
        };
        QVERIFY(changed([](AccountProfile& p) { p.name = QStringLiteral("m"); }));
        QVERIFY(changed([](AccountProfile& p) { p.kind = AccountProfile::Kind::LinkedEdgerc; }));
        QVERIFY(changed([](AccountProfile& p) { p.host = QStringLiteral("h"); }));
        QVERIFY(changed([](AccountProfile& p) { p.plainHttp = true; }));
        QVERIFY(changed([](AccountProfile& p) { p.accountSwitchKey = QStringLiteral("k"); }));
        QVERIFY(changed([](AccountProfile& p) { p.maxBody = 1; }));
        QVERIFY(changed([](AccountProfile& p) { p.headersToSign = {QStringLiteral("X")}; }));
        QVERIFY(changed([](AccountProfile& p) { p.edgercPath = QStringLiteral("/e"); }));
        QVERIFY(changed([](AccountProfile& p) { p.edgercSection = QStringLiteral("s"); }));
    }
};

QTEST_GUILESS_MAIN(TestAccountProfile)
#include "tst_accountprofile.moc"
