// End to end: the state file. Persistence across a restart, atomic owner-only writes, and a corrupt or
// foreign file that is reported and left byte-identical.
#include "JwtIssuer.h"
#include "SandboxHarness.h"
#include "StateFile.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace edgekv;
using namespace edgekv::test;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

SandboxOptions withStateFile(const QString& path)
{
    SandboxOptions options;
    options.stateFile = path;
    return options;
}

} // namespace

class TestSandboxState : public QObject
{
    Q_OBJECT

private slots:
    void persistsAcrossARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        QJsonObject enhanced;
        QJsonObject legacy;
        QByteArray jwtKey;
        {
            SandboxHarness first(withStateFile(path));
            QVERIFY2(first.startError().isEmpty(), qPrintable(first.startError()));
            enhanced = first.post("/edgekv/v1/tokens", first.createBody(QStringLiteral("kept"))).json();
            QCOMPARE(first
                         .post("/edgekv/v1/tokens", first.createBody(QStringLiteral("other")),
                               QStringLiteral("1-ABC"))
                         .status,
                     200);
            QCOMPARE(first.send("POST", "/edgekv/v1/tokens/kept/refresh").status, 200);
            enhanced = first.get("/edgekv/v1/tokens/kept").json();
            SandboxToken seeded;
            seeded.model = TokenModel::Legacy;
            seeded.name = QStringLiteral("seeded");
            seeded.uuid = SandboxStore::newUuid();
            seeded.allowOnStaging = true;
            seeded.namespacePermissions.insert(QStringLiteral("default"), {QStringLiteral("r")});
            seeded.issueDate = QDate(2025, 3, 1);
            seeded.expiry = QDate(2025, 5, 1);
            seeded.value = QString::fromLatin1(first.server().issueLegacyJwt(seeded));
            QVERIFY(first.server().store().addToken(QString(), seeded));
            legacy = first.get("/edgekv/v1/tokens/seeded").json();
            jwtKey = first.server().jwtKey();
            // The API's own change was on disk before its answer.
            QVERIFY(readAll(path).contains("kept"));
        }
        QVERIFY(readAll(path).contains("seeded")); // store() changes are flushed at the latest on shutdown

        SandboxHarness second(withStateFile(path));
        QVERIFY2(second.startError().isEmpty(), qPrintable(second.startError()));
        QCOMPARE(second.get("/edgekv/v1/tokens/kept").json(), enhanced);
        QCOMPARE(second.get("/edgekv/v1/tokens/seeded").json(), legacy);
        QCOMPARE(second.get("/edgekv/v1/tokens/other", QStringLiteral("1-ABC")).status, 200);
        QCOMPARE(second.get("/edgekv/v1/tokens/other").status, 404);
        QCOMPARE(second.server().jwtKey(), jwtKey);
        QVERIFY(JwtIssuer::verify(legacy.value(QLatin1String("value")).toString().toLatin1(),
                                  second.server().jwtKey()));

        QCOMPARE(second.send("DELETE", "/edgekv/v1/tokens/kept").status, 200);
        QVERIFY(!readAll(path).contains("\"kept\""));
    }

    void writesOwnerOnlyAndNoCredentials()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        SandboxHarness harness(withStateFile(path));
        QCOMPARE(harness.post("/edgekv/v1/tokens", harness.createBody(QStringLiteral("t"))).status, 200);
        QCOMPARE(QFile::permissions(path) &
                     (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
                 QFile::Permissions());
        const QByteArray content = readAll(path);
        QVERIFY(!content.contains(harness.client().clientSecret.toUtf8()));
        QVERIFY(!content.contains(harness.client().accessToken.toUtf8()));
        QVERIFY(!content.contains("Authorization"));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() ==
                1); // no temporary files left
    }

    void seedingBeforeListenIsSaved()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        SandboxOptions options = withStateFile(path);
        MockClock clock(SandboxHarness::defaultNow());
        options.clock = &clock;
        SandboxServer server(options);
        QCOMPARE(server.loadState(), QString());
        SandboxNamespace ns = SandboxOptions::makeNamespace(QStringLiteral("seeded-ns"));
        server.store().putNamespace(QString(), ns);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(server.listen(), QString());
        QVERIFY(readAll(path).contains("seeded-ns"));
    }

    void corruptOrForeignFileIsLeftUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not JSON") << QByteArray("{\"format\": \"edgekv-sandbox-state\", \"accounts\": {")
                                  << QStringLiteral("not valid JSON");
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10)
                                << QStringLiteral("not valid JSON");
        QTest::newRow("a JSON array") << QByteArray("[1, 2, 3]") << QStringLiteral("not a JSON object");
        QTest::newRow("someone else's JSON") << QByteArray("{\"name\": \"my-app\", \"version\": \"1.0.0\"}")
                                             << QStringLiteral("not an edgekv-sandbox state file");
        QTest::newRow("a newer version")
            << QByteArray(R"({"format":"edgekv-sandbox-state","version":9,"accounts":{}})")
            << QStringLiteral("unsupported state file version 9");
        QTest::newRow("broken token")
            << QByteArray(
                   R"({"format":"edgekv-sandbox-state","version":1,"jwtKey":"a2V5","accounts":{"":{"cpcode":"1",)"
                   R"("initialized":true,"namespaces":[],"groups":[],"tokens":[{"name":"x"}]}}})")
            << QStringLiteral("tokens[0]");
        QTest::newRow("no JWT key") << QByteArray(
                                           R"({"format":"edgekv-sandbox-state","version":1,"accounts":{}})")
                                    << QStringLiteral("jwtKey");
    }

    void corruptOrForeignFileIsLeftUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        QVERIFY(writeAll(path, content));

        MockClock clock(SandboxHarness::defaultNow());
        SandboxOptions options = withStateFile(path);
        options.clock = &clock;
        {
            SandboxServer server(options);
            const QString error = server.loadState();
            QVERIFY(error.contains(path));
            QVERIFY2(error.contains(reason), qPrintable(error));
            // It refuses to serve rather than start empty and overwrite the file later.
            QVERIFY(!server.listen().isEmpty());
            QVERIFY(!server.isListening());
            // Changes made anyway are never written over the file.
            server.store().putNamespace(QString(), SandboxOptions::makeNamespace(QStringLiteral("x")));
            QCOMPARE(server.saveState(), QString());
            QTest::qWait(10);
        }
        QCOMPARE(readAll(path), content);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void emptyFileStartsFresh()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        QVERIFY(writeAll(path, "\n"));
        SandboxHarness harness(withStateFile(path));
        QVERIFY2(harness.startError().isEmpty(), qPrintable(harness.startError()));
        QCOMPARE(harness.post("/edgekv/v1/tokens", harness.createBody(QStringLiteral("t"))).status, 200);
        QVERIFY(readAll(path).contains("edgekv-sandbox-state"));
    }

    void writeFailuresAreReportedAndServingGoesOn()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing-dir/state.json"));
        SandboxHarness harness(withStateFile(path));
        QVERIFY2(harness.startError().isEmpty(), qPrintable(harness.startError()));
        QSignalSpy failed(&harness.server(), &SandboxServer::stateSaveFailed);
        QCOMPARE(harness.post("/edgekv/v1/tokens", harness.createBody(QStringLiteral("t"))).status, 200);
        QCOMPARE(failed.count(), 1);
        QVERIFY(harness.server().lastSaveError().contains(path));
        QCOMPARE(harness.get("/edgekv/v1/tokens/t").status, 200);
    }

    void stateFileReadsNothingWhenAbsent()
    {
        const StateFile::Content content = StateFile::read(QStringLiteral("/nonexistent/dir/state.json"));
        QVERIFY(!content.exists);
        QVERIFY(content.error.isEmpty());
        QTemporaryDir dir;
        QVERIFY(!StateFile::read(dir.path()).error.isEmpty()); // a directory
    }
};

QTEST_GUILESS_MAIN(TestSandboxState)
#include "tst_sandboxstate.moc"
