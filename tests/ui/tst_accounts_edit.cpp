#include "accounts/AccountEditDialog.h"
#include "accounts/KeychainStatusBanner.h"
#include "tst_accounts_support.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QToolButton>

using namespace edgekv;
using namespace edgekv::test;

namespace {

struct Form
{
    QLineEdit* name;
    QLineEdit* host;
    QLineEdit* clientToken;
    QLineEdit* clientSecret;
    QLineEdit* accessToken;
    QLineEdit* switchKey;
    QSpinBox* maxBody;
    QToolButton* reveal;
    QLabel* hostMessage;
    QLabel* clientTokenMessage;
    QLabel* clientSecretMessage;
    QLabel* accessTokenMessage;
    QLabel* nameMessage;
    QLabel* hint;
    QLabel* status;
    QPushButton* save;
    KeychainStatusBanner* banner;

    explicit Form(QDialog& dialog)
        : name(dialog.findChild<QLineEdit*>(QStringLiteral("nameEdit"))),
          host(dialog.findChild<QLineEdit*>(QStringLiteral("hostEdit"))),
          clientToken(dialog.findChild<QLineEdit*>(QStringLiteral("clientTokenEdit"))),
          clientSecret(dialog.findChild<QLineEdit*>(QStringLiteral("clientSecretEdit"))),
          accessToken(dialog.findChild<QLineEdit*>(QStringLiteral("accessTokenEdit"))),
          switchKey(dialog.findChild<QLineEdit*>(QStringLiteral("accountSwitchKeyEdit"))),
          maxBody(dialog.findChild<QSpinBox*>(QStringLiteral("maxBodySpin"))),
          reveal(dialog.findChild<QToolButton*>(QStringLiteral("revealSecretButton"))),
          hostMessage(dialog.findChild<QLabel*>(QStringLiteral("hostMessage"))),
          clientTokenMessage(dialog.findChild<QLabel*>(QStringLiteral("clientTokenMessage"))),
          clientSecretMessage(dialog.findChild<QLabel*>(QStringLiteral("clientSecretMessage"))),
          accessTokenMessage(dialog.findChild<QLabel*>(QStringLiteral("accessTokenMessage"))),
          nameMessage(dialog.findChild<QLabel*>(QStringLiteral("nameMessage"))),
          hint(dialog.findChild<QLabel*>(QStringLiteral("hintLabel"))),
          status(dialog.findChild<QLabel*>(QStringLiteral("statusLabel"))),
          save(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)),
          banner(dialog.findChild<KeychainStatusBanner*>())
    {}
};

void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

bool shown(const QLabel* label)
{
    return !label->isHidden() && !label->text().isEmpty();
}

} // namespace

class TestAccountsEdit : public QObject
{
    Q_OBJECT

private:
    QList<QByteArray> m_secrets;

    Credentials newCredentials()
    {
        const QString unique = QUuid::createUuid().toString(QUuid::WithoutBraces);
        Credentials credentials;
        credentials.host = QStringLiteral("akab-edit.luna.akamaiapis.net");
        credentials.clientToken = QStringLiteral("akab-client-") + unique;
        credentials.clientSecret = QStringLiteral("Secret+Ui/") + unique + QStringLiteral("=");
        credentials.accessToken = QStringLiteral("akab-access-") + unique;
        m_secrets << credentials.clientSecret.toUtf8() << credentials.accessToken.toUtf8()
                  << credentials.clientToken.toUtf8();
        return credentials;
    }

    void fillIn(Form& form, const QString& name, const Credentials& credentials)
    {
        retype(form.name, name);
        retype(form.host, credentials.host);
        retype(form.clientToken, credentials.clientToken);
        retype(form.clientSecret, credentials.clientSecret);
        retype(form.accessToken, credentials.accessToken);
        retype(form.switchKey, credentials.accountSwitchKey);
    }

    AccountResult load(AccountStore& store, const QString& name)
    {
        AccountResult result;
        bool done = false;
        QObject context;
        store.loadCredentials(name, &context, [&](const AccountResult& answer) {
            result = answer;
            done = true;
        });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(done, kWaitMs);
        }();
        return result;
    }

private slots:
    void validationAsYouType()
    {
        TestStore test;
        QCOMPARE(test.store->addSessionProfile(QStringLiteral("taken"), newCredentials()), QString());
        AccountEditDialog dialog(test.store.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        Form form(dialog);

        // Nothing shouts before the user typed; the hint says why Save is disabled.
        QVERIFY(!form.save->isEnabled());
        QVERIFY(!shown(form.hostMessage));
        QVERIFY(!shown(form.clientTokenMessage));
        QVERIFY2(form.hint->text().contains(QStringLiteral("client token")), qPrintable(form.hint->text()));
        shoot(&dialog, QStringLiteral("account-edit-empty"));

        // A field emptied again says it is required and what goes there.
        QTest::keyClicks(form.clientToken, QStringLiteral("x"));
        QVERIFY(!shown(form.clientTokenMessage));
        QTest::keyClick(form.clientToken, Qt::Key_Backspace);
        QVERIFY(shown(form.clientTokenMessage));
        QVERIFY2(form.clientTokenMessage->text().contains(QStringLiteral("Enter the client token")),
                 qPrintable(form.clientTokenMessage->text()));
        QTest::keyClicks(form.clientSecret, QStringLiteral("a"));
        QTest::keyClick(form.clientSecret, Qt::Key_Backspace);
        QVERIFY(form.clientSecretMessage->text().contains(QStringLiteral("client secret")));

        // A host that is not Akamai's is refused, with the fix.
        retype(form.host, QStringLiteral("api.example.com"));
        QVERIFY(shown(form.hostMessage));
        QVERIFY2(form.hostMessage->text().contains(QStringLiteral("not an Akamai API host")) &&
                     form.hostMessage->text().contains(QStringLiteral(".akamaiapis.net")),
                 qPrintable(form.hostMessage->text()));

        // Typed with https:// and a trailing slash: the scheme goes as the user types, the slash when the
        // field is left.
        retype(form.host, QStringLiteral("https://akab-abc.luna.akamaiapis.net/"));
        QCOMPARE(form.host->text(), QStringLiteral("akab-abc.luna.akamaiapis.net/"));
        QVERIFY(!shown(form.hostMessage));
        QCOMPARE(dialog.credentials().host, QStringLiteral("akab-abc.luna.akamaiapis.net"));
        form.clientToken->setFocus();
        QTRY_VERIFY(form.clientToken->hasFocus());
        QCOMPARE(form.host->text(), QStringLiteral("akab-abc.luna.akamaiapis.net"));
        QVERIFY2(form.hostMessage->text().contains(QStringLiteral("Cleaned up")),
                 qPrintable(form.hostMessage->text()));

        // Pasted in one go.
        QApplication::clipboard()->setText(QStringLiteral("  https://akab-pasted.luna.akamaiapis.net/  "));
        QTest::keyClick(form.host, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(form.host, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(form.host->text(), QStringLiteral("akab-pasted.luna.akamaiapis.net"));

        QVERIFY(form.hostMessage->text().contains(QStringLiteral("Cleaned up")));

        // A path is not cleaned away silently: it is explained.
        retype(form.host, QStringLiteral("https://akab-abc.luna.akamaiapis.net/edgekv/v1"));
        QVERIFY2(form.hostMessage->text().contains(QStringLiteral("without a path")),
                 qPrintable(form.hostMessage->text()));

        // Plain http only for a loopback address (the sandbox), which may be anything.
        retype(form.host, QStringLiteral("http://akab-abc.luna.akamaiapis.net"));
        QVERIFY2(form.hostMessage->text().contains(QStringLiteral("loopback")),
                 qPrintable(form.hostMessage->text()));
        retype(form.host, QStringLiteral("http://127.0.0.1:8080"));
        QVERIFY2(!shown(form.hostMessage), qPrintable(form.hostMessage->text()));
        QVERIFY(dialog.credentials().plainHttp);
        QCOMPARE(dialog.credentials().host, QStringLiteral("127.0.0.1:8080"));
        retype(form.host, QStringLiteral("localhost:9000"));
        QVERIFY(!shown(form.hostMessage));
        QVERIFY(!dialog.credentials().plainHttp);

        // Inner spaces are refused, outer ones trimmed.
        retype(form.accessToken, QStringLiteral("akab-one two"));
        QVERIFY(form.accessTokenMessage->text().contains(QStringLiteral("spaces")));
        retype(form.accessToken, QStringLiteral("  akab-access  "));
        QVERIFY(!shown(form.accessTokenMessage));

        // A name that is taken.
        retype(form.name, QStringLiteral("taken"));
        QVERIFY2(form.nameMessage->text().contains(QStringLiteral("already exists")),
                 qPrintable(form.nameMessage->text()));
        QVERIFY(!form.save->isEnabled());

        retype(form.name, QStringLiteral("new"));
        retype(form.clientToken, QStringLiteral("akab-client"));
        retype(form.clientSecret, QStringLiteral("c2VjcmV0"));
        QVERIFY(form.save->isEnabled());
        QVERIFY(form.hint->text().isEmpty());
        QCOMPARE(dialog.credentials().accessToken, QStringLiteral("akab-access"));

        // The secret is masked until revealed.
        QCOMPARE(form.clientSecret->echoMode(), QLineEdit::Password);
        click(form.reveal);
        QCOMPARE(form.clientSecret->echoMode(), QLineEdit::Normal);
        click(form.reveal);
        QCOMPARE(form.clientSecret->echoMode(), QLineEdit::Password);

        retype(form.host, QStringLiteral("example.com"));
        QVERIFY(!form.save->isEnabled());
        shoot(&dialog, QStringLiteral("account-edit-invalid-host"));
    }

    void tabOrderIsNaturalAndEscCancels()
    {
        TestStore test;
        AccountEditDialog dialog(test.store.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        Form form(dialog);
        const QList<QWidget*> expected{form.name,   form.host,        form.clientToken, form.clientSecret,
                                       form.reveal, form.accessToken, form.switchKey,   form.maxBody};
        QWidget* widget = form.name;
        for (int i = 1; i < expected.size(); ++i) {
            do {
                widget = widget->nextInFocusChain();
            } while (widget->focusPolicy() == Qt::NoFocus || widget->focusProxy());
            QCOMPARE(widget, expected.at(i));
        }

        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(rejected.count(), 1);
        QVERIFY(!dialog.isVisible());
    }

    void sessionOnlyWritesNothing()
    {
        TestStore test;
        AccountEditDialog dialog(test.store.get());
        dialog.setSessionOnly(true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        Form form(dialog);
        QSignalSpy saved(&dialog, &AccountEditDialog::accountSaved);
        fillIn(form, QStringLiteral("temporary"), newCredentials());
        click(form.save);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.at(0).at(1).toBool(), true);
        QCOMPARE(test.store->profile(QStringLiteral("temporary"))->kind, AccountProfile::Kind::SessionOnly);
        QCOMPARE(static_cast<MemorySecretStore*>(test.keychain.get())->size(), 0);
        test.settings->sync();
        QVERIFY(readAll(test.settingsFile()).isEmpty());
    }

    // A keychain that never answers: the store's timeout ends the wait, the form says so and offers this
    // session only. Nothing hangs.
    void hungKeychainTimesOut()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.conf")), QSettings::IniFormat);
        KeychainSecretStore silent(QStringLiteral("edgekv-test-silent"),
                                   [](const KeychainSecretStore::Request&, QObject*, SecretCallback) {});
        silent.setTimeout(std::chrono::milliseconds(300));
        AccountStore store(&settings, &silent);
        AccountEditDialog dialog(&store);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        Form form(dialog);
        dialog.setAccountName(QStringLiteral("waiting"));
        dialog.setCredentials(newCredentials());
        click(form.save);
        QVERIFY(dialog.isBusy());
        QVERIFY(!form.save->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(form.banner->isVisible(), kWaitMs);
        QVERIFY(!dialog.isBusy());
        QVERIFY2(form.banner->reason().contains(QStringLiteral("did not answer")),
                 qPrintable(form.banner->reason()));
        QVERIFY(!store.contains(QStringLiteral("waiting")));
        QVERIFY(form.save->isEnabled());
        click(form.banner->findChild<QPushButton*>(QStringLiteral("sessionButton")));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(store.profile(QStringLiteral("waiting"))->kind, AccountProfile::Kind::SessionOnly);
        settings.sync();
        QVERIFY(readAll(settings.fileName()).isEmpty());
    }

    // Save -> the secrets are in the real keychain, the rest in the settings file.
    void addSavesInTheKeychain()
    {
        REQUIRE_KEYRING();
        TestStore test(TestStore::Keychain::Real);
        AccountEditDialog dialog(test.store.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        Form form(dialog);
        QSignalSpy saved(&dialog, &AccountEditDialog::accountSaved);
        Credentials credentials = newCredentials();
        credentials.accountSwitchKey = QStringLiteral("1-ABCDE:1-FGHIJ");
        fillIn(form, QStringLiteral("production"), credentials);
        retype(form.host, QStringLiteral("https://akab-edit.luna.akamaiapis.net/"));
        click(form.save);
        // Busy while the keychain works: nothing can be clicked twice.
        QVERIFY(dialog.isBusy());
        QVERIFY(!form.save->isEnabled());
        QVERIFY(!form.host->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kWaitMs);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const auto profile = test.store->profile(QStringLiteral("production"));
        QVERIFY(profile);
        QCOMPARE(profile->kind, AccountProfile::Kind::Keychain);
        QCOMPARE(profile->host, QStringLiteral("akab-edit.luna.akamaiapis.net"));
        QCOMPARE(profile->accountSwitchKey, QStringLiteral("1-ABCDE:1-FGHIJ"));
        const QString entries = secretToolSearch(test.service);
        QVERIFY2(entries.contains(AccountStore::secretKey(QStringLiteral("production"))),
                 qPrintable(entries));
        const AccountResult loaded = load(*test.store, QStringLiteral("production"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.message));
        QCOMPARE(loaded.credentials, credentials);
        QVERIFY(!readAll(test.settingsFile()).contains(credentials.clientSecret.toUtf8()));
        verifyNoSecretsOnDisk(m_secrets);
    }

    // Editing reads the secrets first (the form waits), then saves the change in the keychain.
    void editLoadsTheSecretsFirst()
    {
        REQUIRE_KEYRING();
        TestStore test(TestStore::Keychain::Real);
        const Credentials original = newCredentials();
        bool done = false;
        QObject context;
        test.store->saveKeychainProfile(QStringLiteral("staging"), original, &context,
                                        [&](const AccountResult& r) { done = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(done, kWaitMs);

        AccountEditDialog dialog(test.store.get(), QStringLiteral("staging"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        Form form(dialog);
        QVERIFY(dialog.isBusy());
        QVERIFY(!form.clientSecret->isEnabled());
        QVERIFY(!form.save->isEnabled());
        QCOMPARE(form.host->text(), original.host);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), kWaitMs);
        QCOMPARE(form.clientSecret->text(), original.clientSecret);
        QCOMPARE(form.clientSecret->echoMode(), QLineEdit::Password);
        QVERIFY(form.name->isReadOnly());
        shoot(&dialog, QStringLiteral("account-edit-loaded"));

        Credentials changed = original;
        changed.accessToken = newCredentials().accessToken;
        changed.accountSwitchKey = QStringLiteral("1-XYZ");
        retype(form.accessToken, changed.accessToken);
        retype(form.switchKey, changed.accountSwitchKey);
        QSignalSpy saved(&dialog, &AccountEditDialog::accountSaved);
        click(form.save);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kWaitMs);
        const AccountResult loaded = load(*test.store, QStringLiteral("staging"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.message));
        QCOMPARE(loaded.credentials, changed);
        QCOMPARE(test.store->profile(QStringLiteral("staging"))->accountSwitchKey, QStringLiteral("1-XYZ"));
        verifyNoSecretsOnDisk(m_secrets);
    }

    // Runs last: after the dialogs above saved accounts, no secret is in any file under the XDG folders
    // (the settings files of these tests live there too).
    void noSecretReachesDisk()
    {
        REQUIRE_KEYRING();
        verifyNoSecretsOnDisk(m_secrets);
    }
};

QTEST_MAIN(TestAccountsEdit)
#include "tst_accounts_edit.moc"
