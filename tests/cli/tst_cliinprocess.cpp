// The application run in this process against an in-process sandbox, for what a child process cannot
// show: the y/N question of revoke on a terminal (a scripted one here).
#include "CliApplication.h"
#include "CliTestSupport.h"
#include "util/Clock.h"

#include <QBuffer>
#include <QTest>

using namespace edgekv;
using namespace edgekv::cli;
using namespace edgekv::clitest;

namespace {

struct Session
{
    QBuffer out;
    QBuffer err;
    QStringList answers;
    int questions = 0;

    ExitCode run(const QStringList& arguments, bool terminal = true)
    {
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        CliIo io;
        io.out = &out;
        io.err = &err;
        io.stdinIsInteractive = [terminal] {
            return terminal;
        };
        io.readLine = [this] {
            ++questions;
            return answers.isEmpty() ? QString() : answers.takeFirst();
        };
        CliApplication application(io, Clock::system(), QProcessEnvironment());
        return application.run(arguments);
    }
    QString errText() const { return QString::fromUtf8(err.data()); }
};

} // namespace

class TestCliInProcess : public QObject
{
    Q_OBJECT

private slots:
    void revokeAsksOnATerminal_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<bool>("revoked");
        QTest::newRow("y") << QStringLiteral("y") << true;
        QTest::newRow("yes") << QStringLiteral("Yes") << true;
        QTest::newRow("n") << QStringLiteral("n") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void revokeAsksOnATerminal()
    {
        QFETCH(QString, answer);
        QFETCH(bool, revoked);
        SandboxFixture fx;
        QVERIFY2(fx.startError().isEmpty(), qPrintable(fx.startError()));
        fx.addEnhanced(QStringLiteral("doomed"), {QStringLiteral("default")});
        Session session;
        session.answers << answer;
        const ExitCode code = session.run(QStringList{QStringLiteral("revoke"), QStringLiteral("doomed")} +
                                          fx.edgercArguments());
        QCOMPARE(session.questions, 1);
        QVERIFY(session.errText().contains(QStringLiteral("[y/N]")));
        QCOMPARE(code, revoked ? ExitCode::Success : ExitCode::Failure);
        QCOMPARE(fx.hasToken(QStringLiteral("doomed")), !revoked);
        if (!revoked)
            QVERIFY(session.errText().contains(QStringLiteral("was not revoked")));
    }

    void revokeWithoutTerminalNeverAsks()
    {
        SandboxFixture fx;
        QVERIFY2(fx.startError().isEmpty(), qPrintable(fx.startError()));
        fx.addEnhanced(QStringLiteral("kept"), {QStringLiteral("default")});
        Session session;
        session.answers << QStringLiteral("y");
        const ExitCode code = session.run(
            QStringList{QStringLiteral("revoke"), QStringLiteral("kept")} + fx.edgercArguments(), false);
        QCOMPARE(code, ExitCode::Usage);
        QCOMPARE(session.questions, 0);
        QVERIFY(fx.hasToken(QStringLiteral("kept")));
        QVERIFY(session.errText().contains(QStringLiteral("--yes")));
    }
};

QTEST_GUILESS_MAIN(TestCliInProcess)
#include "tst_cliinprocess.moc"
