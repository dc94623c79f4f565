#include "credentials/EdgercReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace edgekv {

namespace {

// A real .edgerc is a few hundred bytes; this only stops a mistaken pick (a log, an image) early.
constexpr qint64 MaxFileSize = qint64(1) << 20;

// The canonical name of a key the reader understands, or an empty string. "-" and "_" are the same and
// case does not matter, as in Python's reader; PHP's max-size is max_body.
QString canonicalKey(const QString& written)
{
    QString key = written.toLower();
    key.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (key == QLatin1String("max_size"))
        return QStringLiteral("max_body");
    static const QStringList known = {
        QStringLiteral("host"),         QStringLiteral("client_token"), QStringLiteral("client_secret"),
        QStringLiteral("access_token"), QStringLiteral("max_body"),     QStringLiteral("headers_to_sign"),
        QStringLiteral("account_key"),
    };
    return known.contains(key) ? key : QString();
}

bool isCommentStart(QChar c)
{
    return c == QLatin1Char(';') || c == QLatin1Char('#');
}

// The value after the delimiter: one pair of matching quotes stripped (a comment may follow them, and
// ";" or "#" inside them survives, as in Node's reader), or, unquoted, cut at a ";" or "#" that starts
// the value or follows whitespace. Base64 secrets and tokens never contain either character.
QString parseValue(const QString& raw)
{
    QString value = raw.trimmed();
    if (value.size() >= 2 && (value.front() == QLatin1Char('"') || value.front() == QLatin1Char('\''))) {
        const QChar quote = value.front();
        for (qsizetype i = 1; i < value.size(); ++i) {
            if (value.at(i) == QLatin1Char('\\') && i + 1 < value.size() && value.at(i + 1) == quote) {
                ++i;
                continue;
            }
            if (value.at(i) != quote)
                continue;
            const QString rest = value.mid(i + 1).trimmed();
            if (rest.isEmpty() || isCommentStart(rest.front()))
                return value.mid(1, i - 1);
        }
    }
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (isCommentStart(value.at(i)) && (i == 0 || value.at(i - 1).isSpace()))
            return value.left(i).trimmed();
    }
    return value;
}

bool parseMaxBody(const QString& text, int* result)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return false;
    for (const QChar c : trimmed) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    bool ok = false;
    const int value = trimmed.toInt(&ok);
    if (!ok || value <= 0)
        return false;
    *result = value;
    return true;
}

QStringList parseHeaderList(const QString& text)
{
    QStringList headers;
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString& part : parts) {
        const QString header = part.trimmed();
        if (!header.isEmpty())
            headers << header;
    }
    return headers;
}

// Messages may quote a value the user wrote (a host, a max_body), which is helpful unless that value
// happens to carry the secret or the access token, e.g. after a paste into the wrong line.
bool revealsSecret(const QString& text, const Credentials& credentials)
{
    return (!credentials.clientSecret.isEmpty() && text.contains(credentials.clientSecret)) ||
           (!credentials.accessToken.isEmpty() && text.contains(credentials.accessToken));
}

// Unknown keys worth showing as a hint for a typo. A bare secret pasted on its own line parses as a
// key (base64 ends in "="), so only short identifier-like names are shown, and never a secret.
QStringList presentableKeys(const QStringList& keys, const Credentials& credentials)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z][A-Za-z0-9_.-]{0,31}$"));
    QStringList result;
    for (const QString& key : keys) {
        if (identifier.match(key).hasMatch() && !revealsSecret(key, credentials))
            result << key;
    }
    return result;
}

QString invalidMaxBody(const QString& name, const QString& value, int line, const Credentials& credentials)
{
    if (revealsSecret(value, credentials)) {
        return line > 0
                   ? QCoreApplication::translate("EdgercFile", "%1 on line %2 is not a positive integer.")
                         .arg(name, QString::number(line))
                   : QCoreApplication::translate("EdgercFile", "%1 is not a positive integer.").arg(name);
    }
    return line > 0
               ? QCoreApplication::translate("EdgercFile", "%1 \"%2\" on line %3 is not a positive integer.")
                     .arg(name, value, QString::number(line))
               : QCoreApplication::translate("EdgercFile", "%1 \"%2\" is not a positive integer.")
                     .arg(name, value);
}

// Checks the host with HostInput::parse; on success the cleaned host and scheme go into credentials.
QString checkHost(const QString& where, const QString& raw, Credentials& credentials)
{
    const HostInput input = HostInput::parse(raw);
    if (input.error.isEmpty()) {
        credentials.host = input.host;
        credentials.plainHttp = input.plainHttp;
        return QString();
    }
    if (revealsSecret(input.error, credentials))
        return QCoreApplication::translate("EdgercFile", "%1: this is not a valid host name.").arg(where);
    return QCoreApplication::translate("EdgercFile", "%1: %2").arg(where, input.error);
}

QString sectionList(const QStringList& names)
{
    QStringList bracketed;
    bracketed.reserve(names.size());
    for (const QString& name : names)
        bracketed << QLatin1Char('[') + name + QLatin1Char(']');
    return bracketed.join(QStringLiteral(", "));
}

} // namespace

QString EdgercError::text() const
{
    const QString where = QDir::toNativeSeparators(file);
    if (section.isEmpty())
        return QStringLiteral("%1: %2").arg(where, message);
    return QStringLiteral("%1 [%2]: %3").arg(where, section, message);
}

EdgercFile EdgercFile::read(const QString& path)
{
    QString expanded = path;
    if (expanded == QLatin1String("~") || expanded.startsWith(QLatin1String("~/")))
        expanded = QDir::homePath() + expanded.mid(1);

    EdgercFile file;
    file.m_path = expanded;
    const QFileInfo info(expanded);
    if (expanded.isEmpty()) {
        file.m_fileError = QCoreApplication::translate("EdgercFile", "No .edgerc file was given.");
    } else if (!info.exists()) {
        file.m_fileError = QCoreApplication::translate("EdgercFile", "The file does not exist.");
    } else if (info.isDir()) {
        file.m_fileError = QCoreApplication::translate("EdgercFile", "This is a folder, not a .edgerc file.");
    } else if (!info.isFile()) {
        // A FIFO or a device would block or never end.
        file.m_fileError = QCoreApplication::translate("EdgercFile", "This is not a regular file.");
    } else if (info.size() > MaxFileSize) {
        file.m_fileError = QCoreApplication::translate(
                               "EdgercFile", "The file is too large (%1 bytes) to be a .edgerc file.")
                               .arg(info.size());
    } else {
        QFile in(expanded);
        if (!in.open(QIODevice::ReadOnly)) {
            file.m_fileError = QCoreApplication::translate("EdgercFile", "The file cannot be read: %1")
                                   .arg(in.errorString());
        } else {
            const QByteArray data = in.read(MaxFileSize + 1);
            if (in.error() != QFileDevice::NoError)
                file.m_fileError = QCoreApplication::translate("EdgercFile", "The file cannot be read: %1")
                                       .arg(in.errorString());
            else
                return parse(data, expanded);
        }
    }
    return file;
}

EdgercFile EdgercFile::parse(const QByteArray& text, const QString& pathForMessages)
{
    EdgercFile file;
    file.m_path = pathForMessages;

    QString decoded = QString::fromUtf8(text);
    if (decoded.startsWith(QChar(0xFEFF)))
        decoded.remove(0, 1);
    decoded.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    decoded.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QStringList lines = decoded.split(QLatin1Char('\n'));

    qsizetype current = -1; // index in m_sections; -1 before any section or after an unnamed one
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = int(i + 1);
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || isCommentStart(line.front()))
            continue;

        if (line.startsWith(QLatin1Char('['))) {
            const qsizetype close = line.indexOf(QLatin1Char(']'));
            const QString name = close < 0 ? parseValue(line.mid(1)) : line.mid(1, close - 1).trimmed();
            if (name.isEmpty()) {
                current = -1;
                file.m_orphanLines << lineNumber;
                continue;
            }
            current = -1;
            for (qsizetype s = 0; s < file.m_sections.size(); ++s) {
                if (file.m_sections.at(s).name == name)
                    current = s;
            }
            if (current >= 0) {
                // Which of two [x] sections would be meant is a guess; make the user decide.
                Section& section = file.m_sections[current];
                section.problems << QCoreApplication::translate(
                                        "EdgercFile", "The section appears twice, on lines %1 and %2.")
                                        .arg(section.line)
                                        .arg(lineNumber);
            } else {
                Section section;
                section.name = name;
                section.line = lineNumber;
                file.m_sections << section;
                current = file.m_sections.size() - 1;
            }
            Section& section = file.m_sections[current];
            if (close < 0) {
                section.problems << QCoreApplication::translate(
                                        "EdgercFile", "The section header on line %1 has no closing \"]\".")
                                        .arg(lineNumber);
            } else {
                const QString rest = line.mid(close + 1).trimmed();
                if (!rest.isEmpty() && !isCommentStart(rest.front()))
                    section.problems << QCoreApplication::translate(
                                            "EdgercFile",
                                            "Line %1 has unexpected text after the section header.")
                                            .arg(lineNumber);
            }
            continue;
        }

        if (current < 0) {
            file.m_orphanLines << lineNumber;
            continue;
        }
        Section& section = file.m_sections[current];

        const qsizetype equals = line.indexOf(QLatin1Char('='));
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const qsizetype delimiter = equals < 0 ? colon : (colon < 0 ? equals : qMin(equals, colon));
        const QString writtenKey = delimiter < 0 ? QString() : line.left(delimiter).trimmed();
        if (writtenKey.isEmpty()) {
            // The message never quotes the line: it may be a pasted secret.
            section.problems << QCoreApplication::translate("EdgercFile",
                                                            "Line %1 is not a \"key = value\" line.")
                                    .arg(lineNumber);
            continue;
        }
        const QString key = canonicalKey(writtenKey);
        if (key.isEmpty()) {
            if (!section.unknownKeys.contains(writtenKey))
                section.unknownKeys << writtenKey;
            continue;
        }
        const Entry entry{writtenKey, parseValue(line.mid(delimiter + 1)), lineNumber};
        const auto existing = section.values.constFind(key);
        if (existing == section.values.cend()) {
            section.values.insert(key, entry);
        } else if (existing->value != entry.value) {
            section.problems << QCoreApplication::translate(
                                    "EdgercFile",
                                    "%1 is set twice with different values, on lines %2 and %3.")
                                    .arg(key)
                                    .arg(existing->line)
                                    .arg(lineNumber);
        }
    }
    return file;
}

QStringList EdgercFile::sectionNames() const
{
    QStringList names;
    names.reserve(m_sections.size());
    for (const Section& section : m_sections)
        names << section.name;
    return names;
}

bool EdgercFile::hasSection(const QString& name) const
{
    return findSection(name) != nullptr;
}

QList<EdgercSection> EdgercFile::sections() const
{
    QList<EdgercSection> result;
    result.reserve(m_sections.size());
    for (const Section& section : m_sections)
        result << EdgercSection{section.name, asWritten(section), section.line};
    return result;
}

std::variant<Credentials, EdgercError> EdgercFile::credentials(const QString& section) const
{
    if (!m_fileError.isEmpty())
        return error(section, m_fileError);
    if (const Section* found = findSection(section))
        return validate(*found);
    if (m_sections.isEmpty()) {
        QString message = QCoreApplication::translate("EdgercFile", "The file has no sections.");
        if (!m_orphanLines.isEmpty())
            message += QLatin1Char(' ') +
                       QCoreApplication::translate(
                           "EdgercFile", "Put a line \"[default]\" above its \"key = value\" lines.");
        return error(section, message);
    }
    return error(section,
                 QCoreApplication::translate("EdgercFile", "There is no such section. The file has %1.")
                     .arg(sectionList(sectionNames())));
}

QList<EdgercError> EdgercFile::warnings() const
{
    if (m_orphanLines.isEmpty())
        return {};
    return {
        error(QString(), QCoreApplication::translate(
                             "EdgercFile", "Ignored %n line(s) outside any [section], the first on line %1.",
                             nullptr, int(m_orphanLines.size()))
                             .arg(m_orphanLines.first()))};
}

const EdgercFile::Section* EdgercFile::findSection(const QString& name) const
{
    for (const Section& section : m_sections) {
        if (section.name == name)
            return &section;
    }
    return nullptr;
}

EdgercError EdgercFile::error(const QString& section, const QString& message) const
{
    return EdgercError{m_path, section, message};
}

Credentials EdgercFile::asWritten(const Section& section)
{
    Credentials credentials;
    credentials.host = section.values.value(QStringLiteral("host")).value;
    credentials.clientToken = section.values.value(QStringLiteral("client_token")).value;
    credentials.clientSecret = section.values.value(QStringLiteral("client_secret")).value;
    credentials.accessToken = section.values.value(QStringLiteral("access_token")).value;
    credentials.accountSwitchKey = section.values.value(QStringLiteral("account_key")).value;
    credentials.headersToSign =
        parseHeaderList(section.values.value(QStringLiteral("headers_to_sign")).value);
    int maxBody = 0;
    if (parseMaxBody(section.values.value(QStringLiteral("max_body")).value, &maxBody))
        credentials.maxBody = maxBody;
    return credentials;
}

std::variant<Credentials, EdgercError> EdgercFile::validate(const Section& section) const
{
    Credentials credentials = asWritten(section);
    QStringList problems;

    const QStringList missing = credentials.missingFields();
    if (!missing.isEmpty()) {
        QString message = QCoreApplication::translate("EdgercFile", "Missing or empty: %1.")
                              .arg(missing.join(QStringLiteral(", ")));
        const QStringList unknown = presentableKeys(section.unknownKeys, credentials);
        if (!unknown.isEmpty())
            message +=
                QLatin1Char(' ') + QCoreApplication::translate("EdgercFile", "Keys not understood: %1.")
                                       .arg(unknown.join(QStringLiteral(", ")));
        problems << message;
    }
    problems << section.problems;

    const auto maxBody = section.values.constFind(QStringLiteral("max_body"));
    int parsedMaxBody = 0;
    if (maxBody != section.values.cend() && !parseMaxBody(maxBody->value, &parsedMaxBody))
        problems << invalidMaxBody(maxBody->key, maxBody->value, maxBody->line, credentials);

    const auto host = section.values.constFind(QStringLiteral("host"));
    if (host != section.values.cend() && !host->value.trimmed().isEmpty()) {
        const QString problem =
            checkHost(QCoreApplication::translate("EdgercFile", "host on line %1").arg(host->line),
                      host->value, credentials);
        if (!problem.isEmpty())
            problems << problem;
    }

    if (!problems.isEmpty())
        return error(section.name, problems.join(QLatin1Char(' ')));
    return credentials;
}

QString EdgercLoader::envPrefix(const QString& section)
{
    if (section == QLatin1String("default"))
        return QStringLiteral("AKAMAI_");
    QString name = section.toUpper();
    for (QChar& c : name) {
        const bool allowed = (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                             (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_');
        if (!allowed)
            c = QLatin1Char('_');
    }
    return QStringLiteral("AKAMAI_") + name + QLatin1Char('_');
}

std::variant<Credentials, EdgercError> EdgercLoader::load(const QString& path, const QString& section,
                                                          const QProcessEnvironment& env)
{
    const QString prefix = envPrefix(section);
    const auto variable = [&](const char* name) {
        return prefix + QLatin1String(name);
    };
    const auto valueOf = [&](const char* name) {
        return env.value(variable(name)).trimmed();
    };

    QStringList setVariables;
    QStringList unsetVariables;
    for (const char* name : {"HOST", "CLIENT_TOKEN", "CLIENT_SECRET", "ACCESS_TOKEN"})
        (valueOf(name).isEmpty() ? unsetVariables : setVariables) << variable(name);

    std::variant<Credentials, EdgercError> result;
    if (unsetVariables.isEmpty()) {
        // As in Go and Node, a complete set in the environment replaces the file, which is not read.
        Credentials credentials;
        credentials.clientToken = valueOf("CLIENT_TOKEN");
        credentials.clientSecret = valueOf("CLIENT_SECRET");
        credentials.accessToken = valueOf("ACCESS_TOKEN");
        QStringList problems;
        const QString host = checkHost(variable("HOST"), valueOf("HOST"), credentials);
        if (!host.isEmpty())
            problems << host;
        const QString maxBody = valueOf("MAX_BODY");
        if (!maxBody.isEmpty() && !parseMaxBody(maxBody, &credentials.maxBody))
            problems << invalidMaxBody(variable("MAX_BODY"), maxBody, 0, credentials);
        if (problems.isEmpty())
            result = credentials;
        else
            result = EdgercError{path, section,
                                 QCoreApplication::translate("EdgercFile", "In the environment: %1")
                                     .arg(problems.join(QLatin1Char(' ')))};
    } else {
        const EdgercFile file = EdgercFile::read(path);
        result = file.credentials(section);
        if (auto* error = std::get_if<EdgercError>(&result); error && !setVariables.isEmpty()) {
            error->message +=
                QLatin1Char(' ') +
                QCoreApplication::translate("EdgercFile",
                                            "The environment sets %1 but not %2, so it was not used.")
                    .arg(setVariables.join(QStringLiteral(", ")), unsetVariables.join(QStringLiteral(", ")));
        }
    }

    if (auto* credentials = std::get_if<Credentials>(&result)) {
        const QString accountKey = valueOf("ACCOUNT_KEY");
        if (!accountKey.isEmpty())
            credentials->accountSwitchKey = accountKey;
    }
    return result;
}

} // namespace edgekv
