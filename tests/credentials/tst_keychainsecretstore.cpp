#include "CredentialsTestSupport.h"
#include "credentials/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutex>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace edgekv;
using namespace edgekv::test;
using namespace std::chrono_literals;

namespace {

constexpr int kWaitMs = 30000;

using Recorder = CallbackRecorder<SecretResult>;

} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private:
    QString m_service = uniqueName("edgekv-test-");
    // Secrets used by the tests: none may ever show up in a log line.
    QList<QByteArray> m_secrets;

    QByteArray newSecret()
    {
        m_secrets.append("s3cr3t+/=" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        return m_secrets.last();
    }

    void runUnavailableChild()
    {
        KeychainSecretStore store(m_service);
        // Far longer than the wait below: an answer proves the keychain error itself was reported.
        store.setTimeout(600s);
        QObject context;
        const QByteArray secret = newSecret();

        for (const char* operation : {"write", "read", "remove"}) {
            Recorder recorder;
            QElapsedTimer elapsed;
            qint64 answeredAfterMs = -1;
            const SecretCallback record = recorder.callback();
            const SecretCallback callback = [&](const SecretResult& result) {
                answeredAfterMs = elapsed.elapsed();
                record(result);
            };
            elapsed.start();
            if (qstrcmp(operation, "write") == 0)
                store.write(QStringLiteral("key"), secret, &context, callback);
            else if (qstrcmp(operation, "read") == 0)
                store.read(QStringLiteral("key"), &context, callback);
            else
                store.remove(QStringLiteral("key"), &context, callback);
            QTRY_COMPARE_WITH_TIMEOUT(recorder.calls, 1, kWaitMs);
            qInfo("keychain %s reported unavailable after %lld ms", operation, answeredAfterMs);
            QCOMPARE(recorder.result.status, SecretResult::Status::Unavailable);
            QVERIFY(recorder.result.data.isEmpty());
            QVERIFY(recorder.result.message.contains(QStringLiteral("unavailable")));
        }
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("edgekv.credentials.debug=true"));
        test::LogCapture::install();
    }

    void cleanup() { test::verifyNoSecretLogged(m_secrets); }

    void cleanupTestCase()
    {
        test::LogCapture::uninstall();
        test::clearKeychainService(m_service);
    }

    void writeReadOverwriteDelete()
    {
        REQUIRE_KEYRING();
        KeychainSecretStore store(m_service);
        QCOMPARE(store.timeout(), KeychainSecretStore::DefaultTimeout);
        QObject context;
        const QString key = uniqueName("key-");
        const QByteArray first = newSecret();
        const QByteArray second = newSecret();

        Recorder written;
        store.write(key, first, &context, written.callback());
        QCOMPARE(written.calls, 0); // never answered from inside the call
        QTRY_COMPARE_WITH_TIMEOUT(written.calls, 1, kWaitMs);
        QVERIFY2(written.result.ok(), qPrintable(written.result.message));

        QString listed = secretToolSearch(m_service);
        QVERIFY(listed.contains(QStringLiteral("attribute.user = ") + key));
        QVERIFY(listed.contains(QStringLiteral("attribute.server = ") + m_service));

        Recorder read;
        store.read(key, &context, read.callback());
        QTRY_COMPARE_WITH_TIMEOUT(read.calls, 1, kWaitMs);
        QVERIFY2(read.result.ok(), qPrintable(read.result.message));
        QVERIFY(read.result.data == first);

        Recorder overwritten;
        store.write(key, second, &context, overwritten.callback());
        QTRY_COMPARE_WITH_TIMEOUT(overwritten.calls, 1, kWaitMs);
        QVERIFY(overwritten.result.ok());
        Recorder reread;
        store.read(key, &context, reread.callback());
        QTRY_COMPARE_WITH_TIMEOUT(reread.calls, 1, kWaitMs);
        QVERIFY(reread.result.ok());
        QVERIFY(reread.result.data == second);
        listed = secretToolSearch(m_service);
        QCOMPARE(listed.count(QStringLiteral("attribute.user = ") + key), 1);

        Recorder removed;
        store.remove(key, &context, removed.callback());
        QTRY_COMPARE_WITH_TIMEOUT(removed.calls, 1, kWaitMs);
        QVERIFY2(removed.result.ok(), qPrintable(removed.result.message));
        QVERIFY(!secretToolSearch(m_service).contains(QStringLiteral("attribute.user = ") + key));

        Recorder missing;
        store.read(key, &context, missing.callback());
        QTRY_COMPARE_WITH_TIMEOUT(missing.calls, 1, kWaitMs);
        QCOMPARE(missing.result.status, SecretResult::Status::NotFound);
        QVERIFY(missing.result.data.isEmpty());
        QVERIFY(!missing.result.message.isEmpty());
    }

    void readMissingIsNotFoundAndRemoveMissingIsOk()
    {
        REQUIRE_KEYRING();
        KeychainSecretStore store(m_service);
        QObject context;
        const QString key = uniqueName("never-written-");

        Recorder read;
        store.read(key, &context, read.callback());
        QTRY_COMPARE_WITH_TIMEOUT(read.calls, 1, kWaitMs);
        QCOMPARE(read.result.status, SecretResult::Status::NotFound);

        Recorder removed;
        store.remove(key, &context, removed.callback());
        QTRY_COMPARE_WITH_TIMEOUT(removed.calls, 1, kWaitMs);
        QVERIFY2(removed.result.ok(), qPrintable(removed.result.message));
    }

    void servicesAreSeparate()
    {
        REQUIRE_KEYRING();
        KeychainSecretStore store(m_service);
        KeychainSecretStore other(m_service + QStringLiteral("-other"));
        QObject context;
        const QString key = uniqueName("shared-key-");

        Recorder written;
        store.write(key, newSecret(), &context, written.callback());
        QTRY_COMPARE_WITH_TIMEOUT(written.calls, 1, kWaitMs);
        QVERIFY(written.result.ok());
        Recorder read;
        other.read(key, &context, read.callback());
        QTRY_COMPARE_WITH_TIMEOUT(read.calls, 1, kWaitMs);
        QCOMPARE(read.result.status, SecretResult::Status::NotFound);

        Recorder removed;
        store.remove(key, &context, removed.callback());
        QTRY_COMPARE_WITH_TIMEOUT(removed.calls, 1, kWaitMs);
        QVERIFY(removed.result.ok());
    }

    // A real QtKeychain job that outlives its request: the timeout answers first and the job's own
    // answer, arriving later, reaches nobody. The store keeps working afterwards.
    void realJobAnsweringAfterTheTimeoutIsIgnored()
    {
        REQUIRE_KEYRING();
        KeychainSecretStore store(m_service);
        QObject context;
        const QString key = uniqueName("late-");
        const QByteArray secret = newSecret();

        store.setTimeout(0ms);
        Recorder written;
        store.write(key, secret, &context, written.callback());
        QTRY_COMPARE_WITH_TIMEOUT(written.calls, 1, kWaitMs);
        QVERIFY(written.result.ok() || written.result.status == SecretResult::Status::Unavailable);

        // QtKeychain runs its jobs one after another, so once this read answers the write has answered too.
        store.setTimeout(KeychainSecretStore::DefaultTimeout);
        Recorder read;
        store.read(key, &context, read.callback());
        QTRY_COMPARE_WITH_TIMEOUT(read.calls, 1, kWaitMs);
        QVERIFY(read.result.ok()); // a timed-out write may still land: the job cannot be cancelled
        QVERIFY(read.result.data == secret);
        QCOMPARE(written.calls, 1);

        Recorder removed;
        store.remove(key, &context, removed.callback());
        QTRY_COMPARE_WITH_TIMEOUT(removed.calls, 1, kWaitMs);
        QVERIFY(removed.result.ok());
    }

    void destroyedContextHearsNothing()
    {
        REQUIRE_KEYRING();
        KeychainSecretStore store(m_service);
        auto context = std::make_unique<QObject>();
        QObject witness;
        const QString key = uniqueName("ctx-");

        Recorder dropped;
        store.read(key, context.get(), dropped.callback());
        context.reset();
        Recorder after;
        store.read(key, &witness, after.callback());
        QTRY_COMPARE_WITH_TIMEOUT(after.calls, 1, kWaitMs);
        QCOMPARE(dropped.calls, 0);
    }

    void backendThatNeverAnswersTimesOut()
    {
        KeychainSecretStore::Request seen;
        SecretCallback late;
        QPointer<QObject> guard;
        KeychainSecretStore store(QStringLiteral("svc"), [&](const KeychainSecretStore::Request& request,
                                                             QObject* g, SecretCallback done) {
            seen = request;
            guard = g;
            late = std::move(done);
        });
        store.setTimeout(50ms);
        QObject context;
        const QByteArray secret = newSecret();

        Recorder written;
        store.write(QStringLiteral("k"), secret, &context, written.callback());
        QCOMPARE(seen.operation, KeychainSecretStore::Request::Operation::Write);
        QCOMPARE(seen.service, QStringLiteral("svc"));
        QCOMPARE(seen.key, QStringLiteral("k"));
        QVERIFY(seen.secret == secret);
        QTRY_COMPARE_WITH_TIMEOUT(written.calls, 1, kWaitMs);
        QCOMPARE(written.result.status, SecretResult::Status::Unavailable);
        QVERIFY(written.result.message.contains(QStringLiteral("did not answer")));

        // The request is gone; its late answer is dropped without a crash or a second callback.
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), kWaitMs);
        late(SecretResult::success("late"));
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(written.calls, 1);
    }

    void lateAnswerAfterTheStoreIsGoneIsIgnored()
    {
        SecretCallback late;
        auto store = std::make_unique<KeychainSecretStore>(
            QStringLiteral("svc"), [&](const KeychainSecretStore::Request&, QObject*, SecretCallback done) {
                late = std::move(done);
            });
        QObject context;
        Recorder read;
        store->read(QStringLiteral("k"), &context, read.callback());
        store.reset();
        late(SecretResult::success("late"));
        QCoreApplication::processEvents();
        QCOMPARE(read.calls, 0);
    }

    void answerFromInsideTheBackendIsStillAsynchronous()
    {
        KeychainSecretStore store(QStringLiteral("svc"),
                                  [](const KeychainSecretStore::Request&, QObject*, SecretCallback done) {
                                      done(SecretResult::notFound(QStringLiteral("none")));
                                  });
        QObject context;
        Recorder read;
        store.read(QStringLiteral("k"), &context, read.callback());
        QCOMPARE(read.calls, 0);
        QTRY_COMPARE_WITH_TIMEOUT(read.calls, 1, kWaitMs);
        QCOMPARE(read.result.status, SecretResult::Status::NotFound);
        QCoreApplication::processEvents();
        QCOMPARE(read.calls, 1);
    }

    // With no session bus at all, every operation reports Unavailable promptly. QtDBus and GDBus keep
    // the bus they found first, so this runs in a child process started with the bus disabled.
    void unavailableKeychain()
    {
        if (test::isBuslessChild()) {
            runUnavailableChild();
            return;
        }
        QByteArray output;
        test::runInBuslessChild(*this, "reported unavailable", &output);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(output.count("reported unavailable after"), 3);
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
