#pragma once

#include "credentials/Credentials.h"

#include <QByteArray>
#include <QString>

namespace edgekv {

// Writes one [section] of a .edgerc (host, client_token, client_secret, access_token) the way
// EdgercFile reads it. An existing file keeps every other section, comment and line ending; the section
// itself is replaced in place (later duplicates of it are dropped) or appended.
class EdgercWriter
{
public:
    // Writes atomically (QSaveFile) with mode 0600, whatever the old mode was. A leading "~/" means
    // the home folder. Returns an empty string on success, otherwise a message naming the file (never a
    // secret); the old file is then unchanged.
    static QString writeSection(const QString& path, const QString& section, const Credentials& credentials);

    // The new file content: existing with section replaced or appended.
    static QByteArray mergeSection(const QByteArray& existing, const QString& section,
                                   const Credentials& credentials);
    // "[section]\nhost = ...\n..." with the given line ending. The host carries "http://" for plain HTTP.
    static QByteArray sectionText(const QString& section, const Credentials& credentials,
                                  const QByteArray& newline = "\n");
};

} // namespace edgekv
