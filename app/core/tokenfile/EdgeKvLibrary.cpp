#include "tokenfile/EdgeKvLibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QRegularExpression>

namespace edgekv {

namespace {

// The comments before the first statement: the header.
QString leadingComments(const QByteArray& source)
{
    QString text = QString::fromUtf8(source.left(64 * 1024));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QString header;
    qsizetype pos = 0;
    for (;;) {
        while (pos < text.size() && text.at(pos).isSpace())
            ++pos;
        if (text.mid(pos, 2) == QLatin1String("/*")) {
            const qsizetype end = text.indexOf(QLatin1String("*/"), pos + 2);
            const qsizetype stop = end < 0 ? text.size() : end + 2;
            header += text.mid(pos, stop - pos) + QLatin1Char('\n');
            pos = stop;
        } else if (text.mid(pos, 2) == QLatin1String("//")) {
            const qsizetype end = text.indexOf(QLatin1Char('\n'), pos);
            const qsizetype stop = end < 0 ? text.size() : end + 1;
            header += text.mid(pos, stop - pos);
            pos = stop;
        } else {
            return header;
        }
    }
}

} // namespace

QVersionNumber EdgeKvLibrary::parseVersion(const QByteArray& source)
{
    static const QList<QRegularExpression> forms = {
        // At the start of a line, so that "Apache License, Version 2.0" is not taken for it.
        QRegularExpression(QStringLiteral("^[\\s*/]*version\\s*[:=]?\\s*v?(\\d+(?:\\.\\d+){1,2})\\b"),
                           QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption),
        QRegularExpression(QStringLiteral("@version\\s+v?(\\d+(?:\\.\\d+){1,2})\\b")),
        QRegularExpression(QStringLiteral("\\bv(\\d+\\.\\d+(?:\\.\\d+)?)\\b")),
    };
    const QString header = leadingComments(source);
    for (const QRegularExpression& form : forms) {
        const QRegularExpressionMatch match = form.match(header);
        if (match.hasMatch())
            return QVersionNumber::fromString(match.captured(1));
    }
    return QVersionNumber();
}

QStringList EdgeKvLibrary::referenceKeys(const TokenFileObject& entries)
{
    QStringList keys;
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
        if (it.value().toObject().contains(QStringLiteral("reference")))
            keys << it.key();
    }
    return keys;
}

QString EdgeKvLibrary::referenceWarning(const TokenFileObject& entries, const QByteArray& source,
                                        const QString& where)
{
    const QStringList references = referenceKeys(entries);
    if (references.isEmpty())
        return QString();
    const QString path = QDir::toNativeSeparators(where);
    const QVersionNumber version = parseVersion(source);
    if (version.isNull()) {
        return QCoreApplication::translate(
                   "EdgeKvLibrary",
                   "The version of %1 cannot be read. Enhanced tokens (%2) need edgekv.js %3 "
                   "or later; older versions cannot read their \"reference\" entries.")
            .arg(path, references.join(QStringLiteral(", ")), minimumForReferences().toString());
    }
    if (version >= minimumForReferences())
        return QString();
    return QCoreApplication::translate(
               "EdgeKvLibrary", "%1 is version %2, which cannot read the \"reference\" entries of enhanced "
                                "tokens (%3). Update edgekv.js to %4 or later.")
        .arg(path, version.toString(), references.join(QStringLiteral(", ")),
             minimumForReferences().toString());
}

} // namespace edgekv
