#include "tokenfile/TokenFileStore.h"

#include "tokenfile/EdgeKvLibrary.h"
#include "tokenfile/TokenFileFormat.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace edgekv {

namespace {

// A real edgekv.js is about 20 kB.
constexpr qint64 MaxLibrarySize = qint64(1) << 20;

struct Existing
{
    bool exists = false;
    QByteArray bytes;
};

std::variant<Existing, TokenFileError> readExisting(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Existing{};
    if (info.isDir())
        return TokenFileError{
            path, 0, QCoreApplication::translate("edgekv::TokenFileStore", "This is a folder, not a file.")};
    if (info.size() > TokenFileParser::MaxFileSize)
        return TokenFileError{path, 0,
                              QCoreApplication::translate(
                                  "edgekv::TokenFileStore",
                                  "The file is too large to be an EdgeKV token file; it is left as it is.")};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return TokenFileError{
            path, 0,
            QCoreApplication::translate("edgekv::TokenFileStore", "Cannot read the existing file: %1")
                .arg(file.errorString())};
    return Existing{true, file.readAll()};
}

} // namespace

std::variant<QString, TokenFileError> TokenFileStore::targetPathFor(const QString& destination)
{
    if (destination.trimmed().isEmpty())
        return TokenFileError{
            QString(), 0,
            QCoreApplication::translate("edgekv::TokenFileStore", "No folder or file was chosen.")};
    const QFileInfo info(destination);
    if (info.isDir())
        return QDir(destination).filePath(tokenFileName());
    if (TokenExport::isBundlePath(destination))
        return TokenFileError{destination, 0,
                              QCoreApplication::translate("edgekv::TokenFileStore",
                                                          "This is a bundle, not a folder or a token file.")};
    if (!destination.endsWith(QLatin1String(".js"))) {
        return TokenFileError{
            destination, 0,
            info.exists()
                ? QCoreApplication::translate("edgekv::TokenFileStore", "Not a folder, nor a .js file.")
                : QCoreApplication::translate("edgekv::TokenFileStore", "The folder does not exist.")};
    }
    if (!info.absoluteDir().exists()) {
        return TokenFileError{
            destination, 0,
            QCoreApplication::translate("edgekv::TokenFileStore", "The folder %1 does not exist.")
                .arg(QDir::toNativeSeparators(info.absolutePath()))};
    }
    return destination;
}

QByteArray TokenFileStore::fingerprint(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

std::variant<TokenFileObject, TokenFileError> TokenFileStore::mergeInto(TokenExportPlan& plan,
                                                                        const QString& pathForMessages,
                                                                        const QList<TokenFileEntry>& entries,
                                                                        UnparseableFilePolicy policy)
{
    ParsedTokenFile parsed;
    if (plan.existed) {
        auto result = TokenFileParser::parse(plan.previousBytes, pathForMessages);
        if (auto* error = std::get_if<TokenFileError>(&result)) {
            if (policy == UnparseableFilePolicy::Refuse)
                return *error;
            plan.unparseable = *error;
        } else {
            parsed = std::get<ParsedTokenFile>(std::move(result));
        }
    }
    auto merged = TokenFileMerger::merge(parsed, entries);
    if (auto* error = std::get_if<TokenFileError>(&merged))
        return *error;
    const TokenFileMergeResult& result = std::get<TokenFileMergeResult>(merged);
    plan.report = result.report;
    plan.newBytes = TokenFileFormat::serialize(result.entries);
    return result.entries;
}

std::variant<TokenExportPlan, TokenFileError> TokenFileStore::plan(const QString& destination,
                                                                   const QList<TokenFileEntry>& entries,
                                                                   UnparseableFilePolicy policy)
{
    const auto target = targetPathFor(destination);
    if (const auto* error = std::get_if<TokenFileError>(&target))
        return *error;
    TokenExportPlan plan;
    plan.destination = destination;
    plan.targetPath = std::get<QString>(target);
    plan.entries = entries;
    plan.policy = policy;

    const auto existing = readExisting(plan.targetPath);
    if (const auto* error = std::get_if<TokenFileError>(&existing))
        return *error;
    plan.existed = std::get<Existing>(existing).exists;
    plan.previousBytes = std::get<Existing>(existing).bytes;
    if (plan.existed)
        plan.fingerprint = fingerprint(plan.previousBytes);

    const auto merged = mergeInto(plan, plan.targetPath, entries, policy);
    if (const auto* error = std::get_if<TokenFileError>(&merged))
        return *error;

    const QString library = QFileInfo(plan.targetPath).absoluteDir().filePath(QStringLiteral("edgekv.js"));
    QFile libraryFile(library);
    if (QFileInfo(library).isFile() && libraryFile.open(QIODevice::ReadOnly)) {
        const QString warning = EdgeKvLibrary::referenceWarning(std::get<TokenFileObject>(merged),
                                                                libraryFile.read(MaxLibrarySize), library);
        if (!warning.isEmpty())
            plan.warnings << warning;
    }
    return plan;
}

std::variant<TokenExportResult, TokenFileError> TokenFileStore::write(const TokenExportPlan& plan)
{
    const auto existing = readExisting(plan.targetPath);
    if (const auto* error = std::get_if<TokenFileError>(&existing))
        return *error;
    const Existing& now = std::get<Existing>(existing);
    if (now.exists != plan.existed || (now.exists && fingerprint(now.bytes) != plan.fingerprint)) {
        return TokenFileError{plan.targetPath, 0,
                              QCoreApplication::translate(
                                  "edgekv::TokenFileStore",
                                  "The file changed since the preview; nothing was written. Export again.")};
    }

    TokenExportResult result;
    result.plan = plan;
    if (plan.unparseable && plan.existed) {
        result.backupPath = freeBackupPath(plan.targetPath);
        const QString error = saveAtomically(result.backupPath, plan.previousBytes);
        if (!error.isEmpty()) {
            return TokenFileError{
                plan.targetPath, 0,
                QCoreApplication::translate("edgekv::TokenFileStore",
                                            "No backup could be written, so the file is left as it is. %1")
                    .arg(error)};
        }
    }
    if (!plan.changesFile())
        return result;
    const QString error = saveAtomically(plan.targetPath, plan.newBytes);
    if (!error.isEmpty())
        return TokenFileError{QString(), 0, error};
    result.written = true;
    return result;
}

QString TokenFileStore::freeBackupPath(const QString& path)
{
    QString candidate = path + QStringLiteral(".bak");
    for (int n = 1; QFileInfo::exists(candidate) || QFileInfo(candidate).isSymLink(); ++n)
        candidate = path + QStringLiteral(".bak.") + QString::number(n);
    return candidate;
}

QString TokenFileStore::saveAtomically(const QString& path, const QByteArray& bytes)
{
    const QString where = QDir::toNativeSeparators(path);
    const QString unchanged =
        QFileInfo::exists(path)
            ? QCoreApplication::translate("edgekv::TokenFileStore", "The existing file is unchanged.")
            : QCoreApplication::translate("edgekv::TokenFileStore", "Nothing was written.");
    QSaveFile file(path);
    // Unbuffered: through the buffer, a short write (a disk filling up) is dropped without an error and
    // commit() then renames a truncated file over the original (seen with Qt 6.4). Unbuffered, write()
    // returns the short count and the file is discarded.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return QCoreApplication::translate("edgekv::TokenFileStore", "Cannot write %1: %2. %3")
            .arg(where, file.errorString(), unchanged);
    const qint64 written = file.write(bytes);
    if (written != bytes.size()) {
        const QString reason =
            file.error() != QFileDevice::NoError && written < 0
                ? file.errorString()
                : QCoreApplication::translate("edgekv::TokenFileStore",
                                              "only %1 of %2 bytes could be written; the disk may be full")
                      .arg(QString::number(qMax<qint64>(written, 0)), QString::number(bytes.size()));
        file.cancelWriting();
        return QCoreApplication::translate("edgekv::TokenFileStore", "Cannot write %1: %2. %3")
            .arg(where, reason, unchanged);
    }
    if (!file.commit())
        return QCoreApplication::translate("edgekv::TokenFileStore", "Cannot write %1: %2. %3")
            .arg(where, file.errorString(), unchanged);
    return QString();
}

} // namespace edgekv
