#include "SandboxServer.h"
#include "accounts/AccountEditDialog.h"
#include "accounts/AccountsDialog.h"
#include "accounts/ConnectionTester.h"
#include "tst_accounts_support.h"
#include "util/Clock.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTimeZone>

using namespace edgekv;
using namespace edgekv::test;

using Status = ConnectionTester::Result::Status;

namespace {

// The sandbox in-process on 127.0.0.1 over plain HTTP, with one accepted API client.
struct Sandbox
{
    explicit Sandbox(const Clock* clock = nullptr, int latencyMs = 0)
    {
        SandboxOptions options;
        options.clients = {client};
        options.clock = clock;
        options.latencyMs = latencyMs;
        server = std::make_unique<SandboxServer>(options);
        startError = server->listen();
    }

    void addToken(const QString& accountSwitchKey, const QString& name, bool expiredLegacy = false)
    {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        SandboxToken token;
        token.name = name;
        token.uuid = SandboxStore::newUuid();
        token.allowOnStaging = true;
        token.namespacePermissions.insert(QStringLiteral("default"), {QStringLiteral("r")});
        token.cpcode = QStringLiteral("1234567");
        token.issueDate = today.addDays(-60);
        token.createdAtUtc = QDateTime(token.issueDate, QTime(12, 0), QTimeZone::utc());
        if (expiredLegacy) {
            token.model = TokenModel::Legacy;
            token.expiry = today.addDays(-1);
        } else {
            token.expiry = SandboxToken::enhancedExpiry();
            token.activationCompleteAtUtc = token.createdAtUtc;
        }
        server->store().addToken(accountSwitchKey, token);
    }

    Credentials credentials() const { return server->credentialsFor(client); }

    SandboxClient client = SandboxClient::generate();
    std::unique_ptr<SandboxServer> server;
    QString startError;
};

} // namespace

class TestAccountsConnection : public QObject
{
    Q_OBJECT

private:
    struct Harness
    {
        TestStore test;
        std::unique_ptr<AccountsDialog> dialog;
        ConnectionTester* tester = nullptr;
        QPushButton* testButton = nullptr;
        QPushButton* cancelButton = nullptr;
        QLabel* message = nullptr;

        explicit Harness(TestStore::Keychain keychain = TestStore::Keychain::Memory) : test(keychain) {}

        void open()
        {
            dialog = std::make_unique<AccountsDialog>(test.store.get());
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
            tester = dialog->connectionTester();
            testButton = dialog->findChild<QPushButton*>(QStringLiteral("testButton"));
            cancelButton = tester->findChild<QPushButton*>(QStringLiteral("cancelButton"));
            message = tester->findChild<QLabel*>(QStringLiteral("message"));
        }

        // Adds a session-only account with credentials, selects it and clicks Test Connection.
        void test_(const QString& name, const Credentials& credentials)
        {
            QCOMPARE(test.store->addSessionProfile(name, credentials), QString());
            if (!dialog)
                open();
            dialog->setCurrentAccount(name);
            QCOMPARE(dialog->currentAccount(), name);
            click(testButton);
        }

        ConnectionTester::Result waitForResult()
        {
            [&] {
                QTRY_VERIFY_WITH_TIMEOUT(!tester->isRunning(), kWaitMs);
            }();
            return tester->result();
        }
    };

private slots:
    void okWithTheTokenCount()
    {
        Sandbox sandbox;
        QVERIFY2(sandbox.startError.isEmpty(), qPrintable(sandbox.startError));
        sandbox.addToken({}, QStringLiteral("first"));
        sandbox.addToken({}, QStringLiteral("second"));
        sandbox.addToken({}, QStringLiteral("old"), true);

        Harness h;
        h.test_(QStringLiteral("sandbox"), sandbox.credentials());
        // Progress while waiting; nothing else can be started.
        QVERIFY(h.tester->isRunning());
        QVERIFY(h.tester->isVisible());
        QVERIFY(h.cancelButton->isVisible());
        QVERIFY(!h.testButton->isEnabled());
        QVERIFY(!h.dialog->findChild<QPushButton*>(QStringLiteral("removeButton"))->isEnabled());
        // First the credentials are read, then the host is called.
        QTRY_VERIFY_WITH_TIMEOUT(h.message->text().contains(sandbox.credentials().host), kWaitMs);

        const auto result = h.waitForResult();
        QCOMPARE(result.status, Status::Ok);
        QCOMPARE(result.tokenCount, 3);
        QCOMPARE(result.expiredCount, 1);
        QVERIFY2(h.message->text().contains(QStringLiteral("has 3 EdgeKV token")) &&
                     h.message->text().contains(QStringLiteral("1 expired")),
                 qPrintable(h.message->text()));
        QVERIFY(!h.cancelButton->isVisible());
        QVERIFY(h.testButton->isEnabled());
        shoot(h.dialog.get(), QStringLiteral("accounts-test-ok"));
    }

    void badSecretNamesTheSignature()
    {
        Sandbox sandbox;
        QVERIFY2(sandbox.startError.isEmpty(), qPrintable(sandbox.startError));
        Credentials credentials = sandbox.credentials();
        credentials.clientSecret = SandboxClient::generate().clientSecret;
        Harness h;
        h.test_(QStringLiteral("bad secret"), credentials);
        const auto result = h.waitForResult();
        QCOMPARE(result.status, Status::Refused);
        QCOMPARE(result.error.status, 401);
        QCOMPARE(result.error.cause(), ApiError::Cause::SignatureMismatch);
        QVERIFY2(h.message->text().contains(QStringLiteral("signature")), qPrintable(h.message->text()));
        QVERIFY(!h.message->text().contains(credentials.clientSecret));
        shoot(h.dialog.get(), QStringLiteral("accounts-test-bad-secret"));
    }

    void unknownClientTokenSaysSo()
    {
        Sandbox sandbox;
        QVERIFY2(sandbox.startError.isEmpty(), qPrintable(sandbox.startError));
        Credentials credentials = sandbox.credentials();
        credentials.clientToken = SandboxClient::generate().clientToken;
        Harness h;
        h.test_(QStringLiteral("unknown"), credentials);
        const auto result = h.waitForResult();
        QCOMPARE(result.status, Status::Refused);
        QCOMPARE(result.error.cause(), ApiError::Cause::InactiveClientToken);
        QVERIFY2(h.message->text().contains(QStringLiteral("client token")), qPrintable(h.message->text()));
    }

    void clockSkewIsNamed()
    {
        MockClock past(QDateTime::currentDateTimeUtc().addSecs(-3 * 3600));
        Sandbox sandbox(&past);
        QVERIFY2(sandbox.startError.isEmpty(), qPrintable(sandbox.startError));
        Harness h;
        h.test_(QStringLiteral("skewed"), sandbox.credentials());
        const auto result = h.waitForResult();
        QCOMPARE(result.status, Status::ClockSkew);
        QVERIFY2(h.message->text().contains(QStringLiteral("clock")), qPrintable(h.message->text()));
    }

    void noNetworkIsNamed()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        Credentials credentials = Sandbox().credentials();
        credentials.host = QStringLiteral("127.0.0.1:%1").arg(port);
        Harness h;
        h.test_(QStringLiteral("offline"), credentials);
        const auto result = h.waitForResult();
        QCOMPARE(result.status, Status::NoNetwork);
        QVERIFY2(h.message->text().contains(credentials.host), qPrintable(h.message->text()));
    }

    void timeoutIsNamedAndCancelWorks()
    {
        Sandbox slow(nullptr, 20000);
        QVERIFY2(slow.startError.isEmpty(), qPrintable(slow.startError));
        Harness h;
        h.open();
        ApiClientSettings quick;
        quick.timeoutMs = 300;
        quick.maxTries = 1;
        h.tester->setClientSettings(quick);
        h.test_(QStringLiteral("slow"), slow.credentials());
        QCOMPARE(h.waitForResult().status, Status::Timeout);
        QVERIFY2(h.message->text().contains(QStringLiteral("answer")), qPrintable(h.message->text()));

        // Cancel: the button, then Esc, which stops the test and leaves the dialog open.
        ApiClientSettings patient;
        patient.timeoutMs = kWaitMs;
        patient.maxTries = 1;
        h.tester->setClientSettings(patient);
        click(h.testButton);
        QVERIFY(h.tester->isRunning());
        click(h.cancelButton);
        QVERIFY(!h.tester->isRunning());
        QCOMPARE(h.tester->result().status, Status::Cancelled);
        QVERIFY(h.testButton->isEnabled());

        click(h.testButton);
        QVERIFY(h.tester->isRunning());
        QTest::keyClick(h.dialog.get(), Qt::Key_Escape);
        QCOMPARE(h.tester->result().status, Status::Cancelled);
        QVERIFY(h.dialog->isVisible());
        QTest::keyClick(h.dialog.get(), Qt::Key_Escape);
        QVERIFY(!h.dialog->isVisible());
    }

    // The account switch key goes with the call: the count is the switched-to account's.
    void accountSwitchKeyIsApplied()
    {
        Sandbox sandbox;
        QVERIFY2(sandbox.startError.isEmpty(), qPrintable(sandbox.startError));
        sandbox.addToken({}, QStringLiteral("own"));
        sandbox.addToken(QStringLiteral("1-SWITCH"), QStringLiteral("theirs-1"));
        sandbox.addToken(QStringLiteral("1-SWITCH"), QStringLiteral("theirs-2"));
        Credentials credentials = sandbox.credentials();
        credentials.accountSwitchKey = QStringLiteral("1-SWITCH");
        Harness h;
        h.test_(QStringLiteral("partner"), credentials);
        const auto result = h.waitForResult();
        QCOMPARE(result.status, Status::Ok);
        QCOMPARE(result.tokenCount, 2);
        QVERIFY2(h.message->text().contains(QStringLiteral("as account 1-SWITCH")),
                 qPrintable(h.message->text()));
    }

    // The add form tests what was typed, before anything is saved.
    void theFormTestsBeforeSaving()
    {
        Sandbox sandbox;
        QVERIFY2(sandbox.startError.isEmpty(), qPrintable(sandbox.startError));
        sandbox.addToken({}, QStringLiteral("only"));
        TestStore test;
        AccountEditDialog dialog(test.store.get());
        dialog.setAccountName(QStringLiteral("local"));
        dialog.setCredentials(sandbox.credentials());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QPushButton* testButton = nullptr;
        for (QAbstractButton* button : dialog.findChild<QDialogButtonBox*>()->buttons()) {
            if (button->text() == AccountEditDialog::tr("Test &Connection"))
                testButton = static_cast<QPushButton*>(button);
        }
        click(testButton);
        QVERIFY(!dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.connectionTester()->isRunning(), kWaitMs);
        QCOMPARE(dialog.connectionTester()->result().status, Status::Ok);
        QCOMPARE(dialog.connectionTester()->result().tokenCount, 1);
        QVERIFY(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->isEnabled());
        QVERIFY(test.store->list().isEmpty());
        shoot(&dialog, QStringLiteral("account-edit-tested"));
    }

    // A keychain account: its secrets are read from the real keychain first.
    void keychainAccountIsReadThenTested()
    {
        REQUIRE_KEYRING();
        Sandbox sandbox;
        QVERIFY2(sandbox.startError.isEmpty(), qPrintable(sandbox.startError));
        Harness h(TestStore::Keychain::Real);
        bool saved = false;
        QObject context;
        h.test.store->saveKeychainProfile(QStringLiteral("kept"), sandbox.credentials(), &context,
                                          [&](const AccountResult& r) { saved = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(saved, kWaitMs);
        h.open();
        h.dialog->setCurrentAccount(QStringLiteral("kept"));
        click(h.testButton);
        QCOMPARE(h.waitForResult().status, Status::Ok);
        verifyNoSecretsOnDisk({sandbox.client.clientSecret.toUtf8(), sandbox.client.accessToken.toUtf8()});
    }
};

QTEST_MAIN(TestAccountsConnection)
#include "tst_accounts_connection.moc"
