// Benchmark: the GUI's peak memory (VmHWM, peak resident set) with 1,000 tokens (goal <= 150 MB).
//
// This process is the GUI: an offscreen QApplication with the main window at 1280x800 on an account whose
// tokens come from an edgekv-sandbox started as a separate process (so the server's memory is not counted).
// After every row has its details, the window is painted while the table scrolls from top to bottom and
// every row is selected once (the details panel shows each token); then the peak is read.
//
// Run: build/<preset>/tests/bench/bench_gui_memory [--tokens N] [--executable PATH]

#include "credentials/AccountStore.h"
#include "mainwindow/MainWindow.h"
#include "tokens/TokenTableModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

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

// A "Vm…:" line of /proc/self/status, in kB; -1 when unknown.
long statusKb(const char* field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

void report(const char* when)
{
    std::printf("%-44s VmRSS %7.1f MB   VmHWM (peak) %7.1f MB\n", when, double(statusKb("VmRSS")) / 1024.0,
                double(statusKb("VmHWM")) / 1024.0);
    std::fflush(stdout);
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
        {QStringLiteral("tokens"), QStringLiteral("Tokens in the account (default 1000)."),
         QStringLiteral("N"), QStringLiteral("1000")},
        {QStringLiteral("executable"), QStringLiteral("The edgekv-sandbox program."), QStringLiteral("PATH"),
         QStringLiteral(EDGEKV_SANDBOX_EXECUTABLE)},
    });
    parser.process(app);
    const int tokens = qBound(0, parser.value(QStringLiteral("tokens")).toInt(), 100000);
    report("QApplication created");

    QTemporaryDir dir;
    const QString edgerc = dir.filePath(QStringLiteral("bench.edgerc"));
    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(
        parser.value(QStringLiteral("executable")),
        {QStringLiteral("--seed"), QString::number(tokens), QStringLiteral("--write-edgerc"), edgerc});
    QByteArray line;
    while (!line.contains('\n') && server.waitForReadyRead(30000))
        line += server.readAllStandardOutput();
    if (!line.startsWith("listening on ")) {
        std::fprintf(stderr, "the sandbox did not start (%s)\n", qPrintable(server.program()));
        return 1;
    }

    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AccountStore store(&settings, nullptr);
    MainWindow::Services services;
    services.accounts = &store;
    services.settings = &settings;
    MainWindow window(services);
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();
    report("main window shown, no account");

    QEventLoop loop;
    QObject::connect(&window, &MainWindow::tokensLoaded, &loop, [&](bool ok) { loop.exit(ok ? 0 : 1); });
    QElapsedTimer timer;
    timer.start();
    if (const QString error = window.openEdgerc(edgerc, QStringLiteral("default")); !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    if (loop.exec() != 0) {
        std::fprintf(stderr, "the tokens could not be loaded\n");
        return 1;
    }
    std::printf("%d tokens with details loaded in %lld ms\n", window.model()->rowCount(), timer.elapsed());
    report("all tokens loaded");

    QTableView* table = window.tableView();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        table->selectRow(row);
        if (row % 10 == 0) {
            QCoreApplication::processEvents();
            window.repaint();
        }
    }
    table->verticalScrollBar()->setValue(0);
    window.repaint();
    report("every row selected and painted");

    server.terminate();
    server.waitForFinished(10000);
    const double peakMb = double(statusKb("VmHWM")) / 1024.0;
    std::printf("GUI peak RSS with %d tokens: %.1f MB (goal <= 150 MB) %s\n", tokens, peakMb,
                peakMb <= 150.0 ? "met" : "NOT met");
    return 0;
}
