// End to end: the built edgekv-tokens against an in-process sandbox, for the token and namespace commands,
// both token models, the global options, AKAMAI_* overrides, TLS, faults and the exit codes. Every run's
// output is scanned for the client secret, the access token and (without --reveal) token values.
#include "CliTestSupport.h"
#include "SandboxHarness.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace edgekv;
using namespace edgekv::clitest;

namespace {

const QString Uuid = QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

QStringList args(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* item : list)
        result << QString::fromUtf8(item);
    return result;
}

QJsonObject byName(const QJsonArray& array, const QString& name)
{
    for (const QJsonValue& value : array) {
        if (value.toObject().value(QStringLiteral("name")).toString() == name)
            return value.toObject();
    }
    return {};
}

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

#define START(fixture) QVERIFY2((fixture).startError().isEmpty(), qPrintable((fixture).startError()))
#define EXPECT_EXIT(run, code) QVERIFY2((run).exitCode == (code), (run).describe().constData())

class TestCliTokens : public QObject
{
    Q_OBJECT

private:
    // Every fixture a test made; cleanup() checks that none of their runs leaked a secret.
    QList<SandboxFixture*> m_fixtures;
    SandboxFixture& make(TokenModel model = TokenModel::Enhanced, const QString& section = {},
                         const std::optional<QSslConfiguration>& tls = std::nullopt)
    {
        m_fixtures << new SandboxFixture(model, section, tls);
        return *m_fixtures.last();
    }

private slots:
    void cleanup()
    {
        QStringList leaks;
        for (SandboxFixture* fixture : std::as_const(m_fixtures))
            leaks << fixture->leaks();
        qDeleteAll(m_fixtures);
        m_fixtures.clear();
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QStringLiteral("\n"))));
    }

    void helpVersionAndUsage()
    {
        SandboxFixture& fx = make();
        const CliRun help = runCli({QStringLiteral("--help")}, fx.environment());
        EXPECT_EXIT(help, 0);
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
            EXPECT_EXIT(viaFlag, 0);
            EXPECT_EXIT(viaHelp, 0);
            QCOMPARE(viaFlag.out, viaHelp.out);
            QVERIFY(viaFlag.outText().startsWith(QStringLiteral("Usage: edgekv-tokens ") +
                                                 QLatin1String(command)));
            QVERIFY(viaFlag.outText().contains(QStringLiteral("Exit codes:")));
            QVERIFY(viaFlag.outText().contains(QStringLiteral("--edgerc FILE")));
        }

        const CliRun version = runCli({QStringLiteral("--version")}, fx.environment());
        EXPECT_EXIT(version, 0);
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
        START(fx);
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
        EXPECT_EXIT(table, 0);
        const QStringList lines = table.outText().split(QLatin1Char('\n'));
        QVERIFY(lines.first().startsWith(QStringLiteral("NAME")));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("legacy-soon"))); // most urgent first
        QVERIFY(table.outText().contains(QStringLiteral("Expires in 10 days")));
        QVERIFY(table.outText().contains(today.addDays(10).toString(Qt::ISODate)));
        QVERIFY(table.outText().contains(QStringLiteral("Activating")));
        QVERIFY(!table.outText().contains(QStringLiteral("legacy-gone")));
        QVERIFY(!table.outText().contains(QStringLiteral("NAMESPACES")));

        const CliRun expired = fx.run({QStringLiteral("list"), QStringLiteral("--include-expired")});
        EXPECT_EXIT(expired, 0);
        QVERIFY(expired.outText().split(QLatin1Char('\n')).at(1).startsWith(QStringLiteral("legacy-gone")));

        const CliRun json =
            fx.run({QStringLiteral("list"), QStringLiteral("--include-expired"), QStringLiteral("--json")});
        EXPECT_EXIT(json, 0);
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
        START(fx);
        const QDate today = SandboxFixture::todayUtc();
        const SandboxToken legacy = fx.addLegacy(QStringLiteral("legacy-a"), today.addDays(40),
                                                 {QStringLiteral("default"), QStringLiteral("products")});
        const SandboxToken enhanced = fx.addEnhanced(QStringLiteral("enh-b"), {QStringLiteral("user-prefs")});
        fx.addLegacy(QStringLiteral("legacy-gone"), today.addDays(-3), {QStringLiteral("checkout")});

        const CliRun table = fx.run({QStringLiteral("list"), QStringLiteral("--details")});
        EXPECT_EXIT(table, 0);
        QVERIFY(table.outText().contains(QStringLiteral("NAMESPACES")));
        QVERIFY(table.outText().contains(QStringLiteral("default:rw, products:rw")));
        QVERIFY(table.outText().contains(QStringLiteral("user-prefs:r")));
        QVERIFY(table.outText().contains(QStringLiteral("staging, production")));
        QVERIFY(!table.outText().contains(QStringLiteral("legacy-gone")));

        const CliRun json = fx.run({QStringLiteral("--json"), QStringLiteral("--details"),
                                    QStringLiteral("list"), QStringLiteral("--include-expired")});
        EXPECT_EXIT(json, 0);
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
        START(fx);
        const CliRun table = fx.run({QStringLiteral("list")});
        EXPECT_EXIT(table, 0);
        QVERIFY(table.outText().startsWith(QStringLiteral("No tokens")));
        const CliRun json = fx.run({QStringLiteral("list"), QStringLiteral("--json")});
        EXPECT_EXIT(json, 0);
        QCOMPARE(json.json().array().size(), 0);
    }

    void globalOptionsBeforeOrAfterTheCommand()
    {
        SandboxFixture& fx = make(TokenModel::Enhanced, QStringLiteral("sand-box"));
        START(fx);
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
        EXPECT_EXIT(before, 0);
        EXPECT_EXIT(after, 0);
        EXPECT_EXIT(mixed, 0);
        QCOMPARE(before.json().array().size(), 1);
        QCOMPARE(before.out, after.out);
        QCOMPARE(before.out, mixed.out);
    }

    void show()
    {
        SandboxFixture& fx = make();
        START(fx);
        const SandboxToken legacy = fx.addLegacy(
            QStringLiteral("legacy-a"), SandboxFixture::todayUtc().addDays(20), {QStringLiteral("default")});
        const SandboxToken enhanced = fx.addEnhanced(QStringLiteral("enh-b"), {QStringLiteral("products")});

        const CliRun hidden = fx.run({QStringLiteral("show"), legacy.name});
        EXPECT_EXIT(hidden, 0);
        QVERIFY(hidden.outText().contains(QStringLiteral("hidden (add --reveal")));
        QVERIFY(hidden.outText().contains(legacy.uuid));
        QVERIFY(hidden.outText().contains(QStringLiteral("default:rw")));
        QVERIFY(!hidden.out.contains(legacy.value.toUtf8()));

        const CliRun hiddenJson = fx.run({QStringLiteral("show"), legacy.name, QStringLiteral("--json")});
        EXPECT_EXIT(hiddenJson, 0);
        QVERIFY(!hiddenJson.json().object().contains(QStringLiteral("value")));

        const CliRun revealed = fx.run(
            {QStringLiteral("show"), legacy.name, QStringLiteral("--reveal"), QStringLiteral("--json")});
        EXPECT_EXIT(revealed, 0);
        const QJsonObject json = revealed.json().object();
        QCOMPARE(json.value(QStringLiteral("value")).toString(), legacy.value);
        QCOMPARE(json.value(QStringLiteral("name")).toString(), legacy.name);
        QCOMPARE(json.value(QStringLiteral("daysLeft")).toInt(), 20);
        const CliRun revealedText = fx.run({QStringLiteral("show"), QStringLiteral("--reveal"), legacy.name});
        QVERIFY(revealedText.out.contains(legacy.value.toUtf8()));

        const CliRun enhancedJson = fx.run(
            {QStringLiteral("show"), enhanced.name, QStringLiteral("--json"), QStringLiteral("--reveal")});
        EXPECT_EXIT(enhancedJson, 0);
        const QJsonObject object = enhancedJson.json().object();
        QCOMPARE(object.value(QStringLiteral("uuid")).toString(), enhanced.uuid);
        QVERIFY(!object.contains(QStringLiteral("value")));
        QCOMPARE(object.value(QStringLiteral("namespacePermissions")).toObject().keys(),
                 QStringList{QStringLiteral("products")});
        QCOMPARE(object.value(QStringLiteral("allowOnProduction")).toBool(), true);

        const CliRun missing = fx.run({QStringLiteral("show"), QStringLiteral("nope")});
        EXPECT_EXIT(missing, 1);
        QVERIFY(missing.out.isEmpty());
        QCOMPARE(missing.err.count('\n'), 1);
        QVERIFY(missing.errText().contains(QStringLiteral("does not exist")));
    }

    void namespaces()
    {
        SandboxFixture& fx = make();
        START(fx);
        SandboxNamespace stagingOnly = SandboxOptions::makeNamespace(QStringLiteral("staging-only"));
        stagingOnly.onProduction = false;
        stagingOnly.restrictDataAccess = false;
        stagingOnly.groupId = 4284;
        fx.server().store().putNamespace(QString(), stagingOnly);

        const CliRun table = fx.run({QStringLiteral("namespaces")});
        EXPECT_EXIT(table, 0);
        QVERIFY(table.outText().startsWith(QStringLiteral("NAMESPACE")));
        QVERIFY(table.outText().contains(QStringLiteral("default ")));

        const CliRun both = fx.run({QStringLiteral("namespaces"), QStringLiteral("--json")});
        EXPECT_EXIT(both, 0);
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
        EXPECT_EXIT(production, 0);
        for (const QJsonValue& value : production.json().array()) {
            QVERIFY(value.toObject().value(QStringLiteral("namespace")).toString() != stagingOnly.name);
            QCOMPARE(value.toObject().value(QStringLiteral("networks")).toArray(),
                     QJsonArray{QStringLiteral("production")});
        }
        QCOMPARE(production.json().array().size(), both.json().array().size() - 1);
    }

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
        START(fx);
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
        EXPECT_EXIT(run, 0);

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
        EXPECT_EXIT(duplicate, 1);
        QVERIFY(duplicate.errText().contains(QStringLiteral("already exists")));
        QCOMPARE(duplicate.err.count('\n'), 1);

        if (legacy) {
            arguments[1] = QStringLiteral("ci-token-2");
            arguments << QStringLiteral("--reveal");
            const CliRun revealed = fx.run(arguments);
            EXPECT_EXIT(revealed, 0);
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
        START(fx);
        QSignalSpy requests(&fx.server(), &SandboxServer::requestReceived);
        const CliRun run = fx.run(arguments);
        EXPECT_EXIT(run, 2);
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY2(run.errText().contains(fragment), qPrintable(run.errText()));
        QCOMPARE(countRequests(requests, "POST"), 0);
        QVERIFY(!fx.hasToken(QStringLiteral("t")));
    }

    void revoke()
    {
        SandboxFixture& fx = make();
        START(fx);
        const SandboxToken token = fx.addEnhanced(QStringLiteral("doomed"), {QStringLiteral("default")});

        // stdin is a pipe, not a terminal: nobody can confirm.
        const CliRun refused = fx.run({QStringLiteral("revoke"), token.name}, QByteArray("y\n"));
        EXPECT_EXIT(refused, 2);
        QVERIFY(refused.errText().contains(QStringLiteral("--yes")));
        QVERIFY(fx.hasToken(token.name));

        const CliRun revoked =
            fx.run({QStringLiteral("revoke"), token.name, QStringLiteral("--yes"), QStringLiteral("--json")});
        EXPECT_EXIT(revoked, 0);
        QVERIFY(!fx.hasToken(token.name));
        const QJsonObject json = revoked.json().object();
        QCOMPARE(json.value(QStringLiteral("name")).toString(), token.name);
        QCOMPARE(json.value(QStringLiteral("uuid")).toString(), token.uuid);
        QCOMPARE(json.value(QStringLiteral("revoked")).toBool(), true);

        const CliRun again = fx.run({QStringLiteral("revoke"), QStringLiteral("-y"), token.name});
        EXPECT_EXIT(again, 1);
        QVERIFY(again.errText().contains(QStringLiteral("does not exist")));
    }

    void refresh()
    {
        SandboxFixture& fx = make();
        START(fx);
        const SandboxToken enhanced = fx.addEnhanced(QStringLiteral("enh"), {QStringLiteral("default")});
        const SandboxToken legacy = fx.addLegacy(
            QStringLiteral("old"), SandboxFixture::todayUtc().addDays(30), {QStringLiteral("default")});
        const CliRun refreshed = fx.run({QStringLiteral("refresh"), enhanced.name, QStringLiteral("--json")});
        EXPECT_EXIT(refreshed, 0);
        const QJsonObject json = refreshed.json().object();
        QCOMPARE(json.value(QStringLiteral("uuid")).toString(), enhanced.uuid);
        QCOMPARE(json.value(QStringLiteral("latestRefreshDate")).toString(),
                 SandboxFixture::todayUtc().toString(Qt::ISODate));
        const CliRun text = fx.run({QStringLiteral("refresh"), enhanced.name});
        EXPECT_EXIT(text, 0);
        QVERIFY(text.outText().startsWith(QStringLiteral("Refreshed token “enh”.")));

        const CliRun refused = fx.run({QStringLiteral("refresh"), legacy.name});
        EXPECT_EXIT(refused, 1);
        QVERIFY(refused.errText().contains(QStringLiteral("legacy")));
        QCOMPARE(refused.err.count('\n'), 1);
    }

    void environmentOverrides()
    {
        SandboxFixture& fx = make();
        START(fx);
        fx.addEnhanced(QStringLiteral("own-token"), {QStringLiteral("default")});
        fx.addEnhanced(QStringLiteral("other-account-token"), {QStringLiteral("default")}, true,
                       QStringLiteral("1-ABCDE:1-FGHIJ"));
        const Credentials credentials = fx.credentials();
        QProcessEnvironment environment = fx.environment();
        const auto setAll = [&credentials](QProcessEnvironment& env, const QString& prefix) {
            env.insert(prefix + QStringLiteral("HOST"), QStringLiteral("http://") + credentials.host);
            env.insert(prefix + QStringLiteral("CLIENT_TOKEN"), credentials.clientToken);
            env.insert(prefix + QStringLiteral("CLIENT_SECRET"), credentials.clientSecret);
            env.insert(prefix + QStringLiteral("ACCESS_TOKEN"), credentials.accessToken);
        };

        // No ~/.edgerc at all: a usage error that says what to do.
        const CliRun none = fx.run({QStringLiteral("list")}, environment);
        EXPECT_EXIT(none, 2);
        QVERIFY(none.errText().contains(QStringLiteral("AKAMAI_HOST")));

        QProcessEnvironment withEnv = environment;
        setAll(withEnv, QStringLiteral("AKAMAI_"));
        const CliRun fromEnv = fx.run({QStringLiteral("list"), QStringLiteral("--json")}, withEnv);
        EXPECT_EXIT(fromEnv, 0);
        QCOMPARE(fromEnv.json().array().size(), 1);
        QCOMPARE(fromEnv.json().array().first().toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("own-token"));

        // The environment wins over a file whose secret is wrong.
        Credentials wrong = credentials;
        wrong.clientSecret = QStringLiteral("d3Jvbmcgc2VjcmV0IHdyb25nIHNlY3JldCB3cm9uZyE=");
        const QString wrongFile = fx.home() + QStringLiteral("/wrong.edgerc");
        QVERIFY(writeFile(wrongFile, edgercSection(QStringLiteral("default"), wrong)));
        const CliRun wins = fx.run({QStringLiteral("list"), QStringLiteral("--edgerc"), wrongFile}, withEnv);
        EXPECT_EXIT(wins, 0);
        const CliRun fileOnly =
            fx.run({QStringLiteral("list"), QStringLiteral("--edgerc"), wrongFile}, environment);
        EXPECT_EXIT(fileOnly, 1);
        QVERIFY(fileOnly.errText().contains(QStringLiteral("401")) ||
                fileOnly.errText().contains(QStringLiteral("signature")));
        QVERIFY(!fileOnly.err.contains(wrong.clientSecret.toUtf8()));

        // Three of four variables are not enough: the file (absent) is used.
        QProcessEnvironment partial = withEnv;
        partial.remove(QStringLiteral("AKAMAI_ACCESS_TOKEN"));
        EXPECT_EXIT(fx.run({QStringLiteral("list")}, partial), 2);

        // A section's own prefix.
        QProcessEnvironment sectionEnv = environment;
        setAll(sectionEnv, QStringLiteral("AKAMAI_CI_PROD_"));
        const CliRun section = fx.run(
            {QStringLiteral("list"), QStringLiteral("--section"), QStringLiteral("ci-prod")}, sectionEnv);
        EXPECT_EXIT(section, 0);
        QVERIFY(section.outText().contains(QStringLiteral("own-token")));

        // AKAMAI_ACCOUNT_KEY switches the account; --account-key wins over it.
        QProcessEnvironment switched = withEnv;
        switched.insert(QStringLiteral("AKAMAI_ACCOUNT_KEY"), QStringLiteral("1-ABCDE:1-FGHIJ"));
        const CliRun other = fx.run({QStringLiteral("list")}, switched);
        EXPECT_EXIT(other, 0);
        QVERIFY(other.outText().contains(QStringLiteral("other-account-token")));
        QVERIFY(!other.outText().contains(QStringLiteral("own-token")));
        const CliRun overridden = fx.run(
            {QStringLiteral("list"), QStringLiteral("--account-key"), QStringLiteral("1-XYZ")}, switched);
        EXPECT_EXIT(overridden, 0);
        QVERIFY(overridden.outText().startsWith(QStringLiteral("No tokens")));
    }

    void credentialProblemsAreUsageErrors()
    {
        SandboxFixture& fx = make();
        START(fx);
        const CliRun missingSection =
            fx.run({QStringLiteral("list"), QStringLiteral("--section"), QStringLiteral("nope")});
        EXPECT_EXIT(missingSection, 2);
        QVERIFY(missingSection.errText().contains(QStringLiteral("nope")));
        const CliRun missingFile = runCli(
            {QStringLiteral("list"), QStringLiteral("--edgerc"), fx.home() + QStringLiteral("/absent")},
            fx.environment());
        EXPECT_EXIT(missingFile, 2);
        const CliRun unknownAccount = runCli(
            {QStringLiteral("list"), QStringLiteral("--account"), QStringLiteral("ghost")}, fx.environment());
        EXPECT_EXIT(unknownAccount, 2);
        QVERIFY(unknownAccount.errText().contains(QStringLiteral("ghost")));
    }

    void faults()
    {
        SandboxFixture& fx = make();
        START(fx);
        fx.addEnhanced(QStringLiteral("tok"), {QStringLiteral("default")});
        QSignalSpy requests(&fx.server(), &SandboxServer::requestReceived);

        // Half the answers are 503: the client's retries get through.
        fx.server().setFaults({FaultRule{FaultKind::Unavailable503, 0.5}}, 11);
        for (int i = 0; i < 4; ++i) {
            const CliRun run = fx.run({QStringLiteral("list"), QStringLiteral("--json")});
            EXPECT_EXIT(run, 0);
            QCOMPARE(run.json().array().size(), 1);
        }
        QVERIFY(requests.count() > 4);

        fx.server().setFaults({FaultRule{FaultKind::Unavailable503, 1.0}}, 1);
        const CliRun unavailable = fx.run({QStringLiteral("list")});
        EXPECT_EXIT(unavailable, 1);
        QCOMPARE(unavailable.err.count('\n'), 1);
        QVERIFY(
            unavailable.errText().startsWith(QStringLiteral("edgekv-tokens: Loading the token list failed")));

        fx.server().setFaults({FaultRule{FaultKind::Malformed, 1.0}}, 1);
        const CliRun malformed = fx.run({QStringLiteral("show"), QStringLiteral("tok")});
        EXPECT_EXIT(malformed, 1);
        QCOMPARE(malformed.err.count('\n'), 1);

        fx.server().setFaults({FaultRule{FaultKind::Stall, 1.0}}, 1);
        const CliRun stalled =
            fx.run({QStringLiteral("list"), QStringLiteral("--timeout-s"), QStringLiteral("1")});
        EXPECT_EXIT(stalled, 1);
        QVERIFY2(stalled.errText().contains(QStringLiteral("within 1 second")),
                 stalled.describe().constData());
        fx.server().setFaults({}, 0);
    }

    void tlsWithExtraCa()
    {
        test::TestCertificate certificate;
        if (!certificate.error.isEmpty())
            QSKIP(qPrintable(certificate.error));
        SandboxFixture& fx = make(TokenModel::Enhanced, {}, certificate.serverConfiguration());
        START(fx);
        fx.addEnhanced(QStringLiteral("tls-token"), {QStringLiteral("default")});
        const QString caFile = fx.home() + QStringLiteral("/ca.pem");
        QVERIFY(writeFile(caFile, certificate.certificate.toPem()));

        const CliRun untrusted = fx.run({QStringLiteral("list")});
        EXPECT_EXIT(untrusted, 1);
        QVERIFY(untrusted.errText().contains(QStringLiteral("secure connection")));
        const CliRun trusted = fx.run({QStringLiteral("list"), QStringLiteral("--ca-cert"), caFile});
        EXPECT_EXIT(trusted, 0);
        QVERIFY(trusted.outText().contains(QStringLiteral("tls-token")));
        const CliRun badCa = fx.run({QStringLiteral("list"), QStringLiteral("--ca-cert"), fx.edgercPath()});
        EXPECT_EXIT(badCa, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliTokens)
#include "tst_clitokens.moc"
