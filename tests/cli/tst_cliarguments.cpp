// Unit tests of edgekv-tokens' argument handling, validation and formatting (no network).
#include "CliApplication.h"
#include "CreateArguments.h"
#include "GlobalOptions.h"
#include "JwtClaims.h"
#include "TextTable.h"
#include "TokenOutput.h"
#include "commands/CheckCommand.h"
#include "commands/ExportCommand.h"
#include "commands/RevokeCommand.h"
#include "tokenfile/BundleChecker.h"
#include "tokens/ExpiryClassifier.h"
#include "util/Clock.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace edgekv;
using namespace edgekv::cli;

namespace {

const QDate Today(2026, 3, 10);

QString jwt(const QJsonObject& claims)
{
    const auto part = [](const QJsonObject& object) {
        return QString::fromLatin1(
            QJsonDocument(object)
                .toJson(QJsonDocument::Compact)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    return part({{QStringLiteral("alg"), QStringLiteral("HS256")}}) + QLatin1Char('.') + part(claims) +
           QStringLiteral(".c2ln");
}

struct Parsed
{
    bool ok = false;
    QString error;
    GlobalOptions options;
};

Parsed parseGlobals(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions(GlobalOptions::definitions());
    Parsed parsed;
    if (!parser.parse(QStringList{QStringLiteral("edgekv-tokens")} + arguments)) {
        parsed.error = parser.errorText();
        return parsed;
    }
    parsed.error = parsed.options.read(parser);
    parsed.ok = parsed.error.isEmpty();
    return parsed;
}

// A valid request's arguments, to change one thing at a time.
CreateArguments validArguments()
{
    CreateArguments arguments;
    arguments.name = QStringLiteral("ci-token");
    arguments.staging = true;
    arguments.namespaceSpecs = {QStringLiteral("default=r")};
    return arguments;
}

QString problemOf(const CreateArguments& arguments)
{
    QString problem;
    arguments.toRequest(Today, &problem);
    return problem;
}

// Runs the application in-process with buffers; only for paths that never reach the network.
struct InProcess
{
    QBuffer out;
    QBuffer err;
    ExitCode code = ExitCode::Success;

    explicit InProcess(const QStringList& arguments)
    {
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        CliIo io;
        io.out = &out;
        io.err = &err;
        io.stdinIsInteractive = [] {
            return false;
        };
        CliApplication application(io, Clock::system(), QProcessEnvironment());
        code = application.run(arguments);
    }
    QString outText() const { return QString::fromUtf8(out.data()); }
    QString errText() const { return QString::fromUtf8(err.data()); }
};

} // namespace

class TestCliArguments : public QObject
{
    Q_OBJECT

private slots:
    void globalOptionDefaults()
    {
        const Parsed parsed = parseGlobals({});
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        QCOMPARE(parsed.options.edgercPath, QDir::homePath() + QStringLiteral("/.edgerc"));
        QCOMPARE(parsed.options.section, QStringLiteral("default"));
        QCOMPARE(parsed.options.timeoutSeconds, GlobalOptions::DefaultTimeoutSeconds);
        QVERIFY(!parsed.options.json);
        QVERIFY(parsed.options.account.isEmpty());
    }

    void globalOptionValues()
    {
        const Parsed parsed = parseGlobals(
            {QStringLiteral("--edgerc"), QStringLiteral("~/x.edgerc"), QStringLiteral("--section"),
             QStringLiteral("ccu"), QStringLiteral("--account-key"), QStringLiteral("1-ABC:1-DEF"),
             QStringLiteral("--timeout-s"), QStringLiteral("7"), QStringLiteral("--ca-cert"),
             QStringLiteral("/tmp/ca.pem"), QStringLiteral("--json")});
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        QCOMPARE(parsed.options.edgercPath, QDir::homePath() + QStringLiteral("/x.edgerc"));
        QCOMPARE(parsed.options.section, QStringLiteral("ccu"));
        QCOMPARE(parsed.options.accountSwitchKey, QStringLiteral("1-ABC:1-DEF"));
        QVERIFY(parsed.options.accountSwitchKeyGiven);
        QCOMPARE(parsed.options.timeoutSeconds, 7);
        QCOMPARE(parsed.options.caCertPath, QStringLiteral("/tmp/ca.pem"));
        QVERIFY(parsed.options.json);
    }

    void badGlobalOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("timeout zero") << QStringList{QStringLiteral("--timeout-s"), QStringLiteral("0")}
                                      << QStringLiteral("--timeout-s");
        QTest::newRow("timeout text")
            << QStringList{QStringLiteral("--timeout-s"), QStringLiteral("ten")} << QStringLiteral("ten");
        QTest::newRow("account and edgerc") << QStringList{QStringLiteral("--account"), QStringLiteral("a"),
                                                           QStringLiteral("--edgerc"), QStringLiteral("f")}
                                            << QStringLiteral("--account cannot be combined");
        QTest::newRow("empty section")
            << QStringList{QStringLiteral("--section"), QStringLiteral(" ")} << QStringLiteral("--section");
        QTest::newRow("empty account key")
            << QStringList{QStringLiteral("--account-key"), QString()} << QStringLiteral("--account-key");
        QTest::newRow("missing value") << QStringList{QStringLiteral("--edgerc")} << QStringLiteral("edgerc");
    }

    void badGlobalOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, fragment);
        const Parsed parsed = parseGlobals(arguments);
        QVERIFY(!parsed.ok);
        QVERIFY2(parsed.error.contains(fragment), qPrintable(parsed.error));
    }

    void commandWordSkipsOptionValues_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("index");
        QTest::newRow("first") << QStringList{QStringLiteral("list"), QStringLiteral("--json")} << 0;
        QTest::newRow("after a value option")
            << QStringList{QStringLiteral("--edgerc"), QStringLiteral("list"), QStringLiteral("show")} << 2;
        QTest::newRow("after a flag") << QStringList{QStringLiteral("--json"), QStringLiteral("list")} << 1;
        QTest::newRow("value with =")
            << QStringList{QStringLiteral("--edgerc=f"), QStringLiteral("list")} << 1;
        QTest::newRow("after --") << QStringList{QStringLiteral("--"), QStringLiteral("list")} << 1;
        QTest::newRow("none") << QStringList{QStringLiteral("--json")} << -1;
    }

    void commandWordSkipsOptionValues()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, index);
        const QSet<QString> withValues = optionNamesWithValues(GlobalOptions::definitions());
        QVERIFY(withValues.contains(QStringLiteral("edgerc")));
        QVERIFY(!withValues.contains(QStringLiteral("json")));
        QCOMPARE(CommandWord::find(arguments, withValues).index, index);
    }

    void tokenNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("my_token-1") << true;
        QTest::newRow("32") << QString(32, QLatin1Char('a')) << true;
        QTest::newRow("33") << QString(33, QLatin1Char('a')) << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("leading dash") << QStringLiteral("-abc") << false;
        QTest::newRow("dot") << QStringLiteral("a.b") << false;
        QTest::newRow("space") << QStringLiteral("a b") << false;
    }

    void tokenNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        CreateArguments arguments = validArguments();
        arguments.name = name;
        QCOMPARE(problemOf(arguments).isEmpty(), valid);
    }

    void namespaceSpecs_data()
    {
        QTest::addColumn<QStringList>("specs");
        QTest::addColumn<QString>("problem"); // a fragment; empty: valid
        QTest::newRow("one") << QStringList{QStringLiteral("default=rwd")} << QString();
        QTest::newRow("comma list") << QStringList{QStringLiteral("a=r,b=wd")} << QString();
        QTest::newRow("colon") << QStringList{QStringLiteral("a:r")} << QString();
        QTest::newRow("none") << QStringList{} << QStringLiteral("at least one namespace");
        QTest::newRow("no perms") << QStringList{QStringLiteral("a=")} << QStringLiteral("has no permission");
        QTest::newRow("no separator") << QStringList{QStringLiteral("a")} << QStringLiteral("NS=PERMS");
        QTest::newRow("bad letter") << QStringList{QStringLiteral("a=rx")} << QStringLiteral("“x”");
        QTest::newRow("repeated letter") << QStringList{QStringLiteral("a=rr")} << QStringLiteral("twice");
        QTest::newRow("bad namespace")
            << QStringList{QStringLiteral("a.b=r")} << QStringLiteral("namespace name");
        QTest::newRow("twice") << QStringList{QStringLiteral("a=r"), QStringLiteral("a=w")}
                               << QStringLiteral("given twice");
        QStringList twenty;
        for (int i = 0; i < 20; ++i)
            twenty << QStringLiteral("ns%1=r").arg(i);
        QTest::newRow("20") << twenty << QString();
        QTest::newRow("21") << (twenty << QStringLiteral("ns20=r")) << QStringLiteral("at most 20");
    }

    void namespaceSpecs()
    {
        QFETCH(QStringList, specs);
        QFETCH(QString, problem);
        QMap<QString, QString> permissions;
        const QString found = CreateArguments::namespacesProblem(specs, &permissions);
        if (problem.isEmpty())
            QVERIFY2(found.isEmpty(), qPrintable(found));
        else
            QVERIFY2(found.contains(problem), qPrintable(found));
    }

    void permissionsAreNormalised()
    {
        QMap<QString, QString> permissions;
        QVERIFY(
            CreateArguments::namespacesProblem({QStringLiteral("a=DWR"), QStringLiteral("b=w")}, &permissions)
                .isEmpty());
        QCOMPARE(permissions.value(QStringLiteral("a")), QStringLiteral("rwd"));
        QCOMPARE(permissions.value(QStringLiteral("b")), QStringLiteral("w"));
    }

    void edgeWorkerIds_data()
    {
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<bool>("valid");
        QTest::newRow("none") << QStringList{} << true;
        QTest::newRow("list") << QStringList{QStringLiteral("1,2"), QStringLiteral("3")} << true;
        QTest::newRow("eight") << QStringList{QStringLiteral("1,2,3,4,5,6,7,8")} << true;
        QTest::newRow("nine") << QStringList{QStringLiteral("1,2,3,4,5,6,7,8,9")} << false;
        QTest::newRow("text") << QStringList{QStringLiteral("abc")} << false;
        QTest::newRow("negative") << QStringList{QStringLiteral("-1")} << false;
        QTest::newRow("twice") << QStringList{QStringLiteral("5"), QStringLiteral("5")} << false;
    }

    void edgeWorkerIds()
    {
        QFETCH(QStringList, ids);
        QFETCH(bool, valid);
        CreateArguments arguments = validArguments();
        arguments.edgeWorkerIds = ids;
        QCOMPARE(problemOf(arguments).isEmpty(), valid);
    }

    void expiry_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("tomorrow") << Today.addDays(1).toString(Qt::ISODate) << true;
        QTest::newRow("six months") << Today.addMonths(6).toString(Qt::ISODate) << true;
        QTest::newRow("today") << Today.toString(Qt::ISODate) << false;
        QTest::newRow("six months and a day") << Today.addMonths(6).addDays(1).toString(Qt::ISODate) << false;
        QTest::newRow("not a date") << QStringLiteral("2026-02-30") << false;
        QTest::newRow("other format") << QStringLiteral("10/04/2026") << false;
    }

    void expiry()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QDate date;
        QCOMPARE(CreateArguments::expiryProblem(text, Today, &date).isEmpty(), valid);
        if (valid)
            QCOMPARE(date, QDate::fromString(text, Qt::ISODate));
    }

    void wholeRequest()
    {
        CreateArguments arguments;
        arguments.name = QStringLiteral("ci-token");
        arguments.production = true;
        arguments.namespaceSpecs = {QStringLiteral("default=rw")};
        arguments.edgeWorkerIds = {QStringLiteral("42,43")};
        arguments.expiry = Today.addDays(30).toString(Qt::ISODate);
        QString problem;
        const TokenCreateRequest request = arguments.toRequest(Today, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(request.name, QStringLiteral("ci-token"));
        QVERIFY(request.allowOnProduction);
        QVERIFY(!request.allowOnStaging);
        QCOMPARE(request.namespacePermissions.value(QStringLiteral("default")), QStringLiteral("rw"));
        QCOMPARE(request.restrictToEdgeWorkerIds, (QStringList{QStringLiteral("42"), QStringLiteral("43")}));
        QVERIFY(request.isLegacy());

        arguments.production = false;
        arguments.toRequest(Today, &problem);
        QVERIFY(problem.contains(QStringLiteral("network")));
    }

    void namespacesOnTheAccount()
    {
        const auto info = [](const char* name, bool production, bool restrict) {
            NamespaceInfo ns;
            ns.name = QLatin1String(name);
            ns.onStaging = true;
            ns.onProduction = production;
            ns.restrictDataAccess = restrict;
            ns.hasDetails = true;
            return ns;
        };
        const QList<NamespaceInfo> available{info("a", true, true), info("b", false, false),
                                             info("c", true, true)};

        TokenCreateRequest request;
        request.allowOnStaging = true;
        request.namespacePermissions = {{QStringLiteral("a"), QStringLiteral("r")},
                                        {QStringLiteral("c"), QStringLiteral("r")}};
        QVERIFY(CreateArguments::namespacesOnAccountProblem(request, available).isEmpty());
        request.namespacePermissions.insert(QStringLiteral("b"), QStringLiteral("r"));
        QVERIFY(CreateArguments::namespacesOnAccountProblem(request, available)
                    .contains(QStringLiteral("data access")));
        request.namespacePermissions = {{QStringLiteral("b"), QStringLiteral("r")}};
        request.allowOnProduction = true;
        QVERIFY(CreateArguments::namespacesOnAccountProblem(request, available)
                    .contains(QStringLiteral("production")));
        request.namespacePermissions = {{QStringLiteral("zzz"), QStringLiteral("r")}};
        QVERIFY(CreateArguments::namespacesOnAccountProblem(request, available)
                    .contains(QStringLiteral("does not exist")));
    }

    void revokeAnswers()
    {
        QVERIFY(RevokeCommand::isYes(QStringLiteral("y")));
        QVERIFY(RevokeCommand::isYes(QStringLiteral(" YES ")));
        QVERIFY(!RevokeCommand::isYes(QString()));
        QVERIFY(!RevokeCommand::isYes(QStringLiteral("n")));
        QVERIFY(!RevokeCommand::isYes(QStringLiteral("yep")));
    }

    void legacyDetailsFromTheJwt()
    {
        Token token;
        token.model = Token::Model::Legacy;
        token.name = QStringLiteral("old");
        token.value =
            jwt({{QStringLiteral("namespace-default"), QJsonArray{QStringLiteral("w"), QStringLiteral("r")}},
                 {QStringLiteral("namespace-marketing"), QJsonArray{QStringLiteral("r")}},
                 {QStringLiteral("env"), QJsonArray{QStringLiteral("p")}},
                 {QStringLiteral("ewids"), QJsonArray{QStringLiteral("42")}},
                 {QStringLiteral("cpc"), QStringLiteral("999")}});
        JwtClaims::completeFromValue(token);
        QVERIFY(token.hasDetails);
        QCOMPARE(token.namespacePermissions.value(QStringLiteral("default")), QStringLiteral("rw"));
        QCOMPARE(token.namespacePermissions.value(QStringLiteral("marketing")), QStringLiteral("r"));
        QVERIFY(token.allowOnProduction);
        QVERIFY(!token.allowOnStaging);
        QCOMPARE(token.restrictToEdgeWorkerIds, QStringList{QStringLiteral("42")});
        QCOMPARE(token.cpcode, QStringLiteral("999"));

        Token garbage;
        garbage.model = Token::Model::Legacy;
        garbage.value = QStringLiteral("not-a-jwt");
        JwtClaims::completeFromValue(garbage);
        QVERIFY(!garbage.hasDetails);
    }

    void exportEntries()
    {
        Token legacy;
        legacy.model = Token::Model::Legacy;
        legacy.name = QStringLiteral("old");
        legacy.value = jwt({{QStringLiteral("namespace-default"), QJsonArray{QStringLiteral("r")}}});
        Token enhanced;
        enhanced.name = QStringLiteral("new");
        enhanced.uuid = QStringLiteral("fa3a7ae0-1b0c-45c7-adc3-f0638c6b7466");
        enhanced.namespacePermissions = {{QStringLiteral("marketing"), QStringLiteral("r")}};
        enhanced.hasDetails = true;

        const auto entries = ExportCommand::entriesFor({legacy, enhanced});
        QVERIFY(std::holds_alternative<QList<TokenFileEntry>>(entries));
        const QList<TokenFileEntry> list = std::get<QList<TokenFileEntry>>(entries);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0),
                 TokenFileEntry::legacy(QStringLiteral("default"), QStringLiteral("old"), legacy.value));
        QCOMPARE(list.at(1),
                 TokenFileEntry::enhanced(QStringLiteral("marketing"), QStringLiteral("new"), enhanced.uuid));

        enhanced.namespacePermissions.insert(QStringLiteral("default"), QStringLiteral("r"));
        const auto clash = ExportCommand::entriesFor({legacy, enhanced});
        QVERIFY(std::holds_alternative<QString>(clash));
        QVERIFY(std::get<QString>(clash).contains(QStringLiteral("default")));
        QVERIFY(!std::get<QString>(clash).contains(legacy.value));
    }

    void knownTokenForTheChecker()
    {
        Token legacy;
        legacy.model = Token::Model::Legacy;
        legacy.uuid = QStringLiteral("u1");
        legacy.expiry = Today;
        const KnownToken old = CheckCommand::knownToken(legacy);
        QCOMPARE(old.reference, QStringLiteral("u1"));
        QCOMPARE(old.expiry, Today);
        Token enhanced;
        enhanced.expiry = Token::neverExpiresDate();
        enhanced.activationStatus = Token::ActivationStatus::InProgress;
        QCOMPARE(CheckCommand::knownToken(enhanced).activation, KnownToken::Activation::InProgress);
        QVERIFY(!CheckCommand::knownToken(enhanced).expiry.isValid());
    }

    void tokenJsonFields()
    {
        const MockClock clock(QDateTime(Today, QTime(12, 0), QTimeZone::utc()));
        const ExpiryClassifier classifier(clock);
        Token legacy;
        legacy.model = Token::Model::Legacy;
        legacy.name = QStringLiteral("old");
        legacy.uuid = QStringLiteral("u1");
        legacy.expiry = Today.addDays(5);
        legacy.value = QStringLiteral("secret.jwt.value");
        QJsonObject json = TokenOutput::tokenJson(legacy, classifier.classify(legacy));
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("expires-soon"));
        QCOMPARE(json.value(QStringLiteral("daysLeft")).toInt(), 5);
        QCOMPARE(json.value(QStringLiteral("expiry")).toString(), Today.addDays(5).toString(Qt::ISODate));
        QVERIFY(!json.contains(QStringLiteral("value")));
        json = TokenOutput::tokenJson(legacy, classifier.classify(legacy), true);
        QCOMPARE(json.value(QStringLiteral("value")).toString(), legacy.value);

        Token enhanced;
        enhanced.name = QStringLiteral("new");
        enhanced.expiry = Token::neverExpiresDate();
        enhanced.activationStatus = Token::ActivationStatus::Complete;
        json = TokenOutput::tokenJson(enhanced, classifier.classify(enhanced), true);
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("auto-refresh"));
        QVERIFY(json.value(QStringLiteral("daysLeft")).isNull());
        QVERIFY(json.value(QStringLiteral("latestRefreshDate")).isNull());
        QCOMPARE(json.value(QStringLiteral("tokenActivationStatus")).toString(), QStringLiteral("COMPLETE"));
        QVERIFY(!json.contains(QStringLiteral("value")));
        QVERIFY(!json.contains(QStringLiteral("namespacePermissions"))); // no details
    }

    void textTableAligns()
    {
        TextTable table({QStringLiteral("A"), QStringLiteral("BB")});
        table.addRow({QStringLiteral("long cell"), QStringLiteral("x")});
        QCOMPARE(table.toString(), QStringLiteral("A          BB\nlong cell  x\n"));
    }

    void helpAndUsageInProcess()
    {
        InProcess help({QStringLiteral("--help")});
        QCOMPARE(help.code, ExitCode::Success);
        QVERIFY(help.outText().contains(QStringLiteral("Exit codes:")));
        InProcess topic({QStringLiteral("help"), QStringLiteral("create")});
        InProcess flag({QStringLiteral("create"), QStringLiteral("--help")});
        QCOMPARE(topic.outText(), flag.outText());
        QVERIFY(flag.outText().startsWith(QStringLiteral("Usage: edgekv-tokens create NAME")));
        InProcess wrong({QStringLiteral("create"), QStringLiteral("x"), QStringLiteral("--namespace"),
                         QStringLiteral("a=r")});
        QCOMPARE(wrong.code, ExitCode::Usage);
        QVERIFY(wrong.errText().contains(QStringLiteral("network")));
        QCOMPARE(wrong.errText().count(QLatin1Char('\n')), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliArguments)
#include "tst_cliarguments.moc"
