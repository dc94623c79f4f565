#include "credentials/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMetaObject>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace edgekv {

namespace {

Q_LOGGING_CATEGORY(lcKeychain, "edgekv.credentials")

QString translated(const char* text, int n = -1)
{
    return QCoreApplication::translate("edgekv::KeychainSecretStore", text, nullptr, n);
}

const char* operationName(KeychainSecretStore::Request::Operation operation)
{
    switch (operation) {
    case KeychainSecretStore::Request::Operation::Read:
        return "read";
    case KeychainSecretStore::Request::Operation::Write:
        return "write";
    case KeychainSecretStore::Request::Operation::Remove:
        return "remove";
    }
    return "?";
}

// One request in flight: whichever comes first, the keychain's answer or the timeout, is passed on;
// the other is dropped. Deleted once it has answered, so a QPointer to it tells a late answer apart.
class PendingRequest : public QObject
{
public:
    PendingRequest(QObject* context, SecretCallback callback, QObject* parent)
        : QObject(parent), m_context(context), m_callback(std::move(callback))
    {
        m_timer.setSingleShot(true);
    }

    QTimer& timer() { return m_timer; }
    bool isFinished() const { return m_finished; }

    void finish(const SecretResult& result)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_timer.stop();
        if (m_context) {
            QMetaObject::invokeMethod(
                m_context, [callback = std::move(m_callback), result] { callback(result); },
                Qt::QueuedConnection);
        }
        deleteLater();
    }

private:
    QPointer<QObject> m_context;
    SecretCallback m_callback;
    QTimer m_timer;
    bool m_finished = false;
};

SecretResult resultOf(const KeychainSecretStore::Request& request, QKeychain::Job* job)
{
    using Operation = KeychainSecretStore::Request::Operation;
    switch (job->error()) {
    case QKeychain::NoError:
        if (request.operation == Operation::Read)
            return SecretResult::success(static_cast<QKeychain::ReadPasswordJob*>(job)->binaryData());
        return SecretResult::success();
    case QKeychain::EntryNotFound:
        if (request.operation == Operation::Remove)
            return SecretResult::success();
        return SecretResult::notFound(
            translated("The system keychain has no entry \"%1\" for %2.").arg(request.key, request.service));
    default:
        // OtherError is what an absent Secret Service usually reports; NoBackendAvailable, AccessDenied
        // and the rest mean the same to the user: the keychain cannot be used right now.
        return SecretResult::unavailable(
            translated("The system keychain is unavailable: %1").arg(job->errorString()));
    }
}

} // namespace

KeychainSecretStore::Backend KeychainSecretStore::qtKeychainBackend()
{
    return [](const Request& request, QObject* guard, SecretCallback done) {
        // No parent: the job must outlive everything, since libsecret keeps a raw pointer to it until it
        // answers. It deletes itself after finished().
        QKeychain::Job* job = nullptr;
        switch (request.operation) {
        case Request::Operation::Read:
            job = new QKeychain::ReadPasswordJob(request.service);
            break;
        case Request::Operation::Write: {
            auto* write = new QKeychain::WritePasswordJob(request.service);
            write->setTextData(QString::fromUtf8(request.secret));
            job = write;
            break;
        }
        case Request::Operation::Remove:
            job = new QKeychain::DeletePasswordJob(request.service);
            break;
        }
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(request.key);
        // guard as context: once the request has answered (or timed out) and is gone, the late
        // finished() reaches nobody.
        QObject::connect(job, &QKeychain::Job::finished, guard,
                         [request = Request{request.operation, request.service, request.key, {}},
                          done = std::move(done)](QKeychain::Job* finished) {
                             if (finished->error() != QKeychain::NoError) {
                                 qCDebug(lcKeychain)
                                     << "QtKeychain" << operationName(request.operation) << request.key
                                     << "error" << finished->error() << finished->errorString();
                             }
                             done(resultOf(request, finished));
                         });
        job->start();
    };
}

KeychainSecretStore::KeychainSecretStore(const QString& service, QObject* parent)
    : KeychainSecretStore(service, qtKeychainBackend(), parent)
{}

KeychainSecretStore::KeychainSecretStore(const QString& service, Backend backend, QObject* parent)
    : SecretStore(parent), m_service(service), m_backend(std::move(backend))
{}

void KeychainSecretStore::read(const QString& key, QObject* context, SecretCallback callback)
{
    run({Request::Operation::Read, m_service, key, {}}, context, std::move(callback));
}

void KeychainSecretStore::write(const QString& key, const QByteArray& secret, QObject* context,
                                SecretCallback callback)
{
    run({Request::Operation::Write, m_service, key, secret}, context, std::move(callback));
}

void KeychainSecretStore::remove(const QString& key, QObject* context, SecretCallback callback)
{
    run({Request::Operation::Remove, m_service, key, {}}, context, std::move(callback));
}

void KeychainSecretStore::run(Request request, QObject* context, SecretCallback callback)
{
    Q_ASSERT(context);
    auto* pending = new PendingRequest(context, std::move(callback), this);
    const QPointer<PendingRequest> guard(pending);
    const char* operation = operationName(request.operation);
    const QString key = request.key;
    const auto timeout = m_timeout;

    QObject::connect(&pending->timer(), &QTimer::timeout, pending, [pending, operation, key, timeout] {
        qCWarning(lcKeychain) << "keychain" << operation << key << "got no answer within" << timeout.count()
                              << "ms; reporting it unavailable";
        const int seconds = int((timeout.count() + 999) / 1000);
        pending->finish(SecretResult::unavailable(
            translated("The system keychain did not answer within %n second(s).", seconds)));
    });
    pending->timer().start(timeout);

    m_backend(request, pending, [guard, operation, key](const SecretResult& result) {
        PendingRequest* const live = guard.data();
        if (!live || live->isFinished()) {
            qCDebug(lcKeychain) << "late keychain answer to" << operation << key << "ignored";
            return;
        }
        if (result.status == SecretResult::Status::Unavailable)
            qCWarning(lcKeychain) << "keychain" << operation << key << "failed:" << result.message;
        else
            qCDebug(lcKeychain) << "keychain" << operation << key
                                << "done:" << (result.ok() ? "ok" : "not found");
        live->finish(result);
    });
}

} // namespace edgekv
