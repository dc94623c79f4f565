#include "MainWindowFixture.h"
#include "create/CreateTokenDialog.h"
#include "create/NamespacePermissionGrid.h"
#include "export/ExportDialog.h"
#include "mainwindow/ExpiryNotifier.h"
#include "mainwindow/TokenDialogs.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStatusBar>

using namespace edgekv;
using namespace edgekv::test;

namespace {

template<typename T> T* openDialog()
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* dialog = qobject_cast<T*>(widget); dialog && dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

void closeAllDialogs()
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* dialog = qobject_cast<QDialog*>(widget))
            dialog->reject();
    }
}

// The create form opens as a renewal of oldName (a macro: a failed wait ends the test).
#define VERIFY_RENEW_FORM_OPENS(oldName)                                                                     \
    do {                                                                                                     \
        CreateTokenDialog* renewForm = nullptr;                                                              \
        QTRY_VERIFY_WITH_TIMEOUT((renewForm = openDialog<CreateTokenDialog>()) != nullptr,                   \
                                 MainWindowFixture::WaitMs);                                                 \
        QCOMPARE(renewForm->renewedTokenName(), oldName);                                                    \
    } while (false)

// The window on the sandbox with the dialogs installed and notifications on, after the refresh that
// notified the tokens needing attention: sent holds that one notification.
struct NotifyingWindow
{
    MainWindowFixture fixture;
    QList<ExpiryNotifier::Notification> sent;

    bool start()
    {
        fixture.window->notifier()->setSink([this](const ExpiryNotifier::Notification& n) { sent << n; });
        if (!fixture.startOnSandbox())
            return false;
        TokenDialogs::install(*fixture.window);
        AppPreferences preferences = fixture.window->preferences();
        preferences.notificationsEnabled = true;
        fixture.window->setPreferences(preferences);
        return fixture.pressRefresh() && sent.size() == 1;
    }

    // Adds account name (on the same sandbox) and switches the window to it.
    bool openOtherAccount(const QString& name)
    {
        if (!fixture.window->accountStore()
                 ->addSessionProfile(name, fixture.window->sandbox()->credentials())
                 .isEmpty())
            return false;
        QSignalSpy loaded(fixture.window.get(), &MainWindow::tokensLoaded);
        fixture.window->openAccount(name);
        return MainWindowFixture::waitForLoad(loaded) && fixture.window->currentAccount() == name;
    }
};

} // namespace

// The create form and the export dialog behind the main window's actions, as the app wires them.
class TestTokenDialogs : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { closeAllDialogs(); }

    void actionsAreHiddenUntilInstalledThenShown()
    {
        MainWindowFixture fixture;
        QVERIFY(fixture.startOnSandbox());
        QVERIFY(!fixture.window->action(QStringLiteral("actionNewToken"))->isVisible());
        TokenDialogs::install(*fixture.window);
        QVERIFY(fixture.window->action(QStringLiteral("actionNewToken"))->isVisible());
        QVERIFY(fixture.window->action(QStringLiteral("actionExport"))->isVisible());
    }

    void ctrlNCreatesATokenThatAppearsInTheTableAndOpensTheExport()
    {
        MainWindowFixture fixture;
        QVERIFY(fixture.startOnSandbox());
        TokenDialogs::install(*fixture.window);

        QTest::keyClick(fixture.window->tableView(), Qt::Key_N, Qt::ControlModifier);
        CreateTokenDialog* form = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((form = openDialog<CreateTokenDialog>()) != nullptr,
                                 MainWindowFixture::WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!form->isLoading(), MainWindowFixture::WaitMs);
        QVERIFY(form->namespaceGrid()->hasNamespaces());

        const QString ns = form->namespaceGrid()->namespaces().constFirst().name;
        form->nameEdit()->clear();
        QTest::keyClicks(form->nameEdit(), QStringLiteral("wired-from-window"));
        form->stagingBox()->setChecked(true);
        QCheckBox* read = form->namespaceGrid()->permissionBox(ns, QLatin1Char('r'));
        QVERIFY(read);
        read->setChecked(true);
        QVERIFY(form->exportAfterCheck()->isChecked());
        QTRY_VERIFY(form->createButton()->isEnabled());
        QTest::mouseClick(form->createButton(), Qt::LeftButton);

        // The token exists on the server with what was ticked, the table shows and selects it...
        QTRY_VERIFY_WITH_TIMEOUT(
            fixture.server().store().token(QString(), QStringLiteral("wired-from-window")).has_value(),
            MainWindowFixture::WaitMs);
        const SandboxToken created =
            *fixture.server().store().token(QString(), QStringLiteral("wired-from-window"));
        QCOMPARE(created.namespacePermissions.value(ns), QStringList{QStringLiteral("r")});
        QTRY_COMPARE(fixture.currentName(), QStringLiteral("wired-from-window"));

        // ...and the export dialog opens on exactly that token.
        ExportDialog* exportDialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((exportDialog = openDialog<ExportDialog>()) != nullptr,
                                 MainWindowFixture::WaitMs);
        QVERIFY(exportDialog->tokenItem(QStringLiteral("wired-from-window")));
    }

    void ctrlEExportsTheSelectedToken()
    {
        MainWindowFixture fixture;
        QVERIFY(fixture.startOnSandbox());
        TokenDialogs::install(*fixture.window);
        const QString name = MainWindowFixture::seededName(SandboxSeeder::Category::LegacyValid);
        fixture.select(name);

        QTest::keyClick(fixture.window->tableView(), Qt::Key_E, Qt::ControlModifier);
        ExportDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = openDialog<ExportDialog>()) != nullptr, MainWindowFixture::WaitMs);
        QVERIFY(dialog->tokenItem(name));
    }

    void aRenewalIsExportedWhereTheOldTokenWas()
    {
        MainWindowFixture fixture;
        QVERIFY(fixture.startOnSandbox());
        auto* dialogs = TokenDialogs::install(*fixture.window);
        const QString name = MainWindowFixture::seededName(SandboxSeeder::Category::LegacyValid);
        fixture.select(name);

        // The old token goes into a bundle folder first.
        QTemporaryDir bundleFolder;
        dialogs->openExport(fixture.window.get(), fixture.window->client(), fixture.window->selectedTokens(),
                            fixture.window->currentAccount());
        ExportDialog* first = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((first = openDialog<ExportDialog>()) != nullptr, MainWindowFixture::WaitMs);
        first->setDestination(bundleFolder.path());
        QTRY_VERIFY_WITH_TIMEOUT(first->canExport(), MainWindowFixture::WaitMs);
        QSignalSpy exported(first, &ExportDialog::exported);
        first->exportNow();
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, MainWindowFixture::WaitMs);
        QCOMPARE(TokenDialogs::lastExportDestination(fixture.window->currentAccount(), name),
                 bundleFolder.path());
        first->reject();
        QTRY_VERIFY(!openDialog<ExportDialog>());

        // Renew it: after the create, the export opens on that same folder.
        dialogs->openRenew(fixture.window.get(), fixture.window->tokenContext());
        CreateTokenDialog* form = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((form = openDialog<CreateTokenDialog>()) != nullptr,
                                 MainWindowFixture::WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!form->isLoading(), MainWindowFixture::WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(form->createButton()->isEnabled(), MainWindowFixture::WaitMs);
        QTest::mouseClick(form->createButton(), Qt::LeftButton);
        ExportDialog* next = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((next = openDialog<ExportDialog>()) != nullptr, MainWindowFixture::WaitMs);
        QCOMPARE(next->destination(), bundleFolder.path());
    }

    void theTableMenuOffersRenewForExpiringTokensOnly()
    {
        MainWindowFixture fixture;
        QVERIFY(fixture.startOnSandbox());
        TokenDialogs::install(*fixture.window);
        QAction* renew = nullptr;
        for (QAction* action : fixture.window->tableView()->actions()) {
            if (action->objectName() == QLatin1String("actionRenew"))
                renew = action;
        }
        QVERIFY(renew);
        fixture.select(MainWindowFixture::seededName(SandboxSeeder::Category::EnhancedActive));
        QVERIFY(!renew->isVisible());
        const QString legacy = MainWindowFixture::seededName(SandboxSeeder::Category::LegacyExpiringWeek);
        fixture.select(legacy);
        QVERIFY(renew->isVisible());
        renew->trigger();
        VERIFY_RENEW_FORM_OPENS(legacy);
    }

    void theExpiryNotificationLeadsToTheTokensAndToRenew()
    {
        NotifyingWindow notifying;
        QVERIFY(notifying.start());
        MainWindowFixture& fixture = notifying.fixture;
        const QList<ExpiryNotifier::Notification>& sent = notifying.sent;

        // Clicking a notification about several tokens selects the most urgent one.
        fixture.select(MainWindowFixture::seededName(SandboxSeeder::Category::EnhancedActive));
        fixture.window->notifier()->openLastNotification();
        QCOMPARE(fixture.currentName(), sent.constFirst().tokenNames.constFirst());
        QVERIFY(!openDialog<CreateTokenDialog>());

        // The tray menu renews a token of the notification: the form opens prefilled from it.
        const QString week = MainWindowFixture::seededName(SandboxSeeder::Category::LegacyExpiringWeek);
        QAction* renewWeek = nullptr;
        for (QAction* action : fixture.window->notifier()->trayMenu()->actions()) {
            if (action->data().toString() == week)
                renewWeek = action;
        }
        QVERIFY2(renewWeek, qPrintable(week));
        renewWeek->trigger();
        VERIFY_RENEW_FORM_OPENS(week);
        QCOMPARE(fixture.currentName(), week);
    }

    void renewFromANotificationOfAnotherAccountOpensThatAccountFirst()
    {
        NotifyingWindow notifying;
        QVERIFY(notifying.start());
        MainWindowFixture& fixture = notifying.fixture;
        const QList<ExpiryNotifier::Notification>& sent = notifying.sent;
        const QString sandboxAccount = fixture.window->currentAccount();
        QVERIFY(!sent.constFirst().renewableNames.isEmpty());
        const QString name = sent.constFirst().renewableNames.constFirst();

        // The user has moved on to another account (one with no tokens of that name).
        const QString other = QStringLiteral("Other account");
        QVERIFY(notifying.openOtherAccount(other));

        QSignalSpy loaded(fixture.window.get(), &MainWindow::tokensLoaded);
        emit fixture.window->notifier()->renewRequested(sandboxAccount, name);
        QVERIFY(MainWindowFixture::waitForLoad(loaded));
        QCOMPARE(fixture.window->currentAccount(), sandboxAccount);
        VERIFY_RENEW_FORM_OPENS(name);
    }

    void aNotificationWaitsForTheOpenDialog()
    {
        NotifyingWindow notifying;
        QVERIFY(notifying.start());
        MainWindowFixture& fixture = notifying.fixture;
        const QString week = MainWindowFixture::seededName(SandboxSeeder::Category::LegacyExpiringWeek);
        fixture.select(week);
        auto* dialogs = fixture.window->findChild<TokenDialogs*>();
        QVERIFY(dialogs);
        dialogs->openRenew(fixture.window.get(), fixture.window->tokenContext());
        QTRY_VERIFY(openDialog<CreateTokenDialog>());

        // Neither a renewal nor a show may change what is under the form the user is filling in.
        const QString valid = MainWindowFixture::seededName(SandboxSeeder::Category::LegacyValid);
        emit fixture.window->notifier()->renewRequested(fixture.window->currentAccount(), valid);
        emit fixture.window->notifier()->showRequested(fixture.window->currentAccount(), {valid});
        int forms = 0;
        for (QWidget* widget : QApplication::topLevelWidgets())
            forms += qobject_cast<CreateTokenDialog*>(widget) && widget->isVisible() ? 1 : 0;
        QCOMPARE(forms, 1);
        QCOMPARE(fixture.currentName(), week);
        QVERIFY(fixture.window->statusBar()->currentMessage().contains(valid));
    }

    void aNotificationOfARemovedAccountLeavesTheWindowAsItIs()
    {
        NotifyingWindow notifying;
        QVERIFY(notifying.start());
        MainWindowFixture& fixture = notifying.fixture;
        const QString account = fixture.window->currentAccount();
        emit fixture.window->notifier()->renewRequested(QStringLiteral("Removed account"),
                                                        QStringLiteral("old-token"));
        QCOMPARE(fixture.window->currentAccount(), account);
        QVERIFY(fixture.window->connection()->isOpen());
        QVERIFY(!openDialog<CreateTokenDialog>());
        QVERIFY(fixture.window->statusBar()->currentMessage().contains(QLatin1String("Removed account")));
    }

    void aRenewalIsForgottenWhenTheUserOpensAnotherAccountFirst()
    {
        NotifyingWindow notifying;
        QVERIFY(notifying.start());
        MainWindowFixture& fixture = notifying.fixture;
        const QString sandboxAccount = fixture.window->currentAccount();
        const QString name = notifying.sent.constFirst().renewableNames.constFirst();
        const QString other = QStringLiteral("Other account");
        QVERIFY(notifying.openOtherAccount(other));

        // The renewal waits for the sandbox account's list, but the user picks another account first.
        QSignalSpy loaded(fixture.window.get(), &MainWindow::tokensLoaded);
        emit fixture.window->notifier()->renewRequested(sandboxAccount, name);
        fixture.window->openAccount(other);
        loaded.clear();
        QVERIFY(MainWindowFixture::waitForLoad(loaded));
        QCOMPARE(fixture.window->currentAccount(), other);

        // Going back later does not pop up a stale form.
        loaded.clear();
        fixture.window->openAccount(sandboxAccount);
        QVERIFY(MainWindowFixture::waitForLoad(loaded));
        QTest::qWait(200);
        QVERIFY(!openDialog<CreateTokenDialog>());
    }

    void renewingATokenThatIsGoneFromTheListSaysSo()
    {
        NotifyingWindow notifying;
        QVERIFY(notifying.start());
        MainWindowFixture& fixture = notifying.fixture;

        emit fixture.window->notifier()->renewRequested(fixture.window->currentAccount(),
                                                        QStringLiteral("revoked-meanwhile"));
        QVERIFY(!openDialog<CreateTokenDialog>());
        QVERIFY(fixture.window->statusBar()->currentMessage().contains(QLatin1String("revoked-meanwhile")));
    }

    void renewPrefillsTheFormFromTheSelectedToken()
    {
        MainWindowFixture fixture;
        QVERIFY(fixture.startOnSandbox());
        auto* dialogs = TokenDialogs::install(*fixture.window);
        const QString name = MainWindowFixture::seededName(SandboxSeeder::Category::LegacyValid);
        fixture.select(name);

        dialogs->openRenew(fixture.window.get(), fixture.window->tokenContext());
        VERIFY_RENEW_FORM_OPENS(name);
        CreateTokenDialog* form = openDialog<CreateTokenDialog>();
        QTRY_VERIFY_WITH_TIMEOUT(!form->isLoading(), MainWindowFixture::WaitMs);
        // A new, unused name is suggested, and the old token's namespaces are ticked.
        QVERIFY(!form->nameEdit()->text().isEmpty());
        QVERIFY(form->nameEdit()->text() != name);
        QVERIFY(!form->namespaceGrid()->permissions().isEmpty());
    }
};

QTEST_MAIN(TestTokenDialogs)
#include "tst_tokendialogs.moc"
