#pragma once

#include "credentials/Credentials.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <variant>

namespace edgekv {

// One [section] of a .edgerc as written, before validation: host as written (maybe with a scheme or
// a trailing "/"), maxBody the default unless the file gives a valid one. Use EdgercFile::credentials()
// for credentials that can be used.
struct EdgercSection
{
    QString name;
    Credentials credentials;
    int line = 0; // 1-based line of the [name] header
};

// Why a section cannot be used. The message names the problem, never a client_secret or access_token.
struct EdgercError
{
    QString file;
    QString section; // empty for problems that concern the whole file
    QString message;

    // "<file> [<section>]: <message>", or "<file>: <message>" without a section.
    QString text() const;
};

// A parsed .edgerc (spec/EDGEGRID.md §2.2, the liberal parser): every section, each validated on its
// own, so that a broken section never hides the good ones.
class EdgercFile
{
public:
    // Reads and parses a file. A leading "~/" means the home folder. I/O problems (missing, a directory,
    // unreadable, absurdly large) are reported by fileError(); this never throws.
    static EdgercFile read(const QString& path);
    // Parses text already in memory; pathForMessages only appears in messages.
    static EdgercFile parse(const QByteArray& text, const QString& pathForMessages);

    QString path() const { return m_path; }
    // Why the file could not be read at all; empty when it was read (even if it is empty).
    QString fileError() const { return m_fileError; }

    // In file order, each name once.
    QStringList sectionNames() const;
    bool hasSection(const QString& name) const;
    QList<EdgercSection> sections() const;

    // The validated credentials of one section: the four required keys present, max_body a positive
    // integer, host accepted by HostInput::parse. Otherwise an error naming the file, the section and
    // every problem found.
    std::variant<Credentials, EdgercError> credentials(const QString& section) const;

    // Lines outside any section, which are ignored. Not errors: they only explain a missing section.
    QList<EdgercError> warnings() const;

private:
    friend class EdgercLoader;

    struct Entry
    {
        QString key; // as written, for messages
        QString value;
        int line = 0;
    };
    struct Section
    {
        QString name;
        int line = 0;
        QHash<QString, Entry> values; // by canonical key: host, client_token, ..., max_body, ...
        QStringList unknownKeys;
        QStringList problems; // translated sentences about the section's syntax
    };

    const Section* findSection(const QString& name) const;
    EdgercError error(const QString& section, const QString& message) const;
    std::variant<Credentials, EdgercError> validate(const Section& section) const;
    static Credentials asWritten(const Section& section);

    QString m_path;
    QString m_fileError;
    QList<Section> m_sections;
    QList<int> m_orphanLines;
};

// Loads one section the way Akamai's Go and Node libraries do with environment support (§2.3): when all
// four of AKAMAI_[<SECTION>_]HOST, _CLIENT_TOKEN, _CLIENT_SECRET and _ACCESS_TOKEN are set, they win
// and the file is not read (then _MAX_BODY applies, default 131072); otherwise the file is used.
// AKAMAI_[<SECTION>_]ACCOUNT_KEY applies in both cases. Section "default" uses the bare AKAMAI_ prefix.
class EdgercLoader
{
public:
    static std::variant<Credentials, EdgercError>
    load(const QString& path, const QString& section,
         const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());

    // "AKAMAI_" for "default", else "AKAMAI_" + the name upper-cased with every character that cannot
    // be in a variable name ('-', ' ', ':', ...) as '_', + "_": "ccu-prod" gives "AKAMAI_CCU_PROD_".
    static QString envPrefix(const QString& section);
};

} // namespace edgekv
