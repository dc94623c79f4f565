// Benchmark: the main window on the in-process sandbox with 200 tokens and 50 ms injected latency per
// request: the time until every row has its details (goal <= 2.0 s; a one-at-a-time client needs
// 200 x 50 ms = 10 s), printed with its ratio to 200 x latency, and the time until the list shows.
//
// Run: build/<preset>/tests/bench/bench_load_details [--tokens N] [--latency-ms N] [--runs N]
//      [--max-in-flight N]   (default: the loader's own bound)

#include "SandboxServer.h"
#include "credentials/AccountStore.h"
#include "mainwindow/AccountConnection.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/SandboxSession.h"
#include "tokens/TokenListLoader.h"
#include "tokens/TokenTableModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace edgekv;

namespace {

// The offscreen platform warns each time the window's minimum size changes; that is noise here.
QtMessageHandler g_standardHandler = nullptr;

void quietMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (!message.contains(QLatin1String("propagateSizeHints")) && g_standardHandler)
        g_standardHandler(type, context, message);
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    g_standardHandler = qInstallMessageHandler(quietMessages);
    QLoggingCategory::setFilterRules(QStringLiteral("edgekv.*.debug=false\nedgekv.*.info=false"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("tokens"), QStringLiteral("Tokens in the sandbox (default 200)."),
         QStringLiteral("N"), QStringLiteral("200")},
        {QStringLiteral("latency-ms"), QStringLiteral("Latency of every answer (default 50)."),
         QStringLiteral("MS"), QStringLiteral("50")},
        {QStringLiteral("runs"), QStringLiteral("Loads to time (default 5)."), QStringLiteral("N"),
         QStringLiteral("5")},
        {QStringLiteral("max-in-flight"), QStringLiteral("Details requests at once (default: the loader's)."),
         QStringLiteral("N"), QStringLiteral("0")},
    });
    parser.process(app);
    const int tokens = qBound(1, parser.value(QStringLiteral("tokens")).toInt(), 100000);
    const int latencyMs = qBound(0, parser.value(QStringLiteral("latency-ms")).toInt(), 10000);
    const int runs = qBound(1, parser.value(QStringLiteral("runs")).toInt(), 100);
    const int maxInFlight = parser.value(QStringLiteral("max-in-flight")).toInt();

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AccountStore store(&settings, nullptr);
    MainWindow::Services services;
    services.accounts = &store;
    services.settings = &settings;
    MainWindow window(services);
    window.resize(1280, 800);
    window.show();

    SandboxSession::Options options;
    options.tokenCount = tokens;
    options.latencyMs = latencyMs;
    if (const QString error = window.startSandbox(options); !error.isEmpty()) {
        std::fprintf(stderr, "cannot start the sandbox: %s\n", qPrintable(error));
        return 1;
    }
    // The first load (just started) warms the connections up; it is not counted.
    QEventLoop loop;
    QObject::connect(&window, &MainWindow::tokensLoaded, &loop, &QEventLoop::quit);
    loop.exec();

    const double serialMs = double(tokens) * latencyMs;
    std::printf("%d tokens, %d ms latency per answer; one at a time the details take %.0f ms\n", tokens,
                latencyMs, serialMs);
    std::printf("%-5s %14s %18s %12s %14s\n", "run", "list shown ms", "all details ms", "ratio",
                "peak in flight");
    QList<double> totals;
    for (int run = 1; run <= runs; ++run) {
        // A fresh account view, as after switching accounts: every row starts without details.
        window.model()->clear();
        QElapsedTimer timer;
        double listMs = 0;
        const QMetaObject::Connection opened =
            QObject::connect(window.connection(), &AccountConnection::opened, &window, [&] {
                if (maxInFlight > 0)
                    window.connection()->loader()->setMaxInFlight(maxInFlight);
            });
        const QMetaObject::Connection listed =
            QObject::connect(window.connection(), &AccountConnection::listLoaded, &window,
                             [&] { listMs = double(timer.nsecsElapsed()) / 1e6; });
        timer.start();
        window.openAccount(window.currentAccount());
        loop.exec();
        const double totalMs = double(timer.nsecsElapsed()) / 1e6;
        QObject::disconnect(opened);
        QObject::disconnect(listed);

        int withDetails = 0;
        for (int row = 0; row < window.model()->rowCount(); ++row)
            withDetails +=
                window.model()->detailsStateAt(row) != TokenTableModel::DetailsState::Pending ? 1 : 0;
        if (withDetails != tokens) {
            std::fprintf(stderr, "run %d: only %d of %d rows have their details\n", run, withDetails, tokens);
            return 1;
        }
        totals << totalMs;
        std::printf("%-5d %14.0f %18.0f %12.3f %14d\n", run, listMs, totalMs,
                    serialMs > 0 ? totalMs / serialMs : 0.0, window.connection()->loader()->peakInFlight());
        std::fflush(stdout);
    }
    std::sort(totals.begin(), totals.end());
    const double median = totals.at(totals.size() / 2);
    std::printf("median: every row has its details after %.0f ms = %.3f x (%d x %d ms); goal <= 2000 ms %s\n",
                median, serialMs > 0 ? median / serialMs : 0.0, tokens, latencyMs,
                median <= 2000 ? "met" : "NOT met");
    return 0;
}
