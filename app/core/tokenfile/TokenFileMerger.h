#pragma once

#include "tokenfile/TokenFileParser.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

namespace edgekv {

struct TokenReplacement
{
    QString key;
    QString oldTokenName; // empty when the old entry had no usable "name"
    QString newTokenName;
};

// What an export does to the file. Keys are "namespace-<ns>".
struct TokenFileMergeReport
{
    QStringList added;                // namespaces that had no entry
    QList<TokenReplacement> replaced; // entries of the exported namespaces that differed
    QStringList unchanged;            // exported entries already in the file exactly so
    QStringList kept;                 // entries of other namespaces, written back as they were
    QList<KeyNormalisation> normalised;
    QStringList notices; // from the parser: normalised keys, duplicates, dropped comments

    // False when the merged object is exactly the existing one (the file may still be reformatted).
    bool changesEntries() const { return !added.isEmpty() || !replaced.isEmpty() || hasNormalisedKeys(); }
    bool hasNormalisedKeys() const { return !normalised.isEmpty(); }
    // One translated line per fact, for a dialog or the command line. Never shows a token value.
    QStringList lines() const;
};

struct TokenFileMergeResult
{
    TokenFileObject entries;
    TokenFileMergeReport report;
};

// The app's merge rules (issue #6), unlike the official CLI's (§4.2): every exported namespace gets the
// new entry, whether the file had none, the same token or a different one (the CLI refuses a different
// token name even with --overwrite); every other entry stays exactly as parsed, extra fields included.
class TokenFileMerger
{
public:
    // Fails, without a path, when an entry cannot be written (TokenFileEntry::problem()) or two entries
    // are for the same namespace: the caller must choose one.
    static std::variant<TokenFileMergeResult, TokenFileError> merge(const ParsedTokenFile& existing,
                                                                    const QList<TokenFileEntry>& entries);
    // The first problem of the entries themselves, or an empty string.
    static QString entriesProblem(const QList<TokenFileEntry>& entries);
};

} // namespace edgekv
