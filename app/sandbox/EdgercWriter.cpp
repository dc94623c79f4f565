#include "EdgercWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <optional>

namespace edgekv {

namespace {

// The section name of a header line the way EdgercFile reads it; nullopt for any other line.
std::optional<QString> headerName(const QByteArray& line)
{
    const QString text = QString::fromUtf8(line).trimmed();
    if (!text.startsWith(QLatin1Char('[')))
        return std::nullopt;
    const qsizetype close = text.indexOf(QLatin1Char(']'));
    return close < 0 ? text.mid(1).trimmed() : text.mid(1, close - 1).trimmed();
}

bool isBlankOrComment(const QByteArray& line)
{
    const QByteArray text = line.trimmed();
    return text.isEmpty() || text.startsWith(';') || text.startsWith('#');
}

// Values EdgercFile and Akamai's parsers read back unchanged without quotes; anything else is quoted.
QByteArray iniValue(const QString& value)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9+/=_.:@-]*$"));
    if (plain.match(value).hasMatch())
        return value.toUtf8();
    const QChar quote = value.contains(QLatin1Char('"')) ? QLatin1Char('\'') : QLatin1Char('"');
    return (quote + value + quote).toUtf8();
}

} // namespace

QByteArray EdgercWriter::sectionText(const QString& section, const Credentials& credentials,
                                     const QByteArray& newline)
{
    const QString host =
        credentials.plainHttp ? QStringLiteral("http://") + credentials.host : credentials.host;
    QByteArray text = '[' + section.toUtf8() + ']' + newline;
    text += "host = " + iniValue(host) + newline;
    text += "client_token = " + iniValue(credentials.clientToken) + newline;
    text += "client_secret = " + iniValue(credentials.clientSecret) + newline;
    text += "access_token = " + iniValue(credentials.accessToken) + newline;
    if (credentials.maxBody != Credentials::DefaultMaxBody)
        text += "max_body = " + QByteArray::number(credentials.maxBody) + newline;
    return text;
}

QByteArray EdgercWriter::mergeSection(const QByteArray& existing, const QString& section,
                                      const Credentials& credentials)
{
    if (existing.trimmed().isEmpty())
        return sectionText(section, credentials);

    const QList<QByteArray> lines = existing.split('\n');
    const bool crlf = lines.constFirst().endsWith('\r');
    const QByteArray newline = crlf ? "\r\n" : "\n";
    const QByteArray replacement = sectionText(section, credentials, newline);

    QByteArray result;
    bool replaced = false;
    bool inTarget = false;
    // Blank and comment lines at the end of the old section: they usually introduce the next one.
    QList<QByteArray> pending;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        const bool last = i == lines.size() - 1;
        const QByteArray withNewline = last ? line : line + '\n';
        if (const std::optional<QString> name = headerName(line)) {
            if (inTarget) {
                for (const QByteArray& kept : pending)
                    result += kept;
                pending.clear();
            }
            inTarget = *name == section;
            if (inTarget && !replaced) {
                result += replacement;
                replaced = true;
            } else if (!inTarget) {
                result += withNewline;
            }
            continue;
        }
        if (!inTarget)
            result += withNewline;
        else if (isBlankOrComment(line))
            pending.append(withNewline);
        else
            pending.clear();
    }
    for (const QByteArray& kept : pending)
        result += kept;

    if (!result.isEmpty() && !result.endsWith('\n'))
        result += newline;
    if (!replaced) {
        if (!result.endsWith(newline + newline) && !result.endsWith("\n\n"))
            result += newline;
        result += replacement;
    }
    return result;
}

QString EdgercWriter::writeSection(const QString& path, const QString& section,
                                   const Credentials& credentials)
{
    QString expanded = path;
    if (expanded == QLatin1String("~") || expanded.startsWith(QLatin1String("~/")))
        expanded = QDir::homePath() + expanded.mid(1);
    const auto fail = [&](const QString& message) {
        return QCoreApplication::translate("edgekv::EdgercWriter", "Cannot write the .edgerc file %1: %2")
            .arg(QDir::toNativeSeparators(expanded), message);
    };

    QByteArray existing;
    const QFileInfo info(expanded);
    if (info.exists()) {
        if (!info.isFile())
            return fail(QCoreApplication::translate("edgekv::EdgercWriter", "it is not a regular file."));
        QFile in(expanded);
        if (!in.open(QIODevice::ReadOnly))
            return fail(in.errorString());
        existing = in.readAll();
        if (in.error() != QFileDevice::NoError)
            return fail(in.errorString());
    }

    QSaveFile out(expanded);
    if (!out.open(QIODevice::WriteOnly))
        return fail(out.errorString());
    // Before any secret is written: the temporary file gets the old file's mode or 0666 minus umask.
    if (!out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return fail(
            QCoreApplication::translate("edgekv::EdgercWriter", "cannot make it private (mode 0600)."));
    const QByteArray content = mergeSection(existing, section, credentials);
    if (out.write(content) != content.size() || !out.commit())
        return fail(out.errorString());
    return {};
}

} // namespace edgekv
