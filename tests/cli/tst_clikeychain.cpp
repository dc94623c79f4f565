// End to end: an account imported into the OS keychain and used with --account. It needs the throwaway
// Secret Service of tests/run-tests.sh (EDGEKV_TEST_XDG_ROOT) and is skipped without it; the child's own
// XDG_CONFIG_HOME keeps the stored accounts the test's own.
#include "CliTestSupport.h"
#include "CredentialsTestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace edgekv;
using namespace edgekv::clitest;

class TestCliKeychain : public StoredAccountTest
{
    Q_OBJECT

private slots:
    void keychainAccount()
    {
        REQUIRE_KEYRING();
        // A unique section name, so that keychain entries never clash with another run.
        const QString name = test::uniqueName("cli-");
        const QString edgerc = fixture().home() + QStringLiteral("/keychain.edgerc");
        QVERIFY(writeFile(edgerc, edgercSection(name, fixture().credentials())));

        const CliRun imported = run({QStringLiteral("accounts"), QStringLiteral("import-edgerc"),
                                     QStringLiteral("--edgerc"), edgerc, QStringLiteral("--json")});
        CLI_EXPECT_EXIT(imported, 0);
        const QJsonObject report = imported.json().object();
        QCOMPARE(report.value(QStringLiteral("imported")).toArray().size(), 1);
        QCOMPARE(report.value(QStringLiteral("imported"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("storage"))
                     .toString(),
                 QStringLiteral("keychain"));

        const CliRun listed =
            run({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")});
        CLI_EXPECT_EXIT(listed, 0);
        const QJsonObject account = listed.json().array().first().toObject();
        QCOMPARE(account.value(QStringLiteral("name")).toString(), name);
        QCOMPARE(account.value(QStringLiteral("storage")).toString(), QStringLiteral("keychain"));
        QCOMPARE(account.value(QStringLiteral("host")).toString(), fixture().credentials().host);

        // The .edgerc is not needed any more: the secrets come from the keychain.
        QVERIFY(QFile::remove(edgerc));
        const CliRun tokens =
            run({QStringLiteral("list"), QStringLiteral("--account"), name, QStringLiteral("--json")});
        CLI_EXPECT_EXIT(tokens, 0);
        QCOMPARE(tokens.json().array().first().toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("stored-account-token"));
        int scanned = 0;
        QVERIFY(test::filesContaining({fixture().home() + QStringLiteral("/config")},
                                      {fixture().client().clientSecret.toUtf8()}, &scanned)
                    .isEmpty());
        QVERIFY(scanned > 0);

        CLI_EXPECT_EXIT(run({QStringLiteral("accounts"), QStringLiteral("remove"), name}), 0);
        CLI_EXPECT_EXIT(run({QStringLiteral("list"), QStringLiteral("--account"), name}), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliKeychain)
#include "tst_clikeychain.moc"
