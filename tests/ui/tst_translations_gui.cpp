// The GUI in German: with the translations installed for de_DE (what LANG=de_DE.UTF-8 selects), the main
// window, its menus and actions and a dialog's window title show the German strings of edgekv_de.ts.

#include "MainWindowFixture.h"
#include "accounts/AccountsDialog.h"
#include "util/Translations.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
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
