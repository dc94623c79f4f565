#include "tokenfile/TokenExport.h"

#include "tokenfile/BundleArchive.h"
#include "tokenfile/EdgeKvLibrary.h"
#include "tokenfile/TokenFileFormat.h"
#include "tokenfile/TokenFileStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace edgekv {

namespace {

std::variant<QByteArray, TokenFileError> readBundleBytes(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return TokenFileError{
            path, 0, QCoreApplication::translate("edgekv::TokenExport", "The bundle does not exist.")};
    if (!info.isFile())
        return TokenFileError{path, 0,
                              QCoreApplication::translate("edgekv::TokenExport",
                                                          "This is not a file, so it cannot be a bundle.")};
    if (info.size() > BundleArchive::MaxBundleSize)
        return TokenFileError{
            path, 0,
            QCoreApplication::translate("edgekv::TokenExport",
                                        "The file is too large to be an EdgeWorkers code bundle.")};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return TokenFileError{path, 0,
                              QCoreApplication::translate("edgekv::TokenExport", "Cannot read the bundle: %1")
                                  .arg(file.errorString())};
    return file.readAll();
}

std::variant<TokenExportPlan, TokenFileError>
planBundle(const QString& path, const QList<TokenFileEntry>& entries, UnparseableFilePolicy policy)
{
    const auto bytes = readBundleBytes(path);
    if (const auto* error = std::get_if<TokenFileError>(&bytes))
        return *error;
    const auto opened = BundleArchive::fromBytes(std::get<QByteArray>(bytes), path);
    if (const auto* error = std::get_if<TokenFileError>(&opened))
        return *error;
    const BundleArchive& bundle = std::get<BundleArchive>(opened);

    TokenExportPlan plan;
    plan.destination = path;
    plan.targetPath = path;
    plan.isBundle = true;
    plan.memberPath = bundle.tokenFilePath();
    plan.entries = entries;
    plan.policy = policy;
    plan.fingerprint = TokenFileStore::fingerprint(std::get<QByteArray>(bytes));
    plan.existed = bundle.hasFile(plan.memberPath);
    plan.previousBytes = bundle.fileData(plan.memberPath);

    const auto merged =
        TokenFileStore::mergeInto(plan, path + QLatin1Char(':') + plan.memberPath, entries, policy);
    if (const auto* error = std::get_if<TokenFileError>(&merged))
        return *error;

    // Building the archive once here reports a token file path held by a folder or a link at preview.
    const auto rebuilt = bundle.withTokenFile(plan.newBytes, QDateTime::currentSecsSinceEpoch());
    if (const auto* error = std::get_if<TokenFileError>(&rebuilt))
        return *error;

    const QString library = bundle.edgeKvJsPath();
    if (!library.isEmpty()) {
        const QString warning = EdgeKvLibrary::referenceWarning(
            std::get<TokenFileObject>(merged), bundle.fileData(library), path + QLatin1Char(':') + library);
        if (!warning.isEmpty())
            plan.warnings << warning;
    }
    return plan;
}

std::variant<TokenExportResult, TokenFileError> writeBundle(const TokenExportPlan& plan)
{
    const QString& path = plan.targetPath;
    const auto bytes = readBundleBytes(path);
    if (const auto* error = std::get_if<TokenFileError>(&bytes))
        return *error;
    if (TokenFileStore::fingerprint(std::get<QByteArray>(bytes)) != plan.fingerprint)
        return TokenFileError{
            path, 0,
            QCoreApplication::translate(
                "edgekv::TokenExport",
                "The bundle changed since the preview; nothing was written. Export again.")};
    const auto opened = BundleArchive::fromBytes(std::get<QByteArray>(bytes), path);
    if (const auto* error = std::get_if<TokenFileError>(&opened))
        return *error;
    const BundleArchive& bundle = std::get<BundleArchive>(opened);

    TokenExportResult result;
    result.plan = plan;
    if (!plan.changesFile())
        return result;
    const auto rebuilt = bundle.withTokenFile(plan.newBytes, QDateTime::currentSecsSinceEpoch());
    if (const auto* error = std::get_if<TokenFileError>(&rebuilt))
        return *error;
    const QByteArray& archive = std::get<QByteArray>(rebuilt);

    // Read the new bundle back before it replaces the old one.
    const auto check = BundleArchive::fromBytes(archive, path);
    const auto* checked = std::get_if<BundleArchive>(&check);
    if (!checked || checked->members().size() != bundle.members().size() + (plan.existed ? 0 : 1) ||
        checked->fileData(plan.memberPath) != plan.newBytes) {
        return TokenFileError{
            path, 0,
            QCoreApplication::translate("edgekv::TokenExport",
                                        "The new bundle did not read back correctly; nothing was written.")};
    }

    if (plan.unparseable) {
        result.backupPath = TokenFileStore::freeBackupPath(path);
        const QString error = TokenFileStore::saveAtomically(result.backupPath, std::get<QByteArray>(bytes));
        if (!error.isEmpty()) {
            return TokenFileError{
                path, 0,
                QCoreApplication::translate("edgekv::TokenExport",
                                            "No backup could be written, so the bundle is left as it is. %1")
                    .arg(error)};
        }
    }
    const QString error = TokenFileStore::saveAtomically(path, archive);
    if (!error.isEmpty())
        return TokenFileError{QString(), 0, error};
    result.written = true;
    return result;
}

} // namespace

bool TokenExport::isBundlePath(const QString& destination)
{
    return destination.endsWith(QLatin1String(".tgz"), Qt::CaseInsensitive) ||
           destination.endsWith(QLatin1String(".tar.gz"), Qt::CaseInsensitive);
}

std::variant<TokenExportPlan, TokenFileError> TokenExport::plan(const QString& destination,
                                                                const QList<TokenFileEntry>& entries,
                                                                UnparseableFilePolicy policy)
{
    if (isBundlePath(destination))
        return planBundle(destination, entries, policy);
    return TokenFileStore::plan(destination, entries, policy);
}

std::variant<TokenExportResult, TokenFileError> TokenExport::write(const TokenExportPlan& plan)
{
    return plan.isBundle ? writeBundle(plan) : TokenFileStore::write(plan);
}

std::variant<TokenExportResult, TokenFileError> TokenExport::exportTo(const QString& destination,
                                                                      const QList<TokenFileEntry>& entries,
                                                                      UnparseableFilePolicy policy)
{
    const auto planned = plan(destination, entries, policy);
    if (const auto* error = std::get_if<TokenFileError>(&planned))
        return *error;
    return write(std::get<TokenExportPlan>(planned));
}

} // namespace edgekv
