#pragma once

#include <QDir>
#include <QFile>
#include <QString>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

// Real write failures for tests, without a special file system.
namespace tokenfiletest {

// A folder nobody may write to. chmod alone does not stop root, so as root the process also takes the
// effective ids of "nobody" until restore(); then the permission bits apply to it as to any user.
class ReadOnlyFolder
{
public:
    ReadOnlyFolder(const QString& parent, const QString& folder) : m_folder(folder)
    {
        constexpr auto open = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                              QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                              QFileDevice::ExeOther;
        QFile::setPermissions(parent, open);
        QFile::setPermissions(folder, open & ~QFileDevice::WriteOwner);
        if (geteuid() == 0) {
            m_wasRoot = true;
            m_dropped = setegid(65534) == 0 && seteuid(65534) == 0;
        }
    }
    ~ReadOnlyFolder() { restore(); }

    // Whether creating a file in the folder really fails.
    bool isReadOnly() const
    {
        QFile probe(QDir(m_folder).filePath(QStringLiteral(".probe")));
        if (!probe.open(QIODevice::WriteOnly))
            return true;
        probe.remove();
        return false;
    }

    void restore()
    {
        if (m_wasRoot && m_dropped) {
            [[maybe_unused]] const int uid = seteuid(0);
            [[maybe_unused]] const int gid = setegid(0);
            m_dropped = false;
        }
        QFile::setPermissions(m_folder,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

private:
    QString m_folder;
    bool m_wasRoot = false;
    bool m_dropped = false;
};

// A full disk as the process sees it: RLIMIT_FSIZE makes any write past `bytes` fail with EFBIG, as
// ENOSPC would, in any folder, for root too. SIGXFSZ is ignored meanwhile so the write fails instead of
// killing the test.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(qint64 bytes)
    {
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_old);
        rlimit limit = m_old;
        limit.rlim_cur = rlim_t(bytes);
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = nullptr;
};

} // namespace tokenfiletest
