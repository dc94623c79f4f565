#include "tokenfile/TokenFileParser.h"

#include "tokenfile/StrictJsonScanner.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace edgekv {

namespace {

const QByteArray VariableName = "edgekv_access_tokens";

// Walks the JavaScript around the object: whitespace, comments and the few words the format has.
class Cursor
{
public:
    explicit Cursor(const QByteArray& text) : m_text(text) {}

    qsizetype pos() const { return m_pos; }
    void setPos(qsizetype pos) { m_pos = pos; }
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_pos); }
    int lineAt(qsizetype offset) const
    {
        return 1 + int(m_text.left(qMin(offset, m_text.size())).count('\n'));
    }
    int line() const { return lineAt(m_pos); }

    void skipSpaces()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_pos;
    }

    // Skips whitespace and comments. Returns false at an unterminated block comment, leaving pos on it.
    bool skipSpacesAndComments(bool* sawComment)
    {
        for (;;) {
            skipSpaces();
            if (m_text.mid(m_pos, 2) == "//") {
                *sawComment = true;
                const qsizetype end = m_text.indexOf('\n', m_pos);
                m_pos = end < 0 ? m_text.size() : end + 1;
            } else if (m_text.mid(m_pos, 2) == "/*") {
                *sawComment = true;
                const qsizetype end = m_text.indexOf("*/", m_pos + 2);
                if (end < 0)
                    return false;
                m_pos = end + 2;
            } else {
                return true;
            }
        }
    }

    // Consumes `word` when it is at pos and not followed by an identifier character.
    bool takeWord(const QByteArray& word)
    {
        if (m_text.mid(m_pos, word.size()) != word)
            return false;
        const qsizetype after = m_pos + word.size();
        if (after < m_text.size()) {
            const char c = m_text.at(after);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
                c == '$')
                return false;
        }
        m_pos = after;
        return true;
    }

    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }

private:
    const QByteArray& m_text;
    qsizetype m_pos = 0;
};

// "export { edgekv_access_tokens }" with any spacing, then an optional ";".
bool takeExportStatement(Cursor& cursor)
{
    const qsizetype start = cursor.pos();
    cursor.skipSpaces();
    if (cursor.takeWord("export")) {
        cursor.skipSpaces();
        if (cursor.take('{')) {
            cursor.skipSpaces();
            if (cursor.takeWord(VariableName)) {
                cursor.skipSpaces();
                if (cursor.take('}')) {
                    const qsizetype afterBrace = cursor.pos();
                    cursor.skipSpaces();
                    if (!cursor.take(';'))
                        cursor.setPos(afterBrace);
                    return true;
                }
            }
        }
    }
    cursor.setPos(start);
    return false;
}

QString decodeKey(const QByteArray& raw)
{
    const QJsonDocument document = QJsonDocument::fromJson("[" + raw + "]");
    return document.array().at(0).toString();
}

} // namespace

std::variant<ParsedTokenFile, TokenFileError> TokenFileParser::parse(const QByteArray& bytes,
                                                                     const QString& pathForMessages)
{
    const QByteArray text = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    Cursor cursor(text);
    auto error = [&](qsizetype offset, const QString& message) {
        return TokenFileError{pathForMessages, cursor.lineAt(offset), message};
    };

    ParsedTokenFile result;
    const qsizetype badUtf8 = StrictJsonScanner::invalidUtf8Offset(text);
    if (badUtf8 >= 0)
        return error(badUtf8,
                     QCoreApplication::translate("edgekv::TokenFileParser", "The file is not UTF-8 text."));
    if (text.trimmed().isEmpty()) {
        result.wasEmpty = true;
        result.notices << QCoreApplication::translate("edgekv::TokenFileParser",
                                                      "The existing file was empty.");
        return result;
    }

    bool sawComment = false;
    if (!cursor.skipSpacesAndComments(&sawComment))
        return error(cursor.pos(),
                     QCoreApplication::translate("edgekv::TokenFileParser", "This comment is never closed."));
    const qsizetype declaration = cursor.pos();
    const bool inlineExport = cursor.takeWord("export");
    cursor.skipSpaces();
    if (!cursor.takeWord("var") && !cursor.takeWord("let") && !cursor.takeWord("const")) {
        if (cursor.takeWord(VariableName)) {
            return error(declaration, QCoreApplication::translate(
                                          "edgekv::TokenFileParser",
                                          "\"var\" is missing before edgekv_access_tokens; edgekv.js needs "
                                          "\"var edgekv_access_tokens = {\"."));
        }
        return error(declaration, QCoreApplication::translate("edgekv::TokenFileParser",
                                                              "Not an EdgeKV token file: it must start with "
                                                              "\"var edgekv_access_tokens = {\"."));
    }
    cursor.skipSpaces();
    if (!cursor.takeWord(VariableName)) {
        return error(cursor.pos(),
                     QCoreApplication::translate("edgekv::TokenFileParser",
                                                 "Not an EdgeKV token file: the variable must be named "
                                                 "edgekv_access_tokens."));
    }
    cursor.skipSpaces();
    if (!cursor.take('='))
        return error(cursor.pos(), QCoreApplication::translate("edgekv::TokenFileParser",
                                                               "\"=\" expected after edgekv_access_tokens."));
    cursor.skipSpaces();
    if (cursor.peek() != '{')
        return error(cursor.pos(),
                     QCoreApplication::translate("edgekv::TokenFileParser",
                                                 "An object in braces, { … }, expected after \"=\"."));

    const qsizetype objectStart = cursor.pos();
    StrictJsonScanner scanner(text);
    if (!scanner.scan(objectStart))
        return error(scanner.errorOffset(), scanner.errorReason());
    cursor.setPos(scanner.end());
    const qsizetype afterObject = cursor.pos();
    cursor.skipSpaces();
    cursor.take(';');

    bool exported = inlineExport;
    if (!cursor.skipSpacesAndComments(&sawComment))
        return error(cursor.pos(),
                     QCoreApplication::translate("edgekv::TokenFileParser", "This comment is never closed."));
    if (!exported && takeExportStatement(cursor)) {
        exported = true;
        if (!cursor.skipSpacesAndComments(&sawComment))
            return error(cursor.pos(), QCoreApplication::translate("edgekv::TokenFileParser",
                                                                   "This comment is never closed."));
    }
    if (!cursor.atEnd()) {
        return error(
            cursor.pos(),
            exported ? QCoreApplication::translate("edgekv::TokenFileParser",
                                                   "Unexpected text after the export statement; the file may "
                                                   "only hold the token object and its export.")
                     : QCoreApplication::translate("edgekv::TokenFileParser",
                                                   "\"export { edgekv_access_tokens };\" expected here."));
    }
    if (!exported) {
        return error(afterObject, QCoreApplication::translate(
                                      "edgekv::TokenFileParser",
                                      "\"export { edgekv_access_tokens };\" is missing after the object, so "
                                      "edgekv.js cannot import the tokens."));
    }

    QJsonParseError jsonError;
    const QJsonDocument document =
        QJsonDocument::fromJson(text.mid(objectStart, scanner.end() - objectStart), &jsonError);
    if (jsonError.error != QJsonParseError::NoError)
        return error(objectStart + jsonError.offset, jsonError.errorString());
    const QJsonObject object = document.object();

    // Lines and duplicates from the text; the last occurrence of a key is the one JavaScript keeps.
    QHash<QString, int> keyLines;
    QHash<QString, int> keyCounts;
    for (const StrictJsonScanner::Key& key : scanner.topLevelKeys()) {
        const QString name = decodeKey(key.raw);
        keyLines.insert(name, cursor.lineAt(key.offset));
        ++keyCounts[name];
    }
    QSet<QString> reported;
    for (const StrictJsonScanner::Key& key : scanner.topLevelKeys()) {
        const QString name = decodeKey(key.raw);
        if (keyCounts.value(name) > 1 && !reported.contains(name)) {
            reported.insert(name);
            result.notices
                << QCoreApplication::translate(
                       "edgekv::TokenFileParser",
                       "\"%1\" appears %2 times; the last one (line %3) is kept, as edgekv.js would.")
                       .arg(name, QString::number(keyCounts.value(name)),
                            QString::number(keyLines.value(name)));
        }
    }

    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString& key = it.key();
        if (!TokenFileEntry::namespaceOfKey(key).isEmpty()) {
            result.entries.insert(key, it.value());
            result.lines.insert(key, keyLines.value(key));
        }
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString& key = it.key();
        if (!TokenFileEntry::namespaceOfKey(key).isEmpty())
            continue;
        const int line = keyLines.value(key);
        if (!TokenFileEntry::isValidNamespace(key)) {
            result.entries.insert(key, it.value());
            result.lines.insert(key, line);
            result.unknownKeys << key;
            result.notices
                << QCoreApplication::translate(
                       "edgekv::TokenFileParser",
                       "Line %1: \"%2\" is not a namespace key; it is kept as it is, and edgekv.js "
                       "ignores it.")
                       .arg(QString::number(line), key);
            continue;
        }
        const QString normalised = TokenFileEntry::keyForNamespace(key);
        if (object.contains(normalised)) {
            result.normalised.append(KeyNormalisation{key, normalised, line, true});
            result.notices
                << QCoreApplication::translate(
                       "edgekv::TokenFileParser",
                       "Line %1: the bare key \"%2\" is dropped, because \"%3\" is also in the file "
                       "and edgekv.js only reads that one.")
                       .arg(QString::number(line), key, normalised);
            continue;
        }
        result.entries.insert(normalised, it.value());
        result.lines.insert(normalised, line);
        result.normalised.append(KeyNormalisation{key, normalised, line, false});
        result.notices << QCoreApplication::translate(
                              "edgekv::TokenFileParser",
                              "Line %1: the bare key \"%2\" becomes \"%3\", the key edgekv.js looks up.")
                              .arg(QString::number(line), key, normalised);
    }
    if (sawComment)
        result.notices << QCoreApplication::translate(
            "edgekv::TokenFileParser",
            "Comments outside the token object are not kept when the file is rewritten.");
    return result;
}

std::variant<ParsedTokenFile, TokenFileError> TokenFileParser::read(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return TokenFileError{
            path, 0, QCoreApplication::translate("edgekv::TokenFileParser", "The file does not exist.")};
    if (info.isDir())
        return TokenFileError{
            path, 0, QCoreApplication::translate("edgekv::TokenFileParser", "This is a folder, not a file.")};
    if (info.size() > MaxFileSize)
        return TokenFileError{
            path, 0,
            QCoreApplication::translate("edgekv::TokenFileParser",
                                        "The file is too large to be an EdgeKV token file.")};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return TokenFileError{
            path, 0,
            QCoreApplication::translate("edgekv::TokenFileParser", "Cannot read the file: %1")
                .arg(file.errorString())};
    return parse(file.readAll(), path);
}

} // namespace edgekv
