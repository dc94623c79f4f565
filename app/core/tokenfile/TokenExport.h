#pragma once

#include "tokenfile/TokenFileMerger.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace edgekv {

// What to do when the existing edgekv_tokens.js cannot be parsed.
enum class UnparseableFilePolicy {
    Refuse,              // the export fails with the line and the reason; nothing is written
    ReplaceKeepingBackup // a .bak copy is written first (of the file, or of the whole bundle), then the new
                         // file
};

// An export worked out but not written yet: what the dialog previews (the old and new text, the report,
// the warnings) and what write() then carries out.
struct TokenExportPlan
{
    QString destination; // as the caller gave it
    QString targetPath;  // the token file, or the bundle .tgz
    bool isBundle = false;
    QString memberPath;       // in a bundle: where the token file goes, e.g. "edgekv_tokens.js"
    bool existed = false;     // the token file existed (in the folder or in the bundle)
    QByteArray previousBytes; // the existing token file
    QByteArray newBytes;      // the file that will be written
    TokenFileMergeReport report;
    std::optional<TokenFileError> unparseable; // set when the existing file is replaced unparsed
    QStringList warnings;                      // translated: edgekv.js too old for reference entries, …

    // Inputs, so that write() can check that nothing changed since the preview.
    QList<TokenFileEntry> entries;
    UnparseableFilePolicy policy = UnparseableFilePolicy::Refuse;
    QByteArray fingerprint; // SHA-256 of the target (file or bundle) as read; empty when it did not exist

    bool changesFile() const { return !existed || previousBytes != newBytes; }
};

struct TokenExportResult
{
    TokenExportPlan plan;
    QString backupPath;   // the .bak written before replacing an unparseable file
    bool written = false; // false when the file already had exactly the new content
};

// One entry point for the dialog and the command line: a destination that ends in ".tgz" or ".tar.gz"
// is a bundle (BundleExport), anything else a folder or a token file (TokenFileStore).
class TokenExport
{
public:
    static bool isBundlePath(const QString& destination);
    static std::variant<TokenExportPlan, TokenFileError>
    plan(const QString& destination, const QList<TokenFileEntry>& entries,
         UnparseableFilePolicy policy = UnparseableFilePolicy::Refuse);
    // Writes a plan, unless the target changed since it was made (then an error asks for a new preview).
    static std::variant<TokenExportResult, TokenFileError> write(const TokenExportPlan& plan);
    // plan() then write().
    static std::variant<TokenExportResult, TokenFileError>
    exportTo(const QString& destination, const QList<TokenFileEntry>& entries,
             UnparseableFilePolicy policy = UnparseableFilePolicy::Refuse);
};

} // namespace edgekv
