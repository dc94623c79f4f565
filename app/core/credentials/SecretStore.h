#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace edgekv {

// The answer to one secret store operation.
struct SecretResult
{
    enum class Status {
        Ok,
        NotFound,    // no entry under that key (a locked keyring reads the same)
        Unavailable, // every other failure, a timeout included: nothing was read or written
    };

    Status status = Status::Unavailable;
    QByteArray data; // the secret, for a successful read only
    QString message; // user-visible reason when not Ok; never contains a secret

    bool ok() const { return status == Status::Ok; }

    static SecretResult success(const QByteArray& data = {}) { return {Status::Ok, data, {}}; }
    static SecretResult notFound(const QString& message) { return {Status::NotFound, {}, message}; }
    static SecretResult unavailable(const QString& message) { return {Status::Unavailable, {}, message}; }
};

using SecretCallback = std::function<void(const SecretResult&)>;

// Somewhere to keep secrets by key. Every operation is asynchronous: the callback runs exactly once,
// later (never from inside the call), in context's thread, or not at all if context is destroyed
// first. context must not be null.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void read(const QString& key, QObject* context, SecretCallback callback) = 0;
    // Creates or replaces the entry.
    virtual void write(const QString& key, const QByteArray& secret, QObject* context,
                       SecretCallback callback) = 0;
    // Removing a missing entry is not an error.
    virtual void remove(const QString& key, QObject* context, SecretCallback callback) = 0;
};

} // namespace edgekv
