#pragma once

#include "tokenfile/TokenFileEntry.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

namespace edgekv {

// A bare namespace key as the official CLI writes it for enhanced tokens ("myspace"), which edgekv.js
// cannot find, renamed to "namespace-myspace". When the file also holds "namespace-myspace", that entry
// wins and the bare one is dropped.
struct KeyNormalisation
{
    QString from;
    QString to;
    int line = 0;
    bool dropped = false;
};

struct ParsedTokenFile
{
    TokenFileObject entries;   // keys normalised
    QHash<QString, int> lines; // normalised key -> 1-based line of its key in the file
    QList<KeyNormalisation> normalised;
    QStringList unknownKeys; // kept as they are: neither "namespace-<ns>" nor a namespace name
    QStringList notices;     // translated sentences: normalised and dropped keys, duplicates, comments
    bool wasEmpty = false;   // the file held nothing but whitespace
};

// Reads an existing edgekv_tokens.js the way the official CLI does, but tolerant of layout (spec
// §4.2): any whitespace and line ends (LF, CRLF), a UTF-8 BOM, "var", "let" or "const" (edgekv.js only
// needs the named export), "export var edgekv_access_tokens = {…}" without a separate export statement,
// with or without ";" after the object and after the export, the export on one line or several,
// comments before and after the object (not kept when the file is rewritten; a notice says so).
// Inside the braces the object must be strict JSON, like the CLI's JSON.parse: a comment, a trailing
// comma, single quotes or an unquoted key are errors with the line and the reason. Anything else after
// the export is an error too, since rewriting the file would drop it.
// Duplicate keys: the last one wins, as in JavaScript, with a notice.
class TokenFileParser
{
public:
    // Larger files are refused unread; a real one is a few kilobytes.
    static constexpr qint64 MaxFileSize = qint64(4) << 20;

    static std::variant<ParsedTokenFile, TokenFileError> parse(const QByteArray& bytes,
                                                               const QString& pathForMessages = QString());
    // Reads and parses a file. A missing file, a directory or an unreadable file is an error.
    static std::variant<ParsedTokenFile, TokenFileError> read(const QString& path);
};

} // namespace edgekv
