// End to end: an account imported into the OS keychain and used with --account. It needs the throwaway
// Secret Service of tests/run-tests.sh (EDGEKV_TEST_XDG_ROOT) and is skipped without it; the child's own
// XDG_CONFIG_HOME keeps the stored accounts the test's own.
#include "CliTestSupport.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

using namespace edgekv;
using namespace edgekv::clitest;

namespace {

bool keyringExpected()
{
    return qEnvironmentVariableIsSet("EDGEKV_TEST_XDG_ROOT");
}

// Files under root that contain text.
QStringList filesContaining(const QString& root, const QString& text)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (readFile(path).contains(text.toUtf8()))
            hits << path;
    }
    return hits;
}

} // namespace

class TestCliKeychain : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_fixture;

    CliRun run(const QStringList& arguments) { return m_fixture->run(arguments, m_fixture->environment()); }

private slots:
    void init()
    {
        m_fixture = std::make_unique<SandboxFixture>(TokenModel::Enhanced, QStringLiteral("sandbox"));
        QVERIFY2(m_fixture->startError().isEmpty(), qPrintable(m_fixture->startError()));
        m_fixture->addEnhanced(QStringLiteral("stored-account-token"), {QStringLiteral("default")});
    }

    void cleanup()
    {
        const QStringList leaks = m_fixture->leaks();
        m_fixture.reset();
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QStringLiteral("\n"))));
    }

    void keychainAccount()
    {
        if (!keyringExpected())
            QSKIP("needs the throwaway Secret Service of tests/run-tests.sh (EDGEKV_TEST_XDG_ROOT is unset)");
        // A unique section name, so that keychain entries never clash with another run.
        const QString name = QStringLiteral("cli-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        const QString edgerc = m_fixture->home() + QStringLiteral("/keychain.edgerc");
        QVERIFY(writeFile(edgerc, edgercSection(name, m_fixture->credentials())));

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
        QCOMPARE(account.value(QStringLiteral("host")).toString(), m_fixture->credentials().host);

        // The .edgerc is not needed any more: the secrets come from the keychain.
        QVERIFY(QFile::remove(edgerc));
        const CliRun tokens =
            run({QStringLiteral("list"), QStringLiteral("--account"), name, QStringLiteral("--json")});
        CLI_EXPECT_EXIT(tokens, 0);
        QCOMPARE(tokens.json().array().first().toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("stored-account-token"));
        QVERIFY(
            filesContaining(m_fixture->home() + QStringLiteral("/config"), m_fixture->client().clientSecret)
                .isEmpty());

        CLI_EXPECT_EXIT(run({QStringLiteral("accounts"), QStringLiteral("remove"), name}), 0);
        CLI_EXPECT_EXIT(run({QStringLiteral("list"), QStringLiteral("--account"), name}), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliKeychain)
#include "tst_clikeychain.moc"
