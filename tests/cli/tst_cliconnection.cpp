// End to end: where the credentials come from (AKAMAI_* overrides, sections, account switch keys), what
// happens when they cannot be loaded, retries and timeouts against a faulty sandbox, and TLS with --ca-cert.
#include "CliTestSupport.h"
#include "SandboxHarness.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace edgekv;
using namespace edgekv::clitest;

class TestCliConnection : public FixtureTest
{
    Q_OBJECT

private slots:
    void environmentOverrides()
    {
        SandboxFixture& fx = make();
        CLI_START(fx);
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
        CLI_EXPECT_EXIT(none, 2);
        QVERIFY(none.errText().contains(QStringLiteral("AKAMAI_HOST")));

        QProcessEnvironment withEnv = environment;
        setAll(withEnv, QStringLiteral("AKAMAI_"));
        const CliRun fromEnv = fx.run({QStringLiteral("list"), QStringLiteral("--json")}, withEnv);
        CLI_EXPECT_EXIT(fromEnv, 0);
        QCOMPARE(fromEnv.json().array().size(), 1);
        QCOMPARE(fromEnv.json().array().first().toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("own-token"));

        // The environment wins over a file whose secret is wrong.
        Credentials wrong = credentials;
        wrong.clientSecret = QStringLiteral("d3Jvbmcgc2VjcmV0IHdyb25nIHNlY3JldCB3cm9uZyE=");
        const QString wrongFile = fx.home() + QStringLiteral("/wrong.edgerc");
        QVERIFY(writeFile(wrongFile, edgercSection(QStringLiteral("default"), wrong)));
        const CliRun wins = fx.run({QStringLiteral("list"), QStringLiteral("--edgerc"), wrongFile}, withEnv);
        CLI_EXPECT_EXIT(wins, 0);
        const CliRun fileOnly =
            fx.run({QStringLiteral("list"), QStringLiteral("--edgerc"), wrongFile}, environment);
        CLI_EXPECT_EXIT(fileOnly, 1);
        QVERIFY(fileOnly.errText().contains(QStringLiteral("401")) ||
                fileOnly.errText().contains(QStringLiteral("signature")));
        QVERIFY(!fileOnly.err.contains(wrong.clientSecret.toUtf8()));

        // Three of four variables are not enough: the file (absent) is used.
        QProcessEnvironment partial = withEnv;
        partial.remove(QStringLiteral("AKAMAI_ACCESS_TOKEN"));
        CLI_EXPECT_EXIT(fx.run({QStringLiteral("list")}, partial), 2);

        // A section's own prefix.
        QProcessEnvironment sectionEnv = environment;
        setAll(sectionEnv, QStringLiteral("AKAMAI_CI_PROD_"));
        const CliRun section = fx.run(
            {QStringLiteral("list"), QStringLiteral("--section"), QStringLiteral("ci-prod")}, sectionEnv);
        CLI_EXPECT_EXIT(section, 0);
        QVERIFY(section.outText().contains(QStringLiteral("own-token")));

        // AKAMAI_ACCOUNT_KEY switches the account; --account-key wins over it.
        QProcessEnvironment switched = withEnv;
        switched.insert(QStringLiteral("AKAMAI_ACCOUNT_KEY"), QStringLiteral("1-ABCDE:1-FGHIJ"));
        const CliRun other = fx.run({QStringLiteral("list")}, switched);
        CLI_EXPECT_EXIT(other, 0);
        QVERIFY(other.outText().contains(QStringLiteral("other-account-token")));
        QVERIFY(!other.outText().contains(QStringLiteral("own-token")));
        const CliRun overridden = fx.run(
            {QStringLiteral("list"), QStringLiteral("--account-key"), QStringLiteral("1-XYZ")}, switched);
        CLI_EXPECT_EXIT(overridden, 0);
        QVERIFY(overridden.outText().startsWith(QStringLiteral("No tokens")));
    }

    void credentialProblemsAreUsageErrors()
    {
        SandboxFixture& fx = make();
        CLI_START(fx);
        const CliRun missingSection =
            fx.run({QStringLiteral("list"), QStringLiteral("--section"), QStringLiteral("nope")});
        CLI_EXPECT_EXIT(missingSection, 2);
        QVERIFY(missingSection.errText().contains(QStringLiteral("nope")));
        const CliRun missingFile = runCli(
            {QStringLiteral("list"), QStringLiteral("--edgerc"), fx.home() + QStringLiteral("/absent")},
            fx.environment());
        CLI_EXPECT_EXIT(missingFile, 2);
        const CliRun unknownAccount = runCli(
            {QStringLiteral("list"), QStringLiteral("--account"), QStringLiteral("ghost")}, fx.environment());
        CLI_EXPECT_EXIT(unknownAccount, 2);
        QVERIFY(unknownAccount.errText().contains(QStringLiteral("ghost")));
    }

    void faults()
    {
        SandboxFixture& fx = make();
        CLI_START(fx);
        fx.addEnhanced(QStringLiteral("tok"), {QStringLiteral("default")});
        QSignalSpy requests(&fx.server(), &SandboxServer::requestReceived);

        // Half the answers are 503: the client's retries get through.
        fx.server().setFaults({FaultRule{FaultKind::Unavailable503, 0.5}}, 11);
        for (int i = 0; i < 4; ++i) {
            const CliRun run = fx.run({QStringLiteral("list"), QStringLiteral("--json")});
            CLI_EXPECT_EXIT(run, 0);
            QCOMPARE(run.json().array().size(), 1);
        }
        QVERIFY(requests.count() > 4);

        fx.server().setFaults({FaultRule{FaultKind::Unavailable503, 1.0}}, 1);
        const CliRun unavailable = fx.run({QStringLiteral("list")});
        CLI_EXPECT_EXIT(unavailable, 1);
        QCOMPARE(unavailable.err.count('\n'), 1);
        QVERIFY(
            unavailable.errText().startsWith(QStringLiteral("edgekv-tokens: Loading the token list failed")));

        fx.server().setFaults({FaultRule{FaultKind::Malformed, 1.0}}, 1);
        const CliRun malformed = fx.run({QStringLiteral("show"), QStringLiteral("tok")});
        CLI_EXPECT_EXIT(malformed, 1);
        QCOMPARE(malformed.err.count('\n'), 1);

        fx.server().setFaults({FaultRule{FaultKind::Stall, 1.0}}, 1);
        const CliRun stalled =
            fx.run({QStringLiteral("list"), QStringLiteral("--timeout-s"), QStringLiteral("1")});
        CLI_EXPECT_EXIT(stalled, 1);
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
        CLI_START(fx);
        fx.addEnhanced(QStringLiteral("tls-token"), {QStringLiteral("default")});
        const QString caFile = fx.home() + QStringLiteral("/ca.pem");
        QVERIFY(writeFile(caFile, certificate.certificate.toPem()));

        const CliRun untrusted = fx.run({QStringLiteral("list")});
        CLI_EXPECT_EXIT(untrusted, 1);
        QVERIFY(untrusted.errText().contains(QStringLiteral("secure connection")));
        const CliRun trusted = fx.run({QStringLiteral("list"), QStringLiteral("--ca-cert"), caFile});
        CLI_EXPECT_EXIT(trusted, 0);
        QVERIFY(trusted.outText().contains(QStringLiteral("tls-token")));
        const CliRun badCa = fx.run({QStringLiteral("list"), QStringLiteral("--ca-cert"), fx.edgercPath()});
        CLI_EXPECT_EXIT(badCa, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliConnection)
#include "tst_cliconnection.moc"
