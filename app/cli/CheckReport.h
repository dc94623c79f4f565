#pragma once

#include "tokenfile/BundleChecker.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>

namespace edgekv::cli {

// How `check` shows a BundleCheckResult: a table, the findings and the checks not made for people; the
// same as JSON for scripts. Never shows a token value.
class CheckReport
{
    Q_DECLARE_TR_FUNCTIONS(edgekv::cli::CheckReport)

public:
    static QString severityKey(CheckSeverity severity); // "ok", "info", "warning", "broken"
    static QString kindKey(CheckedEntry::Kind kind);    // "legacy", "enhanced", "none"

    static QJsonObject toJson(const BundleCheckResult& result, int warnDays, const QDate& todayUtc);
    static QString toText(const BundleCheckResult& result, const QDate& todayUtc);
};

} // namespace edgekv::cli
