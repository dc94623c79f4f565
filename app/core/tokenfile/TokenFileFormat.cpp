#include "tokenfile/TokenFileFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace edgekv {

namespace {

// Any JSON value in compact form. QJsonDocument only writes arrays and objects, so scalars go through a
// one-element array; its escaping of strings is standard JSON.
QByteArray compactJson(const QJsonValue& value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QStringList fieldOrder(const QJsonObject& object)
{
    static const QStringList first = {QStringLiteral("name"), QStringLiteral("value"),
                                      QStringLiteral("reference")};
    QStringList order;
    for (const QString& key : first) {
        if (object.contains(key))
            order << key;
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!first.contains(it.key()))
            order << it.key(); // QJsonObject iterates in key order
    }
    return order;
}

void writeEntry(QByteArray& out, const QString& key, const QJsonValue& entry)
{
    out += "  " + compactJson(key) + ": ";
    if (!entry.isObject() || entry.toObject().isEmpty()) {
        out += compactJson(entry);
        return;
    }
    const QJsonObject object = entry.toObject();
    const QStringList fields = fieldOrder(object);
    out += "{\n";
    for (qsizetype i = 0; i < fields.size(); ++i) {
        out += "    " + compactJson(fields.at(i)) + ": " + compactJson(object.value(fields.at(i)));
        out += i + 1 < fields.size() ? ",\n" : "\n";
    }
    out += "  }";
}

} // namespace

QByteArray TokenFileFormat::serialize(const TokenFileObject& object)
{
    QByteArray out = "var edgekv_access_tokens = {";
    if (!object.isEmpty())
        out += '\n';
    qsizetype written = 0;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        writeEntry(out, it.key(), it.value());
        out += ++written < object.size() ? ",\n" : "\n";
    }
    out += "}\nexport { edgekv_access_tokens };\n";
    return out;
}

QByteArray TokenFileFormat::serialize(const QList<TokenFileEntry>& entries)
{
    TokenFileObject object;
    for (const TokenFileEntry& entry : entries)
        object.insert(entry.key(), entry.toJson());
    return serialize(object);
}

} // namespace edgekv
