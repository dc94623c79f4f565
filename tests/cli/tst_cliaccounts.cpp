// End to end: `accounts` and --account. Every child gets its own XDG_CONFIG_HOME, so the stored accounts
// are the test's own. Keychain accounts: tst_clikeychain.
#include "CliTestSupport.h"
#include "CredentialsTestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace edgekv;
using namespace edgekv::clitest;

class TestCliAccounts : public StoredAccountTest
{
    Q_OBJECT

private slots:
    void linkedAccount()
    {
        const QString edgerc = fixture().edgercPath();
        const CliRun empty = run({QStringLiteral("accounts"), QStringLiteral("list")});
        CLI_EXPECT_EXIT(empty, 0);
        QVERIFY(empty.outText().startsWith(QStringLiteral("No stored accounts")));

        const CliRun imported =
            run({QStringLiteral("accounts"), QStringLiteral("import-edgerc"), QStringLiteral("--edgerc"),
                 edgerc, QStringLiteral("--section"), QStringLiteral("sandbox"), QStringLiteral("--linked")});
        CLI_EXPECT_EXIT(imported, 0);
        QVERIFY(imported.outText().contains(QStringLiteral("Linked account “sandbox”")));

        const CliRun listed =
            run({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")});
        CLI_EXPECT_EXIT(listed, 0);
        const QJsonArray accounts = listed.json().array();
        QCOMPARE(accounts.size(), 1);
        const QJsonObject account = accounts.first().toObject();
        QCOMPARE(account.value(QStringLiteral("name")).toString(), QStringLiteral("sandbox"));
        QCOMPARE(account.value(QStringLiteral("storage")).toString(), QStringLiteral("edgerc"));
        QCOMPARE(account.value(QStringLiteral("edgercPath")).toString(), edgerc);
        QCOMPARE(account.value(QStringLiteral("edgercSection")).toString(), QStringLiteral("sandbox"));
        const CliRun table = run({QStringLiteral("accounts"), QStringLiteral("list")});
        QVERIFY(table.outText().contains(QStringLiteral("linked")));

        // --account before or after the command; the settings file holds no secret.
        const CliRun tokens =
            run({QStringLiteral("--account"), QStringLiteral("sandbox"), QStringLiteral("list")});
        CLI_EXPECT_EXIT(tokens, 0);
        QVERIFY(tokens.outText().contains(QStringLiteral("stored-account-token")));
        CLI_EXPECT_EXIT(run({QStringLiteral("show"), QStringLiteral("stored-account-token"),
                             QStringLiteral("--account"), QStringLiteral("sandbox")}),
                        0);
        int scanned = 0;
        QVERIFY(test::filesContaining({fixture().home() + QStringLiteral("/config")},
                                      {fixture().client().clientSecret.toUtf8()}, &scanned)
                    .isEmpty());
        QVERIFY(scanned > 0);

        // Importing it again needs --replace.
        const QStringList again{QStringLiteral("accounts"), QStringLiteral("import-edgerc"),
                                QStringLiteral("--edgerc"), edgerc, QStringLiteral("--linked")};
        CLI_EXPECT_EXIT(run(again), 2);
        CLI_EXPECT_EXIT(run(again + QStringList{QStringLiteral("--replace")}), 0);

        const CliRun removed =
            run({QStringLiteral("accounts"), QStringLiteral("remove"), QStringLiteral("sandbox")});
        CLI_EXPECT_EXIT(removed, 0);
        QVERIFY(removed.outText().contains(QStringLiteral("Removed account “sandbox”")));
        QVERIFY(QFile::exists(edgerc));
        const CliRun gone =
            run({QStringLiteral("list"), QStringLiteral("--account"), QStringLiteral("sandbox")});
        CLI_EXPECT_EXIT(gone, 2);
        QVERIFY(gone.errText().contains(QStringLiteral("sandbox")));
        CLI_EXPECT_EXIT(
            run({QStringLiteral("accounts"), QStringLiteral("remove"), QStringLiteral("sandbox")}), 2);
    }

    void importRefusals()
    {
        const QString edgerc = fixture().edgercPath();
        const CliRun unknown =
            run({QStringLiteral("accounts"), QStringLiteral("import-edgerc"), QStringLiteral("--edgerc"),
                 edgerc, QStringLiteral("--section"), QStringLiteral("nope"), QStringLiteral("--linked")});
        CLI_EXPECT_EXIT(unknown, 2);
        QVERIFY(unknown.errText().contains(QStringLiteral("nope")));
        const CliRun missing =
            run({QStringLiteral("accounts"), QStringLiteral("import-edgerc"), QStringLiteral("--edgerc"),
                 fixture().home() + QStringLiteral("/absent.edgerc")});
        CLI_EXPECT_EXIT(missing, 2);
        CLI_EXPECT_EXIT(run({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--linked")}),
                        2);
        CLI_EXPECT_EXIT(run({QStringLiteral("accounts"), QStringLiteral("remove")}), 2);
        const CliRun none = run({QStringLiteral("accounts"), QStringLiteral("list")});
        QVERIFY(none.outText().startsWith(QStringLiteral("No stored accounts")));
    }
};

QTEST_GUILESS_MAIN(TestCliAccounts)
#include "tst_cliaccounts.moc"
