#include "StateFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace edgekv {

namespace {} // namespace

StateFile::Content StateFile::read(const QString& path)
{
    Content content;
    const QFileInfo info(path);
    if (!info.exists())
        return content;
    if (!info.isFile()) {
        content.error = QCoreApplication::translate("edgekv::StateFile", "not a regular file");
        return content;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        content.error =
            QCoreApplication::translate("edgekv::StateFile", "cannot read it: %1").arg(file.errorString());
        return content;
    }
    const QByteArray data = file.readAll();
    if (data.trimmed().isEmpty())
        return content;
    content.exists = true;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        content.error = QCoreApplication::translate("edgekv::StateFile", "not valid JSON (at byte %1: %2)")
                            .arg(parseError.offset)
                            .arg(parseError.errorString());
    } else if (!document.isObject()) {
        content.error = QCoreApplication::translate("edgekv::StateFile",
                                                    "not an edgekv-sandbox state file (not a JSON object)");
    } else {
        content.json = document.object();
    }
    return content;
}

QString StateFile::write(const QString& path, const QJsonObject& json)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("edgekv::StateFile", "cannot write %1: %2")
            .arg(path, file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return QCoreApplication::translate("edgekv::StateFile", "cannot write %1: %2")
            .arg(path, file.errorString());
    return {};
}

} // namespace edgekv
