#include "accounts/AccountEditDialog.h"
#include "accounts/AccountsDialog.h"
#include "accounts/EdgercImportDialog.h"
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

class TestAccountsDialog : public QObject
{
    Q_OBJECT

private:
    QList<QByteArray> m_secrets;

    struct View
    {
        QTreeWidget* list;
        QLabel* empty;
        QLabel* status;
        QPushButton* add;
        QPushButton* import;
        QPushButton* edit;
        QPushButton* remove;
        QPushButton* test;
        QPushButton* use;

        explicit View(QDialog& dialog)
            : list(dialog.findChild<QTreeWidget*>(QStringLiteral("accountList"))),
              empty(dialog.findChild<QLabel*>(QStringLiteral("emptyLabel"))),
              status(dialog.findChild<QLabel*>(QStringLiteral("statusLabel"))),
              add(dialog.findChild<QPushButton*>(QStringLiteral("addButton"))),
              import(dialog.findChild<QPushButton*>(QStringLiteral("importButton"))),
              edit(dialog.findChild<QPushButton*>(QStringLiteral("editButton"))),
              remove(dialog.findChild<QPushButton*>(QStringLiteral("removeButton"))),
              test(dialog.findChild<QPushButton*>(QStringLiteral("testButton"))), use(nullptr)
        {
            for (QAbstractButton* button : dialog.findChild<QDialogButtonBox*>()->buttons()) {
                if (button->text() == AccountsDialog::tr("&Use Account"))
                    use = static_cast<QPushButton*>(button);
            }
        }

        QTreeWidgetItem* row(const QString& name) const
        {
            const auto found = list->findItems(name, Qt::MatchExactly, AccountsDialog::NameColumn);
            return found.isEmpty() ? nullptr : found.first();
        }
    };

    Credentials newCredentials(const QString& switchKey = {})
    {
        const QString unique = QUuid::createUuid().toString(QUuid::WithoutBraces);
        Credentials credentials;
        credentials.host = QStringLiteral("akab-list.luna.akamaiapis.net");
        credentials.clientToken = QStringLiteral("akab-client-") + unique;
        credentials.clientSecret = QStringLiteral("List+Secret/") + unique + QStringLiteral("=");
        credentials.accessToken = QStringLiteral("akab-access-") + unique;
        credentials.accountSwitchKey = switchKey;
        m_secrets << credentials.clientSecret.toUtf8() << credentials.accessToken.toUtf8();
        return credentials;
    }

    static void saveInKeychain(AccountStore& store, const QString& name, const Credentials& credentials)
    {
        AccountResult result;
        bool done = false;
        QObject context;
        store.saveKeychainProfile(name, credentials, &context, [&](const AccountResult& answer) {
            result = answer;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, kWaitMs);
        QVERIFY2(result.ok(), qPrintable(result.message));
    }

    QString writeEdgerc(const QTemporaryDir& dir)
    {
        const Credentials c = newCredentials();
        const QString path = dir.filePath(QStringLiteral("edgerc"));
        writeFile(path, QStringLiteral("[prod]\nhost = akab-prod.luna.akamaiapis.net\nclient_token = %1\n"
                                       "client_secret = %2\naccess_token = %3\naccount_key = 1-LINKED\n")
                            .arg(c.clientToken, c.clientSecret, c.accessToken)
                            .toUtf8());
        return path;
    }

private slots:
    void cleanup() { UserPrompts::clearPendingAnswers(); }

    void emptyListSaysWhatToDo()
    {
        TestStore test;
        AccountsDialog dialog(test.store.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        View view(dialog);
        QVERIFY(!view.empty->isHidden());
        QVERIFY(view.add->isEnabled());
        QVERIFY(view.import->isEnabled());
        QVERIFY(!view.edit->isEnabled());
        QVERIFY(!view.remove->isEnabled());
        QVERIFY(!view.test->isEnabled());
        QVERIFY(!view.use->isEnabled());
        shoot(&dialog, QStringLiteral("accounts-empty"));
    }

    void listsWhereEachAccountIsKept()
    {
        TestStore test;
        QTemporaryDir files;
        const QString edgerc = writeEdgerc(files);
        saveInKeychain(*test.store, QStringLiteral("keychain"),
                       newCredentials(QStringLiteral("1-KEY:1-ABC")));
        QCOMPARE(test.store->saveLinkedProfile(QStringLiteral("linked"), edgerc, QStringLiteral("prod")),
                 QString());
        QCOMPARE(test.store->addSessionProfile(QStringLiteral("session"), newCredentials()), QString());

        AccountsDialog dialog(test.store.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        View view(dialog);
        QVERIFY(view.empty->isHidden());
        QCOMPARE(view.list->topLevelItemCount(), 3);
        QTreeWidgetItem* keychain = view.row(QStringLiteral("keychain"));
        QTreeWidgetItem* linked = view.row(QStringLiteral("linked"));
        QTreeWidgetItem* session = view.row(QStringLiteral("session"));
        QVERIFY(keychain && linked && session);
        QCOMPARE(keychain->text(AccountsDialog::KeptInColumn), QStringLiteral("OS keychain"));
        QCOMPARE(keychain->text(AccountsDialog::HostColumn), QStringLiteral("akab-list.luna.akamaiapis.net"));
        QCOMPARE(keychain->text(AccountsDialog::SwitchKeyColumn), QStringLiteral("1-KEY:1-ABC"));
        QCOMPARE(linked->text(AccountsDialog::KeptInColumn),
                 QStringLiteral("linked to %1 [prod]").arg(QDir::toNativeSeparators(edgerc)));
        QCOMPARE(linked->text(AccountsDialog::HostColumn), QStringLiteral("akab-prod.luna.akamaiapis.net"));
        QCOMPARE(linked->text(AccountsDialog::SwitchKeyColumn), QStringLiteral("1-LINKED"));
        QCOMPARE(session->text(AccountsDialog::KeptInColumn), QStringLiteral("this session only"));

        AccountProfile home;
        home.kind = AccountProfile::Kind::LinkedEdgerc;
        home.edgercPath = QDir::homePath() + QStringLiteral("/.edgerc");
        home.edgercSection = QStringLiteral("default");
        QCOMPARE(AccountsDialog::keptInText(home), QStringLiteral("linked to ~/.edgerc [default]"));

        // A linked account is edited in its file.
        dialog.setCurrentAccount(QStringLiteral("linked"));
        QVERIFY(!view.edit->isEnabled());
        QVERIFY(view.remove->isEnabled());
        dialog.setCurrentAccount(QStringLiteral("session"));
        QVERIFY(view.edit->isEnabled());
        shoot(&dialog, QStringLiteral("accounts-list"));
    }

    void addOpensTheFormAndListsTheNewAccount()
    {
        TestStore test;
        AccountsDialog dialog(test.store.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        View view(dialog);
        QSignalSpy changed(&dialog, &AccountsDialog::accountsChanged);
        click(view.add);
        AccountEditDialog* form = nullptr;
        QTRY_VERIFY((form = dialog.findChild<AccountEditDialog*>()) && form->isVisible());
        QVERIFY(!form->isEditing());
        const Credentials credentials = newCredentials(QStringLiteral("1-NEW"));
        QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("added"));
        QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("hostEdit")), credentials.host);
        QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("clientTokenEdit")),
                         credentials.clientToken);
        QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("clientSecretEdit")),
                         credentials.clientSecret);
        QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("accessTokenEdit")),
                         credentials.accessToken);
        QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("accountSwitchKeyEdit")),
                         credentials.accountSwitchKey);
        click(form->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save));
        QTRY_VERIFY_WITH_TIMEOUT(view.row(QStringLiteral("added")), kWaitMs);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(dialog.currentAccount(), QStringLiteral("added"));
        QCOMPARE(view.row(QStringLiteral("added"))->text(AccountsDialog::SwitchKeyColumn),
                 QStringLiteral("1-NEW"));
        // The form closed and is gone (WA_DeleteOnClose).
        QTRY_VERIFY(!dialog.findChild<AccountEditDialog*>());
    }

    void importOpensTheImportDialog()
    {
        TestStore test;
        QTemporaryDir files;
        const QString edgerc = writeEdgerc(files);
        AccountsDialog dialog(test.store.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        View view(dialog);
        click(view.import);
        EdgercImportDialog* import = nullptr;
        QTRY_VERIFY((import = dialog.findChild<EdgercImportDialog*>()) && import->isVisible());
        QCOMPARE(import->filePath(), EdgercImportDialog::defaultPath());
        UserPrompts::setNextPath(edgerc);
        click(import->findChild<QPushButton*>(QStringLiteral("browseButton")));
        // The only usable section is ticked already.
        QCOMPARE(import->sectionItem(QStringLiteral("prod"))->checkState(0), Qt::Checked);
        import->setStorage(EdgercImportDialog::Storage::Linked);
        import->startImport();
        QTRY_VERIFY(view.row(QStringLiteral("prod")));
        QVERIFY2(view.status->text().contains(QStringLiteral("prod")), qPrintable(view.status->text()));
        QCOMPARE(view.row(QStringLiteral("prod"))->text(AccountsDialog::KeptInColumn),
                 QStringLiteral("linked to %1 [prod]").arg(QDir::toNativeSeparators(edgerc)));
    }

    void useAccountEmitsTheChoice()
    {
        TestStore test;
        QCOMPARE(test.store->addSessionProfile(QStringLiteral("one"), newCredentials()), QString());
        QCOMPARE(test.store->addSessionProfile(QStringLiteral("two"), newCredentials()), QString());
        AccountsDialog dialog(test.store.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        View view(dialog);
        QSignalSpy chosen(&dialog, &AccountsDialog::accountChosen);
        dialog.setCurrentAccount(QStringLiteral("two"));
        click(view.use);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("two"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        // Esc closes without a choice.
        AccountsDialog again(test.store.get());
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QSignalSpy none(&again, &AccountsDialog::accountChosen);
        QTest::keyClick(&again, Qt::Key_Escape);
        QVERIFY(!again.isVisible());
        QCOMPARE(none.count(), 0);
    }

    // Remove asks first, naming the account; "No" keeps it, "Yes" deletes its keychain entry.
    void removeAsksAndDeletesTheKeychainEntry()
    {
        REQUIRE_KEYRING();
        TestStore test(TestStore::Keychain::Real);
        saveInKeychain(*test.store, QStringLiteral("doomed"), newCredentials());
        saveInKeychain(*test.store, QStringLiteral("kept"), newCredentials());
        QVERIFY(secretToolSearch(test.service).contains(AccountStore::secretKey(QStringLiteral("doomed"))));

        AccountsDialog dialog(test.store.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        View view(dialog);
        dialog.setCurrentAccount(QStringLiteral("doomed"));

        UserPrompts::setNextAnswer(QMessageBox::No);
        click(view.remove);
        QVERIFY(UserPrompts::lastQuestionText().contains(QStringLiteral("“doomed”")));
        QVERIFY(UserPrompts::lastQuestionText().contains(QStringLiteral("keychain")));
        QVERIFY(test.store->contains(QStringLiteral("doomed")));

        QSignalSpy changed(&dialog, &AccountsDialog::accountsChanged);
        UserPrompts::setNextAnswer(QMessageBox::Yes);
        click(view.remove);
        // While the keychain works, nothing else can be started.
        QVERIFY(!view.remove->isEnabled());
        QVERIFY(!view.add->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!view.row(QStringLiteral("doomed")), kWaitMs);
        QCOMPARE(changed.count(), 1);
        QVERIFY(!test.store->contains(QStringLiteral("doomed")));
        const QString entries = secretToolSearch(test.service);
        QVERIFY2(!entries.contains(AccountStore::secretKey(QStringLiteral("doomed"))), qPrintable(entries));
        QVERIFY(entries.contains(AccountStore::secretKey(QStringLiteral("kept"))));
        QTRY_VERIFY_WITH_TIMEOUT(view.remove->isEnabled(), kWaitMs);
        QVERIFY2(view.status->text().contains(QStringLiteral("Removed")), qPrintable(view.status->text()));

        // The Delete key asks too.
        dialog.setCurrentAccount(QStringLiteral("kept"));
        UserPrompts::setNextAnswer(QMessageBox::No);
        view.list->setFocus();
        QTest::keyClick(view.list, Qt::Key_Delete);
        QVERIFY(UserPrompts::lastQuestionText().contains(QStringLiteral("“kept”")));
        verifyNoSecretsOnDisk(m_secrets);
    }

    void editOpensTheFormOnTheAccount()
    {
        REQUIRE_KEYRING();
        TestStore test(TestStore::Keychain::Real);
        const Credentials credentials = newCredentials(QStringLiteral("1-EDIT"));
        saveInKeychain(*test.store, QStringLiteral("editable"), credentials);
        AccountsDialog dialog(test.store.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        View view(dialog);
        dialog.setCurrentAccount(QStringLiteral("editable"));
        click(view.edit);
        AccountEditDialog* form = nullptr;
        QTRY_VERIFY((form = dialog.findChild<AccountEditDialog*>()) && form->isVisible());
        QVERIFY(form->isEditing());
        QTRY_VERIFY_WITH_TIMEOUT(!form->isBusy(), kWaitMs);
        QCOMPARE(form->credentials(), credentials);
        auto* switchKey = form->findChild<QLineEdit*>(QStringLiteral("accountSwitchKeyEdit"));
        switchKey->selectAll();
        QTest::keyClicks(switchKey, QStringLiteral("1-CHANGED"));
        click(form->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save));
        QTRY_COMPARE_WITH_TIMEOUT(view.row(QStringLiteral("editable"))->text(AccountsDialog::SwitchKeyColumn),
                                  QStringLiteral("1-CHANGED"), kWaitMs);
        verifyNoSecretsOnDisk(m_secrets);
    }
};

QTEST_MAIN(TestAccountsDialog)
#include "tst_accounts_dialog.moc"
