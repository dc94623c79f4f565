#include "tokenfile/StrictJsonScanner.h"

#include <QCoreApplication>

namespace edgekv {

namespace {

constexpr int MaxDepth = 64;

bool isWordChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

} // namespace

bool StrictJsonScanner::scan(qsizetype offset)
{
    m_pos = offset;
    m_keys.clear();
    m_errorOffset = -1;
    m_errorReason.clear();
    if (!value(0))
        return false;
    m_end = m_pos;
    return true;
}

bool StrictJsonScanner::fail(qsizetype offset, const QString& reason)
{
    m_errorOffset = offset;
    m_errorReason = reason;
    return false;
}

// A character that cannot start what `context` expects; named by what it most likely is.
bool StrictJsonScanner::failUnexpected(const char* context)
{
    const char c = peek();
    if (c == '/' && m_pos + 1 < m_text.size() && (m_text.at(m_pos + 1) == '/' || m_text.at(m_pos + 1) == '*'))
        return fail(m_pos, QCoreApplication::translate(
                               "edgekv::StrictJsonScanner",
                               "A comment. The token object must be strict JSON, without comments."));
    if (c == '\'')
        return fail(m_pos,
                    QCoreApplication::translate("edgekv::StrictJsonScanner",
                                                "Single quotes. JSON strings and keys need double quotes."));
    if (atEnd())
        return fail(m_pos, QCoreApplication::translate("edgekv::StrictJsonScanner",
                                                       "The file ends before the object is closed."));
    return fail(m_pos, QCoreApplication::translate("edgekv::StrictJsonScanner",
                                                   "Unexpected \"%1\" where %2 was expected.")
                           .arg(QString::fromUtf8(m_text.mid(m_pos, 1)),
                                QCoreApplication::translate("edgekv::StrictJsonScanner", context)));
}

void StrictJsonScanner::skipWhitespace()
{
    while (!atEnd()) {
        const char c = peek();
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return;
        ++m_pos;
    }
}

bool StrictJsonScanner::value(int depth)
{
    skipWhitespace();
    switch (peek()) {
    case '{':
        return object(depth + 1);
    case '[':
        return array(depth + 1);
    case '"':
        return string();
    case '-':
        return number();
    default:
        break;
    }
    if (isDigit(peek()))
        return number();
    if (isWordChar(peek()))
        return word();
    return failUnexpected(QT_TRANSLATE_NOOP("edgekv::StrictJsonScanner", "a value"));
}

bool StrictJsonScanner::object(int depth)
{
    if (depth > MaxDepth)
        return fail(m_pos, QCoreApplication::translate("edgekv::StrictJsonScanner",
                                                       "The object is nested too deeply."));
    const qsizetype open = m_pos++;
    qsizetype lastComma = -1;
    skipWhitespace();
    if (peek() == '}') {
        ++m_pos;
        return true;
    }
    for (;;) {
        skipWhitespace();
        if (atEnd())
            return fail(open, QCoreApplication::translate("edgekv::StrictJsonScanner",
                                                          "This \"{\" is never closed."));
        if (peek() == '}' && lastComma >= 0)
            return fail(lastComma, QCoreApplication::translate(
                                       "edgekv::StrictJsonScanner",
                                       "A trailing comma before \"}\", which JSON does not allow."));
        if (peek() != '"') {
            if (isWordChar(peek()))
                return fail(m_pos, QCoreApplication::translate(
                                       "edgekv::StrictJsonScanner",
                                       "A key without double quotes. JSON keys need double quotes."));
            return failUnexpected(QT_TRANSLATE_NOOP("edgekv::StrictJsonScanner", "a key in double quotes"));
        }
        const qsizetype keyOffset = m_pos;
        if (!string())
            return false;
        if (depth == 1)
            m_keys.append(Key{m_text.mid(keyOffset, m_pos - keyOffset), keyOffset});
        skipWhitespace();
        if (peek() != ':')
            return failUnexpected(QT_TRANSLATE_NOOP("edgekv::StrictJsonScanner", "\":\" after the key"));
        ++m_pos;
        if (!value(depth))
            return false;
        skipWhitespace();
        if (peek() == '}') {
            ++m_pos;
            return true;
        }
        if (peek() == ',') {
            lastComma = m_pos++;
            continue;
        }
        if (atEnd())
            return fail(open, QCoreApplication::translate("edgekv::StrictJsonScanner",
                                                          "This \"{\" is never closed."));
        if (peek() == '"')
            return fail(m_pos, QCoreApplication::translate("edgekv::StrictJsonScanner",
                                                           "A comma is missing before this key."));
        return failUnexpected(QT_TRANSLATE_NOOP("edgekv::StrictJsonScanner", "\",\" or \"}\""));
    }
}

bool StrictJsonScanner::array(int depth)
{
    if (depth > MaxDepth)
        return fail(m_pos, QCoreApplication::translate("edgekv::StrictJsonScanner",
                                                       "The object is nested too deeply."));
    const qsizetype open = m_pos++;
    qsizetype lastComma = -1;
    skipWhitespace();
    if (peek() == ']') {
        ++m_pos;
        return true;
    }
    for (;;) {
        skipWhitespace();
        if (atEnd())
            return fail(open, QCoreApplication::translate("edgekv::StrictJsonScanner",
                                                          "This \"[\" is never closed."));
        if (peek() == ']' && lastComma >= 0)
            return fail(lastComma, QCoreApplication::translate(
                                       "edgekv::StrictJsonScanner",
                                       "A trailing comma before \"]\", which JSON does not allow."));
        if (!value(depth))
            return false;
        skipWhitespace();
        if (peek() == ']') {
            ++m_pos;
            return true;
        }
        if (peek() == ',') {
            lastComma = m_pos++;
            continue;
        }
        if (atEnd())
            return fail(open, QCoreApplication::translate("edgekv::StrictJsonScanner",
                                                          "This \"[\" is never closed."));
        return failUnexpected(QT_TRANSLATE_NOOP("edgekv::StrictJsonScanner", "\",\" or \"]\""));
    }
}

bool StrictJsonScanner::string()
{
    const qsizetype open = m_pos++;
    while (!atEnd()) {
        const char c = m_text.at(m_pos);
        if (c == '"') {
            ++m_pos;
            return true;
        }
        if (c == '\n' || c == '\r')
            return fail(open, QCoreApplication::translate("edgekv::StrictJsonScanner",
                                                          "This string is not closed on its line."));
        if (static_cast<unsigned char>(c) < 0x20)
            return fail(m_pos, QCoreApplication::translate(
                                   "edgekv::StrictJsonScanner",
                                   "A control character inside a string; JSON needs it escaped."));
        if (c == '\\') {
            const char next = m_pos + 1 < m_text.size() ? m_text.at(m_pos + 1) : '\0';
            if (next == 'u') {
                for (qsizetype i = m_pos + 2; i < m_pos + 6; ++i) {
                    if (i >= m_text.size() || !isHexDigit(m_text.at(i)))
                        return fail(m_pos, QCoreApplication::translate("edgekv::StrictJsonScanner",
                                                                       "An invalid \\u escape in a string."));
                }
                m_pos += 6;
                continue;
            }
            if (QByteArrayView("\"\\/bfnrt").contains(next) && next != '\0') {
                m_pos += 2;
                continue;
            }
            return fail(m_pos, QCoreApplication::translate("edgekv::StrictJsonScanner",
                                                           "An escape JSON does not have, \"\\%1\".")
                                   .arg(QString::fromUtf8(&next, 1)));
        }
        ++m_pos;
    }
    return fail(open,
                QCoreApplication::translate("edgekv::StrictJsonScanner", "This string is never closed."));
}

bool StrictJsonScanner::number()
{
    const qsizetype start = m_pos;
    if (peek() == '-')
        ++m_pos;
    if (peek() == '0') {
        ++m_pos;
    } else if (isDigit(peek())) {
        while (isDigit(peek()))
            ++m_pos;
    } else {
        return fail(start, QCoreApplication::translate("edgekv::StrictJsonScanner", "Not a JSON number."));
    }
    if (peek() == '.') {
        ++m_pos;
        if (!isDigit(peek()))
            return fail(start,
                        QCoreApplication::translate("edgekv::StrictJsonScanner", "Not a JSON number."));
        while (isDigit(peek()))
            ++m_pos;
    }
    if (peek() == 'e' || peek() == 'E') {
        ++m_pos;
        if (peek() == '+' || peek() == '-')
            ++m_pos;
        if (!isDigit(peek()))
            return fail(start,
                        QCoreApplication::translate("edgekv::StrictJsonScanner", "Not a JSON number."));
        while (isDigit(peek()))
            ++m_pos;
    }
    if (isWordChar(peek()) || peek() == '.')
        return fail(start, QCoreApplication::translate("edgekv::StrictJsonScanner", "Not a JSON number."));
    return true;
}

bool StrictJsonScanner::word()
{
    const qsizetype start = m_pos;
    while (isWordChar(peek()))
        ++m_pos;
    const QByteArray text = m_text.mid(start, m_pos - start);
    if (text == "true" || text == "false" || text == "null")
        return true;
    // Short words are JavaScript values (undefined, NaN, True) worth naming; a long one may be an unquoted
    // token value, which never goes into a message.
    if (text.size() > 12)
        return fail(start, QCoreApplication::translate(
                               "edgekv::StrictJsonScanner",
                               "A value without double quotes. JSON strings need double quotes."));
    return fail(start, QCoreApplication::translate("edgekv::StrictJsonScanner",
                                                   "\"%1\" is not a JSON value (strings need double quotes).")
                           .arg(QString::fromUtf8(text)));
}

qsizetype StrictJsonScanner::invalidUtf8Offset(const QByteArray& text)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.constData());
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = bytes[i];
        int continuation = 0;
        unsigned int minimum = 0;
        unsigned int codePoint = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            continuation = 1;
            minimum = 0x80;
            codePoint = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            continuation = 2;
            minimum = 0x800;
            codePoint = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            continuation = 3;
            minimum = 0x10000;
            codePoint = c & 0x07;
        } else {
            return i;
        }
        for (int k = 1; k <= continuation; ++k) {
            if (i + k >= size || (bytes[i + k] & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (bytes[i + k] & 0x3F);
        }
        if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return i;
        i += continuation + 1;
    }
    return -1;
}

} // namespace edgekv
