#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <archive.h>
#include <archive_entry.h>
#include <locale.h>

// Builds and lists tar archives with libarchive, independently of BundleArchive, so the bundle tests
// compare what was really written.
namespace tokenfiletest {

struct TarItem
{
    enum Type { File, Dir, Symlink, Hardlink };

    QString path;
    Type type = File;
    QByteArray data;
    int perm = 0644;
    qint64 mtime = 1600000000;
    long mtimeNsec = 0;
    QString link;
    qint64 uid = 1000;
    qint64 gid = 1000;
    QString uname = QStringLiteral("dev");
    QString gname = QStringLiteral("staff");
};

// What a listing shows of one entry: everything that must survive an export.
struct Listed
{
    QString path;
    int filetype = 0;
    int perm = 0;
    qint64 mtime = 0;
    long mtimeNsec = 0;
    qint64 uid = 0;
    qint64 gid = 0;
    QString uname;
    QString gname;
    QString symlink;
    QString hardlink;
    QByteArray data;

    bool operator==(const Listed& other) const
    {
        return path == other.path && filetype == other.filetype && perm == other.perm &&
               mtime == other.mtime && mtimeNsec == other.mtimeNsec && uid == other.uid && gid == other.gid &&
               uname == other.uname && gname == other.gname && symlink == other.symlink &&
               hardlink == other.hardlink && data == other.data;
    }
};

// Fixtures are UTF-8 whatever the test's locale (see BundleArchive.cpp).
class FixtureLocale
{
public:
    FixtureLocale() : m_utf8(newlocale(LC_CTYPE_MASK, "C.UTF-8", duplocale(LC_GLOBAL_LOCALE)))
    {
        m_previous = uselocale(m_utf8);
    }
    ~FixtureLocale()
    {
        uselocale(m_previous);
        freelocale(m_utf8);
    }

private:
    locale_t m_utf8;
    locale_t m_previous;
};

inline la_ssize_t appendTo(archive*, void* client, const void* buffer, size_t length)
{
    static_cast<QByteArray*>(client)->append(static_cast<const char*>(buffer), qsizetype(length));
    return la_ssize_t(length);
}

// format: ARCHIVE_FORMAT_TAR_USTAR, ARCHIVE_FORMAT_TAR_PAX_INTERCHANGE or ARCHIVE_FORMAT_TAR_GNUTAR.
inline QByteArray buildTar(const QList<TarItem>& items, int format = ARCHIVE_FORMAT_TAR_USTAR,
                           bool gzip = true)
{
    const FixtureLocale utf8;
    archive* writer = archive_write_new();
    if (gzip)
        archive_write_add_filter_gzip(writer);
    archive_write_set_format(writer, format);
    archive_write_set_bytes_in_last_block(writer, 1); // like GNU tar: no zeros after the gzip stream
    QByteArray out;
    archive_write_open(writer, &out, nullptr, appendTo, nullptr);
    for (const TarItem& item : items) {
        archive_entry* entry = archive_entry_new();
        archive_entry_set_pathname_utf8(entry, item.path.toUtf8().constData());
        archive_entry_set_perm(entry, mode_t(item.perm));
        archive_entry_set_mtime(entry, time_t(item.mtime), item.mtimeNsec);
        archive_entry_set_uid(entry, item.uid);
        archive_entry_set_gid(entry, item.gid);
        archive_entry_copy_uname(entry, item.uname.toUtf8().constData());
        archive_entry_copy_gname(entry, item.gname.toUtf8().constData());
        switch (item.type) {
        case TarItem::File:
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_size(entry, item.data.size());
            break;
        case TarItem::Dir:
            archive_entry_set_filetype(entry, AE_IFDIR);
            break;
        case TarItem::Symlink:
            archive_entry_set_filetype(entry, AE_IFLNK);
            archive_entry_copy_symlink(entry, item.link.toUtf8().constData());
            break;
        case TarItem::Hardlink:
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_copy_hardlink(entry, item.link.toUtf8().constData());
            archive_entry_set_size(entry, 0);
            break;
        }
        archive_write_header(writer, entry);
        if (item.type == TarItem::File && !item.data.isEmpty())
            archive_write_data(writer, item.data.constData(), size_t(item.data.size()));
        archive_entry_free(entry);
    }
    archive_write_close(writer);
    archive_write_free(writer);
    return out;
}

// Every entry with its data; an empty list when the archive cannot be read to its end.
inline QList<Listed> listTar(const QByteArray& bytes)
{
    const FixtureLocale utf8;
    QList<Listed> result;
    archive* reader = archive_read_new();
    archive_read_support_filter_all(reader);
    archive_read_support_format_all(reader);
    if (archive_read_open_memory(reader, bytes.constData(), size_t(bytes.size())) != ARCHIVE_OK) {
        archive_read_free(reader);
        return {};
    }
    archive_entry* entry = nullptr;
    int status = ARCHIVE_OK;
    while ((status = archive_read_next_header(reader, &entry)) == ARCHIVE_OK) {
        Listed listed;
        listed.path = QString::fromUtf8(archive_entry_pathname(entry));
        listed.filetype = int(archive_entry_filetype(entry));
        listed.perm = int(archive_entry_perm(entry));
        listed.mtime = archive_entry_mtime(entry);
        listed.mtimeNsec = archive_entry_mtime_nsec(entry);
        listed.uid = archive_entry_uid(entry);
        listed.gid = archive_entry_gid(entry);
        listed.uname = QString::fromUtf8(archive_entry_uname(entry));
        listed.gname = QString::fromUtf8(archive_entry_gname(entry));
        listed.symlink = QString::fromUtf8(archive_entry_symlink(entry));
        listed.hardlink = QString::fromUtf8(archive_entry_hardlink(entry));
        char buffer[8192];
        la_ssize_t read = 0;
        while ((read = archive_read_data(reader, buffer, sizeof buffer)) > 0)
            listed.data.append(buffer, qsizetype(read));
        if (read < 0)
            break;
        result << listed;
    }
    archive_read_free(reader);
    return status == ARCHIVE_EOF ? result : QList<Listed>();
}

inline const Listed* findListed(const QList<Listed>& listing, const QString& path)
{
    for (const Listed& listed : listing) {
        if (listed.path == path)
            return &listed;
    }
    return nullptr;
}

} // namespace tokenfiletest
