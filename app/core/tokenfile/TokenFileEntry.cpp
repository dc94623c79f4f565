#include "tokenfile/TokenFileEntry.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

namespace edgekv {

namespace {

const QString KeyPrefix = QStringLiteral("namespace-");

} // namespace

TokenFileEntry TokenFileEntry::legacy(const QString& ns, const QString& tokenName, const QString& value)
{
    return TokenFileEntry{ns, tokenName, value, QString()};
}

TokenFileEntry TokenFileEntry::enhanced(const QString& ns, const QString& tokenName, const QString& reference)
{
    return TokenFileEntry{ns, tokenName, QString(), reference};
}

QJsonObject TokenFileEntry::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("name"), tokenName);
    if (isReference())
        object.insert(QStringLiteral("reference"), reference);
    else
        object.insert(QStringLiteral("value"), value);
    return object;
}

QString TokenFileEntry::problem() const
{
    if (!isValidNamespace(ns)) {
        return QCoreApplication::translate("TokenFileEntry",
                                           "\"%1\" is not a namespace name (1 to 32 of A-Z a-z 0-9 _ -).")
            .arg(ns);
    }
    if (tokenName.trimmed().isEmpty())
        return QCoreApplication::translate("TokenFileEntry", "The token for namespace %1 has no name.")
            .arg(ns);
    if (value.isEmpty() == reference.isEmpty()) {
        return QCoreApplication::translate(
                   "TokenFileEntry",
                   "Token %1 for namespace %2 needs exactly one of a value and a reference.")
            .arg(tokenName, ns);
    }
    return QString();
}

QString TokenFileEntry::keyForNamespace(const QString& ns)
{
    return KeyPrefix + ns;
}

QString TokenFileEntry::namespaceOfKey(const QString& key)
{
    return key.startsWith(KeyPrefix) ? key.mid(KeyPrefix.size()) : QString();
}

bool TokenFileEntry::isValidNamespace(const QString& ns)
{
    static const QRegularExpression rule(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
    return rule.match(ns).hasMatch();
}

bool operator==(const TokenFileEntry& a, const TokenFileEntry& b)
{
    return a.ns == b.ns && a.tokenName == b.tokenName && a.value == b.value && a.reference == b.reference;
}

QString TokenFileError::text() const
{
    const QString where = QDir::toNativeSeparators(path);
    if (!where.isEmpty() && line > 0) {
        return QCoreApplication::translate("TokenFileError", "%1, line %2: %3")
            .arg(where, QString::number(line), message);
    }
    if (!where.isEmpty())
        return QCoreApplication::translate("TokenFileError", "%1: %2").arg(where, message);
    if (line > 0)
        return QCoreApplication::translate("TokenFileError", "Line %1: %2")
            .arg(QString::number(line), message);
    return message;
}

} // namespace edgekv
