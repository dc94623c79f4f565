// End to end: the built edgekv-tokens against an in-process sandbox: help, usage errors and the reading
// commands (list, show, namespaces) with their tables and JSON, and global options before or after the
// command. Every run's output is scanned for secrets (SandboxFixture::checkForLeaks).
#include "CliTestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace edgekv;
using namespace edgekv::clitest;

class TestCliTokens : public FixtureTest
{
    Q_OBJECT

private slots:
    void helpVersionAndUsage()
    {
        SandboxFixture& fx = make();
        const CliRun help = runCli({QStringLiteral("--help")}, fx.environment());
        CLI_EXPECT_EXIT(help, 0);
        for (const char* command :
             {"list", "show", "namespaces", "create", "revoke", "refresh", "export", "check", "accounts"})
            QVERIFY2(help.outText().contains(QStringLiteral("\n  ") + QLatin1String(command)), command);
        QVERIFY(help.outText().contains(QStringLiteral("Exit codes:")));
        QVERIFY(help.outText().contains(QStringLiteral("AKAMAI_HOST")));

        for (const char* command :
             {"list", "show", "namespaces", "create", "revoke", "refresh", "export", "check", "accounts"}) {
            const CliRun viaFlag =
                runCli({QLatin1String(command), QStringLiteral("--help")}, fx.environment());
            const CliRun viaHelp = runCli({QStringLiteral("help"), QLatin1String(command)}, fx.environment());
            CLI_EXPECT_EXIT(viaFlag, 0);
            CLI_EXPECT_EXIT(viaHelp, 0);
            QCOMPARE(viaFlag.out, viaHelp.out);
            QVERIFY(viaFlag.outText().startsWith(QStringLiteral("Usage: edgekv-tokens ") +
                                                 QLatin1String(command)));
            QVERIFY(viaFlag.outText().contains(QStringLiteral("Exit codes:")));
            QVERIFY(viaFlag.outText().contains(QStringLiteral("--edgerc FILE")));
        }

        const CliRun version = runCli({QStringLiteral("--version")}, fx.environment());
        CLI_EXPECT_EXIT(version, 0);
        QCOMPARE(version.outText().trimmed(),
                 QStringLiteral("edgekv-tokens ") + QStringLiteral(EDGEKV_VERSION));

        const QList<QStringList> usageErrors{
            {},
            args({"frobnicate"}),
            args({"list", "--frobnicate"}),
            args({"list", "extra"}),
            args({"show"}),
            args({"show", "bad.name"}),
            args({"help", "frobnicate"}),
            args({"list", "--timeout-s", "0"}),
            args({"namespaces", "--network", "moon"}),
            args({"check"}),
            args({"check", "x", "--warn-days", "-1"}),
            args({"export", "a"}),
            args({"accounts", "dance"}),
        };
        for (const QStringList& arguments : usageErrors) {
            const CliRun run = fx.run(arguments);
            QVERIFY2(run.exitCode == 2, qPrintable(arguments.join(QLatin1Char(' ')) + QStringLiteral(": ") +
                                                   QString::fromUtf8(run.describe())));
            QVERIFY(run.out.isEmpty());
            QCOMPARE(run.err.count('\n'), 1); // one clear line
            QVERIFY(run.errText().startsWith(QStringLiteral("edgekv-tokens: ")));
        }
    }

    void listTableAndJson()
    {
        SandboxFixture& fx = make();
        CLI_START(fx);
        const QDate today = SandboxFixture::todayUtc();
        const SandboxToken soon =
            fx.addLegacy(QStringLiteral("legacy-soon"), today.addDays(10), {QStringLiteral("default")});
        const SandboxToken gone =
            fx.addLegacy(QStringLiteral("legacy-gone"), today.addDays(-5), {QStringLiteral("products")});
        const SandboxToken later =
            fx.addLegacy(QStringLiteral("legacy-later"), today.addDays(90), {QStringLiteral("checkout")});
        const SandboxToken active = fx.addEnhanced(QStringLiteral("enh-active"),
                                                   {QStringLiteral("default"), QStringLiteral("user-prefs")});
        const SandboxToken activating =
            fx.addEnhanced(QStringLiteral("enh-activating"), {QStringLiteral("checkout")}, false);

        const CliRun table = fx.run({QStringLiteral("list")});
        CLI_EXPECT_EXIT(table, 0);
        const QStringList lines = table.outText().split(QLatin1Char('\n'));
        QVERIFY(lines.first().startsWith(QStringLiteral("NAME")));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("legacy-soon"))); // most urgent first
        QVERIFY(table.outText().contains(QStringLiteral("Expires in 10 days")));
        QVERIFY(table.outText().contains(today.addDays(10).toString(Qt::ISODate)));
        QVERIFY(table.outText().contains(QStringLiteral("Activating")));
        QVERIFY(!table.outText().contains(QStringLiteral("legacy-gone")));
        QVERIFY(!table.outText().contains(QStringLiteral("NAMESPACES")));

        const CliRun expired = fx.run({QStringLiteral("list"), QStringLiteral("--include-expired")});
        CLI_EXPECT_EXIT(expired, 0);
        QVERIFY(expired.outText().split(QLatin1Char('\n')).at(1).startsWith(QStringLiteral("legacy-gone")));

        const CliRun json =
            fx.run({QStringLiteral("list"), QStringLiteral("--include-expired"), QStringLiteral("--json")});
        CLI_EXPECT_EXIT(json, 0);
        QVERIFY(json.json().isArray());
        const QJsonArray array = json.json().array();
        QCOMPARE(array.size(), 5);
        const QJsonObject soonJson = byName(array, soon.name);
        QCOMPARE(soonJson.value(QStringLiteral("uuid")).toString(), soon.uuid);
        QCOMPARE(soonJson.value(QStringLiteral("expiry")).toString(), soon.expiry.toString(Qt::ISODate));
        QCOMPARE(soonJson.value(QStringLiteral("model")).toString(), QStringLiteral("legacy"));
        QCOMPARE(soonJson.value(QStringLiteral("status")).toString(), QStringLiteral("expires-later"));
        QCOMPARE(soonJson.value(QStringLiteral("daysLeft")).toInt(), 10);
        QVERIFY(!soonJson.contains(QStringLiteral("value")));
        const QJsonObject goneJson = byName(array, gone.name);
        QCOMPARE(goneJson.value(QStringLiteral("status")).toString(), QStringLiteral("expired"));
        QCOMPARE(goneJson.value(QStringLiteral("daysLeft")).toInt(), -5);
        QCOMPARE(byName(array, later.name).value(QStringLiteral("status")).toString(),
                 QStringLiteral("valid"));
        const QJsonObject activeJson = byName(array, active.name);
        QCOMPARE(activeJson.value(QStringLiteral("expiry")).toString(), QStringLiteral("9999-12-31"));
        QCOMPARE(activeJson.value(QStringLiteral("model")).toString(), QStringLiteral("enhanced"));
        QCOMPARE(activeJson.value(QStringLiteral("status")).toString(), QStringLiteral("auto-refresh"));
        QCOMPARE(activeJson.value(QStringLiteral("tokenActivationStatus")).toString(),
                 QStringLiteral("COMPLETE"));
        QCOMPARE(activeJson.value(QStringLiteral("nextScheduledRefreshDate")).toString(),
                 active.nextScheduledRefreshDate.toString(Qt::ISODate));
        QCOMPARE(activeJson.value(QStringLiteral("issueDate")).toString(),
                 active.issueDate.toString(Qt::ISODate));
        QVERIFY(activeJson.value(QStringLiteral("latestRefreshDate")).isNull());
        QVERIFY(activeJson.value(QStringLiteral("daysLeft")).isNull());
        QVERIFY(!activeJson.contains(QStringLiteral("namespacePermissions"))); // the list has no details
        QCOMPARE(byName(array, activating.name).value(QStringLiteral("status")).toString(),
                 QStringLiteral("activating"));
        QCOMPARE(byName(array, activating.name).value(QStringLiteral("tokenActivationStatus")).toString(),
                 QStringLiteral("IN_PROGRESS"));
    }

    void listDetails()
    {
        SandboxFixture& fx = make();
        CLI_START(fx);
        const QDate today = SandboxFixture::todayUtc();
        const SandboxToken legacy = fx.addLegacy(QStringLiteral("legacy-a"), today.addDays(40),
                                                 {QStringLiteral("default"), QStringLiteral("products")});
        const SandboxToken enhanced = fx.addEnhanced(QStringLiteral("enh-b"), {QStringLiteral("user-prefs")});
        fx.addLegacy(QStringLiteral("legacy-gone"), today.addDays(-3), {QStringLiteral("checkout")});

        const CliRun table = fx.run({QStringLiteral("list"), QStringLiteral("--details")});
        CLI_EXPECT_EXIT(table, 0);
        QVERIFY(table.outText().contains(QStringLiteral("NAMESPACES")));
        QVERIFY(table.outText().contains(QStringLiteral("default:rw, products:rw")));
        QVERIFY(table.outText().contains(QStringLiteral("user-prefs:r")));
        QVERIFY(table.outText().contains(QStringLiteral("staging, production")));
        QVERIFY(!table.outText().contains(QStringLiteral("legacy-gone")));

        const CliRun json = fx.run({QStringLiteral("--json"), QStringLiteral("--details"),
                                    QStringLiteral("list"), QStringLiteral("--include-expired")});
        CLI_EXPECT_EXIT(json, 0);
        const QJsonArray array = json.json().array();
        QCOMPARE(array.size(), 3);
        const QJsonObject legacyJson = byName(array, legacy.name);
        QCOMPARE(legacyJson.value(QStringLiteral("allowOnStaging")).toBool(), true);
        QCOMPARE(legacyJson.value(QStringLiteral("allowOnProduction")).toBool(), true);
        QCOMPARE(legacyJson.value(QStringLiteral("namespacePermissions"))
                     .toObject()
                     .value(QStringLiteral("default"))
                     .toArray(),
                 (QJsonArray{QStringLiteral("r"), QStringLiteral("w")}));
        QCOMPARE(legacyJson.value(QStringLiteral("cpcode")).toString(), QStringLiteral("1234567"));
        QVERIFY(!legacyJson.contains(QStringLiteral("value")));
        const QJsonObject enhancedJson = byName(array, enhanced.name);
        QCOMPARE(enhancedJson.value(QStringLiteral("namespacePermissions")).toObject().keys(),
                 QStringList{QStringLiteral("user-prefs")});
        QCOMPARE(enhancedJson.value(QStringLiteral("restrictToEdgeWorkerIds")).toArray(), QJsonArray());
        // The expired legacy token's details answer 410; it is listed without them, and that is no error.
        QVERIFY(
            !byName(array, QStringLiteral("legacy-gone")).contains(QStringLiteral("namespacePermissions")));
    }

    void emptyAccount()
    {
        SandboxFixture& fx = make();
        CLI_START(fx);
        const CliRun table = fx.run({QStringLiteral("list")});
        CLI_EXPECT_EXIT(table, 0);
        QVERIFY(table.outText().startsWith(QStringLiteral("No tokens")));
        const CliRun json = fx.run({QStringLiteral("list"), QStringLiteral("--json")});
        CLI_EXPECT_EXIT(json, 0);
        QCOMPARE(json.json().array().size(), 0);
    }

    void globalOptionsBeforeOrAfterTheCommand()
    {
        SandboxFixture& fx = make(TokenModel::Enhanced, QStringLiteral("sand-box"));
        CLI_START(fx);
        fx.addEnhanced(QStringLiteral("tok"), {QStringLiteral("default")});
        const QStringList globals =
            fx.edgercArguments() +
            QStringList{QStringLiteral("--json"), QStringLiteral("--timeout-s"), QStringLiteral("20")};
        const CliRun before = runCli(globals + QStringList{QStringLiteral("list")}, fx.environment());
        const CliRun after = runCli(QStringList{QStringLiteral("list")} + globals, fx.environment());
        const CliRun mixed =
            runCli({QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("--section"),
                    fx.section(), QStringLiteral("--edgerc"), fx.edgercPath()},
                   fx.environment());
        CLI_EXPECT_EXIT(before, 0);
        CLI_EXPECT_EXIT(after, 0);
        CLI_EXPECT_EXIT(mixed, 0);
        QCOMPARE(before.json().array().size(), 1);
        QCOMPARE(before.out, after.out);
        QCOMPARE(before.out, mixed.out);
    }

    void show()
    {
        SandboxFixture& fx = make();
        CLI_START(fx);
        const SandboxToken legacy = fx.addLegacy(
            QStringLiteral("legacy-a"), SandboxFixture::todayUtc().addDays(20), {QStringLiteral("default")});
        const SandboxToken enhanced = fx.addEnhanced(QStringLiteral("enh-b"), {QStringLiteral("products")});

        const CliRun hidden = fx.run({QStringLiteral("show"), legacy.name});
        CLI_EXPECT_EXIT(hidden, 0);
        QVERIFY(hidden.outText().contains(QStringLiteral("hidden (add --reveal")));
        QVERIFY(hidden.outText().contains(legacy.uuid));
        QVERIFY(hidden.outText().contains(QStringLiteral("default:rw")));
        QVERIFY(!hidden.out.contains(legacy.value.toUtf8()));

        const CliRun hiddenJson = fx.run({QStringLiteral("show"), legacy.name, QStringLiteral("--json")});
        CLI_EXPECT_EXIT(hiddenJson, 0);
        QVERIFY(!hiddenJson.json().object().contains(QStringLiteral("value")));

        const CliRun revealed = fx.run(
            {QStringLiteral("show"), legacy.name, QStringLiteral("--reveal"), QStringLiteral("--json")});
        CLI_EXPECT_EXIT(revealed, 0);
        const QJsonObject json = revealed.json().object();
        QCOMPARE(json.value(QStringLiteral("value")).toString(), legacy.value);
        QCOMPARE(json.value(QStringLiteral("name")).toString(), legacy.name);
        QCOMPARE(json.value(QStringLiteral("daysLeft")).toInt(), 20);
        const CliRun revealedText = fx.run({QStringLiteral("show"), QStringLiteral("--reveal"), legacy.name});
        QVERIFY(revealedText.out.contains(legacy.value.toUtf8()));

        const CliRun enhancedJson = fx.run(
            {QStringLiteral("show"), enhanced.name, QStringLiteral("--json"), QStringLiteral("--reveal")});
        CLI_EXPECT_EXIT(enhancedJson, 0);
        const QJsonObject object = enhancedJson.json().object();
        QCOMPARE(object.value(QStringLiteral("uuid")).toString(), enhanced.uuid);
        QVERIFY(!object.contains(QStringLiteral("value")));
        QCOMPARE(object.value(QStringLiteral("namespacePermissions")).toObject().keys(),
                 QStringList{QStringLiteral("products")});
        QCOMPARE(object.value(QStringLiteral("allowOnProduction")).toBool(), true);

        const CliRun missing = fx.run({QStringLiteral("show"), QStringLiteral("nope")});
        CLI_EXPECT_EXIT(missing, 1);
        QVERIFY(missing.out.isEmpty());
        QCOMPARE(missing.err.count('\n'), 1);
        QVERIFY(missing.errText().contains(QStringLiteral("does not exist")));
    }

    void namespaces()
    {
        SandboxFixture& fx = make();
        CLI_START(fx);
        SandboxNamespace stagingOnly = SandboxOptions::makeNamespace(QStringLiteral("staging-only"));
        stagingOnly.onProduction = false;
        stagingOnly.restrictDataAccess = false;
        stagingOnly.groupId = 4284;
        fx.server().store().putNamespace(QString(), stagingOnly);

        const CliRun table = fx.run({QStringLiteral("namespaces")});
        CLI_EXPECT_EXIT(table, 0);
        QVERIFY(table.outText().startsWith(QStringLiteral("NAMESPACE")));
        QVERIFY(table.outText().contains(QStringLiteral("default ")));

        const CliRun both = fx.run({QStringLiteral("namespaces"), QStringLiteral("--json")});
        CLI_EXPECT_EXIT(both, 0);
        QJsonObject found;
        for (const QJsonValue& value : both.json().array()) {
            if (value.toObject().value(QStringLiteral("namespace")).toString() == stagingOnly.name)
                found = value.toObject();
        }
        QCOMPARE(found.value(QStringLiteral("networks")).toArray(), QJsonArray{QStringLiteral("staging")});
        QCOMPARE(found.value(QStringLiteral("groupId")).toInt(), 4284);
        QCOMPARE(found.value(QStringLiteral("retentionInSeconds")).toInteger(),
                 stagingOnly.retentionInSeconds);
        QCOMPARE(found.value(QStringLiteral("geoLocation")).toString(), QStringLiteral("US"));
        QCOMPARE(found.value(QStringLiteral("dataAccessPolicy"))
                     .toObject()
                     .value(QStringLiteral("restrictDataAccess"))
                     .toBool(true),
                 false);

        const CliRun production = fx.run({QStringLiteral("namespaces"), QStringLiteral("--network"),
                                          QStringLiteral("production"), QStringLiteral("--json")});
        CLI_EXPECT_EXIT(production, 0);
        for (const QJsonValue& value : production.json().array()) {
            QVERIFY(value.toObject().value(QStringLiteral("namespace")).toString() != stagingOnly.name);
            QCOMPARE(value.toObject().value(QStringLiteral("networks")).toArray(),
                     QJsonArray{QStringLiteral("production")});
        }
        QCOMPARE(production.json().array().size(), both.json().array().size() - 1);
    }
};

QTEST_GUILESS_MAIN(TestCliTokens)
#include "tst_clitokens.moc"
