#include "tokenfile/BundleArchive.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <archive.h>
#include <archive_entry.h>
#include <locale.h>
#include <vector>

namespace edgekv {

namespace {

struct EntryDeleter
{
    void operator()(archive_entry* entry) const { archive_entry_free(entry); }
};
using EntryPtr = std::unique_ptr<archive_entry, EntryDeleter>;

struct ReadDeleter
{
    void operator()(archive* a) const { archive_read_free(a); }
};
struct WriteDeleter
{
    void operator()(archive* a) const { archive_write_free(a); }
};

QString archiveError(archive* a)
{
    const char* text = archive_error_string(a);
    return text ? QString::fromLocal8Bit(text)
                : QCoreApplication::translate("edgekv::BundleArchive", "unknown archive error");
}

QString entryPath(archive_entry* entry)
{
    if (const char* utf8 = archive_entry_pathname_utf8(entry))
        return QString::fromUtf8(utf8);
    const char* raw = archive_entry_pathname(entry);
    return raw ? QString::fromLocal8Bit(raw) : QString();
}

QString normalise(QString path)
{
    while (path.startsWith(QLatin1String("./")))
        path.remove(0, 2);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path == QLatin1String("."))
        path.clear();
    return path;
}

// Whether a path with these components stays inside the bundle; `depth` is where it starts.
bool staysInside(const QStringList& components, int depth)
{
    for (const QString& component : components) {
        if (component.isEmpty() || component == QLatin1String("."))
            continue;
        depth += component == QLatin1String("..") ? -1 : 1;
        if (depth < 0)
            return false;
    }
    return true;
}

// Why extracting this member could write outside the bundle's folder, or an empty string.
QString unsafeReason(const BundleMember& member)
{
    const QString& path = member.path;
    if (path.isEmpty())
        return QCoreApplication::translate("edgekv::BundleArchive", "An entry has no name.");
    if (path.startsWith(QLatin1Char('/')))
        return QCoreApplication::translate("edgekv::BundleArchive", "The entry \"%1\" has an absolute path.")
            .arg(path);
    if (path.split(QLatin1Char('/')).contains(QLatin1String("..")))
        return QCoreApplication::translate("edgekv::BundleArchive",
                                           "The entry \"%1\" leads out of the bundle with \"..\".")
            .arg(path);
    if (member.type == BundleMember::Type::Hardlink) {
        if (member.linkTarget.startsWith(QLatin1Char('/')) ||
            member.linkTarget.split(QLatin1Char('/')).contains(QLatin1String(".."))) {
            return QCoreApplication::translate("edgekv::BundleArchive",
                                               "The hard link \"%1\" points outside the bundle, to \"%2\".")
                .arg(path, member.linkTarget);
        }
    }
    if (member.type == BundleMember::Type::Symlink) {
        QStringList where = member.normalisedPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (!where.isEmpty())
            where.removeLast();
        if (member.linkTarget.startsWith(QLatin1Char('/')) ||
            !staysInside(where + member.linkTarget.split(QLatin1Char('/')), 0)) {
            return QCoreApplication::translate(
                       "edgekv::BundleArchive",
                       "The symbolic link \"%1\" points outside the bundle, to \"%2\".")
                .arg(path, member.linkTarget);
        }
    }
    return QString();
}

BundleMember describe(archive_entry* entry)
{
    BundleMember member;
    member.path = entryPath(entry);
    member.normalisedPath = normalise(member.path);
    if (const char* hardlink = archive_entry_hardlink_utf8(entry)) {
        member.type = BundleMember::Type::Hardlink;
        member.linkTarget = QString::fromUtf8(hardlink);
    } else {
        switch (archive_entry_filetype(entry)) {
        case AE_IFREG:
            member.type = BundleMember::Type::File;
            break;
        case AE_IFDIR:
            member.type = BundleMember::Type::Directory;
            break;
        case AE_IFLNK:
            member.type = BundleMember::Type::Symlink;
            if (const char* target = archive_entry_symlink_utf8(entry))
                member.linkTarget = QString::fromUtf8(target);
            break;
        default:
            member.type = BundleMember::Type::Other;
            break;
        }
    }
    member.permissions = int(archive_entry_perm(entry));
    member.mtime = archive_entry_mtime(entry);
    member.mtimeNsec = archive_entry_mtime_nsec(entry);
    member.size = archive_entry_size(entry);
    member.uid = archive_entry_uid(entry);
    member.gid = archive_entry_gid(entry);
    if (const char* name = archive_entry_uname_utf8(entry))
        member.uname = QString::fromUtf8(name);
    if (const char* name = archive_entry_gname_utf8(entry))
        member.gname = QString::fromUtf8(name);
    return member;
}

// libarchive converts names between UTF-8 (pax headers, its *_utf8 functions) and the C library's locale
// charset. In the "C" locale that fails for non-ASCII names (seen: empty names, a crash in the pax writer
// for a name set as UTF-8). Names in bundles are UTF-8, as Qt assumes too, so libarchive runs in a UTF-8
// LC_CTYPE on this thread; new names are also copied as bytes rather than converted.
class Utf8Locale
{
public:
    Utf8Locale()
    {
        m_utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", duplocale(LC_GLOBAL_LOCALE));
        if (m_utf8 != locale_t(0))
            m_previous = uselocale(m_utf8);
    }
    ~Utf8Locale()
    {
        if (m_utf8 != locale_t(0)) {
            uselocale(m_previous);
            freelocale(m_utf8);
        }
    }
    Utf8Locale(const Utf8Locale&) = delete;
    Utf8Locale& operator=(const Utf8Locale&) = delete;

private:
    locale_t m_utf8 = locale_t(0);
    locale_t m_previous = locale_t(0);
};

la_ssize_t appendToByteArray(archive*, void* client, const void* buffer, size_t length)
{
    static_cast<QByteArray*>(client)->append(static_cast<const char*>(buffer), qsizetype(length));
    return la_ssize_t(length);
}

// The tar reader stops at the end-of-archive blocks, so a bundle cut off after them reads as complete.
// Decompressing the whole stream finds the cut (and a damaged checksum) too.
QString gzipDamage(const QByteArray& bytes)
{
    std::unique_ptr<archive, ReadDeleter> reader(archive_read_new());
    archive_read_support_filter_gzip(reader.get());
    archive_read_support_format_raw(reader.get());
    archive_entry* entry = nullptr;
    if (archive_read_open_memory(reader.get(), bytes.constData(), size_t(bytes.size())) != ARCHIVE_OK ||
        archive_read_next_header(reader.get(), &entry) != ARCHIVE_OK)
        return archiveError(reader.get());
    char buffer[64 * 1024];
    qint64 total = 0;
    for (;;) {
        const la_ssize_t read = archive_read_data(reader.get(), buffer, sizeof buffer);
        if (read == 0)
            return QString();
        if (read < 0)
            return archiveError(reader.get());
        total += read;
        if (total > BundleArchive::MaxUnpackedSize)
            return QString(); // the tar pass has already enforced the limit on the content
    }
}

} // namespace

struct BundleArchive::Impl
{
    struct Member
    {
        EntryPtr entry;
        BundleMember info;
        QByteArray data;
    };

    QString path;
    bool pax = false;
    std::vector<Member> members;

    const Member* file(const QString& normalisedPath) const
    {
        for (const Member& member : members) {
            if (member.info.type == BundleMember::Type::File && member.info.normalisedPath == normalisedPath)
                return &member;
        }
        return nullptr;
    }
};

std::variant<BundleArchive, TokenFileError> BundleArchive::open(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return TokenFileError{
            path, 0, QCoreApplication::translate("edgekv::BundleArchive", "The bundle does not exist.")};
    if (!info.isFile())
        return TokenFileError{path, 0,
                              QCoreApplication::translate("edgekv::BundleArchive",
                                                          "This is not a file, so it cannot be a bundle.")};
    if (info.size() > MaxBundleSize)
        return TokenFileError{
            path, 0,
            QCoreApplication::translate("edgekv::BundleArchive",
                                        "The file is too large to be an EdgeWorkers code bundle.")};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return TokenFileError{
            path, 0,
            QCoreApplication::translate("edgekv::BundleArchive", "Cannot read the bundle: %1")
                .arg(file.errorString())};
    return fromBytes(file.readAll(), path);
}

std::variant<BundleArchive, TokenFileError> BundleArchive::fromBytes(const QByteArray& bytes,
                                                                     const QString& pathForMessages)
{
    const Utf8Locale utf8;
    auto error = [&](const QString& message) {
        return TokenFileError{pathForMessages, 0, message};
    };
    if (!bytes.startsWith("\x1f\x8b"))
        return error(QCoreApplication::translate(
            "edgekv::BundleArchive",
            "Not a gzip-compressed tar archive (.tgz), so not an EdgeWorkers code bundle."));

    std::unique_ptr<archive, ReadDeleter> reader(archive_read_new());
    archive_read_support_filter_gzip(reader.get());
    archive_read_support_format_tar(reader.get());
    if (archive_read_open_memory(reader.get(), bytes.constData(), size_t(bytes.size())) != ARCHIVE_OK)
        return error(QCoreApplication::translate("edgekv::BundleArchive",
                                                 "The bundle is damaged or not a tar archive: %1")
                         .arg(archiveError(reader.get())));

    auto impl = std::make_shared<Impl>();
    impl->path = pathForMessages;
    qint64 unpacked = 0;
    for (;;) {
        archive_entry* entry = nullptr;
        const int status = archive_read_next_header(reader.get(), &entry);
        if (status == ARCHIVE_EOF)
            break;
        if (status < ARCHIVE_WARN)
            return error(QCoreApplication::translate("edgekv::BundleArchive",
                                                     "The bundle is damaged or not a tar archive: %1")
                             .arg(archiveError(reader.get())));
        if (archive_filter_code(reader.get(), 0) != ARCHIVE_FILTER_GZIP)
            return error(QCoreApplication::translate(
                "edgekv::BundleArchive",
                "Not a gzip-compressed tar archive (.tgz), so not an EdgeWorkers code bundle."));
        if (archive_format(reader.get()) == ARCHIVE_FORMAT_TAR_PAX_INTERCHANGE)
            impl->pax = true;

        Impl::Member member;
        member.entry.reset(archive_entry_clone(entry));
        member.info = describe(entry);
        const QString unsafe = unsafeReason(member.info);
        if (!unsafe.isEmpty())
            return error(QCoreApplication::translate("edgekv::BundleArchive", "Unsafe bundle, refused: %1")
                             .arg(unsafe));
        char buffer[64 * 1024];
        for (;;) {
            const la_ssize_t read = archive_read_data(reader.get(), buffer, sizeof buffer);
            if (read == 0)
                break;
            if (read < 0) {
                return error(QCoreApplication::translate("edgekv::BundleArchive",
                                                         "The bundle is damaged (in \"%1\"): %2")
                                 .arg(member.info.path, archiveError(reader.get())));
            }
            unpacked += read;
            if (unpacked > MaxUnpackedSize)
                return error(QCoreApplication::translate("edgekv::BundleArchive",
                                                         "The bundle unpacks to more than %1 MB; refused.")
                                 .arg(MaxUnpackedSize >> 20));
            member.data.append(buffer, qsizetype(read));
        }
        impl->members.push_back(std::move(member));
    }
    const QString damage = gzipDamage(bytes);
    if (!damage.isEmpty())
        return error(
            QCoreApplication::translate("edgekv::BundleArchive", "The bundle is damaged: %1").arg(damage));
    if (impl->members.empty())
        return error(QCoreApplication::translate("edgekv::BundleArchive",
                                                 "The archive is empty, so not an EdgeWorkers code bundle."));
    if (!impl->file(QStringLiteral("bundle.json")))
        return error(QCoreApplication::translate(
            "edgekv::BundleArchive",
            "Not an EdgeWorkers code bundle: there is no bundle.json at its top level."));

    BundleArchive bundle;
    bundle.m_d = impl;
    return bundle;
}

// The stored name of a new token file, made from the bytes of the names beside it rather than converted
// from UTF-8: the name of edgekv.js with its file name replaced, or "./" like bundle.json's, or none.
QByteArray BundleArchive::newTokenFileName() const
{
    const QString library = edgeKvJsPath();
    const Impl::Member* anchor = m_d->file(library.isEmpty() ? QStringLiteral("bundle.json") : library);
    const char* raw = anchor ? archive_entry_pathname(anchor->entry.get()) : nullptr;
    const QByteArray stored = raw ? QByteArray(raw) : QByteArray();
    return stored.left(stored.lastIndexOf('/') + 1) + tokenFileName().toUtf8();
}

QString BundleArchive::path() const
{
    return m_d->path;
}

QList<BundleMember> BundleArchive::members() const
{
    QList<BundleMember> result;
    for (const Impl::Member& member : m_d->members)
        result << member.info;
    return result;
}

bool BundleArchive::hasFile(const QString& normalisedPath) const
{
    return m_d->file(normalisedPath) != nullptr;
}

QByteArray BundleArchive::fileData(const QString& normalisedPath) const
{
    const Impl::Member* member = m_d->file(normalisedPath);
    return member ? member->data : QByteArray();
}

QString BundleArchive::edgeKvJsPath() const
{
    QString found;
    for (const Impl::Member& member : m_d->members) {
        const QString& path = member.info.normalisedPath;
        if (member.info.type != BundleMember::Type::File ||
            (path != QLatin1String("edgekv.js") && !path.endsWith(QLatin1String("/edgekv.js"))))
            continue;
        if (!found.isEmpty() && found != path)
            return QString();
        found = path;
    }
    return found;
}

QString BundleArchive::tokenFilePath() const
{
    const QString library = edgeKvJsPath();
    const qsizetype slash = library.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? tokenFileName() : library.left(slash + 1) + tokenFileName();
}

std::variant<QByteArray, TokenFileError> BundleArchive::withTokenFile(const QByteArray& content,
                                                                      qint64 mtime) const
{
    const Utf8Locale utf8;
    auto error = [&](const QString& message) {
        return TokenFileError{m_d->path, 0, message};
    };
    const QString target = tokenFilePath();
    const Impl::Member* existing = nullptr;
    const Impl::Member* bundleJson = m_d->file(QStringLiteral("bundle.json"));
    for (const Impl::Member& member : m_d->members) {
        if (member.info.normalisedPath != target)
            continue;
        if (member.info.type != BundleMember::Type::File)
            return error(QCoreApplication::translate("edgekv::BundleArchive",
                                                     "\"%1\" in the bundle is not a regular file.")
                             .arg(member.info.path));
        if (existing)
            return error(QCoreApplication::translate("edgekv::BundleArchive",
                                                     "The bundle holds \"%1\" more than once.")
                             .arg(target));
        existing = &member;
    }

    std::unique_ptr<archive, WriteDeleter> writer(archive_write_new());
    QByteArray out;
    archive_write_add_filter_gzip(writer.get());
    if (m_d->pax)
        archive_write_set_format_pax(writer.get());
    else
        archive_write_set_format_pax_restricted(writer.get());
    // Without this libarchive pads the compressed stream with zeros to 10240 bytes; gzip and tar do not.
    archive_write_set_bytes_in_last_block(writer.get(), 1);
    if (archive_write_open(writer.get(), &out, nullptr, appendToByteArray, nullptr) != ARCHIVE_OK)
        return error(QCoreApplication::translate("edgekv::BundleArchive", "Cannot build the new bundle: %1")
                         .arg(archiveError(writer.get())));

    auto writeEntry = [&](archive_entry* entry, const QByteArray& data) -> bool {
        if (archive_write_header(writer.get(), entry) < ARCHIVE_WARN)
            return false;
        return data.isEmpty() || archive_write_data(writer.get(), data.constData(), size_t(data.size())) ==
                                     la_ssize_t(data.size());
    };
    auto writeToken = [&](archive_entry* entry) {
        archive_entry_set_size(entry, content.size());
        archive_entry_set_mtime(entry, time_t(mtime), 0);
        return writeEntry(entry, content);
    };
    for (const Impl::Member& member : m_d->members) {
        bool ok = false;
        if (&member == existing) {
            EntryPtr entry(archive_entry_clone(member.entry.get()));
            ok = writeToken(entry.get());
        } else {
            ok = writeEntry(member.entry.get(), member.data);
        }
        if (!ok) {
            return error(QCoreApplication::translate("edgekv::BundleArchive",
                                                     "Cannot build the new bundle (at \"%1\"): %2")
                             .arg(member.info.path, archiveError(writer.get())));
        }
    }
    if (!existing) {
        EntryPtr entry(archive_entry_new());
        archive_entry_copy_pathname(entry.get(), newTokenFileName().constData());
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0644);
        if (bundleJson) {
            archive_entry_set_uid(entry.get(), archive_entry_uid(bundleJson->entry.get()));
            archive_entry_set_gid(entry.get(), archive_entry_gid(bundleJson->entry.get()));
            if (const char* name = archive_entry_uname(bundleJson->entry.get()))
                archive_entry_copy_uname(entry.get(), name);
            if (const char* name = archive_entry_gname(bundleJson->entry.get()))
                archive_entry_copy_gname(entry.get(), name);
        }
        if (!writeToken(entry.get()))
            return error(
                QCoreApplication::translate("edgekv::BundleArchive", "Cannot build the new bundle: %1")
                    .arg(archiveError(writer.get())));
    }
    if (archive_write_close(writer.get()) != ARCHIVE_OK)
        return error(QCoreApplication::translate("edgekv::BundleArchive", "Cannot build the new bundle: %1")
                         .arg(archiveError(writer.get())));
    return out;
}

} // namespace edgekv
