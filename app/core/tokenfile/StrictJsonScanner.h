#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace edgekv {

// Checks that the JSON value starting at a given offset is strict JSON and finds where it ends, with
// a precise offset and a plain reason when it is not: a trailing comma, a comment, single quotes, an
// unquoted key, a missing comma. QJsonParseError alone reports offsets that are often past the real
// mistake. The scanner only checks syntax; QJsonDocument still builds the values. Internal to the token
// file parser.
class StrictJsonScanner
{
public:
    struct Key
    {
        QByteArray raw; // with its quotes and escapes, as in the text
        qsizetype offset = 0;
    };

    explicit StrictJsonScanner(const QByteArray& text) : m_text(text) {}

    // Scans one value (normally the object at `offset`). On success returns true and sets end() to the
    // offset just past it; otherwise errorOffset() and errorReason() (translated) describe the mistake.
    bool scan(qsizetype offset);

    qsizetype end() const { return m_end; }
    qsizetype errorOffset() const { return m_errorOffset; }
    QString errorReason() const { return m_errorReason; }
    // The keys of the outermost object, in text order, duplicates included.
    const QList<Key>& topLevelKeys() const { return m_keys; }

    // First offset at which `text` is not valid UTF-8, or -1.
    static qsizetype invalidUtf8Offset(const QByteArray& text);

private:
    bool value(int depth);
    bool object(int depth);
    bool array(int depth);
    bool string();
    bool number();
    bool word();
    void skipWhitespace();
    char peek() const { return m_pos < m_text.size() ? m_text.at(m_pos) : '\0'; }
    bool atEnd() const { return m_pos >= m_text.size(); }
    bool fail(qsizetype offset, const QString& reason);
    bool failUnexpected(const char* context);

    const QByteArray& m_text;
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    qsizetype m_errorOffset = -1;
    QString m_errorReason;
    QList<Key> m_keys;
};

} // namespace edgekv
