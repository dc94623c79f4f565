#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>
#include <QProcess>
#include <QSaveFile>
#include <QStringList>
#include <QTest>
#include <QUuid>
#include <QtGlobal>

#include <algorithm>
#include <functional>

namespace edgekv::test {

// Every message logged while the tests run, to prove that no secret reaches a log.
class LogCapture
{
public:
    static void install() { previous() = qInstallMessageHandler(&LogCapture::capture); }
    static void uninstall() { qInstallMessageHandler(previous()); }
    static QStringList lines()
    {
        const QMutexLocker lock(&mutex());
        return log();
    }

private:
    static void capture(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        {
            const QMutexLocker lock(&mutex());
            log().append(message);
        }
        if (previous())
            previous()(type, context, message);
    }
    static QMutex& mutex()
    {
        static QMutex instance;
        return instance;
    }
    static QStringList& log()
    {
        static QStringList instance;
        return instance;
    }
    static QtMessageHandler& previous()
    {
        static QtMessageHandler handler = nullptr;
        return handler;
    }
};

// Fails the current test if a line logged so far contains one of secrets.
inline void verifyNoSecretLogged(const QList<QByteArray>& secrets)
{
    const QStringList logged = LogCapture::lines();
    for (const QString& line : logged) {
        for (const QByteArray& secret : secrets)
            QVERIFY2(!line.toUtf8().contains(secret), "a secret was logged");
    }
}

// The answers an asynchronous callback received.
template<typename Result> struct CallbackRecorder
{
    int calls = 0;
    Result result;

    std::function<void(const Result&)> callback()
    {
        return [this](const Result& answer) {
            ++calls;
            result = answer;
        };
    }
};

// tests/run-tests.sh provides a throwaway Secret Service and says so with EDGEKV_TEST_XDG_ROOT.
inline bool keyringExpected()
{
    return qEnvironmentVariableIsSet("EDGEKV_TEST_XDG_ROOT");
}

#define REQUIRE_KEYRING()                                                                                    \
    do {                                                                                                     \
        if (!edgekv::test::keyringExpected())                                                                \
            QSKIP(                                                                                           \
                "needs the throwaway Secret Service of tests/run-tests.sh (EDGEKV_TEST_XDG_ROOT is unset)"); \
    } while (false)

// Removes what the tests stored in the throwaway Secret Service under service.
inline void clearKeychainService(const QString& service)
{
    if (keyringExpected())
        QProcess::execute(QStringLiteral("secret-tool"),
                          {QStringLiteral("clear"), QStringLiteral("server"), service});
}

// Tells the child process started by runInBuslessChild() that it is one.
constexpr const char* kBuslessChildVariable = "EDGEKV_TEST_BUSLESS_CHILD";

inline bool isBuslessChild()
{
    return qEnvironmentVariableIsSet(kBuslessChildVariable);
}

// Runs the current test function of testCase again in a child process of this test binary with no session
// bus and no display: QtDBus and GDBus keep the bus they found first, so only a new process can do without
// one. The test function checks isBuslessChild() to do its real work there. Logs the child's lines that
// contain echo, and fails the test unless the child passed it; output receives what the child printed.
inline void runInBuslessChild(const QObject& testCase, const char* echo, QByteArray* output)
{
    const QByteArray function = QTest::currentTestFunction();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
    environment.insert(QString::fromLatin1(kBuslessChildVariable), QStringLiteral("1"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer elapsed;
    elapsed.start();
    child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(function)});
    QVERIFY(child.waitForFinished(60000));
    *output = child.readAll();
    qInfo("child process finished after %lld ms", elapsed.elapsed());
    for (const QByteArray& line : output->split('\n')) {
        if (line.contains(echo))
            qInfo("child: %s", line.constData());
    }
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output->constData());
    const QByteArray pass =
        QByteArray("PASS   : ") + testCase.metaObject()->className() + "::" + function + "()";
    QVERIFY2(output->contains(pass), output->constData());
}

// A name no other test run uses (keychain services, account names).
inline QString uniqueName(const char* prefix)
{
    return QLatin1String(prefix) + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// What `secret-tool search --all server <service>` prints (attributes go to stderr, hence merged).
inline QString secretToolSearch(const QString& service)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("secret-tool"),
                  {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), service});
    if (!process.waitForFinished(30000))
        return QStringLiteral("<secret-tool did not finish>");
    return QString::fromUtf8(process.readAll());
}

inline bool writeFile(const QString& path, const QByteArray& content)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size() && file.commit();
}

inline QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The folders whose files must never hold a secret: the test's XDG root (run-tests.sh) and the XDG
// config, data and cache folders.
inline QStringList xdgRoots()
{
    QStringList roots;
    for (const char* variable :
         {"EDGEKV_TEST_XDG_ROOT", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
        const QString value = QDir::cleanPath(qEnvironmentVariable(variable));
        if (value.isEmpty() || value == QLatin1String("."))
            continue;
        const bool covered = std::any_of(roots.cbegin(), roots.cend(), [&value](const QString& root) {
            return value == root || value.startsWith(root + QLatin1Char('/'));
        });
        if (!covered)
            roots.append(value);
    }
    return roots;
}

// Every regular file under roots whose bytes contain one of needles, raw or in an encoding a careless
// writer might use.
inline QStringList filesContaining(const QStringList& roots, const QList<QByteArray>& needles, int* scanned)
{
    QList<QByteArray> forms;
    for (const QByteArray& needle : needles) {
        const QString text = QString::fromUtf8(needle);
        forms << needle << needle.toBase64() << needle.toPercentEncoding()
              << QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    }
    QStringList hits;
    for (const QString& root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            ++*scanned;
            const QByteArray content = readAll(path);
            if (std::any_of(forms.cbegin(), forms.cend(),
                            [&](const QByteArray& form) { return content.contains(form); }))
                hits.append(path);
        }
    }
    return hits;
}

} // namespace edgekv::test
