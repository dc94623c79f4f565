#pragma once

#include "tokenfile/TokenFileEntry.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <variant>

namespace edgekv {

// One entry of a bundle as stored, for listings and checks.
struct BundleMember
{
    enum class Type { File, Directory, Symlink, Hardlink, Other };

    QString path;           // as stored, e.g. "./lib/edgekv.js" or "lib/"
    QString normalisedPath; // without leading "./" and trailing "/": "lib/edgekv.js", "lib"
    Type type = Type::File;
    int permissions = 0; // mode & 07777
    qint64 mtime = 0;    // seconds since the epoch
    long mtimeNsec = 0;
    qint64 size = 0;
    QString linkTarget; // symlink or hardlink target
    qint64 uid = 0;
    qint64 gid = 0;
    QString uname;
    QString gname;
};

// An EdgeWorkers code bundle (.tgz) read completely into memory with libarchive, checked, and written
// back with one file replaced or added. Reading refuses, with a clear message: anything that is not a
// gzip-compressed tar, a truncated or corrupt archive, an entry with an absolute path or a ".."
// component, a symlink whose target is absolute or leaves the bundle, a hardlink to an unsafe path,
// a bundle without bundle.json at its top level, and sizes past the limits. Every other entry is
// written back byte for byte with its header (mode, times, owner ids and names, link targets).
class BundleArchive
{
public:
    // EdgeWorkers bundles are limited to a few megabytes; these only stop a wrong pick or a gzip bomb.
    static constexpr qint64 MaxBundleSize = qint64(64) << 20;
    static constexpr qint64 MaxUnpackedSize = qint64(256) << 20;

    static std::variant<BundleArchive, TokenFileError> open(const QString& path);
    static std::variant<BundleArchive, TokenFileError> fromBytes(const QByteArray& bytes,
                                                                 const QString& pathForMessages);

    QString path() const;
    QList<BundleMember> members() const;
    // Whether there is a regular file at a normalised path, and its content (empty when there is none).
    bool hasFile(const QString& normalisedPath) const;
    QByteArray fileData(const QString& normalisedPath) const;

    // The one edgekv.js of the bundle, or an empty string when there is none or more than one.
    QString edgeKvJsPath() const;
    // Where edgekv.js imports the tokens from: "edgekv_tokens.js" beside the bundle's single edgekv.js
    // (e.g. "lib/edgekv_tokens.js"), else at the top level, where the official CLI puts it.
    QString tokenFilePath() const;

    // The bundle as a new .tgz with the file at tokenFilePath() set to `content` and its mtime to
    // `mtime`; an existing one keeps its place and the rest of its header, a new one is appended with
    // mode 0644 and the owner of bundle.json. Fails when the token file path is held by a non-file or
    // by several entries.
    std::variant<QByteArray, TokenFileError> withTokenFile(const QByteArray& content, qint64 mtime) const;

private:
    struct Impl;
    QByteArray newTokenFileName() const;

    std::shared_ptr<const Impl> m_d;
};

} // namespace edgekv
