#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

namespace edgekv {

// What edgekv.js reads: the object literal of edgekv_tokens.js, key ("namespace-<ns>") -> entry. An
// entry read from a file is kept exactly as parsed (extra fields, even a non-object value), so that
// entries the app does not touch are written back with the same content. Sorted by key.
using TokenFileObject = QMap<QString, QJsonValue>;

// One namespace entry to export (spec/EDGEKV_API.md §4.1): a legacy token carries its JWT value, an
// enhanced token the reference (its uuid). Exactly one of value and reference is set.
struct TokenFileEntry
{
    QString ns;
    QString tokenName;
    QString value;
    QString reference;

    static TokenFileEntry legacy(const QString& ns, const QString& tokenName, const QString& value);
    static TokenFileEntry enhanced(const QString& ns, const QString& tokenName, const QString& reference);

    bool isReference() const { return !reference.isEmpty(); }
    QString key() const { return keyForNamespace(ns); }
    // {"name", "value"} or {"name", "reference"}.
    QJsonObject toJson() const;
    // Empty when the entry can be written; otherwise a translated sentence naming the problem. Never
    // quotes the value.
    QString problem() const;

    // "namespace-" + ns: the only key edgekv.js looks up.
    static QString keyForNamespace(const QString& ns);
    // The namespace of a "namespace-<ns>" key, or an empty string for any other key.
    static QString namespaceOfKey(const QString& key);
    // The EdgeKV namespace rule edgekv.js also applies: 1 to 32 of A-Z a-z 0-9 _ -.
    static bool isValidNamespace(const QString& ns);
};

bool operator==(const TokenFileEntry& a, const TokenFileEntry& b);

// Why a token file, a bundle or an export could not be used. The message never contains a token value.
struct TokenFileError
{
    QString path; // the file or bundle; may be empty
    int line = 0; // 1-based line in the token file when the problem is in its text, else 0
    QString message;

    // "<path>, line <n>: <message>", "<path>: <message>" or "<message>".
    QString text() const;
};

// The name of the file everything here is about.
inline QString tokenFileName()
{
    return QStringLiteral("edgekv_tokens.js");
}

} // namespace edgekv
