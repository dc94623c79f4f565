// The GUI in German: the test starts like the app does under LANG=de_DE.UTF-8 (the system locale picks the
// translation), and the main window, its menus and actions and the dialogs' window titles show the German
// strings of edgekv_de.ts.

#include "MainWindowFixture.h"
#include "accounts/AccountsDialog.h"
#include "check/BundleCheckDialog.h"
#include "create/CreateTokenDialog.h"
#include "export/ExportDialog.h"
#include "mainwindow/PreferencesDialog.h"
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
        // As ui/app/main.cpp does: the system locale, which main() below set up as LANG=de_DE.UTF-8.
        QCOMPARE(QLocale().name(), QStringLiteral("de_DE"));
        const InstalledTranslations installed = installTranslations(*QCoreApplication::instance());
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
        QCOMPARE(create->windowTitle(), QStringLiteral("Neues Zugriffstoken"));
        QVERIFY(fits(create));
        create->reject();

        dialogs->openExport(f.window.get(), f.window->client(), f.window->selectedTokens(),
                            f.window->currentAccount());
        ExportDialog* exportDialog = nullptr;
        QTRY_VERIFY((exportDialog = f.window->findChild<ExportDialog*>()) != nullptr);
        QCOMPARE(exportDialog->windowTitle(), QStringLiteral("edgekv_tokens.js exportieren"));
        QVERIFY(fits(exportDialog));
        exportDialog->reject();

        BundleCheckDialog check(f.window->model()->tokens(), f.window->clock(), 30, f.window.get());
        check.show();
        QCOMPARE(check.windowTitle(), QStringLiteral("Bundle prüfen"));
        QVERIFY(fits(&check));
    }

    void dialogTitlesAreGerman()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        MemorySecretStore keychain;
        AccountStore store(&settings, &keychain);
        AccountsDialog dialog(&store);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Konten"));
        PreferencesDialog preferences(AppPreferences{});
        QCOMPARE(preferences.windowTitle(), QStringLiteral("Einstellungen"));
    }
};

int main(int argc, char** argv)
{
    // The environment of a German desktop session, set before the application reads the system locale.
    for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
        qunsetenv(variable);
    qputenv("LANG", "de_DE.UTF-8");
    QApplication app(argc, argv);
    TestTranslationsGui test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_translations_gui.moc"
