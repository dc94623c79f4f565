// Benchmark of the built edgekv-tokens against a sandbox in this process (not registered with ctest):
//   1. `list --details` on an account with 200 tokens and 50 ms latency per answer (one list request,
//      then 200 detail requests, 8 at a time);
//   2. start-up to exit of `list` on a small account (7 tokens, no latency): what a cron job pays.
// Prints the median and the range over --runs N runs (default 5 and 4 x 5).
#include "CliTestSupport.h"
#include "SandboxSeeder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace edgekv;
using namespace edgekv::clitest;

namespace {

struct Timing
{
    QList<qint64> ms;
    int failures = 0;
    QString print(const char* what) const
    {
        QList<qint64> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        if (sorted.isEmpty())
            return QStringLiteral("%1: no successful run (%2 failed)\n")
                .arg(QLatin1String(what))
                .arg(failures);
        return QStringLiteral("%1: median %2 ms, min %3 ms, max %4 ms over %5 runs (%6 failed)\n")
            .arg(QLatin1String(what))
            .arg(sorted.at(sorted.size() / 2))
            .arg(sorted.first())
            .arg(sorted.last())
            .arg(sorted.size())
            .arg(failures);
    }
};

Timing measure(SandboxFixture& fixture, const QStringList& arguments, int runs)
{
    Timing timing;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        const CliRun run = fixture.run(arguments);
        const qint64 elapsed = clock.elapsed();
        if (run.exitCode == 0)
            timing.ms << elapsed;
        else
            ++timing.failures, std::fprintf(stderr, "%s\n", run.describe().constData());
    }
    return timing;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("runs"), QStringLiteral("Runs per measurement (default 5)."), QStringLiteral("N")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const int effectiveRuns = parser.isSet(QStringLiteral("runs")) ? runs : 5;

    SandboxFixture large;
    if (!large.startError().isEmpty()) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(large.startError()));
        return 1;
    }
    int added = 0;
    SandboxSeeder::seed(large.server(), 200, &added);
    large.server().setLatencyMs(50);
    const Timing details = measure(
        large, {QStringLiteral("list"), QStringLiteral("--details"), QStringLiteral("--include-expired")},
        effectiveRuns);
    std::fputs(qPrintable(details.print("list --details, 200 tokens, 50 ms latency")), stdout);

    SandboxFixture small;
    SandboxSeeder::seed(small.server(), 7, &added);
    measure(small, {QStringLiteral("list")}, 2); // warm the page cache
    const Timing startup = measure(small, {QStringLiteral("list")}, effectiveRuns * 4);
    std::fputs(qPrintable(startup.print("list start-up to exit, 7 tokens")), stdout);
    const Timing help = measure(small, {QStringLiteral("--version")}, effectiveRuns * 4);
    std::fputs(qPrintable(help.print("--version start-up to exit (no network)")), stdout);
    return details.failures + startup.failures > 0 ? 1 : 0;
}
