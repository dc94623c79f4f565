#include "CredentialsTestSupport.h"
#include "credentials/AccountStore.h"
#include "credentials/EdgercReader.h"
#include "credentials/KeychainSecretStore.h"
#include "credentials/MemorySecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QPointer>
#include <QProcess>
#include <QSaveFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <memory>

using namespace edgekv;
using namespace edgekv::test;
using namespace std::chrono_literals;

namespace {

constexpr int kWaitMs = 30000;

using Recorder = CallbackRecorder<AccountResult>;

Credentials sampleCredentials(const QString& tag)
{
    const QString unique = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Credentials credentials;
    credentials.host = QStringLiteral("akab-%1.luna.akamaiapis.net").arg(tag);
    credentials.clientToken = QStringLiteral("akab-client-token-") + unique;
    credentials.clientSecret = QStringLiteral("Cl1ent+Secret/") + unique + QStringLiteral("=");
    credentials.accessToken = QStringLiteral("akab-access-token-") + unique;
    credentials.accountSwitchKey = QStringLiteral("1-ABCDE:1-FGHIJ");
    credentials.maxBody = 65536;
    credentials.headersToSign = {QStringLiteral("X-First"), QStringLiteral("X-Second")};
    return credentials;
}

} // namespace

class TestAccountStore : public QObject
{
    Q_OBJECT

private:
    QString m_service = uniqueName("edgekv-test-accounts-");
    QList<QByteArray> m_secrets;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;

    Credentials newCredentials(const QString& tag)
    {
        const Credentials credentials = sampleCredentials(tag);
        m_secrets << credentials.clientSecret.toUtf8() << credentials.accessToken.toUtf8();
        return credentials;
    }

    QString settingsFile() const { return m_dir->filePath(QStringLiteral("accounts.conf")); }

    // Runs one callback-style operation of store and waits for its single answer.
    template<typename Operation> AccountResult await(Operation operation)
    {
        QObject context;
        Recorder recorder;
        operation(&context, recorder.callback());
        if (recorder.calls != 0) {
            QTest::qFail("answered from inside the call", __FILE__, __LINE__);
            return {};
        }
        const bool answered = QTest::qWaitFor([&] { return recorder.calls > 0; }, kWaitMs);
        QCoreApplication::processEvents();
        if (!answered || recorder.calls != 1) {
            QTest::qFail(answered ? "answered twice" : "no answer", __FILE__, __LINE__);
            return {AccountResult::Status::Failed, QStringLiteral("<no answer>"), {}};
        }
        return recorder.result;
    }

    AccountResult save(AccountStore& store, const QString& name, const Credentials& credentials)
    {
        return await([&](QObject* context, AccountCallback done) {
            store.saveKeychainProfile(name, credentials, context, std::move(done));
        });
    }
    AccountResult load(AccountStore& store, const QString& name)
    {
        return await([&](QObject* context, AccountCallback done) {
            store.loadCredentials(name, context, std::move(done));
        });
    }
    AccountResult remove(AccountStore& store, const QString& name)
    {
        return await(
            [&](QObject* context, AccountCallback done) { store.remove(name, context, std::move(done)); });
    }

    SecretResult readSecret(SecretStore& secrets, const QString& key)
    {
        QObject context;
        SecretResult result;
        int calls = 0;
        secrets.read(key, &context, [&](const SecretResult& answer) {
            result = answer;
            ++calls;
        });
        if (!QTest::qWaitFor([&] { return calls > 0; }, kWaitMs))
            QTest::qFail("no answer from the secret store", __FILE__, __LINE__);
        return result;
    }

    void runUnavailableChild()
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        // An account saved while the keychain still worked.
        settings.setValue(QStringLiteral("accounts/earlier/kind"), QStringLiteral("keychain"));
        settings.setValue(QStringLiteral("accounts/earlier/host"),
                          QStringLiteral("akab-earlier.luna.akamaiapis.net"));
        settings.sync();
        const QByteArray before = readAll(settingsFile());
        QVERIFY(!before.isEmpty());

        KeychainSecretStore keychain(m_service);
        keychain.setTimeout(600s); // an answer within the wait below comes from the keychain error itself
        AccountStore store(&settings, &keychain);
        QSignalSpy changed(&store, &AccountStore::profilesChanged);
        const Credentials credentials = newCredentials(QStringLiteral("unavailable"));

        QElapsedTimer elapsed;
        elapsed.start();
        const AccountResult saved = save(store, QStringLiteral("new"), credentials);
        qInfo("saveKeychainProfile reported the keychain unavailable after %lld ms", elapsed.elapsed());
        QCOMPARE(saved.status, AccountResult::Status::KeychainUnavailable);
        QVERIFY(!saved.message.isEmpty());
        QVERIFY(!saved.message.contains(credentials.clientSecret));
        QVERIFY(!store.contains(QStringLiteral("new")));
        settings.sync();
        QCOMPARE(readAll(settingsFile()), before);

        const AccountResult loaded = load(store, QStringLiteral("earlier"));
        QCOMPARE(loaded.status, AccountResult::Status::KeychainUnavailable);
        const AccountResult removed = remove(store, QStringLiteral("earlier"));
        QCOMPARE(removed.status, AccountResult::Status::KeychainUnavailable);
        QVERIFY(store.contains(QStringLiteral("earlier")));
        settings.sync();
        QCOMPARE(readAll(settingsFile()), before);
        QCOMPARE(changed.count(), 0);
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("edgekv.credentials.debug=true"));
        test::LogCapture::install();
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<QSettings>(settingsFile(), QSettings::IniFormat);
    }

    void cleanup()
    {
        m_settings.reset();
        m_dir.reset();
        test::verifyNoSecretLogged(m_secrets);
    }

    void cleanupTestCase()
    {
        test::LogCapture::uninstall();
        test::clearKeychainService(m_service);
    }

    void keychainProfileRoundTrip()
    {
        REQUIRE_KEYRING();
        KeychainSecretStore keychain(m_service);
        AccountStore store(m_settings.get(), &keychain);
        QSignalSpy changed(&store, &AccountStore::profilesChanged);
        const QString name = QStringLiteral("Production account");
        const Credentials credentials = newCredentials(QStringLiteral("prod"));

        const AccountResult saved = save(store, name, credentials);
        QVERIFY2(saved.ok(), qPrintable(saved.message));
        QCOMPARE(changed.count(), 1);

        const QList<AccountProfile> profiles = store.list();
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(profiles.first(),
                 AccountProfile::fromCredentials(name, AccountProfile::Kind::Keychain, credentials));
        QVERIFY(secretToolSearch(m_service).contains(QStringLiteral("attribute.user = ") +
                                                     AccountStore::secretKey(name)));

        // A second store on the same settings file and keychain: what a restarted app sees.
        KeychainSecretStore keychainAgain(m_service);
        QSettings settingsAgain(settingsFile(), QSettings::IniFormat);
        AccountStore restarted(&settingsAgain, &keychainAgain);
        QCOMPARE(restarted.list(), profiles);
        const AccountResult loaded = load(restarted, name);
        QVERIFY2(loaded.ok(), qPrintable(loaded.message));
        QVERIFY(loaded.credentials == credentials);

        const AccountResult removed = remove(store, name);
        QVERIFY2(removed.ok(), qPrintable(removed.message));
        QCOMPARE(changed.count(), 2);
        QVERIFY(store.list().isEmpty());
        settingsAgain.sync();
        QVERIFY(settingsAgain.childGroups().isEmpty() ||
                !settingsAgain.childGroups().contains(AccountStore::settingsGroup()));
        QVERIFY(!readAll(settingsFile()).contains(credentials.host.toUtf8()));
        QCOMPARE(readSecret(keychain, AccountStore::secretKey(name)).status, SecretResult::Status::NotFound);
        QVERIFY(!secretToolSearch(m_service).contains(QStringLiteral("attribute.user = ") +
                                                      AccountStore::secretKey(name)));

        const AccountResult loadedAfter = load(store, name);
        QCOMPARE(loadedAfter.status, AccountResult::Status::Failed);
    }

    void noSecretInAnyFileAfterKeychainSave()
    {
        REQUIRE_KEYRING();
        // The store as the app makes it: its own settings file in XDG_CONFIG_HOME and the system keychain
        // (here the throwaway one of run-tests.sh).
        AccountStore store;
        const QString settingsPath = AccountStore::createDefaultSettings()->fileName();
        const QString xdgConfig = qEnvironmentVariable("XDG_CONFIG_HOME");
        QVERIFY(!xdgConfig.isEmpty());
        QCOMPARE(settingsPath, xdgConfig + QStringLiteral("/EdgeKV/EdgeKV Token Manager.conf"));
        const QString name = uniqueName("scan-");
        const Credentials credentials = newCredentials(QStringLiteral("scan"));

        const AccountResult saved = save(store, name, credentials);
        QVERIFY2(saved.ok(), qPrintable(saved.message));
        // saveKeychainProfile() synced the settings file before it answered.
        QVERIFY(readAll(settingsPath).contains(credentials.host.toUtf8()));

        int scanned = 0;
        const QStringList hits =
            filesContaining(xdgRoots(),
                            {credentials.clientSecret.toUtf8(), credentials.accessToken.toUtf8(),
                             credentials.clientToken.toUtf8()},
                            &scanned);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QStringLiteral(", "))));
        QVERIFY(scanned >= 1);

        // The scan does find a secret that is there.
        const QString planted = QDir(xdgConfig).filePath(uniqueName("planted-"));
        QVERIFY(writeFile(planted, "x=" + credentials.accessToken.toUtf8().toBase64() + "\n"));
        int rescanned = 0;
        const QStringList found = filesContaining(xdgRoots(), {credentials.accessToken.toUtf8()}, &rescanned);
        QVERIFY(QFile::remove(planted));
        QCOMPARE(found, QStringList{planted});
        qInfo("scanned %d files under %s", scanned, qPrintable(xdgRoots().join(QStringLiteral(", "))));

        const AccountResult removed = remove(store, name);
        QVERIFY2(removed.ok(), qPrintable(removed.message));
    }

    void keychainUnavailableWritesNothing()
    {
        KeychainSecretStore keychain(QStringLiteral("svc"),
                                     [](const KeychainSecretStore::Request&, QObject*, SecretCallback done) {
                                         done(SecretResult::unavailable(QStringLiteral("no keychain here")));
                                     });
        AccountStore store(m_settings.get(), &keychain);
        QSignalSpy changed(&store, &AccountStore::profilesChanged);

        const AccountResult saved = save(store, QStringLiteral("a"), newCredentials(QStringLiteral("a")));
        QCOMPARE(saved.status, AccountResult::Status::KeychainUnavailable);
        QCOMPARE(saved.message, QStringLiteral("no keychain here"));
        QVERIFY(store.list().isEmpty());
        QCOMPARE(changed.count(), 0);
        m_settings->sync();
        QVERIFY(readAll(settingsFile()).isEmpty());
    }

    void keychainThatNeverAnswersWritesNothing()
    {
        SecretCallback late;
        KeychainSecretStore keychain(QStringLiteral("svc"),
                                     [&](const KeychainSecretStore::Request&, QObject*, SecretCallback done) {
                                         late = std::move(done);
                                     });
        keychain.setTimeout(50ms);
        AccountStore store(m_settings.get(), &keychain);

        const AccountResult saved = save(store, QStringLiteral("a"), newCredentials(QStringLiteral("a")));
        QCOMPARE(saved.status, AccountResult::Status::KeychainUnavailable);
        late(SecretResult::success());
        QCoreApplication::processEvents();
        QVERIFY(store.list().isEmpty());
        m_settings->sync();
        QVERIFY(readAll(settingsFile()).isEmpty());
    }

    // The real keychain with no session bus at all, in a child process (the bus is chosen once per
    // process): the store answers promptly and writes nothing to the settings file.
    void unavailableKeychain()
    {
        if (test::isBuslessChild()) {
            runUnavailableChild();
            return;
        }
        QByteArray output;
        test::runInBuslessChild(*this, "reported the keychain unavailable", &output);
    }

    void linkedProfileReadsTheFileWhenUsed()
    {
        MemorySecretStore keychain;
        AccountStore store(m_settings.get(), &keychain);
        const QString edgerc = m_dir->filePath(QStringLiteral("edgerc"));
        const Credentials first = newCredentials(QStringLiteral("linked"));
        const auto edgercText = [](const Credentials& c) {
            return QStringLiteral(
                       "[default]\nclient_secret = %1\nhost = %2\naccess_token = %3\nclient_token = %4\n"
                       "\n[broken]\nhost = akab-broken.luna.akamaiapis.net\n")
                .arg(c.clientSecret, c.host, c.accessToken, c.clientToken)
                .toUtf8();
        };
        QVERIFY(writeFile(edgerc, edgercText(first)));

        QCOMPARE(store.saveLinkedProfile(QStringLiteral("linked"), edgerc, QString()), QString());
        QCOMPARE(store.saveLinkedProfile(QStringLiteral("broken"), edgerc, QStringLiteral("broken")),
                 QString());
        const auto profile = store.profile(QStringLiteral("linked"));
        QVERIFY(profile);
        QCOMPARE(profile->kind, AccountProfile::Kind::LinkedEdgerc);
        QCOMPARE(profile->edgercPath, edgerc);
        QCOMPARE(profile->edgercSection, QStringLiteral("default"));
        QCOMPARE(profile->host, QString());

        // Only the path and the section are stored.
        m_settings->beginGroup(AccountStore::settingsGroup() + QStringLiteral("/linked"));
        QStringList keys = m_settings->childKeys();
        m_settings->endGroup();
        keys.sort();
        QCOMPARE(keys, QStringList({QStringLiteral("edgercPath"), QStringLiteral("edgercSection"),
                                    QStringLiteral("kind")}));
        m_settings->sync();
        const QByteArray stored = readAll(settingsFile());
        QVERIFY(!stored.contains(first.clientSecret.toUtf8()));
        QVERIFY(!stored.contains(first.accessToken.toUtf8()));
        QVERIFY(!stored.contains(first.host.toUtf8()));

        AccountResult loaded = load(store, QStringLiteral("linked"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.message));
        QCOMPARE(loaded.credentials.host, first.host);
        QCOMPARE(loaded.credentials.clientToken, first.clientToken);
        QVERIFY(loaded.credentials.clientSecret == first.clientSecret);
        QVERIFY(loaded.credentials.accessToken == first.accessToken);
        QCOMPARE(loaded.credentials.maxBody, Credentials::DefaultMaxBody);

        // Editing the file changes what is loaded.
        const Credentials second = newCredentials(QStringLiteral("edited"));
        QVERIFY(writeFile(edgerc, edgercText(second)));
        loaded = load(store, QStringLiteral("linked"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.message));
        QCOMPARE(loaded.credentials.host, second.host);
        QVERIFY(loaded.credentials.accessToken == second.accessToken);

        // A broken section gives the loader's own message.
        const auto expected = EdgercLoader::load(edgerc, QStringLiteral("broken"), QProcessEnvironment());
        QVERIFY(std::holds_alternative<EdgercError>(expected));
        const AccountResult broken = load(store, QStringLiteral("broken"));
        QCOMPARE(broken.status, AccountResult::Status::Failed);
        QCOMPARE(broken.message, std::get<EdgercError>(expected).text());

        // So does a file that has gone.
        QVERIFY(QFile::remove(edgerc));
        const AccountResult gone = load(store, QStringLiteral("linked"));
        QCOMPARE(gone.status, AccountResult::Status::Failed);
        QVERIFY(gone.message.contains(QStringLiteral("edgerc")));

        QVERIFY(remove(store, QStringLiteral("linked")).ok());
        QVERIFY(!store.contains(QStringLiteral("linked")));
        QVERIFY(store.contains(QStringLiteral("broken")));
    }

    void linkedProfilePathIsAbsolute()
    {
        MemorySecretStore keychain;
        AccountStore store(m_settings.get(), &keychain);
        QCOMPARE(store.saveLinkedProfile(QStringLiteral("home"), QStringLiteral("~/.edgerc"),
                                         QStringLiteral("ccu")),
                 QString());
        QCOMPARE(store.profile(QStringLiteral("home"))->edgercPath,
                 QDir::homePath() + QStringLiteral("/.edgerc"));
        QCOMPARE(store.profile(QStringLiteral("home"))->edgercSection, QStringLiteral("ccu"));
        QVERIFY(
            !store.saveLinkedProfile(QStringLiteral("nothing"), QStringLiteral("  "), QString()).isEmpty());
        QVERIFY(!store.contains(QStringLiteral("nothing")));
    }

    void sessionProfileLivesInMemoryOnly()
    {
        MemorySecretStore keychain;
        AccountStore store(m_settings.get(), &keychain);
        QSignalSpy changed(&store, &AccountStore::profilesChanged);
        const Credentials credentials = newCredentials(QStringLiteral("sandbox"));

        QCOMPARE(store.addSessionProfile(QStringLiteral("Local sandbox"), credentials), QString());
        QCOMPARE(changed.count(), 1);
        const QList<AccountProfile> profiles = store.list();
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(profiles.first(),
                 AccountProfile::fromCredentials(QStringLiteral("Local sandbox"),
                                                 AccountProfile::Kind::SessionOnly, credentials));
        const AccountResult loaded = load(store, QStringLiteral("Local sandbox"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.message));
        QVERIFY(loaded.credentials == credentials);

        QCOMPARE(keychain.size(), 0);
        m_settings->sync();
        QVERIFY(!readAll(settingsFile()).contains("sandbox"));
        QSettings other(settingsFile(), QSettings::IniFormat);
        AccountStore otherStore(&other, &keychain);
        QVERIFY(otherStore.list().isEmpty());

        QVERIFY(remove(store, QStringLiteral("Local sandbox")).ok());
        QVERIFY(store.list().isEmpty());
        QCOMPARE(load(store, QStringLiteral("Local sandbox")).status, AccountResult::Status::Failed);
    }

    void sessionProfileCannotShadowASavedOne()
    {
        MemorySecretStore keychain;
        AccountStore store(m_settings.get(), &keychain);
        QVERIFY(save(store, QStringLiteral("prod"), newCredentials(QStringLiteral("prod"))).ok());
        QVERIFY(!store.addSessionProfile(QStringLiteral("prod"), newCredentials(QStringLiteral("other")))
                     .isEmpty());
        QCOMPARE(store.list().size(), 1);
        QCOMPARE(store.list().first().kind, AccountProfile::Kind::Keychain);
    }

    void savingUnderTheSameNameReplaces()
    {
        MemorySecretStore keychain;
        AccountStore store(m_settings.get(), &keychain);
        const QString key = AccountStore::secretKey(QStringLiteral("acct"));

        QCOMPARE(store.addSessionProfile(QStringLiteral("acct"), newCredentials(QStringLiteral("session"))),
                 QString());
        const Credentials first = newCredentials(QStringLiteral("first"));
        QVERIFY(save(store, QStringLiteral("acct"), first).ok());
        QCOMPARE(store.list().size(), 1);
        QCOMPARE(store.list().first().kind, AccountProfile::Kind::Keychain);

        Credentials second = newCredentials(QStringLiteral("second"));
        second.accountSwitchKey.clear();
        second.headersToSign.clear();
        QVERIFY(save(store, QStringLiteral("acct"), second).ok());
        QCOMPARE(store.list().size(), 1);
        QCOMPARE(store.list().first(), AccountProfile::fromCredentials(
                                           QStringLiteral("acct"), AccountProfile::Kind::Keychain, second));
        const AccountResult loaded = load(store, QStringLiteral("acct"));
        QVERIFY(loaded.ok());
        QVERIFY(loaded.credentials == second);

        // Linking the name to an .edgerc drops the keychain secrets it no longer needs.
        QVERIFY(keychain.contains(key));
        QCOMPARE(store.saveLinkedProfile(QStringLiteral("acct"), m_dir->filePath(QStringLiteral("edgerc")),
                                         QStringLiteral("default")),
                 QString());
        QTRY_VERIFY_WITH_TIMEOUT(!keychain.contains(key), kWaitMs);
        QCOMPARE(store.list().size(), 1);
        QCOMPARE(store.list().first().kind, AccountProfile::Kind::LinkedEdgerc);
        m_settings->sync();
        QVERIFY(!readAll(settingsFile()).contains(second.host.toUtf8()));
    }

    void invalidInputWritesNothing()
    {
        MemorySecretStore keychain;
        AccountStore store(m_settings.get(), &keychain);
        const Credentials good = newCredentials(QStringLiteral("good"));
        Credentials incomplete = good;
        incomplete.clientSecret.clear();
        Credentials plainRemote = good;
        plainRemote.plainHttp = true;

        for (const QString& name : {QString(), QStringLiteral("  "), QStringLiteral("a/b"),
                                    QStringLiteral("a\\b"), QStringLiteral(" padded")}) {
            const AccountResult saved = save(store, name, good);
            QCOMPARE(saved.status, AccountResult::Status::Failed);
            QVERIFY(!saved.message.isEmpty());
            QVERIFY(!store.saveLinkedProfile(name, QStringLiteral("/tmp/edgerc"), QString()).isEmpty());
            QVERIFY(!store.addSessionProfile(name, good).isEmpty());
        }
        const AccountResult missing = save(store, QStringLiteral("x"), incomplete);
        QCOMPARE(missing.status, AccountResult::Status::Failed);
        QVERIFY(missing.message.contains(QStringLiteral("client_secret")));
        QCOMPARE(save(store, QStringLiteral("x"), plainRemote).status, AccountResult::Status::Failed);
        QVERIFY(!store.addSessionProfile(QStringLiteral("x"), incomplete).isEmpty());

        QVERIFY(store.list().isEmpty());
        QCOMPARE(keychain.size(), 0);
        m_settings->sync();
        QVERIFY(readAll(settingsFile()).isEmpty());
    }

    void missingOrDamagedKeychainEntry()
    {
        MemorySecretStore keychain;
        AccountStore store(m_settings.get(), &keychain);
        const Credentials credentials = newCredentials(QStringLiteral("damaged"));
        QVERIFY(save(store, QStringLiteral("acct"), credentials).ok());
        const QString key = AccountStore::secretKey(QStringLiteral("acct"));

        QObject context;
        bool written = false;
        keychain.write(key, "{not json", &context, [&](const SecretResult&) { written = true; });
        QTRY_VERIFY_WITH_TIMEOUT(written, kWaitMs);
        const AccountResult damaged = load(store, QStringLiteral("acct"));
        QCOMPARE(damaged.status, AccountResult::Status::Failed);
        QVERIFY(damaged.message.contains(QStringLiteral("acct")));

        bool removed = false;
        keychain.remove(key, &context, [&](const SecretResult&) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, kWaitMs);
        const AccountResult missing = load(store, QStringLiteral("acct"));
        QCOMPARE(missing.status, AccountResult::Status::Failed);
        QVERIFY(missing.message.contains(QStringLiteral("acct")));

        QCOMPARE(load(store, QStringLiteral("nobody")).status, AccountResult::Status::Failed);
        QCOMPARE(remove(store, QStringLiteral("nobody")).status, AccountResult::Status::Failed);
    }

    void destroyedContextHearsNothing()
    {
        MemorySecretStore keychain;
        AccountStore store(m_settings.get(), &keychain);
        auto context = std::make_unique<QObject>();
        int calls = 0;
        store.saveKeychainProfile(QStringLiteral("acct"), newCredentials(QStringLiteral("ctx")),
                                  context.get(), [&](const AccountResult&) { ++calls; });
        context.reset();
        QTRY_VERIFY_WITH_TIMEOUT(store.contains(QStringLiteral("acct")), kWaitMs);
        QCoreApplication::processEvents();
        QCOMPARE(calls, 0);
    }

    void unknownGroupsAreNotAccounts()
    {
        m_settings->setValue(QStringLiteral("accounts/odd/kind"), QStringLiteral("something-new"));
        m_settings->setValue(QStringLiteral("accounts/nokind/host"), QStringLiteral("h"));
        MemorySecretStore keychain;
        AccountStore store(m_settings.get(), &keychain);
        QVERIFY(store.list().isEmpty());
        QVERIFY(!store.contains(QStringLiteral("odd")));
    }
};

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
