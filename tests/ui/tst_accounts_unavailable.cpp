#include "accounts/AccountEditDialog.h"
#include "accounts/AccountsDialog.h"
#include "accounts/ConnectionTester.h"
#include "accounts/EdgercImportDialog.h"
#include "accounts/KeychainStatusBanner.h"
#include "common/UserPrompts.h"
#include "tst_accounts_support.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace edgekv;
using namespace edgekv::test;

// The real keychain with no session bus at all ("DBUS_SESSION_BUS_ADDRESS=disabled:"). The bus is chosen
// once per process, so each test runs itself again in a child process with that environment; the parent
// checks that the child passed. In the child, the dialogs must show the banner promptly, offer linked or
// session-only accounts, and write nothing.
class TestAccountsUnavailable : public QObject
{
    Q_OBJECT

private:
    QList<QByteArray> m_secrets;

    // In the parent: runs the current test function in a child and returns true; in the child: false.
    bool delegatedToChild()
    {
        if (isBuslessChild())
            return false;
        QByteArray output;
        runInBuslessChild(*this, "FAIL", &output);
        return true;
    }

    Credentials newCredentials()
    {
        const QString unique = QUuid::createUuid().toString(QUuid::WithoutBraces);
        Credentials credentials;
        credentials.host = QStringLiteral("akab-nokeychain.luna.akamaiapis.net");
        credentials.clientToken = QStringLiteral("akab-client-") + unique;
        credentials.clientSecret = QStringLiteral("NoKeychain+Secret/") + unique + QStringLiteral("=");
        credentials.accessToken = QStringLiteral("akab-access-") + unique;
        m_secrets << credentials.clientSecret.toUtf8() << credentials.accessToken.toUtf8();
        return credentials;
    }

    static QPushButton* bannerButton(QWidget* dialog, const char* name)
    {
        return dialog->findChild<KeychainStatusBanner*>()->findChild<QPushButton*>(QLatin1String(name));
    }

    static void verifySettingsHoldNoAccount(TestStore& test)
    {
        test.settings->sync();
        QVERIFY2(readAll(test.settingsFile()).isEmpty(), readAll(test.settingsFile()).constData());
    }

private slots:
    void cleanup() { UserPrompts::clearPendingAnswers(); }

    void saveOffersThisSessionOnly()
    {
        if (delegatedToChild())
            return;
        TestStore test(TestStore::Keychain::Real);
        AccountEditDialog dialog(test.store.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* banner = dialog.findChild<KeychainStatusBanner*>();
        QVERIFY(!banner->isVisible());
        QVERIFY(!bannerButton(&dialog, "linkButton")->isVisibleTo(banner));

        dialog.setAccountName(QStringLiteral("offline"));
        dialog.setCredentials(newCredentials());
        QSignalSpy saved(&dialog, &AccountEditDialog::accountSaved);
        click(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kWaitMs);
        // The dialog stays open, says why and what was (not) done.
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.isBusy());
        QVERIFY(!banner->reason().isEmpty());
        const QString status = dialog.findChild<QLabel*>(QStringLiteral("statusLabel"))->text();
        QVERIFY2(status.contains(QStringLiteral("Nothing was saved")), qPrintable(status));
        QVERIFY(!test.store->contains(QStringLiteral("offline")));
        verifySettingsHoldNoAccount(test);
        shoot(&dialog, QStringLiteral("account-edit-no-keychain"));

        click(bannerButton(&dialog, "sessionButton"));
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.at(0).at(1).toBool(), true);
        QCOMPARE(test.store->profile(QStringLiteral("offline"))->kind, AccountProfile::Kind::SessionOnly);
        verifySettingsHoldNoAccount(test);
        verifyNoSecretsOnDisk(m_secrets);
    }

    void importOffersLinkedOrSessionOnly()
    {
        if (delegatedToChild())
            return;
        QTemporaryDir files;
        const QString edgerc = files.filePath(QStringLiteral("edgerc"));
        QString text;
        for (const QString& section : {QStringLiteral("one"), QStringLiteral("two")}) {
            const Credentials c = newCredentials();
            text += QStringLiteral(
                        "[%1]\nhost = %2\nclient_token = %3\nclient_secret = %4\naccess_token = %5\n\n")
                        .arg(section, c.host, c.clientToken, c.clientSecret, c.accessToken);
        }
        QVERIFY(writeFile(edgerc, text.toUtf8()));

        for (const char* choice : {"linkButton", "sessionButton"}) {
            TestStore test(TestStore::Keychain::Real);
            EdgercImportDialog dialog(test.store.get());
            dialog.setFilePath(edgerc);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto* list = dialog.findChild<QTreeWidget*>();
            dialog.sectionItem(QStringLiteral("one"))->setCheckState(0, Qt::Checked);
            dialog.sectionItem(QStringLiteral("two"))->setCheckState(0, Qt::Checked);
            QVERIFY(list);
            QSignalSpy imported(&dialog, &EdgercImportDialog::accountsImported);
            dialog.startImport();
            auto* banner = dialog.findChild<KeychainStatusBanner*>();
            QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kWaitMs);
            QVERIFY(!dialog.isImporting());
            QVERIFY(test.store->list().isEmpty());
            verifySettingsHoldNoAccount(test);
            if (qstrcmp(choice, "linkButton") == 0)
                shoot(&dialog, QStringLiteral("import-no-keychain"));

            click(bannerButton(&dialog, choice));
            QCOMPARE(imported.count(), 1);
            QCOMPARE(imported.at(0).at(0).toStringList(),
                     QStringList({QStringLiteral("one"), QStringLiteral("two")}));
            const auto expected = qstrcmp(choice, "linkButton") == 0 ? AccountProfile::Kind::LinkedEdgerc
                                                                     : AccountProfile::Kind::SessionOnly;
            QCOMPARE(test.store->profile(QStringLiteral("one"))->kind, expected);
            QCOMPARE(test.store->profile(QStringLiteral("two"))->kind, expected);
            test.settings->sync();
            const QByteArray settings = readAll(test.settingsFile());
            for (const QByteArray& secret : std::as_const(m_secrets))
                QVERIFY(!settings.contains(secret));
        }
    }

    // A keychain account that cannot be removed or tested stays, and the banner says why.
    void accountsDialogShowsTheBanner()
    {
        if (delegatedToChild())
            return;
        TestStore test(TestStore::Keychain::Real);
        // A keychain account saved earlier, when the keychain worked.
        test.settings->setValue(QStringLiteral("accounts/saved/kind"), QStringLiteral("keychain"));
        test.settings->setValue(QStringLiteral("accounts/saved/host"),
                                QStringLiteral("akab-x.luna.akamaiapis.net"));
        test.settings->sync();
        AccountsDialog dialog(test.store.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* banner = dialog.findChild<KeychainStatusBanner*>();
        dialog.setCurrentAccount(QStringLiteral("saved"));

        click(dialog.findChild<QPushButton*>(QStringLiteral("testButton")));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.connectionTester()->isRunning(), kWaitMs);
        QCOMPARE(dialog.connectionTester()->result().status,
                 ConnectionTester::Result::Status::KeychainUnavailable);
        QVERIFY(banner->isVisible());
        click(bannerButton(&dialog, "dismissButton"));
        QVERIFY(!banner->isVisible());

        UserPrompts::setNextAnswer(QMessageBox::Yes);
        click(dialog.findChild<QPushButton*>(QStringLiteral("removeButton")));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.findChild<QPushButton*>(QStringLiteral("removeButton"))->isEnabled(),
                                 kWaitMs);
        QVERIFY(test.store->contains(QStringLiteral("saved")));
        const QString status = dialog.findChild<QLabel*>(QStringLiteral("statusLabel"))->text();
        QVERIFY2(status.contains(QStringLiteral("not removed")), qPrintable(status));
        shoot(&dialog, QStringLiteral("accounts-no-keychain"));

        // "This session only" opens the form in that mode.
        click(bannerButton(&dialog, "sessionButton"));
        AccountEditDialog* form = nullptr;
        QTRY_VERIFY((form = dialog.findChild<AccountEditDialog*>()) && form->isVisible());
        QVERIFY(form->isSessionOnly());
        form->setAccountName(QStringLiteral("for now"));
        form->setCredentials(newCredentials());
        click(form->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save));
        QTRY_COMPARE(dialog.currentAccount(), QStringLiteral("for now"));
        QCOMPARE(test.store->profile(QStringLiteral("for now"))->kind, AccountProfile::Kind::SessionOnly);
        verifyNoSecretsOnDisk(m_secrets);
    }

    void probeShowsTheBanner()
    {
        if (delegatedToChild())
            return;
        KeychainStatusBanner banner;
        QSignalSpy checked(&banner, &KeychainStatusBanner::keychainChecked);
        banner.probe();
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, kWaitMs);
        QCOMPARE(checked.at(0).at(0).toBool(), false);
        QVERIFY(!banner.isHidden());
        QVERIFY(!banner.reason().isEmpty());
    }
};

QTEST_MAIN(TestAccountsUnavailable)
#include "tst_accounts_unavailable.moc"
