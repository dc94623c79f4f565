#pragma once

#include "SandboxSeeder.h"
#include "SandboxServer.h"
#include "credentials/AccountStore.h"
#include "credentials/MemorySecretStore.h"
#include "mainwindow/AccountConnection.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/SandboxSession.h"
#include "tokens/TokenTableModel.h"
#include "util/Clock.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace edgekv::test {

// A main window with its own settings file, an in-memory keychain, a clock that stands still at noon UTC
// on a fixed day and short retry waits, optionally on the in-process sandbox with the seeded demo tokens.
class MainWindowFixture
{
public:
    static constexpr int TokenCount = 24;
    static constexpr int WaitMs = 30000;

    static QDateTime now() { return QDateTime(QDate(2025, 3, 10), QTime(12, 0), Qt::UTC); }

    // settingsPath: another fixture's settings file (to test what is remembered across windows); empty: a
    // fresh one.
    explicit MainWindowFixture(const QString& settingsPath = {})
        : m_settings(settingsPath.isEmpty() ? settingsPathIn(m_dir) : settingsPath, QSettings::IniFormat),
          m_store(&m_settings, &m_keychain), m_clock(now())
    {
        MainWindow::Services services;
        services.accounts = &m_store;
        services.settings = &m_settings;
        services.clock = &m_clock;
        services.network = &m_network;
        window = std::make_unique<MainWindow>(services);
        ApiClientSettings api;
        api.timeoutMs = 10000;
        api.backoffBaseMs = 20;
        api.backoffCapMs = 100;
        window->connection()->setApiSettings(api);
    }

    static QString settingsPathIn(const QTemporaryDir& dir)
    {
        return dir.filePath(QStringLiteral("settings.ini"));
    }

    // Shows the window on the sandbox and waits until every row has its details.
    bool startOnSandbox(int tokens = TokenCount)
    {
        window->show();
        QSignalSpy loaded(window.get(), &MainWindow::tokensLoaded);
        SandboxSession::Options options;
        options.tokenCount = tokens;
        options.clock = &m_clock;
        if (!window->startSandbox(options).isEmpty())
            return false;
        return waitForLoad(loaded);
    }

    static bool waitForLoad(QSignalSpy& loaded)
    {
        if (loaded.isEmpty() && !loaded.wait(WaitMs))
            return false;
        return loaded.constLast().value(0).toBool();
    }

    // F5 and wait for the load it starts.
    bool pressRefresh()
    {
        QSignalSpy loaded(window.get(), &MainWindow::tokensLoaded);
        QTest::keyClick(window->tableView(), Qt::Key_F5);
        return waitForLoad(loaded);
    }

    // With EDGEKV_UI_SHOTS set to a folder, saves what widget shows as <folder>/<name>.png, for a person to
    // look at (the tests never compare pixels).
    static void saveShot(QWidget* widget, const QString& name)
    {
        const QString folder = qEnvironmentVariable("EDGEKV_UI_SHOTS");
        if (!folder.isEmpty())
            widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    SandboxServer& server() { return *window->sandbox()->server(); }
    QAbstractItemModel* view() { return window->tableView()->model(); }

    // The table row (view model) of a token, -1 when it is not shown.
    int rowOf(const QString& name)
    {
        QAbstractItemModel* model = view();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, TokenTableModel::Name).data().toString() == name)
                return row;
        }
        return -1;
    }
    QModelIndex cell(const QString& name, int column)
    {
        const int row = rowOf(name);
        return row < 0 ? QModelIndex() : view()->index(row, column);
    }
    QStringList shownNames()
    {
        QStringList names;
        for (int row = 0; row < view()->rowCount(); ++row)
            names << view()->index(row, TokenTableModel::Name).data().toString();
        return names;
    }
    void select(const QString& name)
    {
        const int row = rowOf(name);
        QVERIFY2(row >= 0, qPrintable(name));
        window->tableView()->setFocus();
        window->tableView()->selectionModel()->setCurrentIndex(
            view()->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    QString currentName()
    {
        const QModelIndex current = window->tableView()->currentIndex();
        return current.isValid() ? current.siblingAtColumn(TokenTableModel::Name).data().toString()
                                 : QString();
    }

    // The first seeded token of category (the seeder's order).
    static QString seededName(SandboxSeeder::Category category)
    {
        const QList<SandboxToken> tokens = SandboxSeeder::makeTokens(
            TokenCount, SandboxOptions::defaultNamespaces(), QStringLiteral("1234567"), now().date());
        for (int i = 0; i < tokens.size(); ++i) {
            if (SandboxSeeder::categoryAt(i) == category)
                return tokens.at(i).name;
        }
        return {};
    }
    static int seededCount(SandboxSeeder::Category category, int count = TokenCount)
    {
        int n = 0;
        for (int i = 0; i < count; ++i)
            n += SandboxSeeder::categoryAt(i) == category ? 1 : 0;
        return n;
    }

    QTemporaryDir m_dir;
    QSettings m_settings;
    MemorySecretStore m_keychain;
    AccountStore m_store;
    MockClock m_clock;
    QNetworkAccessManager m_network;
    std::unique_ptr<MainWindow> window;
};

} // namespace edgekv::test
