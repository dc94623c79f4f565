// The GUI in German: with the translations installed for de_DE (what LANG=de_DE.UTF-8 selects), the main
// window, its menus and actions and a dialog's window title show the German strings of edgekv_de.ts.

#include "MainWindowFixture.h"
#include "accounts/AccountsDialog.h"
#include "check/BundleCheckDialog.h"
#include "create/CreateTokenDialog.h"
#include "export/ExportDialog.h"
#include "mainwindow/TokenDialogs.h"
#include "util/Translations.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QScreen>
#include <QToolBar>

using namespace edgekv;
using namespace edgekv::test;

class TestTranslationsGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const InstalledTranslations installed =
            installTranslations(*QCoreApplication::instance(), QLocale(QStringLiteral("de_DE")));
        QVERIFY(installed.app);
    }

    void mainWindowIsGerman()
    {
        MainWindowFixture f;
        f.window->show();
        QCOMPARE(f.window->windowTitle(), QStringLiteral("EdgeKV Token Manager"));
        auto* toolBar = f.window->findChild<QToolBar*>();
        QVERIFY(toolBar);
        QCOMPARE(toolBar->windowTitle(), QStringLiteral("Werkzeugleiste"));
        auto* newToken = f.window->findChild<QAction*>(QStringLiteral("actionNewToken"));
        QVERIFY(newToken);
        QCOMPARE(newToken->text(), QStringLiteral("&Neues Token…"));
        auto* menuFile = f.window->findChild<QMenu*>(QStringLiteral("menuFile"));
        QVERIFY(menuFile);
        QCOMPARE(menuFile->title(), QStringLiteral("&Datei"));
        auto* preferences = f.window->findChild<QAction*>(QStringLiteral("actionPreferences"));
        QVERIFY(preferences);
        QCOMPARE(preferences->text(), QStringLiteral("&Einstellungen…"));
    }

    // German runs about a third longer than English: the window and its dialogs must still fit a small
    // screen, where a dialog wider than the screen cannot be used.
    void theGermanWindowAndDialogsFitASmallScreen()
    {
        MainWindowFixture f;
        QVERIFY(f.startOnSandbox());
        auto* dialogs = TokenDialogs::install(*f.window);
        // The offscreen platform's screen is 800 pixels wide (and 800 high).
        const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size();
        QCOMPARE(screen.width(), 800);
        const auto fits = [&screen](QWidget* widget) {
            const QSize minimum = widget->minimumSizeHint().expandedTo(widget->minimumSize());
            if (minimum.width() > screen.width() || minimum.height() > screen.height() ||
                widget->width() > screen.width() || widget->height() > screen.height()) {
                qWarning() << widget->metaObject()->className() << "minimum" << minimum << "size"
                           << widget->size();
                return false;
            }
            return true;
        };
        QVERIFY(fits(f.window.get()));

        f.select(MainWindowFixture::seededName(SandboxSeeder::Category::LegacyValid));
        dialogs->openCreate(f.window.get(), f.window->tokenContext());
        CreateTokenDialog* create = nullptr;
        QTRY_VERIFY((create = f.window->findChild<CreateTokenDialog*>()) != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(!create->isLoading(), MainWindowFixture::WaitMs);
        QVERIFY(fits(create));
        create->reject();

        dialogs->openExport(f.window.get(), f.window->client(), f.window->selectedTokens(),
                            f.window->currentAccount());
        ExportDialog* exportDialog = nullptr;
        QTRY_VERIFY((exportDialog = f.window->findChild<ExportDialog*>()) != nullptr);
        QVERIFY(fits(exportDialog));
        exportDialog->reject();

        BundleCheckDialog check(f.window->model()->tokens(), f.window->clock(), 30, f.window.get());
        check.show();
        QVERIFY(fits(&check));
    }

    void dialogTitleIsGerman()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        MemorySecretStore keychain;
        AccountStore store(&settings, &keychain);
        AccountsDialog dialog(&store);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Konten"));
    }
};

QTEST_MAIN(TestTranslationsGui)
#include "tst_translations_gui.moc"
