#pragma once

#include "tokenfile/TokenFileEntry.h"

#include <QByteArray>
#include <QString>
#include <QVersionNumber>

namespace edgekv {

// What the app can tell about the edgekv.js helper library shipped in a bundle (spec §5).
class EdgeKvLibrary
{
public:
    // 0.6.2 added the "reference" entries of enhanced tokens; older versions only read "value".
    static QVersionNumber minimumForReferences() { return QVersionNumber(0, 6, 2); }

    // The version in the header comment. Akamai's file starts with a block comment holding
    // "Version: 0.6.3" on a line of its own; also accepted there, in case of a repackaged copy:
    // "@version 0.6.3", a line starting "version 0.6.3", "v0.6.3". Only the leading comments are read, so a
    // version string in the code is never taken for the library's. A null version when there is none.
    static QVersionNumber parseVersion(const QByteArray& source);

    // A translated warning when `entries` hold a reference entry and the library is older than 0.6.2 or
    // its version cannot be read; empty otherwise. `where` names the edgekv.js file in the message.
    static QString referenceWarning(const TokenFileObject& entries, const QByteArray& source,
                                    const QString& where);
    // The keys of the entries that carry a "reference".
    static QStringList referenceKeys(const TokenFileObject& entries);
};

} // namespace edgekv
