#pragma once

#include <QDate>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace edgekv {

// Tolerant readers for the API's JSON: strings may arrive as numbers, booleans as strings, dates with a
// time part. Missing and null values give the empty result.
namespace json {
QString string(const QJsonValue& value);
bool boolean(const QJsonValue& value, bool fallback = false);
// "YYYY-MM-DD", also with a time part ("2024-12-31T00:00:00Z"); invalid for null, "" and garbage.
QDate date(const QJsonValue& value);
QStringList stringList(const QJsonValue& value);
// A whole number, also from a numeric string; fallback for anything else.
qint64 integer(const QJsonValue& value, qint64 fallback);
} // namespace json

} // namespace edgekv
