#include "credentials/MemorySecretStore.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace edgekv {

namespace {

void answerLater(QObject* context, SecretCallback callback, SecretResult result)
{
    Q_ASSERT(context);
    QMetaObject::invokeMethod(
        context, [callback = std::move(callback), result = std::move(result)] { callback(result); },
        Qt::QueuedConnection);
}

} // namespace

void MemorySecretStore::read(const QString& key, QObject* context, SecretCallback callback)
{
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd()) {
        answerLater(context, std::move(callback),
                    SecretResult::notFound(QCoreApplication::translate("edgekv::MemorySecretStore",
                                                                       "No secret is stored under \"%1\".")
                                               .arg(key)));
        return;
    }
    answerLater(context, std::move(callback), SecretResult::success(*it));
}

void MemorySecretStore::write(const QString& key, const QByteArray& secret, QObject* context,
                              SecretCallback callback)
{
    m_secrets.insert(key, secret);
    answerLater(context, std::move(callback), SecretResult::success());
}

void MemorySecretStore::remove(const QString& key, QObject* context, SecretCallback callback)
{
    m_secrets.remove(key);
    answerLater(context, std::move(callback), SecretResult::success());
}

} // namespace edgekv
