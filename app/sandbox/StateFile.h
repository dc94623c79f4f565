#pragma once

#include <QJsonObject>
#include <QString>

namespace edgekv {

// The sandbox's JSON state file on disk. Reading never modifies the file; writing is atomic (QSaveFile)
// and owner-only, since legacy token values are in it.
class StateFile
{
public:
    struct Content
    {
        bool exists = false; // false also for an empty file: there is nothing in it to lose
        QJsonObject json;
        QString error; // non-empty: unreadable or not JSON (without the path); leave the file alone
    };

    static Content read(const QString& path);
    // Empty on success, else what went wrong (the previous file is then intact).
    static QString write(const QString& path, const QJsonObject& json);
};

} // namespace edgekv
