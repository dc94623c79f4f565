#include "SandboxCommandLine.h"
#include "ShiftedClock.h"

#include <QTest>

using namespace edgekv;

class TestSandboxCommandLine : public QObject
{
    Q_OBJECT

private:
    static SandboxCommandLine::Result parse(SandboxCommandLine& commandLine, const QStringList& arguments)
    {
        return commandLine.parse(QStringList{QStringLiteral("edgekv-sandbox")} + arguments);
    }

    static QStringList args(std::initializer_list<const char*> texts)
    {
        QStringList result;
        for (const char* text : texts)
            result << QString::fromUtf8(text);
        return result;
    }

private slots:
    void defaults()
    {
        SandboxCommandLine commandLine;
        QCOMPARE(parse(commandLine, {}), SandboxCommandLine::Result::Run);
        const SandboxSettings& s = commandLine.settings();
        QCOMPARE(s.listenAddress, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(s.listenPort, quint16(0));
        QVERIFY(!s.useTls());
        QVERIFY(s.writeEdgercFile.isEmpty());
        QCOMPARE(s.edgercSection, QStringLiteral("default"));
        QVERIFY(s.credentialsFile.isEmpty());
        QCOMPARE(s.seedCount, 0);
        QVERIFY(!s.today.isValid());
        QVERIFY(!s.verbose);
        const SandboxOptions defaults;
        QCOMPARE(s.options.tokenModel, TokenModel::Enhanced);
        QCOMPARE(s.options.activationDelaySeconds, defaults.activationDelaySeconds);
        QCOMPARE(s.options.namespaces, SandboxOptions::defaultNamespaces());
        QVERIFY(!s.options.uninitialized);
        QCOMPARE(s.options.latencyMs, 0);
        QVERIFY(s.options.faults.isEmpty());
        QCOMPARE(s.options.faultSeed, quint64(0));
        QVERIFY(s.options.stateFile.isEmpty());
    }

    void everyOption()
    {
        SandboxCommandLine commandLine;
        const auto result = parse(commandLine, {
                                                   QStringLiteral("--listen"),
                                                   QStringLiteral("0.0.0.0:8443"),
                                                   QStringLiteral("--tls-cert"),
                                                   QStringLiteral("cert.pem"),
                                                   QStringLiteral("--tls-key=key.pem"),
                                                   QStringLiteral("--write-edgerc"),
                                                   QStringLiteral("out.edgerc"),
                                                   QStringLiteral("--section"),
                                                   QStringLiteral("sandbox"),
                                                   QStringLiteral("--credentials"),
                                                   QStringLiteral("in.edgerc"),
                                                   QStringLiteral("--credentials-section"),
                                                   QStringLiteral("old"),
                                                   QStringLiteral("--state"),
                                                   QStringLiteral("state.json"),
                                                   QStringLiteral("--namespaces"),
                                                   QStringLiteral("default, web_1,geo-2"),
                                                   QStringLiteral("--seed"),
                                                   QStringLiteral("1000"),
                                                   QStringLiteral("--today"),
                                                   QStringLiteral("2025-03-01"),
                                                   QStringLiteral("--token-model"),
                                                   QStringLiteral("legacy"),
                                                   QStringLiteral("--activation-delay-s"),
                                                   QStringLiteral("0"),
                                                   QStringLiteral("--uninitialized"),
                                                   QStringLiteral("--latency-ms"),
                                                   QStringLiteral("250"),
                                                   QStringLiteral("--fault"),
                                                   QStringLiteral("503:0.25"),
                                                   QStringLiteral("--fault"),
                                                   QStringLiteral("reset:1"),
                                                   QStringLiteral("--fault-seed"),
                                                   QStringLiteral("18446744073709551615"),
                                                   QStringLiteral("--verbose"),
                                               });
        QCOMPARE(result, SandboxCommandLine::Result::Run);
        const SandboxSettings& s = commandLine.settings();
        QCOMPARE(s.listenAddress, QHostAddress(QHostAddress::AnyIPv4));
        QCOMPARE(s.listenPort, quint16(8443));
        QVERIFY(s.useTls());
        QCOMPARE(s.tlsCertFile, QStringLiteral("cert.pem"));
        QCOMPARE(s.tlsKeyFile, QStringLiteral("key.pem"));
        QCOMPARE(s.writeEdgercFile, QStringLiteral("out.edgerc"));
        QCOMPARE(s.edgercSection, QStringLiteral("sandbox"));
        QCOMPARE(s.credentialsFile, QStringLiteral("in.edgerc"));
        QCOMPARE(s.credentialsSection, QStringLiteral("old"));
        QCOMPARE(s.options.stateFile, QStringLiteral("state.json"));
        QCOMPARE(s.options.namespaces.size(), 3);
        QCOMPARE(s.options.namespaces.at(0), SandboxOptions::makeNamespace(QStringLiteral("default")));
        QCOMPARE(s.options.namespaces.at(1).name, QStringLiteral("web_1"));
        QCOMPARE(s.options.namespaces.at(2).name, QStringLiteral("geo-2"));
        QCOMPARE(s.seedCount, 1000);
        QCOMPARE(s.today, QDate(2025, 3, 1));
        QCOMPARE(s.options.tokenModel, TokenModel::Legacy);
        QCOMPARE(s.options.activationDelaySeconds, 0);
        QVERIFY(s.options.uninitialized);
        QCOMPARE(s.options.latencyMs, 250);
        QCOMPARE(s.options.faults.size(), 2);
        QCOMPARE(s.options.faults.at(0), (FaultRule{FaultKind::Unavailable503, 0.25}));
        QCOMPARE(s.options.faults.at(1), (FaultRule{FaultKind::Reset, 1.0}));
        QCOMPARE(s.options.faultSeed, std::numeric_limits<quint64>::max());
        QVERIFY(s.verbose);
    }

    void credentialsSectionDefaultsToSection()
    {
        SandboxCommandLine commandLine;
        QCOMPARE(parse(commandLine, {QStringLiteral("--section"), QStringLiteral("sandbox"),
                                     QStringLiteral("--credentials"), QStringLiteral("e")}),
                 SandboxCommandLine::Result::Run);
        QCOMPARE(commandLine.settings().credentialsSection, QStringLiteral("sandbox"));
    }

    void listenForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QHostAddress>("address");
        QTest::addColumn<int>("port");
        QTest::newRow("ipv4") << QStringLiteral("127.0.0.1:8080") << QHostAddress(QHostAddress::LocalHost)
                              << 8080;
        QTest::newRow("other loopback")
            << QStringLiteral("127.0.0.2:1") << QHostAddress(QStringLiteral("127.0.0.2")) << 1;
        QTest::newRow("localhost") << QStringLiteral("localhost:0") << QHostAddress(QHostAddress::LocalHost)
                                   << 0;
        QTest::newRow("ipv6") << QStringLiteral("[::1]:65535") << QHostAddress(QHostAddress::LocalHostIPv6)
                              << 65535;
    }

    void listenForms()
    {
        QFETCH(QString, text);
        QFETCH(QHostAddress, address);
        QFETCH(int, port);
        SandboxCommandLine commandLine;
        QCOMPARE(parse(commandLine, {QStringLiteral("--listen"), text}), SandboxCommandLine::Result::Run);
        QCOMPARE(commandLine.settings().listenAddress, address);
        QCOMPARE(int(commandLine.settings().listenPort), port);
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected"); // part of the one-line error

        QTest::newRow("unknown option") << args({"--frobnicate"}) << QStringLiteral("frobnicate");
        QTest::newRow("missing value") << args({"--seed"}) << QStringLiteral("seed");
        QTest::newRow("positional") << args({"extra"}) << QStringLiteral("unexpected argument \"extra\"");
        QTest::newRow("no port") << args({"--listen", "127.0.0.1"}) << QStringLiteral("--listen");
        QTest::newRow("bad port") << args({"--listen", "127.0.0.1:65536"})
                                  << QStringLiteral("port from 0 to 65535");
        QTest::newRow("port text") << args({"--listen", "127.0.0.1:http"}) << QStringLiteral("\"http\"");
        QTest::newRow("hostname") << args({"--listen", "example.com:80"})
                                  << QStringLiteral("not an IP address");
        QTest::newRow("bare ipv6") << args({"--listen", "::1:80"}) << QStringLiteral("brackets");
        QTest::newRow("non-loopback without TLS")
            << args({"--listen", "0.0.0.0:8080"}) << QStringLiteral("--tls-cert");
        QTest::newRow("lan without TLS")
            << args({"--listen", "192.168.1.2:80"}) << QStringLiteral("non-loopback");
        QTest::newRow("ipv6 any without TLS")
            << args({"--listen", "[::]:80"}) << QStringLiteral("non-loopback");
        QTest::newRow("cert without key") << args({"--tls-cert", "c.pem"}) << QStringLiteral("--tls-key");
        QTest::newRow("key without cert") << args({"--tls-key", "k.pem"}) << QStringLiteral("--tls-cert");
        QTest::newRow("empty edgerc") << args({"--write-edgerc", ""}) << QStringLiteral("--write-edgerc");
        QTest::newRow("section with ]") << args({"--section", "a]b"}) << QStringLiteral("--section");
        QTest::newRow("empty section") << args({"--section", ""}) << QStringLiteral("--section");
        QTest::newRow("credentials section alone")
            << args({"--credentials-section", "x"}) << QStringLiteral("needs --credentials");
        QTest::newRow("empty state") << args({"--state", ""}) << QStringLiteral("--state");
        QTest::newRow("bad namespace") << args({"--namespaces", "a,b c"}) << QStringLiteral("\"b c\"");
        QTest::newRow("empty namespace") << args({"--namespaces", "a,,b"}) << QStringLiteral("--namespaces");
        QTest::newRow("long namespace")
            << QStringList{QStringLiteral("--namespaces"), QString(33, QLatin1Char('n'))}
            << QStringLiteral("1 to 32");
        QTest::newRow("duplicate namespace") << args({"--namespaces", "a,b,a"}) << QStringLiteral("twice");
        QTest::newRow("negative seed") << args({"--seed", "-1"}) << QStringLiteral("--seed");
        QTest::newRow("huge seed") << args({"--seed", "100001"}) << QStringLiteral("0 to 100000");
        QTest::newRow("hex seed") << args({"--seed", "0x10"}) << QStringLiteral("--seed");
        QTest::newRow("bad date") << args({"--today", "2025-02-30"}) << QStringLiteral("--today");
        QTest::newRow("date format") << args({"--today", "1.3.2025"}) << QStringLiteral("like 2025-03-01");
        QTest::newRow("token model") << args({"--token-model", "jwt"})
                                     << QStringLiteral("enhanced or legacy");
        QTest::newRow("activation delay")
            << args({"--activation-delay-s", "86401"}) << QStringLiteral("--activation-delay-s");
        QTest::newRow("latency") << args({"--latency-ms", "fast"}) << QStringLiteral("--latency-ms");
        QTest::newRow("fault kind") << args({"--fault", "404:0.5"}) << QStringLiteral("404");
        QTest::newRow("fault rate") << args({"--fault", "503:1.5"}) << QStringLiteral("--fault");
        QTest::newRow("fault form") << args({"--fault", "503"}) << QStringLiteral("KIND:RATE");
        QTest::newRow("fault seed") << args({"--fault-seed", "-3"}) << QStringLiteral("--fault-seed");
        QTest::newRow("twice") << args({"--seed", "1", "--seed", "2"}) << QStringLiteral("more than once");
    }

    void badUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        SandboxCommandLine commandLine;
        QCOMPARE(parse(commandLine, arguments), SandboxCommandLine::Result::Error);
        const QString error = commandLine.errorText();
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
    }

    void loopbackWithTlsAndNonLoopbackWithTls()
    {
        SandboxCommandLine commandLine;
        QCOMPARE(parse(commandLine,
                       {QStringLiteral("--listen"), QStringLiteral("[::]:0"), QStringLiteral("--tls-cert"),
                        QStringLiteral("c"), QStringLiteral("--tls-key"), QStringLiteral("k")}),
                 SandboxCommandLine::Result::Run);
        QCOMPARE(commandLine.settings().listenAddress, QHostAddress(QHostAddress::AnyIPv6));
    }

    void faultsRepeat()
    {
        SandboxCommandLine commandLine;
        QCOMPARE(parse(commandLine,
                       {QStringLiteral("--fault"), QStringLiteral("500:0.1"), QStringLiteral("--fault"),
                        QStringLiteral("429:0.2"), QStringLiteral("--fault"), QStringLiteral("malformed:0.3"),
                        QStringLiteral("--fault"), QStringLiteral("stall:0")}),
                 SandboxCommandLine::Result::Run);
        const QList<FaultRule> faults = commandLine.settings().options.faults;
        QCOMPARE(faults.size(), 4);
        QCOMPARE(faults.at(0).kind, FaultKind::InternalError500);
        QCOMPARE(faults.at(1).kind, FaultKind::TooManyRequests429);
        QCOMPARE(faults.at(2).kind, FaultKind::Malformed);
        QCOMPARE(faults.at(3).kind, FaultKind::Stall);
        QCOMPARE(faults.at(3).rate, 0.0);
    }

    void helpAndVersion()
    {
        SandboxCommandLine commandLine;
        QCOMPARE(parse(commandLine, {QStringLiteral("--help")}), SandboxCommandLine::Result::ShowHelp);
        const QString help = commandLine.helpText();
        for (const char* option : {"--listen",
                                   "--tls-cert",
                                   "--tls-key",
                                   "--write-edgerc",
                                   "--section",
                                   "--credentials",
                                   "--credentials-section",
                                   "--state",
                                   "--namespaces",
                                   "--seed",
                                   "--today",
                                   "--token-model",
                                   "--activation-delay-s",
                                   "--uninitialized",
                                   "--latency-ms",
                                   "--fault",
                                   "--fault-seed",
                                   "--verbose",
                                   "Examples:",
                                   "listening on",
                                   "exit status"})
            QVERIFY2(help.contains(QLatin1String(option)), option);

        QCOMPARE(parse(commandLine, {QStringLiteral("-h")}), SandboxCommandLine::Result::ShowHelp);
        QCOMPARE(parse(commandLine, {QStringLiteral("--version")}), SandboxCommandLine::Result::ShowVersion);
        QVERIFY(commandLine.versionText().contains(QLatin1String(EDGEKV_VERSION)));
        // Help wins over bad values, like in most tools.
        QCOMPARE(
            parse(commandLine, {QStringLiteral("--seed"), QStringLiteral("x"), QStringLiteral("--help")}),
            SandboxCommandLine::Result::ShowHelp);
    }

    void todayShiftsTheClockByWholeDays()
    {
        MockClock real(QDateTime(QDate(2026, 11, 28), QTime(23, 40, 5), Qt::UTC));
        const ShiftedClock shifted(QDate(2025, 3, 1), real);
        QCOMPARE(shifted.nowUtc(), QDateTime(QDate(2025, 3, 1), QTime(23, 40, 5), Qt::UTC));
        QCOMPARE(shifted.offsetDays(), qint64(-637));
        // Time keeps running with the real clock, across midnight.
        real.advanceSeconds(3600);
        QCOMPARE(shifted.nowUtc(), QDateTime(QDate(2025, 3, 2), QTime(0, 40, 5), Qt::UTC));
        QCOMPARE(ShiftedClock(real.todayUtc(), real).nowUtc(), real.nowUtc());
    }

    void parseResetsPreviousSettings()
    {
        SandboxCommandLine commandLine;
        QCOMPARE(parse(commandLine, {QStringLiteral("--seed"), QStringLiteral("5")}),
                 SandboxCommandLine::Result::Run);
        QCOMPARE(parse(commandLine, {}), SandboxCommandLine::Result::Run);
        QCOMPARE(commandLine.settings().seedCount, 0);
    }
};

QTEST_GUILESS_MAIN(TestSandboxCommandLine)
#include "tst_sandboxcommandline.moc"
