#pragma once

#include "tokenfile/TokenExport.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <variant>

namespace edgekv {

// Exports into a folder (<folder>/edgekv_tokens.js) or a given .js file on disk. Never loses data:
// the file is written with QSaveFile (a temporary file beside it, renamed over it on success, so a full
// disk or a read-only folder leaves the old file as it was); an unparseable existing file is refused
// unless the caller asks to replace it, and then a .bak copy is written first. Existing permissions
// are kept (QSaveFile copies them); a new file gets the default ones (0666 minus umask).
class TokenFileStore
{
public:
    // The token file a destination means: an existing folder -> <folder>/edgekv_tokens.js; a path ending
    // in ".js" whose folder exists -> that path. Anything else (a bundle, another kind of file, a missing
    // folder) is an error naming it, so that no other file is ever taken for a token file.
    static std::variant<QString, TokenFileError> targetPathFor(const QString& destination);

    static std::variant<TokenExportPlan, TokenFileError>
    plan(const QString& destination, const QList<TokenFileEntry>& entries,
         UnparseableFilePolicy policy = UnparseableFilePolicy::Refuse);
    static std::variant<TokenExportResult, TokenFileError> write(const TokenExportPlan& plan);

    // `path`.bak, or the first free `path`.bak.N: an older backup is never overwritten.
    static QString freeBackupPath(const QString& path);
    // Writes `bytes` to `path` through QSaveFile. An empty string on success, else a translated message
    // naming the path and the reason, ending with the fact that the existing file is unchanged.
    static QString saveAtomically(const QString& path, const QByteArray& bytes);
    static QByteArray fingerprint(const QByteArray& bytes);
    // The shared middle of every plan: parses plan.previousBytes when plan.existed (under policy: an
    // unparseable file is refused, or recorded in plan.unparseable to be replaced), merges the entries and
    // fills plan.report and plan.newBytes. Returns the merged file's entries, or the error that stops it.
    static std::variant<TokenFileObject, TokenFileError> mergeInto(TokenExportPlan& plan,
                                                                   const QString& pathForMessages,
                                                                   const QList<TokenFileEntry>& entries,
                                                                   UnparseableFilePolicy policy);
};

} // namespace edgekv
