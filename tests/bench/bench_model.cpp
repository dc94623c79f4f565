// Benchmark: model load, sort and filter of 10,000 tokens (goal: each at most 100 ms).
//
// The tokens are the sandbox's demo mix (both models, every status, namespaces and EdgeWorker IDs) with
// their details. Measured twice: on the models alone (TokenTableModel -> TokenFilterProxyModel ->
// TokenTablePresenter, as the window stacks them), and in the main window with its table view shown
// (offscreen), where a change also updates the view, the summary line and the details panel.
//
// Run: build/<preset>/tests/bench/bench_model [--tokens N] [--runs N]

#include "SandboxOptions.h"
#include "SandboxSeeder.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/TokenTablePresenter.h"
#include "tokens/TokenFilterProxyModel.h"
#include "tokens/TokenTableModel.h"
#include "util/Clock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace edgekv;

namespace {

// The offscreen platform warns each time the window's minimum size changes; that is noise here.
QtMessageHandler g_standardHandler = nullptr;

void quietMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (!message.contains(QLatin1String("propagateSizeHints")) && g_standardHandler)
        g_standardHandler(type, context, message);
}

QDateTime benchNow()
{
    return QDateTime(QDate(2025, 3, 10), QTime(12, 0), Qt::UTC);
}

Token toToken(const SandboxToken& in, const QDateTime& now)
{
    Token token;
    token.name = in.name;
    token.uuid = in.uuid;
    token.model = in.model == TokenModel::Legacy ? Token::Model::Legacy : Token::Model::Enhanced;
    token.expiry = in.expiry;
    token.issueDate = in.issueDate;
    token.latestRefreshDate = in.latestRefreshDate;
    token.nextScheduledRefreshDate = in.nextScheduledRefreshDate;
    token.activationStatus = Token::activationStatusFromName(in.activationStatus(now));
    token.allowOnStaging = in.allowOnStaging;
    token.allowOnProduction = in.allowOnProduction;
    for (auto it = in.namespacePermissions.cbegin(); it != in.namespacePermissions.cend(); ++it)
        token.namespacePermissions.insert(it.key(), it.value().join(QString()));
    token.restrictToEdgeWorkerIds = in.restrictToEdgeWorkerIds;
    token.cpcode = in.cpcode;
    token.hasDetails = true;
    return token;
}

QList<Token> makeTokens(int count)
{
    QList<Token> tokens;
    const QList<SandboxToken> seeded = SandboxSeeder::makeTokens(
        count, SandboxOptions::defaultNamespaces(), QStringLiteral("1234567"), benchNow().date());
    tokens.reserve(seeded.size());
    for (const SandboxToken& token : seeded)
        tokens.append(toToken(token, benchNow()));
    return tokens;
}

struct Result
{
    QString name;
    QList<double> ms;
    double best() const { return *std::min_element(ms.cbegin(), ms.cend()); }
    double median() const
    {
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        return sorted.at(sorted.size() / 2);
    }
};

// Runs step runs times after setup, timing step only; settle runs after step (event processing that
// belongs to it, e.g. a view's update).
Result measure(const QString& name, int runs, const std::function<void()>& setup,
               const std::function<void()>& step, const std::function<void()>& settle = {})
{
    Result result{name, {}};
    for (int i = 0; i < runs; ++i) {
        if (setup)
            setup();
        QElapsedTimer timer;
        timer.start();
        step();
        if (settle)
            settle();
        result.ms.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return result;
}

void print(const QList<Result>& results, int tokens)
{
    std::printf("%-52s %10s %10s   (%d tokens, goal <= 100 ms)\n", "", "best ms", "median ms", tokens);
    for (const Result& result : results)
        std::printf("%-52s %10.1f %10.1f %s\n", qPrintable(result.name), result.best(), result.median(),
                    result.median() <= 100.0 ? "" : "  over the goal");
    std::fflush(stdout);
}

QList<Result> benchModels(const QList<Token>& tokens, const QList<Token>& refreshed, int runs,
                          const Clock& clock)
{
    TokenTableModel model;
    model.setClock(clock);
    TokenFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    TokenTablePresenter presenter;
    presenter.setSourceModel(&proxy);

    QList<Result> results;
    results << measure(
        QStringLiteral("models: load into an empty model (sorted)"), runs, [&] { model.clear(); },
        [&] { model.setTokens(tokens); });
    results << measure(
        QStringLiteral("models: reload, same names, new data"), runs, [&] { model.setTokens(tokens); },
        [&] { model.setTokens(refreshed); });
    results << measure(
        QStringLiteral("models: sort by name"), runs, [&] { proxy.sortByAttention(); },
        [&] { proxy.sort(TokenTableModel::Name, Qt::AscendingOrder); });
    results << measure(
        QStringLiteral("models: sort by expiry, descending"), runs, [&] { proxy.sortByAttention(); },
        [&] { proxy.sort(TokenTableModel::Expires, Qt::DescendingOrder); });
    results << measure(
        QStringLiteral("models: sort by attention"), runs,
        [&] { proxy.sort(TokenTableModel::Name, Qt::AscendingOrder); }, [&] { proxy.sortByAttention(); });
    results << measure(
        QStringLiteral("models: search \"geo\" (names and namespaces)"), runs,
        [&] { proxy.setSearchText({}); }, [&] { proxy.setSearchText(QStringLiteral("geo")); });
    results << measure(
        QStringLiteral("models: filter needs attention"), runs,
        [&] {
            proxy.setSearchText({});
            proxy.setFilter(TokenFilterProxyModel::Filter::All);
        },
        [&] { proxy.setFilter(TokenFilterProxyModel::Filter::NeedsAttention); });
    results << measure(
        QStringLiteral("models: filter auto-refresh"), runs,
        [&] { proxy.setFilter(TokenFilterProxyModel::Filter::All); },
        [&] { proxy.setFilter(TokenFilterProxyModel::Filter::AutoRefresh); });
    results << measure(QStringLiteral("models: read every cell's display text and icon"), runs, {}, [&] {
        for (int row = 0; row < presenter.rowCount(); ++row) {
            for (int column = 0; column < presenter.columnCount(); ++column) {
                const QModelIndex index = presenter.index(row, column);
                index.data(Qt::DisplayRole);
                index.data(Qt::DecorationRole);
                index.data(Qt::ForegroundRole);
            }
        }
    });
    return results;
}

QList<Result> benchWindow(const QList<Token>& tokens, const QList<Token>& refreshed, int runs,
                          MockClock& clock)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AccountStore store(&settings, nullptr);
    MainWindow::Services services;
    services.accounts = &store;
    services.settings = &settings;
    services.clock = &clock;
    MainWindow window(services);
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();
    TokenTableModel* model = window.model();
    TokenFilterProxyModel* proxy = window.filterModel();
    // What the user waits for: the model change, the events it posts, and one paint of the window.
    const auto settle = [&] {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents();
        window.repaint();
    };

    QList<Result> results;
    results << measure(
        QStringLiteral("window: load into an empty table (sorted, painted)"), runs,
        [&] {
            model->clear();
            settle();
        },
        [&] { model->setTokens(tokens); }, settle);
    results << measure(
        QStringLiteral("window: reload, same names, new data"), runs,
        [&] {
            model->setTokens(tokens);
            settle();
        },
        [&] { model->setTokens(refreshed); }, settle);
    results << measure(
        QStringLiteral("window: click the Name header"), runs,
        [&] {
            proxy->sortByAttention();
            settle();
        },
        [&] { window.tableView()->sortByColumn(TokenTableModel::Name, Qt::AscendingOrder); }, settle);
    results << measure(
        QStringLiteral("window: type \"geo\" in the search box"), runs,
        [&] {
            proxy->setSearchText({});
            settle();
        },
        [&] { proxy->setSearchText(QStringLiteral("geo")); }, settle);
    results << measure(
        QStringLiteral("window: filter needs attention"), runs,
        [&] {
            proxy->setSearchText({});
            proxy->setFilter(TokenFilterProxyModel::Filter::All);
            settle();
        },
        [&] { proxy->setFilter(TokenFilterProxyModel::Filter::NeedsAttention); }, settle);
    return results;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    g_standardHandler = qInstallMessageHandler(quietMessages);
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("tokens"), QStringLiteral("Tokens in the model (default 10000)."),
         QStringLiteral("N"), QStringLiteral("10000")},
        {QStringLiteral("runs"), QStringLiteral("Runs per measurement (default 7)."), QStringLiteral("N"),
         QStringLiteral("7")},
    });
    parser.process(app);
    const int count = qBound(1, parser.value(QStringLiteral("tokens")).toInt(), 1000000);
    const int runs = qBound(1, parser.value(QStringLiteral("runs")).toInt(), 100);

    MockClock clock(benchNow());
    const QList<Token> tokens = makeTokens(count);
    // A refresh: the same names with one more namespace each, so every row really changes.
    QList<Token> refreshed = tokens;
    for (Token& token : refreshed)
        token.namespacePermissions.insert(QStringLiteral("zz-added"), QStringLiteral("r"));

    print(benchModels(tokens, refreshed, runs, clock), count);
    print(benchWindow(tokens, refreshed, runs, clock), count);
    return 0;
}
