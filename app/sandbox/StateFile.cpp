#include "StateFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace edgekv {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("StateFile", text);
}

} // namespace

StateFile::Content StateFile::read(const QString& path)
{
    Content content;
    const QFileInfo info(path);
    if (!info.exists())
        return content;
    if (!info.isFile()) {
        content.error = tr("not a regular file");
        return content;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        content.error = tr("cannot read it: %1").arg(file.errorString());
        return content;
    }
    const QByteArray data = file.readAll();
    if (data.trimmed().isEmpty())
        return content;
    content.exists = true;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        content.error =
            tr("not valid JSON (at byte %1: %2)").arg(parseError.offset).arg(parseError.errorString());
    } else if (!document.isObject()) {
        content.error = tr("not an edgekv-sandbox state file (not a JSON object)");
    } else {
        content.json = document.object();
    }
    return content;
}

QString StateFile::write(const QString& path, const QJsonObject& json)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot write %1: %2").arg(path, file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace edgekv
