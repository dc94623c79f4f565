#include "api/JsonValues.h"

#include <QJsonArray>

#include <limits>

namespace edgekv {

namespace json {

QString string(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        constexpr qint64 notWhole = std::numeric_limits<qint64>::min();
        const qint64 whole = value.toInteger(notWhole);
        return whole != notWhole ? QString::number(whole) : QString::number(value.toDouble());
    }
    return {};
}

bool boolean(const QJsonValue& value, bool fallback)
{
    if (value.isBool())
        return value.toBool();
    if (value.isString()) {
        const QString text = value.toString().trimmed().toLower();
        if (text == QLatin1String("true"))
            return true;
        if (text == QLatin1String("false"))
            return false;
    }
    return fallback;
}

QDate date(const QJsonValue& value)
{
    const QString text = value.toString().trimmed();
    if (text.size() < 10)
        return {};
    return QDate::fromString(text.left(10), Qt::ISODate);
}

QStringList stringList(const QJsonValue& value)
{
    QStringList result;
    if (value.isArray()) {
        for (const QJsonValue& item : value.toArray()) {
            const QString text = string(item);
            if (!text.isEmpty())
                result << text;
        }
    } else if (!string(value).isEmpty()) {
        result << string(value);
    }
    return result;
}

qint64 integer(const QJsonValue& value, qint64 fallback)
{
    if (value.isDouble())
        return value.toInteger(fallback);
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        return ok ? number : fallback;
    }
    return fallback;
}

} // namespace json

} // namespace edgekv
