#include "api/TokenCreateRequest.h"

#include "api/Token.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace edgekv {

namespace {

QString canonicalLetters(const QString& letters)
{
    QString result;
    for (const QChar letter : {QLatin1Char('r'), QLatin1Char('w'), QLatin1Char('d')}) {
        if (letters.contains(letter, Qt::CaseInsensitive))
            result += letter;
    }
    return result;
}

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    list.removeDuplicates();
    return list;
}

} // namespace

QJsonObject TokenCreateRequest::toJson() const
{
    QJsonObject json;
    json.insert(QLatin1String("name"), name);
    json.insert(QLatin1String("allowOnStaging"), allowOnStaging);
    json.insert(QLatin1String("allowOnProduction"), allowOnProduction);
    QJsonObject permissions;
    for (auto it = namespacePermissions.begin(); it != namespacePermissions.end(); ++it) {
        QJsonArray letters;
        for (const QChar letter : canonicalLetters(it.value()))
            letters.append(QString(letter));
        permissions.insert(it.key(), letters);
    }
    json.insert(QLatin1String("namespacePermissions"), permissions);
    if (!restrictToEdgeWorkerIds.isEmpty())
        json.insert(QLatin1String("restrictToEdgeWorkerIds"),
                    QJsonArray::fromStringList(restrictToEdgeWorkerIds));
    if (expiry.isValid())
        json.insert(QLatin1String("expiry"), expiry.toString(Qt::ISODate));
    return json;
}

QByteArray TokenCreateRequest::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

bool TokenCreateRequest::matches(const Token& token) const
{
    if (token.name != name || !token.hasDetails)
        return false;
    if (token.allowOnStaging != allowOnStaging || token.allowOnProduction != allowOnProduction)
        return false;
    if (token.namespacePermissions.keys() != namespacePermissions.keys())
        return false;
    for (auto it = namespacePermissions.begin(); it != namespacePermissions.end(); ++it) {
        if (canonicalLetters(token.namespacePermissions.value(it.key())) != canonicalLetters(it.value()))
            return false;
    }
    return sorted(token.restrictToEdgeWorkerIds) == sorted(restrictToEdgeWorkerIds);
}

} // namespace edgekv
