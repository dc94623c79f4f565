#include "credentials/MemorySecretStore.h"

#include <QCoreApplication>
#include <QTest>

#include <memory>

using namespace edgekv;

namespace {

constexpr int kWaitMs = 30000;

struct Recorder
{
    int calls = 0;
    SecretResult result;

    SecretCallback callback()
    {
        return [this](const SecretResult& answer) {
            ++calls;
            result = answer;
        };
    }
};

} // namespace

class TestMemorySecretStore : public QObject
{
    Q_OBJECT

private slots:
    void writeReadOverwriteRemove()
    {
        MemorySecretStore store;
        QObject context;

        Recorder missing;
        store.read(QStringLiteral("k"), &context, missing.callback());
        QCOMPARE(missing.calls, 0); // never from inside the call
        QTRY_COMPARE_WITH_TIMEOUT(missing.calls, 1, kWaitMs);
        QCOMPARE(missing.result.status, SecretResult::Status::NotFound);

        Recorder written;
        store.write(QStringLiteral("k"), "first", &context, written.callback());
        QVERIFY(store.contains(QStringLiteral("k"))); // kept at once
        QTRY_COMPARE_WITH_TIMEOUT(written.calls, 1, kWaitMs);
        QVERIFY(written.result.ok());

        Recorder overwritten;
        store.write(QStringLiteral("k"), "second", &context, overwritten.callback());
        QTRY_COMPARE_WITH_TIMEOUT(overwritten.calls, 1, kWaitMs);
        QCOMPARE(store.size(), 1);

        Recorder read;
        store.read(QStringLiteral("k"), &context, read.callback());
        QTRY_COMPARE_WITH_TIMEOUT(read.calls, 1, kWaitMs);
        QVERIFY(read.result.ok());
        QCOMPARE(read.result.data, QByteArray("second"));

        Recorder removed;
        store.remove(QStringLiteral("k"), &context, removed.callback());
        QVERIFY(!store.contains(QStringLiteral("k")));
        QTRY_COMPARE_WITH_TIMEOUT(removed.calls, 1, kWaitMs);
        QVERIFY(removed.result.ok());

        Recorder removedAgain;
        store.remove(QStringLiteral("k"), &context, removedAgain.callback());
        QTRY_COMPARE_WITH_TIMEOUT(removedAgain.calls, 1, kWaitMs);
        QVERIFY(removedAgain.result.ok());
        QCOMPARE(store.size(), 0);
    }

    void storesAreSeparate()
    {
        MemorySecretStore one;
        MemorySecretStore two;
        QObject context;
        Recorder written;
        one.write(QStringLiteral("k"), "v", &context, written.callback());
        QTRY_COMPARE_WITH_TIMEOUT(written.calls, 1, kWaitMs);
        Recorder read;
        two.read(QStringLiteral("k"), &context, read.callback());
        QTRY_COMPARE_WITH_TIMEOUT(read.calls, 1, kWaitMs);
        QCOMPARE(read.result.status, SecretResult::Status::NotFound);
    }

    void destroyedContextHearsNothing()
    {
        MemorySecretStore store;
        auto context = std::make_unique<QObject>();
        QObject witness;
        Recorder dropped;
        Recorder after;
        store.write(QStringLiteral("k"), "v", context.get(), dropped.callback());
        context.reset();
        store.read(QStringLiteral("k"), &witness, after.callback());
        QTRY_COMPARE_WITH_TIMEOUT(after.calls, 1, kWaitMs);
        QCOMPARE(dropped.calls, 0);
        QCOMPARE(after.result.data, QByteArray("v"));
    }
};

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
