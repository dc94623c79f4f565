// End to end: `export` into folders, token files and bundle .tgz files, and `check` with its exit codes,
// online (the in-process sandbox) and offline (no account).
#include "CliTestSupport.h"
#include "tokenfile/BundleArchive.h"
#include "tokenfile/TokenFileParser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace edgekv;
using namespace edgekv::clitest;

namespace {

const QByteArray BundleJson = "{\"edgeworker-version\": \"1.0\", \"description\": \"test\"}\n";

ParsedTokenFile parsed(const QString& path)
{
    const auto read = TokenFileParser::read(path);
    if (const auto* error = std::get_if<TokenFileError>(&read))
        qWarning("%s", qPrintable(error->text()));
    return std::holds_alternative<ParsedTokenFile>(read) ? std::get<ParsedTokenFile>(read)
                                                         : ParsedTokenFile();
}

QJsonObject entry(const ParsedTokenFile& file, const QString& ns)
{
    return file.entries.value(QStringLiteral("namespace-") + ns).toObject();
}

// A bundle .tgz made by tar from folder.
bool makeTgz(const QString& folder, const QString& tgz)
{
    QProcess tar;
    tar.start(QStringLiteral("tar"),
              {QStringLiteral("-czf"), tgz, QStringLiteral("-C"), folder, QStringLiteral(".")});
    return tar.waitForFinished(30000) && tar.exitCode() == 0;
}

QStringList codesOf(const QJsonObject& checked)
{
    QStringList codes;
    for (const QJsonValue& finding : checked.value(QStringLiteral("fileFindings")).toArray())
        codes << finding.toObject().value(QStringLiteral("code")).toString();
    for (const QJsonValue& item : checked.value(QStringLiteral("entries")).toArray()) {
        for (const QJsonValue& finding : item.toObject().value(QStringLiteral("findings")).toArray())
            codes << finding.toObject().value(QStringLiteral("code")).toString();
    }
    return codes;
}

QJsonObject checkedEntry(const QJsonObject& checked, const QString& key)
{
    for (const QJsonValue& item : checked.value(QStringLiteral("entries")).toArray()) {
        if (item.toObject().value(QStringLiteral("key")).toString() == key)
            return item.toObject();
    }
    return {};
}

} // namespace

class TestCliBundle : public FixtureTest
{
    Q_OBJECT

private:
    static QString bundleFolder(SandboxFixture& fx, const QString& name = QStringLiteral("bundle"))
    {
        const QString folder = fx.home() + QLatin1Char('/') + name;
        writeFile(folder + QStringLiteral("/bundle.json"), BundleJson);
        writeFile(folder + QStringLiteral("/main.js"), "export function onClientRequest() {}\n");
        return folder;
    }

private slots:
    void exportIntoAFolderThenMerge()
    {
        SandboxFixture& fx = make();
        CLI_START(fx);
        const SandboxToken legacy =
            fx.addLegacy(QStringLiteral("old"), SandboxFixture::todayUtc().addDays(90),
                         {QStringLiteral("default"), QStringLiteral("products")});
        const SandboxToken enhanced = fx.addEnhanced(QStringLiteral("new"), {QStringLiteral("checkout")});
        const QString folder = bundleFolder(fx);

        const CliRun first =
            fx.run({QStringLiteral("export"), QStringLiteral("--to"), folder, legacy.name, enhanced.name});
        CLI_EXPECT_EXIT(first, 0);
        QVERIFY(first.outText().contains(QStringLiteral("Added namespace-default.")));
        const QString file = folder + QStringLiteral("/edgekv_tokens.js");
        ParsedTokenFile tokens = parsed(file);
        QCOMPARE(tokens.entries.size(), 3);
        QCOMPARE(entry(tokens, QStringLiteral("default")).value(QStringLiteral("name")).toString(),
                 legacy.name);
        QCOMPARE(entry(tokens, QStringLiteral("default")).value(QStringLiteral("value")).toString(),
                 legacy.value);
        QCOMPARE(entry(tokens, QStringLiteral("products")).value(QStringLiteral("value")).toString(),
                 legacy.value);
        QCOMPARE(entry(tokens, QStringLiteral("checkout")).value(QStringLiteral("reference")).toString(),
                 enhanced.uuid);
        QVERIFY(!entry(tokens, QStringLiteral("checkout")).contains(QStringLiteral("value")));

        // Same tokens again: nothing to write.
        const CliRun again = fx.run({QStringLiteral("export"), QStringLiteral("--json"),
                                     QStringLiteral("--to"), folder, legacy.name, enhanced.name});
        CLI_EXPECT_EXIT(again, 0);
        QJsonObject report = again.json().object();
        QCOMPARE(report.value(QStringLiteral("written")).toBool(true), false);
        QCOMPARE(report.value(QStringLiteral("unchanged")).toArray().size(), 3);

        // Another token for checkout replaces that entry and keeps the others.
        const SandboxToken replacement =
            fx.addEnhanced(QStringLiteral("newer"), {QStringLiteral("checkout")});
        const CliRun replace = fx.run({QStringLiteral("export"), QStringLiteral("--to"), file,
                                       replacement.name, QStringLiteral("--json")});
        CLI_EXPECT_EXIT(replace, 0);
        report = replace.json().object();
        QCOMPARE(report.value(QStringLiteral("written")).toBool(), true);
        QCOMPARE(report.value(QStringLiteral("targetPath")).toString(), file);
        const QJsonObject replaced = report.value(QStringLiteral("replaced")).toArray().first().toObject();
        QCOMPARE(replaced.value(QStringLiteral("key")).toString(), QStringLiteral("namespace-checkout"));
        QCOMPARE(replaced.value(QStringLiteral("oldTokenName")).toString(), enhanced.name);
        QCOMPARE(replaced.value(QStringLiteral("newTokenName")).toString(), replacement.name);
        QCOMPARE(report.value(QStringLiteral("kept")).toArray(),
                 (QJsonArray{QStringLiteral("namespace-default"), QStringLiteral("namespace-products")}));
        tokens = parsed(file);
        QCOMPARE(entry(tokens, QStringLiteral("checkout")).value(QStringLiteral("reference")).toString(),
                 replacement.uuid);
        QCOMPARE(entry(tokens, QStringLiteral("default")).value(QStringLiteral("value")).toString(),
                 legacy.value);
    }

    void exportIntoABundle()
    {
        SandboxFixture& fx = make(TokenModel::Legacy);
        CLI_START(fx);
        const SandboxToken token = fx.addEnhanced(QStringLiteral("ref"), {QStringLiteral("default")});
        const QString folder = bundleFolder(fx, QStringLiteral("src"));
        const QString tgz = fx.home() + QStringLiteral("/bundle.tgz");
        QVERIFY(makeTgz(folder, tgz));

        const CliRun run = fx.run({QStringLiteral("export"), QStringLiteral("--to"), tgz, token.name});
        CLI_EXPECT_EXIT(run, 0);
        QVERIFY(run.outText().contains(QStringLiteral("edgekv_tokens.js in ") + tgz));
        const auto opened = BundleArchive::open(tgz);
        QVERIFY(std::holds_alternative<BundleArchive>(opened));
        const BundleArchive& archive = std::get<BundleArchive>(opened);
        QCOMPARE(archive.fileData(QStringLiteral("bundle.json")), BundleJson);
        const auto tokens = TokenFileParser::parse(archive.fileData(QStringLiteral("edgekv_tokens.js")));
        QVERIFY(std::holds_alternative<ParsedTokenFile>(tokens));
        QCOMPARE(entry(std::get<ParsedTokenFile>(tokens), QStringLiteral("default"))
                     .value(QStringLiteral("reference"))
                     .toString(),
                 token.uuid);

        const CliRun check = fx.run({QStringLiteral("check"), tgz});
        CLI_EXPECT_EXIT(check, 0);
    }

    void exportRefusals()
    {
        SandboxFixture& fx = make();
        CLI_START(fx);
        const SandboxToken a = fx.addEnhanced(QStringLiteral("a"), {QStringLiteral("default")});
        const SandboxToken b = fx.addEnhanced(QStringLiteral("b"), {QStringLiteral("default")});
        const QString folder = bundleFolder(fx);

        CLI_EXPECT_EXIT(fx.run({QStringLiteral("export"), QStringLiteral("--to"),
                                fx.home() + QStringLiteral("/nowhere/x"), a.name}),
                        2);
        CLI_EXPECT_EXIT(fx.run({QStringLiteral("export"), QStringLiteral("--to"),
                                fx.home() + QStringLiteral("/none.tgz"), a.name}),
                        2);
        CLI_EXPECT_EXIT(fx.run({QStringLiteral("export"), QStringLiteral("--to"), folder}), 2);
        const CliRun clash =
            fx.run({QStringLiteral("export"), QStringLiteral("--to"), folder, a.name, b.name});
        CLI_EXPECT_EXIT(clash, 2);
        QVERIFY(clash.errText().contains(QStringLiteral("default")));
        const CliRun unknown =
            fx.run({QStringLiteral("export"), QStringLiteral("--to"), folder, QStringLiteral("ghost")});
        CLI_EXPECT_EXIT(unknown, 1);
        QVERIFY(!QFile::exists(folder + QStringLiteral("/edgekv_tokens.js")));

        // An existing file that cannot be parsed stays as it is unless --replace-unparseable.
        const QString file = folder + QStringLiteral("/edgekv_tokens.js");
        const QByteArray broken = "var edgekv_access_tokens = { \"namespace-x\": { name: 1, } }\n";
        QVERIFY(writeFile(file, broken));
        const CliRun refused = fx.run({QStringLiteral("export"), QStringLiteral("--to"), folder, a.name});
        CLI_EXPECT_EXIT(refused, 1);
        QVERIFY(refused.errText().contains(QStringLiteral("line 1")));
        QCOMPARE(readFile(file), broken);
        const CliRun replaced = fx.run({QStringLiteral("export"), QStringLiteral("--to"), folder, a.name,
                                        QStringLiteral("--replace-unparseable")});
        CLI_EXPECT_EXIT(replaced, 0);
        QCOMPARE(readFile(file + QStringLiteral(".bak")), broken);
        QCOMPARE(entry(parsed(file), QStringLiteral("default")).value(QStringLiteral("reference")).toString(),
                 a.uuid);
    }

    void checkExitCodes()
    {
        SandboxFixture& fx = make();
        CLI_START(fx);
        const QDate today = SandboxFixture::todayUtc();
        const SandboxToken healthy =
            fx.addLegacy(QStringLiteral("healthy"), today.addDays(120), {QStringLiteral("default")});
        const SandboxToken active = fx.addEnhanced(QStringLiteral("active"), {QStringLiteral("products")});
        const SandboxToken expiring =
            fx.addLegacy(QStringLiteral("expiring"), today.addDays(10), {QStringLiteral("checkout")});
        const SandboxToken expired =
            fx.addLegacy(QStringLiteral("expired"), today.addDays(-4), {QStringLiteral("user-prefs")});
        const QString folder = bundleFolder(fx);

        // All well: 0.
        CLI_EXPECT_EXIT(
            fx.run({QStringLiteral("export"), QStringLiteral("--to"), folder, healthy.name, active.name}), 0);
        const CliRun good = fx.run({QStringLiteral("check"), folder});
        CLI_EXPECT_EXIT(good, 0);
        QVERIFY(good.outText().contains(QStringLiteral("Result: ok")));

        // A token that expires within 30 days: 1; not within --warn-days 5: 0.
        CLI_EXPECT_EXIT(fx.run({QStringLiteral("export"), QStringLiteral("--to"), folder, expiring.name}), 0);
        const CliRun warning = fx.run({QStringLiteral("check"), folder, QStringLiteral("--json")});
        CLI_EXPECT_EXIT(warning, 1);
        QJsonObject report = warning.json().object();
        QCOMPARE(report.value(QStringLiteral("result")).toString(), QStringLiteral("warning"));
        QCOMPARE(report.value(QStringLiteral("exitCode")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("warnDays")).toInt(), 30);
        const QJsonObject expiringEntry = checkedEntry(report, QStringLiteral("namespace-checkout"));
        QCOMPARE(expiringEntry.value(QStringLiteral("tokenName")).toString(), expiring.name);
        QCOMPARE(expiringEntry.value(QStringLiteral("model")).toString(), QStringLiteral("legacy"));
        QCOMPARE(expiringEntry.value(QStringLiteral("result")).toString(), QStringLiteral("warning"));
        QVERIFY(expiringEntry.value(QStringLiteral("line")).toInt() > 0);
        QVERIFY(codesOf(report).contains(QStringLiteral("expiring")));
        const QJsonObject activeEntry = checkedEntry(report, QStringLiteral("namespace-products"));
        QCOMPARE(activeEntry.value(QStringLiteral("model")).toString(), QStringLiteral("enhanced"));
        QCOMPARE(activeEntry.value(QStringLiteral("result")).toString(), QStringLiteral("ok"));
        CLI_EXPECT_EXIT(
            fx.run({QStringLiteral("check"), folder, QStringLiteral("--warn-days"), QStringLiteral("5")}), 0);

        // An expired token: 2. (Written by hand: export refuses to fetch it, the API answers 410.)
        const QString file = folder + QStringLiteral("/edgekv_tokens.js");
        QByteArray text = readFile(file);
        text.replace("var edgekv_access_tokens = {",
                     "var edgekv_access_tokens = {\n  \"namespace-user-prefs\": {\"name\": \"expired\", "
                     "\"value\": \"" +
                         expired.value.toUtf8() + "\"},");
        QVERIFY(writeFile(file, text));
        const CliRun broken = fx.run({QStringLiteral("check"), folder, QStringLiteral("--json")});
        CLI_EXPECT_EXIT(broken, 2);
        report = broken.json().object();
        QCOMPARE(checkedEntry(report, QStringLiteral("namespace-user-prefs"))
                     .value(QStringLiteral("result"))
                     .toString(),
                 QStringLiteral("broken"));
        QVERIFY(codesOf(report).contains(QStringLiteral("expired")));
        QVERIFY(!broken.out.contains(expired.value.toUtf8()));

        // A bare key (as the official CLI writes for enhanced tokens): 2.
        QVERIFY(writeFile(
            file, "var edgekv_access_tokens = {\n  \"products\": {\"name\": \"active\", \"reference\": \"" +
                      active.uuid.toUtf8() + "\"}\n}\nexport { edgekv_access_tokens };\n"));
        const CliRun bare = fx.run({QStringLiteral("check"), folder, QStringLiteral("--json")});
        CLI_EXPECT_EXIT(bare, 2);
        QVERIFY(codesOf(bare.json().object()).contains(QStringLiteral("bare-key")));

        // A revoked token: the account says it is unknown, 2.
        CLI_EXPECT_EXIT(fx.run({QStringLiteral("export"), QStringLiteral("--to"), file, active.name}), 0);
        CLI_EXPECT_EXIT(fx.run({QStringLiteral("check"), folder}), 0);
        CLI_EXPECT_EXIT(fx.run({QStringLiteral("revoke"), QStringLiteral("--yes"), active.name}), 0);
        const CliRun revoked = fx.run({QStringLiteral("check"), folder, QStringLiteral("--json")});
        CLI_EXPECT_EXIT(revoked, 2);
        QVERIFY(codesOf(revoked.json().object()).contains(QStringLiteral("unknown-token")));

        // Nothing there: 2.
        CLI_EXPECT_EXIT(
            fx.run({QStringLiteral("check"), fx.home() + QStringLiteral("/empty-dir-that-is-not")}), 2);
    }

    void checkOffline()
    {
        SandboxFixture& fx = make();
        CLI_START(fx);
        const QDate today = SandboxFixture::todayUtc();
        const SandboxToken expiring =
            fx.addLegacy(QStringLiteral("expiring"), today.addDays(12), {QStringLiteral("default")});
        const SandboxToken active = fx.addEnhanced(QStringLiteral("active"), {QStringLiteral("products")});
        const QString folder = bundleFolder(fx);
        CLI_EXPECT_EXIT(
            fx.run({QStringLiteral("export"), QStringLiteral("--to"), folder, expiring.name, active.name}),
            0);
        CLI_EXPECT_EXIT(fx.run({QStringLiteral("revoke"), QStringLiteral("--yes"), active.name}), 0);

        // No ~/.edgerc: the JWT's exp still gives the warning, and the report says what was not checked.
        const CliRun offline = runCli({QStringLiteral("check"), folder}, fx.environment());
        fx.checkForLeaks({}, offline);
        CLI_EXPECT_EXIT(offline, 1);
        QVERIFY(offline.outText().contains(QStringLiteral("Not checked:")));
        QVERIFY(offline.outText().contains(QStringLiteral("The account was not asked")));
        const CliRun json =
            runCli({QStringLiteral("check"), folder, QStringLiteral("--json")}, fx.environment());
        CLI_EXPECT_EXIT(json, 1);
        QVERIFY(!json.json().object().value(QStringLiteral("checksNotMade")).toArray().isEmpty());
        QVERIFY(!codesOf(json.json().object()).contains(QStringLiteral("unknown-token")));

        // With the account the revoked token is found; --offline does not ask.
        CLI_EXPECT_EXIT(fx.run({QStringLiteral("check"), folder}), 2);
        CLI_EXPECT_EXIT(fx.run({QStringLiteral("check"), folder, QStringLiteral("--offline")}), 1);
        CLI_EXPECT_EXIT(fx.run({QStringLiteral("check"), folder, QStringLiteral("--offline"),
                                QStringLiteral("--warn-days"), QStringLiteral("3")}),
                        0);

        // The account cannot be reached: a warning, never "all well".
        fx.server().setFaults({FaultRule{FaultKind::Unavailable503, 1.0}}, 1);
        const CliRun unreachable = fx.run({QStringLiteral("check"), folder, QStringLiteral("--warn-days"),
                                           QStringLiteral("3"), QStringLiteral("--json")});
        CLI_EXPECT_EXIT(unreachable, 1);
        QVERIFY(codesOf(unreachable.json().object()).contains(QStringLiteral("account-unavailable")));
        fx.server().setFaults({}, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliBundle)
#include "tst_clibundle.moc"
