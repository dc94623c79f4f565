#pragma once

#include <QMutex>
#include <QMutexLocker>
#include <QStringList>
#include <QtGlobal>

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

} // namespace edgekv::test
