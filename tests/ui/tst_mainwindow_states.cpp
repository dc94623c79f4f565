// The main window's states and wiring: first run, empty and uninitialized accounts, failed first loads,
// the integration API for the create and export dialogs, the command line (--sandbox, --edgerc,
// --version), remembered layout, dark palettes, sizes, preferences and expiry notifications.

#include "EdgercWriter.h"
#include "MainWindowFixture.h"
#include "accounts/AccountEditDialog.h"
#include "accounts/AccountsDialog.h"
#include "accounts/FirstRunPanel.h"
#include "mainwindow/EmptyStatePanel.h"
#include "mainwindow/ErrorBanner.h"
#include "mainwindow/ExpiryNotifier.h"
#include "mainwindow/GuiCommandLine.h"
#include "mainwindow/PreferencesDialog.h"
#include "mainwindow/StatusStyle.h"
#include "mainwindow/SummaryBar.h"
#include "mainwindow/TokenTablePresenter.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QHeaderView>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSplitter>

using namespace edgekv;
using namespace edgekv::test;

namespace {

QString appPath()
{
    return QStringLiteral(EDGEKV_BINARY_DIR "/ui/app/edgekv-token-manager");
}

double luminance(const QColor& color)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    return palette;
}

} // namespace

class TestMainWindowStates : public QObject
{
    Q_OBJECT

private slots:
    void firstRunOffersTheSandboxWhichOpensWithTokens()
    {
        MainWindowFixture f;
        f.window->show();
        f.window->openInitialAccount();
        QTRY_VERIFY(f.window->isShowingFirstRun());
        MainWindowFixture::saveShot(f.window.get(), QStringLiteral("first-run"));
        // "Add API credentials" opens the account form (the accounts engineer's dialog), window-modal.
        auto* addButton =
            f.window->firstRunPanel()->findChild<QCommandLinkButton*>(QStringLiteral("addButton"));
        QVERIFY(addButton);
        QTest::mouseClick(addButton, Qt::LeftButton);
        AccountEditDialog* form = nullptr;
        QTRY_VERIFY((form = f.window->findChild<AccountEditDialog*>()) != nullptr && form->isVisible());
        QVERIFY(!form->isSessionOnly());
        form->reject();
        // File > Accounts… opens the accounts dialog.
        f.window->action(QStringLiteral("actionAccounts"))->trigger();
        AccountsDialog* accounts = nullptr;
        QTRY_VERIFY((accounts = f.window->findChild<AccountsDialog*>()) != nullptr && accounts->isVisible());
        accounts->reject();
        auto* sandboxButton =
            f.window->firstRunPanel()->findChild<QCommandLinkButton*>(QStringLiteral("sandboxButton"));
        QVERIFY(sandboxButton);
        QSignalSpy loaded(f.window.get(), &MainWindow::tokensLoaded);
        QTest::mouseClick(sandboxButton, Qt::LeftButton);
        QVERIFY(MainWindowFixture::waitForLoad(loaded));
        QVERIFY(!f.window->isShowingFirstRun());
        QVERIFY(f.view()->rowCount() > 0);
        QVERIFY(f.window->accountIndicator()->text().startsWith(
            QStringLiteral("Local sandbox \u00b7 http://127.0.0.1:")));
    }

    void emptyAccountOffersTheFirstTokenOnlyWithACreator()
    {
        MainWindowFixture f;
        QVERIFY(f.startOnSandbox(0));
        QVERIFY(f.window->isShowingEmptyState());
        QCOMPARE(f.window->emptyState()->title(), QStringLiteral("No tokens yet"));
        QVERIFY(f.window->emptyState()->actionButton()->isHidden());
        MainWindowFixture::saveShot(f.window.get(), QStringLiteral("empty-account"));
        QVERIFY(!f.window->action(QStringLiteral("actionNewToken"))->isVisible());

        TokenActionContext seen;
        int calls = 0;
        f.window->setTokenCreator([&](QWidget* parent, const TokenActionContext& context) {
            QCOMPARE(parent, f.window.get());
            seen = context;
            ++calls;
        });
        QTRY_VERIFY(f.window->emptyState()->actionButton()->isVisible());
        QCOMPARE(f.window->emptyState()->actionButton()->text(), QStringLiteral("Create Your First Token"));
        QTest::mouseClick(f.window->emptyState()->actionButton(), Qt::LeftButton);
        QCOMPARE(calls, 1);
        QCOMPARE(seen.client, f.window->client());
        QVERIFY(seen.client);
        QCOMPARE(seen.accountName, SandboxSession::defaultAccountName());
        QVERIFY(seen.sandbox);
        QVERIFY(seen.tokens.isEmpty());

        // Ctrl+N runs the same creator.
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        QVERIFY(f.window->action(QStringLiteral("actionNewToken"))->isVisible());
        QTest::keyClick(f.window.get(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(calls, 2);

        // What the creator made shows up selected.
        Token created;
        created.name = QStringLiteral("made-by-the-form");
        created.uuid = QStringLiteral("0b6f7f36-3b7a-4c33-9f9a-6f5f0b0c1d2e");
        created.expiry = Token::neverExpiresDate();
        f.window->addCreatedToken(created);
        QTRY_VERIFY(!f.window->isShowingEmptyState());
        QCOMPARE(f.currentName(), created.name);
    }

    void uninitializedAccountSaysSo()
    {
        MainWindowFixture f;
        QVERIFY(f.startOnSandbox(0));
        f.server().store().setInitialized(QString(), false);
        QVERIFY(f.pressRefresh());
        QTRY_COMPARE(f.window->emptyState()->title(),
                     QStringLiteral("EdgeKV is not initialized for this account"));
        QVERIFY(f.window->emptyState()->actionButton()->isVisible());
        MainWindowFixture::saveShot(f.window.get(), QStringLiteral("uninitialized"));
    }

    void failedFirstLoadShowsTheBannerAndTheEmptyStateRetries()
    {
        MainWindowFixture f;
        f.window->show();
        SandboxSession::Options options;
        options.clock = &f.m_clock;
        // Start the sandbox failing, before the window opens it.
        auto* session = new SandboxSession(f.window.get());
        QVERIFY(session->start(options).isEmpty());
        session->server()->setFaults({FaultRule{FaultKind::InternalError500, 1.0}}, 1);
        const QString name = session->addAccount(f.m_store);
        QSignalSpy loaded(f.window.get(), &MainWindow::tokensLoaded);
        f.window->openAccount(name);
        QVERIFY(!MainWindowFixture::waitForLoad(loaded));
        QTRY_VERIFY(f.window->errorBanner()->isVisible());
        QVERIFY(f.window->isShowingEmptyState());
        QCOMPARE(f.window->emptyState()->title(), QStringLiteral("The tokens could not be loaded"));
        MainWindowFixture::saveShot(f.window.get(), QStringLiteral("first-load-failed"));

        session->server()->setFaults({});
        loaded.clear();
        QTest::mouseClick(f.window->emptyState()->actionButton(), Qt::LeftButton);
        QVERIFY(MainWindowFixture::waitForLoad(loaded));
        QCOMPARE(f.view()->rowCount(), SandboxSession::Options::DefaultTokenCount);
        QVERIFY(f.window->errorBanner()->isHidden());
    }

    void exportActionIsHiddenUntilAnExporterIsSetAndGetsTheSelection()
    {
        MainWindowFixture f;
        QVERIFY(f.startOnSandbox());
        QAction* exportAction = f.window->action(QStringLiteral("actionExport"));
        QVERIFY(!exportAction->isVisible());
        QList<Token> exported;
        f.window->setTokenExporter(
            [&](QWidget*, const TokenActionContext& context) { exported = context.selectedTokens; });
        QVERIFY(exportAction->isVisible());
        QTRY_VERIFY(exportAction->isEnabled());
        const QString first = f.shownNames().value(0);
        const QString second = f.shownNames().value(1);
        f.window->tableView()->selectionModel()->clearSelection();
        f.select(second);
        f.window->tableView()->selectionModel()->select(
            f.view()->index(f.rowOf(first), 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        QTest::keyClick(f.window.get(), Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(exported.size(), 2);
        QCOMPARE(exported.constFirst().name, second); // the current token first
        QCOMPARE(exported.constLast().name, first);
        QCOMPARE(f.window->selectedTokens().size(), 2);
        QCOMPARE(f.window->tokenContext().tokens.size(), MainWindowFixture::TokenCount);
    }

    void accountSwitcherShowsTheChosenAccountAndSaysWhichOneIsShown()
    {
        MainWindowFixture f;
        QVERIFY(f.startOnSandbox());
        // The same API client on another account of the sandbox (an account switch key): no tokens there.
        Credentials other = f.window->sandbox()->credentials();
        other.accountSwitchKey = QStringLiteral("1-ABCDE");
        QCOMPARE(f.m_store.addSessionProfile(QStringLiteral("Other account"), other), QString());

        auto* combo = f.window->findChild<QComboBox*>(QStringLiteral("accountCombo"));
        QVERIFY(combo);
        QTRY_COMPARE(combo->count(), 2);
        QCOMPARE(combo->currentText(), SandboxSession::defaultAccountName());
        QSignalSpy loaded(f.window.get(), &MainWindow::tokensLoaded);
        combo->setCurrentIndex(combo->findText(QStringLiteral("Other account")));
        emit combo->activated(combo->currentIndex());
        QVERIFY(MainWindowFixture::waitForLoad(loaded));
        QCOMPARE(f.window->currentAccount(), QStringLiteral("Other account"));
        QCOMPARE(f.view()->rowCount(), 0);
        QCOMPARE(f.window->emptyState()->title(), QStringLiteral("No tokens yet"));
        QVERIFY(f.window->accountIndicator()->text().startsWith(
            QStringLiteral("Other account \u00b7 http://127.0.0.1:")));
        QVERIFY(f.window->accountIndicator()->text().endsWith(QStringLiteral("account key 1-ABCDE")));
        QVERIFY(f.window->windowTitle().startsWith(QStringLiteral("Other account")));

        loaded.clear();
        combo->setCurrentIndex(combo->findText(SandboxSession::defaultAccountName()));
        emit combo->activated(combo->currentIndex());
        QVERIFY(MainWindowFixture::waitForLoad(loaded));
        QCOMPARE(f.view()->rowCount(), MainWindowFixture::TokenCount);
        QVERIFY(f.window->accountIndicator()->text().startsWith(QStringLiteral("Local sandbox")));
    }

    void preferencesDialogAppliesThresholds()
    {
        MainWindowFixture f;
        QVERIFY(f.startOnSandbox());
        const int before = f.window->summaryBar()->summary().needsAttention();
        f.window->action(QStringLiteral("actionPreferences"))->trigger();
        PreferencesDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = f.window->findChild<PreferencesDialog*>()) != nullptr);
        AppPreferences wanted = dialog->preferences();
        QCOMPARE(wanted, AppPreferences());
        wanted.thresholds.criticalDays = 3;
        wanted.thresholds.warningDays = 2; // below critical: raised to it
        wanted.autoRefreshMinutes = 5;
        dialog->setPreferences(wanted);
        QCOMPARE(dialog->preferences().thresholds.warningDays, 3);
        dialog->accept();
        QCOMPARE(f.window->preferences().thresholds.criticalDays, 3);
        QCOMPARE(f.window->preferences().thresholds.warningDays, 3);
        QCOMPARE(f.window->preferences().autoRefreshMinutes, 5);
        QTRY_VERIFY(f.window->summaryBar()->summary().needsAttention() < before);
        QCOMPARE(f.window->summaryBar()->summary().thresholds().criticalDays, 3);
        QCOMPARE(AppPreferences::load(f.m_settings), f.window->preferences());
    }

    void commandLine()
    {
        GuiCommandLine commandLine;
        const QString program = QStringLiteral("edgekv-token-manager");
        QCOMPARE(commandLine.parse({program, QStringLiteral("--sandbox")}), GuiCommandLine::Result::Run);
        QVERIFY(commandLine.options().sandbox);
        QCOMPARE(commandLine.parse({program, QStringLiteral("--edgerc"), QStringLiteral("/tmp/x"),
                                    QStringLiteral("--section"), QStringLiteral("ci")}),
                 GuiCommandLine::Result::Run);
        QCOMPARE(commandLine.options().edgercPath, QStringLiteral("/tmp/x"));
        QCOMPARE(commandLine.options().edgercSection, QStringLiteral("ci"));
        // QApplication's own options are left to it.
        QCOMPARE(commandLine.parse({program, QStringLiteral("-platform"), QStringLiteral("offscreen"),
                                    QStringLiteral("--sandbox"), QStringLiteral("-reverse")}),
                 GuiCommandLine::Result::Run);
        QVERIFY(commandLine.options().sandbox);
        QCOMPARE(commandLine.parse({program, QStringLiteral("--version")}),
                 GuiCommandLine::Result::ShowVersion);
        QCOMPARE(GuiCommandLine::versionText(), QStringLiteral("edgekv-token-manager " EDGEKV_VERSION "\n"));
        QCOMPARE(commandLine.parse({program, QStringLiteral("--help")}), GuiCommandLine::Result::ShowHelp);
        QVERIFY(commandLine.helpText().startsWith(QStringLiteral("Usage: edgekv-token-manager")));
        QVERIFY(commandLine.helpText().contains(QStringLiteral("--sandbox")));
        for (const QStringList& bad : QList<QStringList>{
                 {program, QStringLiteral("--bogus")},
                 {program, QStringLiteral("--section"), QStringLiteral("x")},
                 {program, QStringLiteral("--sandbox"), QStringLiteral("--edgerc"), QStringLiteral("f")},
                 {program, QStringLiteral("--sandbox-tokens"), QStringLiteral("5")},
                 {program, QStringLiteral("extra")}}) {
            QCOMPARE(commandLine.parse(bad), GuiCommandLine::Result::Error);
            QVERIFY(!commandLine.errorText().isEmpty());
        }
    }

    void sandboxStartupPathOpensTheSeededSandbox()
    {
        MainWindowFixture f;
        GuiCommandLine commandLine;
        QCOMPARE(commandLine.parse({QStringLiteral("edgekv-token-manager"), QStringLiteral("--sandbox")}),
                 GuiCommandLine::Result::Run);
        f.window->show();
        QSignalSpy loaded(f.window.get(), &MainWindow::tokensLoaded);
        QCOMPARE(GuiCommandLine::start(*f.window, commandLine.options()), QString());
        QVERIFY(MainWindowFixture::waitForLoad(loaded));
        QCOMPARE(f.view()->rowCount(), SandboxSession::Options::DefaultTokenCount);
        QCOMPARE(f.window->currentAccount(), SandboxSession::defaultAccountName());
        QCOMPARE(f.m_keychain.size(), 0); // session-only: nothing in the keychain
        QVERIFY(f.m_settings.childGroups().contains(QStringLiteral("mainwindow")));
        QVERIFY(!f.m_settings.contains(QStringLiteral("accounts/Sandbox/host")));
    }

    void edgercStartupPathOpensTheSectionOrSaysWhatIsWrong()
    {
        // A sandbox to point the .edgerc at.
        MainWindowFixture host;
        QVERIFY(host.startOnSandbox(3));
        QTemporaryDir dir;
        const QString edgerc = dir.filePath(QStringLiteral("edgerc"));
        QCOMPARE(
            EdgercWriter::writeSection(edgerc, QStringLiteral("ci"), host.window->sandbox()->credentials()),
            QString());

        MainWindowFixture f;
        f.window->show();
        GuiOptions options;
        options.edgercPath = edgerc;
        options.edgercSection = QStringLiteral("missing");
        QVERIFY(!GuiCommandLine::start(*f.window, options).isEmpty());
        QVERIFY(f.window->errorBanner()->isVisible());
        QVERIFY(f.window->errorBanner()->message().contains(QStringLiteral("missing")));

        options.edgercSection = QStringLiteral("ci");
        QSignalSpy loaded(f.window.get(), &MainWindow::tokensLoaded);
        QCOMPARE(GuiCommandLine::start(*f.window, options), QString());
        QVERIFY(MainWindowFixture::waitForLoad(loaded));
        QCOMPARE(f.view()->rowCount(), 3);
        QCOMPARE(f.window->currentAccount(), QStringLiteral("ci (.edgerc)"));
        QVERIFY(f.window->accountIndicator()->text().contains(QStringLiteral("http://127.0.0.1:")));
    }

    void executablePrintsItsVersionAndRejectsBadUsage()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.start(appPath(), {QStringLiteral("--version")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()),
                 QStringLiteral("edgekv-token-manager " EDGEKV_VERSION "\n"));

        process.start(appPath(), {QStringLiteral("--section"), QStringLiteral("x")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("--edgerc")));
        // Started under a German locale, the program answers in German.
        for (const QString& variable :
             {QStringLiteral("LC_ALL"), QStringLiteral("LC_MESSAGES"), QStringLiteral("LANGUAGE")})
            env.remove(variable);
        env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        process.setProcessEnvironment(env);
        process.start(appPath(), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QString help = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(help.contains(QStringLiteral("Die lokale Sandbox in diesem Prozess starten")),
                 qPrintable(help));
        process.start(appPath(), {QStringLiteral("--section"), QStringLiteral("x")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(QString::fromUtf8(process.readAllStandardError())
                    .contains(QStringLiteral("--section geht nur zusammen mit --edgerc.")));
    }

    void geometryColumnsAndSplitterAreRemembered()
    {
        QTemporaryDir dir;
        const QString settings = MainWindowFixture::settingsPathIn(dir);
        {
            MainWindowFixture f(settings);
            f.window->show();
            f.window->resize(900, 640);
            f.window->tableView()->horizontalHeader()->resizeSection(TokenTableModel::Name, 321);
            f.window->tableView()->horizontalHeader()->moveSection(TokenTableModel::Issued, 1);
            f.window->close();
        }
        MainWindowFixture g(settings);
        g.window->show();
        QCOMPARE(g.window->size(), QSize(900, 640));
        QCOMPARE(g.window->tableView()->horizontalHeader()->sectionSize(TokenTableModel::Name), 321);
        QCOMPARE(g.window->tableView()->horizontalHeader()->visualIndex(TokenTableModel::Issued), 1);
    }

    void darkPaletteKeepsStatusTextReadable()
    {
        MainWindowFixture f;
        QVERIFY(f.startOnSandbox());
        f.window->setPalette(darkPalette());
        QTRY_VERIFY(StatusStyle::isDark(f.window->presenter()->palette()));
        const QColor base = darkPalette().color(QPalette::Base);
        for (int row = 0; row < f.view()->rowCount(); ++row) {
            const QModelIndex status = f.view()->index(row, TokenTableModel::Status);
            const auto kind = TokenStatus::Kind(status.data(TokenTableModel::StatusKindRole).toInt());
            const QColor color = status.data(Qt::ForegroundRole).value<QColor>();
            QCOMPARE(color, StatusStyle::textColor(kind, darkPalette()));
            QVERIFY2(contrast(color, base) >= 4.5, qPrintable(status.data().toString()));
            const QColor lightColor = StatusStyle::textColor(kind, QPalette(Qt::white));
            QVERIFY2(contrast(lightColor, Qt::white) >= 4.5, qPrintable(status.data().toString()));
        }
        f.select(MainWindowFixture::seededName(SandboxSeeder::Category::EnhancedActive));
        f.window->resize(1280, 800);
        QTest::qWait(50);
        MainWindowFixture::saveShot(f.window.get(), QStringLiteral("dark-1280x800"));
        QVERIFY(!f.window->grab().isNull());
    }

    void usableAt800x600And1920x1080()
    {
        MainWindowFixture f;
        QVERIFY(f.startOnSandbox());
        QVERIFY(f.window->minimumSizeHint().width() <= 800);
        QVERIFY(f.window->minimumSizeHint().height() <= 600);
        for (const QSize& size : {QSize(800, 600), QSize(1920, 1080)}) {
            f.window->resize(size);
            QTRY_COMPARE(f.window->size(), size);
            QVERIFY(f.window->tableView()->height() >= 150);
            QVERIFY(f.window->tableView()->viewport()->width() >= 300);
            QVERIFY(f.window->summaryBar()->isVisible());
            MainWindowFixture::saveShot(f.window.get(),
                                        QStringLiteral("light-%1x%2").arg(size.width()).arg(size.height()));
            QVERIFY(!f.window->grab().isNull());
        }
    }

    void preferencesChangeThresholdsAndNotificationsAreRememberedPerState()
    {
        MainWindowFixture f;
        QList<ExpiryNotifier::Notification> sent;
        f.window->notifier()->setSink([&](const ExpiryNotifier::Notification& n) { sent << n; });
        QVERIFY(f.startOnSandbox());
        QVERIFY(sent.isEmpty()); // off by default

        AppPreferences preferences = f.window->preferences();
        QCOMPARE(preferences.notificationsEnabled, false);
        preferences.notificationsEnabled = true;
        f.window->setPreferences(preferences);
        QVERIFY(f.pressRefresh());
        QCOMPARE(sent.size(), 1);
        const int attention = f.window->summaryBar()->summary().needsAttention();
        QCOMPARE(sent.constFirst().tokenNames.size(), attention);
        QCOMPARE(sent.constFirst().kind, TokenStatus::Kind::Expired);

        // Nothing new: no second notification.
        QVERIFY(f.pressRefresh());
        QCOMPARE(sent.size(), 1);

        // A wider warning window makes valid legacy tokens cross a threshold: those are notified.
        preferences.thresholds.warningDays = 180;
        f.window->setPreferences(preferences);
        QTRY_VERIFY(f.window->summaryBar()->summary().needsAttention() > attention);
        QVERIFY(f.pressRefresh());
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.constLast().tokenNames.size(),
                 f.window->summaryBar()->summary().needsAttention() - attention);
        QCOMPARE(AppPreferences::load(f.m_settings), f.window->preferences());
    }
};

QTEST_MAIN(TestMainWindowStates)
#include "tst_mainwindow_states.moc"
