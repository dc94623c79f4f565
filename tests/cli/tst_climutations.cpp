// End to end: create (both token models, every client-side rule before anything is sent, the server's
// 409), revoke (never without confirmation) and refresh, with the built edgekv-tokens.
#include "CliTestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace edgekv;
using namespace edgekv::clitest;

namespace {

int countRequests(const QSignalSpy& spy, const QByteArray& method)
{
    int count = 0;
    for (const QList<QVariant>& call : spy) {
        if (call.at(0).toByteArray() == method)
            ++count;
    }
    return count;
}

} // namespace

class TestCliMutations : public FixtureTest
{
    Q_OBJECT

private slots:
    void create_data()
    {
        QTest::addColumn<TokenModel>("model");
        QTest::newRow("enhanced") << TokenModel::Enhanced;
        QTest::newRow("legacy") << TokenModel::Legacy;
    }

    void create()
    {
        QFETCH(TokenModel, model);
        SandboxFixture& fx = make(model);
        CLI_START(fx);
        const bool legacy = model == TokenModel::Legacy;
        const QDate expiry = SandboxFixture::todayUtc().addDays(45);
        QStringList arguments{QStringLiteral("create"),       QStringLiteral("ci-token"),
                              QStringLiteral("--namespace"),  QStringLiteral("default=rw"),
                              QStringLiteral("--namespace"),  QStringLiteral("products=r,checkout=rwd"),
                              QStringLiteral("--production"), QStringLiteral("--edgeworker-id"),
                              QStringLiteral("42"),           QStringLiteral("--edgeworker-id"),
                              QStringLiteral("4711"),         QStringLiteral("--json")};
        if (legacy)
            arguments << QStringLiteral("--expiry") << expiry.toString(Qt::ISODate);
        const CliRun run = fx.run(arguments);
        CLI_EXPECT_EXIT(run, 0);

        const std::optional<SandboxToken> stored =
            fx.server().store().token(QString(), QStringLiteral("ci-token"));
        QVERIFY(stored);
        QCOMPARE(stored->model, model);
        QVERIFY(stored->allowOnProduction);
        QVERIFY(!stored->allowOnStaging);
        QCOMPARE(stored->namespacePermissions.value(QStringLiteral("default")),
                 (QStringList{QStringLiteral("r"), QStringLiteral("w")}));
        QCOMPARE(stored->namespacePermissions.value(QStringLiteral("products")),
                 QStringList{QStringLiteral("r")});
        QCOMPARE(stored->namespacePermissions.value(QStringLiteral("checkout")),
                 (QStringList{QStringLiteral("r"), QStringLiteral("w"), QStringLiteral("d")}));
        QCOMPARE(stored->restrictToEdgeWorkerIds,
                 (QStringList{QStringLiteral("42"), QStringLiteral("4711")}));
        if (legacy)
            QCOMPARE(stored->expiry, expiry);

        const QJsonObject json = run.json().object();
        QCOMPARE(json.value(QStringLiteral("name")).toString(), QStringLiteral("ci-token"));
        QCOMPARE(json.value(QStringLiteral("uuid")).toString(), stored->uuid);
        QCOMPARE(json.value(QStringLiteral("model")).toString(),
                 legacy ? QStringLiteral("legacy") : QStringLiteral("enhanced"));
        QCOMPARE(json.value(QStringLiteral("status")).toString(),
                 legacy ? QStringLiteral("valid") : QStringLiteral("activating"));
        QVERIFY(!json.contains(QStringLiteral("value")));

        // The same name again: the server's 409, as ApiError::userMessage words it.
        const CliRun duplicate = fx.run(arguments);
        CLI_EXPECT_EXIT(duplicate, 1);
        QVERIFY(duplicate.errText().contains(QStringLiteral("already exists")));
        QCOMPARE(duplicate.err.count('\n'), 1);

        if (legacy) {
            arguments[1] = QStringLiteral("ci-token-2");
            arguments << QStringLiteral("--reveal");
            const CliRun revealed = fx.run(arguments);
            CLI_EXPECT_EXIT(revealed, 0);
            QCOMPARE(revealed.json().object().value(QStringLiteral("value")).toString(),
                     fx.server().store().token(QString(), QStringLiteral("ci-token-2"))->value);
        }
    }

    void createValidatesBeforeSending_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("fragment");
        const QDate today = SandboxFixture::todayUtc();
        QStringList many;
        for (int i = 0; i < 21; ++i)
            many << QStringLiteral("--namespace") << QStringLiteral("ns%1=r").arg(i);
        QTest::newRow("no network") << args({"create", "t", "--namespace", "default=r"})
                                    << QStringLiteral("network");
        QTest::newRow("no namespace") << args({"create", "t", "--staging"}) << QStringLiteral("namespace");
        QTest::newRow("21 namespaces") << (args({"create", "t", "--staging"}) + many) << QStringLiteral("20");
        QTest::newRow("bad permission") << args({"create", "t", "--staging", "--namespace", "default=rx"})
                                        << QStringLiteral("permission");
        QTest::newRow("repeated permission")
            << args({"create", "t", "--staging", "--namespace", "default=rr"}) << QStringLiteral("twice");
        QTest::newRow("9 EdgeWorker IDs") << args({"create", "t", "--staging", "--namespace", "default=r",
                                                   "--edgeworker-id", "1,2,3,4,5,6,7,8,9"})
                                          << QStringLiteral("8");
        QTest::newRow("EdgeWorker ID text")
            << args({"create", "t", "--staging", "--namespace", "default=r", "--edgeworker-id", "abc"})
            << QStringLiteral("abc");
        QTest::newRow("bad name") << args({"create", "-x", "--staging", "--namespace", "default=r"})
                                  << QString();
        QTest::newRow("long name") << args({"create", "abcdefghijabcdefghijabcdefghijabc", "--staging",
                                            "--namespace", "default=r"})
                                   << QStringLiteral("32");
        QTest::newRow("expiry today")
            << (args({"create", "t", "--staging", "--namespace", "default=r", "--expiry"})
                << today.toString(Qt::ISODate))
            << QStringLiteral("tomorrow");
        QTest::newRow("expiry six months and a day")
            << (args({"create", "t", "--staging", "--namespace", "default=r", "--expiry"})
                << today.addMonths(6).addDays(1).toString(Qt::ISODate))
            << QStringLiteral("six months");
        QTest::newRow("mixed data access policy")
            << args({"create", "t", "--staging", "--namespace", "default=r", "--namespace", "marketing=r"})
            << QStringLiteral("data access");
        QTest::newRow("unknown namespace")
            << args({"create", "t", "--staging", "--namespace", "nowhere=r"}) << QStringLiteral("nowhere");
    }

    void createValidatesBeforeSending()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, fragment);
        SandboxFixture& fx = make(TokenModel::Legacy);
        CLI_START(fx);
        QSignalSpy requests(&fx.server(), &SandboxServer::requestReceived);
        const CliRun run = fx.run(arguments);
        CLI_EXPECT_EXIT(run, 2);
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY2(run.errText().contains(fragment), qPrintable(run.errText()));
        QCOMPARE(countRequests(requests, "POST"), 0);
        QVERIFY(!fx.hasToken(QStringLiteral("t")));
    }

    void revoke()
    {
        SandboxFixture& fx = make();
        CLI_START(fx);
        const SandboxToken token = fx.addEnhanced(QStringLiteral("doomed"), {QStringLiteral("default")});

        // stdin is a pipe, not a terminal: nobody can confirm.
        const CliRun refused = fx.run({QStringLiteral("revoke"), token.name}, QByteArray("y\n"));
        CLI_EXPECT_EXIT(refused, 2);
        QVERIFY(refused.errText().contains(QStringLiteral("--yes")));
        QVERIFY(fx.hasToken(token.name));

        const CliRun revoked =
            fx.run({QStringLiteral("revoke"), token.name, QStringLiteral("--yes"), QStringLiteral("--json")});
        CLI_EXPECT_EXIT(revoked, 0);
        QVERIFY(!fx.hasToken(token.name));
        const QJsonObject json = revoked.json().object();
        QCOMPARE(json.value(QStringLiteral("name")).toString(), token.name);
        QCOMPARE(json.value(QStringLiteral("uuid")).toString(), token.uuid);
        QCOMPARE(json.value(QStringLiteral("revoked")).toBool(), true);

        const CliRun again = fx.run({QStringLiteral("revoke"), QStringLiteral("-y"), token.name});
        CLI_EXPECT_EXIT(again, 1);
        QVERIFY(again.errText().contains(QStringLiteral("does not exist")));
    }

    void refresh()
    {
        SandboxFixture& fx = make();
        CLI_START(fx);
        const SandboxToken enhanced = fx.addEnhanced(QStringLiteral("enh"), {QStringLiteral("default")});
        const SandboxToken legacy = fx.addLegacy(
            QStringLiteral("old"), SandboxFixture::todayUtc().addDays(30), {QStringLiteral("default")});
        const CliRun refreshed = fx.run({QStringLiteral("refresh"), enhanced.name, QStringLiteral("--json")});
        CLI_EXPECT_EXIT(refreshed, 0);
        const QJsonObject json = refreshed.json().object();
        QCOMPARE(json.value(QStringLiteral("uuid")).toString(), enhanced.uuid);
        QCOMPARE(json.value(QStringLiteral("latestRefreshDate")).toString(),
                 SandboxFixture::todayUtc().toString(Qt::ISODate));
        const CliRun text = fx.run({QStringLiteral("refresh"), enhanced.name});
        CLI_EXPECT_EXIT(text, 0);
        QVERIFY(text.outText().startsWith(QStringLiteral("Refreshed token “enh”.")));

        const CliRun refused = fx.run({QStringLiteral("refresh"), legacy.name});
        CLI_EXPECT_EXIT(refused, 1);
        QVERIFY(refused.errText().contains(QStringLiteral("legacy")));
        QCOMPARE(refused.err.count('\n'), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliMutations)
#include "tst_climutations.moc"
