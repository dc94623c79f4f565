#pragma once

#include "tokenfile/TokenFileEntry.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTest>

// Shared helpers of the token file tests: the golden files and the entries they were written from.
namespace tokenfiletest {

inline QString dataPath(const QString& name)
{
    return QStringLiteral(TOKENFILE_DATA_DIR "/") + name;
}

inline QByteArray golden(const QString& name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing golden file %s", qPrintable(name));
    return file.readAll();
}

inline QString jwtDefault()
{
    return QStringLiteral(
        "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJuYW1lc3BhY2UtZGVmYXVsdCI6WyJyIl19.c2lnbmF0dXJl");
}

inline QString jwtMarketing()
{
    return QStringLiteral(
        "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJuYW1lc3BhY2UtbWFya2V0aW5nIjpbInIiXX0.c2lnbmF0dXJl");
}

inline QString uuidMarketing()
{
    return QStringLiteral("fa3a7ae0-1b0c-45c7-adc3-f0638c6b7466");
}

inline QList<edgekv::TokenFileEntry> legacyEntries()
{
    using edgekv::TokenFileEntry;
    return {TokenFileEntry::legacy(QStringLiteral("marketing"), QStringLiteral("my_token"), jwtMarketing()),
            TokenFileEntry::legacy(QStringLiteral("default"), QStringLiteral("my_token"), jwtDefault())};
}

inline QList<edgekv::TokenFileEntry> enhancedEntries()
{
    using edgekv::TokenFileEntry;
    return {
        TokenFileEntry::enhanced(QStringLiteral("default"), QStringLiteral("my_token"), uuidMarketing()),
        TokenFileEntry::enhanced(QStringLiteral("marketing"), QStringLiteral("my_token"), uuidMarketing())};
}

// The entries of data/mixed.js, in no particular order.
inline QList<edgekv::TokenFileEntry> mixedEntries()
{
    using edgekv::TokenFileEntry;
    return {
        TokenFileEntry::legacy(QStringLiteral("z-last"), QStringLiteral("name \"quoted\" \\ ünïcode"),
                               QStringLiteral("abc.def.ghi")),
        TokenFileEntry::enhanced(QStringLiteral("marketing"), QStringLiteral("refresh-token"),
                                 uuidMarketing()),
        TokenFileEntry::legacy(QStringLiteral("default"), QStringLiteral("legacy_token"),
                               QStringLiteral("eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9."
                                              "eyJuYW1lc3BhY2UtZGVmYXVsdCI6WyJyIiwidyJdfQ.c2lnbmF0dXJl")),
        TokenFileEntry::enhanced(QStringLiteral("Catalog_2"), QStringLiteral("catalog-reader"),
                                 QStringLiteral("0b9c3f52-7d3e-4c1a-9f0e-2a4b6c8d0e1f")),
    };
}

} // namespace tokenfiletest
